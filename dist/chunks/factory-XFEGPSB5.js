import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_LOG_FOLDER,
  createRunLogStore,
  logFolderOf
} from "./chunk-CAUTPMAU.js";
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
  DEFAULT_LOG_FOLDER,
  createRunLogStore,
  logFolderOf
};
