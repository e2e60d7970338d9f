import type { Pipeline as PipelineIR, TaskReturn } from '../pipeline/model.js';
/** A json return (the default for bare strings). */
export declare function json(name: string): TaskReturn;
/** A metric return (also recorded in the attempt's user_defined_metrics). */
export declare function metric(name: string): TaskReturn;
/** An object return (pickled; not for shell tasks). */
export declare function pickled(name: string): TaskReturn;
/** Same as `pickled`. */
export declare function object(name: string): TaskReturn;
export type ReturnSpec = string | TaskReturn;
export interface CatalogOptions {
    get?: string[];
    put?: string[];
    /** @default true */
    store_copy?: boolean;
}
declare class CatalogImpl {
    readonly get: string[];
    readonly put: string[];
    readonly store_copy: boolean;
    constructor(opts?: CatalogOptions);
    toJSON(): {
        get: string[];
        put: string[];
        store_copy: boolean;
    };
}
/** Files moved through the catalog around a task: `Catalog({get, put, store_copy})`. */
export declare const Catalog: {
    (opts?: CatalogOptions | undefined): CatalogImpl;
    new (opts?: CatalogOptions | undefined): CatalogImpl;
};
export type Catalog = CatalogImpl;
export interface StepOptions {
    name: string;
    /** A pipeline to run when this step fails: its first step becomes `on_failure`; its steps join the graph. */
    on_failure?: PipelineImpl;
    /** `{<executor type>: <key into that executor's config.overrides>}` */
    overrides?: Record<string, string>;
    /** This (last) step goes to `success`; the default for the last step. */
    terminate_with_success?: boolean;
    /** This (last) step goes to `fail`. */
    terminate_with_failure?: boolean;
}
export interface TaskOptions extends StepOptions {
    returns?: ReturnSpec[];
    catalog?: CatalogImpl | CatalogOptions;
    secrets?: string[];
    /** @default 1 */
    max_attempts?: number;
    timeout_seconds?: number;
}
declare abstract class BaseStep {
    readonly name: string;
    readonly on_failure?: PipelineImpl;
    readonly overrides?: Record<string, string>;
    readonly terminate_with_success: boolean;
    readonly terminate_with_failure: boolean;
    /** The node type. */
    abstract readonly type: string;
    constructor(kind: string, opts: StepOptions);
    /** The node's fields as they appear in a pipeline YAML (without next/on_failure/overrides). */
    protected abstract fields(): Record<string, unknown>;
    /** Whether this is a terminal (Success / Fail) step. */
    get isTerminal(): boolean;
    /** The node as a YAML-shaped mapping, given its successor. */
    toDocument(next: string | undefined): Record<string, unknown>;
    /** A pipeline of just this step. */
    asPipeline(): PipelineImpl;
}
declare abstract class TaskStep extends BaseStep {
    readonly type = "task";
    readonly returns: TaskReturn[];
    readonly catalog?: CatalogImpl;
    readonly secrets: string[];
    readonly max_attempts?: number;
    readonly timeout_seconds?: number;
    protected abstract readonly commandType: string;
    protected abstract readonly command: string;
    constructor(kind: string, opts: TaskOptions);
    protected extraFields(): Record<string, unknown>;
    protected fields(): Record<string, unknown>;
}
export interface ShellTaskOptions extends TaskOptions {
    /** Script run by `/bin/sh -c`; may be multi-line. */
    command: string;
}
declare class ShellTaskImpl extends TaskStep {
    protected readonly commandType = "shell";
    protected readonly command: string;
    constructor(opts: ShellTaskOptions);
}
export interface PythonTaskOptions extends TaskOptions {
    /** Dotted path `pkg.module.function`. */
    function: string;
}
declare class PythonTaskImpl extends TaskStep {
    protected readonly commandType: string;
    protected readonly command: string;
    constructor(opts: PythonTaskOptions, kind?: string);
}
export interface AsyncPythonTaskOptions extends PythonTaskOptions {
    /** @default "done" */
    stream_end_type?: string;
}
declare class AsyncPythonTaskImpl extends PythonTaskImpl {
    protected readonly commandType = "async-python";
    readonly stream_end_type?: string;
    constructor(opts: AsyncPythonTaskOptions);
    protected extraFields(): Record<string, unknown>;
}
export interface NodeTaskOptions extends TaskOptions {
    /** `path/to/module.js:exportName` (relative to the working directory). */
    function: string;
}
declare class NodeTaskImpl extends TaskStep {
    protected readonly commandType = "node";
    protected readonly command: string;
    constructor(opts: NodeTaskOptions);
}
export interface NotebookTaskOptions extends TaskOptions {
    /** Path of the `.ipynb`. */
    notebook: string;
    optional_ploomber_args?: Record<string, unknown>;
}
declare class NotebookTaskImpl extends TaskStep {
    protected readonly commandType = "notebook";
    protected readonly command: string;
    readonly optional_ploomber_args?: Record<string, unknown>;
    constructor(opts: NotebookTaskOptions);
    protected extraFields(): Record<string, unknown>;
}
/** Options of a Stub: any extra keys are kept (as in YAML, so a task can be disabled by changing its type). */
export type StubOptions = StepOptions & {
    [extra: string]: unknown;
};
declare class StubImpl extends BaseStep {
    readonly type = "stub";
    readonly extra: Record<string, unknown>;
    constructor(opts: StubOptions);
    protected fields(): Record<string, unknown>;
}
export interface ParallelOptions extends StepOptions {
    branches: Record<string, PipelineImpl>;
}
declare class ParallelImpl extends BaseStep {
    readonly type = "parallel";
    readonly branches: Record<string, PipelineImpl>;
    constructor(opts: ParallelOptions);
    protected fields(): Record<string, unknown>;
}
export interface MapOptions extends StepOptions {
    branch: PipelineImpl;
    /** Name of a list parameter. */
    iterate_on: string;
    /** Name each item reaches the branch under. */
    iterate_as: string;
    /** Python lambda source or dotted path. */
    reducer?: string;
}
declare class MapImpl extends BaseStep {
    readonly type = "map";
    readonly branch: PipelineImpl;
    readonly iterate_on: string;
    readonly iterate_as: string;
    readonly reducer?: string;
    constructor(opts: MapOptions);
    protected fields(): Record<string, unknown>;
}
export interface ConditionalOptions extends StepOptions {
    /** Branches keyed by the (alphanumeric) value that selects them. */
    branches: Record<string, PipelineImpl>;
    /** Alphanumeric parameter name. */
    parameter: string;
    /** Runs when no key matches. */
    default?: PipelineImpl;
}
declare class ConditionalImpl extends BaseStep {
    readonly type = "conditional";
    readonly branches: Record<string, PipelineImpl>;
    readonly parameter: string;
    readonly default?: PipelineImpl;
    constructor(opts: ConditionalOptions);
    protected fields(): Record<string, unknown>;
}
export interface LoopOptions extends StepOptions {
    branch: PipelineImpl;
    max_iterations: number;
    /** Boolean parameter; the loop exits when it is true. */
    break_on: string;
    /** Name of the 0-based iteration index. */
    index_as: string;
}
declare class LoopImpl extends BaseStep {
    readonly type = "loop";
    readonly branch: PipelineImpl;
    readonly max_iterations: number;
    readonly break_on: string;
    readonly index_as: string;
    constructor(opts: LoopOptions);
    protected fields(): Record<string, unknown>;
}
declare class SuccessImpl extends BaseStep {
    readonly type = "success";
    constructor(opts?: {
        name?: string;
    });
    get isTerminal(): boolean;
    protected fields(): Record<string, unknown>;
}
declare class FailImpl extends BaseStep {
    readonly type = "fail";
    constructor(opts?: {
        name?: string;
    });
    get isTerminal(): boolean;
    protected fields(): Record<string, unknown>;
}
export declare const ShellTask: {
    (opts: ShellTaskOptions): ShellTaskImpl;
    new (opts: ShellTaskOptions): ShellTaskImpl;
};
export type ShellTask = ShellTaskImpl;
export declare const PythonTask: {
    (opts: PythonTaskOptions, kind?: string | undefined): PythonTaskImpl;
    new (opts: PythonTaskOptions, kind?: string | undefined): PythonTaskImpl;
};
export type PythonTask = PythonTaskImpl;
export declare const AsyncPythonTask: {
    (opts: AsyncPythonTaskOptions): AsyncPythonTaskImpl;
    new (opts: AsyncPythonTaskOptions): AsyncPythonTaskImpl;
};
export type AsyncPythonTask = AsyncPythonTaskImpl;
export declare const NodeTask: {
    (opts: NodeTaskOptions): NodeTaskImpl;
    new (opts: NodeTaskOptions): NodeTaskImpl;
};
export type NodeTask = NodeTaskImpl;
export declare const NotebookTask: {
    (opts: NotebookTaskOptions): NotebookTaskImpl;
    new (opts: NotebookTaskOptions): NotebookTaskImpl;
};
export type NotebookTask = NotebookTaskImpl;
export declare const Stub: {
    (opts: StubOptions): StubImpl;
    new (opts: StubOptions): StubImpl;
};
export type Stub = StubImpl;
export declare const Parallel: {
    (opts: ParallelOptions): ParallelImpl;
    new (opts: ParallelOptions): ParallelImpl;
};
export type Parallel = ParallelImpl;
/** The map composite (exported as `Map` from the SDK index; named MapStep here to keep the global Map). */
export declare const MapStep: {
    (opts: MapOptions): MapImpl;
    new (opts: MapOptions): MapImpl;
};
export type MapStep = MapImpl;
export declare const Conditional: {
    (opts: ConditionalOptions): ConditionalImpl;
    new (opts: ConditionalOptions): ConditionalImpl;
};
export type Conditional = ConditionalImpl;
export declare const Loop: {
    (opts: LoopOptions): LoopImpl;
    new (opts: LoopOptions): LoopImpl;
};
export type Loop = LoopImpl;
export declare const Success: {
    (opts?: {
        name?: string;
    } | undefined): SuccessImpl;
    new (opts?: {
        name?: string;
    } | undefined): SuccessImpl;
};
export type Success = SuccessImpl;
export declare const Fail: {
    (opts?: {
        name?: string;
    } | undefined): FailImpl;
    new (opts?: {
        name?: string;
    } | undefined): FailImpl;
};
export type Fail = FailImpl;
export type Step = ShellTaskImpl | PythonTaskImpl | AsyncPythonTaskImpl | NodeTaskImpl | NotebookTaskImpl | StubImpl | ParallelImpl | MapImpl | ConditionalImpl | LoopImpl | SuccessImpl | FailImpl;
export interface PipelineOptions {
    steps: Step[];
    /** Names the pipeline in messages (and `Pipeline.file`); default `sdk`. */
    name?: string;
    description?: string;
}
declare class PipelineImpl {
    readonly steps: readonly Step[];
    readonly name?: string;
    readonly description?: string;
    constructor(opts: PipelineOptions);
    /** Name of the first step (what an `on_failure` refers to). */
    get firstStepName(): string;
    /** This pipeline's steps followed by the steps of every on_failure pipeline (recursively), each once. */
    private linkedSteps;
    /** The graph as a YAML-shaped mapping (`{description?, start_at, steps}`). */
    graphDocument(): Record<string, unknown>;
    /** The whole pipeline document (`{dag: ...}`), as a YAML file would hold it. */
    toDocument(): Record<string, unknown>;
    /** The IR, validated exactly as a YAML file is. Throws ValidationError (file: the name or `sdk`). */
    build(): PipelineIR;
    /** runnable pipeline YAML for this pipeline. */
    toYaml(): string;
}
/** A pipeline: `Pipeline({steps, name?, description?})`. */
export declare const Pipeline: {
    (opts: PipelineOptions): PipelineImpl;
    new (opts: PipelineOptions): PipelineImpl;
};
export type Pipeline = PipelineImpl;
export {};
