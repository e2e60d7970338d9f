/**
 * `command_type: node` (ours): call an exported JavaScript function.
 *
 * Command: `path/to/module.js:exportName` (also `.mjs`/`.cjs`, and `#` as the separator); the default
 * export when no name is given. The path is resolved against the invocation's cwd.
 *
 * In-process, by design. The budget is a 10,000-item map of node functions in ≤ 2 s, i.e. ≤ 200 µs per item
 * for everything (context, run log, runner). A process per call costs ~70 ms (`node -e ''`), a worker
 * thread ~25 ms, so both are out by two to three orders of magnitude; even a pool of long-lived workers
 * pays a structured-clone round trip and loses object identity and closures. In-process with a module
 * cache costs a few microseconds per call (measured in test/tasks/node.test.ts). The price is isolation:
 * - a synchronous infinite loop cannot be interrupted (the timeout and the abort signal settle the outcome
 *   as failed, but the function keeps running and blocks the event loop until it returns);
 * - a function that mutates globals or `process.env` affects the runner (the environment of the
 *   invocation is *not* applied to `process.env`: concurrent calls would race);
 * - `process.stdout.write` from the function goes to the runner's stdout unrouted; `console.*` is routed.
 * Users who need isolation run the same code as a shell task (`node script.js`).
 *
 * Calling convention: `fn({...parameters, ...iterationVariables}, { signal, stepName, attempt })`, awaited.
 * Object parameters are `v8.deserialize`d. Returns: with one return name, the value itself; with several,
 * an array (positional) or an object carrying those names. Object returns are `v8.serialize`d and saved
 * with the extension `.v8`.
 *
 * Console routing: `console.log/info/debug` (stdout) and `console.error/warn/trace` (stderr) are patched once
 * and routed through AsyncLocalStorage to the OutputSink of the invocation that is running, even when
 * several run concurrently; outside a node task they behave as before.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { isWithheld } from './env.js';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatWithOptions } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { makeParameter } from '../runlog/model.js';
import type { Parameter } from '../runlog/model.js';
import { failure, success } from './common.js';
import type { OutputSink, TaskInvocation, TaskOutcome, TaskRunner } from './task.js';

/** The second argument every node task function receives. */
export interface NodeTaskContext {
  /** Aborted on cancellation or timeout: long-running functions should stop when it fires. */
  signal: AbortSignal;
  stepName: string;
  attempt: number;
}

type TaskFunction = (args: Record<string, unknown>, ctx: NodeTaskContext) => unknown;

import { parseNodeCommand } from './node-command.js';
export { parseNodeCommand };

// ---------------------------------------------------------------------------------------------------------
// Console routing

const outputStore = new AsyncLocalStorage<OutputSink>();
let consolePatched = false;

// ---------------------------------------------------------------------------------------------------------
// Environment hygiene: node functions run in our process, so they could read our process.env, which in the
// Action holds the runtime and OIDC tokens. process.env becomes a view that, inside a node task's async
// context, hides what scrubEnvironment keeps from step processes (children it spawns inherit the same
// view); everywhere else (the toolkit, our own code) it is the real environment.

/** The secret names the running node task was given; undefined outside node tasks. */
const taskSecrets = new AsyncLocalStorage<ReadonlySet<string>>();
let envGuarded = false;

function guardProcessEnv(): void {
  if (envGuarded) return;
  envGuarded = true;
  const hidden = (key: string | symbol): boolean => {
    const allowed = taskSecrets.getStore();
    return allowed !== undefined && typeof key === 'string' && isWithheld(key, allowed);
  };
  process.env = new Proxy(process.env, {
    get: (t, k) => (hidden(k) ? undefined : Reflect.get(t, k)),
    has: (t, k) => (hidden(k) ? false : Reflect.has(t, k)),
    ownKeys: (t) => Reflect.ownKeys(t).filter((k) => !hidden(k)),
    getOwnPropertyDescriptor: (t, k) => (hidden(k) ? undefined : Reflect.getOwnPropertyDescriptor(t, k)),
  });
}

