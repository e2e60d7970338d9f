import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  CATALOG_TYPES,
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
} from "./chunk-36LFWHKX.js";
import "./chunk-VIZXQSWS.js";
import "./chunk-76PYVSZN.js";
import "./chunk-GZ5IOZKF.js";
import "./chunk-K22HHINW.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  CATALOG_TYPES,
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
};
