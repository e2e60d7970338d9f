import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  UsageError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/runlog/run-id.ts
import { randomBytes } from "node:crypto";
var RULE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
function isValidRunId(runId) {
  return typeof runId === "string" && RULE.test(runId);
}
__name(isValidRunId, "isValidRunId");
function checkRunId(runId) {
  if (!isValidRunId(runId)) {
    throw new UsageError(
      `invalid run id '${String(runId).slice(0, 80)}': use letters, digits, '.', '_' and '-' (at most 200, starting with a letter or digit)`
    );
  }
}
__name(checkRunId, "checkRunId");
var ADJECTIVES = ["amber", "brisk", "calm", "deft", "eager", "fair", "glad", "hale", "keen", "lucid", "merry", "neat", "proud", "quick", "rapid", "sage", "tidy", "vivid", "warm", "zesty"];
var NOUNS = ["badger", "crane", "dingo", "egret", "falcon", "gecko", "heron", "ibis", "jackal", "koala", "lemur", "marten", "newt", "otter", "panda", "quail", "raven", "stoat", "tapir", "vole"];
function generateRunId(now = /* @__PURE__ */ new Date()) {
  const rnd = randomBytes(4);
  const adj = ADJECTIVES[rnd[0] % ADJECTIVES.length];
  const noun = NOUNS[rnd[1] % NOUNS.length];
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return `${adj}-${noun}-${stamp}-${rnd.toString("hex")}`;
}
__name(generateRunId, "generateRunId");

export {
  isValidRunId,
  checkRunId,
  generateRunId
};
