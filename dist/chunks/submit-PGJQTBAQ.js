import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  SUBMISSION_LABEL,
  stopWorkflow,
  submitWorkflow
} from "./chunk-4EJPIZSP.js";
import "./chunk-UST7ZEWC.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  SUBMISSION_LABEL,
  stopWorkflow,
  submitWorkflow
};
