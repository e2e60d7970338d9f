import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  CATALOG_TYPES,
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
} from "./chunk-JIESJISO.js";
import "./chunk-3TIAXUNL.js";
import "./chunk-TX3ZFVC5.js";
import "./chunk-IN65XV7X.js";
import "./chunk-OH7AJXHB.js";
import "./chunk-KOCKKFLA.js";
import "./chunk-YKYL32YW.js";
export {
  CATALOG_TYPES,
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
};
