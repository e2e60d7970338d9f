/** Test helper: the IR without `source` positions, to compare pipelines from different origins. */
import type { Graph, Pipeline, PipelineNode } from '../../src/pipeline/model.js';

function node(n: PipelineNode): unknown {
  const { source: _source, ...rest } = n as PipelineNode & { source?: unknown };
  const out: Record<string, unknown> = { ...rest };
  if (n.type === 'parallel' || n.type === 'conditional') out.branches = Object.fromEntries(Object.entries(n.branches).map(([k, g]) => [k, graph(g)]));
  if (n.type === 'conditional' && n.default) out.default = graph(n.default);
  if (n.type === 'map' || n.type === 'loop') out.branch = graph(n.branch);
  return out;
}

function graph(g: Graph): unknown {
  return { ...g, nodes: Object.fromEntries(Object.entries(g.nodes).map(([k, n]) => [k, node(n)])) };
}

export function stripSources(p: Pipeline): unknown {
  return graph(p.dag);
}
