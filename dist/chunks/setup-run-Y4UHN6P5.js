import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  chooseRunId,
  loadInputs,
  setupRun
} from "./chunk-HA5BSTEX.js";
import "./chunk-V4XLLV55.js";
import "./chunk-YLHJLUSK.js";
import "./chunk-RGVNDDOX.js";
import "./chunk-TIGYUTKV.js";
import "./chunk-EPXUYT3G.js";
import "./chunk-4Z2LXMPH.js";
import "./chunk-GE2OTE2S.js";
import "./chunk-I3P5IBO4.js";
import "./chunk-O2GLSY5X.js";
import "./chunk-XPIGEFVS.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-OE6RQEKX.js";
import "./chunk-KD5F7IY4.js";
import "./chunk-B5INYTOD.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-CAUTPMAU.js";
import "./chunk-Y6JNVOVH.js";
import "./chunk-K22HHINW.js";
import "./chunk-A5QB3JT3.js";
import "./chunk-BPOSMLBS.js";
import "./chunk-2FVMQ5SR.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-CBHI4BMY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  chooseRunId,
  loadInputs,
  setupRun
};
