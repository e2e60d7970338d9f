import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/secrets/withheld.ts
var RUNTIME_CREDENTIALS = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_CACHE_SERVICE_V2"
];
var RUNTIME_SET = new Set(RUNTIME_CREDENTIALS);
function isWithheld(key, allowed) {
  if (RUNTIME_SET.has(key)) return true;
  return !allowed.has(key) && (key === "GITHUB_TOKEN" || key.startsWith("INPUT_"));
}
__name(isWithheld, "isWithheld");

export {
  isWithheld
};
