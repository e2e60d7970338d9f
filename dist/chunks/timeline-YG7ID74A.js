import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadRunLog,
  parseDocument,
  renderTimeline
} from "./chunk-O7FIIILB.js";
import "./chunk-ECERGKM2.js";
import "./chunk-HSFYBKUB.js";
import "./chunk-OGUTMSD4.js";
import "./chunk-4KTZS2ND.js";
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
  loadRunLog,
  parseDocument,
  renderTimeline
};
