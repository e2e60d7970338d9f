import type { RunContext } from '../context/run-context.js';
import { type LoadedInputs, type SetupMode } from '../context/setup-run.js';
import type { RunOptions, RunResult } from './types.js';
/** Runs the traversal; on cancellation or a crash the run log is still settled and flushed. */
export declare function runToEnd(ctx: RunContext): Promise<RunResult>;
export declare function executeCommand(opts: RunOptions, loaded?: LoadedInputs, mode?: SetupMode): Promise<RunResult>;
