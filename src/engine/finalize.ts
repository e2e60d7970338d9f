/**
 * The end of a run, whatever happened: every step and branch still PROCESSING (cancelled, or the traversal
 * crashed) is marked FAIL with the reason (one store write, `RunLogStore.failRun`), the run's status is
 * settled, and the stores are flushed — so the run log is consistent and `retry` can pick the run up
 * (semantics §19 c).
 */
import { isUnsettled as unsettled, runLogOf } from '../runlog/document.js';
import type { BranchLog, RunLog, Status, StepLog, StepRecord } from '../runlog/model.js';
import type { RunContext } from './run-context.js';

/** What to fail: a step's replacement record (given whether something inside it was failed), or a branch. */
interface FailRule {
  step(step: StepRecord, below: boolean): StepRecord | undefined;
  branch(branch: BranchLog, below: boolean): boolean;
}

/** Marks FAIL, bottom-up, what `rule` picks among `steps` and their branches; returns whether anything was. */
async function failWhere(ctx: RunContext, steps: Record<string, StepLog>, parentBranch: string, rule: FailRule): Promise<boolean> {
  let any = false;
  for (const step of Object.values(steps)) {
    let below = false;
    for (const branch of Object.values(step.branches)) {
      const inside = await failWhere(ctx, branch.steps, branch.internal_name, rule);
      if (!rule.branch(branch, inside)) continue;
      below = true;
      await ctx.store.putBranch(ctx.runId, { internal_name: branch.internal_name, status: 'FAIL', parameters: branch.parameters }, step.internal_name);
    }
    const { branches: _b, ...record } = step;
    const failed = rule.step(record, below);
    if (!failed) continue;
    any = true;
    await ctx.store.putStep(ctx.runId, { ...failed, status: 'FAIL' }, parentBranch);
  }
  return any;
}

/** Interrupted: whatever is still running becomes FAIL with the reason. */
const sweepRule = (reason: string): FailRule => ({
  step: (s) => (unsettled(s.status) ? { ...s, message: reason } : undefined),
  branch: (b) => unsettled(b.status),
});

/**
 * An orchestrator stopped part of the run (retries ended early, a pod errored, the workflow was stopped):
 * what is still PROCESSING there becomes FAIL with `reason` — the whole run, or only inside the branches of
 * the composite `within` (its fan-in settles them) — without touching the run's status.
 */
export async function failUnsettled(ctx: RunContext, reason: string, within?: StepLog): Promise<boolean> {
  const rule = sweepRule(reason);
  if (!within) return failWhere(ctx, (await ctx.store.getRunLog(ctx.runId)).steps, '', rule);
  let any = false;
  for (const branch of Object.values(within.branches)) {
    any = (await failWhere(ctx, branch.steps, branch.internal_name, rule)) || any;
    if (!unsettled(branch.status)) continue;
    any = true;
    await ctx.store.putBranch(ctx.runId, { internal_name: branch.internal_name, status: 'FAIL', parameters: branch.parameters }, within.internal_name);
  }
  return any;
}

/**
 * Steps whose catalog files could not be stored, and every branch and composite around them: their attempt
 * did not really succeed (a put that fails at once fails the attempt the same way), and retry must run them
 * again rather than skip them.
 */
const unstoredRule = (lost: Set<string>, reason: string): FailRule => ({
  step(s, below) {
    if (!lost.has(s.internal_name)) return below ? { ...s, message: 'a step inside could not store its catalog files' } : undefined;
    const last = s.attempts.at(-1);
    return { ...s, message: reason, attempts: last ? [...s.attempts.slice(0, -1), { ...last, status: 'FAIL', message: reason }] : s.attempts };
  },
  branch: (_b, below) => below,
});

/**
 * Settles the run. `interrupted` is the reason when the traversal did not finish normally (cancellation,
 * crash); then anything left PROCESSING becomes FAIL.
 */
export async function finalizeRun(ctx: RunContext, traversalStatus: Status, interrupted?: string): Promise<RunLog> {
  try {
    return await settle(ctx, traversalStatus, interrupted);
  } finally {
    // Also when several processes wrote the run (the emulator): whoever settles it finishes it. A run that was
    // interrupted is not exported to runnable's layout: on cancellation the runner allows seconds, and writing a
    // 200k-item map's branch files took most of a minute; the retry that finishes the run writes it.
    if (interrupted || !ctx.store.finishRun) await ctx.store.releaseRun?.(ctx.runId);
    else await ctx.store.finishRun(ctx.runId);
  }
}

async function settle(ctx: RunContext, traversalStatus: Status, interrupted?: string): Promise<RunLog> {
  if (interrupted) {
    // The run's FAIL and every unsettled step and branch, in one write (a journal line, one document): a sweep
    // writing a record per branch took a minute for a 200k-item map, and the runner kills us seconds after
    // SIGTERM. Nothing is read first either (assembling that map's run log alone takes seconds).
    await ctx.store.failRun(ctx.runId, interrupted);
  } else {
    await ctx.store.updateRunHeader(ctx.runId, (h) => {
      // A terminal node set the status; only if the traversal stopped short (it cannot, barring bugs) settle it here.
      if (h.status === 'PROCESSING' || h.status === 'CREATED') return { ...h, status: traversalStatus };
      return h;
    });
  }
  // Remote catalogs upload in the background: what could not be stored fails its step, and the run.
  const [flushed] = await Promise.allSettled([ctx.catalog.flush()]);
  const lost = new Set(ctx.catalog.unstored?.(ctx.runId) ?? []);
  if (lost.size) {
    // Not the service's own text: it may echo a credential, and run logs are shared.
    const err = flushed?.status === 'rejected' ? (flushed.reason as { service?: unknown; status?: unknown }) : undefined;
    const why = err?.service ? ` (${String(err.service)}${err.status ? ` answered ${String(err.status)}` : ' failed'}; see the job log)` : '';
    if (await failWhere(ctx, (await ctx.store.getRunLog(ctx.runId)).steps, '', unstoredRule(lost, `catalog put failed: its files could not be stored${why}`))) {
      await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status: 'FAIL' }));
    }
  }
  await ctx.store.flush();
  if (ctx.resultRunLog === 'header') return runLogOf(await ctx.store.getRunHeader(ctx.runId), {}, await ctx.store.getRunConfig(ctx.runId));
  return ctx.store.getRunLog(ctx.runId);
}
