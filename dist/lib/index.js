import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  renderTimeline
} from "../chunks/chunk-EIPBHSAI.js";
import {
  validateCommand
} from "../chunks/chunk-SKYZIFZH.js";
import {
  renderDot,
  renderMermaid
} from "../chunks/chunk-BKW5GSL5.js";
import {
  retryCommand
} from "../chunks/chunk-VMPEYUWV.js";
import {
  executeCommand
} from "../chunks/chunk-36OME6JF.js";
import "../chunks/chunk-KTFCRYW7.js";
import "../chunks/chunk-5CCZJHFH.js";
import "../chunks/chunk-Q2N676W5.js";
import {
  loadConfig
} from "../chunks/chunk-GE2OTE2S.js";
import "../chunks/chunk-I3P5IBO4.js";
import {
  parsePipelineFile,
  parsePipelineText
} from "../chunks/chunk-O2GLSY5X.js";
import "../chunks/chunk-XPIGEFVS.js";
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
} from "../chunks/chunk-5JVDUGTA.js";
import "../chunks/chunk-OE6RQEKX.js";
import "../chunks/chunk-KD5F7IY4.js";
import "../chunks/chunk-B5INYTOD.js";
import "../chunks/chunk-JOHAO7GC.js";
import "../chunks/chunk-CAUTPMAU.js";
import "../chunks/chunk-Y6JNVOVH.js";
import "../chunks/chunk-K22HHINW.js";
import "../chunks/chunk-A5QB3JT3.js";
import "../chunks/chunk-BPOSMLBS.js";
import "../chunks/chunk-2FVMQ5SR.js";
import "../chunks/chunk-CHM4TEYS.js";
import "../chunks/chunk-DRL3O62E.js";
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
import "../chunks/chunk-CBHI4BMY.js";
import "../chunks/chunk-IF2IPD7H.js";
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
