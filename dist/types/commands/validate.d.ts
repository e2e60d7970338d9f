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
    /** Not errors: what a run would say about the parameters (names not exported, values moved to a file). */
    warnings: string[];
}
export declare function validateCommand(opts: ValidateOptions): Promise<ValidateResult>;
