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
} from "../chunks/chunk-5JVDUGTA.js";
import "../chunks/chunk-OE6RQEKX.js";
import "../chunks/chunk-KD5F7IY4.js";
import "../chunks/chunk-B5INYTOD.js";
import "../chunks/chunk-JOHAO7GC.js";
import "../chunks/chunk-I4ZUIMKY.js";
import "../chunks/chunk-IF2IPD7H.js";
import "../chunks/chunk-FU2N2APZ.js";
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
