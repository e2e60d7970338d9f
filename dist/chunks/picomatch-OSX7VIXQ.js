import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-CPXTINAM.js";
import "./chunk-YKYL32YW.js";
export default require_picomatch();
