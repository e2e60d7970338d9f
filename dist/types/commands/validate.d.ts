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
}
export declare function validateCommand(opts: ValidateOptions): Promise<ValidateResult>;
