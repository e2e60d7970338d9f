import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  compileCommand
} from "./chunk-DJQOF474.js";
import "./chunk-ZAHMQFJ6.js";
import "./chunk-XVACGIPV.js";
import "./chunk-GZ5IOZKF.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  compileCommand
};
