/**
 * Safe YAML loading with source positions, shared by the pipeline, config and parameters readers (the only
 * place user YAML is parsed).
 *
 * The `yaml` library's own checks that we use (loadYamlText): syntax, the YAML 1.2 core schema with `<<`
 * merge keys (`schema: 'core', merge: true, strict: true`), unknown tags such as `!!python/object` (its
 * TAG_RESOLVE_FAILED warning, reported as an error at its position with our wording), and its parse errors
 * (an unterminated quote is moved to where the quote opens).
 *
 * Ours, each because the library does not do it, or not within bounds:
 * - size (1 MiB), binary junk (NUL and other control characters, invalid UTF-8), one document only;
 * - nesting depth (100), checked on the CST without recursion before its recursive composer sees the
 *   document (it has no limit: a stack overflow), and runs of node tokens its parser handles in quadratic
 *   time (parseCst);
 * - duplicate keys: its `uniqueKeys` check compares each key with every earlier key of the mapping
 *   (`items.some` per key), quadratic: 20,000 keys took 15 s instead of 3.4 s to compose, and a 1 MiB
 *   mapping (~80,000 keys) minutes. So it is off and checkNodes finds duplicates with one Map per mapping,
 *   comparing keys as the JS object will (`1` and `'1'` collide, merge keys never), and says where the key
 *   was first defined. test/pipeline/yaml-safety.test.ts checks that we report every duplicate it would.
 * - aliases: `maxAliasCount` applies only in its `toJS`, whose alias resolution scans the anchors before
 *   each alias (quadratic in their number), shares one object between every use of an anchor and reports
 *   an unknown alias without a position. We only compose, and resolve aliases in one linear pass
 *   (checkNodes): unknown and self-containing aliases at their position, expansion bounded by the nodes
 *   aliases add (MAX_ALIAS_EXPANSION: an alias bomb fails fast), plain own-property objects built from it
 *   (`__proto__` is data).
 * - every issue carries the 1-based line and column of the offending key or value.
 */
