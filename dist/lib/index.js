import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  renderTimeline
} from "../chunks/chunk-O7FIIILB.js";
import {
  validateCommand
} from "../chunks/chunk-4BVMCN6G.js";
import {
  renderDot,
  renderMermaid
} from "../chunks/chunk-OSZEW4VT.js";
import {
  retryCommand
} from "../chunks/chunk-NJQYC3JK.js";
import {
  executeCommand
} from "../chunks/chunk-ZY7FBI4U.js";
import "../chunks/chunk-2VSFJWWL.js";
import "../chunks/chunk-PZVJ4DHE.js";
import "../chunks/chunk-PCUZOW5B.js";
import {
  loadConfig
} from "../chunks/chunk-ECERGKM2.js";
import "../chunks/chunk-IYFFRN7W.js";
import {
  parsePipelineFile,
  parsePipelineText
} from "../chunks/chunk-XZZJKLFK.js";
import "../chunks/chunk-FH6CCXPJ.js";
import "../chunks/chunk-V5ESWFNP.js";
import "../chunks/chunk-UIY5SQFO.js";
import "../chunks/chunk-XLPE4YQW.js";
import "../chunks/chunk-PLZJZI5H.js";
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
} from "../chunks/chunk-YC7V7ZPM.js";
import "../chunks/chunk-U5BHMS72.js";
import "../chunks/chunk-HSFYBKUB.js";
import "../chunks/chunk-OBVGUWXK.js";
import "../chunks/chunk-OGUTMSD4.js";
import "../chunks/chunk-4KTZS2ND.js";
import "../chunks/chunk-F7ON74WD.js";
import "../chunks/chunk-42CWRAML.js";
import "../chunks/chunk-DBM6YPFC.js";
import "../chunks/chunk-RC356JGB.js";
import "../chunks/chunk-CTVMJSAU.js";
import "../chunks/chunk-OBQKXD26.js";
import "../chunks/chunk-MJ76RE7C.js";
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
} from "../chunks/chunk-QCNQW5RI.js";
import "../chunks/chunk-CEW4VOZA.js";
import "../chunks/chunk-CT3XUUCV.js";
import "../chunks/chunk-WS4LT53I.js";
import "../chunks/chunk-BE7DVOBU.js";
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
