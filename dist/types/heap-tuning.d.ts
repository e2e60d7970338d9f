export declare function tuneHeapForLargeMap(items: number): void;
