/**
 * Retry of a run runnable wrote: runnable's `dag_hash` is the sha1 of its pydantic dump of the graph, which
 * records only the fields the pipeline file spelled out (`command_type`, a return's `kind`, `secrets` appear
 * only when written), so our hash of the same pipeline differs. Instead, the structure runnable stored in
 * `run_config.dag` is compared with ours, both with runnable's defaults filled in.
 */
import { stableStringify } from '../pipeline/dag-hash.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function graph(g: unknown): unknown {
  if (!isObj(g)) return g;
  const nodes: Obj = {};
  for (const [k, n] of Object.entries(isObj(g.nodes) ? g.nodes : {})) nodes[k] = node(n);
  return { start_at: g.start_at, description: g.description || '', nodes };
}

function node(n: unknown): unknown {
  if (!isObj(n)) return n;
  const type = n.node_type;
  const base: Obj = { node_type: type, name: n.name };
  if (type === 'success' || type === 'fail') return base;
  Object.assign(base, { next_node: n.next_node, on_failure: n.on_failure || '', overrides: isObj(n.overrides) ? n.overrides : {} });
  const catalog = isObj(n.catalog) ? { get: n.catalog.get ?? [], put: n.catalog.put ?? [], store_copy: n.catalog.store_copy ?? true } : null;
  switch (type) {
    case 'task':
      return {
        ...base,
        catalog,
        max_attempts: n.max_attempts ?? 1,
        command_type: n.command_type ?? 'python',
        command: n.command,
        returns: (Array.isArray(n.returns) ? n.returns : []).map((r: Obj) => ({ name: r.name, kind: r.kind ?? 'json' })),
        secrets: Array.isArray(n.secrets) ? n.secrets : [],
      };
    case 'stub':
      return { ...base, catalog, max_attempts: n.max_attempts ?? 1 };
    case 'map':
      return { ...base, iterate_on: n.iterate_on, iterate_as: n.iterate_as, reducer: n.reducer ?? null, branch: graph(n.branch) };
    case 'parallel':
      return { ...base, branches: Object.fromEntries(Object.entries(isObj(n.branches) ? n.branches : {}).map(([k, b]) => [k, graph(b)])) };
    case 'conditional':
      return {
        ...base,
        parameter: n.parameter,
        branches: Object.fromEntries(Object.entries(isObj(n.branches) ? n.branches : {}).map(([k, b]) => [k, graph(b)])),
        default: n.default ? graph(n.default) : null,
      };
    case 'loop':
      return { ...base, branch: graph(n.branch), max_iterations: n.max_iterations, break_on: n.break_on, index_as: n.index_as };
    default:
      return n;
  }
}

/** True when `stored` (runnable's `run_config.dag`) describes the same graph as `ours` (our dagDump). */
export function sameDagAsRunnable(stored: unknown, ours: Obj): boolean {
  if (!isObj(stored) || !isObj(stored.nodes)) return false;
  return stableStringify(graph(stored)) === stableStringify(graph(ours));
}
