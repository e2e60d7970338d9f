/**
 * Derives the compact validation data the Argo validator ships with, from Argo's full Workflow CRD
 * (/work/shared/argo/argoproj.io_workflows.full.yaml, v4.1.2):
 *
 * - the `openAPIV3Schema`, made strict (`additionalProperties: false` on every object that has `properties`
 *   and is not `x-kubernetes-preserve-unknown-fields`), descriptions and `x-kubernetes-*` keywords removed,
 *   and identical sub-schemas shared through `$defs` (2.8 MB of YAML → a few hundred KB of JSON);
 * - the CEL rules (`x-kubernetes-validations`) and `x-kubernetes-list-type: map|set` keys, each with the data
 *   path it applies to (`*` = every array item, `{}` = every map value).
 *
 * Self-contained (only `yaml`, `ajv`, `ajv-formats` and node built-ins) so that the generators in test/argo
 * can run it with Node's type stripping. The outputs are committed as `crd-schema.generated.ts` (the data)
 * and `crd-validator.generated.js` (the Ajv validator, compiled ahead of time); tests keep both in sync.
 * Only types of this module are imported by `validate.ts`, so Ajv's compiler never reaches the bundles.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import AjvImport from 'ajv';
import { _ as codegen } from 'ajv';
import formatsImport from 'ajv-formats';
import standaloneImport from 'ajv/dist/standalone/index.js';

export interface CelSite {
  path: string[];
  rules: { rule: string; message: string }[];
}

export interface ListSite {
  path: string[];
  type: 'map' | 'set';
  keys?: string[];
}

export interface DerivedCrd {
  source: string;
  schema: Record<string, unknown>;
  cel: CelSite[];
  lists: ListSite[];
}

type S = Record<string, unknown>;

export function deriveCrdSchema(crdYaml: string, source = 'argoproj.io_workflows.full.yaml'): DerivedCrd {
  const crd = parse(crdYaml) as { spec: { versions: { schema: { openAPIV3Schema: S } }[] } };
  const root = crd.spec.versions[0]!.schema.openAPIV3Schema;
  const cel: CelSite[] = [];
  const lists: ListSite[] = [];

  const walk = (node: unknown, path: string[]): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, path));
    if (!node || typeof node !== 'object') return node;
    const s = node as S;
    const out: S = {};
    const validations = s['x-kubernetes-validations'] as { rule: string; message?: string }[] | undefined;
    if (validations?.length) cel.push({ path, rules: validations.map((v) => ({ rule: v.rule, message: v.message ?? v.rule })) });
    const listType = s['x-kubernetes-list-type'] as string | undefined;
    if (listType === 'map' || listType === 'set') {
      const site: ListSite = { path, type: listType };
      const keys = s['x-kubernetes-list-map-keys'] as string[] | undefined;
      if (keys) site.keys = keys;
      lists.push(site);
    }
    for (const [k, v] of Object.entries(s)) {
      if (k === 'description' || k.startsWith('x-kubernetes-')) continue;
      if (k === 'properties') {
        const props: S = {};
        for (const [pk, pv] of Object.entries(v as S)) props[pk] = walk(pv, [...path, pk]);
        out.properties = props;
      } else if (k === 'items') {
        out.items = walk(v, [...path, '*']);
      } else if (k === 'additionalProperties' && v && typeof v === 'object') {
        out.additionalProperties = walk(v, [...path, '{}']);
      } else if (k === 'anyOf' || k === 'oneOf' || k === 'allOf') {
        out[k] = (v as unknown[]).map((x) => walk(x, path));
      } else {
        out[k] = v;
      }
    }
    if (out.properties && s['x-kubernetes-preserve-unknown-fields'] !== true && out.additionalProperties === undefined) {
      out.additionalProperties = false;
    }
    return out;
  };
  const strict = walk(root, []) as S;

  // Share identical sub-schemas (containers, volumes, probes... appear many times).
  const counts = new Map<string, number>();
  const canon = (n: unknown): string => JSON.stringify(n);
  const count = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(count);
    const text = canon(n);
    if (text.length > 300) counts.set(text, (counts.get(text) ?? 0) + 1);
    for (const v of Object.values(n as S)) count(v);
  };
  count(strict);
  const defs: S = {};
  const names = new Map<string, string>();
  const replace = (n: unknown, top: boolean): unknown => {
    if (!n || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map((x) => replace(x, false));
    const text = canon(n);
    if (!top && (counts.get(text) ?? 0) > 1) {
      let name = names.get(text);
      if (!name) {
        name = 's' + createHash('sha256').update(text).digest('hex').slice(0, 10);
        names.set(text, name);
        const inner: S = {};
        for (const [k, v] of Object.entries(n as S)) inner[k] = k === 'properties' || k === 'additionalProperties' || k === 'items' ? replaceChildren(k, v) : replace(v, false);
        defs[name] = inner;
      }
      return { $ref: `#/$defs/${name}` };
    }
    const out: S = {};
    for (const [k, v] of Object.entries(n as S)) out[k] = k === 'properties' || k === 'additionalProperties' || k === 'items' ? replaceChildren(k, v) : replace(v, false);
    return out;
  };
  const replaceChildren = (k: string, v: unknown): unknown => {
    if (k === 'properties') return Object.fromEntries(Object.entries(v as S).map(([pk, pv]) => [pk, replace(pv, false)]));
    return replace(v, false);
  };
  const compact = replace(strict, true) as S;
  const sortedDefs = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { source, schema: { ...compact, $defs: sortedDefs }, cel, lists };
}

/** The committed module's text. */
export function renderCrdModule(d: DerivedCrd, sha256: string): string {
  const json = JSON.stringify({ source: d.source, sha256, schema: d.schema, cel: d.cel, lists: d.lists });
  return (
    '// GENERATED by test/argo/generate-crd-schema.mjs from the Argo v4.1.2 full Workflow CRD. Do not edit.\n' +
    '// Kept in sync with /work/shared/argo/argoproj.io_workflows.full.yaml by test/argo/crd-schema-sync.test.ts.\n' +
    '// A JSON string (parsed lazily on first validation): cheap to load, identical in every bundle.\n' +
    `export const CRD_SHA256 = ${JSON.stringify(sha256)};\n` +
    `export const CRD_DATA = ${JSON.stringify(json)};\n`
  );
}

