import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  sha256Bytes,
  sha256File
} from "./chunk-TIGYUTKV.js";
import {
  RealpathCache,
  checkInside,
  checkPattern,
  isInside,
  matchFiles,
  normaliseRelative
} from "./chunk-EPXUYT3G.js";
import {
  buildService,
  serviceConfigError
} from "./chunk-A5QB3JT3.js";
import {
  atomicWriteFileSync
} from "./chunk-CHM4TEYS.js";
import {
  CatalogError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/catalog/factory.ts
import path2 from "node:path";

// src/catalog/do-nothing.ts
var DoNothingCatalog = class {
  static {
    __name(this, "DoNothingCatalog");
  }
  kind = "do-nothing";
  memory = /* @__PURE__ */ new Map();
  describe() {
    return "do-nothing catalog (nothing is stored)";
  }
  async get(_req) {
    return [];
  }
  async put(_req) {
    return [];
  }
  async putBytes(runId, relativePath, data, _step) {
    this.memory.set(`${runId}/${relativePath}`, Buffer.from(typeof data === "string" ? Buffer.from(data, "utf8") : data));
    return void 0;
  }
  /** Large execution logs: nothing is kept (only objects need to be read back in this process). */
  async putFile(_runId, _relativePath, _file, _step) {
    return void 0;
  }
  async getBytes(runId, relativePath) {
    const data = this.memory.get(`${runId}/${relativePath}`);
    if (!data) {
      throw new CatalogError(
        `'${relativePath}' of run '${runId}' is not available: the do-nothing catalog keeps objects only within the process that stored them`
      );
    }
    return Buffer.from(data);
  }
  async flush() {
  }
};

// src/catalog/file-system.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
var SMALL = 1024 * 1024;
var YIELD_EVERY = 64;
var TMP_SUFFIX = ".catalog-tmp";
var GET_IGNORE = ["**/*.execution.log", `**/.*${TMP_SUFFIX}`];
var tmpCounter = 0;
var EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
function reason(err) {
  const e = err;
  return e?.code ? `${e.code}: ${e.message}` : String(err?.message ?? err);
}
__name(reason, "reason");
function identOf(st) {
  return `${st.ino}:${st.size}:${st.mtimeMs}`;
}
__name(identOf, "identOf");
var yieldLoop = /* @__PURE__ */ __name(() => new Promise((r) => setImmediate(r)), "yieldLoop");
var Job = class {
  constructor(op, signal) {
    this.op = op;
    this.signal = signal;
  }
  op;
  signal;
  static {
    __name(this, "Job");
  }
  made = /* @__PURE__ */ new Set();
  srcDirs = new RealpathCache();
  destDirs = new RealpathCache();
  /** Throws when the request was cancelled: no new file is started. */
  checkCancelled() {
    if (this.signal?.aborted) throw new CatalogError(`catalog ${this.op} cancelled (${String(this.signal.reason ?? "aborted")})`);
  }
};
var isAbort = /* @__PURE__ */ __name((err) => err?.name === "AbortError" || err?.code === "ABORT_ERR", "isAbort");
var FileSystemCatalog = class {
  static {
    __name(this, "FileSystemCatalog");
  }
  kind = "file-system";
  catalogLocation;
  handlerLocation;
  computeDataFolder;
  stats = { bytesWritten: 0, filesWritten: 0, filesSkipped: 0 };
  concurrency;
  /** Folders a put never copies from (excludeFolder), besides the catalog's own. */
  excluded = [];
  /** sha256 of catalog files this instance wrote or hashed, valid while their identity is unchanged. */
  known = /* @__PURE__ */ new Map();
  /** Per folder, the empty file that later empty execution logs there are hard links to (createEmpty). */
  emptyFiles = /* @__PURE__ */ new Map();
  linksRefused = false;
  constructor(options) {
    this.catalogLocation = path.resolve(options.catalogLocation);
    this.handlerLocation = options.handlerLocation ?? options.catalogLocation;
    this.computeDataFolder = options.computeDataFolder ?? ".";
    this.concurrency = Math.max(1, options.concurrency ?? 4);
  }
  describe() {
    return `file-system catalog at ${this.catalogLocation}`;
  }
  excludeFolder(dir) {
    const abs = path.resolve(dir);
    if (!this.excluded.includes(abs)) this.excluded.push(abs);
  }
  /** Where a run's files are stored. */
  runFolder(runId) {
    if (!runId || runId === "." || runId === ".." || /[/\\\0]/.test(runId)) throw new CatalogError(`invalid run id '${runId}'`);
    return path.join(this.catalogLocation, runId);
  }
  /** The folder files are matched in (put) and copied to (get) for a step working in `workDir`. */
  dataFolder(workDir) {
    return path.resolve(workDir || ".", this.computeDataFolder);
  }
  async put(req) {
    const dataDir = this.dataFolder(req.workDir);
    const runDir = this.runFolder(req.runId);
    let realData;
    try {
      realData = fs.realpathSync(dataDir);
    } catch (err) {
      if (req.allowNoMatch) return [];
      throw new CatalogError(`catalog put: the data folder ${dataDir} is not readable (${reason(err)})`, { cause: err });
    }
    const ignore = [];
    const realOf = /* @__PURE__ */ __name((dir) => {
      try {
        return fs.realpathSync(dir);
      } catch {
        return dir;
      }
    }, "realOf");
    for (const folder of [this.catalogLocation, ...this.excluded]) {
      for (const [base, loc] of [
        [dataDir, folder],
        [realData, realOf(folder)]
      ]) {
        if (isInside(base, loc)) {
          const rel = path.relative(base, loc).split(path.sep).join("/");
          ignore.push(rel === "" ? "**" : `${rel}/**`);
        }
      }
    }
    const files = /* @__PURE__ */ new Set();
    for (const pattern of req.patterns) {
      const matched = await matchFiles(dataDir, pattern, { ignore });
      if (matched.length === 0 && !req.allowNoMatch) {
        throw new CatalogError(`catalog put: glob '${pattern}' matched no file in ${dataDir}`);
      }
      for (const rel of matched) files.add(rel);
    }
    const job = new Job("put", req.signal);
    const transfers = [];
    let i = 0;
    for (const rel of files) {
      if (++i % YIELD_EVERY === 0) await yieldLoop();
      const st = checkInside(dataDir, realData, rel, job.srcDirs, "file");
      if (!st.isFile()) continue;
      transfers.push({ rel, src: dataDir + path.sep + rel, dest: req.storeCopy ? runDir + path.sep + rel : void 0, size: st.size });
    }
    const hashes = await this.transferAll(transfers, job);
    return transfers.map((t, k) => ({
      name: t.rel,
      data_hash: hashes[k],
      catalog_relative_path: `${req.runId}/${t.rel}`,
      catalog_handler_location: this.handlerLocation,
      stage: "put"
    }));
  }
  async get(req) {
    const dataDir = this.dataFolder(req.workDir);
    const runDir = this.runFolder(req.runId);
    let realRun;
    try {
      realRun = fs.realpathSync(runDir);
    } catch {
      realRun = void 0;
    }
    const files = /* @__PURE__ */ new Set();
    for (const pattern of req.patterns) checkPattern(pattern);
    for (const pattern of req.patterns) {
      const matched = realRun === void 0 ? [] : await matchFiles(runDir, pattern, { ignore: GET_IGNORE });
      if (matched.length === 0) throw new CatalogError(`catalog get: glob '${pattern}' matched no file in ${runDir}`);
      for (const rel of matched) files.add(rel);
    }
    if (files.size === 0) return [];
    const job = new Job("get", req.signal);
    this.ensureDir(dataDir, job);
    const realData = fs.realpathSync(dataDir);
    const transfers = [];
    let i = 0;
    for (const rel of files) {
      if (++i % YIELD_EVERY === 0) await yieldLoop();
      const st = checkInside(runDir, realRun, rel, job.srcDirs, "catalog file");
      if (!st.isFile()) continue;
      const dest = path.join(dataDir, rel);
      this.ensureDir(path.dirname(dest), job);
      let realDestDir;
      try {
        realDestDir = job.destDirs.get(path.dirname(dest));
      } catch (err) {
        throw new CatalogError(`catalog get: cannot resolve ${path.dirname(dest)} (${reason(err)})`, { cause: err });
      }
      if (!isInside(realData, realDestDir)) {
        throw new CatalogError(`catalog get: '${rel}' would be written through a symbolic link to ${realDestDir}, outside ${dataDir}: refused`);
      }
      transfers.push({ rel, src: path.join(runDir, rel), dest, size: st.size });
    }
    const hashes = await this.transferAll(transfers, job);
    return transfers.map((t, k) => ({
      name: t.rel,
      data_hash: hashes[k],
      catalog_relative_path: t.rel,
      catalog_handler_location: this.handlerLocation,
      stage: "get"
    }));
  }
  async putBytes(runId, relativePath, data, _step) {
    const rel = normaliseRelative(relativePath, "object path");
    const dest = path.join(this.runFolder(runId), rel);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    const hash = bytes.byteLength === 0 ? EMPTY_SHA256 : sha256Bytes(bytes);
    const job = new Job("put");
    if (bytes.byteLength === 0 && this.createEmpty(dest, job)) this.stats.filesWritten++;
    else if (this.sameContent(dest, bytes.byteLength, hash)) this.stats.filesSkipped++;
    else {
      this.ensureDir(path.dirname(dest), job);
      this.writeAtomicSync(dest, bytes, hash, job);
    }
    return {
      name: rel,
      data_hash: hash,
      catalog_relative_path: `${runId}/${rel}`,
      catalog_handler_location: this.handlerLocation,
      stage: "put"
    };
  }
  async putFile(runId, relativePath, file, _step) {
    const rel = normaliseRelative(relativePath, "object path");
    const dest = path.join(this.runFolder(runId), rel);
    let size;
    try {
      size = fs.statSync(file).size;
    } catch (err) {
      throw new CatalogError(`catalog put: cannot read ${file} (${reason(err)})`, { cause: err });
    }
    const hash = await this.transferBig({ rel, src: file, dest, size }, new Job("put"));
    return {
      name: rel,
      data_hash: hash,
      catalog_relative_path: `${runId}/${rel}`,
      catalog_handler_location: this.handlerLocation,
      stage: "put"
    };
  }
  async getBytes(runId, relativePath) {
    const rel = normaliseRelative(relativePath, "object path");
    const file = path.join(this.runFolder(runId), rel);
    try {
      return await fs.promises.readFile(file);
    } catch (err) {
      if (err.code === "ENOENT") {
        throw new CatalogError(`'${rel}' of run '${runId}' is not in the catalog (${file} does not exist)`, { cause: err });
      }
      throw new CatalogError(`cannot read ${file} from the catalog (${reason(err)})`, { cause: err });
    }
  }
  async flush() {
  }
  // --- helpers -------------------------------------------------------------------------------------------
  /** Hashes every transfer's source and copies it unless the target has the same content. Returns the hashes. */
  async transferAll(transfers, job) {
    const hashes = new Array(transfers.length);
    const big = [];
    for (let k = 0; k < transfers.length; k++) {
      const t = transfers[k];
      if (t.size > SMALL) {
        big.push(k);
        continue;
      }
      if (k % YIELD_EVERY === YIELD_EVERY - 1) await yieldLoop();
      job.checkCancelled();
      let buf;
      try {
        buf = fs.readFileSync(t.src);
      } catch (err) {
        throw new CatalogError(`catalog ${job.op}: cannot read ${t.src} (${reason(err)})`, { cause: err });
      }
      const hash = sha256Bytes(buf);
      hashes[k] = hash;
      if (t.dest === void 0) continue;
      if (job.op === "get") this.refuseLink(t.dest);
      if (this.sameContent(t.dest, buf.byteLength, hash)) {
        this.stats.filesSkipped++;
        continue;
      }
      this.ensureDir(path.dirname(t.dest), job);
      this.writeAtomicSync(t.dest, buf, hash, job);
    }
    let next = 0;
    let failed = false;
    const worker = /* @__PURE__ */ __name(async () => {
      while (!failed && next < big.length) {
        const k = big[next++];
        const t = transfers[k];
        try {
          hashes[k] = await this.transferBig(t, job);
        } catch (err) {
          failed = true;
          throw err;
        }
      }
    }, "worker");
    const results = await Promise.allSettled(Array.from({ length: Math.min(this.concurrency, big.length) }, worker));
    const rejected = results.find((r) => r.status === "rejected");
    if (rejected) throw rejected.reason;
    return hashes;
  }
  /**
   * A big file, abortable between 1 MiB chunks (a SIGTERM during a 2 GB put must not wait for the copy). When
   * the target may hold the same content (same size), the source is hashed first and the copy skipped if
   * equal; otherwise it is hashed while it is copied, in one read.
   */
  async transferBig(t, job) {
    job.checkCancelled();
    const cancelled = /* @__PURE__ */ __name((err) => isAbort(err) || job.signal?.aborted ? new CatalogError(`catalog ${job.op} of ${t.src} cancelled (${String(job.signal?.reason ?? "aborted")})`, { cause: err }) : void 0, "cancelled");
    let hash;
    if (t.dest === void 0 || fs.lstatSync(t.dest, { throwIfNoEntry: false })?.size === t.size) {
      try {
        hash = (await sha256File(t.src, job.signal)).digest;
      } catch (err) {
        throw cancelled(err) ?? new CatalogError(`catalog ${job.op}: cannot read ${t.src} (${reason(err)})`, { cause: err });
      }
      if (t.dest === void 0) return hash;
    }
    if (job.op === "get") this.refuseLink(t.dest);
    if (hash !== void 0 && this.sameContent(t.dest, t.size, hash)) {
      this.stats.filesSkipped++;
      return hash;
    }
    this.ensureDir(path.dirname(t.dest), job);
    const tmp = this.tmpFor(t.dest);
    try {
      const h = createHash("sha256");
      const hashing = new Transform({
        transform(chunk, _enc, done) {
          h.update(chunk);
          done(null, chunk);
        }
      });
      await pipeline(fs.createReadStream(t.src, { highWaterMark: SMALL }), hashing, fs.createWriteStream(tmp), { signal: job.signal });
      const copied = h.digest("hex");
      if (hash !== void 0 && copied !== hash) throw new Error("the file changed while it was copied");
      hash = copied;
      await fs.promises.rename(tmp, t.dest);
    } catch (err) {
      await fs.promises.unlink(tmp).catch(() => void 0);
      throw cancelled(err) ?? new CatalogError(`catalog ${job.op}: cannot copy ${t.src} to ${t.dest} (${reason(err)})`, { cause: err });
    }
    this.stats.bytesWritten += t.size;
    this.stats.filesWritten++;
    this.remember(t.dest, hash);
    return hash;
  }
  /** get never writes through a symbolic link planted at the destination. */
  refuseLink(dest) {
    try {
      if (fs.lstatSync(dest, { throwIfNoEntry: false })?.isSymbolicLink()) {
        throw new CatalogError(`catalog get: ${dest} is a symbolic link; refusing to write through it`);
      }
    } catch (err) {
      if (err instanceof CatalogError) throw err;
      if (err.code !== "ENOENT") {
        throw new CatalogError(`catalog get: cannot inspect ${dest} (${reason(err)})`, { cause: err });
      }
    }
  }
  tmpFor(dest) {
    tmpCounter = (tmpCounter + 1) % 1e9;
    const cut = dest.lastIndexOf(path.sep) + 1;
    return `${dest.slice(0, cut)}.${dest.slice(cut)}.${process.pid}.${tmpCounter}${TMP_SUFFIX}`;
  }
  /**
   * Creates `dest` as a new empty file, or returns false when `dest` exists (the caller then takes the general
   * path, which compares and replaces it). Every node that ran has an execution log and most are empty: the
   * first empty one in a folder is created (O_EXCL, no temp file: an empty file is never seen partial), the
   * others are hard links to it — a directory entry each instead of a new inode (creating inodes costs
   * 40 µs–1.5 ms each on a busy virtual disk; a 10,000-item map stores 20,000 logs). Catalog files are
   * replaced by rename, never written in place, so the shared inode stays empty; a link whose target is not
   * that empty regular file any more (replaced, written to, a link planted by a step) is removed and the log
   * created afresh. Readers see either no file or an empty one.
   */
  createEmpty(dest, job) {
    const dir = path.dirname(dest);
    const shared = this.emptyFiles.get(dir);
    if (shared) {
      try {
        fs.linkSync(shared.path, dest);
        const st = fs.lstatSync(dest);
        if (st.isFile() && st.size === 0 && st.ino === shared.ino) return true;
        fs.unlinkSync(dest);
      } catch (err) {
        const code = err.code;
        if (code === "EEXIST") return false;
        if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS") this.linksRefused = true;
      }
      this.emptyFiles.delete(dir);
    }
    for (let tries = 0; ; tries++) {
      try {
        fs.closeSync(fs.openSync(dest, "wx"));
        if (!this.linksRefused) this.emptyFiles.set(dir, { path: dest, ino: fs.lstatSync(dest).ino });
        return true;
      } catch (err) {
        const code = err.code;
        if (code === "EEXIST") return false;
        if (code === "ENOENT" && tries === 0) {
          this.ensureDir(dir, job);
          continue;
        }
        throw new CatalogError(`catalog ${job.op}: cannot write ${dest} (${reason(err)})`, { cause: err });
      }
    }
  }
  ensureDir(dir, job) {
    if (job.made.has(dir)) return;
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new CatalogError(`catalog ${job.op}: cannot create folder ${dir} (${reason(err)})`, { cause: err });
    }
    job.made.add(dir);
  }
  writeAtomicSync(dest, data, hash, job) {
    try {
      atomicWriteFileSync(dest, data, this.tmpFor(dest));
    } catch (err) {
      throw new CatalogError(`catalog ${job.op}: cannot write ${dest} (${reason(err)})`, { cause: err });
    }
    this.stats.bytesWritten += data.byteLength;
    this.stats.filesWritten++;
    this.remember(dest, hash);
  }
  /** True when `dest` is a regular file with this size and sha256 (from memory while the file is unchanged). */
  sameContent(dest, size, hash) {
    let st;
    try {
      st = fs.lstatSync(dest, { throwIfNoEntry: false });
    } catch {
      return false;
    }
    if (!st || !st.isFile() || st.size !== size) return false;
    const ident = identOf(st);
    const k = this.known.get(dest);
    if (k && k.ident === ident) return k.hash === hash;
    if (size > SMALL) return false;
    let destHash;
    try {
      destHash = sha256Bytes(fs.readFileSync(dest));
    } catch {
      return false;
    }
    this.known.set(dest, { ident, hash: destHash });
    return destHash === hash;
  }
  remember(dest, hash) {
    try {
      this.known.set(dest, { ident: identOf(fs.lstatSync(dest)), hash });
    } catch {
      this.known.delete(dest);
    }
  }
};

