/**
 * `runnable retry RUN_ID`: re-run a failed run in place (semantics §13.3, §19 i): same run id, same
 * pipeline structure (dag hash), original parameters; steps whose last attempt succeeded are skipped and
 * the others get a new attempt. Works for YAML and SDK pipelines. Without -f the pipeline file recorded in
 * the run log is used.
 */
import { UsageError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { createRunLogStore } from '../runlog/factory.js';
import { loadInputs } from '../engine/index.js';
import { executeCommand } from './execute.js';
import type { RunOptions, RunResult } from '../engine/index.js';
import path from 'node:path';

export async function retryCommand(opts: RunOptions & { runId: string }): Promise<RunResult> {
  if (!opts.runId) throw new UsageError('retry needs the run id of the run to retry');
  let pipelineFile = opts.pipelineFile;
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  if (!pipelineFile && !opts.pipeline) {
    const config = await loadConfig({ file: opts.configFile, cwd, env });
    const store = createRunLogStore(config.runLogStore, cwd);
    const runConfig = await store.getRunConfig(opts.runId);
    pipelineFile = typeof runConfig.pipeline_definition_file === 'string' ? runConfig.pipeline_definition_file : undefined;
    if (!pipelineFile) throw new UsageError(`run '${opts.runId}' has no pipeline file recorded: pass -f/--file`);
  }
  // The run id travels as data (mode 'retry' + opts.runId), never through the environment.
  const o = { ...opts, pipelineFile, env, cwd };
  return executeCommand(o, await loadInputs(o), 'retry');
}
