import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  cacheNote,
  outcomeOf
} from "./chunk-NCMUKSZX.js";
import {
  buildPodArgv,
  encodeStepArg
} from "./chunk-T3J5SJV2.js";
import {
  mapConcurrent
} from "./chunk-YLHJLUSK.js";
import {
  catalogFileName
} from "./chunk-EPXUYT3G.js";
import {
  runPythonReducer,
  spawnProcess
} from "./chunk-NJV4ZWKU.js";
import {
  stepCacheKey
} from "./chunk-5CCZJHFH.js";
import {
  scrubEnvironment,
  shellStepEnvironment
} from "./chunk-Q2N676W5.js";
import {
  isPythonSdkScript,
  pythonPackagePath
} from "./chunk-O2GLSY5X.js";
import {
  decodeTextValue,
  failure,
  maskOutcomeSecrets,
  success,
  tempPath
} from "./chunk-WGGJEKU5.js";
import {
  Masker,
  maskText,
  secretForms
} from "./chunk-ZJUNEOJQ.js";
import {
  makeParameter,
  newStepRecord,
  nowIso
} from "./chunk-TP2P7VTN.js";
import {
  LOOP_PLACEHOLDER,
  MAP_PLACEHOLDER
} from "./chunk-B5INYTOD.js";
import {
  isUnsettled,
  runLogOf
} from "./chunk-Y6JNVOVH.js";
import {
  isExactNumber
} from "./chunk-DRL3O62E.js";
import {
  InternalError,
  RunnableError,
  UsageError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/engine/finalize.ts
async function failWhere(ctx, steps, parentBranch, rule) {
  let any = false;
  for (const step of Object.values(steps)) {
    let below = false;
    for (const branch of Object.values(step.branches)) {
      const inside = await failWhere(ctx, branch.steps, branch.internal_name, rule);
      if (!rule.branch(branch, inside)) continue;
      below = true;
      await ctx.store.putBranch(ctx.runId, { internal_name: branch.internal_name, status: "FAIL", parameters: branch.parameters }, step.internal_name);
    }
    const { branches: _b, ...record } = step;
    const failed = rule.step(record, below);
    if (!failed) continue;
    any = true;
    await ctx.store.putStep(ctx.runId, { ...failed, status: "FAIL" }, parentBranch);
  }
  return any;
}
__name(failWhere, "failWhere");
var sweepRule = /* @__PURE__ */ __name((reason) => ({
  step: /* @__PURE__ */ __name((s) => isUnsettled(s.status) ? { ...s, message: reason } : void 0, "step"),
  branch: /* @__PURE__ */ __name((b) => isUnsettled(b.status), "branch")
}), "sweepRule");
async function failUnsettled(ctx, reason, within) {
  const rule = sweepRule(reason);
  if (!within) return failWhere(ctx, (await ctx.store.getRunLog(ctx.runId)).steps, "", rule);
  let any = false;
  for (const branch of Object.values(within.branches)) {
    any = await failWhere(ctx, branch.steps, branch.internal_name, rule) || any;
    if (!isUnsettled(branch.status)) continue;
    any = true;
    await ctx.store.putBranch(ctx.runId, { internal_name: branch.internal_name, status: "FAIL", parameters: branch.parameters }, within.internal_name);
  }
  return any;
}
__name(failUnsettled, "failUnsettled");
var unstoredRule = /* @__PURE__ */ __name((lost, reason) => ({
  step(s, below) {
    if (!lost.has(s.internal_name)) return below ? { ...s, message: "a step inside could not store its catalog files" } : void 0;
    const last = s.attempts.at(-1);
    return { ...s, message: reason, attempts: last ? [...s.attempts.slice(0, -1), { ...last, status: "FAIL", message: reason }] : s.attempts };
  },
  branch: /* @__PURE__ */ __name((_b, below) => below, "branch")
}), "unstoredRule");
async function finalizeRun(ctx, traversalStatus, interrupted) {
  try {
    return await settle(ctx, traversalStatus, interrupted);
  } finally {
    if (interrupted || !ctx.store.finishRun) await ctx.store.releaseRun?.(ctx.runId);
    else await ctx.store.finishRun(ctx.runId);
  }
}
__name(finalizeRun, "finalizeRun");
async function settle(ctx, traversalStatus, interrupted) {
  if (interrupted) {
    await ctx.store.failRun(ctx.runId, interrupted);
  } else {
    await ctx.store.updateRunHeader(ctx.runId, (h) => {
      if (h.status === "PROCESSING" || h.status === "CREATED") return { ...h, status: traversalStatus };
      return h;
    });
  }
  const [flushed] = await Promise.allSettled([ctx.catalog.flush()]);
  const lost = new Set(ctx.catalog.unstored?.(ctx.runId) ?? []);
  if (lost.size) {
    const err = flushed?.status === "rejected" ? flushed.reason : void 0;
    const why = err?.service ? ` (${String(err.service)}${err.status ? ` answered ${String(err.status)}` : " failed"}; see the job log)` : "";
    if (await failWhere(ctx, (await ctx.store.getRunLog(ctx.runId)).steps, "", unstoredRule(lost, `catalog put failed: its files could not be stored${why}`))) {
      await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status: "FAIL" }));
    }
  }
  await ctx.store.flush();
  if (ctx.resultRunLog === "header") return runLogOf(await ctx.store.getRunHeader(ctx.runId), {}, await ctx.store.getRunConfig(ctx.runId));
  return ctx.store.getRunLog(ctx.runId);
}
__name(settle, "settle");

// src/pipeline/internal-names.ts
function itemKey(value) {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "null";
}
__name(itemKey, "itemKey");
function decodeStepPath(path2) {
  return path2.replace(/%/g, " ");
}
__name(decodeStepPath, "decodeStepPath");

