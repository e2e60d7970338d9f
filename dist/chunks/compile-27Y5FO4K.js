import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  compileCommand
} from "./chunk-GKEHFPQ7.js";
import "./chunk-IYFFRN7W.js";
import "./chunk-XLPE4YQW.js";
import "./chunk-HSFYBKUB.js";
import "./chunk-OGUTMSD4.js";
import "./chunk-MJ76RE7C.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-WS4LT53I.js";
import "./chunk-BE7DVOBU.js";
export {
  compileCommand
};
