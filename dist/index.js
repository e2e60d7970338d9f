import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_COMMAND,
  Inputs,
  inputVariable
} from "./chunks/chunk-T35EDS6C.js";
import {
  isWithheld
} from "./chunks/chunk-G3NGTGKO.js";
import {
  __name
} from "./chunks/chunk-4SJQHH4G.js";

// src/action/main.ts
import module from "node:module";

// src/action/seal-environment.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var MARK = "RUNNABLE_ACTION_SEALED_ENV";
var NONE = /* @__PURE__ */ new Set();
function startsNoUserProcess(env) {
  if (env.STATE_isPost === "true") return !env.STATE_runId;
  const command = (env[inputVariable(Inputs.command)] ?? "").trim().toLowerCase() || DEFAULT_COMMAND;
  const pipeline = (env[inputVariable(Inputs.pipeline)] ?? "").trim();
  return (command === "validate" || command === "compile") && pipeline !== "" && !/\.py$/i.test(pipeline);
}
__name(startsNoUserProcess, "startsNoUserProcess");
function sealEnvironment() {
  const file = process.env[MARK];
  if (file) {
    delete process.env[MARK];
    try {
      const values = JSON.parse(readFileSync(file, "utf8"));
      for (const [k, v] of Object.entries(values)) process.env[k] = v;
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
    return "sealed";
  }
  const withheld = Object.keys(process.env).filter((k) => isWithheld(k, NONE) && process.env[k] !== void 0);
  if (!withheld.length) return "nothing-to-seal";
  if (startsNoUserProcess(process.env)) return "not-needed";
  const execve = process.execve;
  if (process.platform !== "linux" || typeof execve !== "function") return "unavailable";
  let dir;
  try {
    const base = process.env.RUNNER_TEMP;
    try {
      dir = mkdtempSync(join(base || tmpdir(), "runnable-seal-"));
    } catch {
      dir = mkdtempSync(join(tmpdir(), "runnable-seal-"));
    }
    const values = {};
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v === void 0 || v.includes("\0") || k.includes("\0")) continue;
      if (withheld.includes(k)) values[k] = v;
      else env[k] = v;
    }
    const secretFile = join(dir, "env.json");
    writeFileSync(secretFile, JSON.stringify(values), { mode: 384 });
    env[MARK] = secretFile;
    execve.call(process, process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], env);
  } catch {
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  return "unavailable";
}
__name(sealEnvironment, "sealEnvironment");

// src/action/main.ts
var sealed = sealEnvironment();
module.enableCompileCache?.();
void import("./chunks/run-action-MINPKHKW.js").then(({ run }) => run({ sealed }));
