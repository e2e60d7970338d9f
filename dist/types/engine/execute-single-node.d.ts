import type { FailNode, StubNode, SuccessNode, TaskNode } from '../pipeline/model.js';
import { type Status } from '../runlog/model.js';
import { type Frame } from './frames.js';
import type { RunContext } from './run-context.js';
export type LeafNode = TaskNode | StubNode | SuccessNode | FailNode;
/** File-name-safe form of a resolved internal name: readable, and unique per name (catalog/paths.ts). */
export declare function safeName(name: string): string;
/** How many attempts this call makes; an orchestrator with its own retries asks for one at a time. */
export interface AttemptPolicy {
    /** At most this many attempts in this call. @default the node's max_attempts */
    attempts?: number;
    /** When this call's last attempt fails, more attempts will follow (the orchestrator retries): the step
     * stays PROCESSING and the status returned is 'PROCESSING'. */
    moreToCome?: boolean;
}
/** Runs one leaf node in `frame` and returns its step status ('PROCESSING' only under AttemptPolicy.moreToCome). */
export declare function executeLeaf(ctx: RunContext, node: LeafNode, frame: Frame, policy?: AttemptPolicy): Promise<Status>;
