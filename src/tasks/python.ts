/**
 * `command_type: python` and `async-python` (semantics §4.1, §4.2, §4.6, §19 j), and map reducers.
 *
 * The Python side is python/runnable_shim.py: it imports `module.function` with the cwd on sys.path, binds
 * parameters by name (defaults, casts to annotations, pydantic models when the annotation is one, `**kwargs` /
 * `argparse.Namespace` for the rest, iteration variables by name), calls it (awaiting coroutines, draining
 * async generators), and writes the result to a private JSON file (never mixed with the user's stdout). A
 * failure carries the full traceback.
 *
 * Python calls run in a child forked from a warm worker of their interpreter (python-warm.ts: the module is
 * imported once per run); probes, reducers and notebooks, and every call when warm workers are off or cannot
 * take it, run in an interpreter started for them.
 *
 * Interpreter: `RUNNABLE_PYTHON` from the invocation's environment, else `python3` on its PATH.
 *
 * Decisions (measured, see test/tasks/python.test.ts):
 * - The shim is written once per process to the private temp dir and imported as a module by a one-line
 *   `-c` launcher, so its bytecode is cached after the first call (python-shim.ts).
 * - pyenv shims (`~/.pyenv/shims/python3`, a bash script that re-executes through `pyenv exec`) cost
 *   ~50 ms per call. When the interpreter is such a shim, the real executable and the environment changes
 *   `pyenv exec` makes (PATH...) are resolved once per (interpreter, cwd, PATH, PYENV_VERSION) and reused:
 *   the same interpreter runs with the same environment, ~2.5x faster.
 */
import { accessSync, constants as fsConstants, readFileSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { TaskError } from '../errors.js';
import { parseJsonExact } from '../runlog/exact-json.js';
import { makeParameter } from '../runlog/model.js';
import type { Parameter } from '../runlog/model.js';
import { failure, privateTempDir, success, tempPath } from './common.js';
import { spawnProcess } from './process.js';
import type { ProcessOutput } from './process.js';
import { pythonModules } from './python-shim.js';
import { closePythonWorkers, runWarm, warmEnabled } from './python-warm.js';
import type { OutputSink, TaskInvocation, TaskOutcome, TaskRunner } from './task.js';

/** What a shim run needs besides its request. */
export interface PythonProcessOptions {
  cwd: string;
  env: Record<string, string>;
  output?: OutputSink;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** How messages name the process. */
  label?: string;
}

/** The shim's result file. */
export interface ShimResult {
  ok: boolean;
  error?: string;
  traceback?: string | null;
  returns?: Record<string, { kind: 'json' | 'metric' | 'object'; value?: unknown; file?: string }>;
  value?: unknown;
  [key: string]: unknown;
}

let shimArgs: string[] | undefined;

/**
 * The interpreter arguments that run the shim for one request: `-c <launcher>` importing it as a module from
 * the private dir (python-shim.ts), so CPython caches its bytecode after the first call.
 */
export function pythonShimArgs(): string[] {
  if (shimArgs === undefined) {
    const { dir, shim } = pythonModules();
    const launcher =
      `import sys; sys.path.insert(0, ${JSON.stringify(dir)}); import ${shim} as m; del sys.path[0]; ` +
      `sys.modules.pop(${JSON.stringify(shim)}, None); m._main()`;
    shimArgs = ['-c', launcher];
  }
  return shimArgs;
}

/** The interpreter the invocation asks for: `RUNNABLE_PYTHON`, else `python3`. */
export function pythonInterpreter(env: Record<string, string | undefined>): string {
  const p = env.RUNNABLE_PYTHON;
  return p && p.trim() !== '' ? p.trim() : 'python3';
}

// ---------------------------------------------------------------------------------------------------------
// pyenv shim resolution

interface Resolved {
  file: string;
  envDelta: Record<string, string>;
}
const resolvedCache = new Map<string, Promise<Resolved>>();
const shimFileCache = new Map<string, boolean>();

const whichCache = new Map<string, string | undefined>();

/** The file `cmd` resolves to through PATH (cached per cmd, cwd and PATH). */
function whichSync(cmd: string, env: Record<string, string>, cwd: string): string | undefined {
  if (cmd.includes('/')) return isAbsolute(cmd) ? cmd : join(cwd, cmd);
  const key = cmd + '\0' + cwd + '\0' + (env.PATH ?? '');
  if (whichCache.has(key)) return whichCache.get(key);
  let found: string | undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const p = join(dir || cwd, cmd);
    try {
      accessSync(p, fsConstants.X_OK);
      if (!statSync(p).isFile()) continue;
      found = p;
      break;
    } catch {
      // next
    }
  }
  whichCache.set(key, found);
  return found;
}

