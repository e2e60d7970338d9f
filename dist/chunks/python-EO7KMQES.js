import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  PythonTaskRunner,
  clearPythonCaches,
  probePython,
  pythonInterpreter,
  pythonShimArgs,
  runPythonReducer,
  runShim,
  shimReturnsToParameters
} from "./chunk-NJV4ZWKU.js";
import "./chunk-WGGJEKU5.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-2FVMQ5SR.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  PythonTaskRunner,
  clearPythonCaches,
  probePython,
  pythonInterpreter,
  pythonShimArgs,
  runPythonReducer,
  runShim,
  shimReturnsToParameters
};