// src/engine/frames.ts
var ROOT_FRAME = Object.freeze({ branch: "", scopes: [], iter: { map_variable: {}, loop_variable: [] }, vars: {} });
function stepPath(frame, node) {
  return frame.branch ? `${frame.branch}.${node.name}` : node.name;
}
__name(stepPath, "stepPath");
function childFrame(frame, node, stepName, selector) {
  if ("item" in selector && node.type === "map") {
    const branch = `${stepName}.${itemKey(selector.item)}`;
    return {
      branch,
      scopes: [...frame.scopes, branch],
      iter: { map_variable: { ...frame.iter.map_variable, [node.iterate_as]: { value: selector.item } }, loop_variable: frame.iter.loop_variable },
      vars: { ...frame.vars, [node.iterate_as]: selector.item }
    };
  }
  if ("index" in selector && node.type === "loop") {
    const branch = `${stepName}.${selector.index}`;
    return {
      branch,
      scopes: [...frame.scopes, branch],
      iter: { map_variable: frame.iter.map_variable, loop_variable: [...frame.iter.loop_variable, { value: selector.index }] },
      vars: { ...frame.vars, [node.index_as]: selector.index }
    };
  }
  if ("key" in selector) {
    const branch = `${stepName}.${selector.key}`;
    return { branch, scopes: [...frame.scopes, branch], iter: frame.iter, vars: frame.vars };
  }
  throw new Error(`bad branch selector for ${node.type} ${stepName}`);
}
__name(childFrame, "childFrame");
function locate(pipeline, templatePath, iter) {
  const segments = templatePath.split(".");
  let graph = pipeline.dag;
  let frame = ROOT_FRAME;
  let loopDepth = 0;
  for (let i = 0; i < segments.length; i += 2) {
    const node = graph.nodes[segments[i]];
    if (!node) {
      throw new UsageError(`step '${templatePath}': no step '${segments[i]}' in ${graph.internalName || "the pipeline"} (steps: ${Object.keys(graph.nodes).join(", ")})`);
    }
    if (i === segments.length - 1) return { node, graph, frame };
    const key = segments[i + 1];
    const name = stepPath(frame, node);
    switch (node.type) {
      case "map": {
        if (key !== MAP_PLACEHOLDER) throw new UsageError(`step '${templatePath}': a map branch is written '${node.name}.${MAP_PLACEHOLDER}'`);
        const v = iter.map_variable?.[node.iterate_as];
        if (!v) throw new UsageError(`step '${templatePath}': --iter-variable has no map_variable '${node.iterate_as}'`);
        frame = childFrame(frame, node, name, { item: v.value });
        graph = node.branch;
        break;
      }
      case "loop": {
        if (key !== LOOP_PLACEHOLDER) throw new UsageError(`step '${templatePath}': a loop branch is written '${node.name}.${LOOP_PLACEHOLDER}'`);
        const v = iter.loop_variable?.[loopDepth++];
        if (!v || typeof v.value !== "number") throw new UsageError(`step '${templatePath}': --iter-variable has no loop_variable for loop '${node.name}'`);
        frame = childFrame(frame, node, name, { index: v.value });
        graph = node.branch;
        break;
      }
      case "parallel":
      case "conditional": {
        const g = key === "default" && node.type === "conditional" ? node.default : node.branches[key];
        if (!g) throw new UsageError(`step '${templatePath}': '${node.name}' has no branch '${key}'`);
        frame = childFrame(frame, node, name, { key });
        graph = g;
        break;
      }
      default:
        throw new UsageError(`step '${templatePath}': '${node.name}' is a ${node.type} and has no branches`);
    }
  }
  throw new UsageError(`step '${templatePath}' names a branch, not a step`);
}
__name(locate, "locate");

