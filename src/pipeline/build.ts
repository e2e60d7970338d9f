/**
 * From a loaded document (YAML, or the SDK's equivalent object) to the IR: validates every step against its
 * node type's schema, recurses into branches, injects `success` / `fail`, assigns template internal names,
 * runs the graph checks, and throws one ValidationError with every issue found.
 */
import { suggestion } from './did-you-mean.js';
import { ValidationError, type SourcePosition, type ValidationIssue } from '../errors.js';
import {
  LOOP_PLACEHOLDER,
  MAP_PLACEHOLDER,
  type CatalogSettings,
  type ConditionalNode,
  type Graph,
  type LoopNode,
  type MapNode,
  type ParallelNode,
  type Pipeline,
  type PipelineNode,
  type StubNode,
  type TaskNode,
  type TaskReturn,
  type TaskSpec,
} from './model.js';
import { ALPHANUMERIC, NODE_TYPES, nodeSchemas, shallowGraphSchema } from './schema.js';
import { checkGraph, stepNameProblem } from './validate.js';
import { setOwn } from './own.js';
import { sortIssues, type PathSegment, type SourceDocument } from './yaml-source.js';
import { fromZod, issueAt, show } from './zod-issues.js';

type Raw = Record<string, unknown>;

export function isPlainObject(v: unknown): v is Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

interface Ctx {
  doc: SourceDocument;
  issues: ValidationIssue[];
}

/** Iteration variables (map `iterate_as`, loop `index_as`) of the enclosing composites: name → owner. */
type IterNames = ReadonlyMap<string, string>;

/** Builds the IR from a whole pipeline document (`{dag: ...}`); throws ValidationError. */
export function pipelineFromDocument(doc: SourceDocument, mode: 'yaml' | 'sdk', file?: string): Pipeline {
  const ctx: Ctx = { doc, issues: [...doc.issues] };
  const value = doc.value;
  let dag: Graph | undefined;
  if (value === undefined) {
    ctx.issues.push({ file: doc.file, line: 1, column: 1, path: '', message: "the file is empty; expected a mapping with a 'dag' key" });
  } else if (!isPlainObject(value)) {
    ctx.issues.push(issueAt(doc, [], 'value', `expected a mapping with a 'dag' key, got ${typeof value === 'string' ? `text (${value.length} characters): this does not look like a pipeline file` : show(value)}`)); // a non-YAML file is not quoted
  } else if (!('dag' in value)) {
    const pos = doc.locate([], 'value');
    ctx.issues.push({ file: doc.file, ...(pos ?? {}), path: 'dag', message: "missing required key 'dag' (the pipeline goes under 'dag:'; other top-level keys are ignored)" });
  } else {
    dag = buildGraph(value.dag, ['dag'], '', ctx, new Map());
  }
  if (ctx.issues.length || !dag) throw new ValidationError(sortIssues(ctx.issues), doc.file);
  const pipeline: Pipeline = { dag, execution_mode: mode };
  if (file !== undefined) pipeline.file = file;
  return pipeline;
}

function sourceOf(ctx: Ctx, path: readonly PathSegment[]): SourcePosition | undefined {
  const pos = ctx.doc.locate(path, 'key');
  if (!pos) return undefined;
  return { file: ctx.doc.file, line: pos.line, column: pos.column };
}

