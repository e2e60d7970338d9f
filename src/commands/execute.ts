/**
 * `runnable execute`: run a pipeline to the end in this process (executors `local` and `mocked`).
 * Returns the final run log; never prints or exits (the edges do).
 */
import { UsageError } from '../errors.js';
import { loadInputs, runToEnd, setupRun, type LoadedInputs, type RunOptions, type RunResult, type SetupMode } from '../engine/index.js';

export async function executeCommand(opts: RunOptions, loaded?: LoadedInputs, mode: SetupMode = 'new'): Promise<RunResult> {
  const inputs = loaded ?? (await loadInputs(opts));
  if (inputs.config.pipelineExecutor.type === 'argo') {
    throw new UsageError("the argo executor does not run pipelines in this process: use 'runnable compile' or 'runnable submit'");
  }
  const ctx = await setupRun(opts, mode, inputs);
  return runToEnd(ctx);
}
