/**
 * A counting semaphore for task slots. p-limit would do, but a plain FIFO semaphore lets the step context
 * hold a slot only around the task itself (not around catalog IO or run-log writes).
 */
export interface Limiter {
    readonly capacity: number;
    run<T>(fn: () => Promise<T>): Promise<T>;
}
export declare function createLimiter(capacity: number): Limiter;
/** Runs `fn` over items with at most `concurrency` in flight, preserving result order. */
export declare function mapConcurrent<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]>;
