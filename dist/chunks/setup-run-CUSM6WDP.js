import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  chooseRunId,
  loadInputs,
  setupRun
} from "./chunk-37YLY5JJ.js";
import "./chunk-PU2ZXQC4.js";
import "./chunk-4CYZDPE2.js";
import "./chunk-KY5EYVPG.js";
import "./chunk-7P7YQAYB.js";
import "./chunk-TFTI5KUK.js";
import "./chunk-TU3SHAEV.js";
import "./chunk-ECERGKM2.js";
import "./chunk-IYFFRN7W.js";
import "./chunk-XZZJKLFK.js";
import "./chunk-FH6CCXPJ.js";
import "./chunk-XLPE4YQW.js";
import "./chunk-U5BHMS72.js";
import "./chunk-HSFYBKUB.js";
import "./chunk-OBVGUWXK.js";
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
  chooseRunId,
  loadInputs,
  setupRun
};
