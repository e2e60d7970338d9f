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
  return picomatch(pattern, { dot: GLOB.dot, nobrace: !GLOB.braceExpansion, noextglob: !GLOB.extglob });
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
