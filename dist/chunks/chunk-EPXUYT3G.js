import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  CatalogError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/catalog/paths.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
var loadGlob = /* @__PURE__ */ __name(() => import("./dist-C3TNRZDO.js").then((m) => m.glob), "loadGlob");
var loadPicomatch = /* @__PURE__ */ __name(() => import("./picomatch-KB2HL7XI.js").then((m) => m.default), "loadPicomatch");
var GLOB = { dot: true, braceExpansion: false, extglob: false };
async function globMatcher(pattern) {
  checkPattern(pattern);
  const picomatch = await loadPicomatch();
  return picomatch(pattern, { dot: GLOB.dot, nobrace: !GLOB.braceExpansion, noextglob: !GLOB.extglob, flags: "s" });
}
__name(globMatcher, "globMatcher");
var LINE_BREAK = /[\n\r\u2028\u2029]/;
async function lineBreakMatches(root, pattern, ignore) {
  let all;
  try {
    all = await fs.promises.readdir(root, { recursive: true });
  } catch {
    return [];
  }
  const odd = all.filter((rel) => LINE_BREAK.test(rel));
  if (odd.length === 0) return [];
  const match = await globMatcher(pattern);
  const ignored = await Promise.all(ignore.map((g) => globMatcher(g)));
  const out = [];
  for (const rel0 of odd) {
    const rel = rel0.split(path.sep).join("/");
    if (!match(rel) || ignored.some((m) => m(rel))) continue;
    try {
      if (fs.statSync(path.join(root, rel0)).isFile()) out.push(rel);
    } catch {
    }
  }
  return out;
}
__name(lineBreakMatches, "lineBreakMatches");
function checkPattern(pattern, what = "glob") {
  if (typeof pattern !== "string" || pattern.trim() === "") throw new CatalogError(`catalog ${what} must be a non-empty string`);
  if (pattern.includes("\0")) throw new CatalogError(`catalog ${what} '${pattern}' contains a NUL character`);
  if (path.posix.isAbsolute(pattern) || path.win32.isAbsolute(pattern)) {
    throw new CatalogError(`catalog ${what} '${pattern}' is absolute; use a path relative to the work dir`);
  }
  if (pattern.split(/[\\/]/).includes("..")) {
    throw new CatalogError(`catalog ${what} '${pattern}' contains '..': it may not reach outside the work dir`);
  }
}
__name(checkPattern, "checkPattern");
function normaliseRelative(rel, what = "path") {
  checkPattern(rel, what);
  const norm = path.posix.normalize(rel.replace(/\\/g, "/"));
  if (norm === "." || norm.startsWith("../") || norm === "..") {
    throw new CatalogError(`catalog ${what} '${rel}' does not name a file inside the run's folder`);
  }
  return norm.replace(/^\.\//, "");
}
__name(normaliseRelative, "normaliseRelative");
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith(".." + path.sep) && rel !== ".." && !path.isAbsolute(rel);
}
__name(isInside, "isInside");
var RealpathCache = class {
  static {
    __name(this, "RealpathCache");
  }
  cache = /* @__PURE__ */ new Map();
  /** Folders already checked to resolve inside a given root. */
  inside = /* @__PURE__ */ new Set();
  /** realpath of `dir`; throws the fs error (ENOENT...). */
  get(dir) {
    let p = this.cache.get(dir);
    if (p === void 0) {
      p = fs.realpathSync(dir);
      this.cache.set(dir, p);
    }
    return p;
  }
};
async function matchFiles(root, pattern, options = {}) {
  checkPattern(pattern);
  let found;
  try {
    found = await (await loadGlob())(pattern, {
      ...GLOB,
      cwd: root,
      onlyFiles: true,
      expandDirectories: false,
      followSymbolicLinks: true,
      ignore: options.ignore ?? []
    });
  } catch (err) {
    throw new CatalogError(`cannot match glob '${pattern}' in ${root}: ${err.message}`, { cause: err });
  }
  if (pattern.includes("**")) {
    const seen = new Set(found);
    for (const rel of await lineBreakMatches(root, pattern, options.ignore ?? [])) if (!seen.has(rel)) found.push(rel);
  }
  const out = [];
  for (const f of found) {
    const rel = f;
    if (rel.startsWith("../") || path.isAbsolute(rel)) {
      throw new CatalogError(`glob '${pattern}' matched '${rel}', outside ${root}`);
    }
    out.push(rel);
  }
  return out.sort();
}
__name(matchFiles, "matchFiles");
function checkInside(root, realRoot, rel, dirs, what) {
  const abs = root + path.sep + rel;
  const dir = path.dirname(abs);
  if (!dirs.inside.has(dir)) {
    let realDir;
    try {
      realDir = dirs.get(dir);
    } catch (err) {
      throw new CatalogError(`cannot resolve the folder of ${what} '${rel}': ${err.message}`, { cause: err });
    }
    if (!isInside(realRoot, realDir)) {
      throw new CatalogError(`${what} '${rel}' is inside a symbolic link that resolves to ${realDir}, outside ${root}: refused`);
    }
    dirs.inside.add(dir);
  }
  let st;
  try {
    st = fs.lstatSync(abs);
  } catch (err) {
    throw new CatalogError(`cannot read ${what} ${abs}: ${err.message}`, { cause: err });
  }
  if (st.isSymbolicLink()) {
    let target;
    try {
      target = fs.realpathSync(abs);
    } catch (err) {
      throw new CatalogError(`${what} '${rel}' is a broken symbolic link: ${err.message}`, { cause: err });
    }
    if (!isInside(realRoot, target)) {
      throw new CatalogError(`${what} '${rel}' is a symbolic link to ${target}, outside ${root}: refused`);
    }
    return fs.statSync(abs);
  }
  return st;
}
__name(checkInside, "checkInside");
var MAX_NAME = 150;
function catalogFileName(name) {
  let out = "";
  for (const ch of name) {
    if (/^[A-Za-z0-9_.-]$/.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, "utf8")) out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  if (/^\.*$/.test(out)) out = out.replace(/\./g, "%2E");
  if (out.length > MAX_NAME) {
    let cut = out.slice(0, MAX_NAME);
    const pct = cut.lastIndexOf("%");
    if (pct > cut.length - 3) cut = cut.slice(0, pct);
    out = `${cut}~${createHash("sha256").update(name, "utf8").digest("hex").slice(0, 12)}`;
  }
  return out;
}
__name(catalogFileName, "catalogFileName");

export {
  globMatcher,
  lineBreakMatches,
  checkPattern,
  normaliseRelative,
  isInside,
  RealpathCache,
  matchFiles,
  checkInside,
  catalogFileName
};
