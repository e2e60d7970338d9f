/**
 * The Ajv validator compiled ahead of time (src/argo/crd-validator.generated.js, Ajv standalone code):
 * it is what the derived schema compiles to today (regenerate: `node test/argo/generate-crd-validator.mjs`,
 * or run this test with UPDATE_VALIDATOR=1), it needs nothing at run time but ajv-formats' format functions,
 * and it reports the same problems as the schema compiled by Ajv at run time (as validate.ts did before).
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse } from 'yaml';
import AjvImport from 'ajv';
import type { ErrorObject } from 'ajv';
import formatsImport from 'ajv-formats';
import { parse as parseCel } from '@marcbachmann/cel-js';
import { deriveCrdSchema, renderValidatorModule } from '../../src/argo/crd-derive.js';
import { CEL_SITES, LIST_SITES, validate as precompiled } from '../../src/argo/crd-validator.generated.js';
import { validateManifest, warmUpValidator } from '../../src/argo/validate.js';
import { GOLDEN, ROOT } from './helpers.js';

const CRD = '/work/shared/argo/argoproj.io_workflows.full.yaml';
const GENERATED = path.join(ROOT, 'src/argo/crd-validator.generated.js');
type Obj = Record<string, any>;
type AjvClass = typeof import('ajv').Ajv;
const Ajv: AjvClass = (AjvImport as unknown as { default?: AjvClass }).default ?? (AjvImport as unknown as AjvClass);
const addFormats = ((formatsImport as unknown as { default?: unknown }).default ?? formatsImport) as (ajv: InstanceType<AjvClass>) => void;

const crdText = readFileSync(CRD, 'utf8');
const sha = createHash('sha256').update(crdText).digest('hex');
const derived = deriveCrdSchema(crdText);

describe('precompiled CRD validator', () => {
  test('src/argo/crd-validator.generated.js is in sync with the derived schema (regenerate: node test/argo/generate-crd-validator.mjs, or UPDATE_VALIDATOR=1)', () => {
    const expected = renderValidatorModule(derived, sha);
    if (process.env.UPDATE_VALIDATOR) writeFileSync(GENERATED, expected);
    const actual = readFileSync(GENERATED, 'utf8');
    // Compare sizes and digests first: a 1 MB string diff is unreadable in jest's output.
    expect({ bytes: actual.length, sha256: createHash('sha256').update(actual).digest('hex') }).toEqual({
      bytes: expected.length,
      sha256: createHash('sha256').update(expected).digest('hex'),
    });
  });

  test('the module imports nothing but ajv-formats format functions, and carries the CEL and list sites', () => {
    const text = readFileSync(GENERATED, 'utf8');
    expect(text).not.toMatch(/\brequire\(/);
    expect([...text.matchAll(/^\s*import\b.*$/gm)].map((m) => m[0])).toEqual(["import { fullFormats } from 'ajv-formats/dist/formats.js';"]);
    expect(CEL_SITES).toEqual(derived.cel);
    expect(LIST_SITES).toEqual(derived.lists);
  });

  test('every CEL rule parses (they are parsed lazily at run time)', () => {
    for (const site of CEL_SITES) for (const r of site.rules) expect(() => parseCel(r.rule)).not.toThrow();
    expect(() => warmUpValidator()).not.toThrow();
  });

  test('same problems as the schema compiled at run time, on golden manifests and mutations of them', () => {
    // The run-time compilation validate.ts did before (Ajv defaults: $defs inlined where possible).
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv);
    const runtime = ajv.compile(derived.schema);
    const key = (errors: ErrorObject[] | null | undefined) =>
      (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)} ${e.message}`).sort();
    const cases = mutations();
    expect(cases.length).toBeGreaterThan(300);
    let invalid = 0;
    for (const { name, manifest } of cases) {
      const a = runtime(manifest);
      const b = precompiled(manifest);
      expect({ name, valid: b, errors: key(precompiled.errors) }).toEqual({ name, valid: a, errors: key(runtime.errors) });
      if (!a) invalid++;
    }
    expect(invalid).toBeGreaterThan(cases.length / 2);
  });

  test('problems keep their path and message', () => {
    const m = manifestOf('fixture-every-node.yaml');
    m.spec.parallelism = '2';
    m.spec.templates[1].bogus = true;
    m.spec.podGC = { strategy: 'Sometimes' };
    const problems = validateManifest(m).join('\n');
    expect(problems).toMatch(/^\/spec\/parallelism: must be integer$/m);
    expect(problems).toMatch(/^\/spec\/templates\/1: unknown field "bogus"$/m);
    expect(problems).toMatch(/^\/spec\/podGC\/strategy: must be equal to one of the allowed values: \[/m);
  });
});

function manifestOf(file: string): Obj {
  return parse(readFileSync(path.join(GOLDEN, file), 'utf8'), { version: '1.1' }) as Obj;
}

/** Every golden manifest, plus deterministic mutations of each: an unknown field, a wrong type, a bad enum, a removed key. */
function mutations(): { name: string; manifest: unknown }[] {
  const out: { name: string; manifest: unknown }[] = [];
  for (const file of readdirSync(GOLDEN).filter((f) => f.endsWith('.yaml')).sort()) {
    const base = manifestOf(file);
    out.push({ name: file, manifest: base });
    const wf = base.kind === 'CronWorkflow' ? { apiVersion: base.apiVersion, kind: 'Workflow', metadata: base.metadata, spec: base.spec.workflowSpec } : base;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      paths.push(p);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(wf, []);
    // About 30 nodes spread over each file, cycling through the mutations.
    const step = Math.max(1, Math.floor(paths.length / 30));
    paths.forEach((p, i) => {
      if (i % step !== 0) return;
      const m = structuredClone(wf) as Obj;
      const parent = p.slice(0, -1).reduce<any>((o, k) => o[k], m);
      const last = p.at(-1);
      const target = p.reduce<any>((o, k) => o[k], m);
      switch ((i / step) % 5) {
        case 0:
          if (target && typeof target === 'object' && !Array.isArray(target)) target.notAField = 1;
          else if (last !== undefined) parent[last] = { notAField: 1 };
          break;
        case 1:
          if (last !== undefined) parent[last] = typeof target === 'string' ? 12 : 'text';
          break;
        case 2:
          if (last !== undefined) parent[last] = Array.isArray(target) ? {} : [target];
          break;
        case 3:
          if (last !== undefined && !Array.isArray(parent)) delete parent[last];
          break;
        default:
          if (last !== undefined) parent[last] = typeof target === 'number' ? -1.5 : typeof target === 'boolean' ? 'yes' : null;
      }
      out.push({ name: `${file} ${(i / step) % 5} /${p.join('/')}`, manifest: m });
    });
  }
  return out;
}
