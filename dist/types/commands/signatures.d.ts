import type { FunctionSignature, TaskPatchLike } from '../pipeline/dataflow.js';
import type { Graph, TaskSpec } from '../pipeline/model.js';
/** Python signatures of `commands` (dotted paths); a command whose signature cannot be read is absent. */
export declare function pythonSignatures(commands: readonly string[], cwd: string, env: Record<string, string | undefined>): Promise<Map<string, string[]>>;
/**
 * Names a node function destructures from its first parameter without a default, or undefined when the
 * source does not show a plain destructuring (then nothing is checked).
 */
export declare function nodeRequiredArguments(source: string, exportName: string): string[] | undefined;
/** The signature lookup for checkDataflow: python via ast, node by scanning the module's source. */
export declare function signatureLookup(dag: Graph, cwd: string, env: Record<string, string | undefined>, patches?: Readonly<Record<string, TaskPatchLike>>): Promise<(spec: TaskSpec) => FunctionSignature | undefined>;
