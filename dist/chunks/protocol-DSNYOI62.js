import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  CONDITIONAL_NONE,
  LOOP_GO,
  LOOP_STOP,
  argoJson,
  buildPodArgv,
  buildPodEnv,
  conditionalToken,
  decodeStepArg,
  decodeText,
  encodeStepArg,
  encodeText,
  iterVariableText,
  parseIterVariable,
  parseRetryIndex,
  podOptionsFromFlags
} from "./chunk-NM4IERZN.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-BE7DVOBU.js";
export {
  CONDITIONAL_NONE,
  LOOP_GO,
  LOOP_STOP,
  argoJson,
  buildPodArgv,
  buildPodEnv,
  conditionalToken,
  decodeStepArg,
  decodeText,
  encodeStepArg,
  encodeText,
  iterVariableText,
  parseIterVariable,
  parseRetryIndex,
  podOptionsFromFlags
};
