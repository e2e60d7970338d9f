import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  executeCommand
} from "./chunk-36OME6JF.js";
import "./chunk-KTFCRYW7.js";
import "./chunk-5CCZJHFH.js";
import "./chunk-Q2N676W5.js";
import "./chunk-I3P5IBO4.js";
import "./chunk-O2GLSY5X.js";
import "./chunk-XPIGEFVS.js";
import "./chunk-WGGJEKU5.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-OE6RQEKX.js";
import "./chunk-KD5F7IY4.js";
import "./chunk-B5INYTOD.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  executeCommand
};
