import { type ValidationIssue } from '../errors.js';
import type { Pipeline } from '../pipeline/model.js';
import type { RunnableConfig } from '../config/model.js';
export interface ValidateOptions {
    pipelineFile: string;
    configFile?: string;
    parametersFile?: string;
    cwd?: string;
    env?: Record<string, string | undefined>;
}
export interface ValidateResult {
    ok: boolean;
    issues: ValidationIssue[];
    pipeline?: Pipeline;
    config?: RunnableConfig;
    /**
     * Not errors: what a run would say about the parameters (names not exported, values moved to a file), and
     * each data-flow warning as `file:line:column: path: message`.
     */
    warnings: string[];
    /** Data-flow findings with positions (errors are also in `issues`). */
    dataflow: DataflowIssue[];
}
/** A data-flow finding at its position: the consuming field (iterate_on, parameter, command, a return's name). */
export interface DataflowIssue extends ValidationIssue {
    severity: 'error' | 'warning';
    /** The parameter that may be missing. */
    parameter: string;
    /** Internal name of the consuming step. */
    step: string;
}
export declare function validateCommand(opts: ValidateOptions): Promise<ValidateResult>;
