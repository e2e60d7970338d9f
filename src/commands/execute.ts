/**
 * `runnable execute`: run a pipeline to the end in this process (executors `local` and `mocked`).
 * Returns the final run log; never prints or exits (the edges do).
 */
import { performance } from 'node:perf_hooks';
import { UsageError } from '../errors.js';
import type { Status } from '../runlog/model.js';
import { finalizeRun } from '../context/finalize.js';
import { ROOT_FRAME } from '../context/frames.js';
import type { RunContext } from '../context/run-context.js';
import { loadInputs, setupRun, type LoadedInputs, type SetupMode } from '../context/setup-run.js';
import { traverseGraph } from '../traversal/local.js';
import type { RunOptions, RunResult } from './types.js';

/** Runs the traversal; on cancellation or a crash the run log is still settled and flushed. */
export async function runToEnd(ctx: RunContext): Promise<RunResult> {
  const t0 = performance.now();
  ctx.reporter.runStarted?.({ runId: ctx.runId, pipeline: ctx.pipeline, retry: ctx.isRetry });
  let status: Status = 'FAIL';
  let interrupted: string | undefined;
  try {
    status = await traverseGraph(ctx, ctx.pipeline.dag, ROOT_FRAME);
    if (ctx.signal.aborted) interrupted = `cancelled: ${String(ctx.signal.reason ?? 'aborted')}`;
  } catch (err) {
    interrupted = `runner crashed: ${err instanceof Error ? err.message : String(err)}`;
    await finalizeRun(ctx, 'FAIL', interrupted).catch(() => undefined);
    throw err;
  }
  const runLog = await finalizeRun(ctx, status, interrupted);
  ctx.reporter.runFinished?.({ runId: ctx.runId, status: runLog.status });
  return {
    runId: ctx.runId,
    status: runLog.status,
    runLog,
    config: ctx.config,
    pipeline: ctx.pipeline,
    runLogLocation: ctx.store.describe(),
    durationMs: performance.now() - t0,
  };
}

export async function executeCommand(opts: RunOptions, loaded?: LoadedInputs, mode: SetupMode = 'new'): Promise<RunResult> {
  const inputs = loaded ?? (await loadInputs(opts));
  if (inputs.config.pipelineExecutor.type === 'argo') {
    throw new UsageError("the argo executor does not run pipelines in this process: use 'runnable compile' or 'runnable submit'");
  }
  const ctx = await setupRun(opts, mode, inputs);
  return runToEnd(ctx);
}
