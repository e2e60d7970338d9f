/**
 * Who walks the graph. `local` walks it in this process (local.ts); `mocked` is the same walk with the step
 * context running only patched tasks (RunContext.patches, semantics §15); `argo` hands the walk to Argo
 * Workflows: src/argo compiles the graph into a Workflow whose pods call the same step context through
 * `runnable execute-single-node` and `runnable fan` (src/commands/single-node.ts).
 */
export { traverseGraph, executeNode } from './local.js';
