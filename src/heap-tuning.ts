/**
 * V8 tuning for our own processes: the CLI and the Action call it, the library never does (it changes
 * process-wide settings). A large map is a stream of short-lived records and child-process handles: the live
 * heap stays small (≈ 25 MB at 10,000 items) but by default V8 keeps growing the young generation (up to two
 * 16 MB semi-spaces) and lets garbage pile up in the old space before its first full collections, so peak RSS
 * reached 365 MB — and every fork copies the page tables of that bigger process. When a map of ≥ 1,000 items
 * starts we freeze the young generation at its size and run a full collection now and then while its items
 * finish. The fan-out announces the map's size before it writes the branch records, so this starts before
 * that burst of allocation. Measured on a 10,000-item map of shell steps: peak RSS 365 → 140 MB, wall
 * 18.6 → 16.8 s; node functions 271 → 140 MB at the same speed (bench/README.md). Small runs are untouched
 * (these settings would cost them 2–4 %).
 */
// Taken when a large map starts, not imported: `node:v8` brings ≈ 20 internal modules every run would load.
import { builtin } from './builtins.js';

const LARGE_MAP = 1000;
/**
 * A forced collection after every 250 finished items, but not more often than every 250 ms: a shell item
 * takes ≈ 1.6 ms, so about one per 0.4 s (each ≈ 10–15 ms, repaid by cheaper forks); node-function items
 * take ≈ 0.08 ms, so the time bound keeps them from paying for a collection every 20 ms.
 */
const COLLECT_ITEMS = 250;
const COLLECT_MS = 250;

let tuned = false;
let collect: (() => void) | undefined;
let last = { done: 0, at: 0 };

/** Call with a map's item count and how many have finished (the reporters' `branchProgress`). */
export function tuneHeapForLargeMap(items: number, done = 0): void {
  if (!tuned) {
    if (items < LARGE_MAP) return;
    tuned = true;
    const v8 = builtin<typeof import('node:v8')>('node:v8');
    const vm = builtin<typeof import('node:vm')>('node:vm');
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    try {
      // `gc` is installed in contexts created after the flag: take it from a fresh one, leave ours alone.
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = undefined;
    }
    last = { done, at: performance.now() };
  }
  if (!collect) return;
  if (done < last.done) last = { done: 0, at: last.at }; // the next map
  const now = performance.now();
  if (done - last.done >= COLLECT_ITEMS && now - last.at >= COLLECT_MS) {
    collect();
    last = { done, at: performance.now() };
  }
}
