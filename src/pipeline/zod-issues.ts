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

type AnyDef = { type: string; [k: string]: unknown };
function defOf(s: unknown): AnyDef | undefined {
  return (s as { _zod?: { def?: AnyDef } } | undefined)?._zod?.def;
}

/**
 * How the keys of an object may be written other than as its schema spells them (the argo config's snake_case):
 * `schemaKey` maps a written key to the schema's, `spell` a schema key to the other spelling.
 */
export interface KeySpelling {
  schemaKey: (written: string) => string;
  spell: (schemaKey: string) => string;
}
/** Keyed by the preprocessing transform of `z.pipe(z.transform(...), z.strictObject(...))`. */
const spellings = new WeakMap<object, KeySpelling>();

/**
 * Declares that `preprocess` renames the keys of the object it feeds as `spelling` says, so that issues (in
 * schema keys) are reported at, and named by, the keys the user wrote.
 */
export function renamesKeys<T extends object>(preprocess: T, spelling: KeySpelling): T {
  spellings.set(preprocess, spelling);
  return preprocess;
}

/** Unwraps optional/default/nullable/pipe wrappers; `found` gets the key spelling met on the way, if any. */
function unwrap(s: unknown, found?: { spelling?: KeySpelling }): unknown {
  for (let guard = 0; guard < 20; guard++) {
    const d = defOf(s);
    if (!d) return s;
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (d.type === 'pipe') {
      // A preprocess (transform → schema) is described by what it feeds; a postprocess by what it reads.
      const pre = defOf(d.in)?.type === 'transform';
      if (pre && found) found.spelling = spellings.get(d.in as object) ?? found.spelling;
      s = pre ? d.out : d.in;
    } else if (d.type === 'lazy') s = (d.getter as () => unknown)();
    else return s;
  }
  return s;
}

/** The schema one segment down from an unwrapped schema. */
function child(s: unknown, seg: PathSegment): unknown {
  const d = defOf(s);
  if (!d) return undefined;
  if (d.type === 'object') return (d.shape as Record<string, unknown>)[seg as string];
  if (d.type === 'array') return d.element;
  if (d.type === 'record') return d.valueType;
  return undefined;
}

/** The (unwrapped) schema at `path` inside `schema`, if it can be followed. */
export function schemaAt(schema: unknown, path: readonly PathSegment[]): unknown {
  let s = unwrap(schema);
  for (const seg of path) {
    s = child(s, seg);
    if (s === undefined) return undefined;
    s = unwrap(s);
  }
  return s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** True when `obj`'s keys are written in the other spelling (some key is not the schema's own). */
function writtenOtherwise(obj: unknown, spelling: KeySpelling | undefined): boolean {
  return !!spelling && isRecord(obj) && Object.keys(obj).some((k) => spelling.schemaKey(k) !== k);
}

/** An issue's path as the user wrote it, the value there, and the key spelling of the object it ends in. */
interface Written {
  path: PathSegment[];
  value: unknown;
  /** The spelling of the object at the end of the path (for the keys of an unknown-key issue). */
  spelling?: KeySpelling;
  /** The user writes keys in the other spelling (seen on the way down): name missing or listed keys so. */
  otherwise: boolean;
}

/**
 * Follows a schema path (zod's issue path) through the data the user wrote: a key the schema renames is
 * replaced by the key actually written (a missing one by its spelling in the style of the keys around it).
 */
export function writtenPath(schema: unknown, data: unknown, path: readonly PathSegment[]): Written {
  const found: { spelling?: KeySpelling } = {};
  let s = unwrap(schema, found);
  let cur = data;
  let otherwise = writtenOtherwise(cur, found.spelling);
  const out: PathSegment[] = [];
  for (const seg of path) {
    const spelling = found.spelling;
    let key: PathSegment = seg;
    if (typeof seg === 'string' && spelling && isRecord(cur) && !Object.hasOwn(cur, seg)) {
      const written = Object.keys(cur).find((k) => spelling.schemaKey(k) === seg);
      key = written ?? (otherwise ? spelling.spell(seg) : seg);
    }
    out.push(key);
    cur = cur !== null && typeof cur === 'object' && Object.hasOwn(cur, key) ? (cur as Record<string, unknown>)[key as string] : undefined;
    found.spelling = undefined;
    s = child(s, seg);
    s = s === undefined ? undefined : unwrap(s, found);
    otherwise ||= writtenOtherwise(cur, found.spelling);
  }
  return { path: out, value: cur, otherwise, ...(found.spelling ? { spelling: found.spelling } : {}) };
}

