import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  artifactUrl,
  backendIdsFromToken,
  readRuntime,
  runKey,
  sanitizeNamePart
} from "./chunk-5EIP5SVU.js";
import "./chunk-BE7DVOBU.js";
export {
  artifactUrl,
  backendIdsFromToken,
  readRuntime,
  runKey,
  sanitizeNamePart
};
