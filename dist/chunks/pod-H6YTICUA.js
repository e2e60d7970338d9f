import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  decodeStepPath,
  executeLeaf,
  expectedBranches,
  failUnsettled,
  fanIn,
  fanOut,
  locate,
  loopAfterIteration,
  loopFinish,
  loopIteration,
  loopStart,
  readScope,
  stepPath
} from "./chunk-QOQ6R6BL.js";
import "./chunk-NCMUKSZX.js";
import "./chunk-PRFMSHGC.js";
import "./chunk-BCOSKM2D.js";
import {
  CONDITIONAL_NONE,
  LOOP_GO,
  LOOP_STOP,
  conditionalToken,
  parseIterVariable
} from "./chunk-T3J5SJV2.js";
import {
  loadInputs,
  setupRun
} from "./chunk-HA5BSTEX.js";
import "./chunk-V4XLLV55.js";
import "./chunk-YLHJLUSK.js";
import "./chunk-RGVNDDOX.js";
import "./chunk-TIGYUTKV.js";
import "./chunk-EPXUYT3G.js";
import "./chunk-4Z2LXMPH.js";
import "./chunk-NJV4ZWKU.js";
import "./chunk-5CCZJHFH.js";
import "./chunk-Q2N676W5.js";
import "./chunk-GE2OTE2S.js";
import "./chunk-I3P5IBO4.js";
import "./chunk-O2GLSY5X.js";
import "./chunk-XPIGEFVS.js";
import "./chunk-WGGJEKU5.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-OE6RQEKX.js";
import "./chunk-KD5F7IY4.js";
import {
  MAP_PLACEHOLDER,
  routeAfter
} from "./chunk-B5INYTOD.js";
import "./chunk-JOHAO7GC.js";
import {
  createRunLogStore
} from "./chunk-CAUTPMAU.js";
import "./chunk-Y6JNVOVH.js";
import "./chunk-K22HHINW.js";
import "./chunk-A5QB3JT3.js";
import "./chunk-BPOSMLBS.js";
import "./chunk-2FVMQ5SR.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import {
  UsageError
} from "./chunk-I4ZUIMKY.js";
import "./chunk-CBHI4BMY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/engine/pod.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
function parseIter(text) {
  return parseIterVariable(text);
}
__name(parseIter, "parseIter");
function relocateStores(config, root) {
  if (!root) return config;
  const out = { ...config };
  if (["file-system", "chunked-fs"].includes(config.runLogStore.type)) out.runLogStore = { ...config.runLogStore, config: { ...config.runLogStore.config, log_folder: path.posix.join(root, "run_logs") } };
  if (config.catalog.type === "file-system") out.catalog = { ...config.catalog, config: { ...config.catalog.config, catalog_location: path.posix.join(root, "catalog") } };
  return out;
}
__name(relocateStores, "relocateStores");
async function loadForPod(opts) {
  const loaded = await loadInputs(opts);
  return opts.storesOn ? { ...loaded, config: relocateStores(loaded.config, opts.storesOn) } : loaded;
}
__name(loadForPod, "loadForPod");
function standIn(iter) {
  const map_variable = {};
  for (const [k, m] of Object.entries(iter.map_variable ?? {})) map_variable[k] = "value" in m ? m : { value: m.index };
  return { map_variable, loop_variable: iter.loop_variable ?? [] };
}
__name(standIn, "standIn");
async function resolveIndices(ctx, templatePath, iter) {
  const given = iter.map_variable ?? {};
  if (!Object.values(given).some((m) => !("value" in m))) return iter;
  const resolved = { map_variable: {}, loop_variable: iter.loop_variable ?? [] };
  const segments = templatePath.split(".");
  for (let i = 0; i + 1 < segments.length; i += 2) {
    if (segments[i + 1] !== MAP_PLACEHOLDER) continue;
    const { node, frame } = locate(ctx.pipeline, segments.slice(0, i + 1).join("."), resolved);
    if (node.type !== "map") continue;
    const m = given[node.iterate_as];
    if (!m) throw new UsageError(`step '${templatePath}': --iter-variable has no map_variable '${node.iterate_as}'`);
    if ("value" in m) {
      resolved.map_variable[node.iterate_as] = m;
      continue;
    }
    const name = stepPath(frame, node);
    const e = expectedBranches(node, name, frame, await readScope(ctx, frame));
    if (!e.ok) throw new UsageError(`step '${templatePath}': ${e.message}`);
    const items = e.items ?? [];
    if (m.index >= items.length) throw new UsageError(`step '${templatePath}': map '${name}' has ${items.length} item(s); index ${m.index} does not exist`);
    resolved.map_variable[node.iterate_as] = { value: items[m.index] };
  }
  return resolved;
}
__name(resolveIndices, "resolveIndices");
async function open(opts) {
  const iter = parseIter(opts.iterVariable);
  const loaded = await loadForPod(opts);
  const templatePath = decodeStepPath(opts.stepPath);
  locate(loaded.pipeline, templatePath, standIn(iter));
  const ctx = await setupRun(opts, "attach", loaded);
  const located = locate(ctx.pipeline, templatePath, await resolveIndices(ctx, templatePath, iter));
  return { ctx, ...located };
}
__name(open, "open");
async function writeJson(ctx, file, value) {
  const abs = path.resolve(ctx.cwd, file);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, typeof value === "string" ? value : JSON.stringify(value));
}
__name(writeJson, "writeJson");
async function followInline(ctx, graph, node, status, frame) {
  let current = node;
  let st = status;
  for (; ; ) {
    if (current.type === "success") return { reachedFail: false };
    if (current.type === "fail") return { reachedFail: true };
    const target = graph.nodes[routeAfter(current, st)];
    if (!target) return { reachedFail: false };
    if (target.type !== "stub" && target.type !== "success" && target.type !== "fail") return { reachedFail: false, stoppedAt: target };
    st = await executeLeaf(ctx, target, frame);
    current = target;
  }
}
__name(followInline, "followInline");
async function fanOutOutput(ctx, node, frame, argo) {
  const name = stepPath(frame, node);
  if (node.type === "loop") {
    if (!await loopStart(ctx, node, frame)) return { status: "SUCCESS", output: argo ? LOOP_STOP : [] };
    await loopIteration(ctx, node, frame, 0);
    return { status: "SUCCESS", output: argo ? LOOP_GO : [0] };
  }
  const r = await fanOut(ctx, node, frame);
  if (r.kind === "fail") return { status: "FAIL", output: argo && node.type === "conditional" ? CONDITIONAL_NONE : [] };
  let items;
  let keys;
  if (r.kind === "skip") {
    const e = expectedBranches(node, name, frame, await readScope(ctx, frame));
    items = e.ok ? e.items : [];
    keys = e.ok ? e.branches.map((b) => b.key) : [];
  } else {
    items = r.items;
    keys = r.branches.map((b) => b.key);
  }
  if (node.type === "map") return { status: "SUCCESS", output: argo ? (items ?? []).map((_, i) => i) : items ?? [] };
  if (node.type === "conditional" && argo) return { status: "SUCCESS", output: conditionalToken(Object.keys(node.branches), keys[0]) };
  return { status: "SUCCESS", output: keys };
}
__name(fanOutOutput, "fanOutOutput");
async function maybeFanOutNext(ctx, opts, status, route, frame) {
  if (!opts.fanOutNext || status !== "SUCCESS" || !route.stoppedAt) return;
  const next = route.stoppedAt;
  if (next.type !== "parallel" && next.type !== "map" && next.type !== "conditional" && next.type !== "loop") return;
  const { output } = await fanOutOutput(ctx, next, frame, opts.orchestrator === "argo");
  await writeJson(ctx, opts.fanOutNext, output);
}
__name(maybeFanOutNext, "maybeFanOutNext");
async function close(ctx) {
  await ctx.catalog.flush();
  await ctx.store.flush();
}
__name(close, "close");
async function executeSingleNodeCommand(opts) {
  const { ctx, node, graph, frame } = await open(opts);
  if (node.type !== "task" && node.type !== "stub" && node.type !== "success" && node.type !== "fail") {
    throw new UsageError(`step '${opts.stepPath}' is a ${node.type}: use 'runnable fan ${opts.runId} ${opts.stepPath} out|in'`);
  }
  const argo = opts.orchestrator === "argo";
  const max = node.type === "task" ? node.max_attempts : 1;
  const status = await executeLeaf(ctx, node, frame, argo ? { attempts: 1, moreToCome: (opts.retryIndex ?? 0) + 1 < max } : {});
  const name = stepPath(frame, node);
  if (status === "PROCESSING") {
    await close(ctx);
    return { runId: ctx.runId, step: name, status, exitCode: 1 };
  }
  let route = { reachedFail: node.type === "fail" };
  if (ctx.signal.aborted) {
    await close(ctx);
    return { runId: ctx.runId, step: name, status, exitCode: status === "SUCCESS" ? 0 : 1 };
  }
  if (opts.followInline !== false) route = await followInline(ctx, graph, node, status, frame);
  await maybeFanOutNext(ctx, opts, status, route, frame);
  await close(ctx);
  return { runId: ctx.runId, step: name, status, exitCode: status === "FAIL" || route.reachedFail ? 1 : 0 };
}
__name(executeSingleNodeCommand, "executeSingleNodeCommand");
async function fanCommand(opts) {
  if (opts.direction === "exit") return exitHandler(opts);
  const { ctx, node, graph, frame } = await open(opts);
  const name = stepPath(frame, node);
  const argo = opts.orchestrator === "argo";
  const outputFile = opts.outputFile ?? "/tmp/output.txt";
  if (node.type !== "parallel" && node.type !== "map" && node.type !== "conditional" && node.type !== "loop") {
    throw new UsageError(`step '${opts.stepPath}' is a ${node.type}, not a composite: use 'runnable execute-single-node'`);
  }
  if (opts.direction === "out") {
    const { status: status2, output: output2 } = await fanOutOutput(ctx, node, frame, argo);
    await writeJson(ctx, outputFile, output2);
    await close(ctx);
    return { runId: ctx.runId, step: name, status: status2, output: output2, exitCode: argo || status2 === "SUCCESS" ? 0 : 1 };
  }
  let status;
  let output;
  if (node.type === "loop") {
    const depth = frame.iter.loop_variable.length;
    const index = parseIter(opts.iterVariable).loop_variable?.[depth]?.value ?? 0;
    const decision = await loopAfterIteration(ctx, node, frame, index);
    if (decision.kind === "continue") {
      await loopIteration(ctx, node, frame, index + 1);
      const next = argo ? String(index + 1) : [index + 1];
      await writeJson(ctx, outputFile, next);
      await close(ctx);
      return { runId: ctx.runId, step: name, status: "PROCESSING", output: next, exitCode: 0 };
    }
    status = await loopFinish(ctx, node, frame, index, decision);
    const stop = argo ? LOOP_STOP : [];
    await writeJson(ctx, outputFile, stop);
    output = stop;
  } else {
    if (argo) await settleBranches(ctx, name);
    status = await fanIn(ctx, node, frame);
  }
  let route = { reachedFail: false };
  if (ctx.signal.aborted) {
    await close(ctx);
    return { runId: ctx.runId, step: name, status, output, exitCode: status === "FAIL" ? 1 : 0 };
  }
  if (opts.followInline !== false) route = await followInline(ctx, graph, node, status, frame);
  if (node.type !== "loop") await maybeFanOutNext(ctx, opts, status, route, frame);
  await close(ctx);
  return { runId: ctx.runId, step: name, status, output, exitCode: status === "FAIL" || route.reachedFail ? 1 : 0 };
}
__name(fanCommand, "fanCommand");
var INTERRUPTED = "the orchestrator stopped this step before it finished (retries ended early, its pod errored, or the workflow was stopped)";
function findStep(steps, name) {
  for (const s of Object.values(steps)) {
    if (s.internal_name === name) return s;
    if (name.startsWith(s.internal_name + ".")) {
      for (const b of Object.values(s.branches)) {
        const found = findStep(b.steps, name);
        if (found) return found;
      }
    }
  }
  return void 0;
}
__name(findStep, "findStep");
async function settleBranches(ctx, composite) {
  const log = await ctx.store.getRunLog(ctx.runId);
  const step = findStep(log.steps, composite);
  if (step) await failUnsettled(ctx, INTERRUPTED, step);
}
__name(settleBranches, "settleBranches");
async function exitHandler(opts) {
  const loaded = await loadForPod(opts);
  const phase = opts.workflowStatus ?? "";
  const probe = createRunLogStore(loaded.config.runLogStore, loaded.cwd);
  if (!await probe.runExists(opts.runId)) {
    opts.reporter?.log?.("WARNING", `exit handler: run ${opts.runId} has no run log (its first pod never ran); nothing to settle`);
    return { runId: opts.runId, step: "-", status: "FAIL", exitCode: 0 };
  }
  const before = (await probe.getRunHeader(opts.runId)).status;
  const ctx = await setupRun(opts, "attach", loaded);
  const reason = phase && phase !== "Succeeded" ? `the Argo workflow ended ${phase} before this step finished (stopped, past its deadline, a pod error, or retries ended early)` : INTERRUPTED;
  await failUnsettled(ctx, reason);
  const settled = before === "PROCESSING" || before === "CREATED" ? phase === "Succeeded" ? "SUCCESS" : "FAIL" : before;
  const header = await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status: settled }));
  await ctx.store.finishRun?.(ctx.runId);
  await close(ctx);
  return { runId: ctx.runId, step: "-", status: header.status, exitCode: 0 };
}
__name(exitHandler, "exitHandler");
export {
  executeSingleNodeCommand,
  fanCommand
};