function patchConsole(): void {
  if (consolePatched) return;
  consolePatched = true;
  const routes: Array<[keyof Console, 'stdout' | 'stderr']> = [
    ['log', 'stdout'],
    ['info', 'stdout'],
    ['debug', 'stdout'],
    ['error', 'stderr'],
    ['warn', 'stderr'],
    ['trace', 'stderr'],
  ];
  const target = console as unknown as Record<string, (...args: unknown[]) => void>;
  for (const [method, stream] of routes) {
    const original = target[method as string];
    if (typeof original !== 'function') continue;
    const bound = original.bind(console);
    target[method as string] = function routedConsole(...args: unknown[]): void {
      const sink = outputStore.getStore();
      if (sink === undefined) {
        bound(...args);
        return;
      }
      let text = formatWithOptions({ colors: false }, ...args);
      if (method === 'trace') {
        const stack = new Error().stack?.split('\n').slice(2).join('\n') ?? '';
        text = `Trace${text ? ': ' + text : ''}\n${stack}`;
      }
      sink.write(stream, text + '\n');
    };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Module cache

const functionCache = new Map<string, TaskFunction | Promise<TaskFunction>>();

async function loadFunction(cwd: string, command: string): Promise<TaskFunction> {
  const { modulePath, exportName } = parseNodeCommand(command);
  const file = isAbsolute(modulePath) ? modulePath : resolve(cwd, modulePath);
  const mod = (await import(/* webpackIgnore: true */ pathToFileURL(file).href)) as Record<string, unknown>;
  let fn = mod[exportName];
  // A CommonJS module's exports arrive as `default`.
  if (fn === undefined && exportName !== 'default' && mod.default && typeof mod.default === 'object') {
    fn = (mod.default as Record<string, unknown>)[exportName];
  }
  if (typeof fn !== 'function') {
    const have = Object.keys(mod).filter((k) => typeof mod[k] === 'function');
    throw new Error(
      `${file} has no exported function '${exportName}'` + (have.length ? ` (exported functions: ${have.join(', ')})` : ''),
    );
  }
  return fn as TaskFunction;
}

/** The function for a command, loaded once per (cwd, command). */
function getFunction(cwd: string, command: string): TaskFunction | Promise<TaskFunction> {
  const key = cwd + '\0' + command;
  const hit = functionCache.get(key);
  if (hit !== undefined) return hit;
  const p = loadFunction(cwd, command).then(
    (fn) => {
      functionCache.set(key, fn); // later calls skip the promise
      return fn;
    },
    (e: unknown) => {
      functionCache.delete(key);
      throw e;
    },
  );
  functionCache.set(key, p);
  return p;
}

/** Forgets loaded modules' functions (Node's own ESM cache still holds the modules). */
export function clearNodeFunctionCache(): void {
  functionCache.clear();
}

// ---------------------------------------------------------------------------------------------------------

function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack && e.stack.includes(e.message) ? e.stack : `${e.name}: ${e.message}\n${e.stack ?? ''}`;
  try {
    return `thrown value: ${typeof e === 'string' ? e : JSON.stringify(e)}`;
  } catch {
    return `thrown value: ${String(e)}`;
  }
}

function toJsonValue(name: string, value: unknown): unknown {
  if (value === undefined) return null;
  const t = typeof value;
  if (value === null || t === 'string' || t === 'boolean') return value;
  if (t === 'number') {
    if (!Number.isFinite(value as number)) throw new Error(`return '${name}' is not JSON-serialisable: ${String(value)}`);
    return value;
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    throw new Error(`return '${name}' is not JSON-serialisable: ${(e as Error).message}`);
  }
  if (text === undefined) throw new Error(`return '${name}' is not JSON-serialisable (${t})`);
  return JSON.parse(text);
}

export class NodeTaskRunner implements TaskRunner {
  constructor() {
    patchConsole();
  }

  async run(inv: TaskInvocation): Promise<TaskOutcome> {
    const command = inv.spec.command;
    let fn: TaskFunction;
    try {
      const got = getFunction(inv.cwd, command);
      fn = typeof got === 'function' ? got : await got;
    } catch (e) {
      return failure(inv, `cannot load the node function ${command}: ${(e as Error).message ?? String(e)}`);
    }

    // Arguments: parameters by name (objects deserialised), then iteration variables.
    const args: Record<string, unknown> = {};
    try {
      for (const name in inv.parameters) {
        const p = inv.parameters[name]!;
        args[name] = p.kind === 'object' ? deserialize(await inv.objects.load(String(p.value))) : p.value;
      }
    } catch (e) {
      return failure(inv, `cannot load an object parameter: ${(e as Error).message}`);
    }
    for (const name in inv.iterVariables) args[name] = inv.iterVariables[name];

    if (inv.signal.aborted) return failure(inv, `the node function ${command} was cancelled`);
    // The function's own signal: aborted by cancellation or the timeout.
    const local = new AbortController();
    const ctx: NodeTaskContext = { signal: local.signal, stepName: inv.stepName, attempt: inv.attempt };

    let value: unknown;
    // The process-wide state a function can change for everyone after it — the file mode mask and the working
    // directory — is put back when it settles, so it cannot leak into later steps (their files, their paths).
    const umask = process.umask();
    const cwd = process.cwd();
    try {
      guardProcessEnv();
      const result = taskSecrets.run(new Set(inv.spec.secrets), () => outputStore.run(inv.output, fn, args, ctx));
      // Synchronous functions return here; only promises need the timeout / cancellation race.
      value = isThenable(result) ? await this.race(inv, command, result, local) : result;
    } catch (e) {
      if (e instanceof StopSignal) return failure(inv, e.message);
      return failure(inv, `Call to the function ${command} did not succeed.\n${describeError(e)}`);
    } finally {
      if (process.umask() !== umask) process.umask(umask);
      if (process.cwd() !== cwd) {
        try {
          process.chdir(cwd);
        } catch {
          // the folder is gone: nothing to restore to
        }
      }
    }

    const specReturns = inv.spec.returns;
    if (specReturns.length === 0) return success(inv, {});
    let values: unknown[];
    if (specReturns.length === 1) {
      values = [value];
    } else if (Array.isArray(value)) {
      if (value.length !== specReturns.length) {
        return failure(
          inv,
          `Returns task signature does not match the function returns: ${specReturns.length} returns declared (${specReturns.map((r) => r.name).join(', ')}) but ${command} returned an array of ${value.length}`,
        );
      }
      values = value;
    } else if (value !== null && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const missing = specReturns.filter((r) => !(r.name in obj)).map((r) => r.name);
      if (missing.length) {
        return failure(inv, `${command} returned an object without the return${missing.length === 1 ? '' : 's'} ${missing.map((m) => `'${m}'`).join(', ')}`);
      }
      values = specReturns.map((r) => obj[r.name]);
    } else {
      return failure(
        inv,
        `Returns task signature does not match the function returns: ${specReturns.length} returns declared (${specReturns.map((r) => r.name).join(', ')}); return an array or an object with those names`,
      );
    }

    const out: Record<string, Parameter> = {};
    try {
      for (let i = 0; i < specReturns.length; i++) {
        const r = specReturns[i]!;
        if (r.kind === 'object') {
          const key = await inv.objects.save(r.name, serialize(values[i]), '.v8');
          out[r.name] = makeParameter('object', key);
        } else {
          out[r.name] = makeParameter(r.kind, toJsonValue(r.name, values[i]));
        }
      }
    } catch (e) {
      return failure(inv, (e as Error).message);
    }
    return success(inv, out);
  }

  /** Awaits the function's promise, unless the invocation is cancelled or its timeout expires first. */
  private race(inv: TaskInvocation, command: string, result: PromiseLike<unknown>, local: AbortController): Promise<unknown> {
    return new Promise<unknown>((resolvePromise, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (): void => {
        if (timer) clearTimeout(timer);
        inv.signal.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        done();
        local.abort(inv.signal.reason);
        reject(new StopSignal(`the node function ${command} was cancelled`));
      };
      inv.signal.addEventListener('abort', onAbort, { once: true });
      if (inv.timeoutMs !== undefined && inv.timeoutMs > 0) {
        const ms = inv.timeoutMs;
        timer = setTimeout(() => {
          done();
          local.abort(new Error('timeout'));
          reject(
            new StopSignal(
              `the node function ${command} timed out after ${ms / 1000}s (it runs in-process: its pending work may ` +
                'continue in the background, and a synchronous loop cannot be interrupted)',
            ),
          );
        }, ms);
      }
      result.then(
        (v) => {
          done();
          resolvePromise(v);
        },
        (e: unknown) => {
          done();
          reject(e);
        },
      );
    });
  }
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof (v as PromiseLike<unknown>).then === 'function';
}

class StopSignal extends Error {}
