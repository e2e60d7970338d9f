import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  renderTimeline
} from "../chunks/chunk-RPZLFVKY.js";
import {
  validateCommand
} from "../chunks/chunk-FSVRL6CY.js";
import {
  renderDot,
  renderMermaid
} from "../chunks/chunk-BKW5GSL5.js";
import {
  retryCommand
} from "../chunks/chunk-2XHIAK2Y.js";
import {
  executeCommand
} from "../chunks/chunk-4RG4CRT4.js";
import {
  parsePipelineFile,
  parsePipelineText
} from "../chunks/chunk-MMZAVW4P.js";
import {
  loadConfig
} from "../chunks/chunk-DEKQGGV3.js";
import "../chunks/chunk-ZAHMQFJ6.js";
import "../chunks/chunk-V4XLLV55.js";
import "../chunks/chunk-ZJUNEOJQ.js";
import "../chunks/chunk-EKW2KXBF.js";
import "../chunks/chunk-36LFWHKX.js";
import "../chunks/chunk-VIZXQSWS.js";
import "../chunks/chunk-UDGWJ7K2.js";
import "../chunks/chunk-T3J5SJV2.js";
import "../chunks/chunk-G3NGTGKO.js";
import {
  AsyncPythonTask,
  Catalog,
  Conditional,
  Fail,
  Loop,
  MapStep,
  NodeTask,
  NotebookTask,
  Parallel,
  Pipeline,
  PythonTask,
  ShellTask,
  Stub,
  Success,
  json,
  metric,
  object,
  pickled,
  toYaml
} from "../chunks/chunk-DFMIUXW2.js";
import "../chunks/chunk-6QCPWVRS.js";
import "../chunks/chunk-XVACGIPV.js";
import "../chunks/chunk-B5INYTOD.js";
import "../chunks/chunk-U7JSWFMF.js";
import "../chunks/chunk-B3RNHEVD.js";
import "../chunks/chunk-75OWMVIH.js";
import "../chunks/chunk-76PYVSZN.js";
import "../chunks/chunk-GZ5IOZKF.js";
import "../chunks/chunk-K22HHINW.js";
import {
  CancelledError,
  CatalogError,
  InputFileError,
  InternalError,
  ManifestError,
  RemoteServiceError,
  RetryRefusedError,
  RunFailedError,
  RunLogCorruptError,
  RunLogExistsError,
  RunLogInUseError,
  RunLogNotFoundError,
  RunLogStoreError,
  RunnableError,
  SecretNotFoundError,
  TaskError,
  UsageError,
  ValidationError,
  formatIssue
} from "../chunks/chunk-I4ZUIMKY.js";
import "../chunks/chunk-4SJQHH4G.js";
export {
  AsyncPythonTask,
  CancelledError,
  Catalog,
  CatalogError,
  Conditional,
  Fail,
  InputFileError,
  InternalError,
  Loop,
  ManifestError,
  MapStep as Map,
  NodeTask,
  NotebookTask,
  Parallel,
  Pipeline,
  PythonTask,
  RemoteServiceError,
  RetryRefusedError,
  RunFailedError,
  RunLogCorruptError,
  RunLogExistsError,
  RunLogInUseError,
  RunLogNotFoundError,
  RunLogStoreError,
  RunnableError,
  SecretNotFoundError,
  ShellTask,
  Stub,
  Success,
  TaskError,
  UsageError,
  ValidationError,
  executeCommand as execute,
  formatIssue,
  json,
  loadConfig,
  metric,
  object,
  parsePipelineFile,
  parsePipelineText,
  pickled,
  renderDot,
  renderMermaid,
  renderTimeline,
  retryCommand as retry,
  toYaml,
  validateCommand as validate
};
