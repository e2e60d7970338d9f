/**
 * Turns zod issues into ValidationIssues: a message that says what was expected, the dotted path inside the
 * document, and the line/column of the offending key or value (from the SourceDocument).
 */
import { suggestion } from './did-you-mean.js';
import type * as z from 'zod/mini';
import type { ValidationIssue } from '../errors.js';
import type { PathSegment, Position, SourceDocument } from './yaml-source.js';

/** `'abc'`, `3`, `true`, `null`, `a list`, `a mapping`: how a value is named in messages. */
export function show(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `'${v.length > 60 ? v.slice(0, 57) + '...' : v}'`;
  return String(v);
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean (true or false)',
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  null: 'null',
};

export function pathText(path: readonly PathSegment[]): string {
  return path.map(String).join('.');
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

type AnyDef = { type: string; [k: string]: unknown };
function defOf(s: unknown): AnyDef | undefined {
  return (s as { _zod?: { def?: AnyDef } } | undefined)?._zod?.def;
}

/** Unwraps optional/default/nullable/pipe wrappers. */
function unwrap(s: unknown): unknown {
  for (let guard = 0; guard < 20; guard++) {
    const d = defOf(s);
    if (!d) return s;
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (d.type === 'pipe') s = d.in;
    else if (d.type === 'lazy') s = (d.getter as () => unknown)();
    else return s;
  }
  return s;
}

/** The (unwrapped) schema at `path` inside `schema`, if it can be followed. */
export function schemaAt(schema: unknown, path: readonly PathSegment[]): unknown {
  let s = unwrap(schema);
  for (const seg of path) {
    const d = defOf(s);
    if (!d) return undefined;
    if (d.type === 'object') s = (d.shape as Record<string, unknown>)[seg as string];
    else if (d.type === 'array') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else return undefined;
    s = unwrap(s);
  }
  return s;
}

/** The keys an object schema at `path` accepts (for "unknown field" messages). */
export function objectKeysAt(schema: unknown, path: readonly PathSegment[]): string[] | undefined {
  const d = defOf(schemaAt(schema, path));
  if (d?.type === 'object') return Object.keys(d.shape as Record<string, unknown>);
  return undefined;
}

function isIntAt(schema: unknown, path: readonly PathSegment[]): boolean {
  const d = defOf(schemaAt(schema, path));
  return d?.type === 'number' && typeof d.format === 'string' && d.format.includes('int');
}

/** Messages for mistakes common enough to deserve their own. */
function commonMistake(code: string, rel: readonly PathSegment[], input: unknown): string | undefined {
  const n = rel.length;
  if (code === 'invalid_type' && n >= 2 && rel[n - 2] === 'returns' && typeof rel[n - 1] === 'number' && typeof input === 'string') {
    return `expected a mapping {name, kind}, got the bare string '${input}' (in YAML write '- name: ${input}')`;
  }
  return undefined;
}

export interface IssueContext {
  doc: SourceDocument;
  /** Where the validated value sits in the document. */
  base: readonly PathSegment[];
  /** The schema that was used (to list accepted keys). */
  schema: unknown;
  /** e.g. `a task node`: used as "unknown field 'x' for a task node". */
  label?: string;
  /** A better message for an issue (by zod code, path relative to the validated value, and input), if any. */
  rewrite?: (code: string, rel: readonly PathSegment[], input: unknown) => string | undefined;
}

export function issueAt(doc: SourceDocument, path: readonly PathSegment[], which: 'key' | 'value', message: string): ValidationIssue {
  const pos: Position | undefined = doc.locate(path, which);
  return { file: doc.file, ...(pos ?? {}), path: pathText(path), message };
}

/** Converts every zod issue (expanding unknown-key issues to one per key). */
export function fromZod(error: z.core.$ZodError, data: unknown, ctx: IssueContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const iss of error.issues) {
    const rel = iss.path as PathSegment[];
    const path = [...ctx.base, ...rel];
    const input = valueAt(data, rel);
    const better = ctx.rewrite?.(iss.code, rel, input) ?? commonMistake(iss.code, rel, input);
    if (better !== undefined) {
      out.push(issueAt(ctx.doc, path, iss.code === 'unrecognized_keys' ? 'key' : 'value', better));
      continue;
    }
    switch (iss.code) {
      case 'unrecognized_keys': {
        const allowed = objectKeysAt(ctx.schema, rel);
        const where = rel.length === 0 && ctx.label ? ` for ${ctx.label}` : '';
        for (const key of iss.keys) {
          const list = !allowed ? '' : allowed.length ? ` (expected one of: ${allowed.join(', ')})` : ' (it takes no settings)';
          out.push(issueAt(ctx.doc, [...path, key], 'key', `unknown field '${key}'${where}${list}${allowed ? suggestion(key, allowed) : ''}`));
        }
        break;
      }
      case 'invalid_type': {
        if (input === undefined && rel.length > 0) {
          out.push(issueAt(ctx.doc, path, 'key', `missing required field '${String(rel[rel.length - 1])}'`));
        } else {
          const exp = iss.expected === 'number' && isIntAt(ctx.schema, rel) ? EXPECTED.int : (EXPECTED[iss.expected] ?? iss.expected);
          out.push(issueAt(ctx.doc, path, 'value', `expected ${exp}, got ${show(input)}`));
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = iss.code === 'too_small';
        const limit = small ? (iss as { minimum: number | bigint }).minimum : (iss as { maximum: number | bigint }).maximum;
        const inclusive = iss.inclusive !== false;
        let message: string;
        if (iss.origin === 'string') message = small && Number(limit) === 1 ? 'must not be empty' : `expected ${small ? 'at least' : 'at most'} ${limit} characters`;
        else if (iss.origin === 'array' || iss.origin === 'set') message = `expected ${small ? 'at least' : 'at most'} ${limit} item${Number(limit) === 1 ? '' : 's'}`;
        else {
          const op = small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
          const kind = isIntAt(ctx.schema, rel) ? 'an integer' : 'a number';
          message = `expected ${kind} ${op} ${limit}, got ${show(input)}`;
        }
        out.push(issueAt(ctx.doc, path, 'value', message));
        break;
      }
      case 'invalid_value': {
        const values = (iss.values as unknown[]).map((v) => String(v));
        out.push(issueAt(ctx.doc, path, 'value', `expected one of ${values.join(', ')}, got ${show(input)}`));
        break;
      }
      case 'invalid_union':
        out.push(issueAt(ctx.doc, path, 'value', `unexpected value ${show(input)}`));
        break;
      default:
        // custom refinements and formats carry our own messages
        out.push(issueAt(ctx.doc, path, 'value', iss.message));
    }
  }
  return out;
}
