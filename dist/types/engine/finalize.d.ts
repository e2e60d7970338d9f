import type { RunLog, Status, StepLog } from '../runlog/model.js';
import type { RunContext } from './run-context.js';
/**
 * An orchestrator stopped part of the run (retries ended early, a pod errored, the workflow was stopped):
 * what is still PROCESSING there becomes FAIL with `reason` — the whole run, or only inside the branches of
 * the composite `within` (its fan-in settles them) — without touching the run's status.
 */
export declare function failUnsettled(ctx: RunContext, reason: string, within?: StepLog): Promise<boolean>;
/**
 * Settles the run. `interrupted` is the reason when the traversal did not finish normally (cancellation,
 * crash); then anything left PROCESSING becomes FAIL.
 */
export declare function finalizeRun(ctx: RunContext, traversalStatus: Status, interrupted?: string): Promise<RunLog>;
