/**
 * "Did you mean": the closest known word to a mistyped one (a field, a step name, a service type), shared by
 * the pipeline and the configuration checks.
 */
/** The closest candidate to a mistyped word (`-`/`_` and case ignored), when it is close enough to be meant. */
export declare function didYouMean(word: string, candidates: readonly string[]): string | undefined;
/** `; did you mean 'x'?` or nothing. */
export declare function suggestion(word: string, candidates: readonly string[]): string;
