import { type CompositeNode, type Graph, type PipelineNode, type Pipeline } from '../pipeline/model.js';
import { type IterVariables } from '../pipeline/internal-names.js';
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
export declare const ROOT_FRAME: Frame;
/** Resolved internal name of a node running in `frame`. */
export declare function stepPath(frame: Frame, node: PipelineNode): string;
/** The frame of one branch of a composite: parallel/conditional key, map item, or loop index. */
export declare function childFrame(frame: Frame, node: CompositeNode, stepName: string, selector: {
    key: string;
} | {
    item: unknown;
} | {
    index: number;
}): Frame;
export interface Located {
    node: PipelineNode;
    graph: Graph;
    frame: Frame;
}
/**
 * Finds the node at a template internal name (`map.map_variable_placeholder.inner`, spaces already decoded)
 * and builds its frame from the iteration variables. Errors name the segment that does not exist.
 */
export declare function locate(pipeline: Pipeline, templatePath: string, iter: IterVariables): Located;
