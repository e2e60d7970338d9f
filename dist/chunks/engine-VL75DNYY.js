import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  FileSystemStepCache,
  executeSingleNodeCommand,
  exportPythonPipeline,
  fanCommand,
  loadInputs,
  loadPipeline,
  parameterEnvironmentWarnings,
  pythonPackagePath,
  runToEnd,
  setupRun,
  stepCacheKey
} from "./chunk-MMZAVW4P.js";
import "./chunk-DEKQGGV3.js";
import {
  parseParametersText
} from "./chunk-ZAHMQFJ6.js";
import "./chunk-V4XLLV55.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-EKW2KXBF.js";
import "./chunk-36LFWHKX.js";
import "./chunk-VIZXQSWS.js";
import "./chunk-UDGWJ7K2.js";
import "./chunk-T3J5SJV2.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-6QCPWVRS.js";
import "./chunk-XVACGIPV.js";
import "./chunk-B5INYTOD.js";
import "./chunk-U7JSWFMF.js";
import "./chunk-B3RNHEVD.js";
import "./chunk-75OWMVIH.js";
import "./chunk-76PYVSZN.js";
import "./chunk-GZ5IOZKF.js";
import "./chunk-K22HHINW.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  FileSystemStepCache,
  executeSingleNodeCommand,
  exportPythonPipeline,
  fanCommand,
  loadInputs,
  loadPipeline,
  parameterEnvironmentWarnings,
  parseParametersText,
  pythonPackagePath,
  runToEnd,
  setupRun,
  stepCacheKey
};
