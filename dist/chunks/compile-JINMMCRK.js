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
} from "./chunk-KYCN6IBO.js";
import "./chunk-PGZVHXQI.js";
import "./chunk-NM4IERZN.js";
import "./chunk-OBVGUWXK.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-CEW4VOZA.js";
import "./chunk-CT3XUUCV.js";
import "./chunk-WS4LT53I.js";
import "./chunk-BE7DVOBU.js";
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