// src/engine/scope.ts
var caches = /* @__PURE__ */ new WeakMap();
function cacheOf(ctx) {
  let c = caches.get(ctx);
  if (!c) caches.set(ctx, c = /* @__PURE__ */ new Map());
  return c;
}
__name(cacheOf, "cacheOf");
async function level(ctx, branch) {
  const cache = cacheOf(ctx);
  const hit = cache.get(branch);
  if (hit) return hit;
  let params;
  if (!branch) params = (await ctx.store.getRunHeader(ctx.runId)).parameters;
  else {
    const b = await ctx.store.getBranch(ctx.runId, branch);
    if (!b) throw new Error(`branch log '${branch}' is missing from run '${ctx.runId}'`);
    params = b.parameters;
  }
  cache.set(branch, params);
  return params;
}
__name(level, "level");
async function readScope(ctx, frame) {
  const root = await level(ctx, "");
  if (frame.scopes.length === 0) return root;
  const merged = { ...root };
  for (const b of frame.scopes) Object.assign(merged, await level(ctx, b));
  return merged;
}
__name(readScope, "readScope");
function readOwn(ctx, branch) {
  return level(ctx, branch);
}
__name(readOwn, "readOwn");
async function writeScope(ctx, branch, values) {
  if (Object.keys(values).length === 0) return;
  const cache = cacheOf(ctx);
  if (!branch) {
    const h = await ctx.store.updateRunHeader(ctx.runId, (h2) => ({ ...h2, parameters: { ...h2.parameters, ...values } }));
    cache.set("", h.parameters);
  } else {
    const b = await ctx.store.updateBranch(ctx.runId, branch, (b2) => ({ ...b2, parameters: { ...b2.parameters, ...values } }));
    cache.set(branch, b.parameters);
  }
}
__name(writeScope, "writeScope");
function forgetScopes(ctx) {
  caches.delete(ctx);
}
__name(forgetScopes, "forgetScopes");
function noteBranchOpened(ctx, branch, parameters) {
  cacheOf(ctx).set(branch, parameters);
}
__name(noteBranchOpened, "noteBranchOpened");
async function setScopeStatus(ctx, branch, status) {
  if (!branch) await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status }));
  else await ctx.store.updateBranch(ctx.runId, branch, (b) => ({ ...b, status }));
}
__name(setScopeStatus, "setScopeStatus");
function sameValue(a, b) {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
__name(sameValue, "sameValue");

// src/engine/execute-single-node.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/tasks/shell.ts
import { readFileSync, unlinkSync } from "node:fs";
var SHELL = "/bin/sh";
function wrapShellScript(script, returnsFile) {
  if (returnsFile === void 0) return script;
  if (/["$`\\\n]/.test(returnsFile)) throw new Error(`unsafe temp path for the shell collector: ${returnsFile}`);
  return `trap '__ra_rc=$?; export -p >"${returnsFile}"; exit $__ra_rc' EXIT
${script}`;
}
__name(wrapShellScript, "wrapShellScript");
var ShellTaskRunner = class {
  static {
    __name(this, "ShellTaskRunner");
  }
  async run(inv) {
    const returns = inv.spec.returns;
    for (const r of returns) {
      if (r.kind === "object") {
        return failure(inv, `shell tasks cannot return objects: return '${r.name}' has kind 'object' (use json or metric)`);
      }
    }
    const returnsFile = returns.length > 0 ? tempPath(".env") : void 0;
    const env = shellStepEnvironment(inv);
    const result = await spawnProcess({
      file: SHELL,
      args: ["-c", wrapShellScript(inv.spec.command, returnsFile)],
      label: "shell command",
      cwd: inv.cwd,
      env,
      output: inv.output,
      timeoutMs: inv.timeoutMs,
      signal: inv.signal
    });
    let exported;
    let readError;
    if (returnsFile !== void 0) {
      try {
        exported = parseExportP(readFileSync(returnsFile, "utf8"));
        unlinkSync(returnsFile);
      } catch (e) {
        const err = e;
        if (err.code !== "ENOENT") readError = err.message;
      }
    }
    if (!result.ok) return failure(inv, result.message, result.status);
    if (returnsFile === void 0) return success(inv, {}, result.status);
    if (readError !== void 0) return failure(inv, `could not read the exported variables of the shell command: ${readError}`, result.status);
    const out = {};
    const missing = [];
    for (const r of returns) {
      const raw = exported?.get(r.name);
      if (raw === void 0) {
        missing.push(r.name);
        continue;
      }
      out[r.name] = makeParameter(r.kind, decodeTextValue(raw));
    }
    if (missing.length > 0) {
      const names = missing.map((n) => `'${n}'`).join(", ");
      let msg = `WARNING: the shell command did not export the return${missing.length === 1 ? "" : "s"} ${names}; ${missing.length === 1 ? "it stays" : "they stay"} unset (set ${missing.length === 1 ? "it" : "them"} with 'export ${missing[0]}=<value>')`;
      if (exported === void 0) {
        msg += " (no variables were collected: a script that sets its own EXIT trap or calls exec replaces the collector)";
      }
      inv.output.write("stderr", msg + "\n");
    }
    return success(inv, out, result.status);
  }
};
function parseExportP(text) {
  const out = /* @__PURE__ */ new Map();
  let i = 0;
  const n = text.length;
  const skipSpaces = /* @__PURE__ */ __name(() => {
    while (i < n && (text[i] === " " || text[i] === "	")) i++;
  }, "skipSpaces");
  while (i < n) {
    while (i < n && (text[i] === "\n" || text[i] === " " || text[i] === "	")) i++;
    if (i >= n) break;
    const kwStart = i;
    while (i < n && text[i] !== " " && text[i] !== "\n") i++;
    const kw = text.slice(kwStart, i);
    if (kw !== "export" && kw !== "declare" && kw !== "typeset") {
      throw new Error(`unexpected 'export -p' output near: ${JSON.stringify(text.slice(kwStart, kwStart + 40))}`);
    }
    skipSpaces();
    while (i < n && text[i] === "-") {
      while (i < n && text[i] !== " " && text[i] !== "\n") i++;
      skipSpaces();
    }
    const nameStart = i;
    while (i < n && text[i] !== "=" && text[i] !== "\n" && text[i] !== " ") i++;
    const name = text.slice(nameStart, i);
    if (i >= n || text[i] !== "=") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    i++;
    let value = "";
    while (i < n) {
      const c = text[i];
      if (c === "\n" || c === " " || c === "	") break;
      if (c === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) throw new Error(`unterminated quote in 'export -p' output for ${name}`);
        value += text.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          if (text[i] === "\\" && i + 1 < n) {
            const d = text[i + 1];
            if (d === "$" || d === "`" || d === '"' || d === "\\") {
              value += d;
              i += 2;
              continue;
            }
            if (d === "\n") {
              i += 2;
              continue;
            }
          }
          value += text[i];
          i++;
        }
        if (i >= n) throw new Error(`unterminated quote in 'export -p' output for ${name}`);
        i++;
      } else if (c === "$" && text[i + 1] === "'") {
        i += 2;
        const r = readAnsiC(text, i);
        value += r.value;
        i = r.end;
      } else if (c === "\\" && i + 1 < n) {
        value += text[i + 1];
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    out.set(name, value);
  }
  return out;
}
__name(parseExportP, "parseExportP");
function readAnsiC(text, start) {
  let i = start;
  const bytes = [];
  const pushStr = /* @__PURE__ */ __name((s) => {
    for (const b of Buffer.from(s, "utf8")) bytes.push(b);
  }, "pushStr");
  const n = text.length;
  while (i < n && text[i] !== "'") {
    const c = text[i];
    if (c !== "\\" || i + 1 >= n) {
      const cp = text.codePointAt(i);
      pushStr(String.fromCodePoint(cp));
      i += cp > 65535 ? 2 : 1;
      continue;
    }
    const d = text[i + 1];
    i += 2;
    switch (d) {
      case "n":
        bytes.push(10);
        break;
      case "t":
        bytes.push(9);
        break;
      case "r":
        bytes.push(13);
        break;
      case "a":
        bytes.push(7);
        break;
      case "b":
        bytes.push(8);
        break;
      case "e":
      case "E":
        bytes.push(27);
        break;
      case "f":
        bytes.push(12);
        break;
      case "v":
        bytes.push(11);
        break;
      case "\\":
        bytes.push(92);
        break;
      case "'":
        bytes.push(39);
        break;
      case '"':
        bytes.push(34);
        break;
      case "?":
        bytes.push(63);
        break;
      case "x": {
        const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i, i + 2));
        if (m) {
          bytes.push(parseInt(m[0], 16));
          i += m[0].length;
        } else pushStr("\\x");
        break;
      }
      case "u":
      case "U": {
        const m = (d === "u" ? /^[0-9a-fA-F]{1,4}/ : /^[0-9a-fA-F]{1,8}/).exec(text.slice(i, i + (d === "u" ? 4 : 8)));
        if (m) {
          pushStr(String.fromCodePoint(parseInt(m[0], 16)));
          i += m[0].length;
        } else pushStr("\\" + d);
        break;
      }
      case "c": {
        const ch = text[i];
        if (ch !== void 0) {
          bytes.push(ch.charCodeAt(0) & 31);
          i++;
        }
        break;
      }
      default: {
        if (d >= "0" && d <= "7") {
          const m = /^[0-7]{1,2}/.exec(text.slice(i, i + 2));
          let digits = d;
          if (m) {
            digits += m[0];
            i += m[0].length;
          }
          bytes.push(parseInt(digits, 8) & 255);
        } else {
          pushStr("\\" + d);
        }
      }
    }
  }
  return { value: Buffer.from(bytes).toString("utf8"), end: i + 1 };
}
__name(readAnsiC, "readAnsiC");

// src/tasks/index.ts
var runners = {};
var MAKE = {
  shell: /* @__PURE__ */ __name(() => new ShellTaskRunner(), "shell"),
  python: /* @__PURE__ */ __name(async () => new (await import("./python-EO7KMQES.js")).PythonTaskRunner(), "python"),
  "async-python": /* @__PURE__ */ __name(async () => new (await import("./python-EO7KMQES.js")).PythonTaskRunner(), "async-python"),
  node: /* @__PURE__ */ __name(async () => new (await import("./node-KLCKYD3K.js")).NodeTaskRunner(), "node"),
  notebook: /* @__PURE__ */ __name(async () => new (await import("./notebook-S4RC6RSP.js")).NotebookTaskRunner(), "notebook")
};
function getTaskRunner(commandType) {
  let r = runners[commandType];
  if (r) return r;
  const make = Object.hasOwn(MAKE, commandType) ? MAKE[commandType] : void 0;
  if (!make) throw new InternalError(`no task runner for command_type '${String(commandType)}'`);
  const made = make();
  if (made instanceof Promise) {
    let loaded;
    const loading = made.then((x) => loaded = x);
    r = { run: /* @__PURE__ */ __name(async (inv) => (loaded ?? await loading).run(inv), "run") };
  } else r = made;
  runners[commandType] = withMaskedMessages(r);
  return runners[commandType];
}
__name(getTaskRunner, "getTaskRunner");
function withMaskedMessages(r) {
  const wrapped = Object.create(r);
  wrapped.run = async (inv) => maskOutcomeSecrets(await r.run(inv), inv);
  return wrapped;
}
__name(withMaskedMessages, "withMaskedMessages");

// src/engine/emulator.ts
import { spawn } from "node:child_process";
function emulates(ctx) {
  return ctx.config.pipelineExecutor.type === "emulator" && !ctx.attach;
}
__name(emulates, "emulates");
function cliPath(env) {
  const fromEnv = env.RUNNABLE_ACTION_CLI;
  if (fromEnv) return fromEnv;
  const self = process.argv[1] ?? "";
  if (/[\\/]cli[\\/]index\.js$/.test(self)) return self;
  throw new UsageError("the emulator executor starts 'runnable execute-single-node' for every step: run it from the runnable CLI, or set RUNNABLE_ACTION_CLI to dist/cli/index.js");
}
__name(cliPath, "cliPath");
function runPod(ctx, argv) {
  return new Promise((resolve, reject) => {
    const env = {};
    for (const [k, v] of Object.entries(ctx.env)) if (v !== void 0) env[k] = v;
    env.RUNNABLE_RUN_ID = ctx.runId;
    const child = spawn(process.execPath, [cliPath(ctx.env), ...argv.slice(1)], { cwd: ctx.cwd, env, stdio: ["ignore", "inherit", "inherit"] });
    const onAbort = /* @__PURE__ */ __name(() => child.kill("SIGTERM"), "onAbort");
    ctx.signal.addEventListener("abort", onAbort, { once: true });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      ctx.signal.removeEventListener("abort", onAbort);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}
__name(runPod, "runPod");
async function emulateLeaf(ctx, node, frame) {
  const name = stepPath(frame, node);
  const existing = ctx.isRetry ? await ctx.store.getStep(ctx.runId, name) : void 0;
  if (existing && (node.type === "task" || node.type === "stub") && existing.attempts.at(-1)?.status === "SUCCESS") {
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: "SUCCESS", message: "", attempt: existing.attempts.length, skipped: "succeeded in an earlier attempt of this run" });
    return "SUCCESS";
  }
  const hasIter = Object.keys(frame.iter.map_variable).length > 0 || frame.iter.loop_variable.length > 0;
  const attempts = node.type === "task" ? Math.max(1, node.max_attempts) : 1;
  let code = 0;
  for (let i = 0; i < attempts && !ctx.signal.aborted; i++) {
    const argv = buildPodArgv({
      verb: "execute-single-node",
      runId: ctx.runId,
      step: encodeStepArg(node.internalName),
      pipelineFile: ctx.pipeline.file ?? "",
      configFile: ctx.config.file,
      logLevel: ctx.logLevel,
      iterVariable: hasIter ? JSON.stringify(frame.iter) : void 0,
      retryIndex: node.type === "task" ? String(i) : void 0,
      tag: ctx.tag || void 0
    });
    argv.push("--no-follow");
    code = await runPod(ctx, argv);
    if (code === 0) break;
  }
  forgetScopes(ctx);
  const record = await ctx.store.getStep(ctx.runId, name);
  const status = record?.status === "SUCCESS" ? "SUCCESS" : "FAIL";
  if (code !== 0 && code !== 1) {
    const why = record?.message || `its process ended with code ${code} without recording a result`;
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status, message: why, attempt: record?.attempts.length ?? 0 });
  }
  return status;
}
__name(emulateLeaf, "emulateLeaf");

