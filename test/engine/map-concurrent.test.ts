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

  it('gives the event loop a turn during items that never wait for I/O, and starts nothing once cancelled', async () => {
    const ac = new AbortController();
    // A timer stands for the signal handler: it can only fire if the loop turns while the items run.
    setTimeout(() => ac.abort('SIGTERM'), 30);
    const items = Array.from({ length: 5_000_000 }, (_, i) => i);
    let started = 0;
    await mapConcurrent(items, 64, async () => {
      started++;
    }, ac.signal);
    expect(ac.signal.aborted).toBe(true);
    expect(started).toBeGreaterThan(0);
    expect(started).toBeLessThan(items.length);
  });
});
