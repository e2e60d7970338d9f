import { type Graph, type TaskReturn, type TaskSpec } from './model.js';
import type { PathSegment } from './yaml-source.js';
/** What a function needs: the arguments it cannot run without. */
export interface FunctionSignature {
    /** Names that must be bound (no default, not `*args`/`**kwargs`/an `argparse.Namespace` catch-all). */
    required: string[];
    /**
     * `error`: a missing argument fails the step (python); `warning`: the function is called anyway and the
     * argument is undefined (node: destructuring without a default).
     */
    severity: 'error' | 'warning';
}
/** What the mocked executor runs instead of a task (config `patches`), by step short name. */
export interface TaskPatchLike {
    command_type?: TaskSpec['command_type'];
    command?: string;
    returns?: readonly TaskReturn[];
}
export interface DataflowOptions {
    /** Names the run starts with that are known for certain (parameters file, RUNNABLE_PRM_*). */
    initial: Iterable<string>;
    /** True when the initial parameters are known completely (-p given): a name nothing provides is an error. */
    initialKnown: boolean;
    /** The signature of a python/node task's function, when it could be read; undefined skips the check. */
    signature?: (spec: TaskSpec) => FunctionSignature | undefined;
    /** The mocked executor's patches: an unpatched task runs nothing, a patched one runs its patch. */
    patches?: Readonly<Record<string, TaskPatchLike>>;
}
export interface DataflowFinding {
    severity: 'error' | 'warning';
    /** The consuming field's path in the pipeline document (for positions), e.g. dag.steps.m.iterate_on. */
    path: PathSegment[];
    /** Internal name of the consuming step. */
    step: string;
    /** The parameter name that may be missing. */
    parameter: string;
    message: string;
}
/**
 * Whether a shell script may set `name` itself (so a return of it does not depend on the scope). Any bare
 * occurrence of the word (an assignment, `export name`, `read name`, `for name in`) counts, and so does any
 * construct that can set names we cannot see (eval, source, `.`, set -a, declare/typeset, a computed export):
 * the check never calls a script wrong when it might be right.
 */
export declare function shellMaySet(script: string, name: string): boolean;
/** Every data-flow finding of a pipeline, in graph order. */
export declare function checkDataflow(dag: Graph, opts: DataflowOptions): DataflowFinding[];
