import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadPipeline,
  parameterEnvironmentWarnings
} from "./chunk-JFNWGRZG.js";
import {
  loadConfig
} from "./chunk-E6Q3X2NO.js";
import {
  loadInitialParameters
} from "./chunk-BNXCTRI4.js";
import {
  InputFileError,
  ValidationError
} from "./chunk-KOCKKFLA.js";

// src/commands/validate.ts
import path from "node:path";
async function validateCommand(opts) {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  const issues = [];
  const warnings = [];
  const collect = (err, file) => {
    if (err instanceof ValidationError) issues.push(...err.issues);
    else if (err instanceof InputFileError) issues.push({ file: err.file, path: "", message: err.message });
    else throw err;
    void file;
  };
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

export {
  validateCommand
};
