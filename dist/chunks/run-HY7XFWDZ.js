import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  ROOT_FRAME,
  executeLeaf,
  fanIn,
  fanOut,
  finalizeRun,
  loopAfterIteration,
  loopFinish,
  loopIteration,
  loopStart,
  stepPath
} from "./chunk-QOQ6R6BL.js";
import "./chunk-NCMUKSZX.js";
import "./chunk-PRFMSHGC.js";
import "./chunk-BCOSKM2D.js";
import "./chunk-T3J5SJV2.js";
import {
  mapConcurrent
} from "./chunk-YLHJLUSK.js";
import "./chunk-EPXUYT3G.js";
import "./chunk-NJV4ZWKU.js";
import "./chunk-5CCZJHFH.js";
import "./chunk-Q2N676W5.js";
import "./chunk-O2GLSY5X.js";
import "./chunk-XPIGEFVS.js";
import "./chunk-WGGJEKU5.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-OE6RQEKX.js";
import "./chunk-KD5F7IY4.js";
import {
  routeAfter
} from "./chunk-B5INYTOD.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-Y6JNVOVH.js";
import "./chunk-2FVMQ5SR.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/engine/traverse.ts
async function traverseGraph(ctx, graph, frame) {
  let node = graph.nodes[graph.start_at];
  while (node) {
    if (ctx.signal.aborted) return "FAIL";
    const status = await executeNode(ctx, node, frame);
    if (node.type === "success") return "SUCCESS";
    if (node.type === "fail") return "FAIL";
    const target = routeAfter(node, status);
    node = graph.nodes[target];
  }
  return "FAIL";
}
__name(traverseGraph, "traverseGraph");
async function executeNode(ctx, node, frame) {
  switch (node.type) {
    case "task":
    case "stub":
    case "success":
    case "fail":
      return executeLeaf(ctx, node, frame);
    case "loop":
      return executeLoop(ctx, node, frame);
    default:
      return executeComposite(ctx, node, frame);
  }
}
__name(executeNode, "executeNode");
async function runBranch(ctx, b) {
  if (ctx.isRetry) {
    const existing = await ctx.store.getBranch(ctx.runId, b.frame.branch);
    if (existing?.status === "SUCCESS") return "SUCCESS";
  }
  return traverseGraph(ctx, b.graph, b.frame);
}
__name(runBranch, "runBranch");
async function executeComposite(ctx, node, frame) {
  const out = await fanOut(ctx, node, frame);
  if (out.kind === "skip") return "SUCCESS";
  if (out.kind === "fail") return "FAIL";
  const name = stepPath(frame, node);
  const total = out.branches.length;
  let done = 0;
  let failed = 0;
  await mapConcurrent(out.branches, ctx.branchConcurrency, async (b) => {
    if (ctx.signal.aborted) return;
    const status = await runBranch(ctx, b);
    done++;
    if (status !== "SUCCESS") failed++;
    if (node.type === "map") ctx.reporter.branchProgress?.({ step: name, done, total, failed });
  }, ctx.signal);
  if (ctx.signal.aborted) return "FAIL";
  return fanIn(ctx, node, frame);
}
__name(executeComposite, "executeComposite");
async function executeLoop(ctx, node, frame) {
  if (!await loopStart(ctx, node, frame)) return "SUCCESS";
  for (let i = 0; ; i++) {
    const b = await loopIteration(ctx, node, frame, i);
    await runBranch(ctx, b);
    if (ctx.signal.aborted) return "FAIL";
    const decision = await loopAfterIteration(ctx, node, frame, i);
    if (decision.kind === "done") return loopFinish(ctx, node, frame, i, decision);
  }
}
__name(executeLoop, "executeLoop");

// src/engine/run.ts
async function runToEnd(ctx) {
  const t0 = performance.now();
  ctx.reporter.runStarted?.({ runId: ctx.runId, pipeline: ctx.pipeline, retry: ctx.isRetry });
  let status = "FAIL";
  let interrupted;
  if (ctx.store.logFolder) ctx.catalog.excludeFolder?.(ctx.store.logFolder);
  ctx.codeIdentities().catch(() => void 0);
  try {
    status = await traverseGraph(ctx, ctx.pipeline.dag, ROOT_FRAME);
    if (ctx.signal.aborted) interrupted = `cancelled: ${String(ctx.signal.reason ?? "aborted")}`;
  } catch (err) {
    interrupted = `runner crashed: ${err instanceof Error ? err.message : String(err)}`;
    await finalizeRun(ctx, "FAIL", interrupted).catch(() => void 0);
    throw err;
  }
  const runLog = await finalizeRun(ctx, status, interrupted);
  ctx.reporter.runFinished?.({ runId: ctx.runId, status: runLog.status });
  return {
    runId: ctx.runId,
    status: runLog.status,
    runLog,
    config: ctx.config,
    pipeline: ctx.pipeline,
    runLogLocation: ctx.store.describe(),
    catalog: ctx.catalog,
    durationMs: performance.now() - t0
  };
}
__name(runToEnd, "runToEnd");
export {
  runToEnd
};