function buildGraph(raw: unknown, path: PathSegment[], prefix: string, ctx: Ctx, iterNames: IterNames): Graph | undefined {
  if (!isPlainObject(raw)) {
    ctx.issues.push(issueAt(ctx.doc, path, 'value', `expected a graph (a mapping with start_at and steps), got ${show(raw)}`));
    return undefined;
  }
  const before = ctx.issues.length;
  const parsed = shallowGraphSchema().safeParse(raw);
  if (!parsed.success) ctx.issues.push(...fromZod(parsed.error, raw, { doc: ctx.doc, base: path, schema: shallowGraphSchema(), label: 'a graph' }));
  const steps = isPlainObject(raw.steps) ? raw.steps : undefined;
  const declared = steps ? Object.keys(steps) : [];
  if (steps && declared.length === 0) ctx.issues.push(issueAt(ctx.doc, [...path, 'steps'], 'value', 'expected at least one step'));

  const nodes: Record<string, PipelineNode> = {};
  const terminals: Partial<Record<'success' | 'fail', SourcePosition | undefined>> = {};
  for (const name of declared) {
    const npath = [...path, 'steps', name];
    const problem = stepNameProblem(name);
    if (problem) ctx.issues.push(issueAt(ctx.doc, npath, 'key', problem));
    const node = buildNode(name, steps![name], npath, prefix, ctx, iterNames);
    if (!node) continue;
    if (node.type === 'success' || node.type === 'fail') {
      if (name === node.type) terminals[node.type] = node.source;
      else {
        ctx.issues.push(
          issueAt(
            ctx.doc,
            [...npath, 'type'],
            'value',
            `a graph has exactly one ${node.type} node, '${node.type}', added automatically; '${name}' cannot be another (point next at '${node.type}' instead)`,
          ),
        );
      }
    } else if (name === 'success' || name === 'fail') {
      ctx.issues.push(issueAt(ctx.doc, [...npath, 'type'], 'value', `the step name '${name}' is reserved for the graph's ${name} node; its type must be ${name}`));
    } else {
      setOwn(nodes, name, node);
    }
  }
  for (const t of ['success', 'fail'] as const) {
    const node: PipelineNode = { name: t, internalName: prefix ? `${prefix}.${t}` : t, type: t };
    const src = terminals[t];
    if (src) node.source = src;
    nodes[t] = node;
  }
  if (!parsed.success) return undefined;
  const graph: Graph = { internalName: prefix, start_at: parsed.data.start_at, nodes };
  if (parsed.data.description !== undefined) graph.description = parsed.data.description;
  checkGraph(graph, declared, path, ctx.doc, ctx.issues);
  return ctx.issues.length === before ? graph : undefined;
}