function isPyenvShim(path: string): boolean {
  let v = shimFileCache.get(path);
  if (v === undefined) {
    v = false;
    if (/[/\\]shims[/\\][^/\\]+$/.test(path)) {
      try {
        const head = readFileSync(path, 'utf8').slice(0, 2000);
        v = head.startsWith('#!') && head.includes('pyenv') && head.includes('exec');
      } catch {
        v = false;
      }
    }
    shimFileCache.set(path, v);
  }
  return v;
}

/**
 * The executable to spawn and the environment changes to apply: the interpreter itself, except for a pyenv
 * shim, which is resolved once (see the module comment).
 */
async function resolveInterpreter(interpreter: string, env: Record<string, string>, cwd: string): Promise<Resolved> {
  const found = whichSync(interpreter, env, cwd);
  if (!found || !isPyenvShim(found)) return { file: interpreter, envDelta: {} };
  const key = JSON.stringify([found, cwd, env.PATH ?? '', env.PYENV_VERSION ?? '', env.PYENV_ROOT ?? '']);
  let p = resolvedCache.get(key);
  if (!p) {
    p = (async (): Promise<Resolved> => {
      const res = await runShimRaw(interpreter, { mode: 'probe', environ: true }, { cwd, env });
      if (!res.ok || typeof res.executable !== 'string' || !res.executable) return { file: interpreter, envDelta: {} };
      const environ = (res.environ ?? {}) as Record<string, string>;
      const envDelta: Record<string, string> = {};
      for (const [k, v] of Object.entries(environ)) {
        if (k === '_' || k === 'OLDPWD' || k === 'SHLVL' || k === 'PWD') continue;
        if (env[k] !== v) envDelta[k] = v;
      }
      return { file: res.executable, envDelta };
    })();
    resolvedCache.set(key, p);
    // A failed probe is not cached.
    p.then(
      (r) => {
        if (r.file === interpreter) resolvedCache.delete(key);
      },
      () => resolvedCache.delete(key),
    );
  }
  return p;
}

// ---------------------------------------------------------------------------------------------------------
// Running the shim

interface RawRun extends ShimResult {
  /** Set when the result file could not be read; the process result explains why. */
  process?: ProcessOutput;
}

/** Runs the shim once with `request` using exactly this interpreter (no resolution). */
async function runShimRaw(file: string, request: Record<string, unknown>, opts: PythonProcessOptions): Promise<RawRun> {
  const resultPath = tempPath('.result.json');
  const reqPath = resultPath.replace(/\.result\.json$/, '.req.json');
  await writeFile(reqPath, JSON.stringify({ ...request, result: resultPath, out_dir: privateTempDir(), cwd: opts.cwd }));
  const proc = await spawnProcess({
    file,
    args: [...pythonShimArgs(), reqPath],
    label: opts.label ?? file,
    cwd: opts.cwd,
    env: opts.env,
    output: opts.output,
    signal: opts.signal,
    timeoutMs: opts.timeoutMs,
  });
  void rm(reqPath, { force: true }).catch(() => {});
  return readResult(resultPath, proc, opts.label ?? file);
}

