import type { OutputSink } from './task.js';
/** @default 2000 — time between SIGTERM and SIGKILL when a process group is stopped. */
export declare const DEFAULT_KILL_GRACE_MS = 2000;
/**
 * @default 1000 — after the leader exits, how long its output pipes may stay open (held by background
 * children) before the rest of its process group is stopped. When every leftover child detached its output
 * (`nohup x >/dev/null 2>&1 &`), the pipes close with the leader and nothing is killed; when one still holds
 * the step's output, the group (detached children included) is stopped after the grace. A daemon that must
 * outlive its step starts its own session (`setsid`).
 */
export declare const DEFAULT_STDIO_GRACE_MS = 1000;
export interface SpawnOptions {
    /** Executable (resolved through the child's PATH). */
    file: string;
    /** How messages name the process (e.g. `shell command`); default the executable. */
    label?: string;
    args: readonly string[];
    cwd: string;
    env: Record<string, string>;
    /** Receives decoded stdout/stderr chunks as they arrive. */
    output?: OutputSink;
    /** Stops the process group when it expires; the result has `timedOut`. */
    timeoutMs?: number;
    /** Stops the process group when aborted; the result has `cancelled`. */
    signal?: AbortSignal;
    /** @default DEFAULT_KILL_GRACE_MS */
    killGraceMs?: number;
    /** @default DEFAULT_STDIO_GRACE_MS */
    stdioGraceMs?: number;
    /** Keep stdout/stderr text on the result (for small helper processes). @default false */
    capture?: boolean;
    /** Text written to the child's stdin (then closed). Default: stdin is /dev/null. */
    input?: string;
}
/** Plain-words meaning of a few well-known exit statuses (shell conventions). */
export declare function explainExitCode(code: number): string | undefined;
/** Plain-words meaning of a spawn errno. */
export declare function explainErrno(code: string | undefined): string;
export interface ProcessOutputInit {
    command: string;
    pid?: number;
    exitCode: number | null;
    signal: NodeJS.Signals | null;
    durationMs: number;
    timedOut?: boolean;
    timeoutMs?: number;
    cancelled?: boolean;
    spawnError?: NodeJS.ErrnoException;
    stdout?: string;
    stderr?: string;
}
/**
 * The result of one process (zx style): an Error that is also the success value. `ok` tells which it is;
 * `message` explains a failure in plain words (exit code meaning, timeout, cancellation, missing command).
 */
export declare class ProcessOutput extends Error {
    readonly command: string;
    readonly pid: number | undefined;
    /** The exit status, or null when the process was ended by a signal (see `signal`) or never started. */
    readonly exitCode: number | null;
    readonly signal: NodeJS.Signals | null;
    readonly durationMs: number;
    /** The timeout expired and the process group was stopped. */
    readonly timedOut: boolean;
    /** The invocation was aborted (cancellation) and the process group was stopped. */
    readonly cancelled: boolean;
    /** Set when the process could not be started (ENOENT for a missing interpreter, EACCES...). */
    readonly spawnError: NodeJS.ErrnoException | undefined;
    /** Captured output, only with `capture: true`. */
    readonly stdout: string;
    readonly stderr: string;
    constructor(init: ProcessOutputInit);
    get ok(): boolean;
    /** Exit status in shell convention: the code, or 128 + signal number; null when never started. */
    get status(): number | null;
    toJSON(): Record<string, unknown>;
}
/** Sends a signal to a whole process group; ignores ESRCH (already gone). */
export declare function killGroup(pid: number, signal: NodeJS.Signals): boolean;
/**
 * Spawns one process in its own process group and resolves when it has exited and its output is drained.
 * Never rejects: every failure (spawn error, timeout, cancellation, non-zero exit) is a `ProcessOutput`
 * with `ok === false`.
 */
export declare function spawnProcess(opts: SpawnOptions): Promise<ProcessOutput>;
