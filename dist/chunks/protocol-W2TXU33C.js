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
} from "./chunk-T3J5SJV2.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
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
