/**
 * Offline validation of a generated Argo manifest (argo-target.md §2), in layers:
 *
 * 1. the v4.1.2 full Workflow CRD schema made strict (unknown fields rejected), with Ajv, plus its 32 CEL
 *    rules evaluated with @marcbachmann/cel-js and `x-kubernetes-list-type: map|set` uniqueness — what a
 *    kube-apiserver with `fieldValidation: Strict` does. The schema is the compact derivative of
 *    `crd-derive.ts`, compiled ahead of time by Ajv's standalone code generation into
 *    `crd-validator.generated.js` (test/argo/generate-crd-validator.mjs; validator-sync.test.ts keeps it in
 *    sync), so no Ajv compilation happens at run time; each CEL rule is parsed on its first use;
 * 2. metadata rules the CRD does not cover (name, generateName, labels, annotations);
 * 3. the controller's graph rules: entrypoint and referenced templates exist, `depends` operands exist in the
 *    same DAG, no cycles, unique names, lowercase letter-first names, `{{tasks.X}}` references point at
 *    ancestors, inputs supplied, caps (200 templates, 1..200 tasks per DAG), and the 1 MiB size budget.
 *
 * `CronWorkflow` manifests are checked through their `workflowSpec`.
 */
import type { ErrorObject } from 'ajv';
import { parse as parseCel } from '@marcbachmann/cel-js';
// Ajv's standalone validator (`validate.errors` holds the problems of the last call) and the CEL / list sites.
import { CEL_SITES as celSites, LIST_SITES as lists, validate } from './crd-validator.generated.js';

type Obj = Record<string, unknown>;

export const MAX_WORKFLOW_BYTES = 1024 * 1024;
export const WARN_WORKFLOW_BYTES = 512 * 1024;

type CelFn = (ctx: { self: unknown }) => unknown;
/** Parsed CEL rules by source text, filled on first use (a rule whose site a manifest never reaches is never parsed). */
const celCache = new Map<string, CelFn>();

function celRule(rule: string): CelFn {
  let fn = celCache.get(rule);
  if (!fn) {
    const expr = parseCel(rule);
    fn = (ctx) => expr(ctx as never);
    celCache.set(rule, fn);
  }
  return fn;
}

/** Parses every CEL rule now (a few ms); otherwise each is parsed on its first use. The schema validator is precompiled. */
export function warmUpValidator(): void {
  for (const site of celSites) for (const r of site.rules) celRule(r.rule);
}

/** Every problem found in `manifest` (a Workflow or CronWorkflow); empty when it is valid. */
export function validateManifest(manifest: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(manifest)) return ['manifest is not an object'];
  const kind = manifest.kind;
  let wf: Obj = manifest;
  if (kind === 'CronWorkflow') {
    const spec = manifest.spec;
    if (!isObj(spec) || !isObj(spec.workflowSpec)) return ['CronWorkflow has no spec.workflowSpec'];
    const schedules = spec.schedules;
    if (!(Array.isArray(schedules) && schedules.length) && typeof spec.schedule !== 'string') problems.push('/spec: a CronWorkflow needs schedules');
    const md = isObj(manifest.metadata) ? manifest.metadata : {};
    if (typeof md.name !== 'string' || !md.name) problems.push('/metadata/name: a CronWorkflow needs a name');
    else if (md.name.length > 52) problems.push(`/metadata/name: '${md.name}' is longer than 52 characters (CronWorkflow limit)`);
    wf = { apiVersion: manifest.apiVersion, kind: 'Workflow', metadata: { ...md, name: typeof md.name === 'string' ? md.name : 'x' }, spec: spec.workflowSpec };
    problems.push(...validateWorkflow(wf, '/spec/workflowSpec').filter((p) => !p.startsWith('/metadata')));
    return problems;
  }
  if (kind !== 'Workflow') return [`kind must be Workflow or CronWorkflow, got ${JSON.stringify(kind)}`];
  return validateWorkflow(wf, '/spec');
}

