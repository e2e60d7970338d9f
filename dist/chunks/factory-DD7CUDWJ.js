import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
} from "./chunk-KY5EYVPG.js";
import "./chunk-7P7YQAYB.js";
import "./chunk-TFTI5KUK.js";
import "./chunk-DBM6YPFC.js";
import "./chunk-RC356JGB.js";
import "./chunk-OBQKXD26.js";
import "./chunk-MJ76RE7C.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-CEW4VOZA.js";
import "./chunk-CT3XUUCV.js";
import "./chunk-WS4LT53I.js";
import "./chunk-BE7DVOBU.js";
export {
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
};
