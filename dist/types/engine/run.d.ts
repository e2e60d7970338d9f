import type { RunContext } from './run-context.js';
import type { RunResult } from './types.js';
/** Runs the traversal; on cancellation or a crash the run log is still settled and flushed. */
export declare function runToEnd(ctx: RunContext): Promise<RunResult>;
