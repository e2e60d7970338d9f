import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  makeParameter
} from "./chunk-TP2P7VTN.js";
import {
  loadYamlText,
  readSourceFile,
  sortIssues
} from "./chunk-KD5F7IY4.js";
import {
  numberFromLiteral,
  parseJsonExact
} from "./chunk-DRL3O62E.js";
import {
  ValidationError
} from "./chunk-I4ZUIMKY.js";
import {
  issueAt,
  setOwn,
  show
} from "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/parameters/load.ts
function decodeOverride(value) {
  try {
    return parseJsonExact(value);
  } catch {
    return value;
  }
}
__name(decodeOverride, "decodeOverride");
function parameterOverrides(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith("RUNNABLE_PRM_") || v === void 0) continue;
    const name = k.slice("RUNNABLE_PRM_".length).toLowerCase();
    if (name) setOwn(out, name, decodeOverride(v));
  }
  return out;
}
__name(parameterOverrides, "parameterOverrides");
function exactValues(doc, text, value) {
  const issues = [];
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const offsets = lineOffsets(text);
  const sourceOf = /* @__PURE__ */ __name((path) => {
    const pos = doc.locate(path, "value");
    if (!pos || pos.endLine === void 0 || pos.endColumn === void 0) return void 0;
    const from = offsets[pos.line - 1] + pos.column - 1;
    const to = offsets[pos.endLine - 1] + pos.endColumn - 1;
    return to > from ? text.slice(from, to) : void 0;
  }, "sourceOf");
  const stack = [];
  for (const k of Object.keys(value)) stack.push([value[k], [k], (v) => setOwn(value, k, v)]);
  while (stack.length) {
    const [v, path, set] = stack.pop();
    if (typeof v === "number") {
      const src = sourceOf(path) ?? String(v);
      const r = numberFromLiteral(src, v);
      if ("error" in r) issues.push(issueAt(doc, path, "value", `${r.error}; parameters must be JSON values`));
      else if (r.value !== v) set(r.value);
    } else if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i], (nv) => v[i] = nv]));
    else if (v instanceof Uint8Array || v instanceof Date || v instanceof Map || v instanceof Set) {
      issues.push(issueAt(doc, path, "value", `a ${v.constructor.name} is not a JSON value; parameters must be JSON values (write binary data to a file in the catalog)`));
    } else if (v && typeof v === "object") {
      for (const k of Object.keys(v)) stack.push([v[k], [...path, k], (nv) => setOwn(v, k, nv)]);
    } else if (typeof v === "bigint" || typeof v === "symbol" || typeof v === "function") {
      issues.push(issueAt(doc, path, "value", `not a JSON value; parameters must be JSON values`));
    }
  }
  return issues;
}
__name(exactValues, "exactValues");
function lineOffsets(text) {
  const out = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) out.push(i + 1);
  return out;
}
__name(lineOffsets, "lineOffsets");
function parseParametersText(text, file) {
  const doc = loadYamlText(text, file);
  const issues = [...doc.issues];
  const value = doc.value;
  let out = {};
  if (value !== void 0 && (value === null || typeof value !== "object" || Array.isArray(value))) {
    issues.push(issueAt(doc, [], "value", `expected a mapping of parameter names to values, got ${show(value)}`));
  } else if (value) {
    out = value;
    issues.push(...exactValues(doc, text, out));
  }
  if (issues.length) throw new ValidationError(sortIssues(issues), file);
  return out;
}
__name(parseParametersText, "parseParametersText");
async function loadInitialParameters(opts) {
  const file = opts.env.RUNNABLE_PARAMETERS_FILE || opts.file || void 0;
  const values = {};
  if (file) {
    const text = await readSourceFile(file, file, opts.cwd);
    for (const [k, v] of Object.entries(parseParametersText(text, file))) setOwn(values, k, v);
  }
  for (const [k, v] of Object.entries(opts.extra ?? {})) setOwn(values, k, v);
  for (const [k, v] of Object.entries(parameterOverrides(opts.env))) setOwn(values, k, v);
  const params = {};
  for (const [k, v] of Object.entries(values)) setOwn(params, k, makeParameter("json", v));
  return params;
}
__name(loadInitialParameters, "loadInitialParameters");

export {
  parameterOverrides,
  parseParametersText,
  loadInitialParameters
};
