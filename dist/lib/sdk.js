import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
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
  pickled
} from "../chunks/chunk-VH6RG66W.js";
import "../chunks/chunk-EHNEX42Y.js";
import "../chunks/chunk-ANC24MXG.js";
import "../chunks/chunk-NWUVV36N.js";
import "../chunks/chunk-2J3NB3RH.js";
import "../chunks/chunk-RIZT4EFE.js";
import "../chunks/chunk-KOCKKFLA.js";
import "../chunks/chunk-YKYL32YW.js";
export {
  AsyncPythonTask,
  Catalog,
  Conditional,
  Fail,
  Loop,
  MapStep as Map,
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
  pickled
};
