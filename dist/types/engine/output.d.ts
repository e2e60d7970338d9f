import type { OutputSink } from '../tasks/task.js';
import type { RunReporter } from './types.js';
/** The execution log of one attempt: its text, or (when large) the temp file holding it. */
export type ExecutionLog = {
    bytes: number;
    text: string;
    file?: undefined;
} | {
    bytes: number;
    file: string;
    text?: undefined;
};
export declare class OutputCollector implements OutputSink {
    private readonly step;
    private readonly secrets;
    private readonly reporter;
    private parts;
    private partsBytes;
    private spill?;
    private readonly pending;
    /** Whether a stream's last emitted text left a line open (a long line passed on in pieces ends mid-line). */
    private readonly open;
    private readonly masker;
    /** `secrets` is the run's live set of secret values (declared secrets are in it from the start of the run). */
    constructor(step: string, secrets: Set<string>, reporter: RunReporter);
    write(stream: 'stdout' | 'stderr', chunk: string): void;
    /** Flushes partial lines; returns the whole (masked) log (small logs: see finishLog for any size). */
    finish(): string;
    /** Flushes partial lines; the whole (masked) log, in memory or (large) in a temp file: call dispose() after use. */
    finishLog(): ExecutionLog;
    /** Removes the temp file of a large log. */
    dispose(): void;
    /** Adds a line of our own (e.g. the failure message) to the execution log. */
    note(line: string): void;
    private emit;
    /**
     * Passes on the head of a line too long to hold, keeping back a tail that may be the start of a secret,
     * and cutting before any secret (in any of its masked forms) that would straddle the cut.
     */
    private emitLongLine;
    /** Keeps masked text for the execution log: in memory while small, then appended to a temp file. */
    private keep;
    private flushParts;
}
