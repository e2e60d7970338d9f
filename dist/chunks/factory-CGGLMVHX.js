import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_LOG_FOLDER,
  RUN_LOG_STORE_TYPES,
  createRunLogStore,
  logFolderOf,
  serviceConfigError
} from "./chunk-TX3ZFVC5.js";
import "./chunk-IN65XV7X.js";
import "./chunk-OH7AJXHB.js";
import "./chunk-KOCKKFLA.js";
import "./chunk-YKYL32YW.js";
export {
  DEFAULT_LOG_FOLDER,
  RUN_LOG_STORE_TYPES,
  createRunLogStore,
  logFolderOf,
  serviceConfigError
};
