/**
 * What a person sees while a run goes: step output as it arrives (prefixed with the step's name when it runs
 * inside a parallel or map branch, where steps interleave), one line per finished step, and on a TTY a live
 * status line (running steps, counts, map progress n/N) redrawn at most 10 times a second. Step output
 * goes to stdout; our own lines to stderr.
 */
import type { LogLevel, RunReporter } from '../commands/types.js';
import type { Status } from '../runlog/model.js';
export interface ConsoleReporterOptions {
    out: NodeJS.WritableStream;
    err: NodeJS.WritableStream & {
        isTTY?: boolean;
        columns?: number;
    };
    level: LogLevel;
    /** Live progress line; default: stderr is a TTY and CI is not set. */
    live?: boolean;
}
export declare class ConsoleReporter implements RunReporter {
    private readonly o;
    private readonly running;
    private readonly maps;
    private done;
    private failed;
    private statusShown;
    private lastDraw;
    private timer;
    private readonly live;
    constructor(o: ConsoleReporterOptions);
    private enabled;
    private clearStatus;
    private drawStatus;
    private line;
    runStarted(e: {
        runId: string;
        retry: boolean;
    }): void;
    stepStarted(e: {
        step: string;
        type: string;
    }): void;
    stepOutput(e: {
        step: string;
        stream: 'stdout' | 'stderr';
        chunk: string;
    }): void;
    stepFinished(e: {
        step: string;
        type: string;
        status: Status;
        message: string;
        attempt: number;
        skipped?: string;
    }): void;
    branchProgress(e: {
        step: string;
        done: number;
        total: number;
        failed: number;
    }): void;
    runFinished(e: {
        runId: string;
        status: Status;
    }): void;
    log(level: LogLevel, message: string): void;
}
