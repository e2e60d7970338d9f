import fs from 'node:fs';
/** A predicate for `/`-separated relative paths, with the same semantics as `matchFiles`. */
export declare function globMatcher(pattern: string): Promise<(rel: string) => boolean>;
/**
 * Files below `root` whose path holds a line break and that `pattern` matches (minus `ignore`). tinyglobby
 * builds `**` on `.`, so `**` alone silently skips such a file and never enters such a folder; the run
 * must not lose a file for its name, so `**` patterns look for these names with a second, plain walk.
 */
export declare function lineBreakMatches(root: string, pattern: string, ignore: string[]): Promise<string[]>;
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
/**
 * A readable file name for a step's internal name or an object's name (execution logs, object returns),
 * unique per name: `[A-Za-z0-9._-]` are kept and every other character becomes `%XX` per UTF-8 byte (`%`
 * included, so `a b` → `a%20b`, `a/b` → `a%2Fb`, `a_b` stays, `日本` and `中国` differ). A name of dots only is
 * escaped whole (never `.` or `..`); a long one is cut and gets `~<12 hex of its sha256>` (names stay unique
 * within the 255-byte limit of a file name).
 */
export declare function catalogFileName(name: string): string;
