import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  executeCommand
} from "./chunk-ZY7FBI4U.js";
import "./chunk-2VSFJWWL.js";
import "./chunk-PZVJ4DHE.js";
import "./chunk-PCUZOW5B.js";
import "./chunk-IYFFRN7W.js";
import "./chunk-XZZJKLFK.js";
import "./chunk-FH6CCXPJ.js";
import "./chunk-V5ESWFNP.js";
import "./chunk-UIY5SQFO.js";
import "./chunk-XLPE4YQW.js";
import "./chunk-PLZJZI5H.js";
import "./chunk-U5BHMS72.js";
import "./chunk-HSFYBKUB.js";
import "./chunk-OBVGUWXK.js";
import "./chunk-OGUTMSD4.js";
import "./chunk-MJ76RE7C.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-CT3XUUCV.js";
import "./chunk-WS4LT53I.js";
import "./chunk-BE7DVOBU.js";
export {
  executeCommand
};
