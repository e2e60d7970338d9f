/**
 * Parameter scopes (semantics §5.2, §19 a). The root scope is the run log's `parameters`. A branch starts
 * as a copy of its parent's scope; it is stored copy-on-write: a branch log's `parameters` hold only what
 * the branch set or changed, and a step's scope is the root overlaid with each enclosing branch's own
 * parameters, outermost first. So a map over 10,000 items does not write the item list 10,000 times, and a
 * branch log reads like runnable 0.50's (only the values produced in the branch).
 *
 * Reads are cached per process: a scope is written only by the steps that run in it, and while a
 * composite's branches run its parent scope does not change, so a cached value stays right; our own
 * writes update the cache. (Orchestrator pods are separate processes and start with an empty cache.)
 */
import type { Parameters, Status } from '../runlog/model.js';
import type { Frame } from './frames.js';
import type { RunContext } from './run-context.js';
/** The scope of a frame: root parameters overlaid with each enclosing branch's own. */
export declare function readScope(ctx: RunContext, frame: Pick<Frame, 'scopes'>): Promise<Parameters>;
/** Only a branch's own parameters (what it set or changed). */
export declare function readOwn(ctx: RunContext, branch: string): Promise<Parameters>;
/** Merges `values` into the frame's own level (read-modify-write under the store's lock). */
export declare function writeScope(ctx: RunContext, branch: string, values: Parameters): Promise<void>;
/** Drops this process's cached scopes (another process, e.g. an emulator pod, wrote parameters). */
export declare function forgetScopes(ctx: RunContext): void;
/** Records what a branch log was opened with (so reads need not go back to the store). */
export declare function noteBranchOpened(ctx: RunContext, branch: string, parameters: Parameters): void;
/** Sets the status of the run (root) or of a branch: what `success` and `fail` nodes do. */
export declare function setScopeStatus(ctx: RunContext, branch: string, status: Status): Promise<void>;
/** True when two parameter values are the same JSON value (used to merge only what a branch changed). */
export declare function sameValue(a: unknown, b: unknown): boolean;
