import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_LOG_FOLDER,
  RUN_LOG_STORE_TYPES,
  createRunLogStore,
  logFolderOf,
  serviceConfigError
} from "./chunk-76PYVSZN.js";
import "./chunk-GZ5IOZKF.js";
import "./chunk-K22HHINW.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  DEFAULT_LOG_FOLDER,
  RUN_LOG_STORE_TYPES,
  createRunLogStore,
  logFolderOf,
  serviceConfigError
};
