/**
 * The pipeline model (the IR): what a pipeline YAML or the TS SDK turns into, and what every executor
 * (local, mocked, argo) and the step context read. Plain data, JSON-serialisable, no behaviour.
 *
 * Names follow runnable: a graph's nodes are keyed by their short name; `internalName` is the dot path
 * alternating step and branch names, in *template* form (map branches are `<map>.map_variable_placeholder`,
 * loop iterations `<loop>.loop_variable_placeholder`); see internal-names.ts to resolve them at run time.
 */
import type { SourcePosition } from '../errors.js';
export type NodeType = 'task' | 'stub' | 'parallel' | 'map' | 'conditional' | 'loop' | 'success' | 'fail';
export type CompositeType = 'parallel' | 'map' | 'conditional' | 'loop';
/** `async-python` is accepted as runnable spells it; the python runner awaits coroutines. */
export type CommandType = 'python' | 'shell' | 'notebook' | 'node' | 'async-python';
export type ReturnKind = 'json' | 'metric' | 'object';
export declare const MAP_PLACEHOLDER = "map_variable_placeholder";
export declare const LOOP_PLACEHOLDER = "loop_variable_placeholder";
export interface TaskReturn {
    name: string;
    kind: ReturnKind;
}
export interface CatalogSettings {
    get: string[];
    put: string[];
    /** @default true */
    store_copy: boolean;
}
/** What runs inside a task node. Everything here belongs to the task, not the node (mocked patches replace it). */
export interface TaskSpec {
    command_type: CommandType;
    /** python: `pkg.module.function`; node: `path/to/module.js:exportName` (or `module#export`); shell: script; notebook: `.ipynb` path. */
    command: string;
    returns: TaskReturn[];
    secrets: string[];
    /** notebook only: extra keyword arguments for papermill / ploomber-engine. */
    optional_ploomber_args?: Record<string, unknown>;
    /** async-python only. @default "done" */
    stream_end_type?: string;
}
interface NodeBase {
    /** Short name, the key in `steps`. */
    name: string;
    /** Template-form internal name, e.g. `map_state.map_variable_placeholder.inner`. */
    internalName: string;
    type: NodeType;
    /** Where the node was defined, for errors raised at run time. */
    source?: SourcePosition;
}
interface ExecutableBase extends NodeBase {
    /** Short name of the next node in the same graph (`success`/`fail` for the terminals). */
    next: string;
    /** Short name of the node to go to when this one fails; default the graph's `fail`. */
    on_failure?: string;
    /** `{<executor type>: <key into that executor's config.overrides>}` */
    overrides: Record<string, string>;
}
export interface TaskNode extends ExecutableBase {
    type: 'task';
    task: TaskSpec;
    catalog?: CatalogSettings;
    /** @default 1 — honoured (runnable ignores it; see semantics §19 d). */
    max_attempts: number;
    /** Per-attempt timeout in seconds; the task's process group is killed when it expires. */
    timeout_seconds?: number;
}
export interface StubNode extends ExecutableBase {
    type: 'stub';
    /** Any extra keys, kept so a task can be disabled by changing only its `type`. */
    extra: Record<string, unknown>;
}
export interface ParallelNode extends ExecutableBase {
    type: 'parallel';
    /** In declaration order (merge order at fan-in: last wins). */
    branches: Record<string, Graph>;
}
export interface MapNode extends ExecutableBase {
    type: 'map';
    iterate_on: string;
    iterate_as: string;
    /** Python lambda source (`lambda *x: max(x)`) or dotted path; run in python3, never in our process. */
    reducer?: string;
    branch: Graph;
}
export interface ConditionalNode extends ExecutableBase {
    type: 'conditional';
    parameter: string;
    branches: Record<string, Graph>;
    /** Runs when no branch key matches (semantics §19 f). */
    default?: Graph;
}
export interface LoopNode extends ExecutableBase {
    type: 'loop';
    branch: Graph;
    max_iterations: number;
    break_on: string;
    index_as: string;
}
export interface SuccessNode extends NodeBase {
    type: 'success';
}
export interface FailNode extends NodeBase {
    type: 'fail';
}
export type ExecutableNode = TaskNode | StubNode | ParallelNode | MapNode | ConditionalNode | LoopNode;
export type CompositeNode = ParallelNode | MapNode | ConditionalNode | LoopNode;
export type TerminalNode = SuccessNode | FailNode;
export type PipelineNode = ExecutableNode | TerminalNode;
/** A graph: the root DAG or a branch. Always holds exactly one `success` and one `fail` node (added automatically). */
export interface Graph {
    /** '' for the root; the branch's template internal name otherwise (e.g. `par.b1`). */
    internalName: string;
    start_at: string;
    description?: string;
    /** Keyed by short name, in declaration order, terminals last. */
    nodes: Record<string, PipelineNode>;
}
export interface Pipeline {
    dag: Graph;
    /** `yaml` when read from a file, `sdk` when built in TypeScript. */
    execution_mode: 'yaml' | 'sdk';
    /** Path of the YAML file (or SDK module) the pipeline came from, as given by the user. */
    file?: string;
}
export declare function isComposite(node: PipelineNode): node is CompositeNode;
export declare function isTerminal(node: PipelineNode): node is TerminalNode;
/**
 * The routing rule (semantics §4), in one place for every traversal (local, pod, Argo compiler): after a
 * node ends, SUCCESS goes to `next`, anything else to `on_failure`, or to the graph's `fail` node.
 */
export declare function routeAfter(node: Exclude<PipelineNode, TerminalNode>, status: string): string;
/** The graphs directly under a composite node, keyed by branch key (map/loop: the single key `branch`). */
export declare function branchesOf(node: CompositeNode): Record<string, Graph>;
export {};
