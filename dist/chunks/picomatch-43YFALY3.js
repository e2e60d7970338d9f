import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-LCSHMQFK.js";
import "./chunk-BE7DVOBU.js";
export default require_picomatch();
