/**
 * The IR back to runnable's pipeline YAML. `success` / `fail` are left out (they are injected when the
 * file is read), as are fields with their default values; parsing the output gives the same IR
 * (positions aside).
 */
import { stringify } from 'yaml';
import { setOwn } from './own.js';
import type { Graph, Pipeline, PipelineNode } from './model.js';

function graphDoc(g: Graph): Record<string, unknown> {
  const steps: Record<string, unknown> = {};
  for (const [name, node] of Object.entries(g.nodes)) {
    if (node.type === 'success' || node.type === 'fail') continue;
    setOwn(steps, name, nodeDoc(node));
  }
  // A graph whose only steps are its terminals (start_at: success) still needs a non-empty `steps`.
  if (Object.keys(steps).length === 0) steps[g.start_at === 'fail' ? 'fail' : 'success'] = { type: g.start_at === 'fail' ? 'fail' : 'success' };
  const out: Record<string, unknown> = {};
  if (g.description !== undefined) out.description = g.description;
  out.start_at = g.start_at;
  out.steps = steps;
  return out;
}

function mapValues<T, U>(o: Record<string, T>, f: (v: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [k, v] of Object.entries(o)) setOwn(out, k, f(v));
  return out;
}

function nodeDoc(n: PipelineNode): Record<string, unknown> {
  const out: Record<string, unknown> = { type: n.type };
  if (n.type === 'success' || n.type === 'fail') return out;
  switch (n.type) {
    case 'task': {
      const t = n.task;
      out.command_type = t.command_type;
      out.command = t.command;
      if (t.returns.length) out.returns = t.returns.map((r) => ({ name: r.name, kind: r.kind }));
      if (t.secrets.length) out.secrets = [...t.secrets];
      if (t.optional_ploomber_args !== undefined) out.optional_ploomber_args = t.optional_ploomber_args;
      if (t.stream_end_type !== undefined && t.stream_end_type !== 'done') out.stream_end_type = t.stream_end_type;
      if (n.catalog) out.catalog = { get: [...n.catalog.get], put: [...n.catalog.put], store_copy: n.catalog.store_copy };
      if (n.max_attempts !== 1) out.max_attempts = n.max_attempts;
      if (n.timeout_seconds !== undefined) out.timeout_seconds = n.timeout_seconds;
      break;
    }
    case 'stub':
      for (const [k, v] of Object.entries(n.extra)) setOwn(out, k, v);
      break;
    case 'parallel':
      out.branches = mapValues(n.branches, graphDoc);
      break;
    case 'map':
      out.iterate_on = n.iterate_on;
      out.iterate_as = n.iterate_as;
      if (n.reducer !== undefined) out.reducer = n.reducer;
      out.branch = graphDoc(n.branch);
      break;
    case 'conditional':
      out.parameter = n.parameter;
      out.branches = mapValues(n.branches, graphDoc);
      if (n.default) out.default = graphDoc(n.default);
      break;
    case 'loop':
      out.max_iterations = n.max_iterations;
      out.break_on = n.break_on;
      out.index_as = n.index_as;
      out.branch = graphDoc(n.branch);
      break;
  }
  out.next = n.next;
  if (n.on_failure !== undefined) out.on_failure = n.on_failure;
  if (Object.keys(n.overrides).length) out.overrides = { ...n.overrides };
  return out;
}

/** The pipeline document (`{dag: ...}`) as plain data, before YAML encoding. */
export function toDocument(pipeline: Pipeline): Record<string, unknown> {
  return { dag: graphDoc(pipeline.dag) };
}

/** runnable pipeline YAML for the IR; `parsePipelineText(toYaml(p))` gives back `p` (positions aside). */
export function toYaml(pipeline: Pipeline): string {
  return stringify(toDocument(pipeline), { aliasDuplicateObjects: false, lineWidth: 0, indent: 2 });
}
