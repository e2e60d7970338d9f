/**
 * Data-flow check for `validate`: follows parameter names through the graph with the run-time scoping
 * rules (semantics §5, §19 a; engine/fan.ts and engine/scope.ts) and reports every consumer of a name that
 * no path, or not every path, provides. Pure: function signatures are looked up by the caller.
 *
 * Consumers: a map's `iterate_on` and a conditional's `parameter` (read from the step's scope, never the
 * iteration variables), a python function's required arguments and a node function's destructured
 * arguments without a default (scope or iteration variables), and a shell return the command never exports
 * when a step names that return elsewhere (export -p then only passes on an inherited value).
 *
 * Scopes, as the engine keeps them: a task's successful returns join its scope; a failed step adds nothing
 * (the on_failure edge carries the scope from before it); branches of parallel/map/conditional/loop start
 * with a copy of the parent's scope; fan-in on success adds, for parallel, every branch's values; for a
 * conditional, the values of the branch that ran (so only what every candidate branch sets is certain);
 * for a map, every return name of the task nodes directly in its branch (always, even for 0 items); for a
 * loop, the last iteration's scope. A loop iteration after the first starts with the previous one's values,
 * so what the body returns is only possibly set at the body's start (not in the first iteration).
 *
 * State per program point: `must` (set on every path) and `may` (set on some path). Each graph is walked
 * once in topological order (next and on_failure form a DAG); a state is copied only where paths fork
 * or join, so a chain of N steps costs O(N) set operations.
 */
import { didYouMean } from './did-you-mean.js';
import { isTerminal, type Graph, type PipelineNode, type TaskNode, type TaskReturn, type TaskSpec } from './model.js';
import type { PathSegment } from './yaml-source.js';

/** What a function needs: the arguments it cannot run without. */
export interface FunctionSignature {
  /** Names that must be bound (no default, not `*args`/`**kwargs`/an `argparse.Namespace` catch-all). */
  required: string[];
  /**
   * `error`: a missing argument fails the step (python); `warning`: the function is called anyway and the
   * argument is undefined (node: destructuring without a default).
   */
  severity: 'error' | 'warning';
}

/** What the mocked executor runs instead of a task (config `patches`), by step short name. */
export interface TaskPatchLike {
  command_type?: TaskSpec['command_type'];
  command?: string;
  returns?: readonly TaskReturn[];
}

export interface DataflowOptions {
  /** Names the run starts with that are known for certain (parameters file, RUNNABLE_PRM_*). */
  initial: Iterable<string>;
  /** True when the initial parameters are known completely (-p given): a name nothing provides is an error. */
  initialKnown: boolean;
  /** The signature of a python/node task's function, when it could be read; undefined skips the check. */
  signature?: (spec: TaskSpec) => FunctionSignature | undefined;
  /** The mocked executor's patches: an unpatched task runs nothing, a patched one runs its patch. */
  patches?: Readonly<Record<string, TaskPatchLike>>;
}

export interface DataflowFinding {
  severity: 'error' | 'warning';
  /** The consuming field's path in the pipeline document (for positions), e.g. dag.steps.m.iterate_on. */
  path: PathSegment[];
  /** Internal name of the consuming step. */
  step: string;
  /** The parameter name that may be missing. */
  parameter: string;
  message: string;
}

interface State {
  must: Set<string>;
  may: Set<string>;
  /** Holders that still need this object unchanged (pending edges); 0 lets its last user mutate it. */
  refs: number;
  /** Entry states of branches belong to the parent: never mutated. */
  frozen: boolean;
}

type Vars = ReadonlySet<string>;
/** Names possibly set only by an earlier loop iteration → the loop's name (for messages). */
type LoopCarried = ReadonlyMap<string, string>;

function fresh(must: Iterable<string>, may: Iterable<string>): State {
  return { must: new Set(must), may: new Set(may), refs: 0, frozen: false };
}

/** Paths join: set on every path = intersection; on some path = union. */
function join(a: State, b: State): State {
  const [small, large] = a.must.size <= b.must.size ? [a.must, b.must] : [b.must, a.must];
  const must = new Set<string>();
  for (const x of small) if (large.has(x)) must.add(x);
  const may = new Set(a.may);
  for (const x of b.may) may.add(x);
  return { must, may, refs: 0, frozen: false };
}

