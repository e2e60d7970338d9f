import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_LOG_FOLDER,
  createRunLogStore,
  logFolderOf
} from "./chunk-4KTZS2ND.js";
import "./chunk-F7ON74WD.js";
import "./chunk-42CWRAML.js";
import "./chunk-DBM6YPFC.js";
import "./chunk-RC356JGB.js";
import "./chunk-CTVMJSAU.js";
import "./chunk-OBQKXD26.js";
import "./chunk-MJ76RE7C.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-CEW4VOZA.js";
import "./chunk-CT3XUUCV.js";
import "./chunk-WS4LT53I.js";
import "./chunk-BE7DVOBU.js";
export {
  DEFAULT_LOG_FOLDER,
  createRunLogStore,
  logFolderOf
};
