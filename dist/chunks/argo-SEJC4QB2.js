import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
} from "./chunk-CBHI4BMY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
};
