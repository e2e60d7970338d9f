import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
} from "./chunk-3OAK2VX7.js";
import "./chunk-75OWMVIH.js";
import "./chunk-4SJQHH4G.js";
export {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
};
