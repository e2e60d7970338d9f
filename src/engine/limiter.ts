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

/** Runs `fn` over items with at most `concurrency` in flight, preserving result order. */
export async function mapConcurrent<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return results;
}
