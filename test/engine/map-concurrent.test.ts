/**
 * mapConcurrent: the loop a map's items run in. Items that settle on microtasks alone still let signals and
 * timers run, and a cancelled map starts no further item (a 200k-item map stopped by SIGTERM must not walk
 * the rest of its list to find out).
 */
import { describe, expect, it } from '@jest/globals';
import { mapConcurrent } from '../../src/engine/limiter.js';

describe('mapConcurrent', () => {
  it('keeps the order of results and the concurrency bound', async () => {
    let running = 0;
    let most = 0;
    const out = await mapConcurrent([1, 2, 3, 4, 5, 6, 7], 3, async (x) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5 * (8 - x)));
      running--;
      return x * 10;
    });
    expect(out).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });

  it('starts no further item once the run is cancelled', async () => {
    const ac = new AbortController();
    const items = Array.from({ length: 100_000 }, (_, i) => i);
    const started: number[] = [];
    await mapConcurrent(
      items,
      8,
      async (i) => {
        started.push(i);
        if (i === 1_000) ac.abort('SIGTERM');
      },
      ac.signal,
    );
    // Items 0..1000 ran; after the abort no worker takes another (the 7 others were already past their check).
    expect(started.slice(0, 1_001)).toEqual(items.slice(0, 1_001));
    expect(started.length).toBeLessThanOrEqual(1_001 + 7);
  });

  it('gives the event loop a turn during items that never wait for I/O', async () => {
    // Each item holds the thread for at least 1 ms and settles on microtasks alone; 200 of them hold it for
    // at least 200 ms, ten times the yield interval, so a slower machine only makes the turn more certain.
    let turnedAfter: number | undefined;
    let started = 0;
    setImmediate(() => (turnedAfter = started));
    await mapConcurrent(Array.from({ length: 200 }, (_, i) => i), 4, async () => {
      started++;
      const until = performance.now() + 1;
      while (performance.now() < until);
    });
    expect(turnedAfter).toBeDefined();
    expect(turnedAfter!).toBeLessThan(200);
  });
});