import { statSync } from 'node:fs';
import { readRegularFileSync } from '../fs-read.js';
import { resolve as resolvePath } from 'node:path';
import {
  CST,
  Composer,
  Lexer,
  LineCounter,
  Parser,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import { InputFileError, ValidationError, type ValidationIssue } from '../errors.js';
import { setOwn } from './own.js';

/** Largest file we read (bytes). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Deepest nesting of collections we accept. */
export const MAX_DEPTH = 100;
/** Most nodes aliases may add to a document when expanded (anchors reused). */
export const MAX_ALIAS_EXPANSION = 100_000;

export type PathSegment = string | number;

/** A position: 1-based line and column, as ValidationIssue carries them. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A loaded YAML document: its JS value and a way to find positions of paths in it. */
export interface SourceDocument {
  file: string;
  /** The document as plain JSON-like data (aliases expanded, merge keys applied); undefined when empty. */
  value: unknown;
  /** Non-fatal problems found while loading (duplicate keys), to report with the schema's issues. */
  issues: ValidationIssue[];
  /**
   * Where the thing at `path` is. `key`: the mapping key (falls back to the value for list items);
   * `value`: the value (falls back to the key when the value is empty). Resolves through aliases and merge
   * keys; when the path does not fully exist, returns the position of the deepest part that does.
   */
  locate(path: readonly PathSegment[], which: 'key' | 'value'): Position | undefined;
}

/** A locator that knows nothing: for documents built in code (the SDK). */
export function noPositions(file: string, value: unknown): SourceDocument {
  return { file, value, issues: [], locate: () => undefined };
}

export interface LoadOptions {
  /** Message for a duplicate key; default `duplicate key 'k' (first defined at line L)`. */
  duplicateKeyMessage?: (path: readonly PathSegment[], key: string, firstLine: number) => string;
}

function humanBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${n} bytes`;
}

/** Line/column (1-based) of a character offset in `text`, without a LineCounter. */
function posOfOffset(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Rejects NUL bytes and other C0 control characters (except tab, LF, CR) that YAML forbids. */
function checkText(text: string, file: string): void {
  // eslint-disable-next-line no-control-regex
  const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/.exec(text);
  if (!m) return;
  const code = m[0].charCodeAt(0);
  const what = code === 0 ? 'a NUL byte' : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new ValidationError([
    { file, ...posOfOffset(text, m.index), path: '', message: `the file contains ${what}; it looks like binary data, not YAML text` },
  ], file);
}

/**
 * Reads a text file the user named: InputFileError when it cannot be read, ValidationError when it is too
 * large, binary or not UTF-8. A leading BOM is dropped. `display` is the name used in messages.
 */
export async function readSourceFile(path: string, display = path, cwd?: string): Promise<string> {
  const abs = cwd ? resolvePath(cwd, path) : path;
  let size: number;
  try {
    const st = statSync(abs);
    if (st.isDirectory()) throw new InputFileError(display, 'it is a directory, not a file');
    size = st.size;
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    throw new InputFileError(display, fsReason(e), { cause: e });
  }
  if (size > MAX_FILE_BYTES) throw tooLarge(display, size);
  // Only a regular file, never more than the limit (not /dev/zero, never blocking on a FIFO): src/fs-read.ts.
  const read = readRegularFileSync(abs, MAX_FILE_BYTES, display);
  if (read.tooLarge !== undefined) throw tooLarge(display, read.tooLarge);
  const buf = read.data;
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    const before = new TextDecoder('utf-8').decode(buf.subarray(0, nul));
    throw new ValidationError([
      { file: display, ...posOfOffset(before, before.length), path: '', message: 'the file contains a NUL byte; it looks like binary data, not YAML text' },
    ], display);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(buf);
    const at = lossy.indexOf('\uFFFD');
    throw new ValidationError([
      { file: display, ...posOfOffset(lossy, Math.max(at, 0)), path: '', message: 'the file is not valid UTF-8 text; it looks like binary data, not YAML' },
    ], display);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

function tooLarge(file: string, size: number): ValidationError {
  return new ValidationError([
    { file, line: 1, column: 1, path: '', message: `the file is ${humanBytes(size)}, larger than the ${humanBytes(MAX_FILE_BYTES)} limit` },
  ], file);
}

function fsReason(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  return e instanceof Error ? e.message : String(e);
}

/** Position of a node's range in the LineCounter's text. */
function rangePos(lc: LineCounter, range: readonly number[] | null | undefined): Position | undefined {
  if (!range) return undefined;
  const a = lc.linePos(range[0]!);
  const b = lc.linePos(range[1] ?? range[0]!);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

interface CstLike {
  type?: string;
  offset?: number;
  value?: CstLike;
  items?: { key?: CstLike | null; value?: CstLike | null }[];
}

/** Most node tokens (anchors, tags, aliases, scalars) in a row without an indicator between them. */
const MAX_RUN = 10;

/**
 * Lexes and parses to the CST, feeding the parser token by token and stopping early on pathological input
 * the parser handles in quadratic time: flow collections or compact block indicators (`- - - -`) nested
 * deeper than MAX_DEPTH, long runs of anchors/tags/aliases/values. The lexer is linear, so these fail fast.
 */
function parseCst(text: string, lc: LineCounter, file: string): CST.Token[] {
  const parser = new Parser(lc.addNewLine);
  lc.addNewLine(0);
  const tokens: CST.Token[] = [];
  let offset = 0;
  let flow = 0;
  let indicators = 0;
  let run = 0;
  const fail = (message: string): never => {
    const p = lc.linePos(offset);
    // lines after `offset` have not been counted yet, but the position of `offset` itself is known
    throw new ValidationError([{ file, line: p.line, column: p.col, path: '', message }], file);
  };
  for (const lexeme of new Lexer().lex(text)) {
    const type = CST.tokenType(lexeme);
    switch (type) {
      case 'flow-map-start':
      case 'flow-seq-start':
        if (++flow > MAX_DEPTH) fail(`the document is nested more than ${MAX_DEPTH} levels deep`);
        run = 0;
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1);
        run = 0;
        break;
      case 'newline':
        indicators = 0;
        run = 0;
        break;
      case 'map-value-ind':
        // `a: b: c` on one line is invalid in block context; many of them make the parser slow
        if (flow === 0 && ++indicators > MAX_DEPTH) fail(`the document is nested more than ${MAX_DEPTH} levels deep`);
        run = 0;
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
        if (++indicators > MAX_DEPTH) fail(`the document is nested more than ${MAX_DEPTH} levels deep`);
        run = 0;
        break;
      case 'anchor':
      case 'tag':
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar-header':
        // one node is at most an anchor, a tag and a value; long runs are errors the parser is slow to find
        if (++run > MAX_RUN) fail(`invalid YAML: more than ${MAX_RUN} anchors, tags, aliases or values in a row`);
        break;
      case 'space':
      case 'comment':
      case null:
        break;
      default:
        run = 0;
    }
    for (const t of parser.next(lexeme)) tokens.push(t);
    if (type !== 'doc-mode' && type !== 'flow-error-end' && type !== 'scalar' && type !== 'byte-order-mark') offset += lexeme.length;
  }
  for (const t of parser.end()) tokens.push(t);
  return tokens;
}

/** Depth of nested collections in the CST, iteratively (the composer recurses and would blow the stack). */
/** Offset of the quoted scalar that is still open at `errorAt` (the last one starting before it), if any. */
function openingQuote(tokens: CstLike[], errorAt: number): number | undefined {
  let found: number | undefined;
  const seen = new Set<object>();
  const walk = (t: unknown): void => {
    if (!t || typeof t !== 'object' || seen.has(t)) return;
    seen.add(t);
    if (Array.isArray(t)) {
      for (const x of t) walk(x);
      return;
    }
    const tok = t as CstLike & { source?: string; start?: unknown; sep?: unknown; end?: unknown };
    if ((tok.type === 'double-quoted-scalar' || tok.type === 'single-quoted-scalar') && typeof tok.offset === 'number' && tok.offset <= errorAt) {
      if (found === undefined || tok.offset > found) found = tok.offset;
    }
    walk(tok.items);
    walk(tok.value);
    walk(tok.start);
    walk(tok.sep);
    walk(tok.end);
    for (const item of tok.items ?? []) {
      walk(item.key);
      walk(item.value);
    }
  };
  walk(tokens);
  return found;
}

function checkDepth(tokens: CstLike[], lc: LineCounter, file: string): void {
  const stack: [CstLike, number][] = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [t, depth] = stack.pop()!;
    if (t.type === 'document') {
      if (t.value) stack.push([t.value, depth]);
      continue;
    }
    if (!t.items) continue;
    if (depth >= MAX_DEPTH) {
      const p = lc.linePos(t.offset ?? 0);
      throw new ValidationError([
        { file, line: p.line, column: p.col, path: '', message: `the document is nested more than ${MAX_DEPTH} levels deep` },
      ], file);
    }
    for (let i = t.items.length - 1; i >= 0; i--) {
      const it = t.items[i]!;
      if (it.value) stack.push([it.value, depth + 1]);
      if (it.key) stack.push([it.key, depth + 1]);
    }
  }
}

/** A `<<` merge key (plain `<<`; the library gives it a symbol value). A quoted '<<' is an ordinary key. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

/** The string form of a mapping key, as in the JS value (null key → ''). */
function keyText(key: unknown): string {
  if (isMergeKey(key)) return '<<';
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  if (key === null || key === undefined) return '';
  return String((key as { toString(): string }).toString());
}

/** Alias → the node it refers to (the last anchor of that name before it, in document order). */
type AliasTargets = Map<YamlNode, YamlNode>;

/**
 * Walks the composed document once, iteratively, in document order: resolves aliases (linear, unlike the
 * library's per-alias document scan), reports unknown and recursive aliases and duplicate keys, and bounds
 * alias expansion (counted as the number of nodes the aliases would add).
 */
function checkNodes(doc: Document, lc: LineCounter, file: string, issues: ValidationIssue[], opts: LoadOptions): AliasTargets {
  const targets: AliasTargets = new Map();
  const anchors = new Map<string, YamlNode>();
  const size = new Map<YamlNode, number>();
  const inProgress = new Set<YamlNode>();
  let added = 0;
  let bombReported = false;
  type Frame = { node: YamlNode; path: PathSegment[]; childrenDone: boolean };
  const root = doc.contents as YamlNode | null;
  if (!root) return targets;
  const stack: Frame[] = [{ node: root, path: [], childrenDone: false }];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const n = f.node;
    if (isAlias(n)) {
      stack.pop();
      const target = anchors.get(n.source);
      if (!target) {
        issues.push({ file, ...rangePos(lc, n.range)!, path: f.path.join('.'), message: `unknown alias '*${n.source}' (define the anchor '&${n.source}' before using it)` });
        size.set(n, 1);
        continue;
      }
      if (inProgress.has(target)) {
        issues.push({ file, ...rangePos(lc, n.range)!, path: f.path.join('.'), message: `alias '*${n.source}' refers to a node that contains it` });
        size.set(n, 1);
        continue;
      }
      targets.set(n, target);
      const s = size.get(target) ?? 1;
      size.set(n, s);
      added += s;
      if (added > MAX_ALIAS_EXPANSION && !bombReported) {
        bombReported = true;
        issues.push({
          file,
          ...rangePos(lc, n.range)!,
          path: f.path.join('.'),
          message: `aliases expand the document by more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb?); reuse fewer or smaller anchors`,
        });
      }
      continue;
    }
    if (!f.childrenDone) {
      const anchor = (n as { anchor?: string }).anchor;
      if (anchor) anchors.set(anchor, n);
    }
    if (!isMap(n) && !isSeq(n)) {
      stack.pop();
      size.set(n, 1);
      continue;
    }
    if (!f.childrenDone) {
      f.childrenDone = true;
      inProgress.add(n);
      const children: Frame[] = [];
      if (isMap(n)) {
        const seen = new Map<string, Pair>();
        for (const pair of n.items) {
          const k = keyText(pair.key);
          const first = isMergeKey(pair.key) ? undefined : seen.get(k);
          if (first) {
            const p = rangePos(lc, (pair.key as YamlNode | null)?.range);
            const fp = rangePos(lc, (first.key as YamlNode | null)?.range);
            const message = opts.duplicateKeyMessage
              ? opts.duplicateKeyMessage(f.path, k, fp?.line ?? 0)
              : `duplicate key '${k}' (first defined at line ${fp?.line})`;
            issues.push({ file, ...(p ?? {}), path: [...f.path, k].join('.'), message });
          } else if (!isMergeKey(pair.key)) seen.set(k, pair);
          if (isPair(pair)) {
            if (pair.key && typeof pair.key === 'object') children.push({ node: pair.key as YamlNode, path: f.path, childrenDone: false });
            if (pair.value && typeof pair.value === 'object') children.push({ node: pair.value as YamlNode, path: [...f.path, k], childrenDone: false });
          }
        }
      } else {
        n.items.forEach((item, i) => {
          if (item && typeof item === 'object') children.push({ node: item as YamlNode, path: [...f.path, i], childrenDone: false });
        });
      }
      // Pushed in reverse so children are visited in document order (anchors before their aliases).
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      continue;
    }
    stack.pop();
    inProgress.delete(n);
    let s = 1;
    if (isMap(n)) {
      for (const pair of n.items) {
        if (pair.key && typeof pair.key === 'object') s += size.get(pair.key as YamlNode) ?? 1;
        if (pair.value && typeof pair.value === 'object') s += size.get(pair.value as YamlNode) ?? 1;
      }
    } else {
      for (const item of (n as { items: unknown[] }).items) if (item && typeof item === 'object') s += size.get(item as YamlNode) ?? 1;
    }
    size.set(n, s);
  }
  return targets;
}

/**
 * The JS value of a node: plain objects (own properties, `__proto__` included), arrays, scalars; aliases
 * expanded as fresh copies; `<<` merge keys applied (explicit keys win). Only called once checkNodes has
 * bounded depth and alias expansion.
 */
function toJsValue(node: unknown, targets: AliasTargets): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return toJsValue(targets.get(node as YamlNode), targets);
  if (isScalar(node)) return node.value === undefined ? null : node.value;
  if (isSeq(node)) return node.items.map((i) => toJsValue(i, targets));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const explicit = new Set<string>();
    for (const pair of node.items) {
      const k = keyText(pair.key);
      if (isMergeKey(pair.key)) {
        const v = isAlias(pair.value) ? targets.get(pair.value as YamlNode) : pair.value;
        const sources = isSeq(v) ? v.items : [v];
        for (const src of sources) {
          const merged = toJsValue(src, targets);
          if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
            for (const [mk, mv] of Object.entries(merged)) if (!explicit.has(mk) && !Object.prototype.hasOwnProperty.call(out, mk)) setOwn(out, mk, mv);
          }
        }
        continue;
      }
      explicit.add(k);
      setOwn(out, k, toJsValue(pair.value, targets));
    }
    return out;
  }
  return null;
}

function tagMessage(message: string): string {
  const m = /^Unresolved tag: (.*)$/.exec(message);
  if (!m) return message;
  const tag = m[1]!.replace(/^tag:yaml\.org,2002:/, '!!');
  return `unknown tag '${tag}' (only plain YAML is allowed: no custom tags)`;
}

/**
 * Parses YAML text safely. Throws ValidationError with every YAML-level problem (syntax errors, unknown
 * tags, bad aliases, duplicate keys, excessive depth or alias expansion).
 */
export function loadYamlText(text: string, file: string, opts: LoadOptions = {}): SourceDocument {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) throw tooLarge(file, bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkText(text, file);

  const lc = new LineCounter();
  const tokens = parseCst(text, lc, file);
  checkDepth(tokens as CstLike[], lc, file);

  // uniqueKeys: false — its duplicate check is quadratic (see the module comment); checkNodes does it linearly.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true, merge: true, schema: 'core' });
  // The composer makes an Error per YAML problem; capturing stacks dominates when there are very many.
  const stackLimit = Error.stackTraceLimit;
  let docs: Document[];
  try {
    Error.stackTraceLimit = 0;
    docs = Array.from(composer.compose(tokens, true, text.length)) as Document[];
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  const issues: ValidationIssue[] = [];
  const at = (pos: readonly number[] | undefined): Position => {
    const p = lc.linePos(pos?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  for (const [i, doc] of docs.entries()) {
    for (const e of doc.errors) {
      const open = e.code === 'MISSING_CHAR' && /closing .?quote/.test(e.message) ? openingQuote(tokens as CstLike[], e.pos[0]) : undefined;
      if (open !== undefined) {
        // The parser notices a missing closing quote where the file ends: point where the quote opens.
        const q = text[open] === "'" ? "'" : '"';
        issues.push({ file, ...at([open]), path: '', message: `invalid YAML: the ${q === '"' ? 'double' : 'single'} quote opened here is never closed (expected a closing ${q})` });
        continue;
      }
      const msg = e.code === 'RESOURCE_EXHAUSTION' ? `the document is nested too deeply` : e.message;
      issues.push({ file, ...at(e.pos), path: '', message: `invalid YAML: ${msg}` });
    }
    for (const w of doc.warnings) {
      if (w.code === 'TAG_RESOLVE_FAILED') issues.push({ file, ...at(w.pos), path: '', message: tagMessage(w.message) });
    }
    if (i === 1) {
      issues.push({
        file,
        ...at(doc.range),
        path: '',
        message: "the file holds more than one YAML document ('---'); expected exactly one",
      });
    }
  }
  if (issues.length) throw new ValidationError(capped(dedupe(issues)), file);
  const doc = docs[0]!;
  const targets = checkNodes(doc, lc, file, issues, opts);
  const fatal = issues.filter((i) => !i.message.startsWith('duplicate '));
  if (fatal.length) throw new ValidationError(sortIssues(issues), file);

  let value: unknown = toJsValue(doc.contents, targets);
  if (value === null) value = undefined;
  return { file, value, issues, locate: (path, which) => locateIn(doc, targets, lc, path, which) };
}

/** YAML errors cascade: report the first MAX_YAML_ERRORS and count the rest. */
const MAX_YAML_ERRORS = 50;
function capped(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_YAML_ERRORS) return issues;
  const rest = issues.length - MAX_YAML_ERRORS;
  const next = issues[MAX_YAML_ERRORS]!;
  return [...issues.slice(0, MAX_YAML_ERRORS), { ...next, path: '', message: `and ${rest} more YAML error${rest === 1 ? '' : 's'} (fix the first ones and try again)` }];
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.line}:${i.column}:${i.path}:${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Issues in reading order: by line, then column; issues without a position keep their order, last. */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return dedupe(issues)
    .map((i, n) => [i, n] as const)
    .sort(([a, an], [b, bn]) => {
      const al = a.line ?? Infinity;
      const bl = b.line ?? Infinity;
      if (al !== bl) return al - bl;
      const ac = a.column ?? 0;
      const bc = b.column ?? 0;
      if (ac !== bc) return ac - bc;
      return an - bn;
    })
    .map(([i]) => i);
}

function deref(targets: AliasTargets, n: unknown): unknown {
  let cur = n;
  for (let guard = 0; isAlias(cur) && guard < 100; guard++) cur = targets.get(cur as YamlNode);
  return cur;
}

/** Finds the pair for `key` in a map, looking through `<<` merge keys (explicit keys win; last one wins). */
const pairIndex = new WeakMap<object, { byKey: Map<string, Pair>; merges: Pair[] }>();

function indexOf(map: { items: Pair[] }): { byKey: Map<string, Pair>; merges: Pair[] } {
  let idx = pairIndex.get(map);
  if (!idx) {
    idx = { byKey: new Map(), merges: [] };
    for (const pair of map.items) {
      if (isMergeKey(pair.key)) idx.merges.push(pair);
      else idx.byKey.set(keyText(pair.key), pair); // the last one wins, as in the JS value
    }
    pairIndex.set(map, idx);
  }
  return idx;
}

function findPair(targets: AliasTargets, map: unknown, key: string, depth = 0): Pair | undefined {
  if (!isMap(map) || depth > 20) return undefined;
  const idx = indexOf(map as { items: Pair[] });
  const found = idx.byKey.get(key);
  if (found) return found;
  for (const pair of idx.merges) {
    const v = deref(targets, pair.value);
    const sources = isSeq(v) ? v.items.map((i) => deref(targets, i)) : [v];
    for (const src of sources) {
      const p = findPair(targets, src, key, depth + 1);
      if (p) return p;
    }
  }
  return undefined;
}

function nodePos(lc: LineCounter, n: unknown): Position | undefined {
  if (!n || typeof n !== 'object') return undefined;
  return rangePos(lc, (n as YamlNode).range);
}

function isEmptyScalar(n: unknown): boolean {
  return isScalar(n) && n.value === null && (n.source === '' || n.source === undefined || n.source === null);
}

function locateIn(doc: Document, targets: AliasTargets, lc: LineCounter, path: readonly PathSegment[], which: 'key' | 'value'): Position | undefined {
  let node: unknown = doc.contents;
  let keyNode: unknown = undefined;
  let best: Position | undefined = nodePos(lc, node) ?? { line: 1, column: 1 };
  for (const seg of path) {
    const cur = deref(targets, node);
    if (isMap(cur)) {
      const pair = findPair(targets, cur, String(seg));
      if (!pair) return best;
      keyNode = pair.key;
      node = pair.value;
      best = nodePos(lc, keyNode) ?? best;
      if (!isEmptyScalar(node)) best = which === 'value' ? (nodePos(lc, node) ?? best) : best;
    } else if (isSeq(cur) && typeof seg === 'number') {
      const item = cur.items[seg];
      if (item === undefined) return best;
      keyNode = undefined;
      node = item;
      best = nodePos(lc, item) ?? best;
    } else {
      return best;
    }
  }
  if (which === 'key' && keyNode) return nodePos(lc, keyNode) ?? best;
  if (which === 'value' && !isEmptyScalar(node)) return nodePos(lc, node) ?? best;
  return best;
}
