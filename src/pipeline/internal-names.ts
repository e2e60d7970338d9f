/**
 * Internal names (runnable semantics §2, §12): template paths like `map_state.map_variable_placeholder.inner`,
 * their resolution with iteration values, the `%` encoding used on command lines, and lookups/walks over
 * the IR.
 */
import { UsageError } from '../errors.js';
import {
  LOOP_PLACEHOLDER,
  MAP_PLACEHOLDER,
  branchesOf,
  isComposite,
  type CompositeNode,
  type Graph,
  type Pipeline,
  type PipelineNode,
} from './model.js';

/**
 * runnable's `--iter-variable` (§12.2): the values of the enclosing maps (keyed by `iterate_as`) and loops,
 * both ordered outermost first.
 */
export interface IterVariables {
  map_variable?: Record<string, { value: unknown }>;
  loop_variable?: { value: number }[];
}

/**
 * The branch-name form of a map item (§19 f/g): strings as they are, everything else its JSON text
 * (`true`, `1`, `1.5`, `{"a":1}`, `null`).
 */
export function itemKey(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? 'null';
}

/**
 * Fills the placeholders of a template internal name, in order, outermost first: each
 * `map_variable_placeholder` segment takes the next map value (as `itemKey`), each
 * `loop_variable_placeholder` the next loop index. Throws UsageError when values are missing.
 */
export function resolveInternalName(template: string, iter: IterVariables = {}): string {
  const maps = Object.values(iter.map_variable ?? {});
  const loops = iter.loop_variable ?? [];
  let m = 0;
  let l = 0;
  return template
    .split('.')
    .map((seg) => {
      if (seg === MAP_PLACEHOLDER) {
        if (m >= maps.length) throw new UsageError(`'${template}' needs ${countOf(template, MAP_PLACEHOLDER)} map value(s) but the iteration variables give ${maps.length}`);
        return itemKey(maps[m++]!.value);
      }
      if (seg === LOOP_PLACEHOLDER) {
        if (l >= loops.length) throw new UsageError(`'${template}' needs ${countOf(template, LOOP_PLACEHOLDER)} loop value(s) but the iteration variables give ${loops.length}`);
        return String(loops[l++]!.value);
      }
      return seg;
    })
    .join('.');
}

function countOf(template: string, placeholder: string): number {
  return template.split('.').filter((s) => s === placeholder).length;
}

/** A step path for the command line: spaces written as `%` (§12.1). */
export function encodeStepPath(path: string): string {
  return path.replace(/ /g, '%');
}

/** The inverse of encodeStepPath: `%` back to spaces. */
export function decodeStepPath(path: string): string {
  return path.replace(/%/g, ' ');
}

/** One enclosing composite on the way to a node: the composite, the branch key taken, and its graph. */
export interface ParentBranch {
  node: CompositeNode;
  /** `branch` for map/loop; the branch key for parallel/conditional (`default` for a default branch). */
  branchKey: string;
  graph: Graph;
}

export interface FoundNode {
  node: PipelineNode;
  /** The graph holding the node. */
  graph: Graph;
  /** Enclosing composites, outermost first. */
  parents: ParentBranch[];
}

/**
 * Finds the node at a template internal name (`par.b1.t1`, `map.map_variable_placeholder.inner`; spaces,
 * not `%`). Throws UsageError naming the segment that does not exist.
 */
export function findNode(pipeline: Pipeline, templateInternalName: string): FoundNode {
  const segments = templateInternalName.split('.');
  let graph = pipeline.dag;
  const parents: ParentBranch[] = [];
  for (let i = 0; i < segments.length; i += 2) {
    const seg = segments[i]!;
    const node = Object.prototype.hasOwnProperty.call(graph.nodes, seg) ? graph.nodes[seg] : undefined;
    if (!node) {
      throw new UsageError(
        `unknown step '${templateInternalName}': no step '${seg}' in ${graph.internalName ? `branch '${graph.internalName}'` : 'the pipeline'} (steps: ${Object.keys(graph.nodes).join(', ')})`,
      );
    }
    if (i === segments.length - 1) return { node, graph, parents };
    const key = segments[i + 1]!;
    if (!isComposite(node)) throw new UsageError(`unknown step '${templateInternalName}': '${node.internalName}' is a ${node.type} node and has no branches`);
    let branchKey: string;
    let next: Graph | undefined;
    if (node.type === 'map' || node.type === 'loop') {
      const placeholder = node.type === 'map' ? MAP_PLACEHOLDER : LOOP_PLACEHOLDER;
      if (key !== placeholder) throw new UsageError(`unknown step '${templateInternalName}': the branch of ${node.type} '${node.internalName}' is written '${node.internalName}.${placeholder}'`);
      branchKey = 'branch';
      next = node.branch;
    } else {
      branchKey = key;
      const all = branchesOf(node);
      next = Object.prototype.hasOwnProperty.call(all, key) ? all[key] : undefined;
      if (!next) throw new UsageError(`unknown step '${templateInternalName}': ${node.type} '${node.internalName}' has no branch '${key}' (branches: ${Object.keys(all).join(', ')})`);
    }
    parents.push({ node, branchKey, graph: next });
    graph = next;
  }
  throw new UsageError(`unknown step '${templateInternalName}': it names a branch, not a step`);
}

/** Finds the graph (the root or a branch) with this template internal name ('' for the root). */
export function findGraph(pipeline: Pipeline, templateInternalName: string): Graph | undefined {
  for (const g of allGraphs(pipeline)) if (g.internalName === templateInternalName) return g;
  return undefined;
}

export interface VisitedNode {
  node: PipelineNode;
  graph: Graph;
  parents: ParentBranch[];
}

/** Every node of the pipeline in pre-order: each node, then its branches' nodes, then the next node. */
export function* walkNodes(pipeline: Pipeline): Generator<VisitedNode> {
  yield* walkGraph(pipeline.dag, []);
}

function* walkGraph(graph: Graph, parents: ParentBranch[]): Generator<VisitedNode> {
  for (const node of Object.values(graph.nodes)) {
    yield { node, graph, parents };
    if (isComposite(node)) {
      for (const [branchKey, g] of Object.entries(branchesOf(node))) yield* walkGraph(g, [...parents, { node, branchKey, graph: g }]);
    }
  }
}

/** Every node of the pipeline (see walkNodes for the order). */
export function allNodes(pipeline: Pipeline): PipelineNode[] {
  return Array.from(walkNodes(pipeline), (v) => v.node);
}

/** Every graph: the root first, then branches depth first. */
export function allGraphs(pipeline: Pipeline): Graph[] {
  const out: Graph[] = [];
  const stack: Graph[] = [pipeline.dag];
  while (stack.length) {
    const g = stack.pop()!;
    out.push(g);
    const children: Graph[] = [];
    for (const node of Object.values(g.nodes)) if (isComposite(node)) children.push(...Object.values(branchesOf(node)));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}
