import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
} from "./chunk-CEW4VOZA.js";
import "./chunk-CT3XUUCV.js";
import "./chunk-WS4LT53I.js";
import "./chunk-BE7DVOBU.js";
export {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
};
