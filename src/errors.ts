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

const BRAND = Symbol.for('runnable-action.error');

/**
 * `x instanceof C` for a branded class: true when x's prototype chain carries C's brand (so a copy of this
 * module in another bundle matches). A class without a brand of its own (a subclass somebody declares
 * without `static { brand(...) }`) falls back to the ordinary prototype check, never to its parent's brand:
 * an unbranded subclass inheriting the parent's check made every RunnableError an instance of it.
 */
function hasBrandedInstance(this: Function, instance: unknown): boolean {
  if (!Object.prototype.hasOwnProperty.call(this.prototype, BRAND)) return Function.prototype[Symbol.hasInstance].call(this, instance);
  if (instance === null || typeof instance !== 'object') return false;
  const code = (this.prototype as Record<symbol, string>)[BRAND];
  for (let proto = Object.getPrototypeOf(instance); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, BRAND) && proto[BRAND] === code) return true;
  }
  return false;
}

/**
 * Brands a class where it is declared (`static { brand(this, 'Name') }`). The name is passed explicitly so
 * that a minifier renaming classes cannot break the brand.
 */
function brand(cls: abstract new (...args: never[]) => Error, code: string): void {
  Object.defineProperty(cls.prototype, 'name', { value: code, configurable: true });
  Object.defineProperty(cls.prototype, BRAND, { value: code });
  if (!Object.prototype.hasOwnProperty.call(cls, Symbol.hasInstance)) {
    Object.defineProperty(cls, Symbol.hasInstance, { value: hasBrandedInstance });
  }
}

/** Base class: an error the user can fix (bad input, missing file...). Printed without a stack trace. */
export class RunnableError extends Error {
  static {
    brand(this, 'RunnableError');
  }
  /** Stable code, printed in brackets, useful to search for. */
  readonly code: string = 'RA000';
  /** Process exit code the edges use for this error. */
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** One problem found while reading a pipeline, config or parameters file. */
export interface ValidationIssue extends SourcePosition {
  /** Dotted path of the field inside the document, e.g. `dag.steps.train.next`. */
  path: string;
  message: string;
}

/** Formats an issue as `file:line:column: path: message` (the form editors and CI logs link). */
export function formatIssue(issue: ValidationIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}`;
  if (issue.line !== undefined && issue.column !== undefined) where += `:${issue.column}`;
  return `${where}: ${issue.path ? issue.path + ': ' : ''}${issue.message}`;
}

/** Thrown when a pipeline, config or parameters file is invalid. Carries every issue found, not just the first. */
export class ValidationError extends RunnableError {
  static {
    brand(this, 'ValidationError');
  }
  override readonly code = 'RA100';
  override readonly exitCode = 2;
  readonly issues: readonly ValidationIssue[];
  constructor(issues: ValidationIssue[], what = 'input') {
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${what}:\n` +
        issues.map((i) => '  ' + formatIssue(i)).join('\n'),
    );
    this.issues = issues;
  }
}

