import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadRunLog,
  parseDocument,
  renderTimeline
} from "./chunk-RPZLFVKY.js";
import "./chunk-DEKQGGV3.js";
import "./chunk-EKW2KXBF.js";
import "./chunk-XVACGIPV.js";
import "./chunk-U7JSWFMF.js";
import "./chunk-B3RNHEVD.js";
import "./chunk-75OWMVIH.js";
import "./chunk-76PYVSZN.js";
import "./chunk-GZ5IOZKF.js";
import "./chunk-K22HHINW.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  loadRunLog,
  parseDocument,
  renderTimeline
};
