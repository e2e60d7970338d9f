import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadRunLog,
  parseDocument,
  renderTimeline
} from "./chunk-J5QZP5LL.js";
import "./chunk-E6Q3X2NO.js";
import "./chunk-ZGAZG2RO.js";
import "./chunk-ANC24MXG.js";
import "./chunk-2J3NB3RH.js";
import "./chunk-ZNTRAAZ3.js";
import "./chunk-RIZT4EFE.js";
import "./chunk-TX3ZFVC5.js";
import "./chunk-IN65XV7X.js";
import "./chunk-OH7AJXHB.js";
import "./chunk-KOCKKFLA.js";
import "./chunk-YKYL32YW.js";
export {
  loadRunLog,
  parseDocument,
  renderTimeline
};
