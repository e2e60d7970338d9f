/**
 * The one masking rule (SECURITY.md guarantee 7). Every place that writes text which may hold a secret —
 * step output and execution logs, failure messages, the Action's log lines, annotations, job summary, step
 * cache messages — masks through here, so there is one rule to reason about:
 *
 * - a value shorter than MIN_SECRET_LENGTH is not masked (it would blank ordinary text), as GitHub does;
 * - each value is hidden in every form it commonly takes on its way out: as is, each line of a multi-line
 *   value on its own (GitHub registers masks line by line, and a log line holds one line), JSON-escaped
 *   (run log, catalog index), and base64 — at each of the three byte alignments, only the characters that do
 *   not depend on the bytes around it (`base64 <<< "$SECRET"`, a secret inside an encoded blob);
 * - longest form first, so a secret containing another is masked whole.
 */
export declare const MASK = "***";
/** Values shorter than this are not masked (GitHub's runner has the same floor). */
export declare const MIN_SECRET_LENGTH = 4;
/**
 * The characters of base64(`…prefix + value + suffix…`) that depend only on `value`, for each of the three
 * alignments of `value` in the encoded stream.
 */
export declare function base64Forms(value: string): string[];
/** Every form of one secret value that is masked (see the header), longest first. */
export declare function secretForms(value: string): string[];
/**
 * Masks text with a set of secret values. Built over a live `Set` (the engine adds values as it resolves
 * them), the forms are recomputed only when the set changes size.
 */
export declare class Masker {
    private readonly values;
    private forms;
    /** Any form at all: one scan of text that holds no secret (most output), instead of one per form. */
    private any;
    private builtFor;
    constructor(values?: Set<string> | Iterable<string>);
    /** Adds a value (ignored when too short); true when it was new. */
    add(value: string | undefined | null): boolean;
    get size(): number;
    /** The values (not their forms), e.g. to register with the runner. */
    list(): string[];
    mask(text: string): string;
    private build;
}
/** One-off masking of `text` with `values` (same rule as Masker). */
export declare function maskText(text: string, values: Iterable<string> | undefined): string;
