import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  executeCommand
} from "./chunk-PQIERDLQ.js";
import "./chunk-7TL4DHT3.js";
import "./chunk-Y776OZDG.js";
import "./chunk-YKQGEIX3.js";
import "./chunk-NCMUKSZX.js";
import "./chunk-V4XLLV55.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-OT4B2SE5.js";
import "./chunk-R4HSKKES.js";
import "./chunk-O5FJ7XDQ.js";
import "./chunk-T3J5SJV2.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-GBBI4ZSX.js";
import "./chunk-4INC2AIG.js";
import "./chunk-B5INYTOD.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-C5TAH647.js";
import "./chunk-K22HHINW.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import "./chunk-I6SEYC3K.js";
import "./chunk-6XEJSZF4.js";
import "./chunk-VPGHDNXT.js";
import "./chunk-U7JSWFMF.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-3OAK2VX7.js";
import "./chunk-75OWMVIH.js";
import "./chunk-4SJQHH4G.js";
export {
  executeCommand
};
