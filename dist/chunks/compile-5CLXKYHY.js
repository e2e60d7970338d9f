import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  compileCommand
} from "./chunk-ESXKSEHI.js";
import "./chunk-I3P5IBO4.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-KD5F7IY4.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  compileCommand
};
