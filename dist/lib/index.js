import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  renderTimeline
} from "../chunks/chunk-NJCJ7HKB.js";
import {
  validateCommand
} from "../chunks/chunk-Q66XCQPH.js";
import {
  renderDot,
  renderMermaid
} from "../chunks/chunk-BKW5GSL5.js";
import {
  retryCommand
} from "../chunks/chunk-INUDCMG2.js";
import {
  executeCommand
} from "../chunks/chunk-TNR6KK3F.js";
import "../chunks/chunk-NW7T5RH3.js";
import "../chunks/chunk-AK7QFR3R.js";
import "../chunks/chunk-Q2N676W5.js";
import {
  loadConfig
} from "../chunks/chunk-Y5IRYJ7Y.js";
import "../chunks/chunk-7AHFJXKI.js";
import {
  parsePipelineFile,
  parsePipelineText
} from "../chunks/chunk-T73XSL3I.js";
import "../chunks/chunk-WGGJEKU5.js";
import "../chunks/chunk-ZJUNEOJQ.js";
import "../chunks/chunk-TP2P7VTN.js";
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
} from "../chunks/chunk-5KOSZWX3.js";
import "../chunks/chunk-LEXCE665.js";
import "../chunks/chunk-MNSL23O5.js";
import "../chunks/chunk-B5INYTOD.js";
import "../chunks/chunk-JOHAO7GC.js";
import "../chunks/chunk-GUEZCGHC.js";
import "../chunks/chunk-Y6JNVOVH.js";
import "../chunks/chunk-K22HHINW.js";
import "../chunks/chunk-I2DKYVKR.js";
import "../chunks/chunk-GM346DFL.js";
import "../chunks/chunk-2FVMQ5SR.js";
import "../chunks/chunk-CHM4TEYS.js";
import "../chunks/chunk-DRL3O62E.js";
import "../chunks/chunk-TB6ELACF.js";
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
import "../chunks/chunk-5ZSI4MSI.js";
import "../chunks/chunk-EYBPC3VO.js";
import "../chunks/chunk-FU2N2APZ.js";
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
