import type { RunLog, Status } from '../runlog/model.js';
import type { RunContext } from './run-context.js';
/**
 * Settles the run. `interrupted` is the reason when the traversal did not finish normally (cancellation,
 * crash); then anything left PROCESSING becomes FAIL.
 */
export declare function finalizeRun(ctx: RunContext, traversalStatus: Status, interrupted?: string): Promise<RunLog>;
