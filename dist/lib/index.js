import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  renderTimeline
} from "../chunks/chunk-C6ERRXQP.js";
import {
  validateCommand
} from "../chunks/chunk-K6P2M2RO.js";
import {
  renderDot,
  renderMermaid
} from "../chunks/chunk-BKW5GSL5.js";
import {
  retryCommand
} from "../chunks/chunk-LL2FEGOB.js";
import {
  executeCommand
} from "../chunks/chunk-PQIERDLQ.js";
import {
  parsePipelineFile,
  parsePipelineText
} from "../chunks/chunk-7TL4DHT3.js";
import {
  loadConfig
} from "../chunks/chunk-Y776OZDG.js";
import "../chunks/chunk-YKQGEIX3.js";
import "../chunks/chunk-NCMUKSZX.js";
import "../chunks/chunk-V4XLLV55.js";
import "../chunks/chunk-ZJUNEOJQ.js";
import "../chunks/chunk-OT4B2SE5.js";
import "../chunks/chunk-R4HSKKES.js";
import "../chunks/chunk-O5FJ7XDQ.js";
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
} from "../chunks/chunk-E37S5SJQ.js";
import "../chunks/chunk-GBBI4ZSX.js";
import "../chunks/chunk-4INC2AIG.js";
import "../chunks/chunk-B5INYTOD.js";
import "../chunks/chunk-JOHAO7GC.js";
import "../chunks/chunk-C5TAH647.js";
import "../chunks/chunk-K22HHINW.js";
import "../chunks/chunk-CHM4TEYS.js";
import "../chunks/chunk-DRL3O62E.js";
import "../chunks/chunk-I6SEYC3K.js";
import "../chunks/chunk-6XEJSZF4.js";
import "../chunks/chunk-VPGHDNXT.js";
import "../chunks/chunk-U7JSWFMF.js";
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
import "../chunks/chunk-3OAK2VX7.js";
import "../chunks/chunk-75OWMVIH.js";
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
