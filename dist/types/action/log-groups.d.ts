import type { RunReporter } from '../commands/types.js';
export declare class StepLogRelay {
    private readonly write;
    private readonly maxBufferedBytes;
    private owner;
    private readonly running;
    private readonly done;
    /** Why each step ran or was skipped, for the summary. */
    readonly skipped: {
        step: string;
        reason: string;
    }[];
    constructor(write: (text: string) => void, maxBufferedBytes?: number);
    private openLive;
    private emitLive;
    private closeLive;
    private printWhole;
    /** Prints finished steps waiting for the console, then hands the console to the oldest running step. */
    private drain;
    readonly reporter: RunReporter;
    /** Prints everything still buffered (end of run, cancellation). */
    finish(): void;
}
