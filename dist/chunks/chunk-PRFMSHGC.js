import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  parseNodeCommand
} from "./chunk-Q2N676W5.js";
import {
  failure,
  success
} from "./chunk-WGGJEKU5.js";
import {
  makeParameter
} from "./chunk-TP2P7VTN.js";
import {
  isWithheld
} from "./chunk-G3NGTGKO.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/tasks/node.ts
import { AsyncLocalStorage } from "node:async_hooks";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatWithOptions } from "node:util";
import { deserialize, serialize } from "node:v8";
var outputStore = new AsyncLocalStorage();
var consolePatched = false;
var taskSecrets = new AsyncLocalStorage();
var envGuarded = false;
function guardProcessEnv() {
  if (envGuarded) return;
  envGuarded = true;
  const hidden = /* @__PURE__ */ __name((key) => {
    const allowed = taskSecrets.getStore();
    return allowed !== void 0 && typeof key === "string" && isWithheld(key, allowed);
  }, "hidden");
  process.env = new Proxy(process.env, {
    get: /* @__PURE__ */ __name((t, k) => hidden(k) ? void 0 : Reflect.get(t, k), "get"),
    has: /* @__PURE__ */ __name((t, k) => hidden(k) ? false : Reflect.has(t, k), "has"),
    ownKeys: /* @__PURE__ */ __name((t) => Reflect.ownKeys(t).filter((k) => !hidden(k)), "ownKeys"),
    getOwnPropertyDescriptor: /* @__PURE__ */ __name((t, k) => hidden(k) ? void 0 : Reflect.getOwnPropertyDescriptor(t, k), "getOwnPropertyDescriptor")
  });
}
__name(guardProcessEnv, "guardProcessEnv");
function patchConsole() {
  if (consolePatched) return;
  consolePatched = true;
  const routes = [
    ["log", "stdout"],
    ["info", "stdout"],
    ["debug", "stdout"],
    ["error", "stderr"],
    ["warn", "stderr"],
    ["trace", "stderr"]
  ];
  const target = console;
  for (const [method, stream] of routes) {
    const original = target[method];
    if (typeof original !== "function") continue;
    const bound = original.bind(console);
    target[method] = /* @__PURE__ */ __name(function routedConsole(...args) {
      const sink = outputStore.getStore();
      if (sink === void 0) {
        bound(...args);
        return;
      }
      let text = formatWithOptions({ colors: false }, ...args);
      if (method === "trace") {
        const stack = new Error().stack?.split("\n").slice(2).join("\n") ?? "";
        text = `Trace${text ? ": " + text : ""}
${stack}`;
      }
      sink.write(stream, text + "\n");
    }, "routedConsole");
  }
}
__name(patchConsole, "patchConsole");
var functionCache = /* @__PURE__ */ new Map();
async function loadFunction(cwd, command) {
  const { modulePath, exportName } = parseNodeCommand(command);
  const file = isAbsolute(modulePath) ? modulePath : resolve(cwd, modulePath);
  const mod = await import(
    /* webpackIgnore: true */
    pathToFileURL(file).href
  );
  let fn = mod[exportName];
  if (fn === void 0 && exportName !== "default" && mod.default && typeof mod.default === "object") {
    fn = mod.default[exportName];
  }
  if (typeof fn !== "function") {
    const have = Object.keys(mod).filter((k) => typeof mod[k] === "function");
    throw new Error(
      `${file} has no exported function '${exportName}'` + (have.length ? ` (exported functions: ${have.join(", ")})` : "")
    );
  }
  return fn;
}
__name(loadFunction, "loadFunction");
function getFunction(cwd, command) {
  const key = cwd + "\0" + command;
  const hit = functionCache.get(key);
  if (hit !== void 0) return hit;
  const p = loadFunction(cwd, command).then(
    (fn) => {
      functionCache.set(key, fn);
      return fn;
    },
    (e) => {
      functionCache.delete(key);
      throw e;
    }
  );
  functionCache.set(key, p);
  return p;
}
__name(getFunction, "getFunction");
function clearNodeFunctionCache() {
  functionCache.clear();
}
__name(clearNodeFunctionCache, "clearNodeFunctionCache");
function describeError(e) {
  if (e instanceof Error) return e.stack && e.stack.includes(e.message) ? e.stack : `${e.name}: ${e.message}
${e.stack ?? ""}`;
  try {
    return `thrown value: ${typeof e === "string" ? e : JSON.stringify(e)}`;
  } catch {
    return `thrown value: ${String(e)}`;
  }
}
__name(describeError, "describeError");
function toJsonValue(name, value) {
  if (value === void 0) return null;
  const t = typeof value;
  if (value === null || t === "string" || t === "boolean") return value;
  if (t === "number") {
    if (!Number.isFinite(value)) throw new Error(`return '${name}' is not JSON-serialisable: ${String(value)}`);
    return value;
  }
  let text;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    throw new Error(`return '${name}' is not JSON-serialisable: ${e.message}`);
  }
  if (text === void 0) throw new Error(`return '${name}' is not JSON-serialisable (${t})`);
  return JSON.parse(text);
}
__name(toJsonValue, "toJsonValue");
var NodeTaskRunner = class {
  static {
    __name(this, "NodeTaskRunner");
  }
  constructor() {
    patchConsole();
  }
  async run(inv) {
    const command = inv.spec.command;
    let fn;
    try {
      const got = getFunction(inv.cwd, command);
      fn = typeof got === "function" ? got : await got;
    } catch (e) {
      return failure(inv, `cannot load the node function ${command}: ${e.message ?? String(e)}`);
    }
    const args = {};
    try {
      for (const name in inv.parameters) {
        const p = inv.parameters[name];
        args[name] = p.kind === "object" ? deserialize(await inv.objects.load(String(p.value))) : p.value;
      }
    } catch (e) {
      return failure(inv, `cannot load an object parameter: ${e.message}`);
    }
    for (const name in inv.iterVariables) args[name] = inv.iterVariables[name];
    if (inv.signal.aborted) return failure(inv, `the node function ${command} was cancelled`);
    const local = new AbortController();
    const ctx = { signal: local.signal, stepName: inv.stepName, attempt: inv.attempt };
    let value;
    const umask = process.umask();
    const cwd = process.cwd();
    try {
      guardProcessEnv();
      const result = taskSecrets.run(new Set(inv.spec.secrets), () => outputStore.run(inv.output, fn, args, ctx));
      value = isThenable(result) ? await this.race(inv, command, result, local) : result;
    } catch (e) {
      if (e instanceof StopSignal) return failure(inv, e.message);
      return failure(inv, `Call to the function ${command} did not succeed.
${describeError(e)}`);
    } finally {
      if (process.umask() !== umask) process.umask(umask);
      if (process.cwd() !== cwd) {
        try {
          process.chdir(cwd);
        } catch {
        }
      }
    }
    const specReturns = inv.spec.returns;
    if (specReturns.length === 0) return success(inv, {});
    let values;
    if (specReturns.length === 1) {
      values = [value];
    } else if (Array.isArray(value)) {
      if (value.length !== specReturns.length) {
        return failure(
          inv,
          `Returns task signature does not match the function returns: ${specReturns.length} returns declared (${specReturns.map((r) => r.name).join(", ")}) but ${command} returned an array of ${value.length}`
        );
      }
      values = value;
    } else if (value !== null && typeof value === "object") {
      const obj = value;
      const missing = specReturns.filter((r) => !(r.name in obj)).map((r) => r.name);
      if (missing.length) {
        return failure(inv, `${command} returned an object without the return${missing.length === 1 ? "" : "s"} ${missing.map((m) => `'${m}'`).join(", ")}`);
      }
      values = specReturns.map((r) => obj[r.name]);
    } else {
      return failure(
        inv,
        `Returns task signature does not match the function returns: ${specReturns.length} returns declared (${specReturns.map((r) => r.name).join(", ")}); return an array or an object with those names`
      );
    }
    const out = {};
    try {
      for (let i = 0; i < specReturns.length; i++) {
        const r = specReturns[i];
        if (r.kind === "object") {
          const key = await inv.objects.save(r.name, serialize(values[i]), ".v8");
          out[r.name] = makeParameter("object", key);
        } else {
          out[r.name] = makeParameter(r.kind, toJsonValue(r.name, values[i]));
        }
      }
    } catch (e) {
      return failure(inv, e.message);
    }
    return success(inv, out);
  }
  /** Awaits the function's promise, unless the invocation is cancelled or its timeout expires first. */
  race(inv, command, result, local) {
    return new Promise((resolvePromise, reject) => {
      let timer;
      const done = /* @__PURE__ */ __name(() => {
        if (timer) clearTimeout(timer);
        inv.signal.removeEventListener("abort", onAbort);
      }, "done");
      const onAbort = /* @__PURE__ */ __name(() => {
        done();
        local.abort(inv.signal.reason);
        reject(new StopSignal(`the node function ${command} was cancelled`));
      }, "onAbort");
      inv.signal.addEventListener("abort", onAbort, { once: true });
      if (inv.timeoutMs !== void 0 && inv.timeoutMs > 0) {
        const ms = inv.timeoutMs;
        timer = setTimeout(() => {
          done();
          local.abort(new Error("timeout"));
          reject(
            new StopSignal(
              `the node function ${command} timed out after ${ms / 1e3}s (it runs in-process: its pending work may continue in the background, and a synchronous loop cannot be interrupted)`
            )
          );
        }, ms);
      }
      result.then(
        (v) => {
          done();
          resolvePromise(v);
        },
        (e) => {
          done();
          reject(e);
        }
      );
    });
  }
};
function isThenable(v) {
  return v !== null && (typeof v === "object" || typeof v === "function") && typeof v.then === "function";
}
__name(isThenable, "isThenable");
var StopSignal = class extends Error {
  static {
    __name(this, "StopSignal");
  }
};

export {
  clearNodeFunctionCache,
  NodeTaskRunner
};