// src/engine/output.ts
import fs from "node:fs";
var MAX_LINE = 64 * 1024;
var SPILL_AT = 1024 * 1024;
var OutputCollector = class {
  /** `secrets` is the run's live set of secret values (declared secrets are in it from the start of the run). */
  constructor(step, secrets, reporter) {
    this.step = step;
    this.secrets = secrets;
    this.reporter = reporter;
    this.masker = new Masker(secrets);
  }
  step;
  secrets;
  reporter;
  static {
    __name(this, "OutputCollector");
  }
  parts = [];
  partsBytes = 0;
  spill;
  pending = { stdout: "", stderr: "" };
  /** Whether a stream's last emitted text left a line open (a long line passed on in pieces ends mid-line). */
  open = { stdout: false, stderr: false };
  masker;
  write(stream, chunk) {
    const cut = chunk.lastIndexOf("\n");
    if (cut < 0) {
      const line = this.pending[stream] += chunk;
      if (line.length > MAX_LINE) this.emitLongLine(stream, line);
      return;
    }
    const text = this.pending[stream] + chunk.slice(0, cut + 1);
    this.pending[stream] = chunk.slice(cut + 1);
    this.emit(stream, text);
  }
  /** Flushes partial lines; returns the whole (masked) log (small logs: see finishLog for any size). */
  finish() {
    const log = this.finishLog();
    if (log.file === void 0) return log.text;
    try {
      return fs.readFileSync(log.file, "utf8");
    } finally {
      this.dispose();
    }
  }
  /** Flushes partial lines; the whole (masked) log, in memory or (large) in a temp file: call dispose() after use. */
  finishLog() {
    for (const stream of ["stdout", "stderr"]) {
      if (this.pending[stream] || this.open[stream]) {
        this.emit(stream, this.pending[stream] + "\n");
        this.pending[stream] = "";
      }
    }
    if (!this.spill) return { bytes: this.partsBytes, text: this.parts.join("") };
    this.flushParts();
    fs.closeSync(this.spill.fd);
    this.spill.fd = -1;
    return { bytes: this.spill.bytes, file: this.spill.file };
  }
  /** Removes the temp file of a large log. */
  dispose() {
    if (!this.spill) return;
    if (this.spill.fd >= 0) fs.closeSync(this.spill.fd);
    fs.rmSync(this.spill.file, { force: true });
    this.spill = void 0;
  }
  /** Adds a line of our own (e.g. the failure message) to the execution log. */
  note(line) {
    this.keep(this.masker.mask(line) + "\n");
  }
  emit(stream, text) {
    if (text) this.open[stream] = !text.endsWith("\n");
    const masked = this.masker.mask(text);
    this.keep(masked);
    this.reporter.stepOutput?.({ step: this.step, stream, chunk: masked });
  }
  /**
   * Passes on the head of a line too long to hold, keeping back a tail that may be the start of a secret,
   * and cutting before any secret (in any of its masked forms) that would straddle the cut.
   */
  emitLongLine(stream, line) {
    let longest = 0;
    const forms = this.secrets.size ? [...this.secrets].flatMap((v) => secretForms(v)) : [];
    for (const f of forms) longest = Math.max(longest, f.length);
    let cut = line.length - Math.max(0, longest - 1);
    for (let moved = true; moved && cut > 0; ) {
      moved = false;
      for (const f of forms) {
        const at = line.lastIndexOf(f, cut - 1);
        if (at >= 0 && at < cut && at + f.length > cut) {
          cut = at;
          moved = true;
        }
      }
    }
    if (cut <= 0) return;
    this.pending[stream] = line.slice(cut);
    this.emit(stream, line.slice(0, cut));
  }
  /** Keeps masked text for the execution log: in memory while small, then appended to a temp file. */
  keep(text) {
    this.parts.push(text);
    this.partsBytes += text.length;
    if (this.partsBytes >= SPILL_AT) this.flushParts();
  }
  flushParts() {
    if (this.parts.length === 0) return;
    if (!this.spill) {
      const file = tempPath(".execution.log");
      this.spill = { fd: fs.openSync(file, "w", 384), file, bytes: 0 };
    }
    const buf = Buffer.from(this.parts.join(""), "utf8");
    for (let off = 0; off < buf.length; ) off += fs.writeSync(this.spill.fd, buf, off);
    this.spill.bytes += buf.length;
    this.parts = [];
    this.partsBytes = 0;
  }
};

