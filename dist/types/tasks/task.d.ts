/**
 * The task-runner contract: one attempt of one task. The step context (src/context) prepares everything
 * (parameters, environment, secrets) and records the outcome; runners only run.
 */
import type { Parameter, Parameters } from '../runlog/model.js';
import type { TaskSpec } from '../pipeline/model.js';
/** Where a task's output goes: the context tees it to the console (prefixed, masked) and the execution log. */
export interface OutputSink {
    write(stream: 'stdout' | 'stderr', chunk: string): void;
}
/** Object (`kind: object`) parameters are opaque bytes stored by the context (in the catalog). */
export interface ObjectStore {
    load(key: string): Promise<Buffer>;
    /** Saves bytes for return `name` of this step; returns the key recorded as the parameter's value. */
    save(name: string, data: Uint8Array, extension: string): Promise<string>;
}
export interface TaskInvocation {
    spec: TaskSpec;
    /** The parameters of the task's scope (json, metric, object). */
    parameters: Parameters;
    /** Map `iterate_as` → item and loop `index_as` → index, outermost first. Passed like parameters. */
    iterVariables: Record<string, unknown>;
    /** Full environment for the task process: already scrubbed, with secrets and RUNNABLE_* set. */
    env: Record<string, string>;
    cwd: string;
    attempt: number;
    /** Resolved internal name of the step, e.g. `map_state.3.inner`. */
    stepName: string;
    timeoutMs?: number;
    /** Aborted on cancellation (SIGINT/SIGTERM): runners must stop their processes promptly. */
    signal: AbortSignal;
    output: OutputSink;
    objects: ObjectStore;
}
export interface TaskOutcome {
    ok: boolean;
    /** Why it failed (exit code, exception and traceback, timeout...); '' on success. */
    message: string;
    /** Values for the task's `returns`, keyed by name, with their kinds. */
    returns: Record<string, Parameter>;
    /** The parameters the task actually received (recorded as the attempt's input_parameters). */
    inputParameters: Parameters;
    exitCode?: number | null;
}
export interface TaskRunner {
    run(inv: TaskInvocation): Promise<TaskOutcome>;
}
