import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  executeCommand
} from "./chunk-KI2N7NKT.js";
import "./chunk-JFNWGRZG.js";
import "./chunk-E6Q3X2NO.js";
import "./chunk-BNXCTRI4.js";
import "./chunk-SYBW3RMM.js";
import "./chunk-GZIJMEW7.js";
import "./chunk-ZGAZG2RO.js";
import "./chunk-JIESJISO.js";
import "./chunk-3TIAXUNL.js";
import "./chunk-7PJZ2WR4.js";
import "./chunk-YY6DWGNH.js";
import "./chunk-TLW5X64J.js";
import "./chunk-EHNEX42Y.js";
import "./chunk-ANC24MXG.js";
import "./chunk-NWUVV36N.js";
import "./chunk-2J3NB3RH.js";
import "./chunk-ZNTRAAZ3.js";
import "./chunk-RIZT4EFE.js";
import "./chunk-TX3ZFVC5.js";
import "./chunk-IN65XV7X.js";
import "./chunk-OH7AJXHB.js";
import "./chunk-KOCKKFLA.js";
import "./chunk-YKYL32YW.js";
export {
  executeCommand
};
