import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  FileSystemStepCache,
  executeSingleNodeCommand,
  fanCommand,
  loadInputs,
  runToEnd,
  setupRun
} from "./chunk-KTFCRYW7.js";
import {
  stepCacheKey
} from "./chunk-5CCZJHFH.js";
import {
  parameterEnvironmentWarnings,
  parseNodeCommand
} from "./chunk-Q2N676W5.js";
import {
  parseParametersText
} from "./chunk-I3P5IBO4.js";
import {
  exportPythonPipeline,
  loadPipeline,
  pythonPackagePath
} from "./chunk-O2GLSY5X.js";
import "./chunk-XPIGEFVS.js";
import "./chunk-WGGJEKU5.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-OE6RQEKX.js";
import "./chunk-KD5F7IY4.js";
import "./chunk-B5INYTOD.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
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