/** A file the user named could not be read. */
export class InputFileError extends RunnableError {
  static {
    brand(this, 'InputFileError');
  }
  override readonly code = 'RA101';
  override readonly exitCode = 2;
  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot read ${file}: ${reason}`, options);
  }
}

/** Wrong command-line usage. */
export class UsageError extends RunnableError {
  static {
    brand(this, 'UsageError');
  }
  override readonly code = 'RA102';
  override readonly exitCode = 2;
}

/** A run log with this id already exists where a new run was asked for. */
export class RunLogExistsError extends RunnableError {
  static {
    brand(this, 'RunLogExistsError');
  }
  override readonly code = 'RA200';
  constructor(readonly runId: string) {
    super(`a run log for run id '${runId}' already exists; pick another --run-id or use 'runnable retry ${runId}'`);
  }
}

/** No run log for this id in the configured store. */
export class RunLogNotFoundError extends RunnableError {
  static {
    brand(this, 'RunLogNotFoundError');
  }
  override readonly code = 'RA201';
  constructor(
    readonly runId: string,
    where: string,
  ) {
    super(`no run log for run id '${runId}' in ${where}`);
  }
}

/** A retry whose pipeline structure differs from the original run's. */
export class RetryRefusedError extends RunnableError {
  static {
    brand(this, 'RetryRefusedError');
  }
  override readonly code = 'RA202';
  constructor(
    readonly runId: string,
    reason: string,
  ) {
    super(`cannot retry run '${runId}': ${reason}`);
  }
}

/** A stored run-log chunk or document is not valid JSON or not of the expected shape. */
export class RunLogCorruptError extends RunnableError {
  static {
    brand(this, 'RunLogCorruptError');
  }
  override readonly code = 'RA203';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`run log chunk ${path} is corrupt: ${reason}`);
  }
}

/** Another live process is the writer of this run (the local executor holds a run while it runs it). */
export class RunLogInUseError extends RunnableError {
  static {
    brand(this, 'RunLogInUseError');
  }
  override readonly code = 'RA204';
  constructor(
    readonly runId: string,
    readonly holder: string,
    readonly lockFile: string,
  ) {
    super(`run '${runId}' is being written by ${holder}; wait for it to finish (if that process is gone, delete ${lockFile})`);
  }
}

/** The run log store's folder cannot be written or read (disk full, read-only, permissions): names the folder and the errno. */
export class RunLogStoreError extends RunnableError {
  static {
    brand(this, 'RunLogStoreError');
  }
  override readonly code = 'RA205';
  constructor(
    readonly folder: string,
    readonly errno: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`the run log folder ${folder} cannot be used: ${errno} (${detail})`, options);
  }
}

/** A catalog get/put failed (no match, glob escaping the work dir, IO error). Fails the step, not the process. */
export class CatalogError extends RunnableError {
  static {
    brand(this, 'CatalogError');
  }
  override readonly code = 'RA300';
}

/** A secret was asked for that the secrets service does not have. Fails the step. */
export class SecretNotFoundError extends RunnableError {
  static {
    brand(this, 'SecretNotFoundError');
  }
  override readonly code = 'RA301';
  constructor(
    readonly secretName: string,
    where: string,
  ) {
    super(`secret '${secretName}' not found in ${where}`);
  }
}

/** A task could not be started or its protocol failed (e.g. python3 missing, bad returns). Fails the step. */
export class TaskError extends RunnableError {
  static {
    brand(this, 'TaskError');
  }
  override readonly code = 'RA400';
}

/** The run finished, but not with SUCCESS. The run log is complete; exit code 1. */
export class RunFailedError extends RunnableError {
  static {
    brand(this, 'RunFailedError');
  }
  override readonly code = 'RA500';
  constructor(
    readonly runId: string,
    readonly status: string,
  ) {
    super(`run '${runId}' ended with status ${status}`);
  }
}

/** The run was cancelled by SIGINT/SIGTERM; the run log was marked FAIL and persisted. */
export class CancelledError extends RunnableError {
  static {
    brand(this, 'CancelledError');
  }
  override readonly code = 'RA501';
  override readonly exitCode = 130;
  constructor(
    readonly runId: string,
    readonly signal: string,
  ) {
    super(`run '${runId}' cancelled by ${signal}; retry it with 'runnable retry ${runId}'`);
  }
}

/** Talking to a remote service (artifact service, Kubernetes API) failed after retries. */
export class RemoteServiceError extends RunnableError {
  static {
    brand(this, 'RemoteServiceError');
  }
  override readonly code = 'RA600';
  constructor(
    message: string,
    readonly service: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A generated manifest failed validation: a bug in the compiler or an invalid override. */
export class ManifestError extends RunnableError {
  static {
    brand(this, 'ManifestError');
  }
  override readonly code = 'RA700';
  constructor(
    readonly problems: readonly string[],
    what = 'Argo manifest',
  ) {
    super(`${what} is invalid:\n` + problems.map((p) => '  ' + p).join('\n'));
  }
}

/** A bug in runnable-action itself. Printed with its stack and a request to report it. */
export class InternalError extends Error {
  static {
    brand(this, 'InternalError');
  }
  readonly code = 'RA999';
}
