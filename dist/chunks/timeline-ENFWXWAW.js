import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadRunLog,
  parseDocument,
  renderTimeline
} from "./chunk-NJCJ7HKB.js";
import "./chunk-Y5IRYJ7Y.js";
import "./chunk-MNSL23O5.js";
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
  loadRunLog,
  parseDocument,
  renderTimeline
};
