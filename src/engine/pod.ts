/**
 * The orchestrator protocol (semantics §12): `execute-single-node` runs one leaf of a run, `fan … out|in`
 * opens or closes one composite. An orchestrator (Argo) calls these in its pods; nothing but the run id,
 * the step path and the iteration variables travel between them — all state is in the run log store.
 *
 * After its node, each call follows the route inline through stubs and terminal nodes (a stub always
 * succeeds; `success`/`fail` only set a status), so a compiled workflow needs no pod for them.
 *
 * With `--orchestrator argo` the calls follow the contract in src/protocol.ts: one attempt per call (Argo
 * retries), exit code non-zero when the node failed or the graph ended at `fail`, map items as indices (read
 * back from the run log here), conditional tokens, loop iterations opened by the previous iteration's
 * `fan in`, `--fan-out-next` doing the next composite's fan-out in the same pod, the fan-in settling branches
 * the orchestrator stopped, and `fan RUN_ID - exit` (the workflow's exit handler) settling the whole run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { decodeStepPath, type IterVariables } from '../pipeline/internal-names.js';
import { MAP_PLACEHOLDER } from '../pipeline/model.js';
import { CONDITIONAL_NONE, LOOP_GO, LOOP_STOP, conditionalToken, parseIterVariable, type PodIterVariables } from '../protocol.js';
import type { RunnableConfig } from '../config/model.js';
import type { StepLog } from '../runlog/model.js';
import { failUnsettled } from './finalize.js';
import { createRunLogStore } from '../runlog/factory.js';
import { routeAfter, type CompositeNode, type Graph, type PipelineNode } from '../pipeline/model.js';
import type { Status } from '../runlog/model.js';
import { executeLeaf } from './execute-single-node.js';
import { expectedBranches, fanIn, fanOut, loopAfterIteration, loopFinish, loopIteration, loopStart } from './fan.js';
import { locate, stepPath, type Frame } from './frames.js';
import { readScope } from './scope.js';
import type { RunContext } from './run-context.js';
import { loadInputs, setupRun, type LoadedInputs } from './setup-run.js';
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
  /** Move the run log store and the file-system catalog under this folder (runnable's pvc_for_runnable). */
  storesOn?: string;
  /** The exit handler's workflow status (`{{workflow.status}}`). */
  workflowStatus?: string;
}

export interface SingleNodeResult {
  runId: string;
  step: string;
  status: Status;
  /** Exit code for the orchestrator: non-zero when the node failed or the graph ended at `fail`. */
  exitCode: number;
}

function parseIter(text: string | undefined): PodIterVariables {
  return parseIterVariable(text);
}

/** runnable's pvc_for_runnable inside a pod: the run log store and the file-system catalog on the claim (argo.py `_use_volumes`). */
function relocateStores(config: RunnableConfig, root: string | undefined): RunnableConfig {
  if (!root) return config;
  const out = { ...config };
  if (['file-system', 'chunked-fs'].includes(config.runLogStore.type)) out.runLogStore = { ...config.runLogStore, config: { ...config.runLogStore.config, log_folder: path.posix.join(root, 'run_logs') } };
  if (config.catalog.type === 'file-system') out.catalog = { ...config.catalog, config: { ...config.catalog.config, catalog_location: path.posix.join(root, 'catalog') } };
  return out;
}

async function loadForPod(opts: SingleNodeOptions): Promise<LoadedInputs> {
  const loaded = await loadInputs(opts);
  return opts.storesOn ? { ...loaded, config: relocateStores(loaded.config, opts.storesOn) } : loaded;
}

/** Map variables given as indices stand in as their index until the run log is open (to check the path). */
function standIn(iter: PodIterVariables): IterVariables {
  const map_variable: Record<string, { value: unknown }> = {};
  for (const [k, m] of Object.entries(iter.map_variable ?? {})) map_variable[k] = 'value' in m ? m : { value: m.index };
  return { map_variable, loop_variable: iter.loop_variable ?? [] };
}

