import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  renderDot,
  renderMermaid
} from "./chunk-BKW5GSL5.js";
import "./chunk-B5INYTOD.js";
import "./chunk-4SJQHH4G.js";
export {
  renderDot,
  renderMermaid
};