function validateWorkflow(wf: Obj, specPath: string): string[] {
  const problems: string[] = [];
  const rebase = (p: string) => (p.startsWith('/spec') ? specPath + p.slice('/spec'.length) : p);
  // Layer 1: schema.
  if (!validate(wf)) problems.push(...formatAjvErrors(validate.errors ?? []).map(rebase));
  // Layer 1: CEL rules and list uniqueness, on a plain-JSON copy (cel-js checks prototypes, which differ for
  // objects made in another realm, e.g. by structuredClone under a VM context).
  const plain = JSON.parse(JSON.stringify(wf)) as Obj;
  for (const site of celSites) {
    for (const hit of at(plain, site.path)) {
      for (const rule of site.rules) {
        let ok: unknown;
        try {
          ok = celRule(rule.rule)({ self: hit.value });
        } catch (err) {
          ok = `error: ${(err as Error).message}`;
        }
        if (ok !== true) problems.push(rebase(`/${hitPath(hit)}: ${rule.message}${typeof ok === 'string' ? ` (${ok})` : ''}`));
      }
    }
  }
  for (const site of lists) {
    for (const hit of at(wf, site.path)) {
      const value = hit.value;
      if (!Array.isArray(value)) continue;
      const seen = new Set<string>();
      for (const item of value) {
        const key = site.type === 'set' ? JSON.stringify(item) : JSON.stringify((site.keys ?? []).map((k) => (isObj(item) ? item[k] : undefined)));
        if (seen.has(key)) problems.push(rebase(`/${hitPath(hit)}: duplicate entry ${key}`));
        seen.add(key);
      }
    }
  }
  // Layer 2: metadata.
  problems.push(...checkMetadata(wf.metadata));
  // Layer 3: graph rules.
  if (isObj(wf.spec)) problems.push(...lintSpec(wf.spec).map(rebase));
  // Size.
  const size = Buffer.byteLength(JSON.stringify(wf));
  if (size >= MAX_WORKFLOW_BYTES) problems.push(`the manifest is ${size} bytes of JSON; Argo's limit is ${MAX_WORKFLOW_BYTES}`);
  return [...new Set(problems)];
}

function formatAjvErrors(errors: ErrorObject[]): string[] {
  const out: string[] = [];
  for (const e of errors) {
    // anyOf branches (int-or-string) produce one error per branch plus the anyOf; keep the anyOf only.
    if (e.keyword === 'type' && errors.some((o) => o.keyword === 'anyOf' && o.instancePath === e.instancePath)) continue;
    let msg = e.message ?? e.keyword;
    if (e.keyword === 'additionalProperties') msg = `unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    if (e.keyword === 'enum') msg += `: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
    out.push(`${e.instancePath || '/'}: ${msg}`);
  }
  return out;
}

/** A data node reached by `at`: its value and, for error messages only, the chain of keys that led to it. */
interface Hit {
  value: unknown;
  parent: Hit | undefined;
  key: string;
}

/** The concrete path of a hit, as `a/b/0/c` (built only when a problem is reported). */
function hitPath(h: Hit): string {
  const keys: string[] = [];
  for (let c: Hit | undefined = h; c?.parent; c = c.parent) keys.push(c.key);
  return keys.reverse().join('/');
}

/** The data nodes at a site path (`*` = array items, `{}` = map values). */
function at(root: unknown, path: string[]): Hit[] {
  let current: Hit[] = [{ value: root, parent: undefined, key: '' }];
  for (const seg of path) {
    const next: Hit[] = [];
    for (const c of current) {
      const v = c.value;
      if (seg === '*') {
        if (Array.isArray(v)) for (let i = 0; i < v.length; i++) next.push({ value: v[i], parent: c, key: String(i) });
      } else if (seg === '{}') {
        if (isObj(v)) for (const k of Object.keys(v)) next.push({ value: v[k], parent: c, key: k });
      } else if (isObj(v) && v[seg] !== undefined) {
        next.push({ value: v[seg], parent: c, key: seg });
      }
    }
    current = next;
    if (!current.length) break;
  }
  return current;
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function checkMetadata(md: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(md)) return ['/metadata: missing'];
  const { name, generateName, labels, annotations, namespace } = md;
  if (name === undefined && generateName === undefined) problems.push('/metadata: needs name or generateName');
  if (name !== undefined) {
    if (typeof name !== 'string' || !DNS_SUBDOMAIN.test(name)) problems.push(`/metadata/name: ${JSON.stringify(name)} is not a lowercase DNS-1123 subdomain`);
    else if (name.length > 63) problems.push(`/metadata/name: '${name}' is longer than 63 characters (it is used as a label value)`);
  }
  if (generateName !== undefined) {
    if (typeof generateName !== 'string' || !/^[a-z0-9]([-a-z0-9.]*)?$/.test(generateName)) problems.push(`/metadata/generateName: ${JSON.stringify(generateName)} is not a lowercase DNS-1123 prefix`);
    else if (generateName.length > 58) problems.push(`/metadata/generateName: '${generateName}' is longer than 58 characters`);
  }
  if (namespace !== undefined && (typeof namespace !== 'string' || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || namespace.length > 63)) {
    problems.push(`/metadata/namespace: ${JSON.stringify(namespace)} is not a DNS-1123 label`);
  }
  if (labels !== undefined) {
    if (!isObj(labels)) problems.push('/metadata/labels: must be a map');
    else
      for (const [k, v] of Object.entries(labels)) {
        if (!LABEL_KEY.test(k) || k.split('/').at(-1)!.length > 63) problems.push(`/metadata/labels: invalid key '${k}'`);
        if (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v)) problems.push(`/metadata/labels/${k}: invalid value ${JSON.stringify(v)} (≤ 63 characters, alphanumeric, '-', '_', '.')`);
      }
  }
  if (annotations !== undefined) {
    if (!isObj(annotations)) problems.push('/metadata/annotations: must be a map');
    else {
      let size = 0;
      for (const [k, v] of Object.entries(annotations)) {
        if (typeof v !== 'string') problems.push(`/metadata/annotations/${k}: must be a string`);
        size += k.length + String(v).length;
      }
      if (size > 256 * 1024) problems.push(`/metadata/annotations: ${size} bytes in total (limit 262144)`);
    }
  }
  return problems;
}

