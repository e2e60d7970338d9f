/**
 * The orchestrator protocol (semantics §12): `execute-single-node` runs one leaf of a run, `fan … out|in`
 * opens or closes one composite. An orchestrator (Argo) calls these in its pods; nothing but the run id,
 * the step path and the iteration variables travel between them — all state is in the run log store.
 *
 * After its node, each call follows the route inline through stubs and terminal nodes (a stub always
 * succeeds; `success`/`fail` only set a status), so a compiled workflow needs no pod for them: the step
 * whose `next` is `success` marks its branch SUCCESS itself, as runnable does for `fail`.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { decodeStepPath, type IterVariables } from '../pipeline/internal-names.js';
import type { Graph, PipelineNode } from '../pipeline/model.js';
import type { Status } from '../runlog/model.js';
import { executeLeaf } from '../context/execute-single-node.js';
import { expectedBranches, fanIn, fanOut, loopAfterIteration, loopFinish, loopIteration, loopStart } from '../context/fan.js';
import { locate, stepPath, type Frame } from '../context/frames.js';
import { readScope } from '../context/scope.js';
import type { RunContext } from '../context/run-context.js';
import { loadInputs, setupRun } from '../context/setup-run.js';
import type { RunOptions } from './types.js';

export interface SingleNodeOptions extends RunOptions {
  runId: string;
  /** Template internal name, spaces written as `%`. */
  stepPath: string;
  /** runnable's `--iter-variable` JSON. */
  iterVariable?: string;
  /** Continue inline through following stubs and terminals. @default true */
  followInline?: boolean;
}

export interface SingleNodeResult {
  runId: string;
  step: string;
  status: Status;
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
  const loaded = await loadInputs(opts);
  const ctx = await setupRun(opts, 'attach', loaded);
  const located = locate(ctx.pipeline, decodeStepPath(opts.stepPath), parseIter(opts.iterVariable));
  return { ctx, ...located };
}

/** Follows the route from `node` (which ended with `status`) through stubs and terminals, running them. */
async function followInline(ctx: RunContext, graph: Graph, node: PipelineNode, status: Status, frame: Frame): Promise<void> {
  let current = node;
  let st = status;
  for (;;) {
    if (current.type === 'success' || current.type === 'fail') return;
    const target = graph.nodes[st === 'SUCCESS' ? current.next : (current.on_failure ?? 'fail')];
    if (!target || (target.type !== 'stub' && target.type !== 'success' && target.type !== 'fail')) return;
    st = await executeLeaf(ctx, target, frame);
    current = target;
  }
}

export async function executeSingleNodeCommand(opts: SingleNodeOptions): Promise<SingleNodeResult> {
  const { ctx, node, graph, frame } = await open(opts);
  if (node.type !== 'task' && node.type !== 'stub' && node.type !== 'success' && node.type !== 'fail') {
    throw new UsageError(`step '${opts.stepPath}' is a ${node.type}: use 'runnable fan ${opts.runId} ${opts.stepPath} out|in'`);
  }
  const status = await executeLeaf(ctx, node, frame);
  if (opts.followInline !== false) await followInline(ctx, graph, node, status, frame);
  await ctx.catalog.flush();
  await ctx.store.flush();
  return { runId: ctx.runId, step: stepPath(frame, node), status };
}

export interface FanOptions extends SingleNodeOptions {
  direction: 'in' | 'out';
  /** Where `fan out` writes what the orchestrator fans over. @default /tmp/output.txt */
  outputFile?: string;
}

export interface FanResult extends SingleNodeResult {
  /** `out`: what was written to the output file (map items, branch keys to run, or loop decision). */
  output?: unknown;
}

/**
 * `fan out` writes, for a map, the JSON list of items (each keeping its JSON type); for a conditional or a
 * parallel, the JSON list of branch keys to run. For a loop, `fan out` with loop_variable [..., {value: i}]
 * opens iteration i and `fan in` for iteration i writes `{"continue": true|false}` and closes the loop when
 * it is done (see src/argo/compile.ts for how the workflow uses it).
 */
export async function fanCommand(opts: FanOptions): Promise<FanResult> {
  const { ctx, node, graph, frame } = await open(opts);
  const name = stepPath(frame, node);
  const write = async (value: unknown) => {
    const file = path.resolve(ctx.cwd, opts.outputFile ?? '/tmp/output.txt');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(value));
  };
  let status: Status = 'SUCCESS';
  let output: unknown;
  // Whether the composite reached its end in this call (a loop's fan-in may ask for another iteration).
  let finished = opts.direction === 'in';
  if (node.type === 'parallel' || node.type === 'map' || node.type === 'conditional') {
    if (opts.direction === 'out') {
      const r = await fanOut(ctx, node, frame);
      if (r.kind === 'fail') {
        status = 'FAIL';
        finished = true;
      }
      if (r.kind === 'skip') {
        // Retry: already succeeded. Still tell the orchestrator what the branches were.
        const e = expectedBranches(node, name, frame, await readScope(ctx, frame.branch));
        output = e.ok ? (node.type === 'map' ? e.items : e.branches.map((b) => b.key)) : [];
      } else if (r.kind === 'run') {
        output = node.type === 'map' ? r.items : r.branches.map((b) => b.key);
      } else {
        output = [];
      }
      await write(output);
    } else {
      status = await fanIn(ctx, node, frame);
    }
  } else if (node.type === 'loop') {
    // The iteration index is the innermost loop_variable the caller passed for this loop (0 when absent).
    const parsed = parseIter(opts.iterVariable);
    const depth = frame.iter.loop_variable.length;
    const index = parsed.loop_variable?.[depth]?.value ?? 0;
    if (opts.direction === 'out') {
      if (index === 0 && !(await loopStart(ctx, node, frame))) {
        output = { run: false };
      } else {
        await loopIteration(ctx, node, frame, index);
        output = { run: true, index };
      }
      await write(output);
    } else {
      const decision = await loopAfterIteration(ctx, node, frame, index);
      if (decision.kind === 'continue') {
        output = { continue: true, next: index + 1 };
        finished = false;
      } else {
        status = await loopFinish(ctx, node, frame, index, decision);
        output = { continue: false };
      }
      await write(output);
    }
  } else {
    throw new UsageError(`step '${opts.stepPath}' is a ${node.type}, not a composite: use 'runnable execute-single-node'`);
  }
  if (finished && opts.followInline !== false) await followInline(ctx, graph, node, status, frame);
  await ctx.catalog.flush();
  await ctx.store.flush();
  return { runId: ctx.runId, step: name, status, output };
}
