import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  compileCommand
} from "./chunk-LNUGHY56.js";
import "./chunk-BNXCTRI4.js";
import "./chunk-ANC24MXG.js";
import "./chunk-IN65XV7X.js";
import "./chunk-KOCKKFLA.js";
import "./chunk-YKYL32YW.js";
export {
  compileCommand
};
