import { type Parameters } from '../runlog/model.js';
export interface LoadParametersOptions {
    /** The parameters file given by the user, relative to cwd. */
    file?: string;
    cwd: string;
    env: Record<string, string | undefined>;
    /** Applied over the file and under RUNNABLE_PRM_*. */
    extra?: Record<string, unknown>;
}
/**
 * Decodes an override: JSON when it parses (numbers kept exact: `1.0` stays a float, `2**70+1` an exact
 * int), otherwise the string itself.
 */
export declare function decodeOverride(value: string): unknown;
/** `RUNNABLE_PRM_<name>` variables: name (lower-cased) → decoded value. */
export declare function parameterOverrides(env: Record<string, string | undefined>): Record<string, unknown>;
/** Parses parameters YAML text: a mapping (or an empty file) → name → value. Throws ValidationError. */
export declare function parseParametersText(text: string, file: string): Record<string, unknown>;
/** The initial parameters of a run (see the module comment). Throws InputFileError / ValidationError. */
export declare function loadInitialParameters(opts: LoadParametersOptions): Promise<Parameters>;
