import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/errors.ts
var BRAND = /* @__PURE__ */ Symbol.for("runnable-action.error");
function hasBrandedInstance(instance) {
  if (!Object.prototype.hasOwnProperty.call(this.prototype, BRAND)) return Function.prototype[Symbol.hasInstance].call(this, instance);
  if (instance === null || typeof instance !== "object") return false;
  const code = this.prototype[BRAND];
  for (let proto = Object.getPrototypeOf(instance); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, BRAND) && proto[BRAND] === code) return true;
  }
  return false;
}
__name(hasBrandedInstance, "hasBrandedInstance");
function brand(cls, code) {
  Object.defineProperty(cls.prototype, "name", { value: code, configurable: true });
  Object.defineProperty(cls.prototype, BRAND, { value: code });
  if (!Object.prototype.hasOwnProperty.call(cls, Symbol.hasInstance)) {
    Object.defineProperty(cls, Symbol.hasInstance, { value: hasBrandedInstance });
  }
}
__name(brand, "brand");
var RunnableError = class extends Error {
  static {
    __name(this, "RunnableError");
  }
  static {
    brand(this, "RunnableError");
  }
  /** Stable code, printed in brackets, useful to search for. */
  code = "RA000";
  /** Process exit code the edges use for this error. */
  exitCode = 1;
  constructor(message, options) {
    super(message, options);
  }
};
function formatIssue(issue) {
  let where = issue.file;
  if (issue.line !== void 0) where += `:${issue.line}`;
  if (issue.line !== void 0 && issue.column !== void 0) where += `:${issue.column}`;
  return `${where}: ${issue.path ? issue.path + ": " : ""}${issue.message}`;
}
__name(formatIssue, "formatIssue");
var ValidationError = class extends RunnableError {
  static {
    __name(this, "ValidationError");
  }
  static {
    brand(this, "ValidationError");
  }
  code = "RA100";
  exitCode = 2;
  issues;
  constructor(issues, what = "input") {
    super(
      `${issues.length} problem${issues.length === 1 ? "" : "s"} in ${what}:
` + issues.map((i) => "  " + formatIssue(i)).join("\n")
    );
    this.issues = issues;
  }
};
var InputFileError = class extends RunnableError {
  constructor(file, reason, options) {
    super(`cannot read ${file}: ${reason}`, options);
    this.file = file;
  }
  file;
  static {
    __name(this, "InputFileError");
  }
  static {
    brand(this, "InputFileError");
  }
  code = "RA101";
  exitCode = 2;
};
var UsageError = class extends RunnableError {
  static {
    __name(this, "UsageError");
  }
  static {
    brand(this, "UsageError");
  }
  code = "RA102";
  exitCode = 2;
};
var RunLogExistsError = class extends RunnableError {
  constructor(runId) {
    super(`a run log for run id '${runId}' already exists; pick another --run-id or use 'runnable retry ${runId}'`);
    this.runId = runId;
  }
  runId;
  static {
    __name(this, "RunLogExistsError");
  }
  static {
    brand(this, "RunLogExistsError");
  }
  code = "RA200";
};
var RunLogNotFoundError = class extends RunnableError {
  constructor(runId, where) {
    super(`no run log for run id '${runId}' in ${where}`);
    this.runId = runId;
  }
  runId;
  static {
    __name(this, "RunLogNotFoundError");
  }
  static {
    brand(this, "RunLogNotFoundError");
  }
  code = "RA201";
};
var RetryRefusedError = class extends RunnableError {
  constructor(runId, reason) {
    super(`cannot retry run '${runId}': ${reason}`);
    this.runId = runId;
  }
  runId;
  static {
    __name(this, "RetryRefusedError");
  }
  static {
    brand(this, "RetryRefusedError");
  }
  code = "RA202";
};
var RunLogCorruptError = class extends RunnableError {
  constructor(path, reason) {
    super(`run log chunk ${path} is corrupt: ${reason}`);
    this.path = path;
  }
  path;
  static {
    __name(this, "RunLogCorruptError");
  }
  static {
    brand(this, "RunLogCorruptError");
  }
  code = "RA203";
};
var RunLogInUseError = class extends RunnableError {
  constructor(runId, holder, lockFile) {
    super(`run '${runId}' is being written by ${holder}; wait for it to finish (if that process is gone, delete ${lockFile})`);
    this.runId = runId;
    this.holder = holder;
    this.lockFile = lockFile;
  }
  runId;
  holder;
  lockFile;
  static {
    __name(this, "RunLogInUseError");
  }
  static {
    brand(this, "RunLogInUseError");
  }
  code = "RA204";
};
var RunLogStoreError = class extends RunnableError {
  constructor(folder, errno, detail, options) {
    super(`the run log folder ${folder} cannot be used: ${errno} (${detail})`, options);
    this.folder = folder;
    this.errno = errno;
  }
  folder;
  errno;
  static {
    __name(this, "RunLogStoreError");
  }
  static {
    brand(this, "RunLogStoreError");
  }
  code = "RA205";
};
var CatalogError = class extends RunnableError {
  static {
    __name(this, "CatalogError");
  }
  static {
    brand(this, "CatalogError");
  }
  code = "RA300";
};
var SecretNotFoundError = class extends RunnableError {
  constructor(secretName, where) {
    super(`secret '${secretName}' not found in ${where}`);
    this.secretName = secretName;
  }
  secretName;
  static {
    __name(this, "SecretNotFoundError");
  }
  static {
    brand(this, "SecretNotFoundError");
  }
  code = "RA301";
};
var TaskError = class extends RunnableError {
  static {
    __name(this, "TaskError");
  }
  static {
    brand(this, "TaskError");
  }
  code = "RA400";
};
var RunFailedError = class extends RunnableError {
  constructor(runId, status) {
    super(`run '${runId}' ended with status ${status}`);
    this.runId = runId;
    this.status = status;
  }
  runId;
  status;
  static {
    __name(this, "RunFailedError");
  }
  static {
    brand(this, "RunFailedError");
  }
  code = "RA500";
};
var CancelledError = class extends RunnableError {
  constructor(runId, signal) {
    super(`run '${runId}' cancelled by ${signal}; retry it with 'runnable retry ${runId}'`);
    this.runId = runId;
    this.signal = signal;
  }
  runId;
  signal;
  static {
    __name(this, "CancelledError");
  }
  static {
    brand(this, "CancelledError");
  }
  code = "RA501";
  exitCode = 130;
};
var RemoteServiceError = class extends RunnableError {
  constructor(message, service, status, options) {
    super(message, options);
    this.service = service;
    this.status = status;
  }
  service;
  status;
  static {
    __name(this, "RemoteServiceError");
  }
  static {
    brand(this, "RemoteServiceError");
  }
  code = "RA600";
};
var ManifestError = class extends RunnableError {
  constructor(problems, what = "Argo manifest") {
    super(`${what} is invalid:
` + problems.map((p) => "  " + p).join("\n"));
    this.problems = problems;
  }
  problems;
  static {
    __name(this, "ManifestError");
  }
  static {
    brand(this, "ManifestError");
  }
  code = "RA700";
};
var InternalError = class extends Error {
  static {
    __name(this, "InternalError");
  }
  static {
    brand(this, "InternalError");
  }
  code = "RA999";
};

export {
  RunnableError,
  formatIssue,
  ValidationError,
  InputFileError,
  UsageError,
  RunLogExistsError,
  RunLogNotFoundError,
  RetryRefusedError,
  RunLogCorruptError,
  RunLogInUseError,
  RunLogStoreError,
  CatalogError,
  SecretNotFoundError,
  TaskError,
  RunFailedError,
  CancelledError,
  RemoteServiceError,
  ManifestError,
  InternalError
};
