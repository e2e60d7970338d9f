import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-5MM2JVEP.js";
import "./chunk-4SJQHH4G.js";
export default require_picomatch();
