import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  nodeCrypto
} from "./chunk-XPIGEFVS.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/engine/step-cache.ts
function stable(value) {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
__name(stable, "stable");
function stepCacheKey(k) {
  const git = k.code.find((c) => c.code_identifier_type === "git" && c.code_identifier_dependable);
  const material = {
    v: 1,
    task: { command_type: k.spec.command_type, command: k.spec.command, returns: k.spec.returns, secrets: k.spec.secrets, args: k.spec.optional_ploomber_args ?? null },
    catalog: k.catalog ?? null,
    inputs: Object.fromEntries(Object.entries(k.inputs).map(([n, p]) => [n, [p.kind, p.value]])),
    iter: k.iterVariables,
    gets: k.gets.filter((e) => e.stage === "get").map((e) => [e.name, e.data_hash]).sort(),
    code: git ? git.code_identifier : null
  };
  return "runnable-step-" + nodeCrypto().createHash("sha256").update(stable(material)).digest("hex");
}
__name(stepCacheKey, "stepCacheKey");

export {
  stepCacheKey
};
