/**
 * Where the Python side of the python runners lives: real .py files in src/tasks/python/ (a Python linter and
 * tests reach them). The bundles read them next to themselves: the bundler sees
 * `readFileSync(new URL('./python/<file>', import.meta.url))` and copies the file into the output folder
 * (test/tasks/python-shim.test.ts checks the copies in dist/ are these files).
 *
 * They are written once per process to the private temp dir under names carrying their content's hash and
 * imported from there as modules, so CPython caches their bytecode after the first start (compiling the 20 kB
 * shim costs ~4.5 ms a start) and a user module can never shadow them, nor they a user module.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privateTempDir } from './common.js';

export interface PythonModules {
  /** The folder holding both modules. */
  dir: string;
  /** Module name of runnable_shim.py (binding, calls, reducers, probes, notebooks). */
  shim: string;
  /** Module name of runnable_worker.py (the warm worker's parent). */
  worker: string;
}

let modules: PythonModules | undefined;

function install(source: string, stem: string, dir: string): string {
  const name = `${stem}_${createHash('sha256').update(source).digest('hex').slice(0, 12)}`;
  writeFileSync(join(dir, `${name}.py`), source, { mode: 0o600 });
  return name;
}

/** The Python modules, written to the private temp dir on first use. */
export function pythonModules(): PythonModules {
  if (modules === undefined) {
    const dir = privateTempDir();
    // The literal URLs are what lets the bundler find and copy the files: keep them literals.
    const shim = install(readFileSync(new URL('./python/runnable_shim.py', import.meta.url), 'utf8'), 'runnable_action_shim', dir);
    const worker = install(readFileSync(new URL('./python/runnable_worker.py', import.meta.url), 'utf8'), 'runnable_action_worker', dir);
    modules = { dir, shim, worker };
  }
  return modules;
}