// src/catalog/factory.ts
var DEFAULT_CATALOG_LOCATION = ".catalog";
function computeDataFolderOf(cfg, workDir) {
  const v = cfg.config?.compute_data_folder;
  if (v !== void 0 && v !== null && typeof v !== "string") serviceConfigError(cfg, "config.compute_data_folder", `must be a string, got ${JSON.stringify(v)}`, "catalog");
  return path2.resolve(workDir, v || ".");
}
__name(computeDataFolderOf, "computeDataFolderOf");
var CATALOGS = {
  "do-nothing": /* @__PURE__ */ __name(async () => new DoNothingCatalog(), "do-nothing"),
  "file-system": /* @__PURE__ */ __name(async (o, ctx) => new FileSystemCatalog({ catalogLocation: path2.resolve(ctx.cwd, o.catalog_location), handlerLocation: o.catalog_location, computeDataFolder: o.compute_data_folder }), "file-system"),
  "github-artifacts": /* @__PURE__ */ __name(async (o, ctx) => {
    const m = await import("./github-artifacts-AXGVF5LY.js");
    return m.openGithubArtifactsCatalog(o, ctx);
  }, "github-artifacts")
};
async function createCatalog(cfg, cwd, context = {}) {
  return buildService("catalog", cfg, CATALOGS, { ...context, cwd });
}
__name(createCatalog, "createCatalog");

export {
  DEFAULT_CATALOG_LOCATION,
  computeDataFolderOf,
  createCatalog
};
