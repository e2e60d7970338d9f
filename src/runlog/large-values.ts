/**
 * An attempt's `input_parameters` are the whole scope the step saw: in a map over N items, the N-item list in
 * each of the N attempts, O(N²) bytes in a store that keeps one document (file-system: every change rewrites
 * it, so a 1,000-item map spent minutes rewriting a document of hundreds of MB). runnable 0.50 records no
 * inputs at all. The rule, shared by the file-system store and the export to runnable's layout: an attempt
 * keeps the small inputs and leaves out a parameter whose value or description is 4 KiB of JSON or more (the
 * value itself is in the scope that provided it: the run's parameters or a step's outputs).
 */
import type { Parameters, StepRecord } from './model.js';

/** JSON text of this length or more is a large value. */
export const LARGE_VALUE_BYTES = 4096;

/**
 * Whether `JSON.stringify(v)` is at least `limit` characters, counted with an early exit: O(limit) whatever
 * the size of `v` (this runs for every input of every attempt).
 */
export function jsonLengthAtLeast(v: unknown, limit: number = LARGE_VALUE_BYTES): boolean {
  let n = 0;
  const stack: unknown[] = [v];
  while (stack.length && n < limit) {
    const x = stack.pop();
    if (x === null || x === undefined || x === true) n += 4; // null, true (undefined in an array is null)
    else if (x === false) n += 5;
    else if (typeof x === 'number') n += Number.isFinite(x) ? String(x).length : 4;
    else if (typeof x === 'bigint') n += String(x).length;
    else if (typeof x === 'string') n += x.length >= limit ? limit : JSON.stringify(x).length;
    else if (typeof x === 'object') {
      // Exact numbers (runlog/exact-json.ts) are JSON.rawJSON objects: their text is what is written.
      const raw = (x as { rawJSON?: unknown }).rawJSON;
      if (typeof raw === 'string') n += raw.length;
      else if (Array.isArray(x)) {
        n += x.length === 0 ? 2 : x.length + 1; // brackets and commas
        for (let i = 0; i < x.length && n < limit; i++) stack.push(x[i]);
      } else {
        let keys = 0;
        n += 2;
        for (const k in x) {
          if (!Object.prototype.hasOwnProperty.call(x, k)) continue;
          const value = (x as Record<string, unknown>)[k];
          if (value === undefined || typeof value === 'function') continue; // JSON leaves these out
          n += (keys++ ? 1 : 0) + (k.length >= limit ? limit : JSON.stringify(k).length) + 1; // comma, key, colon
          stack.push(value);
          if (n >= limit) break;
        }
      }
    } else n += 4;
  }
  return n >= limit;
}

/** Whether a recorded parameter is large (its value or its description). */
export function isLargeParameter(p: { value?: unknown; description?: unknown }): boolean {
  return jsonLengthAtLeast(p.value) || (p.description !== undefined && jsonLengthAtLeast(p.description));
}

/**
 * `step` with its attempts' large inputs left out (the same object when there are none), and those `inherited`
 * says the step saw unchanged from an enclosing scope that records them already.
 */
export function withoutLargeInputs(step: StepRecord, inherited?: (name: string, p: Parameters[string]) => boolean): StepRecord {
  let changed = false;
  const attempts = step.attempts.map((a) => {
    const inputs = a.input_parameters ?? {};
    let kept: Parameters | undefined;
    for (const [k, p] of Object.entries(inputs)) {
      if (!isLargeParameter(p) && !inherited?.(k, p)) continue;
      kept ??= { ...inputs };
      delete kept[k];
    }
    if (!kept) return a;
    changed = true;
    return { ...a, input_parameters: kept };
  });
  return changed ? { ...step, attempts } : step;
}
