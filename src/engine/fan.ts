/**
 * Composite nodes (parallel, map, conditional, loop): fan-out creates the composite's step log and its
 * branch logs (each branch starting with a copy of the parent scope, semantics §19 a); fan-in decides the
 * composite's status from its branch logs and merges or reduces parameters into the parent scope (§5.3).
 *
 * Both are stateless beyond the run log, so the local traversal and `runnable fan … out|in` (one Argo pod
 * each) share them: which branches exist is always recomputed from the parent scope.
 */
import { itemKey } from '../pipeline/internal-names.js';
import { isExactNumber } from '../runlog/exact-json.js';
import type { CompositeNode, ConditionalNode, Graph, LoopNode, MapNode, ParallelNode, TaskNode } from '../pipeline/model.js';
import { makeParameter, newStepRecord, type Parameters, type StepRecord, type Status } from '../runlog/model.js';
import { runPythonReducer } from '../tasks/python.js';
import { scrubEnvironment } from '../tasks/env.js';
import { childFrame, stepPath, type Frame } from './frames.js';
import { mapConcurrent } from './limiter.js';
import { noteBranchOpened, readOwn, readScope, sameValue, writeScope } from './scope.js';
import type { RunContext } from './run-context.js';

export interface BranchRun {
  /** Parallel/conditional key, map item key, or loop index as a string. */
  key: string;
  graph: Graph;
  frame: Frame;
}

export type FanOutResult =
  | { kind: 'skip' } // retry: the composite already succeeded
  | { kind: 'fail'; message: string }
  | { kind: 'run'; branches: BranchRun[]; items?: unknown[] };

type Expected = { ok: true; branches: BranchRun[]; items?: unknown[] } | { ok: false; message: string };

function describeKeys(p: Parameters): string {
  const keys = Object.keys(p);
  return keys.length ? keys.join(', ') : 'none';
}

interface ItemScan {
  seen: Map<string, number>;
  branches: BranchRun[];
}

/** A map's branches for items [from, to): their keys must be distinct. Returns the message of a duplicate. */
function scanItems(node: MapNode, name: string, frame: Frame, items: unknown[], scan: ItemScan, from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    const key = itemKey(items[i]);
    const before = scan.seen.get(key);
    if (before !== undefined) return `map '${name}': items ${before} and ${i} have the same key '${key}'; map items must be distinct`;
    scan.seen.set(key, i);
    scan.branches.push({ key, graph: node.branch, frame: childFrame(frame, node, name, { item: items[i] }) });
  }
  return undefined;
}

/**
 * `expectedBranches` for the local traversal: a map's items are keyed in slices, giving the event loop a turn
 * every 20 ms (200k items take a second or more), and a cancelled run stops there.
 */
async function expectedBranchesYielding(ctx: RunContext, node: ParallelNode | MapNode | ConditionalNode, name: string, frame: Frame, scope: Parameters): Promise<Expected> {
  const p = node.type === 'map' ? scope[node.iterate_on] : undefined;
  if (node.type !== 'map' || !p || !Array.isArray(p.value)) return expectedBranches(node, name, frame, scope);
  const items = p.value as unknown[];
  const scan: ItemScan = { seen: new Map(), branches: [] };
  let since = performance.now();
  for (let i = 0; i < items.length; i += 1024) {
    const dup = scanItems(node, name, frame, items, scan, i, Math.min(items.length, i + 1024));
    if (dup) return { ok: false, message: dup };
    if (performance.now() - since >= 20) {
      await new Promise<void>((r) => setImmediate(r));
      since = performance.now();
      if (ctx.signal.aborted) return { ok: false, message: `cancelled: ${String(ctx.signal.reason ?? 'aborted')}` };
    }
  }
  return { ok: true, branches: scan.branches, items };
}

