import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadInitialParameters
} from "./chunk-I3P5IBO4.js";
import {
  UsageError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/commands/compile.ts
async function compileCommand(opts) {
  const { pipeline, config, cwd, env } = opts.loaded;
  if (config.pipelineExecutor.type !== "argo") {
    throw new UsageError(`compile needs a config with the argo executor (pipeline-executor: {type: argo, ...}); this one uses '${config.pipelineExecutor.type}'`);
  }
  const fileOnly = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith("RUNNABLE_PRM_")));
  const initial = opts.parametersFile ? await loadInitialParameters({ file: opts.parametersFile, cwd, env: fileOnly }) : void 0;
  const initialParameters = initial ? Object.fromEntries(Object.entries(initial).map(([k, p]) => [k, p.value])) : void 0;
  const { compileArgo } = await import("./compile-FHWQNZYU.js");
  const { parseArgoExecutorConfig } = await import("./argo-SEJC4QB2.js");
  const { manifest, yaml } = compileArgo(pipeline, config, {
    pipelineFile: opts.pipelineFile,
    configFile: opts.configFile,
    parametersFile: opts.parametersFile,
    initialParameters,
    logLevel: opts.logLevel,
    tag: opts.tag
  });
  const configured = parseArgoExecutorConfig(config.pipelineExecutor.config).outputFile;
  const outputFile = opts.outputFile === "-" ? void 0 : opts.outputFile ?? configured ?? "argo-pipeline.yaml";
  return { kind: String(manifest.kind ?? "Workflow"), manifest, yaml, outputFile: outputFile ? (await import("node:path")).resolve(cwd, outputFile) : void 0 };
}
__name(compileCommand, "compileCommand");

export {
  compileCommand
};
