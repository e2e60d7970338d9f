/**
 * runnable-style dump of the DAG (stored as `run_config.dag` in the run log) and its hash (`dag_hash`,
 * compared on retry, semantics §13.3). Field names are runnable's (node_type, next_node, ...). Positions,
 * the file name and the execution mode are not part of it: the same structure always gives the same hash.
 * Stub extras are not dumped (runnable's stub ignores extra keys), so editing a stub's parked fields does
 * not change the hash.
 */
import { createHash } from 'node:crypto';
import { setOwn } from './own.js';
import type { Graph, Pipeline, PipelineNode } from './model.js';

function graphDump(g: Graph): Record<string, unknown> {
  const nodes: Record<string, unknown> = {};
  for (const [name, node] of Object.entries(g.nodes)) setOwn(nodes, name, nodeDump(node));
  return {
    start_at: g.start_at,
    name: '',
    description: g.description ?? '',
    internal_branch_name: g.internalName,
    nodes,
  };
}

function nodeDump(n: PipelineNode): Record<string, unknown> {
  const base: Record<string, unknown> = { node_type: n.type, name: n.name, internal_name: n.internalName };
  if (n.type === 'success' || n.type === 'fail') return base;
  Object.assign(base, { next_node: n.next, on_failure: n.on_failure ?? '', overrides: { ...n.overrides } });
  switch (n.type) {
    case 'task': {
      const t = n.task;
      Object.assign(base, {
        catalog: n.catalog ? { get: [...n.catalog.get], put: [...n.catalog.put], store_copy: n.catalog.store_copy } : null,
        max_attempts: n.max_attempts,
        command_type: t.command_type,
        command: t.command,
        returns: t.returns.map((r) => ({ name: r.name, kind: r.kind })),
        secrets: [...t.secrets],
      });
      if (t.optional_ploomber_args !== undefined) base.optional_ploomber_args = t.optional_ploomber_args;
      if (t.stream_end_type !== undefined) base.stream_end_type = t.stream_end_type;
      if (n.timeout_seconds !== undefined) base.timeout_seconds = n.timeout_seconds;
      return base;
    }
    case 'stub':
      return base;
    case 'parallel':
      return { ...base, branches: mapValues(n.branches, graphDump) };
    case 'map':
      return { ...base, iterate_on: n.iterate_on, iterate_as: n.iterate_as, reducer: n.reducer ?? null, branch: graphDump(n.branch) };
    case 'conditional':
      return { ...base, parameter: n.parameter, branches: mapValues(n.branches, graphDump), default: n.default ? graphDump(n.default) : null };
    case 'loop':
      return { ...base, branch: graphDump(n.branch), max_iterations: n.max_iterations, break_on: n.break_on, index_as: n.index_as };
  }
}

function mapValues<T, U>(o: Record<string, T>, f: (v: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [k, v] of Object.entries(o)) setOwn(out, k, f(v));
  return out;
}

/** The DAG in runnable's dump shape: `run_config.dag` of the run log. Plain JSON. */
export function dagDump(pipeline: Pipeline): Record<string, unknown> {
  return graphDump(pipeline.dag);
}

/** JSON with object keys sorted at every level (arrays keep their order). */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  const entries = Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** sha1 (hex) of the sorted-key JSON of dagDump: the run log's `dag_hash`. */
export function dagHash(pipeline: Pipeline): string {
  return createHash('sha1').update(stableStringify(dagDump(pipeline))).digest('hex');
}
