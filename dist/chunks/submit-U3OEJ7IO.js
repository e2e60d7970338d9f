import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  SUBMISSION_LABEL,
  stopWorkflow,
  submitWorkflow
} from "./chunk-NOTKQT2C.js";
import "./chunk-KJKSQPBN.js";
import "./chunk-KOCKKFLA.js";
import "./chunk-YKYL32YW.js";
export {
  SUBMISSION_LABEL,
  stopWorkflow,
  submitWorkflow
};
