import { type CompositeNode, type Graph, type Pipeline, type PipelineNode } from './model.js';
/**
 * runnable's `--iter-variable` (§12.2): the values of the enclosing maps (keyed by `iterate_as`) and loops,
 * both ordered outermost first.
 */
export interface IterVariables {
    map_variable?: Record<string, {
        value: unknown;
    }>;
    loop_variable?: {
        value: number;
    }[];
}
/**
 * The branch-name form of a map item (§19 f/g): strings as they are, everything else its JSON text
 * (`true`, `1`, `1.5`, `{"a":1}`, `null`).
 */
export declare function itemKey(value: unknown): string;
/**
 * Fills the placeholders of a template internal name, in order, outermost first: each
 * `map_variable_placeholder` segment takes the next map value (as `itemKey`), each
 * `loop_variable_placeholder` the next loop index. Throws UsageError when values are missing.
 */
export declare function resolveInternalName(template: string, iter?: IterVariables): string;
/** A step path for the command line: spaces written as `%` (§12.1). */
export declare function encodeStepPath(path: string): string;
/** The inverse of encodeStepPath: `%` back to spaces. */
export declare function decodeStepPath(path: string): string;
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
export declare function findNode(pipeline: Pipeline, templateInternalName: string): FoundNode;
/** Finds the graph (the root or a branch) with this template internal name ('' for the root). */
export declare function findGraph(pipeline: Pipeline, templateInternalName: string): Graph | undefined;
export interface VisitedNode {
    node: PipelineNode;
    graph: Graph;
    parents: ParentBranch[];
}
/** Every node of the pipeline in pre-order: each node, then its branches' nodes, then the next node. */
export declare function walkNodes(pipeline: Pipeline): Generator<VisitedNode>;
/** Every node of the pipeline (see walkNodes for the order). */
export declare function allNodes(pipeline: Pipeline): PipelineNode[];
/** Every graph: the root first, then branches depth first. */
export declare function allGraphs(pipeline: Pipeline): Graph[];
