import type { Pipeline } from '../pipeline/model.js';
import type { RunnableConfig } from '../config/model.js';
import type { RunOptions } from './types.js';
import type { RunContext } from './run-context.js';
export type SetupMode = 
/** A new run: the run log must not exist. */
'new'
/** Re-run in place: the run log must exist with the same dag hash. */
 | 'retry'
/** Join a run an orchestrator started: create the run log if no pod did yet. */
 | 'attach';
export interface LoadedInputs {
    pipeline: Pipeline;
    config: RunnableConfig;
    cwd: string;
    env: Record<string, string | undefined>;
}
/** Reads pipeline and config (both validated, errors with positions). */
export declare function loadInputs(opts: RunOptions): Promise<LoadedInputs>;
/**
 * The run id, chosen once: a retry names its run (as data: `opts.runId`); an orchestrator's pod passes it in
 * RUNNABLE_RETRY_RUN_ID / RUNNABLE_RUN_ID (the pod protocol); else `--run-id`, then a new one.
 */
export declare function chooseRunId(opts: RunOptions, env: Record<string, string | undefined>, mode: SetupMode): string;
export declare function setupRun(opts: RunOptions, mode: SetupMode, loaded?: LoadedInputs): Promise<RunContext>;
