/**
 * A pipeline comes from a YAML file, from a module written with the TS SDK (`.mjs`, `.js`, `.ts` on
 * Node ≥ 22.18), or from a script written with runnable's Python SDK (`.py`, our package in python/).
 * A module exports the pipeline (or a function returning it) as `default` or `pipeline`; orchestrator pods
 * import the same module again, so it must build the same graph every time.
 *
 * A `.py` script is run once with `RUNNABLE_ACTION_EXPORT` naming a file: its `Pipeline.execute()` writes
 * runnable's pipeline YAML document (plus the arguments execute() was given) there and exits instead of
 * running. That document is parsed like a YAML file, so a Python SDK pipeline and its YAML twin give the
 * same IR and dag_hash.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InputFileError, ValidationError } from '../errors.js';
import { nodeChildProcess } from '../builtins.js';
import { readRegularFileSync } from '../fs-read.js';
import type { Pipeline } from '../pipeline/model.js';
import { pipelineFromDocument } from '../pipeline/build.js';
import { parsePipelineFile } from '../pipeline/parse.js';
import { noPositions } from '../pipeline/yaml-source.js';
import { userPath } from './paths.js';

/**
 * The folder holding our Python package `runnable` (what `runnable python-path` prints): python/ next to
 * the bundle's folder in dist/, or the repository's python/ when running from src/.
 */
export function pythonPackagePath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Candidates are built at run time (a loop), so the bundler does not try to relocate them as assets.
  const ups = ['..', '.', '../..'];
  for (const up of ups) {
    const dir = path.resolve(here, up, 'python');
    if (existsSync(path.join(dir, 'runnable', '__init__.py'))) return dir;
  }
  throw new InputFileError(here, "runnable-action's Python package (python/runnable) is missing from this installation");
}

/** What a Python SDK script's `Pipeline.execute()` asked for. */
export interface PythonExport {
  pipeline: unknown;
  configuration_file: string;
  parameters_file: string;
  run_id: string;
  tag: string;
}

const exports = new Map<string, Promise<PythonExport>>();

/** Runs a Python SDK script in export mode (once per process and file) and returns what it described. */
export function exportPythonPipeline(cwd: string, file: string, env: Record<string, string | undefined> = process.env): Promise<PythonExport> {
  const abs = path.resolve(cwd, file);
  let p = exports.get(abs);
  if (!p) {
    p = runExport(cwd, abs, userPath(cwd, file), env);
    exports.set(abs, p);
  }
  return p;
}

async function runExport(cwd: string, abs: string, shown: string, env: Record<string, string | undefined>): Promise<PythonExport> {
  // Only a regular file, bounded, as every input (fs-read.ts): python3 would block on a FIFO, read /dev/zero for ever.
  if (readRegularFileSync(abs, 1024 * 1024, shown).tooLarge !== undefined) throw new InputFileError(shown, 'the file is larger than the 1 MiB limit');
  const dir = mkdtempSync(path.join(tmpdir(), 'runnable-sdk-'));
  const out = path.join(dir, 'pipeline.json');
  const python = env.RUNNABLE_PYTHON || 'python3';
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && k !== 'RUNNABLE_STEP_ATTEMPT') childEnv[k] = v;
  // Our package first, then the project (runnable's examples import `examples.common.functions`).
  childEnv.PYTHONPATH = [pythonPackagePath(), cwd, env.PYTHONPATH].filter(Boolean).join(path.delimiter);
  childEnv.RUNNABLE_ACTION_EXPORT = out;
  try {
    const result = await new Promise<{ code: number | null; stderr: string; error?: NodeJS.ErrnoException }>((resolve) => {
      nodeChildProcess().execFile(python, [abs], { cwd, env: childEnv, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
        const e = error as (NodeJS.ErrnoException & { code?: unknown }) | null;
        resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, stderr: String(stderr), error: e ?? undefined });
      });
    });
    if (result.error?.code === 'ENOENT') {
      throw new InputFileError(shown, `cannot start the Python interpreter '${python}' (not found); install Python 3 or set RUNNABLE_PYTHON`);
    }
    if (!existsSync(out)) {
      const tail = result.stderr.trim().split('\n').slice(-12).join('\n');
      const why = result.code === 0 ? 'the script ended without calling Pipeline.execute() (or a job\'s execute())' : `the script failed (exit ${result.code})`;
      throw new InputFileError(shown, `loading the Python SDK pipeline: ${why}${tail ? `:\n${tail}` : ''}`);
    }
    const doc = JSON.parse(readFileSync(out, 'utf8')) as PythonExport;
    return doc;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function isPythonSdkScript(file: string): boolean {
  return /\.py$/.test(file);
}

const MODULE = /\.(mjs|cjs|js|mts|ts)$/;

export function isSdkModule(file: string): boolean {
  return MODULE.test(file);
}

export async function loadPipeline(cwd: string, file: string): Promise<Pipeline> {
  const shown = userPath(cwd, file);
  if (isPythonSdkScript(file)) {
    const doc = await exportPythonPipeline(cwd, file);
    // Parsed as the YAML twin would be (positions do not exist: issues name the field path).
    return { ...pipelineFromDocument(noPositions(shown, doc.pipeline), 'sdk', shown), file };
  }
  if (!isSdkModule(file)) return { ...(await parsePipelineFile(shown)), file };
  let mod: Record<string, unknown>;
  try {
    mod = (await import(/* webpackIgnore: true */ pathToFileURL(path.resolve(cwd, file)).href)) as Record<string, unknown>;
  } catch (err) {
    throw new InputFileError(shown, `importing the pipeline module failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  let candidate = mod.default ?? mod.pipeline;
  try {
    if (typeof candidate === 'function') candidate = await (candidate as () => unknown)();
    if (candidate && typeof (candidate as { build?: unknown }).build === 'function') candidate = (candidate as { build(): unknown }).build();
  } catch (err) {
    // The SDK's own validation errors carry their issues; anything else the module threw is the user's code.
    if (err instanceof ValidationError) throw err;
    throw new InputFileError(shown, `building the pipeline failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const ir = candidate as Pipeline | undefined;
  if (!ir || typeof ir !== 'object' || !ir.dag) {
    throw new InputFileError(shown, "the module must export a Pipeline (or a function returning one) as 'default' or 'pipeline'");
  }
  return { ...ir, execution_mode: 'sdk', file };
}
