/**
 * `runnable compile` (and `execute` with the argo executor): the pipeline as an Argo Workflow (or
 * CronWorkflow), validated against the Argo CRD before it is returned.
 */
import type { LoadedInputs } from '../context/setup-run.js';
import type { LogLevel } from './types.js';
export interface CompileOptions {
    loaded: LoadedInputs;
    pipelineFile: string;
    configFile?: string;
    parametersFile?: string;
    logLevel?: LogLevel;
    tag?: string;
    /** '-' for stdout; undefined for the config's `output_file` (default `argo-pipeline.yaml`). */
    outputFile?: string;
}
export interface CompileResult {
    kind: string;
    manifest: Record<string, unknown>;
    yaml: string;
    /** Where to write it; undefined means stdout. */
    outputFile?: string;
}
export declare function compileCommand(opts: CompileOptions): Promise<CompileResult>;
