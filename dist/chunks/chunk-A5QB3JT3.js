import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  SERVICE_TYPES,
  TYPE_ALIASES,
  UPSTREAM_ONLY_TYPES
} from "./chunk-BPOSMLBS.js";
import {
  ValidationError
} from "./chunk-I4ZUIMKY.js";
import {
  fromZod,
  show
} from "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/config/services.ts
var spelling = /* @__PURE__ */ __name((type) => type.replace(/_/g, "-"), "spelling");
function serviceTypes(ns) {
  return Object.keys(SERVICE_TYPES[ns]);
}
__name(serviceTypes, "serviceTypes");
function namesOf(ns, type) {
  return [type, ...Object.entries(TYPE_ALIASES[ns] ?? {}).flatMap(([alias, to]) => to === type ? [alias] : [])];
}
__name(namesOf, "namesOf");
function typeNames(ns) {
  return serviceTypes(ns).flatMap((t) => namesOf(ns, t));
}
__name(typeNames, "typeNames");
function canonicalType(ns, type) {
  if (typeof type !== "string") return void 0;
  const t = spelling(type);
  const aliased = TYPE_ALIASES[ns]?.[t] ?? t;
  return Object.prototype.hasOwnProperty.call(SERVICE_TYPES[ns], aliased) ? aliased : void 0;
}
__name(canonicalType, "canonicalType");
function unknownTypeMessage(ns, type) {
  const known = typeNames(ns).join(", ");
  if (typeof type === "string" && UPSTREAM_ONLY_TYPES[ns].includes(spelling(type))) {
    return `'${type}' is a runnable ${ns} that runnable-action does not support (supported: ${known})`;
  }
  return `unknown ${ns} type ${show(type)} (expected one of ${known})`;
}
__name(unknownTypeMessage, "unknownTypeMessage");
function serviceSchema(ns, type) {
  return SERVICE_TYPES[ns][type];
}
__name(serviceSchema, "serviceSchema");
function serviceConfigError(cfg, field, message, ns) {
  throw new ValidationError(
    [{ file: cfg.source?.file ?? "<configuration>", line: cfg.source?.line, column: cfg.source?.column, path: `${ns}.${field}`, message }],
    "configuration"
  );
}
__name(serviceConfigError, "serviceConfigError");
function buildService(ns, cfg, factories, ctx) {
  const type = canonicalType(ns, cfg.type);
  if (!type) return serviceConfigError(cfg, "type", unknownTypeMessage(ns, cfg.type), ns);
  const schema = serviceSchema(ns, type);
  const raw = cfg.config ?? {};
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const file = cfg.source?.file ?? "<configuration>";
    const at = cfg.source?.line !== void 0 ? { line: cfg.source.line, column: cfg.source.column ?? 1 } : void 0;
    const doc = { file, value: raw, issues: [], locate: /* @__PURE__ */ __name(() => at, "locate") };
    const issues = fromZod(parsed.error, raw, { doc, base: [ns, "config"], schema, label: `${ns} '${type}'` }).map((i) => ({ ...i, message: i.message.replace(/^expected /, "must be ") }));
    throw new ValidationError(issues, "configuration");
  }
  const factory = factories[type];
  return factory(parsed.data, ctx);
}
__name(buildService, "buildService");

export {
  typeNames,
  canonicalType,
  unknownTypeMessage,
  serviceSchema,
  serviceConfigError,
  buildService
};
