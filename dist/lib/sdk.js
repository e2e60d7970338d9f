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
} from "../chunks/chunk-YC7V7ZPM.js";
import "../chunks/chunk-U5BHMS72.js";
import "../chunks/chunk-HSFYBKUB.js";
import "../chunks/chunk-OBVGUWXK.js";
import "../chunks/chunk-OGUTMSD4.js";
import "../chunks/chunk-QCNQW5RI.js";
import "../chunks/chunk-CT3XUUCV.js";
import "../chunks/chunk-WS4LT53I.js";
import "../chunks/chunk-BE7DVOBU.js";
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
