/**
 * A run's life in this process: walk the graph from the root frame, then settle and close the run log.
 * Used by `execute`/`retry` (local, mocked); a pod runs one step or one fan instead (pod.ts).
 */
import type { Status } from '../runlog/model.js';
import { finalizeRun } from './finalize.js';
import { ROOT_FRAME } from './frames.js';
import type { RunContext } from './run-context.js';
import { traverseGraph } from './traverse.js';
import type { RunResult } from './types.js';

/** Runs the traversal; on cancellation or a crash the run log is still settled and flushed. */
export async function runToEnd(ctx: RunContext): Promise<RunResult> {
  const t0 = performance.now();
  ctx.reporter.runStarted?.({ runId: ctx.runId, pipeline: ctx.pipeline, retry: ctx.isRetry });
  let status: Status = 'FAIL';
  let interrupted: string | undefined;
  // A `**` put must not copy the run log store's folder into the catalog (its own folder is left out already).
  if (ctx.store.logFolder) ctx.catalog.excludeFolder?.(ctx.store.logFolder);
  // Asked now, beside the first steps, so that their records never wait for git (code-identity.ts).
  ctx.codeIdentities().catch(() => undefined);
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
    catalog: ctx.catalog,
    durationMs: performance.now() - t0,
  };
}