// ajv, ajv-formats and ajv/dist/standalone are CommonJS with a `default` property; take it under both module systems.
type AjvClass = typeof import('ajv').Ajv;
const Ajv: AjvClass = (AjvImport as unknown as { default?: AjvClass }).default ?? (AjvImport as unknown as AjvClass);
const addFormats = ((formatsImport as unknown as { default?: unknown }).default ?? formatsImport) as (ajv: InstanceType<AjvClass>) => void;
const standaloneCode = ((standaloneImport as unknown as { default?: unknown }).default ?? standaloneImport) as (ajv: InstanceType<AjvClass>, v: unknown) => string;

/**
 * Ajv options of the CRD validator: every error (not just the first), formats checked (int32, int64, byte,
 * date-time), unknown keywords ignored (the CRD has OpenAPI ones such as `nullable`). `$defs` become
 * functions of their own (`inlineRefs: false`): a quarter less code than inlining them at every use.
 */
export const AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: true, inlineRefs: false } as const;

/**
 * The committed validator module (`crd-validator.generated.js`): Ajv's standalone code for `d.schema` as an
 * ES module with no import but ajv-formats' format functions, plus the CEL sites and list-type sites.
 */
export function renderValidatorModule(d: DerivedCrd, sha256: string): string {
  // Formats resolve to the named import below instead of the CommonJS require Ajv emits by default.
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true, formats: codegen`fullFormats` } });
  addFormats(ajv);
  let code = standaloneCode(ajv, ajv.compile(d.schema));
  // The one runtime helper Ajv's code requires (string length in code points), inlined.
  const UCS2 = 'require("ajv/dist/runtime/ucs2length").default';
  const usesUcs2 = code.includes(UCS2);
  code = code.split(UCS2).join('ucs2length');
  const leftover = /require\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`renderValidatorModule: unexpected runtime dependency ${leftover[0]} in Ajv's standalone code`);
  const ucs2 = usesUcs2
    ? 'function ucs2length(str) { const len = str.length; let length = 0; let pos = 0; let value; while (pos < len) { length++; value = str.charCodeAt(pos++); if (value >= 0xd800 && value <= 0xdbff && pos < len) { value = str.charCodeAt(pos); if ((value & 0xfc00) === 0xdc00) pos++; } } return length; }\n'
    : '';
  const usesFormats = /\bfullFormats\b/.test(code);
  return (
    '// GENERATED by test/argo/generate-crd-validator.mjs (Ajv standalone code) from the Argo v4.1.2 full\n' +
    '// Workflow CRD. Do not edit. Kept in sync with src/argo/crd-derive.ts by test/argo/validator-sync.test.ts.\n' +
    '// The strict CRD schema compiled ahead of time, so validation pays no Ajv compilation at run time.\n' +
    '/* eslint-disable */\n' +
    (usesFormats ? "import { fullFormats } from 'ajv-formats/dist/formats.js';\n" : '') +
    `export const CRD_SHA256 = ${JSON.stringify(sha256)};\n` +
    `export const CEL_SITES = ${JSON.stringify(d.cel)};\n` +
    `export const LIST_SITES = ${JSON.stringify(d.lists)};\n` +
    ucs2 +
    code.replace(/^"use strict";\n?/, '') +
    '\n'
  );
}