// src/engine/execute-single-node.ts
function safeName(name) {
  return catalogFileName(name);
}
__name(safeName, "safeName");
async function startStep(ctx, node, name, frame) {
  const existing = ctx.isRetry || ctx.attach ? await ctx.store.getStep(ctx.runId, name) : void 0;
  if (existing && ctx.isRetry && (node.type === "task" || node.type === "stub") && existing.attempts.at(-1)?.status === "SUCCESS") {
    return { record: existing, skip: true };
  }
  const record = existing ?? newStepRecord(node.name, name, node.type);
  record.status = "PROCESSING";
  record.message = "";
  if (node.type === "task") await ctx.store.putStep(ctx.runId, record, frame.branch);
  return { record, skip: false };
}
__name(startStep, "startStep");
async function executeLeaf(ctx, node, frame, policy = {}) {
  if (emulates(ctx)) return emulateLeaf(ctx, node, frame);
  const name = stepPath(frame, node);
  const { record, skip } = await startStep(ctx, node, name, frame);
  if (skip) {
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: "SUCCESS", message: "", attempt: record.attempts.length, skipped: "succeeded in an earlier attempt of this run" });
    return "SUCCESS";
  }
  ctx.reporter.stepStarted?.({ step: name, type: node.type, attempt: record.attempts.length + 1 });
  if (node.type !== "task") {
    const now = nowIso();
    const entry = await storeExecutionLog(ctx, name, record.attempts.length + 1, "");
    if (entry) record.data_catalog.push(entry);
    record.attempts.push(await attemptRecord(ctx, record.attempts.length + 1, now, now, "SUCCESS", "", {}, {}));
    record.status = "SUCCESS";
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    if (node.type === "success" || node.type === "fail") {
      await setScopeStatus(ctx, frame.branch, node.type === "success" ? "SUCCESS" : "FAIL");
    }
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: "SUCCESS", message: "", attempt: record.attempts.length });
    return "SUCCESS";
  }
  const maxAttempts = Math.max(1, policy.attempts ?? node.max_attempts);
  let status = "FAIL";
  let skipped;
  for (let i = 0; i < maxAttempts; i++) {
    const { attempt, entries, returns, cachedFrom } = await runAttempt(ctx, node, name, frame, record.attempts.length + 1);
    skipped = cachedFrom;
    if (attempt.status === "SUCCESS") {
      await writeScope(ctx, frame.branch, returns);
    }
    record.attempts.push(attempt);
    record.data_catalog.push(...ctx.secretValues.size ? entries.map((e) => ({ ...e, name: maskText(e.name, ctx.secretValues), catalog_relative_path: maskText(e.catalog_relative_path, ctx.secretValues) })) : entries);
    record.status = attempt.status;
    record.message = attempt.message;
    status = attempt.status;
    if (status === "SUCCESS" || ctx.signal.aborted || i === maxAttempts - 1) break;
    record.status = "PROCESSING";
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    ctx.reporter.log?.("WARNING", `step '${name}' failed attempt ${attempt.attempt_number} of ${maxAttempts}: ${firstLine(attempt.message)}; retrying`);
  }
  if (status === "FAIL" && policy.moreToCome && !ctx.signal.aborted) {
    record.status = "PROCESSING";
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    ctx.reporter.log?.("WARNING", `step '${name}' failed attempt ${record.attempts.length}; the orchestrator will retry it`);
    return "PROCESSING";
  }
  await ctx.store.putStep(ctx.runId, record, frame.branch);
  ctx.reporter.stepFinished?.({ step: name, type: node.type, status, message: record.message, attempt: record.attempts.length, skipped, outcome: outcomeOf({ status, message: record.message, skipped }, record.attempts.at(-1)) });
  return status;
}
__name(executeLeaf, "executeLeaf");
async function storeExecutionLog(ctx, name, attemptNumber, log) {
  const key = `${safeName(name)}.attempt-${attemptNumber}.execution.log`;
  try {
    if (typeof log !== "string" && log.file !== void 0) return await ctx.catalog.putFile(ctx.runId, key, log.file, name, { output: false });
    return await ctx.catalog.putBytes(ctx.runId, key, typeof log === "string" ? log : log.text, name, { output: false });
  } catch (err) {
    ctx.reporter.log?.("WARNING", `could not store the execution log of '${name}': ${messageOf(err)}`);
    return void 0;
  }
}
__name(storeExecutionLog, "storeExecutionLog");
function firstLine(s) {
  const i = s.indexOf("\n");
  return i < 0 ? s : s.slice(0, i);
}
__name(firstLine, "firstLine");
async function attemptRecord(ctx, attemptNumber, start, end, status, message, inputs, outputs, exitCode) {
  const metrics = {};
  for (const [k, p] of Object.entries(outputs)) if (p.kind === "metric") metrics[k] = p;
  const attempt = {
    attempt_number: attemptNumber,
    start_time: start,
    end_time: end,
    status,
    message,
    input_parameters: inputs,
    output_parameters: outputs,
    user_defined_metrics: metrics,
    retry_indicator: ctx.retryIndicator,
    code_identities: await ctx.codeIdentities()
  };
  if (exitCode !== void 0) attempt.exit_code = exitCode;
  return attempt;
}
__name(attemptRecord, "attemptRecord");
function effectiveSpec(ctx, node) {
  if (!ctx.patches) return node.task;
  const patch = ctx.patches[node.name];
  if (!patch) return void 0;
  return {
    command_type: patch.command_type ?? node.task.command_type,
    command: patch.command ?? "",
    returns: patch.returns ?? [],
    secrets: patch.secrets ?? []
  };
}
__name(effectiveSpec, "effectiveSpec");
function objectStore(ctx, step) {
  return {
    load: /* @__PURE__ */ __name((key) => ctx.catalog.getBytes(ctx.runId, key), "load"),
    async save(name, data, extension) {
      const key = `objects/${safeName(step)}/${safeName(name)}${extension}`;
      await ctx.catalog.putBytes(ctx.runId, key, data, step);
      return key;
    }
  };
}
__name(objectStore, "objectStore");
function messageOf(err) {
  if (err instanceof RunnableError) return err.message;
  if (err instanceof Error) return `internal error: ${err.stack ?? err.message}`;
  return String(err);
}
__name(messageOf, "messageOf");
async function runAttempt(ctx, node, name, frame, attemptNumber) {
  const start = nowIso();
  const entries = [];
  const out = new OutputCollector(name, ctx.secretValues, ctx.reporter);
  let outcome;
  let inputs = {};
  let cacheKey;
  let cachedFrom;
  let cached;
  try {
    const scope = await readScope(ctx, frame);
    inputs = scope;
    if (node.catalog?.get.length) {
      entries.push(...await ctx.catalog.get({ runId: ctx.runId, patterns: node.catalog.get, workDir: ctx.cwd, step: name, signal: ctx.signal }));
    }
    const spec = effectiveSpec(ctx, node);
    if (!spec) {
      outcome = { ok: true, message: "", returns: {}, inputParameters: { ...scope, ...varsAsParameters(frame) } };
    } else {
      if (ctx.stepCache && !spec.returns.some((r) => r.kind === "object")) {
        cacheKey = stepCacheKey({ spec, catalog: node.catalog, inputs: scope, iterVariables: frame.vars, gets: entries, code: await ctx.codeIdentities() });
        const hit = await ctx.stepCache.restore(cacheKey, ctx.cwd).catch((err) => {
          ctx.reporter.log?.("WARNING", `step cache: could not restore '${name}': ${err instanceof Error ? err.message : String(err)}; running it`);
          return void 0;
        });
        if (hit) {
          cached = { run_id: hit.runId, step: hit.step, saved_at: hit.savedAt, key: cacheKey };
          cachedFrom = cacheNote(cached);
          out.note(`[runnable] ${name}: not run: its definition, inputs and catalog inputs are unchanged; ${cachedFrom}`);
          outcome = { ok: true, message: `skipped: ${cachedFrom}`, returns: hit.returns, inputParameters: { ...scope, ...varsAsParameters(frame) } };
        }
      }
      outcome ??= await runTask(ctx, spec, node, name, frame, scope, attemptNumber, out);
    }
  } catch (err) {
    outcome = { ok: false, message: messageOf(err), returns: {}, inputParameters: { ...inputs, ...varsAsParameters(frame) } };
  }
  if (ctx.signal.aborted && !outcome.ok && !outcome.message.includes("cancel")) {
    outcome = { ...outcome, message: `cancelled: ${outcome.message}` };
  }
  if (node.catalog?.put.length) {
    try {
      entries.push(
        ...await ctx.catalog.put({
          runId: ctx.runId,
          patterns: node.catalog.put,
          workDir: ctx.cwd,
          step: name,
          storeCopy: node.catalog.store_copy,
          allowNoMatch: !outcome.ok,
          signal: ctx.signal
        })
      );
    } catch (err) {
      if (outcome.ok) outcome = { ...outcome, ok: false, message: `catalog put failed: ${messageOf(err)}` };
    }
  }
  if (cacheKey && !cachedFrom && outcome.ok && ctx.stepCache) {
    const files = entries.filter((e) => e.stage === "put").map((e) => e.name);
    await ctx.stepCache.save(cacheKey, { returns: outcome.returns, files, runId: ctx.runId, step: name, savedAt: nowIso() }, ctx.cwd).catch((err) => ctx.reporter.log?.("WARNING", `step cache: could not save '${name}': ${err instanceof Error ? err.message : String(err)}`));
  }
  const notebook = outcome.outputNotebook;
  if (notebook) {
    try {
      const entry2 = await ctx.catalog.putBytes(ctx.runId, notebook, await readFile(path.resolve(ctx.cwd, notebook)), name);
      if (entry2) entries.push(entry2);
    } catch (err) {
      ctx.reporter.log?.("WARNING", `could not store the executed notebook of '${name}': ${messageOf(err)}`);
    }
  }
  if (!outcome.ok) out.note(`[runnable] step '${name}' attempt ${attemptNumber} failed: ${outcome.message}`);
  const log = out.finishLog();
  const entry = await storeExecutionLog(ctx, name, attemptNumber, log).finally(() => out.dispose());
  if (entry) entries.push(entry);
  const status = outcome.ok ? "SUCCESS" : "FAIL";
  const returns = outcome.ok ? outcome.returns : {};
  const attempt = await attemptRecord(ctx, attemptNumber, start, nowIso(), status, maskText(outcome.message, ctx.secretValues), outcome.inputParameters, returns, outcome.exitCode);
  if (cached && status === "SUCCESS") attempt.cached_from = cached;
  return { attempt, entries, returns, cachedFrom };
}
__name(runAttempt, "runAttempt");
var baseEnvironments = /* @__PURE__ */ new WeakMap();
function baseEnvironment(ctx) {
  let env = baseEnvironments.get(ctx);
  if (!env) baseEnvironments.set(ctx, env = scrubEnvironment(ctx.env, []));
  return env;
}
__name(baseEnvironment, "baseEnvironment");
function varsAsParameters(frame) {
  const out = {};
  for (const [k, v] of Object.entries(frame.vars)) out[k] = makeParameter("json", v);
  return out;
}
__name(varsAsParameters, "varsAsParameters");
async function runTask(ctx, spec, node, name, frame, scope, attemptNumber, out) {
  const env = spec.secrets.length ? scrubEnvironment(ctx.env, spec.secrets) : { ...baseEnvironment(ctx) };
  for (const secret of spec.secrets) {
    const value = await ctx.secrets.get(secret);
    if (value) ctx.secretValues.add(value);
    env[secret] = value;
  }
  env.RUNNABLE_RUN_ID = ctx.runId;
  env.RUNNABLE_STEP_ATTEMPT = String(attemptNumber);
  env.RUNNABLE_RETRY_INDICATOR = ctx.retryIndicator;
  if (ctx.tag) env.RUNNABLE_RUN_TAG = ctx.tag;
  if (spec.command_type !== "shell") {
    for (const [k, v] of Object.entries(frame.vars)) if (!(k in frame.iter.map_variable)) env[k] = String(v);
  }
  if (ctx.pipeline.file && isPythonSdkScript(ctx.pipeline.file)) {
    env.PYTHONPATH = [env.PYTHONPATH, pythonPackagePath()].filter(Boolean).join(path.delimiter);
  }
  const runner = getTaskRunner(spec.command_type);
  return ctx.taskLimiter.run(
    () => runner.run({
      spec,
      parameters: scope,
      iterVariables: frame.vars,
      env,
      cwd: ctx.cwd,
      attempt: attemptNumber,
      stepName: name,
      timeoutMs: node.timeout_seconds ? node.timeout_seconds * 1e3 : void 0,
      signal: ctx.signal,
      output: out,
      objects: objectStore(ctx, name)
    })
  );
}
__name(runTask, "runTask");

