/**
 * A frame is where a step runs: the resolved internal name of its branch, the iteration values of the
 * enclosing maps and loops (both as runnable's `--iter-variable` shape and by name, as tasks receive them).
 * Local traversal builds frames as it descends; the single-node CLI rebuilds one from a template path.
 */
import { UsageError } from '../errors.js';
import { LOOP_PLACEHOLDER, MAP_PLACEHOLDER, type CompositeNode, type Graph, type PipelineNode, type Pipeline } from '../pipeline/model.js';
import { itemKey, type IterVariables } from '../pipeline/internal-names.js';

export interface Frame {
  /** Resolved internal name of the branch the step runs in; '' at the root. */
  branch: string;
  /** The enclosing branches, outermost first (the current one last; empty at the root): a step's scope
   * is the root's parameters overlaid with each of these branches' own parameters. */
  scopes: string[];
  /** runnable's iteration variables, outermost first (for the CLI protocol). */
  iter: Required<IterVariables>;
  /** `iterate_as` / `index_as` → value, as tasks receive them. */
  vars: Record<string, unknown>;
}

export const ROOT_FRAME: Frame = Object.freeze({ branch: '', scopes: [], iter: { map_variable: {}, loop_variable: [] }, vars: {} }) as Frame;

/** Resolved internal name of a node running in `frame`. */
export function stepPath(frame: Frame, node: PipelineNode): string {
  return frame.branch ? `${frame.branch}.${node.name}` : node.name;
}

/** The frame of one branch of a composite: parallel/conditional key, map item, or loop index. */
export function childFrame(frame: Frame, node: CompositeNode, stepName: string, selector: { key: string } | { item: unknown } | { index: number }): Frame {
  if ('item' in selector && node.type === 'map') {
    const branch = `${stepName}.${itemKey(selector.item)}`;
    return {
      branch,
      scopes: [...frame.scopes, branch],
      iter: { map_variable: { ...frame.iter.map_variable, [node.iterate_as]: { value: selector.item } }, loop_variable: frame.iter.loop_variable },
      vars: { ...frame.vars, [node.iterate_as]: selector.item },
    };
  }
  if ('index' in selector && node.type === 'loop') {
    const branch = `${stepName}.${selector.index}`;
    return {
      branch,
      scopes: [...frame.scopes, branch],
      iter: { map_variable: frame.iter.map_variable, loop_variable: [...frame.iter.loop_variable, { value: selector.index }] },
      vars: { ...frame.vars, [node.index_as]: selector.index },
    };
  }
  if ('key' in selector) {
    const branch = `${stepName}.${selector.key}`;
    return { branch, scopes: [...frame.scopes, branch], iter: frame.iter, vars: frame.vars };
  }
  throw new Error(`bad branch selector for ${node.type} ${stepName}`);
}

export interface Located {
  node: PipelineNode;
  graph: Graph;
  frame: Frame;
}

/**
 * Finds the node at a template internal name (`map.map_variable_placeholder.inner`, spaces already decoded)
 * and builds its frame from the iteration variables. Errors name the segment that does not exist.
 */
export function locate(pipeline: Pipeline, templatePath: string, iter: IterVariables): Located {
  const segments = templatePath.split('.');
  let graph = pipeline.dag;
  let frame = ROOT_FRAME;
  let loopDepth = 0;
  for (let i = 0; i < segments.length; i += 2) {
    const node = graph.nodes[segments[i]!];
    if (!node) {
      throw new UsageError(`step '${templatePath}': no step '${segments[i]}' in ${graph.internalName || 'the pipeline'} (steps: ${Object.keys(graph.nodes).join(', ')})`);
    }
    if (i === segments.length - 1) return { node, graph, frame };
    const key = segments[i + 1]!;
    const name = stepPath(frame, node);
    switch (node.type) {
      case 'map': {
        if (key !== MAP_PLACEHOLDER) throw new UsageError(`step '${templatePath}': a map branch is written '${node.name}.${MAP_PLACEHOLDER}'`);
        const v = iter.map_variable?.[node.iterate_as];
        if (!v) throw new UsageError(`step '${templatePath}': --iter-variable has no map_variable '${node.iterate_as}'`);
        frame = childFrame(frame, node, name, { item: v.value });
        graph = node.branch;
        break;
      }
      case 'loop': {
        if (key !== LOOP_PLACEHOLDER) throw new UsageError(`step '${templatePath}': a loop branch is written '${node.name}.${LOOP_PLACEHOLDER}'`);
        const v = iter.loop_variable?.[loopDepth++];
        if (!v || typeof v.value !== 'number') throw new UsageError(`step '${templatePath}': --iter-variable has no loop_variable for loop '${node.name}'`);
        frame = childFrame(frame, node, name, { index: v.value });
        graph = node.branch;
        break;
      }
      case 'parallel':
      case 'conditional': {
        const g = key === 'default' && node.type === 'conditional' ? node.default : node.branches[key];
        if (!g) throw new UsageError(`step '${templatePath}': '${node.name}' has no branch '${key}'`);
        frame = childFrame(frame, node, name, { key });
        graph = g;
        break;
      }
      default:
        throw new UsageError(`step '${templatePath}': '${node.name}' is a ${node.type} and has no branches`);
    }
  }
  throw new UsageError(`step '${templatePath}' names a branch, not a step`);
}
