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
} from "./chunk-MVZAQ3JE.js";
import "./chunk-V5ESWFNP.js";
import "./chunk-UIY5SQFO.js";
import "./chunk-XLPE4YQW.js";
import "./chunk-CTVMJSAU.js";
import "./chunk-OBQKXD26.js";
import "./chunk-MJ76RE7C.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-BE7DVOBU.js";
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