/** Runs the shim's `request` in a warm worker of this interpreter; undefined when it must run cold. */
async function runShimWarm(file: string, request: Record<string, unknown>, opts: PythonProcessOptions & WarmTaskOptions): Promise<RawRun | undefined> {
  const resultPath = tempPath('.result.json');
  const label = opts.label ?? file;
  const proc = await runWarm(
    { ...request, result: resultPath, out_dir: privateTempDir(), cwd: opts.cwd },
    { file, cwd: opts.cwd, env: opts.env, secrets: opts.secrets, preload: opts.preload, output: opts.output, signal: opts.signal, timeoutMs: opts.timeoutMs, label },
  );
  if (proc === 'cold') {
    void rm(resultPath, { force: true }).catch(() => {});
    return undefined;
  }
  return readResult(resultPath, proc, label);
}

/** The shim's result file next to how its process ended. */
async function readResult(resultPath: string, proc: ProcessOutput, label: string): Promise<RawRun> {
  let result: ShimResult | undefined;
  try {
    result = parseJsonExact(await readFile(resultPath, 'utf8')) as ShimResult;
  } catch {
    result = undefined;
  }
  void rm(resultPath, { force: true }).catch(() => {});
  if (!result) {
    return { ok: false, error: proc.ok ? `${label} exited without a result` : proc.message, process: proc };
  }
  if (!proc.ok) {
    // The result was written, but the process then failed (killed after returning, os._exit(1) in atexit...).
    return { ...result, ok: false, error: result.ok ? proc.message : result.error, process: proc };
  }
  return { ...result, process: proc };
}

/** A request a warm worker may run (python-warm.ts): python calls. */
export interface WarmTaskOptions {
  /** Import the called function's module in the worker's parent first. */
  preload: boolean;
  /** The step's secret names, kept out of the parent's own environment. */
  secrets?: readonly string[];
}

/**
 * Runs the shim with the configured interpreter (pyenv shims resolved): in a warm worker when `warm` is given
 * and the environment allows it (RUNNABLE_PYTHON_WARM), else in an interpreter of its own.
 */
export async function runShim(request: Record<string, unknown>, opts: PythonProcessOptions, warm?: WarmTaskOptions): Promise<RawRun> {
  const interpreter = pythonInterpreter(opts.env);
  const resolved = await resolveInterpreter(interpreter, opts.env, opts.cwd);
  const env = Object.keys(resolved.envDelta).length ? { ...opts.env, ...resolved.envDelta } : opts.env;
  const o = { ...opts, env, label: opts.label ?? interpreter };
  const run = (warm && warmEnabled(env) ? await runShimWarm(resolved.file, request, { ...o, ...warm }) : undefined) ?? (await runShimRaw(resolved.file, request, o));
  if (run.process?.spawnError?.code === 'ENOENT') {
    run.error = `cannot start the Python interpreter '${interpreter}': not found (ENOENT); install Python 3 or set RUNNABLE_PYTHON to its path`;
  }
  return run;
}

/** Composes an outcome message from the shim's error and traceback. */
function shimMessage(run: ShimResult): string {
  const err = run.error ?? 'the Python task failed';
  return run.traceback ? `${err}\n${run.traceback.trimEnd()}` : err;
}

/** Turns the shim's returns into parameters, saving object returns through the invocation's object store. */
export async function shimReturnsToParameters(
  inv: TaskInvocation,
  returns: NonNullable<ShimResult['returns']>,
): Promise<Record<string, Parameter>> {
  const out: Record<string, Parameter> = {};
  for (const r of inv.spec.returns) {
    const got = returns[r.name];
    if (!got) continue;
    if (got.kind === 'object') {
      const bytes = await readFile(got.file!);
      void rm(got.file!, { force: true }).catch(() => {});
      const key = await inv.objects.save(r.name, bytes, '.pickle');
      out[r.name] = makeParameter('object', key);
    } else {
      out[r.name] = makeParameter(r.kind, got.value);
    }
  }
  return out;
}