/** `state` plus `names`, set for certain; copies unless the caller holds the only reference. */
function withNames(state: State, names: readonly string[]): State {
  const missing = names.filter((n) => !state.must.has(n) || !state.may.has(n));
  if (missing.length === 0) return state;
  const out = state.refs === 0 && !state.frozen ? state : fresh(state.must, state.may);
  for (const n of missing) {
    out.must.add(n);
    out.may.add(n);
  }
  return out;
}

const ESCAPES = /[\\^$.*+?()[\]{}|]/g;

/**
 * Whether a shell script may set `name` itself (so a return of it does not depend on the scope). Any bare
 * occurrence of the word (an assignment, `export name`, `read name`, `for name in`) counts, and so does any
 * construct that can set names we cannot see (eval, source, `.`, set -a, declare/typeset, a computed export):
 * the check never calls a script wrong when it might be right.
 */
export function shellMaySet(script: string, name: string): boolean {
  if (DYNAMIC_SETTERS.test(script)) return true;
  const re = new RegExp(`(^|[^\\w])${name.replace(ESCAPES, '\\$&')}(?!\\w)`, 'g');
  for (let m = re.exec(script); m; m = re.exec(script)) {
    const at = m.index + m[1]!.length;
    const before = script[at - 1];
    if (before === '$') continue; // $name: a use
    if (before === '{' && script[at - 2] === '$') continue; // ${name...}: a use
    return true;
  }
  return false;
}

