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
} from "../chunks/chunk-E37S5SJQ.js";
import "../chunks/chunk-GBBI4ZSX.js";
import "../chunks/chunk-4INC2AIG.js";
import "../chunks/chunk-B5INYTOD.js";
import "../chunks/chunk-JOHAO7GC.js";
import "../chunks/chunk-VPGHDNXT.js";
import "../chunks/chunk-U7JSWFMF.js";
import "../chunks/chunk-I4ZUIMKY.js";
import "../chunks/chunk-75OWMVIH.js";
import "../chunks/chunk-4SJQHH4G.js";
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
