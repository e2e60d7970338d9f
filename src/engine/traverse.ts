/**
 * The local traversal (executor `local`, and `mocked`, which differs only in the step context's patches):
 * walks a graph in this process, running leaves through the step context and composites through
 * fan-out → branches (concurrently, bounded) → fan-in. Routing follows runnable (§13.1): SUCCESS → `next`,
 * FAIL → `on_failure` or the graph's `fail` node; a graph's status is set by the terminal it reaches.
 */
import { routeAfter, type CompositeNode, type Graph, type LoopNode, type PipelineNode } from '../pipeline/model.js';
import type { Status } from '../runlog/model.js';
import { executeLeaf } from './execute-single-node.js';
import { fanIn, fanOut, loopAfterIteration, loopFinish, loopIteration, loopStart, type BranchRun } from './fan.js';
import { stepPath, type Frame } from './frames.js';
import { mapConcurrent } from './limiter.js';
import type { RunContext } from './run-context.js';

/** Runs a graph from its start to a terminal node; returns the graph's final status. */
export async function traverseGraph(ctx: RunContext, graph: Graph, frame: Frame): Promise<Status> {
  let node: PipelineNode | undefined = graph.nodes[graph.start_at];
  while (node) {
    if (ctx.signal.aborted) return 'FAIL';
    const status = await executeNode(ctx, node, frame);
    if (node.type === 'success') return 'SUCCESS';
    if (node.type === 'fail') return 'FAIL';
    const target = routeAfter(node, status);
    node = graph.nodes[target];
  }
  return 'FAIL';
}

export async function executeNode(ctx: RunContext, node: PipelineNode, frame: Frame): Promise<Status> {
  switch (node.type) {
    case 'task':
    case 'stub':
    case 'success':
    case 'fail':
      return executeLeaf(ctx, node, frame);
    case 'loop':
      return executeLoop(ctx, node, frame);
    default:
      return executeComposite(ctx, node, frame);
  }
}

async function runBranch(ctx: RunContext, b: BranchRun): Promise<Status> {
  if (ctx.isRetry) {
    const existing = await ctx.store.getBranch(ctx.runId, b.frame.branch);
    if (existing?.status === 'SUCCESS') return 'SUCCESS';
  }
  return traverseGraph(ctx, b.graph, b.frame);
}

async function executeComposite(ctx: RunContext, node: Exclude<CompositeNode, LoopNode>, frame: Frame): Promise<Status> {
  const out = await fanOut(ctx, node, frame);
  if (out.kind === 'skip') return 'SUCCESS';
  if (out.kind === 'fail') return 'FAIL';
  const name = stepPath(frame, node);
  const total = out.branches.length;
  let done = 0;
  let failed = 0;
  await mapConcurrent(out.branches, ctx.branchConcurrency, async (b) => {
    if (ctx.signal.aborted) return;
    const status = await runBranch(ctx, b);
    done++;
    if (status !== 'SUCCESS') failed++;
    if (node.type === 'map') ctx.reporter.branchProgress?.({ step: name, done, total, failed });
  }, ctx.signal);
  if (ctx.signal.aborted) return 'FAIL';
  return fanIn(ctx, node, frame);
}

async function executeLoop(ctx: RunContext, node: LoopNode, frame: Frame): Promise<Status> {
  if (!(await loopStart(ctx, node, frame))) return 'SUCCESS';
  for (let i = 0; ; i++) {
    const b = await loopIteration(ctx, node, frame, i);
    await runBranch(ctx, b);
    if (ctx.signal.aborted) return 'FAIL';
    const decision = await loopAfterIteration(ctx, node, frame, i);
    if (decision.kind === 'done') return loopFinish(ctx, node, frame, i, decision);
  }
}
