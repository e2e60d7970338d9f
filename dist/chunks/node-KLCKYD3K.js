import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  NodeTaskRunner,
  clearNodeFunctionCache
} from "./chunk-PRFMSHGC.js";
import {
  parseNodeCommand
} from "./chunk-Q2N676W5.js";
import "./chunk-WGGJEKU5.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  NodeTaskRunner,
  clearNodeFunctionCache,
  parseNodeCommand
};
