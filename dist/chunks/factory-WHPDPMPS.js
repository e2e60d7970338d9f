import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
} from "./chunk-RGVNDDOX.js";
import "./chunk-TIGYUTKV.js";
import "./chunk-EPXUYT3G.js";
import "./chunk-A5QB3JT3.js";
import "./chunk-BPOSMLBS.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-CBHI4BMY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
};
