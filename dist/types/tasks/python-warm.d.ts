import { ProcessOutput } from './process.js';
import type { OutputSink } from './task.js';
export interface WarmOptions {
    /** The interpreter to start (already resolved: no pyenv shim). */
    file: string;
    cwd: string;
    env: Record<string, string>;
    /** Names of the task's secrets: kept out of the parent's own environment. */
    secrets?: readonly string[];
    /** Import the request's module in the parent first (python calls; not for other requests). */
    preload: boolean;
    output?: OutputSink;
    signal?: AbortSignal;
    timeoutMs?: number;
    label: string;
}
/** `cold`: the worker could not take the task; run it with a fresh interpreter. */
export type WarmResult = ProcessOutput | 'cold';
/**
 * Whether the invocation's environment allows warm workers: `RUNNABLE_PYTHON_WARM` when set, else on Linux only
 * (on macOS a child forked after an import that touched the Objective-C runtime may crash, which is why Python's
 * multiprocessing stopped forking there).
 */
export declare function warmEnabled(env: Record<string, string | undefined>): boolean;
/** Closes every idle worker (tests; a library user between runs). */
export declare function closePythonWorkers(): void;
/**
 * Runs one shim request (`req`, with its `result` path) in a warm worker. Resolves the process outcome as
 * spawnProcess would, or 'cold' when no worker could take it.
 */
export declare function runWarm(req: Record<string, unknown>, opts: WarmOptions): Promise<WarmResult>;
