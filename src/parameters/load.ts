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

export interface LoadParametersOptions {
  /** The parameters file given by the user, relative to cwd. */
  file?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Applied over the file and under RUNNABLE_PRM_*. */
  extra?: Record<string, unknown>;
}

/** Decodes an override: JSON when it parses, otherwise the string itself. */
export function decodeOverride(value: string): unknown {
  try {
    return JSON.parse(value);
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

/** Finds values YAML can hold but JSON cannot (.inf, .nan), iteratively. */
function nonJsonIssues(doc: SourceDocument, value: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) issues.push(issueAt(doc, path, 'value', `${v} is not a JSON number; parameters must be JSON values`));
    else if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i]]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push([x, [...path, k]]);
  }
  return issues;
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
    issues.push(...nonJsonIssues(doc, out));
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
