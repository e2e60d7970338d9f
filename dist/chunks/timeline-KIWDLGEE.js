import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadRunLog,
  parseDocument,
  renderTimeline
} from "./chunk-C6ERRXQP.js";
import "./chunk-Y776OZDG.js";
import "./chunk-4INC2AIG.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-C5TAH647.js";
import "./chunk-K22HHINW.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I6SEYC3K.js";
import "./chunk-6XEJSZF4.js";
import "./chunk-VPGHDNXT.js";
import "./chunk-U7JSWFMF.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-3OAK2VX7.js";
import "./chunk-75OWMVIH.js";
import "./chunk-4SJQHH4G.js";
export {
  loadRunLog,
  parseDocument,
  renderTimeline
};
