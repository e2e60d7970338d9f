import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadYamlText,
  readSourceFile,
  sortIssues
} from "./chunk-KD5F7IY4.js";
import {
  canonicalType,
  serviceSchema,
  typeNames,
  unknownTypeMessage
} from "./chunk-A5QB3JT3.js";
import {
  IGNORED_KEYS,
  NO_EFFECT_KEYS,
  NO_EFFECT_TOP_KEYS,
  SERVICE_TYPES
} from "./chunk-BPOSMLBS.js";
import {
  ValidationError
} from "./chunk-I4ZUIMKY.js";
import {
  didYouMean,
  fromZod,
  issueAt,
  setOwn,
  show
} from "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/config/load.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve as resolvePath } from "node:path";

// src/config/model.ts
function defaultConfig() {
  return {
    pipelineExecutor: { type: "local", config: {} },
    runLogStore: { type: "file-system", config: {} },
    catalog: { type: "file-system", config: {} },
    secrets: { type: "env-secrets", config: {} }
  };
}
__name(defaultConfig, "defaultConfig");

// src/config/load.ts
var DEFAULT_CONFIG_FILE = "runnable-config.yaml";
var NAMESPACES = Object.keys(SERVICE_TYPES);
var FIELD = {
  "pipeline-executor": "pipelineExecutor",
  "run-log-store": "runLogStore",
  catalog: "catalog",
  secrets: "secrets"
};
async function loadConfig(opts) {
  const { config, warnings } = await loadConfigWithWarnings(opts);
  for (const w of warnings) opts.onWarning?.(w);
  return config;
}
__name(loadConfig, "loadConfig");
async function loadConfigWithWarnings(opts) {
  const envFile = opts.env.RUNNABLE_CONFIGURATION_FILE;
  let file = envFile || opts.file || void 0;
  if (!file && existsSync(resolvePath(opts.cwd, DEFAULT_CONFIG_FILE))) file = DEFAULT_CONFIG_FILE;
  if (!file) return { config: withDefaults(defaultConfig()), warnings: [] };
  const raw = await readSourceFile(file, file, opts.cwd);
  return parseConfigText(raw, file, opts.env);
}
__name(loadConfigWithWarnings, "loadConfigWithWarnings");
function substituteVariables(text, env) {
  const unresolved = [];
  const out = text.replace(/\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\})/gi, (whole, dollar, bare, braced) => {
    if (dollar) return "$";
    const name = bare ?? braced;
    const value = env[`RUNNABLE_VAR_${name}`];
    if (value === void 0) {
      if (!unresolved.includes(name)) unresolved.push(name);
      return whole;
    }
    return value;
  });
  return { text: out, unresolved };
}
__name(substituteVariables, "substituteVariables");
function parseConfigText(text, file, env = {}) {
  const { text: substituted, unresolved } = substituteVariables(text, env);
  const warnings = unresolved.map((n) => `${file}: '$${n}' is not resolved (set RUNNABLE_VAR_${n}); it is left as it is`);
  const doc = loadYamlText(substituted, file);
  const noEffect = [];
  const config = configFromDocument(doc, noEffect);
  if (noEffect.length) {
    warnings.push(`${file}: accepted for compatibility with runnable, but without effect here: ${noEffect.join(", ")}`);
  }
  return { config, warnings };
}
__name(parseConfigText, "parseConfigText");
function withSuggestions(issues) {
  return issues.map((i) => {
    const m = /^unknown field '([^']*)'.*\(expected one of: ([^)]*)\)$/.exec(i.message);
    const hint = m ? didYouMean(m[1], m[2].split(", ")) : void 0;
    return hint ? { ...i, message: `${i.message}; did you mean '${hint}'?` } : i;
  });
}
__name(withSuggestions, "withSuggestions");
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
__name(isPlainObject, "isPlainObject");
function canonicalKey(key) {
  const k = key.replace(/_/g, "-");
  return k === "executor" ? "pipeline-executor" : k;
}
__name(canonicalKey, "canonicalKey");
function configFromDocument(doc, noEffect = []) {
  const issues = [...doc.issues];
  const config = defaultConfig();
  config.file = doc.file;
  const value = doc.value;
  if (value !== void 0 && !isPlainObject(value)) {
    issues.push(issueAt(doc, [], "value", `expected a mapping of services (pipeline-executor, run-log-store, catalog, secrets), got ${show(value)}`));
  } else if (value) {
    const seen = /* @__PURE__ */ new Map();
    for (const [key, raw] of Object.entries(value)) {
      const canon = canonicalKey(key);
      const first = seen.get(canon);
      if (first !== void 0) {
        issues.push(issueAt(doc, [key], "key", `'${key}' configures ${canon} again ('${first}' already does); keep one`));
        continue;
      }
      seen.set(canon, key);
      if (IGNORED_KEYS.includes(canon)) continue;
      if (NO_EFFECT_TOP_KEYS.includes(canon)) {
        noEffect.push(at(doc, [key], key));
        continue;
      }
      if (!NAMESPACES.includes(canon)) {
        const known = [...NAMESPACES, ...IGNORED_KEYS, ...NO_EFFECT_TOP_KEYS, "executor"];
        const hint = didYouMean(key, known);
        issues.push(
          issueAt(
            doc,
            [key],
            "key",
            `unknown key '${key}' (expected one of: pipeline-executor, run-log-store, catalog, secrets, job-executor, pickler, experiment-tracker; '-' and '_' are interchangeable)` + (hint ? `; did you mean '${hint}'?` : "")
          )
        );
        continue;
      }
      const ns = canon;
      const svc = parseService(ns, raw, [key], doc, issues, noEffect);
      if (svc) config[FIELD[ns]] = svc;
    }
  }
  if (issues.length) throw new ValidationError(sortIssues(withSuggestions(issues)), doc.file);
  return withDefaults(config);
}
__name(configFromDocument, "configFromDocument");
function at(doc, path, shown) {
  const pos = doc.locate(path, "key");
  return pos ? `${shown} (line ${pos.line})` : shown;
}
__name(at, "at");
function parseService(ns, raw, path, doc, issues, noEffect = []) {
  const known = typeNames(ns);
  if (!isPlainObject(raw)) {
    issues.push(issueAt(doc, path, "value", `expected a mapping with a 'type' field (one of ${known.join(", ")}), got ${show(raw)}`));
    return void 0;
  }
  const before = issues.length;
  if (raw.type === void 0) {
    issues.push(issueAt(doc, [...path, "type"], "key", `missing required field 'type' (one of ${known.join(", ")})`));
    return void 0;
  }
  const type = canonicalType(ns, raw.type);
  if (!type) {
    issues.push(issueAt(doc, [...path, "type"], "value", unknownTypeMessage(ns, raw.type)));
    return void 0;
  }
  let settings;
  let base;
  if ("config" in raw) {
    for (const k of Object.keys(raw)) {
      if (k === "type" || k === "config") continue;
      issues.push(issueAt(doc, [...path, k], "key", `unknown field '${k}' next to 'config' (put settings under 'config', or drop 'config' and write them next to 'type')`));
    }
    settings = raw.config ?? {};
    base = [...path, "config"];
  } else {
    const rest = {};
    for (const [k, v] of Object.entries(raw)) if (k !== "type") setOwn(rest, k, v);
    settings = rest;
    base = path;
  }
  const schema = serviceSchema(ns, type);
  if (!isPlainObject(settings)) {
    issues.push(issueAt(doc, base, "value", `expected a mapping of settings, got ${show(settings)}`));
    return void 0;
  }
  const parsed = schema.safeParse(settings);
  if (!parsed.success) {
    issues.push(...fromZod(parsed.error, settings, { doc, base, schema, label: `${ns} '${type}'` }));
  }
  if (issues.length !== before || !parsed.success) return void 0;
  const quiet = /* @__PURE__ */ new Set([...NO_EFFECT_KEYS[ns]?.["*"] ?? [], ...NO_EFFECT_KEYS[ns]?.[type] ?? []]);
  const shape = schema.shape;
  const loose = ns === "pipeline-executor" && type === "mocked";
  for (const k of Object.keys(settings)) {
    if (quiet.has(k) || loose && shape && !(k in shape)) noEffect.push(at(doc, [...base, k], [...base, k].join(".")));
  }
  const data = parsed.data;
  if (loose && shape) {
    for (const k of Object.keys(data)) if (!(k in shape)) delete data[k];
  }
  const pos = doc.locate(path, "key");
  const svc = { type, config: data };
  if (pos) svc.source = { file: doc.file, line: pos.line, column: pos.column };
  return svc;
}
__name(parseService, "parseService");
function withDefaults(config) {
  for (const ns of NAMESPACES) {
    const svc = config[FIELD[ns]];
    const type = canonicalType(ns, svc.type);
    const schema = type ? serviceSchema(ns, type) : void 0;
    if (schema && !svc.source) {
      const parsed = schema.safeParse(svc.config);
      if (parsed.success) svc.config = parsed.data;
    }
    if (ns === "pipeline-executor" && svc.type === "local" && svc.config.max_workers === void 0) {
      svc.config = { ...svc.config, max_workers: availableParallelism() };
    }
  }
  return config;
}
__name(withDefaults, "withDefaults");

export {
  loadConfig
};
