import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  executeCommand
} from "./chunk-35AQ5FBG.js";
import "./chunk-4X5P3JYS.js";
import "./chunk-AK7QFR3R.js";
import "./chunk-Q2N676W5.js";
import "./chunk-7AHFJXKI.js";
import "./chunk-ROOSUVXC.js";
import "./chunk-WGGJEKU5.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-VSWY2IXT.js";
import "./chunk-MNSL23O5.js";
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
