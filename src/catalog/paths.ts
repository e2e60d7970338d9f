/**
 * Glob matching and path safety for catalogs.
 *
 * Glob semantics (runnable uses Python's pathlib globs; tinyglobby underneath):
 * - `*`, `?`, `[seq]` within one path segment; `**` matches any number of directories, and a trailing
 *   `**` matches every file below (pathlib ≥ 3.13 semantics); only files are returned, never directories;
 * - hidden files and folders (`.x`) ARE matched, as pathlib does (unlike shell globs);
 * - no brace expansion and no extglobs (pathlib has neither, and braces could hide a `..`);
 * - symbolic links are followed only when they resolve inside the searched folder; a match resolving
 *   outside it is an error (never copied).
 * Patterns must be relative and may not contain a `..` segment.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CatalogError } from '../errors.js';

/** tinyglobby costs 20–35 ms to load: only runs whose steps have catalog patterns pay for it. */
const loadGlob = () => import('tinyglobby').then((m) => m.glob);
const loadPicomatch = () => import('picomatch').then((m) => m.default);

/**
 * Glob semantics of every catalog, on disk (tinyglobby) and in a remote index (picomatch, the matcher
 * tinyglobby itself uses): dotfiles match, no brace or extglob expansion (runnable's pathlib globs have
 * neither).
 */
const GLOB = { dot: true, braceExpansion: false, extglob: false } as const;

/** A predicate for `/`-separated relative paths, with the same semantics as `matchFiles`. */
export async function globMatcher(pattern: string): Promise<(rel: string) => boolean> {
  checkPattern(pattern);
  const picomatch = await loadPicomatch();
  // `s` (dotAll): picomatch's `**` is built on `.`, which would not match a newline in a file name.
  return picomatch(pattern, { dot: GLOB.dot, nobrace: !GLOB.braceExpansion, noextglob: !GLOB.extglob, flags: 's' });
}

/** Line terminators: the characters a regular expression's `.` does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Files below `root` whose path holds a line break and that `pattern` matches (minus `ignore`). tinyglobby
 * builds `**` on `.`, so `**` alone silently skips such a file and never enters such a folder; the run
 * must not lose a file for its name, so `**` patterns look for these names with a second, plain walk.
 */
export async function lineBreakMatches(root: string, pattern: string, ignore: string[]): Promise<string[]> {
  let all: string[];
  try {
    all = (await fs.promises.readdir(root, { recursive: true })) as string[];
  } catch {
    return [];
  }
  const odd = all.filter((rel) => LINE_BREAK.test(rel));
  if (odd.length === 0) return [];
  const match = await globMatcher(pattern);
  const ignored = await Promise.all(ignore.map((g) => globMatcher(g)));
  const out: string[] = [];
  for (const rel0 of odd) {
    const rel = rel0.split(path.sep).join('/');
    if (!match(rel) || ignored.some((m) => m(rel))) continue;
    try {
      if (fs.statSync(path.join(root, rel0)).isFile()) out.push(rel);
    } catch {
      /* vanished, or a broken link: not a file */
    }
  }
  return out;
}

/** Rejects patterns that could reach outside the folder they are matched in. */
export function checkPattern(pattern: string, what = 'glob'): void {
  if (typeof pattern !== 'string' || pattern.trim() === '') throw new CatalogError(`catalog ${what} must be a non-empty string`);
  if (pattern.includes('\0')) throw new CatalogError(`catalog ${what} '${pattern}' contains a NUL character`);
  if (path.posix.isAbsolute(pattern) || path.win32.isAbsolute(pattern)) {
    throw new CatalogError(`catalog ${what} '${pattern}' is absolute; use a path relative to the work dir`);
  }
  if (pattern.split(/[\\/]/).includes('..')) {
    throw new CatalogError(`catalog ${what} '${pattern}' contains '..': it may not reach outside the work dir`);
  }
}

