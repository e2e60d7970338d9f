import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  maskText
} from "./chunk-ZJUNEOJQ.js";
import {
  makeParameter
} from "./chunk-TP2P7VTN.js";
import {
  parseJsonExact
} from "./chunk-DRL3O62E.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/tasks/common.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var privateDir;
var counter = 0;
function privateTempDir() {
  if (privateDir === void 0) {
    const dir = mkdtempSync(join(tmpdir(), "runnable-action-"));
    privateDir = dir;
    process.once("exit", () => {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
      }
    });
  }
  return privateDir;
}
__name(privateTempDir, "privateTempDir");
function tempPath(suffix) {
  return join(privateTempDir(), `${process.pid}-${++counter}${suffix}`);
}
__name(tempPath, "tempPath");
function inputParametersOf(inv) {
  const names = Object.keys(inv.iterVariables);
  if (names.length === 0) return { ...inv.parameters };
  const out = { ...inv.parameters };
  for (const name of names) out[name] = makeParameter("json", inv.iterVariables[name]);
  return out;
}
__name(inputParametersOf, "inputParametersOf");
function decodeTextValue(text) {
  const t = text.trim();
  if (t === "") return text;
  const c = t.charCodeAt(0);
  if (c === 123 || c === 91 || c === 34 || c === 45 || c >= 48 && c <= 57 || t === "true" || t === "false" || t === "null") {
    try {
      return parseJsonExact(t);
    } catch {
      return text;
    }
  }
  return text;
}
__name(decodeTextValue, "decodeTextValue");
function failure(inv, message, exitCode) {
  const out = { ok: false, message, returns: {}, inputParameters: inputParametersOf(inv) };
  if (exitCode !== void 0) out.exitCode = exitCode;
  return out;
}
__name(failure, "failure");
function success(inv, returns, exitCode) {
  const out = { ok: true, message: "", returns, inputParameters: inputParametersOf(inv) };
  if (exitCode !== void 0) out.exitCode = exitCode;
  return out;
}
__name(success, "success");
function maskOutcomeSecrets(outcome, inv) {
  if (!outcome.message) return outcome;
  const names = inv.spec.secrets ?? [];
  let message = outcome.message;
  const values = names.map((n) => inv.env[n]).filter((v) => typeof v === "string");
  message = maskText(message, values);
  return message === outcome.message ? outcome : { ...outcome, message };
}
__name(maskOutcomeSecrets, "maskOutcomeSecrets");

export {
  privateTempDir,
  tempPath,
  decodeTextValue,
  failure,
  success,
  maskOutcomeSecrets
};
