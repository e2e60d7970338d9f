import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  renderDot,
  renderMermaid
} from "./chunk-OSZEW4VT.js";
import "./chunk-OBVGUWXK.js";
import "./chunk-BE7DVOBU.js";
export {
  renderDot,
  renderMermaid
};
