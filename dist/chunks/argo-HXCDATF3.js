import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
} from "./chunk-ZNTRAAZ3.js";
import "./chunk-RIZT4EFE.js";
import "./chunk-YKYL32YW.js";
export {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
};
