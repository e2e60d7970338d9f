/**
 * The orchestrator protocol (semantics §12): `execute-single-node` runs one leaf of a run, `fan … out|in`
 * opens or closes one composite. An orchestrator (Argo) calls these in its pods; nothing but the run id,
 * the step path and the iteration variables travel between them — all state is in the run log store.
 *
 * After its node, each call follows the route inline through stubs and terminal nodes (a stub always
 * succeeds; `success`/`fail` only set a status), so a compiled workflow needs no pod for them.
 *
 * With `--orchestrator argo` the calls follow the layout of src/argo/compile.ts (its header is the
 * reference): one attempt per call (Argo retries), exit code non-zero when the node failed or the graph
 * ended at `fail`, fan-out output as JSON arrays (map items as their JSON texts, so every type survives
 * Argo's `{{item}}`), loop iterations opened by the previous iteration's `fan in`, and `--fan-out-next`
 * doing the next composite's fan-out in the same pod.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { decodeStepPath, type IterVariables } from '../pipeline/internal-names.js';
import type { CompositeNode, Graph, PipelineNode } from '../pipeline/model.js';
import type { Status } from '../runlog/model.js';
import { executeLeaf } from './execute-single-node.js';
import { expectedBranches, fanIn, fanOut, loopAfterIteration, loopFinish, loopIteration, loopStart } from './fan.js';
import { locate, stepPath, type Frame } from './frames.js';
import { readScope } from './scope.js';
import type { RunContext } from './run-context.js';
import { loadInputs, setupRun } from './setup-run.js';
import type { RunOptions } from './types.js';

export interface SingleNodeOptions extends RunOptions {
  runId: string;
  /** Template internal name, spaces written as `%`. */
  stepPath: string;
  /** runnable's `--iter-variable` JSON. */
  iterVariable?: string;
  /** Continue inline through following stubs and terminals. @default true */
  followInline?: boolean;
  /** `argo`: the layout of src/argo/compile.ts (one attempt per call, JSON-text map items...). */
  orchestrator?: string;
  /** Argo's `{{retries}}` (0-based) when the orchestrator retries the step. */
  retryIndex?: number;
  /** After success, when the route reaches a composite, fan it out here and write its output to this file. */
  fanOutNext?: string;
}

export interface SingleNodeResult {
  runId: string;
  step: string;
  status: Status;
  /** Exit code for the orchestrator: non-zero when the node failed or the graph ended at `fail`. */
  exitCode: number;
}

