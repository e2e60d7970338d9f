import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadInputs,
  runToEnd,
  setupRun
} from "./chunk-KTFCRYW7.js";
import {
  UsageError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/commands/execute.ts
async function executeCommand(opts, loaded, mode = "new") {
  const inputs = loaded ?? await loadInputs(opts);
  if (inputs.config.pipelineExecutor.type === "argo") {
    throw new UsageError("the argo executor does not run pipelines in this process: use 'runnable compile' or 'runnable submit'");
  }
  const ctx = await setupRun(opts, mode, inputs);
  return runToEnd(ctx);
}
__name(executeCommand, "executeCommand");

export {
  executeCommand
};
