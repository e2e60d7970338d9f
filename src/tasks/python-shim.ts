/**
 * Where the Python side of the python runners lives: real .py files in src/tasks/python/ (a Python linter and
 * tests reach them). The bundles read them next to themselves: ncc's asset relocator sees
 * `readFileSync(new URL('./python/<file>', import.meta.url))` and copies the file into the output folder
 * (test/tasks/python-shim.test.ts checks the copies in dist/ are these files). Read once, on first use.
 */
import { readFileSync } from 'node:fs';

let shim: string | undefined;

/** The source of runnable_shim.py (binding, calls, reducers, probes, notebooks). */
export function pythonShimSource(): string {
  // The literal URL is what lets ncc find and copy the file: keep it a literal.
  shim ??= readFileSync(new URL('./python/runnable_shim.py', import.meta.url), 'utf8');
  return shim;
}
