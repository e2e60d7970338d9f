import type { Parameter } from '../runlog/model.js';
import type { ProcessOutput } from './process.js';
import type { OutputSink, TaskInvocation, TaskOutcome, TaskRunner } from './task.js';
/** What a shim run needs besides its request. */
export interface PythonProcessOptions {
    cwd: string;
    env: Record<string, string>;
    output?: OutputSink;
    signal?: AbortSignal;
    timeoutMs?: number;
    /** How messages name the process. */
    label?: string;
}
/** The shim's result file. */
export interface ShimResult {
    ok: boolean;
    error?: string;
    traceback?: string | null;
    returns?: Record<string, {
        kind: 'json' | 'metric' | 'object';
        value?: unknown;
        file?: string;
    }>;
    value?: unknown;
    [key: string]: unknown;
}
/**
 * The interpreter arguments that run the shim for one request: `-c <launcher>` importing it as a module from
 * the private dir (python-shim.ts), so CPython caches its bytecode after the first call.
 */
export declare function pythonShimArgs(): string[];
/** The interpreter the invocation asks for: `RUNNABLE_PYTHON`, else `python3`. */
export declare function pythonInterpreter(env: Record<string, string | undefined>): string;
interface RawRun extends ShimResult {
    /** Set when the result file could not be read; the process result explains why. */
    process?: ProcessOutput;
}
/** A request a warm worker may run (python-warm.ts): python calls. */
export interface WarmTaskOptions {
    /** Import the called function's module in the worker's parent first. */
    preload: boolean;
    /** The step's secret names, kept out of the parent's own environment. */
    secrets?: readonly string[];
}
/**
 * Runs the shim with the configured interpreter (pyenv shims resolved): in a warm worker when `warm` is given
 * and the environment allows it (RUNNABLE_PYTHON_WARM), else in an interpreter of its own.
 */
export declare function runShim(request: Record<string, unknown>, opts: PythonProcessOptions, warm?: WarmTaskOptions): Promise<RawRun>;
/** Turns the shim's returns into parameters, saving object returns through the invocation's object store. */
export declare function shimReturnsToParameters(inv: TaskInvocation, returns: NonNullable<ShimResult['returns']>): Promise<Record<string, Parameter>>;
export declare class PythonTaskRunner implements TaskRunner {
    run(inv: TaskInvocation): Promise<TaskOutcome>;
}
export interface ReducerOptions {
    cwd: string;
    env: Record<string, string>;
    output?: OutputSink;
    signal?: AbortSignal;
    timeoutMs?: number;
}
/**
 * Applies a map reducer — Python lambda source (`lambda *x: max(x)`) or a dotted path — to the collected
 * values, in python3 (never in this process). Resolves the JSON result; throws TaskError with the traceback.
 */
export declare function runPythonReducer(reducer: string, values: unknown[], opts: ReducerOptions): Promise<unknown>;
export interface PythonProbe {
    executable: string;
    version: string;
    /** Notebook engines importable by this interpreter, in preference order. */
    engines: Array<'papermill' | 'ploomber-engine' | 'nbclient'>;
}
/** What the configured interpreter offers (cached per interpreter, cwd and PATH). */
export declare function probePython(opts: {
    cwd: string;
    env: Record<string, string>;
}): Promise<PythonProbe | {
    error: string;
}>;
/** Forgets cached probes (tests; after installing packages). */
export declare function clearPythonCaches(): void;
export {};
