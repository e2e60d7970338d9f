/**
 * `runnable validate`: pipeline, config and parameters file checked together; every problem returned with
 * its file, line and column (the PR check turns each into an annotation).
 */
import path from 'node:path';
import { InputFileError, ValidationError, type ValidationIssue } from '../errors.js';
import { loadPipeline, parameterEnvironmentWarnings } from '../engine/index.js';
import { loadConfig } from '../config/load.js';
import { loadInitialParameters } from '../parameters/load.js';
import type { Pipeline } from '../pipeline/model.js';
import type { RunnableConfig } from '../config/model.js';

export interface ValidateOptions {
  pipelineFile: string;
  configFile?: string;
  parametersFile?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

export interface ValidateResult {
  ok: boolean;
  issues: ValidationIssue[];
  pipeline?: Pipeline;
  config?: RunnableConfig;
  /** Not errors: what a run would say about the parameters (names not exported, values moved to a file). */
  warnings: string[];
}

export async function validateCommand(opts: ValidateOptions): Promise<ValidateResult> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  const issues: ValidationIssue[] = [];
  const warnings: string[] = [];
  const collect = (err: unknown, file: string) => {
    if (err instanceof ValidationError) issues.push(...err.issues);
    else if (err instanceof InputFileError) issues.push({ file: err.file, path: '', message: err.message });
    else throw err;
    void file;
  };
  let pipeline: Pipeline | undefined;
  let config: RunnableConfig | undefined;
  try {
    pipeline = await loadPipeline(cwd, opts.pipelineFile);
  } catch (err) {
    collect(err, opts.pipelineFile);
  }
  try {
    config = await loadConfig({ file: opts.configFile, cwd, env });
  } catch (err) {
    collect(err, opts.configFile ?? '');
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
