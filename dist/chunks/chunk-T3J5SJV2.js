import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  UsageError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/protocol.ts
function buildPodArgv(call) {
  const a = ["runnable", call.verb, call.runId, call.step];
  if (call.verb === "fan") a.push(call.direction ?? "out");
  a.push("--file", encodeText(call.pipelineFile));
  if (call.configFile) a.push("--config-file", encodeText(call.configFile));
  a.push("--log-level", call.logLevel, "--orchestrator", "argo");
  if (call.iterVariable !== void 0) a.push("--iter-variable", call.iterVariable);
  if (call.retryIndex !== void 0) a.push("--retry-index", call.retryIndex);
  if (call.outputFile) a.push("--output-file", call.outputFile);
  if (call.fanOutNext) a.push("--fan-out-next", call.fanOutNext);
  if (call.parametersFile) a.push("--parameters-file", encodeText(call.parametersFile));
  if (call.tag) a.push("--tag", encodeText(call.tag));
  if (call.storesOn) a.push("--stores-on", call.storesOn);
  if (call.workflowStatus !== void 0) a.push("--workflow-status", call.workflowStatus);
  return a;
}
__name(buildPodArgv, "buildPodArgv");
function buildPodEnv(opts) {
  const env = [
    { name: "RUNNABLE_CODE_ID_ARGO_WORKFLOW_UID", value: "{{workflow.uid}}" },
    { name: "RUNNABLE_RETRY_INDICATOR", value: opts.argValue("retry_indicator") },
    { name: "RUNNABLE_RETRY_RUN_ID", value: opts.argValue("retry_run_id") }
  ];
  for (const name of opts.initialParameters ?? []) env.push({ name: `RUNNABLE_PRM_${name}`, value: opts.argValue(name) });
  return env;
}
__name(buildPodEnv, "buildPodEnv");
function encodeText(s) {
  return s.replace(/[%{}]/g, (c) => c === "%" ? "%25" : c === "{" ? "%7B" : "%7D");
}
__name(encodeText, "encodeText");
function decodeText(s) {
  return s.replace(/%(25|7B|7D)/gi, (_m, h) => h === "25" ? "%" : h.toUpperCase() === "7B" ? "{" : "}");
}
__name(decodeText, "decodeText");
function encodeStepArg(internalName) {
  return internalName.replace(/ /g, "%").replace(/[{}]/g, (c) => `%${c}`);
}
__name(encodeStepArg, "encodeStepArg");
function decodeStepArg(arg) {
  return arg.replace(/%([{}])?/g, (_m, brace) => brace ?? " ");
}
__name(decodeStepArg, "decodeStepArg");
function argoJson(value) {
  return JSON.stringify(value, (_k, v) => v).replace(/"(?:[^"\\]|\\.)*"/g, (str) => str.replace(/[{}]/g, (c) => c === "{" ? "\\u007b" : "\\u007d"));
}
__name(argoJson, "argoJson");
function iterVariableText(maps, loops) {
  const mv = maps.map((m) => `${argoJson(m.as)}:{"index":${m.index}}`).join(",");
  const lv = loops.map((l) => `{"value":${l}}`).join(",");
  return `{"map_variable":{${mv}},"loop_variable":[${lv}]}`;
}
__name(iterVariableText, "iterVariableText");
function parseIterVariable(text) {
  if (!text) return {};
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    throw new UsageError(`--iter-variable is not valid JSON: ${text.slice(0, 200)}`);
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new UsageError('--iter-variable must be a JSON object {"map_variable": {...}, "loop_variable": [...]}');
  const o = v;
  for (const [k, m] of Object.entries(o.map_variable ?? {})) {
    if (!m || typeof m !== "object" || !("value" in m) && !("index" in m)) throw new UsageError(`--iter-variable: map_variable '${k}' needs {"value": ...} or {"index": n}`);
    if ("index" in m && !("value" in m) && (!Number.isInteger(m.index) || m.index < 0)) throw new UsageError(`--iter-variable: map_variable '${k}' index must be a whole number \u2265 0, got ${JSON.stringify(m.index)}`);
  }
  for (const l of o.loop_variable ?? []) {
    if (!l || typeof l !== "object" || !Number.isInteger(l.value) || l.value < 0) throw new UsageError(`--iter-variable: loop_variable entries must be {"value": n} with n \u2265 0, got ${JSON.stringify(l)}`);
  }
  return o;
}
__name(parseIterVariable, "parseIterVariable");
function conditionalToken(branchKeys, key) {
  if (key === void 0) return CONDITIONAL_NONE;
  if (key === "default" && !branchKeys.includes("default")) return "default";
  const i = branchKeys.indexOf(key);
  return i < 0 ? CONDITIONAL_NONE : `b${i}`;
}
__name(conditionalToken, "conditionalToken");
var CONDITIONAL_NONE = "none";
var LOOP_GO = "go";
var LOOP_STOP = "stop";
function parseRetryIndex(v) {
  const n = typeof v === "number" ? v : Number(v);
  if (typeof v === "string" && !/^\d+$/.test(v.trim())) throw new UsageError(`--retry-index must be a whole number \u2265 0, got '${v}'`);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--retry-index must be a whole number \u2265 0, got '${v}'`);
  return n;
}
__name(parseRetryIndex, "parseRetryIndex");
function podOptionsFromFlags(step, flags) {
  const argo = flags.orchestrator === "argo";
  if (flags.orchestrator !== void 0 && !argo) throw new UsageError(`--orchestrator must be 'argo', got '${flags.orchestrator}'`);
  const text = /* @__PURE__ */ __name((s) => s !== void 0 && argo ? decodeText(s) : s, "text");
  const o = {
    // Without the orchestrator flag, STEP is runnable's form (spaces as `%`), decoded where it is located.
    stepPath: argo ? encodeRunnableStep(decodeStepArg(step)) : step,
    followInline: flags.follow !== false
  };
  if (argo) o.orchestrator = "argo";
  if (flags.iterVariable !== void 0) o.iterVariable = flags.iterVariable;
  if (flags.retryIndex !== void 0) o.retryIndex = parseRetryIndex(flags.retryIndex);
  if (flags.fanOutNext) o.fanOutNext = flags.fanOutNext;
  if (flags.outputFile) o.outputFile = flags.outputFile;
  if (flags.storesOn) o.storesOn = flags.storesOn;
  if (flags.workflowStatus !== void 0) o.workflowStatus = flags.workflowStatus;
  for (const k of ["tag", "file", "configFile", "parametersFile"]) {
    const v = text(flags[k]);
    if (v !== void 0) o[k] = v;
  }
  return o;
}
__name(podOptionsFromFlags, "podOptionsFromFlags");
function encodeRunnableStep(internalName) {
  return internalName.replace(/ /g, "%");
}
__name(encodeRunnableStep, "encodeRunnableStep");

export {
  buildPodArgv,
  buildPodEnv,
  encodeText,
  decodeText,
  encodeStepArg,
  decodeStepArg,
  argoJson,
  iterVariableText,
  parseIterVariable,
  conditionalToken,
  CONDITIONAL_NONE,
  LOOP_GO,
  LOOP_STOP,
  parseRetryIndex,
  podOptionsFromFlags
};