// src/engine/fan.ts
function describeKeys(p) {
  const keys = Object.keys(p);
  return keys.length ? keys.join(", ") : "none";
}
__name(describeKeys, "describeKeys");
function scanItems(node, name, frame, items, scan, from, to) {
  for (let i = from; i < to; i++) {
    const key = itemKey(items[i]);
    const before = scan.seen.get(key);
    if (before !== void 0) return `map '${name}': items ${before} and ${i} have the same key '${key}'; map items must be distinct`;
    scan.seen.set(key, i);
    scan.branches.push({ key, graph: node.branch, frame: childFrame(frame, node, name, { item: items[i] }) });
  }
  return void 0;
}
__name(scanItems, "scanItems");
async function expectedBranchesYielding(ctx, node, name, frame, scope) {
  const p = node.type === "map" ? scope[node.iterate_on] : void 0;
  if (node.type !== "map" || !p || !Array.isArray(p.value)) return expectedBranches(node, name, frame, scope);
  const items = p.value;
  const scan = { seen: /* @__PURE__ */ new Map(), branches: [] };
  let since = performance.now();
  for (let i = 0; i < items.length; i += 1024) {
    const dup = scanItems(node, name, frame, items, scan, i, Math.min(items.length, i + 1024));
    if (dup) return { ok: false, message: dup };
    if (performance.now() - since >= 20) {
      await new Promise((r) => setImmediate(r));
      since = performance.now();
      if (ctx.signal.aborted) return { ok: false, message: `cancelled: ${String(ctx.signal.reason ?? "aborted")}` };
    }
  }
  return { ok: true, branches: scan.branches, items };
}
__name(expectedBranchesYielding, "expectedBranchesYielding");
function expectedBranches(node, name, frame, scope) {
  switch (node.type) {
    case "parallel":
      return { ok: true, branches: Object.entries(node.branches).map(([key, graph]) => ({ key, graph, frame: childFrame(frame, node, name, { key }) })) };
    case "map": {
      const p = scope[node.iterate_on];
      if (!p) return { ok: false, message: `map '${name}': iterate_on parameter '${node.iterate_on}' does not exist (parameters: ${describeKeys(scope)})` };
      if (!Array.isArray(p.value)) {
        return { ok: false, message: `map '${name}': iterate_on parameter '${node.iterate_on}' must be a list, got ${JSON.stringify(p.value)?.slice(0, 80)}` };
      }
      const items = p.value;
      const scan = { seen: /* @__PURE__ */ new Map(), branches: [] };
      const dup = scanItems(node, name, frame, items, scan, 0, items.length);
      return dup ? { ok: false, message: dup } : { ok: true, branches: scan.branches, items };
    }
    case "conditional": {
      const p = scope[node.parameter];
      if (!p) return { ok: false, message: `conditional '${name}': parameter '${node.parameter}' does not exist (parameters: ${describeKeys(scope)})` };
      const v = isExactNumber(p.value) ? p.value.text : p.value;
      if (v === null || !["string", "number", "boolean"].includes(typeof v)) {
        return { ok: false, message: `conditional '${name}': parameter '${node.parameter}' must be a string, number or boolean, got ${JSON.stringify(v)?.slice(0, 80)}` };
      }
      const key = itemKey(v);
      const graph = node.branches[key];
      if (graph) return { ok: true, branches: [{ key, graph, frame: childFrame(frame, node, name, { key }) }] };
      if (node.default) return { ok: true, branches: [{ key: "default", graph: node.default, frame: childFrame(frame, node, name, { key: "default" }) }] };
      return { ok: false, message: `conditional '${name}': no branch matches ${node.parameter}=${JSON.stringify(v)} (branches: ${Object.keys(node.branches).join(", ")}) and there is no default` };
    }
  }
}
__name(expectedBranches, "expectedBranches");
async function startComposite(ctx, node, name, frame) {
  const existing = ctx.isRetry || ctx.attach ? await ctx.store.getStep(ctx.runId, name) : void 0;
  if (existing && ctx.isRetry && existing.status === "SUCCESS") return { record: existing, skip: true };
  const record = existing ?? newStepRecord(node.name, name, node.type);
  record.status = "PROCESSING";
  record.message = "";
  await ctx.store.putStep(ctx.runId, record, frame.branch);
  return { record, skip: false };
}
__name(startComposite, "startComposite");
async function finishComposite(ctx, record, frame, status, message) {
  record.status = status;
  record.message = message;
  await ctx.store.putStep(ctx.runId, record, frame.branch);
  ctx.reporter.stepFinished?.({ step: record.internal_name, type: record.step_type, status, message, attempt: 0 });
  return status;
}
__name(finishComposite, "finishComposite");
async function openBranch(ctx, branch, parentStep, own = {}) {
  const existing = ctx.isRetry || ctx.attach ? await ctx.store.getBranch(ctx.runId, branch) : void 0;
  if (existing) {
    if (existing.status !== "SUCCESS") await ctx.store.putBranch(ctx.runId, { ...existing, status: "PROCESSING" }, parentStep);
    noteBranchOpened(ctx, branch, existing.parameters);
    return;
  }
  await ctx.store.putBranch(ctx.runId, { internal_name: branch, status: "PROCESSING", parameters: own }, parentStep);
  noteBranchOpened(ctx, branch, own);
}
__name(openBranch, "openBranch");
var LARGE_MAP_ITEMS = 1e3;
async function fanOut(ctx, node, frame) {
  const name = stepPath(frame, node);
  const { record, skip } = await startComposite(ctx, node, name, frame);
  if (skip) {
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: "SUCCESS", message: "", attempt: 0, skipped: "succeeded in an earlier attempt of this run" });
    return { kind: "skip" };
  }
  ctx.reporter.stepStarted?.({ step: name, type: node.type, attempt: 0 });
  const scope = await readScope(ctx, frame);
  const expected = await expectedBranchesYielding(ctx, node, name, frame, scope);
  if (ctx.signal.aborted) return { kind: "fail", message: `cancelled: ${String(ctx.signal.reason ?? "aborted")}` };
  if (!expected.ok) {
    await finishComposite(ctx, record, frame, "FAIL", expected.message);
    return { kind: "fail", message: expected.message };
  }
  if (node.type === "map") ctx.reporter.branchProgress?.({ step: name, done: 0, total: expected.branches.length, failed: 0 });
  if (node.type === "map" && ctx.store.rewritesWholeRun && expected.branches.length > LARGE_MAP_ITEMS) {
    ctx.reporter.log?.("WARNING", `map '${name}' has ${expected.branches.length} items and the ${ctx.store.kind} run log rewrites the whole run after every change (quadratic in the items): configure run-log-store type chunked-fs for maps this size`);
  }
  const width = ctx.store.supportsParallelWrites ? 64 : 1;
  await mapConcurrent(expected.branches, width, async (b) => {
    if (!ctx.signal.aborted) await openBranch(ctx, b.frame.branch, name);
  }, ctx.signal);
  if (ctx.signal.aborted) return { kind: "fail", message: `cancelled: ${String(ctx.signal.reason ?? "aborted")}` };
  return { kind: "run", branches: expected.branches, items: expected.items };
}
__name(fanOut, "fanOut");
function mapReturnNames(node) {
  const names = [];
  for (const n of Object.values(node.branch.nodes)) {
    if (n.type === "task") {
      for (const r of n.task.returns) if (!names.includes(r.name)) names.push(r.name);
    }
  }
  return names;
}
__name(mapReturnNames, "mapReturnNames");
async function fanIn(ctx, node, frame) {
  const name = stepPath(frame, node);
  const record = await ctx.store.getStep(ctx.runId, name) ?? newStepRecord(node.name, name, node.type);
  if (ctx.isRetry && record.status === "SUCCESS") return "SUCCESS";
  const scope = await readScope(ctx, frame);
  const expected = await expectedBranchesYielding(ctx, node, name, frame, scope);
  if (ctx.signal.aborted) return "FAIL";
  if (!expected.ok) return finishComposite(ctx, record, frame, "FAIL", expected.message);
  const headers = await mapConcurrent(expected.branches, 64, (b) => ctx.signal.aborted ? Promise.resolve(void 0) : ctx.store.getBranch(ctx.runId, b.frame.branch));
  if (ctx.signal.aborted) return "FAIL";
  const failed = expected.branches.filter((_, i) => headers[i]?.status !== "SUCCESS").map((b) => b.key);
  if (failed.length) {
    const shown = failed.slice(0, 5).join(", ") + (failed.length > 5 ? ` and ${failed.length - 5} more` : "");
    return finishComposite(ctx, record, frame, "FAIL", `${failed.length} of ${expected.branches.length} branch${expected.branches.length === 1 ? "" : "es"} did not succeed: ${shown}`);
  }
  const updates = {};
  try {
    if (node.type === "map") {
      for (const ret of mapReturnNames(node)) {
        const values = [];
        for (const h of headers) {
          const p = h.parameters[ret] ?? scope[ret];
          if (p) values.push(p.value);
        }
        let value = values.length ? values : "";
        if (node.reducer && values.length) {
          value = await runPythonReducer(node.reducer, values, { cwd: ctx.cwd, env: scrubEnvironment(ctx.env, []), signal: ctx.signal });
        }
        updates[ret] = makeParameter(scope[ret]?.kind === "metric" ? "metric" : "json", value);
      }
    } else {
      for (const h of headers) {
        for (const [k, p] of Object.entries(h.parameters)) {
          if (!scope[k] || !sameValue(scope[k].value, p.value) || scope[k].kind !== p.kind) updates[k] = p;
        }
      }
    }
  } catch (err) {
    return finishComposite(ctx, record, frame, "FAIL", `reducer of '${name}' failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  await writeScope(ctx, frame.branch, updates);
  return finishComposite(ctx, record, frame, "SUCCESS", "");
}
__name(fanIn, "fanIn");
async function loopStart(ctx, node, frame) {
  const name = stepPath(frame, node);
  const { skip } = await startComposite(ctx, node, name, frame);
  if (skip) {
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: "SUCCESS", message: "", attempt: 0, skipped: "succeeded in an earlier attempt of this run" });
    return false;
  }
  ctx.reporter.stepStarted?.({ step: name, type: node.type, attempt: 0 });
  return true;
}
__name(loopStart, "loopStart");
async function loopIteration(ctx, node, frame, index) {
  const name = stepPath(frame, node);
  const branchFrame = childFrame(frame, node, name, { index });
  const own = index === 0 ? {} : await readOwn(ctx, childFrame(frame, node, name, { index: index - 1 }).branch);
  await openBranch(ctx, branchFrame.branch, name, own);
  return { key: String(index), graph: node.branch, frame: branchFrame };
}
__name(loopIteration, "loopIteration");
async function loopAfterIteration(ctx, node, frame, index) {
  const name = stepPath(frame, node);
  const branch = childFrame(frame, node, name, { index }).branch;
  const header = await ctx.store.getBranch(ctx.runId, branch);
  if (!header || header.status !== "SUCCESS") {
    return { kind: "done", status: "FAIL", message: `iteration ${index} did not succeed` };
  }
  const brk = header.parameters[node.break_on];
  if (brk !== void 0 && typeof brk.value !== "boolean") {
    return { kind: "done", status: "FAIL", message: `loop '${name}': break_on parameter '${node.break_on}' must be a boolean, got ${JSON.stringify(brk.value)?.slice(0, 80)}` };
  }
  if (brk?.value === true) return { kind: "done", status: "SUCCESS", message: "" };
  if (index + 1 >= node.max_iterations) return { kind: "done", status: "SUCCESS", message: "" };
  return { kind: "continue" };
}
__name(loopAfterIteration, "loopAfterIteration");
async function loopFinish(ctx, node, frame, lastIndex, decision) {
  const name = stepPath(frame, node);
  const record = await ctx.store.getStep(ctx.runId, name) ?? newStepRecord(node.name, name, node.type);
  if (decision.status === "SUCCESS" && lastIndex >= 0) {
    const last = await ctx.store.getBranch(ctx.runId, childFrame(frame, node, name, { index: lastIndex }).branch);
    const parent = await readScope(ctx, frame);
    const updates = {};
    for (const [k, p] of Object.entries(last?.parameters ?? {})) if (!parent[k] || !sameValue(parent[k].value, p.value)) updates[k] = p;
    await writeScope(ctx, frame.branch, updates);
  }
  return finishComposite(ctx, record, frame, decision.status, decision.message);
}
__name(loopFinish, "loopFinish");

export {
  failUnsettled,
  finalizeRun,
  decodeStepPath,
  ROOT_FRAME,
  stepPath,
  locate,
  readScope,
  executeLeaf,
  expectedBranches,
  fanOut,
  fanIn,
  loopStart,
  loopIteration,
  loopAfterIteration,
  loopFinish
};
