/**
 * An attempt's `input_parameters` are the whole scope the step saw: in a map over N items, the N-item list in
 * each of the N attempts, O(N²) bytes in a store that keeps one document (file-system: every change rewrites
 * it, so a 1,000-item map spent minutes rewriting a document of hundreds of MB). runnable 0.50 records no
 * inputs at all. The rule, shared by the file-system store and the export to runnable's layout: an attempt
 * keeps the small inputs and leaves out a parameter whose value or description is 4 KiB of JSON or more (the
 * value itself is in the scope that provided it: the run's parameters or a step's outputs).
 */
import type { Parameters, StepRecord } from './model.js';
/** JSON text of this length or more is a large value. */
export declare const LARGE_VALUE_BYTES = 4096;
/**
 * Whether `JSON.stringify(v)` is at least `limit` characters, counted with an early exit: O(limit) whatever
 * the size of `v` (this runs for every input of every attempt).
 */
export declare function jsonLengthAtLeast(v: unknown, limit?: number): boolean;
/** Whether a recorded parameter is large (its value or its description). */
export declare function isLargeParameter(p: {
    value?: unknown;
    description?: unknown;
}): boolean;
/**
 * `step` with its attempts' large inputs left out (the same object when there are none), and those `inherited`
 * says the step saw unchanged from an enclosing scope that records them already.
 */
export declare function withoutLargeInputs(step: StepRecord, inherited?: (name: string, p: Parameters[string]) => boolean): StepRecord;
