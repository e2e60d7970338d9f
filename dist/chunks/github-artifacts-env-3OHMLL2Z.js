import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  artifactUrl,
  backendIdsFromToken,
  readRuntime,
  runKey,
  sanitizeNamePart
} from "./chunk-5FTOEL4U.js";
import "./chunk-4SJQHH4G.js";
export {
  artifactUrl,
  backendIdsFromToken,
  readRuntime,
  runKey,
  sanitizeNamePart
};
