/**
 * A task's output on its way out: secrets masked, kept for the execution log, and forwarded to the
 * reporter (console, Action log groups). Masking works on whole lines so that a secret split across two
 * chunks of a pipe is still caught.
 */
import type { OutputSink } from '../tasks/task.js';
import type { RunReporter } from '../commands/types.js';
export declare const MASK = "***";
export declare function maskSecrets(text: string, secrets: Iterable<string>): string;
export declare class OutputCollector implements OutputSink {
    private readonly step;
    private readonly secrets;
    private readonly reporter;
    private readonly parts;
    private readonly pending;
    constructor(step: string, secrets: Set<string>, reporter: RunReporter);
    write(stream: 'stdout' | 'stderr', chunk: string): void;
    /** Flushes partial lines; returns the whole (masked) log. */
    finish(): string;
    /** Adds a line of our own (e.g. the failure message) to the execution log. */
    note(line: string): void;
    private emit;
}
