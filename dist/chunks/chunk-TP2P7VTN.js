import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/runlog/model.ts
function describeValue(value) {
  if (typeof value === "string" && value.length > 10) return value.slice(0, 10) + "...";
  return value;
}
__name(describeValue, "describeValue");
function makeParameter(kind, value) {
  return { kind, value, description: describeValue(value) };
}
__name(makeParameter, "makeParameter");
function nowIso() {
  return (/* @__PURE__ */ new Date()).toISOString();
}
__name(nowIso, "nowIso");
function newStepRecord(name, internalName, stepType) {
  return {
    name,
    internal_name: internalName,
    status: "CREATED",
    step_type: stepType,
    message: "",
    mock: false,
    attempts: [],
    data_catalog: []
  };
}
__name(newStepRecord, "newStepRecord");

export {
  makeParameter,
  nowIso,
  newStepRecord
};
