/**
 * The run log, in runnable's JSON shape (semantics §8). Field names are runnable's (snake_case) so a run
 * log written here can be read by anyone who knows runnable's. Times are ISO-8601 UTC (§19 h).
 */
export type Status = 'CREATED' | 'PROCESSING' | 'SUCCESS' | 'FAIL';
export type ParameterKind = 'json' | 'metric' | 'object';
export interface Parameter {
    kind: ParameterKind;
    value: unknown;
    /** The value, or for strings longer than 10 characters the first 10 followed by `...`. */
    description: unknown;
}
export type Parameters = Record<string, Parameter>;
export interface CodeIdentity {
    code_identifier: string;
    code_identifier_type: 'git' | 'docker' | 'argo' | 'unknown';
    code_identifier_dependable: boolean;
    code_identifier_url: string;
    code_identifier_message: string;
}
export interface DataCatalogEntry {
    name: string;
    data_hash: string;
    catalog_relative_path: string;
    catalog_handler_location: string;
    stage: 'get' | 'put';
    /** Extra lineage fields set by remote catalogs (e.g. artifact id), optional. */
    [extra: string]: unknown;
}
export interface StepAttempt {
    attempt_number: number;
    start_time: string;
    end_time: string;
    status: Status;
    message: string;
    input_parameters: Parameters;
    output_parameters: Parameters;
    user_defined_metrics: Parameters;
    retry_indicator: string;
    code_identities: CodeIdentity[];
    /** Exit code of the task's process, when it had one (ours; not in runnable). */
    exit_code?: number | null;
    /** The task did not run: its result was restored from the step cache (ours; runnable 0.50 ignores it). */
    cached_from?: CachedFrom;
}
/** Where a cached attempt's result came from (runlog/outcome.ts reads it; nothing parses the message). */
export interface CachedFrom {
    run_id: string;
    step: string;
    saved_at: string;
    key: string;
}
export interface StepLog {
    name: string;
    internal_name: string;
    status: Status;
    step_type: string;
    message: string;
    mock: boolean;
    attempts: StepAttempt[];
    branches: Record<string, BranchLog>;
    data_catalog: DataCatalogEntry[];
}
export interface BranchLog {
    internal_name: string;
    status: Status;
    steps: Record<string, StepLog>;
    parameters: Parameters;
}
export interface RunLog {
    run_id: string;
    dag_hash: string;
    tag: string;
    status: Status;
    steps: Record<string, StepLog>;
    job: null;
    parameters: Parameters;
    run_config: Record<string, unknown>;
}
/** The run log without its steps and run_config: what a step reads and writes most. */
export type RunHeader = Omit<RunLog, 'steps' | 'run_config'>;
/** A branch without its steps. */
export type BranchHeader = Omit<BranchLog, 'steps'>;
/** A step without its branches. */
export type StepRecord = Omit<StepLog, 'branches'>;
/** runnable's `description`: the value, or for strings longer than 10 characters the first 10 + `...`. */
export declare function describeValue(value: unknown): unknown;
export declare function makeParameter(kind: ParameterKind, value: unknown): Parameter;
/** ISO-8601 UTC with milliseconds, e.g. `2026-11-24T17:28:01.241Z`. */
export declare function nowIso(): string;
export declare function newStepRecord(name: string, internalName: string, stepType: string): StepRecord;
