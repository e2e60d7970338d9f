import type { ConditionalNode, Graph, LoopNode, MapNode, ParallelNode } from '../pipeline/model.js';
import { type Parameters, type Status } from '../runlog/model.js';
import { type Frame } from './frames.js';
import type { RunContext } from './run-context.js';
export interface BranchRun {
    /** Parallel/conditional key, map item key, or loop index as a string. */
    key: string;
    graph: Graph;
    frame: Frame;
}
export type FanOutResult = {
    kind: 'skip';
} | {
    kind: 'fail';
    message: string;
} | {
    kind: 'run';
    branches: BranchRun[];
    items?: unknown[];
};
type Expected = {
    ok: true;
    branches: BranchRun[];
    items?: unknown[];
} | {
    ok: false;
    message: string;
};
/** Which branches a composite runs, from the parent scope (semantics §3.7-3.9, §19 f). */
export declare function expectedBranches(node: ParallelNode | MapNode | ConditionalNode, name: string, frame: Frame, scope: Parameters): Expected;
/** Above this many items a store that rewrites the whole run is worth a warning (it slows down quadratically). */
export declare const LARGE_MAP_ITEMS = 1000;
export declare function fanOut(ctx: RunContext, node: ParallelNode | MapNode | ConditionalNode, frame: Frame): Promise<FanOutResult>;
export declare function fanIn(ctx: RunContext, node: ParallelNode | MapNode | ConditionalNode, frame: Frame): Promise<Status>;
export type LoopDecision = {
    kind: 'continue';
} | {
    kind: 'done';
    status: Status;
    message: string;
};
/** Starts a loop: the composite's step log. Returns false when a retry finds it already succeeded. */
export declare function loopStart(ctx: RunContext, node: LoopNode, frame: Frame): Promise<boolean>;
/** Opens iteration `index`: its scope is a copy of the parent's (index 0) or of the previous iteration's. */
export declare function loopIteration(ctx: RunContext, node: LoopNode, frame: Frame, index: number): Promise<BranchRun>;
/** After iteration `index`: stop on failure, on `break_on` true, or at `max_iterations`. */
export declare function loopAfterIteration(ctx: RunContext, node: LoopNode, frame: Frame, index: number): Promise<LoopDecision>;
/** Ends a loop: on success the last iteration's scope becomes the parent's (§5.3). */
export declare function loopFinish(ctx: RunContext, node: LoopNode, frame: Frame, lastIndex: number, decision: {
    status: Status;
    message: string;
}): Promise<Status>;
export {};