/* -------------------------------------------------------------------------------- layer 3 */

const NAME = /^[a-z][-a-z0-9]*$/;

/** Parses an Argo `depends` expression; returns the task names it mentions, or an error. */
export function dependsOperands(expr: string): { names: string[]; error?: string } {
  const names: string[] = [];
  const tokens = expr.match(/\s*(\|\||&&|!|\(|\)|[A-Za-z0-9_-]+(?:\.[A-Za-z]+)?)\s*/gy);
  if (!tokens || tokens.join('').length !== expr.length) return { names, error: `cannot parse depends '${expr}'` };
  const results = new Set(['Succeeded', 'Failed', 'Errored', 'Skipped', 'Omitted', 'Daemoned', 'AnySucceeded', 'AllFailed']);
  let depth = 0;
  let expectOperand = true;
  for (const raw of tokens) {
    const t = raw.trim();
    if (t === '(') {
      if (!expectOperand) return { names, error: `unexpected '(' in depends '${expr}'` };
      depth++;
    } else if (t === ')') {
      if (expectOperand || --depth < 0) return { names, error: `unbalanced ')' in depends '${expr}'` };
    } else if (t === '!') {
      if (!expectOperand) return { names, error: `unexpected '!' in depends '${expr}'` };
    } else if (t === '&&' || t === '||') {
      if (expectOperand) return { names, error: `unexpected '${t}' in depends '${expr}'` };
      expectOperand = true;
    } else {
      if (!expectOperand) return { names, error: `missing operator in depends '${expr}'` };
      const [name, result] = t.split('.');
      if (result && !results.has(result)) return { names, error: `unknown task result '${result}' in depends '${expr}'` };
      names.push(name!);
      expectOperand = false;
    }
  }
  if (expectOperand || depth !== 0) return { names, error: `incomplete depends '${expr}'` };
  return { names };
}

