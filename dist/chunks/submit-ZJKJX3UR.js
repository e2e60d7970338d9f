import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  SUBMISSION_LABEL,
  stopWorkflow,
  submitWorkflow
} from "./chunk-FS7UED66.js";
import "./chunk-PGZVHXQI.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-BE7DVOBU.js";
export {
  SUBMISSION_LABEL,
  stopWorkflow,
  submitWorkflow
};
