import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  retryCommand
} from "./chunk-INUDCMG2.js";
import "./chunk-TNR6KK3F.js";
import "./chunk-NW7T5RH3.js";
import "./chunk-AK7QFR3R.js";
import "./chunk-Q2N676W5.js";
import "./chunk-Y5IRYJ7Y.js";
import "./chunk-7AHFJXKI.js";
import "./chunk-T73XSL3I.js";
import "./chunk-WGGJEKU5.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-LEXCE665.js";
import "./chunk-MNSL23O5.js";
import "./chunk-B5INYTOD.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-GUEZCGHC.js";
import "./chunk-Y6JNVOVH.js";
import "./chunk-K22HHINW.js";
import "./chunk-I2DKYVKR.js";
import "./chunk-GM346DFL.js";
import "./chunk-2FVMQ5SR.js";
import "./chunk-CHM4TEYS.js";
import "./chunk-DRL3O62E.js";
import "./chunk-TB6ELACF.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-5ZSI4MSI.js";
import "./chunk-EYBPC3VO.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  retryCommand
};