function lintSpec(spec: Obj): string[] {
  const problems: string[] = [];
  const templates = Array.isArray(spec.templates) ? (spec.templates as Obj[]) : [];
  if (!templates.length) problems.push('/spec/templates: no templates');
  if (templates.length > 200) problems.push(`/spec/templates: ${templates.length} templates (max 200)`);
  const byName = new Map<string, Obj>();
  templates.forEach((t, i) => {
    const name = String(t.name ?? '');
    if (!NAME.test(name)) problems.push(`/spec/templates/${i}/name: '${name}' must be lowercase [a-z0-9-] starting with a letter`);
    if (name.length > 128) problems.push(`/spec/templates/${i}/name: longer than 128 characters`);
    if (byName.has(name)) problems.push(`/spec/templates/${i}/name: duplicate template '${name}'`);
    byName.set(name, t);
  });
  const entry = spec.entrypoint;
  if (typeof entry !== 'string' || !byName.has(entry)) problems.push(`/spec/entrypoint: template ${JSON.stringify(entry)} does not exist`);
  if (spec.onExit !== undefined && !byName.has(String(spec.onExit))) problems.push(`/spec/onExit: template '${String(spec.onExit)}' does not exist`);
  if (spec.activeDeadlineSeconds !== undefined && !(Number(spec.activeDeadlineSeconds) > 0)) problems.push('/spec/activeDeadlineSeconds: must be > 0');
  const wfParams = new Set(((spec.arguments as Obj | undefined)?.parameters as Obj[] | undefined)?.map((p) => String(p.name)) ?? []);

  templates.forEach((t, i) => {
    const where = `/spec/templates/${i}`;
    const container = t.container as Obj | undefined;
    if (container && (typeof container.image !== 'string' || !container.image)) problems.push(`${where}/container/image: must not be empty`);
    if (t.parallelism !== undefined && !t.dag && !t.steps) problems.push(`${where}/parallelism: only on dag or steps templates`);
    if (t.activeDeadlineSeconds !== undefined && !(Number(t.activeDeadlineSeconds) > 0) && !String(t.activeDeadlineSeconds).includes('{{')) problems.push(`${where}/activeDeadlineSeconds: must be > 0`);
    const inputs = new Set((((t.inputs as Obj | undefined)?.parameters as Obj[] | undefined) ?? []).map((p) => String(p.name)));
    // Every {{inputs.parameters.x}} / {{workflow.parameters.x}} used by the template must exist.
    const text = JSON.stringify({ ...t, dag: undefined });
    for (const m of text.matchAll(/\{\{\s*inputs\.parameters\.([-a-zA-Z0-9_]+)\s*\}\}/g)) if (!inputs.has(m[1]!)) problems.push(`${where}: uses inputs.parameters.${m[1]} which it does not declare`);
    for (const m of JSON.stringify(t).matchAll(/\{\{\s*workflow\.parameters\.([-a-zA-Z0-9_]+)\s*\}\}/g)) if (!wfParams.has(m[1]!)) problems.push(`${where}: uses workflow.parameters.${m[1]}, which is not a workflow argument`);
    const dag = t.dag as Obj | undefined;
    if (!dag) return;
    const tasks = Array.isArray(dag.tasks) ? (dag.tasks as Obj[]) : [];
    if (tasks.length > 200) problems.push(`${where}/dag/tasks: ${tasks.length} tasks (max 200)`);
    const names = new Map<string, Obj>();
    tasks.forEach((task, j) => {
      const n = String(task.name ?? '');
      if (!NAME.test(n)) problems.push(`${where}/dag/tasks/${j}/name: '${n}' must be lowercase [a-z0-9-] starting with a letter`);
      if (names.has(n)) problems.push(`${where}/dag/tasks/${j}/name: duplicate task '${n}'`);
      names.set(n, task);
    });
    const deps = new Map<string, string[]>();
    let usesDependencies = false;
    let usesDepends = false;
    tasks.forEach((task, j) => {
      const tw = `${where}/dag/tasks/${j}`;
      const n = String(task.name);
      if (task.dependencies !== undefined) usesDependencies = true;
      const list: string[] = [];
      if (typeof task.depends === 'string' && task.depends.trim()) {
        usesDepends = true;
        const { names: ops, error } = dependsOperands(task.depends);
        if (error) problems.push(`${tw}/depends: ${error}`);
        for (const op of ops) {
          if (!names.has(op)) problems.push(`${tw}/depends: task '${op}' does not exist in this DAG`);
          else list.push(op);
        }
      }
      for (const d of (task.dependencies as string[] | undefined) ?? []) {
        if (!names.has(d)) problems.push(`${tw}/dependencies: task '${d}' does not exist in this DAG`);
        else list.push(d);
      }
      deps.set(n, list);
      const tmplName = task.template;
      if (task.templateRef === undefined && task.inline === undefined) {
        const target = byName.get(String(tmplName));
        if (!target) problems.push(`${tw}/template: template '${String(tmplName)}' does not exist`);
        else {
          const supplied = new Set((((task.arguments as Obj | undefined)?.parameters as Obj[] | undefined) ?? []).map((p) => String(p.name)));
          for (const p of (((target.inputs as Obj | undefined)?.parameters as Obj[] | undefined) ?? [])) {
            if (p.value === undefined && p.default === undefined && !supplied.has(String(p.name))) problems.push(`${tw}: input parameter '${String(p.name)}' of template '${String(tmplName)}' is not supplied`);
          }
        }
      }
    });
    if (usesDependencies && usesDepends) problems.push(`${where}/dag: mixes 'depends' and 'dependencies'`);
    // Cycles.
    const state = new Map<string, number>();
    const visit = (n: string, trail: string[]): void => {
      const s = state.get(n);
      if (s === 2) return;
      if (s === 1) {
        problems.push(`${where}/dag: dependency cycle ${[...trail.slice(trail.indexOf(n)), n].join(' -> ')}`);
        return;
      }
      state.set(n, 1);
      for (const d of deps.get(n) ?? []) visit(d, [...trail, n]);
      state.set(n, 2);
    };
    for (const n of names.keys()) visit(n, []);
    // {{tasks.X...}} must name an ancestor.
    const ancestors = (n: string): Set<string> => {
      const out = new Set<string>();
      const stack = [...(deps.get(n) ?? [])];
      while (stack.length) {
        const d = stack.pop()!;
        if (out.has(d)) continue;
        out.add(d);
        stack.push(...(deps.get(d) ?? []));
      }
      return out;
    };
    tasks.forEach((task, j) => {
      const text = JSON.stringify(task);
      if (!text.includes('tasks.')) return;
      const anc = ancestors(String(task.name));
      for (const m of text.matchAll(/\{\{\s*tasks\.([-a-zA-Z0-9_]+)\./g)) {
        if (!anc.has(m[1]!)) problems.push(`${where}/dag/tasks/${j}: references tasks.${m[1]}, which is not an ancestor (missing dependency)`);
      }
    });
  });
  return problems;
}

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