function buildNode(name: string, raw: unknown, path: PathSegment[], prefix: string, ctx: Ctx, iterNames: IterNames): PipelineNode | undefined {
  const internalName = prefix ? `${prefix}.${name}` : name;
  const source = sourceOf(ctx, path);
  const expectedTypes = NODE_TYPES.join(', ');
  if (!isPlainObject(raw)) {
    ctx.issues.push(issueAt(ctx.doc, path, 'value', `expected a step (a mapping with a 'type' field), got ${show(raw)}`));
    return undefined;
  }
  const type = raw.type;
  if (type === undefined) {
    ctx.issues.push(issueAt(ctx.doc, [...path, 'type'], 'key', `missing required field 'type' (expected one of ${expectedTypes})`));
    return undefined;
  }
  if (typeof type !== 'string' || !(NODE_TYPES as readonly string[]).includes(type)) {
    ctx.issues.push(issueAt(ctx.doc, [...path, 'type'], 'value', `unknown node type ${show(type)} (expected one of ${expectedTypes})${typeof type === 'string' ? suggestion(type, NODE_TYPES) : ''}`));
    return undefined;
  }
  const nodeType = type as (typeof NODE_TYPES)[number];
  const schema = nodeSchemas[nodeType];
  const before = ctx.issues.length;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    ctx.issues.push(...fromZod(parsed.error, raw, { doc: ctx.doc, base: path, schema, label: `a ${nodeType} node` }));
  }
  const base = { name, internalName, ...(source ? { source } : {}) };

  switch (nodeType) {
    case 'success':
    case 'fail':
      return parsed.success ? ({ ...base, type: nodeType } as PipelineNode) : undefined;
    case 'task': {
      taskChecks(raw, path, ctx);
      if (!parsed.success || ctx.issues.length !== before) return undefined;
      return buildTask(parsed.data as Raw, base);
    }
    case 'stub': {
      if (!parsed.success) return undefined;
      const extra: Raw = {};
      for (const [k, v] of Object.entries(raw)) if (!['type', 'next', 'on_failure', 'overrides'].includes(k)) setOwn(extra, k, v);
      const node: StubNode = { ...base, type: 'stub', ...common(parsed.data as Raw), extra };
      return node;
    }
    case 'parallel': {
      const branches = buildBranches(raw.branches, path, internalName, ctx, iterNames, 'parallel');
      if (!parsed.success || !branches || ctx.issues.length !== before) return undefined;
      const node: ParallelNode = { ...base, type: 'parallel', ...common(parsed.data as Raw), branches };
      return node;
    }
    case 'conditional': {
      const branches = buildBranches(raw.branches, path, internalName, ctx, iterNames, 'conditional');
      let def: Graph | undefined;
      if (raw.default !== undefined) {
        if (isPlainObject(raw.branches) && 'default' in raw.branches) {
          ctx.issues.push(issueAt(ctx.doc, [...path, 'default'], 'key', "a conditional cannot have both a branch named 'default' and a default branch"));
        }
        def = buildGraph(raw.default, [...path, 'default'], `${internalName}.default`, ctx, iterNames);
      }
      if (!parsed.success || !branches || ctx.issues.length !== before) return undefined;
      const d = parsed.data as Raw;
      const node: ConditionalNode = { ...base, type: 'conditional', ...common(d), parameter: d.parameter as string, branches };
      if (def) node.default = def;
      return node;
    }
    case 'map': {
      const iterateAs = typeof raw.iterate_as === 'string' ? raw.iterate_as : undefined;
      let inner: IterNames = iterNames;
      if (iterateAs !== undefined) {
        const owner = iterNames.get(iterateAs);
        if (owner) ctx.issues.push(issueAt(ctx.doc, [...path, 'iterate_as'], 'value', `'${iterateAs}' is already the iteration variable of the enclosing '${owner}'`));
        inner = new Map([...iterNames, [iterateAs, internalName]]);
      }
      const branch = raw.branch === undefined ? undefined : buildGraph(raw.branch, [...path, 'branch'], `${internalName}.${MAP_PLACEHOLDER}`, ctx, inner);
      if (!parsed.success || !branch || ctx.issues.length !== before) return undefined;
      const d = parsed.data as Raw;
      const node: MapNode = { ...base, type: 'map', ...common(d), iterate_on: d.iterate_on as string, iterate_as: d.iterate_as as string, branch };
      if (d.reducer !== undefined) node.reducer = d.reducer as string;
      return node;
    }
    case 'loop': {
      const indexAs = typeof raw.index_as === 'string' ? raw.index_as : undefined;
      let inner: IterNames = iterNames;
      if (indexAs !== undefined) {
        const owner = iterNames.get(indexAs);
        if (owner) ctx.issues.push(issueAt(ctx.doc, [...path, 'index_as'], 'value', `'${indexAs}' is already the iteration variable of the enclosing '${owner}'`));
        inner = new Map([...iterNames, [indexAs, internalName]]);
      }
      const branch = raw.branch === undefined ? undefined : buildGraph(raw.branch, [...path, 'branch'], `${internalName}.${LOOP_PLACEHOLDER}`, ctx, inner);
      if (!parsed.success || !branch || ctx.issues.length !== before) return undefined;
      const d = parsed.data as Raw;
      const node: LoopNode = {
        ...base,
        type: 'loop',
        ...common(d),
        branch,
        max_iterations: d.max_iterations as number,
        break_on: d.break_on as string,
        index_as: d.index_as as string,
      };
      return node;
    }
  }
}

function common(d: Raw): { next: string; on_failure?: string; overrides: Record<string, string> } {
  const out: { next: string; on_failure?: string; overrides: Record<string, string> } = {
    next: d.next as string,
    overrides: { ...((d.overrides as Record<string, string> | undefined) ?? {}) },
  };
  if (d.on_failure !== undefined) out.on_failure = d.on_failure as string;
  return out;
}

