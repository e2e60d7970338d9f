import type { FailNode, StubNode, SuccessNode, TaskNode } from '../pipeline/model.js';
import type { Status } from '../runlog/model.js';
import { type Frame } from './frames.js';
import type { RunContext } from './run-context.js';
type LeafNode = TaskNode | StubNode | SuccessNode | FailNode;
/** True when this process walks the graph for the emulator (a pod it starts runs its leaf in-process). */
export declare function emulates(ctx: RunContext): boolean;
/** Runs one leaf node as its pods would: one process per attempt. Returns the step's status from the run log. */
export declare function emulateLeaf(ctx: RunContext, node: LeafNode, frame: Frame): Promise<Status>;
export {};
