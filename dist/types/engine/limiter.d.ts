/**
 * A counting semaphore for task slots. p-limit would do, but a plain FIFO semaphore lets the step context
 * hold a slot only around the task itself (not around catalog IO or run-log writes).
 */
export interface Limiter {
    readonly capacity: number;
    run<T>(fn: () => Promise<T>): Promise<T>;
}
export declare function createLimiter(capacity: number): Limiter;
/**
 * Runs `fn` over items with at most `concurrency` in flight, preserving result order.
 *
 * Items that never wait for I/O (node functions, stubs, a journal append, a spawn that fails at once) settle
 * on microtasks, which starve the event loop: signal handlers, timers (`timeout_seconds`, deadlines) would not
 * run until the whole map is done. So the loop is given back (setImmediate) every YIELD_AFTER_MS.
 */
export declare function mapConcurrent<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>, signal?: AbortSignal): Promise<R[]>;
