import type { RunOptions, RunResult } from './types.js';
export declare function retryCommand(opts: RunOptions & {
    runId: string;
}): Promise<RunResult>;
