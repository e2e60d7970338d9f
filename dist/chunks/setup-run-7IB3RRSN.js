import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  chooseRunId,
  loadInputs,
  setupRun
} from "./chunk-QVTKOQTT.js";
import "./chunk-V4XLLV55.js";
import "./chunk-YLHJLUSK.js";
import "./chunk-2QSUZO6V.js";
import "./chunk-TIGYUTKV.js";
import "./chunk-EPXUYT3G.js";
import "./chunk-OCQZL2RZ.js";
import "./chunk-Y5IRYJ7Y.js";
import "./chunk-7AHFJXKI.js";
import "./chunk-T73XSL3I.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-LEXCE665.js";
import "./chunk-MNSL23O5.js";
import "./chunk-B5INYTOD.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-GUEZCGHC.js";
import "./chunk-Y6JNVOVH.js";
import "./chunk-K22HHINW.js";
import "./chunk-I2DKYVKR.js";
import "./chunk-GM346DFL.js";
import "./chunk-2FVMQ5SR.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import "./chunk-TB6ELACF.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-5ZSI4MSI.js";
import "./chunk-EYBPC3VO.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  chooseRunId,
  loadInputs,
  setupRun
};