function buildBranches(
  raw: unknown,
  path: PathSegment[],
  internalName: string,
  ctx: Ctx,
  iterNames: IterNames,
  kind: 'parallel' | 'conditional',
): Record<string, Graph> | undefined {
  if (!isPlainObject(raw)) return undefined; // the node schema reports it
  const out: Record<string, Graph> = {};
  let ok = true;
  for (const [key, g] of Object.entries(raw)) {
    const bpath = [...path, 'branches', key];
    const problem = kind === 'conditional'
      ? ALPHANUMERIC.test(key) ? undefined : `branch key '${key}' must be alphanumeric (letters, digits, underscores)`
      : stepNameProblem(key, 'branch name');
    if (problem) {
      ctx.issues.push(issueAt(ctx.doc, bpath, 'key', problem));
      ok = false;
    }
    const graph = buildGraph(g, bpath, `${internalName}.${key}`, ctx, iterNames);
    if (graph) setOwn(out, key, graph);
    else ok = false;
  }
  return ok ? out : undefined;
}

/** Cross-field checks of a task, on the raw mapping (so they run even when other fields are invalid). */
function taskChecks(raw: Raw, path: PathSegment[], ctx: Ctx): void {
  const commandType = typeof raw.command_type === 'string' ? raw.command_type : 'python';
  if (Array.isArray(raw.returns)) {
    const seen = new Set<string>();
    raw.returns.forEach((r: unknown, i) => {
      if (!isPlainObject(r)) return;
      if (typeof r.name === 'string') {
        if (seen.has(r.name)) ctx.issues.push(issueAt(ctx.doc, [...path, 'returns', i, 'name'], 'value', `duplicate return name '${r.name}'`));
        seen.add(r.name);
      }
      if (r.kind === 'object' && commandType === 'shell') {
        ctx.issues.push(issueAt(ctx.doc, [...path, 'returns', i, 'kind'], 'value', "kind 'object' is not allowed for shell tasks (they return json or metric values)"));
      }
    });
  }
  if (raw.optional_ploomber_args !== undefined && commandType !== 'notebook') {
    ctx.issues.push(issueAt(ctx.doc, [...path, 'optional_ploomber_args'], 'key', `optional_ploomber_args is only for notebook tasks (command_type is '${commandType}')`));
  }
  if (raw.stream_end_type !== undefined && commandType !== 'async-python') {
    ctx.issues.push(issueAt(ctx.doc, [...path, 'stream_end_type'], 'key', `stream_end_type is only for async-python tasks (command_type is '${commandType}')`));
  }
  if (commandType === 'notebook' && typeof raw.command === 'string' && raw.command !== '' && !raw.command.endsWith('.ipynb')) {
    ctx.issues.push(issueAt(ctx.doc, [...path, 'command'], 'value', `a notebook command must be the path of an .ipynb file, got ${show(raw.command)}`));
  }
}

function buildTask(d: Raw, base: { name: string; internalName: string; source?: SourcePosition }): TaskNode {
  const commandType = d.command_type as TaskSpec['command_type'];
  const returns = d.returns as TaskReturn[];
  const task: TaskSpec = {
    command_type: commandType,
    command: d.command as string,
    returns: returns.map((r) => ({ name: r.name, kind: r.kind })),
    secrets: [...(d.secrets as string[])],
  };
  if (d.optional_ploomber_args !== undefined) task.optional_ploomber_args = d.optional_ploomber_args as Record<string, unknown>;
  if (commandType === 'async-python') task.stream_end_type = (d.stream_end_type as string | undefined) ?? 'done';
  const node: TaskNode = { ...base, type: 'task', ...common(d), task, max_attempts: d.max_attempts as number };
  if (d.catalog !== undefined) node.catalog = d.catalog as CatalogSettings;
  if (d.timeout_seconds !== undefined) node.timeout_seconds = d.timeout_seconds as number;
  return node;
}