/** Loads object parameters to pickle files the shim un-pickles. */
async function objectFiles(inv: TaskInvocation): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const [name, p] of Object.entries(inv.parameters)) {
    if (p.kind !== 'object' || name in inv.iterVariables) continue;
    const bytes = await inv.objects.load(String(p.value));
    const file = tempPath('.in.pickle');
    await writeFile(file, bytes);
    files[name] = file;
  }
  return files;
}

export class PythonTaskRunner implements TaskRunner {
  async run(inv: TaskInvocation): Promise<TaskOutcome> {
    const isAsync = inv.spec.command_type === 'async-python';
    const values: Record<string, unknown> = {};
    for (const [name, p] of Object.entries(inv.parameters)) if (p.kind !== 'object') values[name] = p.value;
    let objects: Record<string, string>;
    try {
      objects = await objectFiles(inv);
    } catch (e) {
      return failure(inv, `cannot load an object parameter: ${(e as Error).message}`);
    }
    try {
      const run = await runShim(
        {
          mode: 'call',
          command: inv.spec.command,
          async: isAsync,
          stream_end_type: inv.spec.stream_end_type ?? 'done',
          params: values,
          objects,
          iter: inv.iterVariables,
          returns: inv.spec.returns,
        },
        { cwd: inv.cwd, env: inv.env, output: inv.output, signal: inv.signal, timeoutMs: inv.timeoutMs, label: `python ${inv.spec.command}` },
        { preload: true, secrets: (inv.spec as { secrets?: readonly string[] }).secrets },
      );
      const status = run.process?.status ?? null;
      if (!run.ok) return failure(inv, shimMessage(run), status);
      try {
        return success(inv, await shimReturnsToParameters(inv, run.returns ?? {}), status);
      } catch (e) {
        return failure(inv, `cannot store a return of ${inv.spec.command}: ${(e as Error).message}`, status);
      }
    } finally {
      for (const f of Object.values(objects)) void rm(f, { force: true }).catch(() => {});
    }
  }
}

export interface ReducerOptions {
  cwd: string;
  env: Record<string, string>;
  output?: OutputSink;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Applies a map reducer — Python lambda source (`lambda *x: max(x)`) or a dotted path — to the collected
 * values, in python3 (never in this process). Resolves the JSON result; throws TaskError with the traceback.
 */
export async function runPythonReducer(reducer: string, values: unknown[], opts: ReducerOptions): Promise<unknown> {
  const run = await runShim({ mode: 'reduce', reducer, values }, { ...opts, label: 'python reducer' });
  if (!run.ok) throw new TaskError(shimMessage(run));
  return run.value;
}

export interface PythonProbe {
  executable: string;
  version: string;
  /** Notebook engines importable by this interpreter, in preference order. */
  engines: Array<'papermill' | 'ploomber-engine' | 'nbclient'>;
}

const probeCache = new Map<string, Promise<PythonProbe | { error: string }>>();

/** What the configured interpreter offers (cached per interpreter, cwd and PATH). */
export function probePython(opts: { cwd: string; env: Record<string, string> }): Promise<PythonProbe | { error: string }> {
  const key = JSON.stringify([pythonInterpreter(opts.env), opts.cwd, opts.env.PATH ?? '', opts.env.PYTHONPATH ?? '', opts.env.VIRTUAL_ENV ?? '']);
  let p = probeCache.get(key);
  if (!p) {
    p = runShim({ mode: 'probe' }, { ...opts, label: 'python probe' }).then((r) =>
      r.ok ? { executable: String(r.executable), version: String(r.version), engines: (r.engines ?? []) as PythonProbe['engines'] } : { error: shimMessage(r) },
    );
    probeCache.set(key, p);
  }
  return p;
}

/** Forgets cached probes (tests; after installing packages). */
export function clearPythonCaches(): void {
  probeCache.clear();
  resolvedCache.clear();
  whichCache.clear();
  shimFileCache.clear();
  closePythonWorkers();
}