/** Which branches a composite runs, from the parent scope (semantics §3.7-3.9, §19 f). */
export function expectedBranches(node: ParallelNode | MapNode | ConditionalNode, name: string, frame: Frame, scope: Parameters): Expected {
  switch (node.type) {
    case 'parallel':
      return { ok: true, branches: Object.entries(node.branches).map(([key, graph]) => ({ key, graph, frame: childFrame(frame, node, name, { key }) })) };
    case 'map': {
      const p = scope[node.iterate_on];
      if (!p) return { ok: false, message: `map '${name}': iterate_on parameter '${node.iterate_on}' does not exist (parameters: ${describeKeys(scope)})` };
      if (!Array.isArray(p.value)) {
        return { ok: false, message: `map '${name}': iterate_on parameter '${node.iterate_on}' must be a list, got ${JSON.stringify(p.value)?.slice(0, 80)}` };
      }
      const items = p.value as unknown[];
      const scan: ItemScan = { seen: new Map(), branches: [] };
      const dup = scanItems(node, name, frame, items, scan, 0, items.length);
      return dup ? { ok: false, message: dup } : { ok: true, branches: scan.branches, items };
    }
    case 'conditional': {
      const p = scope[node.parameter];
      if (!p) return { ok: false, message: `conditional '${name}': parameter '${node.parameter}' does not exist (parameters: ${describeKeys(scope)})` };
      // An integral float (`1.0`) or a big int is an ExactNumber; its key is Python's str() of it.
      const v = isExactNumber(p.value) ? p.value.text : p.value;
      if (v === null || !['string', 'number', 'boolean'].includes(typeof v)) {
        return { ok: false, message: `conditional '${name}': parameter '${node.parameter}' must be a string, number or boolean, got ${JSON.stringify(v)?.slice(0, 80)}` };
      }
      const key = itemKey(v);
      const graph = node.branches[key];
      if (graph) return { ok: true, branches: [{ key, graph, frame: childFrame(frame, node, name, { key }) }] };
      if (node.default) return { ok: true, branches: [{ key: 'default', graph: node.default, frame: childFrame(frame, node, name, { key: 'default' }) }] };
      return { ok: false, message: `conditional '${name}': no branch matches ${node.parameter}=${JSON.stringify(v)} (branches: ${Object.keys(node.branches).join(', ')}) and there is no default` };
    }
  }
}

async function startComposite(ctx: RunContext, node: CompositeNode, name: string, frame: Frame): Promise<{ record: StepRecord; skip: boolean }> {
  const existing = ctx.isRetry || ctx.attach ? await ctx.store.getStep(ctx.runId, name) : undefined;
  if (existing && ctx.isRetry && existing.status === 'SUCCESS') return { record: existing, skip: true };
  const record = existing ?? newStepRecord(node.name, name, node.type);
  record.status = 'PROCESSING';
  record.message = '';
  await ctx.store.putStep(ctx.runId, record, frame.branch);
  return { record, skip: false };
}

async function finishComposite(ctx: RunContext, record: StepRecord, frame: Frame, status: Status, message: string): Promise<Status> {
  record.status = status;
  record.message = message;
  await ctx.store.putStep(ctx.runId, record, frame.branch);
  ctx.reporter.stepFinished?.({ step: record.internal_name, type: record.step_type, status, message, attempt: 0 });
  return status;
}

/**
 * Creates (or, on a retry, reuses) a branch log. Its scope starts as a copy of the parent's, stored
 * copy-on-write (see scope.ts): `own` is what the branch holds beyond the parent, `{}` except for loop
 * iterations, which start from the previous iteration's values.
 */
async function openBranch(ctx: RunContext, branch: string, parentStep: string, own: Parameters = {}): Promise<void> {
  const existing = ctx.isRetry || ctx.attach ? await ctx.store.getBranch(ctx.runId, branch) : undefined;
  if (existing) {
    if (existing.status !== 'SUCCESS') await ctx.store.putBranch(ctx.runId, { ...existing, status: 'PROCESSING' }, parentStep);
    noteBranchOpened(ctx, branch, existing.parameters);
    return;
  }
  await ctx.store.putBranch(ctx.runId, { internal_name: branch, status: 'PROCESSING', parameters: own }, parentStep);
  noteBranchOpened(ctx, branch, own);
}

/** Above this many items a store that rewrites the whole run is worth a warning (it slows down quadratically). */
export const LARGE_MAP_ITEMS = 1000;

