/**
 * The end of a run, whatever happened: every step and branch still PROCESSING (cancelled, or the traversal
 * crashed) is marked FAIL with the reason, the run's status is settled, and the stores are flushed — so the
 * run log is consistent and `retry` can pick the run up (semantics §19 c).
 */
import { runLogOf } from '../runlog/document.js';
import type { BranchLog, RunLog, Status, StepLog } from '../runlog/model.js';
import type { RunContext } from './run-context.js';

async function sweep(ctx: RunContext, steps: Record<string, StepLog>, parentBranch: string, reason: string): Promise<void> {
  for (const step of Object.values(steps)) {
    for (const branch of Object.values(step.branches)) {
      await sweepBranch(ctx, branch, step.internal_name, reason);
    }
    if (step.status === 'PROCESSING' || step.status === 'CREATED') {
      const { branches: _b, ...record } = step;
      await ctx.store.putStep(ctx.runId, { ...record, status: 'FAIL', message: reason }, parentBranch);
    }
  }
}

async function sweepBranch(ctx: RunContext, branch: BranchLog, parentStep: string, reason: string): Promise<void> {
  await sweep(ctx, branch.steps, branch.internal_name, reason);
  if (branch.status === 'PROCESSING' || branch.status === 'CREATED') {
    await ctx.store.putBranch(ctx.runId, { internal_name: branch.internal_name, status: 'FAIL', parameters: branch.parameters }, parentStep);
  }
}

/**
 * Settles the run. `interrupted` is the reason when the traversal did not finish normally (cancellation,
 * crash); then anything left PROCESSING becomes FAIL.
 */
export async function finalizeRun(ctx: RunContext, traversalStatus: Status, interrupted?: string): Promise<RunLog> {
  try {
    return await settle(ctx, traversalStatus, interrupted);
  } finally {
    await ctx.store.releaseRun?.(ctx.runId);
  }
}

/**
 * Fails the steps whose catalog files could not be stored, and every branch and composite step around them:
 * their attempt did not really succeed (a put that fails at once fails the attempt the same way), and retry
 * must run them again rather than skip them. Returns whether anything below `steps` was failed.
 */
async function failUnstored(ctx: RunContext, steps: Record<string, StepLog>, parentBranch: string, lost: Set<string>, reason: string): Promise<boolean> {
  let any = false;
  for (const step of Object.values(steps)) {
    let below = false;
    for (const branch of Object.values(step.branches)) {
      if (!(await failUnstored(ctx, branch.steps, branch.internal_name, lost, reason))) continue;
      below = true;
      await ctx.store.putBranch(ctx.runId, { internal_name: branch.internal_name, status: 'FAIL', parameters: branch.parameters }, step.internal_name);
    }
    const own = lost.has(step.internal_name);
    if (!own && !below) continue;
    const { branches: _b, ...record } = step;
    const last = record.attempts.at(-1);
    const attempts = own && last ? [...record.attempts.slice(0, -1), { ...last, status: 'FAIL' as const, message: reason }] : record.attempts;
    await ctx.store.putStep(ctx.runId, { ...record, attempts, status: 'FAIL', message: own ? reason : 'a step inside could not store its catalog files' }, parentBranch);
    any = true;
  }
  return any;
}

async function settle(ctx: RunContext, traversalStatus: Status, interrupted?: string): Promise<RunLog> {
  if (interrupted) {
    const log = await ctx.store.getRunLog(ctx.runId);
    await sweep(ctx, log.steps, '', interrupted);
  }
  await ctx.store.updateRunHeader(ctx.runId, (h) => {
    if (interrupted) return { ...h, status: 'FAIL' };
    // A terminal node set the status; only if the traversal stopped short (it cannot, barring bugs) settle it here.
    if (h.status === 'PROCESSING' || h.status === 'CREATED') return { ...h, status: traversalStatus };
    return h;
  });
  // Remote catalogs upload in the background: what could not be stored fails its step, and the run.
  const [flushed] = await Promise.allSettled([ctx.catalog.flush()]);
  const lost = new Set(ctx.catalog.unstored?.(ctx.runId) ?? []);
  if (lost.size) {
    // Not the service's own text: it may echo a credential, and run logs are shared.
    const err = flushed?.status === 'rejected' ? (flushed.reason as { service?: unknown; status?: unknown }) : undefined;
    const why = err?.service ? ` (${String(err.service)}${err.status ? ` answered ${String(err.status)}` : ' failed'}; see the job log)` : '';
    if (await failUnstored(ctx, (await ctx.store.getRunLog(ctx.runId)).steps, '', lost, `catalog put failed: its files could not be stored${why}`)) {
      await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status: 'FAIL' }));
    }
  }
  await ctx.store.flush();
  if (ctx.resultRunLog === 'header') return runLogOf(await ctx.store.getRunHeader(ctx.runId), {}, await ctx.store.getRunConfig(ctx.runId));
  return ctx.store.getRunLog(ctx.runId);
}
