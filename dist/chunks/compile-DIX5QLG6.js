import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  compileCommand
} from "./chunk-G25T56KH.js";
import "./chunk-YKQGEIX3.js";
import "./chunk-4INC2AIG.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-DRL3O62E.js";
import "./chunk-VPGHDNXT.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  compileCommand
};
