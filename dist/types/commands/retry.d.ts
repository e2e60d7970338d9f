import type { RunOptions, RunResult } from '../engine/index.js';
export declare function retryCommand(opts: RunOptions & {
    runId: string;
}): Promise<RunResult>;
