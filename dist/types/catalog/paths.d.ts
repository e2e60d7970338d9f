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
/** A predicate for `/`-separated relative paths, with the same semantics as `matchFiles`. */
export declare function globMatcher(pattern: string): Promise<(rel: string) => boolean>;
/** Rejects patterns that could reach outside the folder they are matched in. */
export declare function checkPattern(pattern: string, what?: string): void;
/** Normalises a relative path for storage (`a/./b` → `a/b`, backslashes → `/`) after checkPattern. */
export declare function normaliseRelative(rel: string, what?: string): string;
/** True when `child` is `parent` or inside it (both absolute and normalised). */
export declare function isInside(parent: string, child: string): boolean;
/** Caches realpath of directories for one operation. */
export declare class RealpathCache {
    private readonly cache;
    /** Folders already checked to resolve inside a given root. */
    readonly inside: Set<string>;
    /** realpath of `dir`; throws the fs error (ENOENT...). */
    get(dir: string): string;
}
export interface MatchOptions {
    /** Extra ignore globs (relative to root). */
    ignore?: string[];
}
/** Files matching `pattern` under `root`, relative, `/`-separated, sorted. Throws CatalogError on unsafe patterns. */
export declare function matchFiles(root: string, pattern: string, options?: MatchOptions): Promise<string[]>;
/**
 * Checks that `rel` under `root` resolves inside `realRoot` (symbolic links included), i.e. that reading
 * it cannot leak a file from elsewhere. Returns the stat of the file (of its target for a link).
 * Synchronous: two cheap syscalls, with the folder's realpath cached.
 */
export declare function checkInside(root: string, realRoot: string, rel: string, dirs: RealpathCache, what: string): fs.Stats;
