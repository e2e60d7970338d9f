import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  renderTimeline
} from "../chunks/chunk-J5QZP5LL.js";
import {
  validateCommand
} from "../chunks/chunk-SGOOFJC4.js";
import {
  renderDot,
  renderMermaid
} from "../chunks/chunk-LWLC6OJM.js";
import {
  retryCommand
} from "../chunks/chunk-HEU7EBOI.js";
import {
  executeCommand
} from "../chunks/chunk-KI2N7NKT.js";
import {
  parsePipelineFile,
  parsePipelineText
} from "../chunks/chunk-JFNWGRZG.js";
import {
  loadConfig
} from "../chunks/chunk-E6Q3X2NO.js";
import "../chunks/chunk-BNXCTRI4.js";
import "../chunks/chunk-SYBW3RMM.js";
import "../chunks/chunk-GZIJMEW7.js";
import "../chunks/chunk-ZGAZG2RO.js";
import "../chunks/chunk-JIESJISO.js";
import "../chunks/chunk-3TIAXUNL.js";
import "../chunks/chunk-7PJZ2WR4.js";
import "../chunks/chunk-YY6DWGNH.js";
import "../chunks/chunk-TLW5X64J.js";
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
} from "../chunks/chunk-VH6RG66W.js";
import "../chunks/chunk-EHNEX42Y.js";
import "../chunks/chunk-ANC24MXG.js";
import "../chunks/chunk-NWUVV36N.js";
import "../chunks/chunk-2J3NB3RH.js";
import "../chunks/chunk-ZNTRAAZ3.js";
import "../chunks/chunk-RIZT4EFE.js";
import "../chunks/chunk-TX3ZFVC5.js";
import "../chunks/chunk-IN65XV7X.js";
import "../chunks/chunk-OH7AJXHB.js";
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
} from "../chunks/chunk-KOCKKFLA.js";
import "../chunks/chunk-YKYL32YW.js";
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
