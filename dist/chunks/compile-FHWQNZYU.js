import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  EXIT_TEMPLATE,
  LOOP_CHUNK,
  MAX_STACK_DEPTH,
  MAX_TASKS,
  MAX_TEMPLATES,
  NEXT_PATH,
  OUT_PATH,
  ROOT_TEMPLATE,
  RUNNABLE_PVC_MOUNT,
  compileArgo,
  dnsName,
  manifestDigest,
  toYaml
} from "./chunk-U4PBC4PP.js";
import "./chunk-UST7ZEWC.js";
import "./chunk-T3J5SJV2.js";
import "./chunk-B5INYTOD.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-CBHI4BMY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  EXIT_TEMPLATE,
  LOOP_CHUNK,
  MAX_STACK_DEPTH,
  MAX_TASKS,
  MAX_TEMPLATES,
  NEXT_PATH,
  OUT_PATH,
  ROOT_TEMPLATE,
  RUNNABLE_PVC_MOUNT,
  compileArgo,
  dnsName,
  manifestDigest,
  toYaml
};
