import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  executeCommand
} from "./chunk-36OME6JF.js";
import {
  loadInputs
} from "./chunk-KTFCRYW7.js";
import {
  loadConfig
} from "./chunk-GE2OTE2S.js";
import {
  createRunLogStore
} from "./chunk-CAUTPMAU.js";
import {
  UsageError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/commands/retry.ts
import path from "node:path";
async function retryCommand(opts) {
  if (!opts.runId) throw new UsageError("retry needs the run id of the run to retry");
  let pipelineFile = opts.pipelineFile;
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  if (!pipelineFile && !opts.pipeline) {
    const config = await loadConfig({ file: opts.configFile, cwd, env });
    const store = createRunLogStore(config.runLogStore, cwd);
    const runConfig = await store.getRunConfig(opts.runId);
    pipelineFile = typeof runConfig.pipeline_definition_file === "string" ? runConfig.pipeline_definition_file : void 0;
    if (!pipelineFile) throw new UsageError(`run '${opts.runId}' has no pipeline file recorded: pass -f/--file`);
  }
  const o = { ...opts, pipelineFile, env, cwd };
  return executeCommand(o, await loadInputs(o), "retry");
}
__name(retryCommand, "retryCommand");

export {
  retryCommand
};
