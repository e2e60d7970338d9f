import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_DOTENV_LOCATION,
  createSecrets
} from "./chunk-4Z2LXMPH.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-A5QB3JT3.js";
import "./chunk-BPOSMLBS.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-CBHI4BMY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  DEFAULT_DOTENV_LOCATION,
  createSecrets
};
