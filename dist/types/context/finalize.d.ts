/**
 * The end of a run, whatever happened: every step and branch still PROCESSING (cancelled, or the traversal
 * crashed) is marked FAIL with the reason, the run's status is settled, and the stores are flushed — so the
 * run log is consistent and `retry` can pick the run up (semantics §19 c).
 */
import type { RunLog, Status } from '../runlog/model.js';
import type { RunContext } from './run-context.js';
/**
 * Settles the run. `interrupted` is the reason when the traversal did not finish normally (cancellation,
 * crash); then anything left PROCESSING becomes FAIL.
 */
export declare function finalizeRun(ctx: RunContext, traversalStatus: Status, interrupted?: string): Promise<RunLog>;
