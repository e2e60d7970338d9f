/**
 * Initial parameters (runnable semantics §5.1): the parameters file (a YAML mapping; each top-level key a
 * json parameter; `RUNNABLE_PARAMETERS_FILE` replaces the path given), then `extra` (e.g. workflow_dispatch
 * inputs), then `RUNNABLE_PRM_<name>` overrides (name lower-cased, value JSON-decoded when possible, else
 * the string).
 */
import { ValidationError, type ValidationIssue } from '../errors.js';
import { loadYamlText, readSourceFile, sortIssues, type SourceDocument } from '../pipeline/yaml-source.js';
import { issueAt, show } from '../pipeline/zod-issues.js';
import { setOwn } from '../pipeline/own.js';
import { makeParameter, type Parameters } from '../runlog/model.js';
import { numberFromLiteral, parseJsonExact } from '../runlog/exact-json.js';

export interface LoadParametersOptions {
  /** The parameters file given by the user, relative to cwd. */
  file?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Applied over the file and under RUNNABLE_PRM_*. */
  extra?: Record<string, unknown>;
}

/**
 * Decodes an override: JSON when it parses (numbers kept exact: `1.0` stays a float, `2**70+1` an exact
 * int), otherwise the string itself.
 */
export function decodeOverride(value: string): unknown {
  try {
    return parseJsonExact(value);
  } catch {
    return value;
  }
}

/** `RUNNABLE_PRM_<name>` variables: name (lower-cased) → decoded value. */
export function parameterOverrides(env: Record<string, string | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith('RUNNABLE_PRM_') || v === undefined) continue;
    const name = k.slice('RUNNABLE_PRM_'.length).toLowerCase();
    if (name) setOwn(out, name, decodeOverride(v));
  }
  return out;
}

/**
 * Checks every value against what JSON (and so every task kind) can hold, and keeps numbers exact: a
 * number's own source text decides whether it is a float (`1.0`) and keeps integers beyond 2^53 digit for
 * digit. Refused, with their position: .inf/.nan, floats that under- or overflow (`1e-400` would silently
 * become 0.0), and binary or other non-JSON values. Iterative (values may be deeply nested).
 */
function exactValues(doc: SourceDocument, text: string, value: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const offsets = lineOffsets(text);
  const sourceOf = (path: (string | number)[]): string | undefined => {
    const pos = doc.locate(path, 'value');
    if (!pos || pos.endLine === undefined || pos.endColumn === undefined) return undefined;
    const from = offsets[pos.line - 1]! + pos.column - 1;
    const to = offsets[pos.endLine - 1]! + pos.endColumn - 1;
    return to > from ? text.slice(from, to) : undefined;
  };
  const stack: [unknown, (string | number)[], (v: unknown) => void][] = [];
  for (const k of Object.keys(value)) stack.push([value[k], [k], (v) => setOwn(value, k, v)]);
  while (stack.length) {
    const [v, path, set] = stack.pop()!;
    if (typeof v === 'number') {
      const src = sourceOf(path) ?? String(v);
      const r = numberFromLiteral(src, v);
      if ('error' in r) issues.push(issueAt(doc, path, 'value', `${r.error}; parameters must be JSON values`));
      else if (r.value !== v) set(r.value);
    } else if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i], (nv) => (v[i] = nv)]));
    else if (v instanceof Uint8Array || v instanceof Date || v instanceof Map || v instanceof Set) {
      issues.push(issueAt(doc, path, 'value', `a ${v.constructor.name} is not a JSON value; parameters must be JSON values (write binary data to a file in the catalog)`));
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) stack.push([(v as Record<string, unknown>)[k], [...path, k], (nv) => setOwn(v as Record<string, unknown>, k, nv)]);
    } else if (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function') {
      issues.push(issueAt(doc, path, 'value', `not a JSON value; parameters must be JSON values`));
    }
  }
  return issues;
}

function lineOffsets(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** Parses parameters YAML text: a mapping (or an empty file) → name → value. Throws ValidationError. */
export function parseParametersText(text: string, file: string): Record<string, unknown> {
  const doc = loadYamlText(text, file);
  const issues: ValidationIssue[] = [...doc.issues];
  const value = doc.value;
  let out: Record<string, unknown> = {};
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    issues.push(issueAt(doc, [], 'value', `expected a mapping of parameter names to values, got ${show(value)}`));
  } else if (value) {
    out = value as Record<string, unknown>;
    issues.push(...exactValues(doc, text, out));
  }
  if (issues.length) throw new ValidationError(sortIssues(issues), file);
  return out;
}

/** The initial parameters of a run (see the module comment). Throws InputFileError / ValidationError. */
export async function loadInitialParameters(opts: LoadParametersOptions): Promise<Parameters> {
  const file = opts.env.RUNNABLE_PARAMETERS_FILE || opts.file || undefined;
  const values: Record<string, unknown> = {};
  if (file) {
    const text = await readSourceFile(file, file, opts.cwd);
    for (const [k, v] of Object.entries(parseParametersText(text, file))) setOwn(values, k, v);
  }
  for (const [k, v] of Object.entries(opts.extra ?? {})) setOwn(values, k, v);
  for (const [k, v] of Object.entries(parameterOverrides(opts.env))) setOwn(values, k, v);
  const params: Parameters = {};
  for (const [k, v] of Object.entries(values)) setOwn(params, k, makeParameter('json', v));
  return params;
}