export async function fanOut(ctx: RunContext, node: ParallelNode | MapNode | ConditionalNode, frame: Frame): Promise<FanOutResult> {
  const name = stepPath(frame, node);
  const { record, skip } = await startComposite(ctx, node, name, frame);
  if (skip) {
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: 'SUCCESS', message: '', attempt: 0, skipped: 'succeeded in an earlier attempt of this run' });
    return { kind: 'skip' };
  }
  ctx.reporter.stepStarted?.({ step: name, type: node.type, attempt: 0 });
  const scope = await readScope(ctx, frame);
  const expected = await expectedBranchesYielding(ctx, node, name, frame, scope);
  if (ctx.signal.aborted) return { kind: 'fail', message: `cancelled: ${String(ctx.signal.reason ?? 'aborted')}` };
  if (!expected.ok) {
    await finishComposite(ctx, record, frame, 'FAIL', expected.message);
    return { kind: 'fail', message: expected.message };
  }
  // The map's size is known: tell the edges before the branch records are written (a progress display, and
  // the CLI's heap tuning for large maps, which must start before this burst of allocation).
  if (node.type === 'map') ctx.reporter.branchProgress?.({ step: name, done: 0, total: expected.branches.length, failed: 0 });
  if (node.type === 'map' && ctx.store.rewritesWholeRun && expected.branches.length > LARGE_MAP_ITEMS) {
    ctx.reporter.log?.('WARNING', `map '${name}' has ${expected.branches.length} items and the ${ctx.store.kind} run log rewrites the whole run after every change (quadratic in the items): configure run-log-store type chunked-fs for maps this size`);
  }
  // Branch logs are independent files in chunked stores: open them concurrently. A journal append settles on
  // microtasks alone, so mapConcurrent gives the event loop a turn every 20 ms (a signal must be seen while a
  // 200k-item map is fanned out), and a cancelled run stops here: the branches not opened need no settling.
  const width = ctx.store.supportsParallelWrites ? 64 : 1;
  await mapConcurrent(expected.branches, width, async (b) => {
    if (!ctx.signal.aborted) await openBranch(ctx, b.frame.branch, name);
  }, ctx.signal);
  if (ctx.signal.aborted) return { kind: 'fail', message: `cancelled: ${String(ctx.signal.reason ?? 'aborted')}` };
  return { kind: 'run', branches: expected.branches, items: expected.items };
}

/** Return names of the task nodes directly in a map's branch: what fan-in reduces (§3.8). */
function mapReturnNames(node: MapNode): string[] {
  const names: string[] = [];
  for (const n of Object.values(node.branch.nodes)) {
    if (n.type === 'task') for (const r of (n as TaskNode).task.returns) if (!names.includes(r.name)) names.push(r.name);
  }
  return names;
}

