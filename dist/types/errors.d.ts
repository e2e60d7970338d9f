/**
 * Every error this project throws on purpose. One file, as in actions/toolkit; classes with structured
 * fields and stable codes, as in Temporal. The CLI and the Action map these classes to exit codes and
 * annotations in exactly one place each (src/cli/run-cli.ts, src/action/run-action.ts).
 *
 * `instanceof` must work across bundles (the Action bundle and the CLI can load two copies of this
 * module), so each class is branded with a `Symbol.for` marker and `Symbol.hasInstance` checks it.
 */
/** A position in a source file, 1-based, as editors and GitHub annotations count. */
export interface SourcePosition {
    file: string;
    line?: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
}
/** Base class: an error the user can fix (bad input, missing file...). Printed without a stack trace. */
export declare class RunnableError extends Error {
    /** Stable code, printed in brackets, useful to search for. */
    readonly code: string;
    /** Process exit code the edges use for this error. */
    readonly exitCode: number;
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** One problem found while reading a pipeline, config or parameters file. */
export interface ValidationIssue extends SourcePosition {
    /** Dotted path of the field inside the document, e.g. `dag.steps.train.next`. */
    path: string;
    message: string;
}
/** Formats an issue as `file:line:column: path: message` (the form editors and CI logs link). */
export declare function formatIssue(issue: ValidationIssue): string;
/** Thrown when a pipeline, config or parameters file is invalid. Carries every issue found, not just the first. */
export declare class ValidationError extends RunnableError {
    readonly code = "RA100";
    readonly exitCode = 2;
    readonly issues: readonly ValidationIssue[];
    constructor(issues: ValidationIssue[], what?: string);
}
/** A file the user named could not be read. */
export declare class InputFileError extends RunnableError {
    readonly file: string;
    readonly code = "RA101";
    readonly exitCode = 2;
    constructor(file: string, reason: string, options?: {
        cause?: unknown;
    });
}
/** Wrong command-line usage. */
export declare class UsageError extends RunnableError {
    readonly code = "RA102";
    readonly exitCode = 2;
}
/** A run log with this id already exists where a new run was asked for. */
export declare class RunLogExistsError extends RunnableError {
    readonly runId: string;
    readonly code = "RA200";
    constructor(runId: string);
}
/** No run log for this id in the configured store. */
export declare class RunLogNotFoundError extends RunnableError {
    readonly runId: string;
    readonly code = "RA201";
    constructor(runId: string, where: string);
}
/** A retry whose pipeline structure differs from the original run's. */
export declare class RetryRefusedError extends RunnableError {
    readonly runId: string;
    readonly code = "RA202";
    constructor(runId: string, reason: string);
}
/** A stored run-log chunk or document is not valid JSON or not of the expected shape. */
export declare class RunLogCorruptError extends RunnableError {
    readonly path: string;
    readonly code = "RA203";
    constructor(path: string, reason: string);
}
/** Another live process is the writer of this run (the local executor holds a run while it runs it). */
export declare class RunLogInUseError extends RunnableError {
    readonly runId: string;
    readonly holder: string;
    readonly lockFile: string;
    readonly code = "RA204";
    constructor(runId: string, holder: string, lockFile: string);
}
/** The run log store's folder cannot be written or read (disk full, read-only, permissions): names the folder and the errno. */
export declare class RunLogStoreError extends RunnableError {
    readonly folder: string;
    readonly errno: string;
    readonly code = "RA205";
    constructor(folder: string, errno: string, detail: string, options?: {
        cause?: unknown;
    });
}
/** A catalog get/put failed (no match, glob escaping the work dir, IO error). Fails the step, not the process. */
export declare class CatalogError extends RunnableError {
    readonly code = "RA300";
}
/** A secret was asked for that the secrets service does not have. Fails the step. */
export declare class SecretNotFoundError extends RunnableError {
    readonly secretName: string;
    readonly code = "RA301";
    constructor(secretName: string, where: string);
}
/** A task could not be started or its protocol failed (e.g. python3 missing, bad returns). Fails the step. */
export declare class TaskError extends RunnableError {
    readonly code = "RA400";
}
/** The run finished, but not with SUCCESS. The run log is complete; exit code 1. */
export declare class RunFailedError extends RunnableError {
    readonly runId: string;
    readonly status: string;
    readonly code = "RA500";
    constructor(runId: string, status: string);
}
/** The run was cancelled by SIGINT/SIGTERM; the run log was marked FAIL and persisted. */
export declare class CancelledError extends RunnableError {
    readonly runId: string;
    readonly signal: string;
    readonly code = "RA501";
    readonly exitCode = 130;
    constructor(runId: string, signal: string);
}
/** Talking to a remote service (artifact service, Kubernetes API) failed after retries. */
export declare class RemoteServiceError extends RunnableError {
    readonly service: string;
    readonly status?: number | undefined;
    readonly code = "RA600";
    constructor(message: string, service: string, status?: number | undefined, options?: {
        cause?: unknown;
    });
}
/** A generated manifest failed validation: a bug in the compiler or an invalid override. */
export declare class ManifestError extends RunnableError {
    readonly problems: readonly string[];
    readonly code = "RA700";
    constructor(problems: readonly string[], what?: string);
}
/** A bug in runnable-action itself. Printed with its stack and a request to report it. */
export declare class InternalError extends Error {
    readonly code = "RA999";
}
