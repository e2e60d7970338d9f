import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  renderDot,
  renderMermaid
} from "./chunk-LWLC6OJM.js";
import "./chunk-NWUVV36N.js";
import "./chunk-YKYL32YW.js";
export {
  renderDot,
  renderMermaid
};
