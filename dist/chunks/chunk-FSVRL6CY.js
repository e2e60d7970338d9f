import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadPipeline,
  parameterEnvironmentWarnings
} from "./chunk-MMZAVW4P.js";
import {
  loadConfig
} from "./chunk-DEKQGGV3.js";
import {
  loadInitialParameters
} from "./chunk-ZAHMQFJ6.js";
import {
  InputFileError,
  ValidationError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/commands/validate.ts
import path from "node:path";
async function validateCommand(opts) {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  const issues = [];
  const warnings = [];
  const collect = /* @__PURE__ */ __name((err, file) => {
    if (err instanceof ValidationError) issues.push(...err.issues);
    else if (err instanceof InputFileError) issues.push({ file: err.file, path: "", message: err.message });
    else throw err;
    void file;
  }, "collect");
  let pipeline;
  let config;
  try {
    pipeline = await loadPipeline(cwd, opts.pipelineFile);
  } catch (err) {
    collect(err, opts.pipelineFile);
  }
  try {
    config = await loadConfig({ file: opts.configFile, cwd, env });
  } catch (err) {
    collect(err, opts.configFile ?? "");
  }
  if (opts.parametersFile) {
    try {
      warnings.push(...parameterEnvironmentWarnings(await loadInitialParameters({ file: opts.parametersFile, cwd, env })));
    } catch (err) {
      collect(err, opts.parametersFile);
    }
  }
  return { ok: issues.length === 0, issues, pipeline, config, warnings };
}
__name(validateCommand, "validateCommand");

export {
  validateCommand
};
