/**
 * The local traversal (executor `local`, and `mocked`, which differs only in the step context's patches):
 * walks a graph in this process, running leaves through the step context and composites through
 * fan-out → branches (concurrently, bounded) → fan-in. Routing follows runnable (§13.1): SUCCESS → `next`,
 * FAIL → `on_failure` or the graph's `fail` node; a graph's status is set by the terminal it reaches.
 */
import { type Graph, type PipelineNode } from '../pipeline/model.js';
import type { Status } from '../runlog/model.js';
import { type Frame } from './frames.js';
import type { RunContext } from './run-context.js';
/** Runs a graph from its start to a terminal node; returns the graph's final status. */
export declare function traverseGraph(ctx: RunContext, graph: Graph, frame: Frame): Promise<Status>;
export declare function executeNode(ctx: RunContext, node: PipelineNode, frame: Frame): Promise<Status>;
