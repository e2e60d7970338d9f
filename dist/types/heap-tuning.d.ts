/** Call with a map's item count and how many have finished (the reporters' `branchProgress`). */
export declare function tuneHeapForLargeMap(items: number, done?: number): void;