/** Resolves `{"index": i}` map variables, outermost first: item i of each enclosing map's list in the run log. */
async function resolveIndices(ctx: RunContext, templatePath: string, iter: PodIterVariables): Promise<IterVariables> {
  const given = iter.map_variable ?? {};
  if (!Object.values(given).some((m) => !('value' in m))) return iter as IterVariables;
  const resolved: Required<IterVariables> = { map_variable: {}, loop_variable: iter.loop_variable ?? [] };
  const segments = templatePath.split('.');
  for (let i = 0; i + 1 < segments.length; i += 2) {
    if (segments[i + 1] !== MAP_PLACEHOLDER) continue;
    const { node, frame } = locate(ctx.pipeline, segments.slice(0, i + 1).join('.'), resolved);
    if (node.type !== 'map') continue;
    const m = given[node.iterate_as];
    if (!m) throw new UsageError(`step '${templatePath}': --iter-variable has no map_variable '${node.iterate_as}'`);
    if ('value' in m) {
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

async function open(opts: SingleNodeOptions) {
  // Everything the call is told is checked before it touches the run log, so bad input leaves no trace.
  const iter = parseIter(opts.iterVariable);
  const loaded = await loadForPod(opts);
  const templatePath = decodeStepPath(opts.stepPath);
  locate(loaded.pipeline, templatePath, standIn(iter));
  const ctx = await setupRun(opts, 'attach', loaded);
  const located = locate(ctx.pipeline, templatePath, await resolveIndices(ctx, templatePath, iter));
  return { ctx, ...located };
}

/** Writes an output file: JSON for lists, a token (conditional, loop) as plain text. */
async function writeJson(ctx: RunContext, file: string, value: unknown): Promise<void> {
  const abs = path.resolve(ctx.cwd, file);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, typeof value === 'string' ? value : JSON.stringify(value));
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
    const target = graph.nodes[routeAfter(current, st)];
    if (!target) return { reachedFail: false };
    if (target.type !== 'stub' && target.type !== 'success' && target.type !== 'fail') return { reachedFail: false, stoppedAt: target };
    st = await executeLeaf(ctx, target, frame);
    current = target;
  }
}

/**
 * What `fan out` hands the orchestrator. Under argo (protocol.ts): map → the items' indices; conditional →
 * the branch's token (`none` when nothing runs); loop → `go` / `stop`. Otherwise runnable's: the items, the
 * branch keys, `[0]` / `[]`.
 */
async function fanOutOutput(ctx: RunContext, node: CompositeNode, frame: Frame, argo: boolean): Promise<{ status: Status; output: unknown }> {
  const name = stepPath(frame, node);
  if (node.type === 'loop') {
    if (!(await loopStart(ctx, node, frame))) return { status: 'SUCCESS', output: argo ? LOOP_STOP : [] };
    await loopIteration(ctx, node, frame, 0);
    return { status: 'SUCCESS', output: argo ? LOOP_GO : [0] };
  }
  const r = await fanOut(ctx, node, frame);
  // A fan-out that failed runs no branch; the composite's fan in (which recomputes the branches) records it.
  if (r.kind === 'fail') return { status: 'FAIL', output: argo && node.type === 'conditional' ? CONDITIONAL_NONE : [] };
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
  if (node.type === 'map') return { status: 'SUCCESS', output: argo ? (items ?? []).map((_, i) => i) : (items ?? []) };
  if (node.type === 'conditional' && argo) return { status: 'SUCCESS', output: conditionalToken(Object.keys(node.branches), keys[0]) };
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
  // A pod that was told to stop (SIGTERM: Stop, Terminate, a deadline) records its step and goes no further,
  // as a cancelled local run does: following the route would run the `fail` terminal of a run nobody failed.
  if (ctx.signal.aborted) {
    await close(ctx);
    return { runId: ctx.runId, step: name, status, exitCode: status === 'SUCCESS' ? 0 : 1 };
  }
  if (opts.followInline !== false) route = await followInline(ctx, graph, node, status, frame);
  await maybeFanOutNext(ctx, opts, status, route, frame);
  await close(ctx);
  return { runId: ctx.runId, step: name, status, exitCode: status === 'FAIL' || route.reachedFail ? 1 : 0 };
}

export interface FanOptions extends SingleNodeOptions {
  /** `exit`: the workflow's exit handler (STEP is ignored). */
  direction: 'in' | 'out' | 'exit';
  /** Where `fan out` (and a loop's `fan in`) writes its JSON array. @default /tmp/output.txt */
  outputFile?: string;
}

export interface FanResult extends SingleNodeResult {
  /** What was written to the output file. */
  output?: unknown;
}

export async function fanCommand(opts: FanOptions): Promise<FanResult> {
  if (opts.direction === 'exit') return exitHandler(opts);
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
  let output: unknown;
  if (node.type === 'loop') {
    // The iteration that just ended is this loop's entry in loop_variable.
    const depth = frame.iter.loop_variable.length;
    const index = parseIter(opts.iterVariable).loop_variable?.[depth]?.value ?? 0;
    const decision = await loopAfterIteration(ctx, node, frame, index);
    if (decision.kind === 'continue') {
      await loopIteration(ctx, node, frame, index + 1);
      const next = argo ? String(index + 1) : [index + 1];
      await writeJson(ctx, outputFile, next);
      await close(ctx);
      return { runId: ctx.runId, step: name, status: 'PROCESSING', output: next, exitCode: 0 };
    }
    status = await loopFinish(ctx, node, frame, index, decision);
    const stop = argo ? LOOP_STOP : [];
    await writeJson(ctx, outputFile, stop);
    output = stop;
  } else {
    // Branches the orchestrator stopped (retries ended early, an errored pod) are settled before the fan-in decides.
    if (argo) await settleBranches(ctx, name);
    status = await fanIn(ctx, node, frame);
  }
  let route: Route = { reachedFail: false };
  if (ctx.signal.aborted) {
    // Stopped mid-call (SIGTERM): the composite is recorded; its route is not followed (see executeSingleNodeCommand).
    await close(ctx);
    return { runId: ctx.runId, step: name, status, output, exitCode: status === 'FAIL' ? 1 : 0 };
  }
  if (opts.followInline !== false) route = await followInline(ctx, graph, node, status, frame);
  if (node.type !== 'loop') await maybeFanOutNext(ctx, opts, status, route, frame);
  await close(ctx);
  return { runId: ctx.runId, step: name, status, output, exitCode: status === 'FAIL' || route.reachedFail ? 1 : 0 };
}

const INTERRUPTED = 'the orchestrator stopped this step before it finished (retries ended early, its pod errored, or the workflow was stopped)';

function findStep(steps: Record<string, StepLog>, name: string): StepLog | undefined {
  for (const s of Object.values(steps)) {
    if (s.internal_name === name) return s;
    if (name.startsWith(s.internal_name + '.')) {
      for (const b of Object.values(s.branches)) {
        const found = findStep(b.steps, name);
        if (found) return found;
      }
    }
  }
  return undefined;
}

async function settleBranches(ctx: RunContext, composite: string): Promise<void> {
  const log = await ctx.store.getRunLog(ctx.runId);
  const step = findStep(log.steps, composite);
  if (step) await failUnsettled(ctx, INTERRUPTED, step);
}

/**
 * `fan RUN_ID - exit --workflow-status S`: the workflow's exit handler. Whatever is still PROCESSING was
 * stopped by Argo (Stop, the deadline, a pod error, retries ended early): it becomes FAIL with the reason, and
 * a run without a status gets the workflow's. Exits 0 (an exit handler's failure would change the workflow's
 * result); a run that never started (its first pod never ran) is reported, not created.
 */
async function exitHandler(opts: FanOptions): Promise<FanResult> {
  const loaded = await loadForPod(opts);
  const phase = opts.workflowStatus ?? '';
  // Read before attaching: attaching would create a run that never started, and a retry's attach reopens it.
  const probe = createRunLogStore(loaded.config.runLogStore, loaded.cwd);
  if (!(await probe.runExists(opts.runId))) {
    opts.reporter?.log?.('WARNING', `exit handler: run ${opts.runId} has no run log (its first pod never ran); nothing to settle`);
    return { runId: opts.runId, step: '-', status: 'FAIL', exitCode: 0 };
  }
  const before = (await probe.getRunHeader(opts.runId)).status;
  const ctx = await setupRun(opts, 'attach', loaded);
  const reason = phase && phase !== 'Succeeded' ? `the Argo workflow ended ${phase} before this step finished (stopped, past its deadline, a pod error, or retries ended early)` : INTERRUPTED;
  await failUnsettled(ctx, reason);
  const settled = before === 'PROCESSING' || before === 'CREATED' ? (phase === 'Succeeded' ? 'SUCCESS' : 'FAIL') : before;
  const header = await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status: settled }));
  await ctx.store.finishRun?.(ctx.runId); // settled: chunked-fs writes runnable's layout
  await close(ctx);
  return { runId: ctx.runId, step: '-', status: header.status, exitCode: 0 };
}
