/**
 * How a step finished, as data. The engine records a cache hit's provenance in the attempt (`cached_from`)
 * and reports every finished step with a `StepOutcome`; the Action and the job summary read those fields.
 * The human sentence (`cacheNote`) is written from the data and never parsed back: a step or run name holding
 * quotes or ` in run ` cannot change what a reader concludes.
 */
import type { CachedFrom, StepAttempt, StepLog } from './model.js';
export type StepOutcome = 
/** The step ran (its status says how it ended). */
{
    kind: 'ran';
}
/** Not run: its definition and inputs were unchanged, its result was restored from the step cache. */
 | {
    kind: 'cached';
    from: CachedFrom;
}
/** Not run: it succeeded in an earlier attempt of this run (retry). `reason` is for people. */
 | {
    kind: 'skipped';
    reason: string;
}
/** It ran and failed (or could not start); `message` is for people. */
 | {
    kind: 'failed';
    message: string;
};
/** The attempt message and log line of a cache hit (for people; readers use `cached_from`). */
export declare function cacheNote(from: CachedFrom): string;
/** The provenance of an attempt restored from the step cache, when it was one. */
export declare function attemptCachedFrom(attempt: StepAttempt | undefined): CachedFrom | undefined;
/** Where a step's result came from when its last attempt was restored from the step cache. */
export declare function stepCachedFrom(step: StepLog): CachedFrom | undefined;
/**
 * The outcome of a finished step, from its event and its last attempt: failed, cached (the attempt says so),
 * skipped (the engine gave a reason for not running it), else ran.
 */
export declare function outcomeOf(e: {
    status: string;
    message: string;
    skipped?: string;
}, last?: StepAttempt): StepOutcome;
