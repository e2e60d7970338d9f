/**
 * A counting semaphore for task slots. p-limit would do, but a plain FIFO semaphore lets the step context
 * hold a slot only around the task itself (not around catalog IO or run-log writes).
 */
export interface Limiter {
  readonly capacity: number;
  run<T>(fn: () => Promise<T>): Promise<T>;
}

export function createLimiter(capacity: number): Limiter {
  let active = 0;
  const queue: Array<() => void> = [];
  const release = () => {
    active--;
    const next = queue.shift();
    if (next) {
      active++;
      next();
    }
  };
  return {
    capacity,
    async run<T>(fn: () => Promise<T>): Promise<T> {
      if (active < capacity) active++;
      else await new Promise<void>((resolve) => queue.push(resolve));
      try {
        return await fn();
      } finally {
        release();
      }
    },
  };
}

/** How long a run of items that settle on microtasks alone may hold the event loop. */
const YIELD_AFTER_MS = 20;
const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

/**
 * Runs `fn` over items with at most `concurrency` in flight, preserving result order.
 *
 * Items that never wait for I/O (node functions, stubs, a journal append, a spawn that fails at once) settle
 * on microtasks, which starve the event loop: signal handlers, timers (`timeout_seconds`, deadlines) would not
 * run until the whole map is done. So the loop is given back (setImmediate) every YIELD_AFTER_MS.
 */
export async function mapConcurrent<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let since = performance.now();
  // One pause shared by every worker: the loop only turns once none of them has a microtask queued.
  let pause: Promise<void> | undefined;
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    // Once cancelled, no item is started: a 200k-item map must not walk its remaining items to find that out.
    while (next < items.length && !signal?.aborted) {
      if (pause || performance.now() - since >= YIELD_AFTER_MS) {
        pause ??= yieldToLoop().then(() => {
          pause = undefined;
          since = performance.now();
        });
        await pause;
        continue; // another worker may have taken the remaining items meanwhile
      }
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return results;
}