export async function fanIn(ctx: RunContext, node: ParallelNode | MapNode | ConditionalNode, frame: Frame): Promise<Status> {
  const name = stepPath(frame, node);
  const record = (await ctx.store.getStep(ctx.runId, name)) ?? newStepRecord(node.name, name, node.type);
  if (ctx.isRetry && record.status === 'SUCCESS') return 'SUCCESS';
  const scope = await readScope(ctx, frame);
  const expected = await expectedBranchesYielding(ctx, node, name, frame, scope);
  if (ctx.signal.aborted) return 'FAIL';
  if (!expected.ok) return finishComposite(ctx, record, frame, 'FAIL', expected.message);

  // Read in bounded, yielding batches (a 200k-item map's reads settle on microtasks, like its fan-out's writes);
  // a cancelled run stops here and the sweep at the end of the run fails the composite with the reason.
  const headers = await mapConcurrent(expected.branches, 64, (b) => (ctx.signal.aborted ? Promise.resolve(undefined) : ctx.store.getBranch(ctx.runId, b.frame.branch)));
  if (ctx.signal.aborted) return 'FAIL';
  const failed = expected.branches.filter((_, i) => headers[i]?.status !== 'SUCCESS').map((b) => b.key);
  if (failed.length) {
    const shown = failed.slice(0, 5).join(', ') + (failed.length > 5 ? ` and ${failed.length - 5} more` : '');
    return finishComposite(ctx, record, frame, 'FAIL', `${failed.length} of ${expected.branches.length} branch${expected.branches.length === 1 ? '' : 'es'} did not succeed: ${shown}`);
  }

  const updates: Parameters = {};
  try {
    if (node.type === 'map') {
      for (const ret of mapReturnNames(node)) {
        // A branch that did not set the name sees the parent's value (its scope is a copy of the parent's);
        // a branch where the name is unset altogether (it took a failure path) is skipped, as runnable does,
        // and when no branch has it the result is "" (runnable's map fan-in).
        const values: unknown[] = [];
        for (const h of headers) {
          const p = h!.parameters[ret] ?? scope[ret];
          if (p) values.push(p.value);
        }
        let value: unknown = values.length ? values : '';
        if (node.reducer && values.length) {
          value = await runPythonReducer(node.reducer, values, { cwd: ctx.cwd, env: scrubEnvironment(ctx.env, []), signal: ctx.signal });
        }
        updates[ret] = makeParameter(scope[ret]?.kind === 'metric' ? 'metric' : 'json', value);
      }
    } else {
      // parallel: every branch in declaration order, last wins; conditional: the branch that ran.
      // A branch's own parameters are what it set; only real changes are merged.
      for (const h of headers) {
        for (const [k, p] of Object.entries(h!.parameters)) {
          if (!scope[k] || !sameValue(scope[k]!.value, p.value) || scope[k]!.kind !== p.kind) updates[k] = p;
        }
      }
    }
  } catch (err) {
    return finishComposite(ctx, record, frame, 'FAIL', `reducer of '${name}' failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  await writeScope(ctx, frame.branch, updates);
  return finishComposite(ctx, record, frame, 'SUCCESS', '');
}

/* ------------------------------------------------------------------ loop (semantics §3.10) */

export type LoopDecision = { kind: 'continue' } | { kind: 'done'; status: Status; message: string };

/** Starts a loop: the composite's step log. Returns false when a retry finds it already succeeded. */
export async function loopStart(ctx: RunContext, node: LoopNode, frame: Frame): Promise<boolean> {
  const name = stepPath(frame, node);
  const { skip } = await startComposite(ctx, node, name, frame);
  if (skip) {
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: 'SUCCESS', message: '', attempt: 0, skipped: 'succeeded in an earlier attempt of this run' });
    return false;
  }
  ctx.reporter.stepStarted?.({ step: name, type: node.type, attempt: 0 });
  return true;
}

/** Opens iteration `index`: its scope is a copy of the parent's (index 0) or of the previous iteration's. */
export async function loopIteration(ctx: RunContext, node: LoopNode, frame: Frame, index: number): Promise<BranchRun> {
  const name = stepPath(frame, node);
  const branchFrame = childFrame(frame, node, name, { index });
  const own = index === 0 ? {} : await readOwn(ctx, childFrame(frame, node, name, { index: index - 1 }).branch);
  await openBranch(ctx, branchFrame.branch, name, own);
  return { key: String(index), graph: node.branch, frame: branchFrame };
}

/** After iteration `index`: stop on failure, on `break_on` true, or at `max_iterations`. */
export async function loopAfterIteration(ctx: RunContext, node: LoopNode, frame: Frame, index: number): Promise<LoopDecision> {
  const name = stepPath(frame, node);
  const branch = childFrame(frame, node, name, { index }).branch;
  const header = await ctx.store.getBranch(ctx.runId, branch);
  if (!header || header.status !== 'SUCCESS') {
    return { kind: 'done', status: 'FAIL', message: `iteration ${index} did not succeed` };
  }
  const brk = header.parameters[node.break_on];
  if (brk !== undefined && typeof brk.value !== 'boolean') {
    return { kind: 'done', status: 'FAIL', message: `loop '${name}': break_on parameter '${node.break_on}' must be a boolean, got ${JSON.stringify(brk.value)?.slice(0, 80)}` };
  }
  if (brk?.value === true) return { kind: 'done', status: 'SUCCESS', message: '' };
  if (index + 1 >= node.max_iterations) return { kind: 'done', status: 'SUCCESS', message: '' };
  return { kind: 'continue' };
}

/** Ends a loop: on success the last iteration's scope becomes the parent's (§5.3). */
export async function loopFinish(ctx: RunContext, node: LoopNode, frame: Frame, lastIndex: number, decision: { status: Status; message: string }): Promise<Status> {
  const name = stepPath(frame, node);
  const record = (await ctx.store.getStep(ctx.runId, name)) ?? newStepRecord(node.name, name, node.type);
  if (decision.status === 'SUCCESS' && lastIndex >= 0) {
    const last = await ctx.store.getBranch(ctx.runId, childFrame(frame, node, name, { index: lastIndex }).branch);
    const parent = await readScope(ctx, frame);
    const updates: Parameters = {};
    for (const [k, p] of Object.entries(last?.parameters ?? {})) if (!parent[k] || !sameValue(parent[k]!.value, p.value)) updates[k] = p;
    await writeScope(ctx, frame.branch, updates);
  }
  return finishComposite(ctx, record, frame, decision.status, decision.message);
}

