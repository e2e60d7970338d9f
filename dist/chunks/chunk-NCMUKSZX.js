import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/runlog/outcome.ts
function cacheNote(from) {
  return `cached result of step '${from.step}' in run '${from.run_id}' (${from.saved_at}), key ${from.key}`;
}
__name(cacheNote, "cacheNote");
function attemptCachedFrom(attempt) {
  const c = attempt?.cached_from;
  return attempt?.status === "SUCCESS" && c && typeof c === "object" && typeof c.run_id === "string" && typeof c.step === "string" ? c : void 0;
}
__name(attemptCachedFrom, "attemptCachedFrom");
function stepCachedFrom(step) {
  return step.status === "SUCCESS" ? attemptCachedFrom(step.attempts?.at(-1)) : void 0;
}
__name(stepCachedFrom, "stepCachedFrom");
function outcomeOf(e, last) {
  if (e.status === "FAIL") return { kind: "failed", message: e.message };
  const from = attemptCachedFrom(last);
  if (from) return { kind: "cached", from };
  if (e.skipped !== void 0) return { kind: "skipped", reason: e.skipped };
  return { kind: "ran" };
}
__name(outcomeOf, "outcomeOf");

export {
  cacheNote,
  stepCachedFrom,
  outcomeOf
};