/** Normalises a relative path for storage (`a/./b` → `a/b`, backslashes → `/`) after checkPattern. */
export function normaliseRelative(rel: string, what = 'path'): string {
  checkPattern(rel, what);
  const norm = path.posix.normalize(rel.replace(/\\/g, '/'));
  if (norm === '.' || norm.startsWith('../') || norm === '..') {
    throw new CatalogError(`catalog ${what} '${rel}' does not name a file inside the run's folder`);
  }
  return norm.replace(/^\.\//, '');
}

/** True when `child` is `parent` or inside it (both absolute and normalised). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}

/** Caches realpath of directories for one operation. */
export class RealpathCache {
  private readonly cache = new Map<string, string>();
  /** Folders already checked to resolve inside a given root. */
  readonly inside = new Set<string>();
  /** realpath of `dir`; throws the fs error (ENOENT...). */
  get(dir: string): string {
    let p = this.cache.get(dir);
    if (p === undefined) {
      p = fs.realpathSync(dir);
      this.cache.set(dir, p);
    }
    return p;
  }
}

export interface MatchOptions {
  /** Extra ignore globs (relative to root). */
  ignore?: string[];
}

/** Files matching `pattern` under `root`, relative, `/`-separated, sorted. Throws CatalogError on unsafe patterns. */
export async function matchFiles(root: string, pattern: string, options: MatchOptions = {}): Promise<string[]> {
  checkPattern(pattern);
  let found: string[];
  try {
    found = await (await loadGlob())(pattern, {
      ...GLOB,
      cwd: root,
      onlyFiles: true,
      expandDirectories: false,
      followSymbolicLinks: true,
      ignore: options.ignore ?? [],
    });
  } catch (err) {
    throw new CatalogError(`cannot match glob '${pattern}' in ${root}: ${(err as Error).message}`, { cause: err });
  }
  if (pattern.includes('**')) {
    const seen = new Set(found);
    for (const rel of await lineBreakMatches(root, pattern, options.ignore ?? [])) if (!seen.has(rel)) found.push(rel);
  }
  const out: string[] = [];
  for (const f of found) {
    const rel = f;
    if (rel.startsWith('../') || path.isAbsolute(rel)) {
      throw new CatalogError(`glob '${pattern}' matched '${rel}', outside ${root}`);
    }
    out.push(rel);
  }
  return out.sort();
}

/**
 * Checks that `rel` under `root` resolves inside `realRoot` (symbolic links included), i.e. that reading
 * it cannot leak a file from elsewhere. Returns the stat of the file (of its target for a link).
 * Synchronous: two cheap syscalls, with the folder's realpath cached.
 */
export function checkInside(root: string, realRoot: string, rel: string, dirs: RealpathCache, what: string): fs.Stats {
  const abs = root + path.sep + rel; // rel is normalised (from the glob)
  const dir = path.dirname(abs);
  if (!dirs.inside.has(dir)) {
    let realDir: string;
    try {
      realDir = dirs.get(dir);
    } catch (err) {
      throw new CatalogError(`cannot resolve the folder of ${what} '${rel}': ${(err as Error).message}`, { cause: err });
    }
    if (!isInside(realRoot, realDir)) {
      throw new CatalogError(`${what} '${rel}' is inside a symbolic link that resolves to ${realDir}, outside ${root}: refused`);
    }
    dirs.inside.add(dir);
  }
  let st: fs.Stats;
  try {
    st = fs.lstatSync(abs);
  } catch (err) {
    throw new CatalogError(`cannot read ${what} ${abs}: ${(err as Error).message}`, { cause: err });
  }
  if (st.isSymbolicLink()) {
    let target: string;
    try {
      target = fs.realpathSync(abs);
    } catch (err) {
      throw new CatalogError(`${what} '${rel}' is a broken symbolic link: ${(err as Error).message}`, { cause: err });
    }
    if (!isInside(realRoot, target)) {
      throw new CatalogError(`${what} '${rel}' is a symbolic link to ${target}, outside ${root}: refused`);
    }
    return fs.statSync(abs);
  }
  return st;
}

const MAX_NAME = 150;

/**
 * A readable file name for a step's internal name or an object's name (execution logs, object returns),
 * unique per name: `[A-Za-z0-9._-]` are kept and every other character becomes `%XX` per UTF-8 byte (`%`
 * included, so `a b` → `a%20b`, `a/b` → `a%2Fb`, `a_b` stays, `日本` and `中国` differ). A name of dots only is
 * escaped whole (never `.` or `..`); a long one is cut and gets `~<12 hex of its sha256>` (names stay unique
 * within the 255-byte limit of a file name).
 */
export function catalogFileName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (/^[A-Za-z0-9_.-]$/.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  if (/^\.*$/.test(out)) out = out.replace(/\./g, '%2E');
  if (out.length > MAX_NAME) {
    let cut = out.slice(0, MAX_NAME);
    const pct = cut.lastIndexOf('%');
    if (pct > cut.length - 3) cut = cut.slice(0, pct);
    out = `${cut}~${createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 12)}`;
  }
  return out;
}