/** eval, source, `. file`, set -a / allexport, declare/typeset, and an export whose name is computed. */
const DYNAMIC_SETTERS = /\b(eval|source|declare|typeset|allexport)\b|\bset\s+-[a-zA-Z]*a|(^|[;&|(\s])\.\s+\S|\bexport\s+["'`$]/m;

interface Walk {
  opts: DataflowOptions;
  findings: DataflowFinding[];
  /** Every name some step consumes (a shell return not exported matters only when one of these). */
  consumed: Set<string>;
  /** name → steps that return it (for "set by" hints). */
  providers: Map<string, string[]>;
  /** name → shell steps that list it in returns without exporting it (for hints). */
  unexported: Map<string, string[]>;
  /** Return names anywhere in a loop body (memoised per body graph). */
  bodyReturns: WeakMap<Graph, string[]>;
}

/** The task spec that actually runs (mocked patches), or undefined when the task runs nothing. */
function effectiveSpec(w: Walk, node: TaskNode): TaskSpec | undefined {
  const patches = w.opts.patches;
  if (!patches) return node.task;
  const patch = Object.prototype.hasOwnProperty.call(patches, node.name) ? patches[node.name] : undefined;
  if (!patch) return undefined;
  return { command_type: patch.command_type ?? node.task.command_type, command: patch.command ?? '', returns: [...(patch.returns ?? [])], secrets: [] };
}

function quote(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max).map((n) => `'${n}'`).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

type Consumer =
  | { kind: 'map' | 'conditional'; node: PipelineNode; field: 'iterate_on' | 'parameter' }
  | { kind: 'python' | 'node'; node: TaskNode; command: string; severity: 'error' | 'warning' }
  | { kind: 'shell-return'; node: TaskNode; index: number };

/** How the consumer uses the name. */
function describe(c: Consumer): string {
  switch (c.kind) {
    case 'map':
      return `map '${c.node.name}' iterates on it`;
    case 'conditional':
      return `conditional '${c.node.name}' reads it`;
    case 'python':
      return `the python function ${c.command} requires it as an argument`;
    case 'node':
      return `the node function ${c.command} takes it without a default`;
    case 'shell-return':
      return `shell step '${c.node.name}' returns it but never exports it (only an inherited value is collected) and another step uses it`;
  }
}

/** What happens at run time when the name is missing. */
function consequence(c: Consumer): string {
  switch (c.kind) {
    case 'map':
    case 'conditional':
      return `the ${c.kind} fails`;
    case 'python':
      return 'the step fails';
    case 'node':
      return 'the function gets undefined';
    case 'shell-return':
      return 'it stays unset';
  }
}

function check(w: Walk, c: Consumer, name: string, state: State, vars: Vars, carried: LoopCarried, path: PathSegment[], emit: boolean): void {
  if (!emit) return;
  const usesVars = c.kind === 'python' || c.kind === 'node' || c.kind === 'shell-return';
  if (usesVars && vars.has(name)) return;
  if (state.must.has(name)) return;
  const cap = c.kind === 'node' ? 'warning' : c.kind === 'python' ? c.severity : 'error';
  const step = c.node.internalName;
  const hint = (): string => {
    const un = w.unexported.get(name);
    if (un && !(c.kind === 'shell-return' && un.length === 1 && un[0] === c.node.name)) return `; shell step ${quote(un)} lists it in returns but never exports it`;
    const near = didYouMean(name, [...state.may, ...(usesVars ? vars : [])]);
    return near ? `; did you mean '${near}'?` : '';
  };
  let severity: 'error' | 'warning';
  let message: string;
  if (state.may.has(name)) {
    severity = 'warning';
    const loop = carried.get(name);
    const by = w.providers.get(name) ?? [];
    const why = loop !== undefined
      ? `only an earlier iteration of loop '${loop}' sets it, not the first one`
      : `only some paths to this step set it${by.length ? ` (returned by ${quote(by)})` : ''}; a conditional branch, an on_failure path or a failed step may skip it`;
    message = `'${name}' may be unset here: ${why}; ${describe(c)}, so ${consequence(c)} on such a path`;
  } else if (w.opts.initialKnown) {
    severity = cap;
    message = `'${name}' is not set here: no earlier step returns it and it is not an initial parameter; ${describe(c)}, so ${consequence(c)}${hint()}`;
  } else {
    severity = 'warning';
    message = `'${name}' is not returned by any earlier step; ${describe(c)}, so ${consequence(c)} unless an initial parameter sets it (validate had no -p)${hint()}`;
  }
  w.findings.push({ severity, path, step, parameter: name, message });
}

/** Return names of every task anywhere in a graph (a loop body: what a later iteration may start with). */
function allReturns(w: Walk, g: Graph): string[] {
  const hit = w.bodyReturns.get(g);
  if (hit) return hit;
  const out = new Set<string>();
  const stack: Graph[] = [g];
  while (stack.length) {
    const cur = stack.pop()!;
    for (const n of Object.values(cur.nodes)) {
      if (n.type === 'task') for (const r of effectiveSpec(w, n)?.returns ?? []) out.add(r.name);
      else if (n.type === 'parallel' || n.type === 'conditional') {
        stack.push(...Object.values(n.branches));
        if (n.type === 'conditional' && n.default) stack.push(n.default);
      } else if (n.type === 'map' || n.type === 'loop') stack.push(n.branch);
    }
  }
  const list = [...out];
  w.bodyReturns.set(g, list);
  return list;
}

/**
 * Walks one graph from `entry`; returns the state at its `success` node, or undefined when no path reaches
 * it (the graph can only fail). `emit` is false only where a walk is repeated for a fixed point.
 */
function walkGraph(w: Walk, graph: Graph, path: PathSegment[], entry: State, vars: Vars, carried: LoopCarried, emit: boolean): State | undefined {
  // Reachable nodes and their in-degrees over the edges that carry a scope (next, on_failure).
  const indeg = new Map<string, number>();
  const seen = new Set<string>([graph.start_at]);
  const order: string[] = [graph.start_at];
  const edges = (name: string): string[] => {
    const n = graph.nodes[name];
    if (!n || isTerminal(n)) return [];
    return n.on_failure !== undefined && n.on_failure !== n.next ? [n.next, n.on_failure] : [n.next];
  };
  for (let i = 0; i < order.length; i++) {
    for (const t of edges(order[i]!)) {
      indeg.set(t, (indeg.get(t) ?? 0) + 1);
      if (!seen.has(t)) {
        seen.add(t);
        order.push(t);
      }
    }
  }
  const pending = new Map<string, State>();
  let success: State | undefined;
  const deliver = (target: string, s: State | undefined): void => {
    const t = graph.nodes[target];
    if (!t) return;
    if (s !== undefined) {
      if (t.type === 'success') {
        success = success === undefined ? s : join(success, s);
        if (success === s) s.refs++;
      } else if (t.type !== 'fail') {
        const had = pending.get(target);
        if (had === undefined) {
          s.refs++;
          pending.set(target, s);
        } else {
          had.refs--;
          pending.set(target, join(had, s));
        }
      }
    }
    if (!isTerminal(t)) {
      const left = (indeg.get(target) ?? 1) - 1;
      indeg.set(target, left);
      if (left === 0) ready.push(target);
    }
  };
  const ready: string[] = [];
  entry.refs++;
  pending.set(graph.start_at, entry);
  const start = graph.nodes[graph.start_at];
  if (start && !isTerminal(start)) ready.push(graph.start_at);
  else if (start?.type === 'success') success = entry;
  while (ready.length) {
    const name = ready.pop()!;
    const node = graph.nodes[name]!;
    if (isTerminal(node)) continue;
    const inState = pending.get(name);
    pending.delete(name);
    if (inState === undefined) {
      // No path that can run reaches this node: nothing to check, nothing flows on.
      deliver(node.next, undefined);
      if (node.on_failure !== undefined && node.on_failure !== node.next) deliver(node.on_failure, undefined);
      continue;
    }
    inState.refs--;
    const npath = [...path, 'steps', name];
    // A failed step adds nothing: on_failure carries the scope from before it.
    if (node.on_failure !== undefined && node.on_failure !== node.next) deliver(node.on_failure, inState);
    const bothWays = node.on_failure !== undefined && node.on_failure === node.next;
    if (bothWays) inState.refs++; // still needed below: stepOut must not add to it in place
    let out = stepOut(w, node, npath, inState, vars, carried, emit);
    if (bothWays) {
      inState.refs--;
      out = out === undefined ? inState : join(inState, out); // reached on success and on failure
    }
    deliver(node.next, out);
  }
  if (success) success.refs--; // handed to the caller
  return success;
}

/** The scope after `node` succeeds (undefined: it cannot succeed), reporting its consumers on the way. */
function stepOut(w: Walk, node: Exclude<PipelineNode, { type: 'success' | 'fail' }>, npath: PathSegment[], s: State, vars: Vars, carried: LoopCarried, emit: boolean): State | undefined {
  switch (node.type) {
    case 'stub':
      return s;
    case 'task': {
      const spec = effectiveSpec(w, node);
      if (!spec) return s;
      const adds: string[] = [];
      if (spec.command_type === 'python' || spec.command_type === 'async-python' || spec.command_type === 'node') {
        const sig = w.opts.signature?.(spec);
        if (sig) {
          const kind = spec.command_type === 'node' ? 'node' : 'python';
          const c: Consumer = { kind, node, command: spec.command, severity: sig.severity };
          for (const arg of sig.required) check(w, c, arg, s, vars, carried, [...npath, 'command'], emit);
        }
      }
      spec.returns.forEach((r, index) => {
        if (spec.command_type === 'shell' && !shellMaySet(spec.command, r.name)) {
          // Collected only when inherited: a consumer of it elsewhere depends on the scope here.
          if (w.consumed.has(r.name)) check(w, { kind: 'shell-return', node, index }, r.name, s, vars, carried, [...npath, 'returns', index, 'name'], emit);
          if (!vars.has(r.name)) return; // not set by this step: the scope keeps what it had
        }
        adds.push(r.name);
      });
      return withNames(s, adds);
    }
    case 'parallel': {
      const wasFrozen = s.frozen;
      s.frozen = true; // the branches' entry: shared while they are walked
      let out: State | undefined = s;
      const parts: State[] = [];
      for (const [key, g] of Object.entries(node.branches)) {
        const end = walkGraph(w, g, [...npath, 'branches', key], s, vars, carried, emit);
        if (end === undefined) out = undefined;
        else parts.push(end);
      }
      s.frozen = wasFrozen;
      if (out === undefined) return undefined;
      // Every branch ran and succeeded: what any of them set reaches the parent.
      const merged = s.refs === 0 && !s.frozen && !parts.includes(s) ? s : fresh(s.must, s.may);
      for (const p of parts) {
        for (const x of p.must) merged.must.add(x);
        for (const x of p.may) merged.may.add(x);
      }
      return merged;
    }
    case 'conditional': {
      check(w, { kind: 'conditional', node, field: 'parameter' }, node.parameter, s, vars, carried, [...npath, 'parameter'], emit);
      const wasFrozen = s.frozen;
      s.frozen = true;
      const candidates: [PathSegment[], Graph][] = Object.entries(node.branches).map(([k, g]) => [[...npath, 'branches', k], g]);
      if (node.default) candidates.push([[...npath, 'default'], node.default]);
      let out: State | undefined;
      for (const [p, g] of candidates) {
        const end = walkGraph(w, g, p, s, vars, carried, emit);
        if (end !== undefined) out = out === undefined ? fresh(end.must, end.may) : join(out, end);
      }
      s.frozen = wasFrozen;
      return out;
    }
    case 'map': {
      check(w, { kind: 'map', node, field: 'iterate_on' }, node.iterate_on, s, vars, carried, [...npath, 'iterate_on'], emit);
      const wasFrozen = s.frozen;
      s.frozen = true;
      walkGraph(w, node.branch, [...npath, 'branch'], s, new Set([...vars, node.iterate_as]), carried, emit);
      s.frozen = wasFrozen; // the branch walk is over: nothing holds its entry any more
      // Fan-in sets every return name of the branch's own task nodes (as engine/fan.ts mapReturnNames).
      const names: string[] = [];
      for (const n of Object.values(node.branch.nodes)) if (n.type === 'task') for (const r of n.task.returns) names.push(r.name);
      return withNames(s, names);
    }
    case 'loop': {
      // Iteration 0 starts with the parent's scope; later ones with the previous iteration's.
      const later = allReturns(w, node.branch).filter((n) => !s.may.has(n));
      const entry = fresh(s.must, [...s.may, ...later]);
      entry.frozen = true;
      const inner = later.length ? new Map([...carried, ...later.map((n) => [n, node.name] as const)]) : carried;
      return walkGraph(w, node.branch, [...npath, 'branch'], entry, new Set([...vars, node.index_as]), inner, emit);
    }
  }
}

/** Collects consumed names, providers and unexported shell returns over the whole pipeline (one pass). */
function survey(w: Walk, root: Graph): void {
  const stack: Graph[] = [root];
  while (stack.length) {
    const g = stack.pop()!;
    for (const n of Object.values(g.nodes)) {
      switch (n.type) {
        case 'task': {
          const spec = effectiveSpec(w, n);
          if (!spec) break;
          for (const r of spec.returns) {
            const list = spec.command_type === 'shell' && !shellMaySet(spec.command, r.name) ? w.unexported : w.providers;
            const l = list.get(r.name) ?? [];
            if (!l.includes(n.name)) l.push(n.name);
            list.set(r.name, l);
          }
          if (spec.command_type === 'python' || spec.command_type === 'async-python' || spec.command_type === 'node') {
            for (const a of w.opts.signature?.(spec)?.required ?? []) w.consumed.add(a);
          }
          break;
        }
        case 'map':
          w.consumed.add(n.iterate_on);
          stack.push(n.branch);
          break;
        case 'conditional':
          w.consumed.add(n.parameter);
          stack.push(...Object.values(n.branches));
          if (n.default) stack.push(n.default);
          break;
        case 'parallel':
          stack.push(...Object.values(n.branches));
          break;
        case 'loop':
          stack.push(n.branch);
          break;
        default:
          break;
      }
    }
  }
}

/** Every data-flow finding of a pipeline, in graph order. */
export function checkDataflow(dag: Graph, opts: DataflowOptions): DataflowFinding[] {
  const w: Walk = { opts, findings: [], consumed: new Set(), providers: new Map(), unexported: new Map(), bodyReturns: new WeakMap() };
  survey(w, dag);
  const initial = [...opts.initial];
  const entry = fresh(initial, initial);
  entry.frozen = true;
  walkGraph(w, dag, ['dag'], entry, new Set(), new Map(), true);
  return w.findings;
}