/** The keys an object schema at `path` accepts (for "unknown field" messages). */
export function objectKeysAt(schema: unknown, path: readonly PathSegment[]): string[] | undefined {
  const d = defOf(schemaAt(schema, path));
  if (d?.type === 'object') return Object.keys(d.shape as Record<string, unknown>);
  return undefined;
}

function isInt(s: unknown): boolean {
  const d = defOf(s);
  return d?.type === 'number' && typeof d.format === 'string' && d.format.includes('int');
}

function isIntAt(schema: unknown, path: readonly PathSegment[]): boolean {
  return isInt(schemaAt(schema, path));
}

/**
 * `['an integer', 'a string']` when every option of a union refused the value for its type alone (e.g. a
 * Kubernetes int-or-string), so the message can say what would do; undefined otherwise.
 */
function unionKinds(iss: z.core.$ZodIssue, schema: unknown, rel: readonly PathSegment[]): string[] | undefined {
  const errors = (iss as { errors?: z.core.$ZodIssue[][] }).errors;
  const options = defOf(schemaAt(schema, rel))?.options as unknown[] | undefined;
  if (!errors?.length || options?.length !== errors.length) return undefined;
  const kinds: string[] = [];
  for (const [i, errs] of errors.entries()) {
    const e = errs[0];
    if (errs.length !== 1 || e?.code !== 'invalid_type' || e.path.length) return undefined;
    const kind = isInt(unwrap(options[i])) ? EXPECTED.int : EXPECTED[e.expected];
    if (!kind) return undefined;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
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
    const written = writtenPath(ctx.schema, data, rel);
    const path = [...ctx.base, ...written.path];
    const input = written.value;
    const better = ctx.rewrite?.(iss.code, rel, input) ?? commonMistake(iss.code, rel, input);
    if (better !== undefined) {
      out.push(issueAt(ctx.doc, path, iss.code === 'unrecognized_keys' ? 'key' : 'value', better));
      continue;
    }
    switch (iss.code) {
      case 'unrecognized_keys': {
        const allowed = objectKeysAt(ctx.schema, rel);
        const where = rel.length === 0 && ctx.label ? ` for ${ctx.label}` : '';
        const spelling = written.spelling;
        for (const schemaKey of iss.keys) {
          // zod names the key after renaming (argo: snake → camel); name it as written, list the keys alike.
          const key = (isRecord(input) && spelling && Object.keys(input).find((k) => spelling.schemaKey(k) === schemaKey)) || schemaKey;
          const snakeLike = spelling && (spelling.schemaKey(key) !== key || written.otherwise);
          const shown = allowed && snakeLike ? allowed.map(spelling.spell) : allowed;
          const list = !shown ? '' : shown.length ? ` (expected one of: ${shown.join(', ')})` : ' (it takes no settings)';
          out.push(issueAt(ctx.doc, [...path, key], 'key', `unknown field '${key}'${where}${list}${shown ? suggestion(key, shown) : ''}`));
        }
        break;
      }
      case 'invalid_type': {
        if (input === undefined && rel.length > 0) {
          out.push(issueAt(ctx.doc, path, 'key', `missing required field '${String(path[path.length - 1])}'`));
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
        const values = (iss.values as unknown[]).map((v) => (v === '' ? "''" : String(v))); // an empty choice must show
        out.push(issueAt(ctx.doc, path, 'value', `expected one of ${values.join(', ')}, got ${show(input)}`));
        break;
      }
      case 'invalid_union': {
        const kinds = unionKinds(iss, ctx.schema, rel);
        out.push(issueAt(ctx.doc, path, 'value', kinds ? `expected ${kinds.join(' or ')}, got ${show(input)}` : `unexpected value ${show(input)}`));
        break;
      }
      default:
        // custom refinements and formats carry our own messages
        out.push(issueAt(ctx.doc, path, 'value', iss.message));
    }
  }
  return out;
}
