import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
} from "./chunk-2QSUZO6V.js";
import "./chunk-TIGYUTKV.js";
import "./chunk-EPXUYT3G.js";
import "./chunk-I2DKYVKR.js";
import "./chunk-GM346DFL.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import "./chunk-TB6ELACF.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-5ZSI4MSI.js";
import "./chunk-EYBPC3VO.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
};