function parseIter(text: string | undefined): IterVariables {
  if (!text) return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new UsageError(`--iter-variable is not valid JSON: ${text.slice(0, 200)}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UsageError('--iter-variable must be a JSON object {"map_variable": {...}, "loop_variable": [...]}');
  return v as IterVariables;
}

async function open(opts: SingleNodeOptions) {
  // Everything the call is told is checked before it touches the run log, so bad input leaves no trace.
  const iter = parseIter(opts.iterVariable);
  const loaded = await loadInputs(opts);
  locate(loaded.pipeline, decodeStepPath(opts.stepPath), iter);
  const ctx = await setupRun(opts, 'attach', loaded);
  const located = locate(ctx.pipeline, decodeStepPath(opts.stepPath), iter);
  return { ctx, ...located };
}

async function writeJson(ctx: RunContext, file: string, value: unknown): Promise<void> {
  const abs = path.resolve(ctx.cwd, file);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, JSON.stringify(value));
}

interface Route {
  /** The graph reached its `fail` node in this call. */
  reachedFail: boolean;
  /** Where the route stopped when it reached a node that needs a pod of its own (task or composite). */
  stoppedAt?: PipelineNode;
}

/** Follows the route from `node` (which ended with `status`) through stubs and terminals, running them. */
async function followInline(ctx: RunContext, graph: Graph, node: PipelineNode, status: Status, frame: Frame): Promise<Route> {
  let current = node;
  let st = status;
  for (;;) {
    if (current.type === 'success') return { reachedFail: false };
    if (current.type === 'fail') return { reachedFail: true };
    const target = graph.nodes[st === 'SUCCESS' ? current.next : (current.on_failure ?? 'fail')];
    if (!target) return { reachedFail: false };
    if (target.type !== 'stub' && target.type !== 'success' && target.type !== 'fail') return { reachedFail: false, stoppedAt: target };
    st = await executeLeaf(ctx, target, frame);
    current = target;
  }
}

/**
 * What `fan out` hands the orchestrator: map items (as JSON texts under argo, so Argo's `{{item}}` keeps
 * every type), branch keys to run, or for a loop the first iteration's index.
 */
async function fanOutOutput(ctx: RunContext, node: CompositeNode, frame: Frame, argo: boolean): Promise<{ status: Status; output: unknown[] }> {
  const name = stepPath(frame, node);
  if (node.type === 'loop') {
    if (!(await loopStart(ctx, node, frame))) return { status: 'SUCCESS', output: [] };
    await loopIteration(ctx, node, frame, 0);
    return { status: 'SUCCESS', output: [0] };
  }
  const r = await fanOut(ctx, node, frame);
  if (r.kind === 'fail') return { status: 'FAIL', output: [] };
  let items: unknown[] | undefined;
  let keys: string[];
  if (r.kind === 'skip') {
    // Retry: already succeeded. The orchestrator still gets the branches (their steps are skipped).
    const e = expectedBranches(node, name, frame, await readScope(ctx, frame));
    items = e.ok ? e.items : [];
    keys = e.ok ? e.branches.map((b) => b.key) : [];
  } else {
    items = r.items;
    keys = r.branches.map((b) => b.key);
  }
  if (node.type === 'map') return { status: 'SUCCESS', output: argo ? (items ?? []).map((i) => JSON.stringify(i)) : (items ?? []) };
  return { status: 'SUCCESS', output: keys };
}

async function maybeFanOutNext(ctx: RunContext, opts: SingleNodeOptions, status: Status, route: Route, frame: Frame): Promise<void> {
  if (!opts.fanOutNext || status !== 'SUCCESS' || !route.stoppedAt) return;
  const next = route.stoppedAt;
  if (next.type !== 'parallel' && next.type !== 'map' && next.type !== 'conditional' && next.type !== 'loop') return;
  const { output } = await fanOutOutput(ctx, next, frame, opts.orchestrator === 'argo');
  await writeJson(ctx, opts.fanOutNext, output);
}

async function close(ctx: RunContext): Promise<void> {
  await ctx.catalog.flush();
  await ctx.store.flush();
}

export async function executeSingleNodeCommand(opts: SingleNodeOptions): Promise<SingleNodeResult> {
  const { ctx, node, graph, frame } = await open(opts);
  if (node.type !== 'task' && node.type !== 'stub' && node.type !== 'success' && node.type !== 'fail') {
    throw new UsageError(`step '${opts.stepPath}' is a ${node.type}: use 'runnable fan ${opts.runId} ${opts.stepPath} out|in'`);
  }
  const argo = opts.orchestrator === 'argo';
  const max = node.type === 'task' ? node.max_attempts : 1;
  const status = await executeLeaf(ctx, node, frame, argo ? { attempts: 1, moreToCome: (opts.retryIndex ?? 0) + 1 < max } : {});
  const name = stepPath(frame, node);
  if (status === 'PROCESSING') {
    // Argo will retry this step: no route, no status change.
    await close(ctx);
    return { runId: ctx.runId, step: name, status, exitCode: 1 };
  }
  let route: Route = { reachedFail: node.type === 'fail' };
  if (opts.followInline !== false) route = await followInline(ctx, graph, node, status, frame);
  await maybeFanOutNext(ctx, opts, status, route, frame);
  await close(ctx);
  return { runId: ctx.runId, step: name, status, exitCode: status === 'FAIL' || route.reachedFail ? 1 : 0 };
}

export interface FanOptions extends SingleNodeOptions {
  direction: 'in' | 'out';
  /** Where `fan out` (and a loop's `fan in`) writes its JSON array. @default /tmp/output.txt */
  outputFile?: string;
}

export interface FanResult extends SingleNodeResult {
  /** What was written to the output file. */
  output?: unknown;
}

export async function fanCommand(opts: FanOptions): Promise<FanResult> {
  const { ctx, node, graph, frame } = await open(opts);
  const name = stepPath(frame, node);
  const argo = opts.orchestrator === 'argo';
  const outputFile = opts.outputFile ?? '/tmp/output.txt';
  if (node.type !== 'parallel' && node.type !== 'map' && node.type !== 'conditional' && node.type !== 'loop') {
    throw new UsageError(`step '${opts.stepPath}' is a ${node.type}, not a composite: use 'runnable execute-single-node'`);
  }

  if (opts.direction === 'out') {
    // Never follows a route: a failure at fan-out is recorded and routed by the composite's fan in.
    const { status, output } = await fanOutOutput(ctx, node, frame, argo);
    await writeJson(ctx, outputFile, output);
    await close(ctx);
    return { runId: ctx.runId, step: name, status, output, exitCode: argo || status === 'SUCCESS' ? 0 : 1 };
  }

  let status: Status;
  let output: unknown[] | undefined;
  if (node.type === 'loop') {
    // The iteration that just ended is this loop's entry in loop_variable.
    const depth = frame.iter.loop_variable.length;
    const index = parseIter(opts.iterVariable).loop_variable?.[depth]?.value ?? 0;
    const decision = await loopAfterIteration(ctx, node, frame, index);
    if (decision.kind === 'continue') {
      await loopIteration(ctx, node, frame, index + 1);
      output = [index + 1];
      await writeJson(ctx, outputFile, output);
      await close(ctx);
      return { runId: ctx.runId, step: name, status: 'PROCESSING', output, exitCode: 0 };
    }
    status = await loopFinish(ctx, node, frame, index, decision);
    output = [];
    await writeJson(ctx, outputFile, output);
  } else {
    status = await fanIn(ctx, node, frame);
  }
  let route: Route = { reachedFail: false };
  if (opts.followInline !== false) route = await followInline(ctx, graph, node, status, frame);
  if (node.type !== 'loop') await maybeFanOutNext(ctx, opts, status, route, frame);
  await close(ctx);
  return { runId: ctx.runId, step: name, status, output, exitCode: status === 'FAIL' || route.reachedFail ? 1 : 0 };
}
