import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  FileSystemStepCache,
  executeSingleNodeCommand,
  fanCommand,
  loadInputs,
  runToEnd,
  setupRun
} from "./chunk-2VSFJWWL.js";
import {
  stepCacheKey
} from "./chunk-PZVJ4DHE.js";
import {
  parameterEnvironmentWarnings,
  parseNodeCommand
} from "./chunk-PCUZOW5B.js";
import {
  parseParametersText
} from "./chunk-IYFFRN7W.js";
import {
  exportPythonPipeline,
  loadPipeline,
  pythonPackagePath
} from "./chunk-XZZJKLFK.js";
import "./chunk-FH6CCXPJ.js";
import "./chunk-V5ESWFNP.js";
import "./chunk-UIY5SQFO.js";
import "./chunk-XLPE4YQW.js";
import "./chunk-PLZJZI5H.js";
import "./chunk-U5BHMS72.js";
import "./chunk-HSFYBKUB.js";
import "./chunk-OBVGUWXK.js";
import "./chunk-OGUTMSD4.js";
import "./chunk-MJ76RE7C.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-CT3XUUCV.js";
import "./chunk-WS4LT53I.js";
import "./chunk-BE7DVOBU.js";
export {
  FileSystemStepCache,
  executeSingleNodeCommand,
  exportPythonPipeline,
  fanCommand,
  loadInputs,
  loadPipeline,
  parameterEnvironmentWarnings,
  parseNodeCommand,
  parseParametersText,
  pythonPackagePath,
  runToEnd,
  setupRun,
  stepCacheKey
};
