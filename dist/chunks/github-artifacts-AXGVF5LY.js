import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  checkExtracted,
  downloadArtifact,
  listArtifacts,
  makeFindBy,
  uploadArtifact
} from "./chunk-QWQMRWYB.js";
import {
  artifactUrl,
  readRuntime,
  runKey
} from "./chunk-5FTOEL4U.js";
import {
  sha256Bytes,
  sha256File
} from "./chunk-TIGYUTKV.js";
import {
  globMatcher,
  lineBreakMatches
} from "./chunk-EPXUYT3G.js";
import {
  MIN_SECRET_LENGTH,
  Masker,
  maskText
} from "./chunk-ZJUNEOJQ.js";
import {
  githubArtifactsCatalogSchema
} from "./chunk-BPOSMLBS.js";
import {
  CatalogError,
  RemoteServiceError,
  ValidationError
} from "./chunk-I4ZUIMKY.js";
import "./chunk-CBHI4BMY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/catalog/github-artifacts.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { access, copyFile, link, mkdir, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/catalog/github-artifacts-seal.ts
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from "node:crypto";
var PARAMS = { N: 2 ** 14, r: 8, p: 1 };
var IV = 12;
var TAG = 16;
function derive(secret, salt, o) {
  return new Promise(
    (resolve2, reject) => scrypt(secret, salt, 32, { N: o.N, r: o.r, p: o.p, maxmem: 256 * o.N * o.r + 1024 * 1024 }, (err, key) => err ? reject(err) : resolve2(key))
  );
}
__name(derive, "derive");
function acceptable(p) {
  if (!p || p.kdf !== "scrypt" || typeof p.salt !== "string") return false;
  const salt = Buffer.from(p.salt, "base64url");
  const pow2 = Number.isInteger(p.N) && p.N >= 2 && (p.N & p.N - 1) === 0;
  return salt.length >= 16 && salt.length <= 64 && pow2 && p.N <= 2 ** 15 && Number.isInteger(p.r) && p.r >= 1 && p.r <= 8 && Number.isInteger(p.p) && p.p >= 1 && p.p <= 2;
}
__name(acceptable, "acceptable");
var IndexSealer = class {
  /** `secretValues` is the run's live set: values resolved later are used too. */
  constructor(secretValues) {
    this.secretValues = secretValues;
    this.masker = new Masker(secretValues);
  }
  secretValues;
  static {
    __name(this, "IndexSealer");
  }
  masker;
  /** Keys by `salt \0 value`, derived once per index and secret. */
  keys = /* @__PURE__ */ new Map();
  /** This instance's parameters for the indexes it writes (one salt per catalog instance). */
  params = { kdf: "scrypt", salt: randomBytes(16).toString("base64url"), ...PARAMS };
  key(params, secret) {
    const id = `${params.salt}\0${params.N}\0${params.r}\0${params.p}\0${secret}`;
    let k = this.keys.get(id);
    if (!k) this.keys.set(id, k = derive(secret, Buffer.from(params.salt, "base64url"), params));
    return k;
  }
  /** Secret values long enough to be masked, longest first. */
  candidates() {
    return [...this.secretValues].filter((v) => v.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  }
  /** True when the one masking rule would hide part of one of `texts`. */
  holdsSecret(...texts) {
    return texts.some((t) => this.masker.mask(t) !== t);
  }
  /** The entry sealed, or undefined when neither its name nor its step holds a secret (it stays in clear). */
  async seal(runId, name, rec) {
    if (!this.holdsSecret(name, rec.step)) return void 0;
    const secret = this.candidates().find((v) => maskText(name, [v]) !== name || maskText(rec.step, [v]) !== rec.step) ?? this.candidates()[0];
    const key = await this.key(this.params, secret);
    const iv = randomBytes(IV);
    const c = createCipheriv("aes-256-gcm", key, iv);
    c.setAAD(Buffer.from(`${runId}\0${rec.digest}`, "utf8"));
    const ct = Buffer.concat([c.update(JSON.stringify({ name, step: rec.step }), "utf8"), c.final()]);
    return { box: Buffer.concat([iv, c.getAuthTag(), ct]).toString("base64url"), digest: rec.digest, size: rec.size };
  }
  /** The entry's name and step, or undefined when no known secret opens it (or the index's parameters are refused). */
  async open(params, runId, entry) {
    if (!acceptable(params) || typeof entry?.box !== "string" || typeof entry.digest !== "string") return void 0;
    const raw = Buffer.from(entry.box, "base64url");
    if (raw.length <= IV + TAG) return void 0;
    for (const secret of this.candidates()) {
      const key = await this.key(params, secret).catch(() => void 0);
      if (!key) return void 0;
      try {
        const d = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV));
        d.setAAD(Buffer.from(`${runId}\0${entry.digest}`, "utf8"));
        d.setAuthTag(raw.subarray(IV, IV + TAG));
        const plain = JSON.parse(Buffer.concat([d.update(raw.subarray(IV + TAG)), d.final()]).toString("utf8"));
        if (typeof plain.name === "string") return { name: plain.name, step: typeof plain.step === "string" ? plain.step : "" };
        return void 0;
      } catch {
      }
    }
    return void 0;
  }
};

// src/catalog/github-artifacts.ts
var loadGlob = /* @__PURE__ */ __name(() => import("./dist-C3TNRZDO.js").then((m) => m.glob), "loadGlob");
var HEX64 = /^[0-9a-f]{64}$/;
var INDEX_NAME = /^rn-(.+)-a(\d+)-([0-9a-f]{8})-(\d+)-index$/;
function parseConfig(cfg) {
  const r = githubArtifactsCatalogSchema().safeParse(cfg.config ?? {});
  if (r.success) return r.data;
  const at = { file: cfg.source?.file ?? "configuration", line: cfg.source?.line, column: cfg.source?.column };
  const issues = r.error.issues.map((i) => ({ ...at, path: ["catalog", "config", ...i.path.map(String)].join("."), message: i.message }));
  throw new ValidationError(issues, "github-artifacts catalog configuration");
}
__name(parseConfig, "parseConfig");
function checkPattern(pattern) {
  const p = pattern.replace(/\\/g, "/");
  if (p === "" || isAbsolute(pattern) || p.startsWith("/") || p.split("/").includes("..")) {
    throw new CatalogError(`catalog glob '${pattern}' escapes the data folder (absolute paths and '..' are not allowed)`);
  }
}
__name(checkPattern, "checkPattern");
function isSafeRelativePath(rel) {
  if (!rel || rel.includes("\0") || rel.includes("\\") || rel.startsWith("/") || /^[A-Za-z]:/.test(rel)) return false;
  const parts = rel.split("/");
  return parts.every((s) => s !== "" && s !== "." && s !== "..");
}
__name(isSafeRelativePath, "isSafeRelativePath");
async function exists(p) {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}
__name(exists, "exists");
function within(root, p) {
  const rel = relative(root, p);
  return rel === "" || !rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel);
}
__name(within, "within");
var GithubArtifactsCatalog = class {
  constructor(config, cwd, rt, stateDir, options = {}, secretValues = /* @__PURE__ */ new Set()) {
    this.config = config;
    this.cwd = cwd;
    this.rt = rt;
    this.stateDir = stateDir;
    this.options = options;
    this.blobsDir = join(stateDir, "blobs");
    this.sealer = new IndexSealer(secretValues);
  }
  config;
  cwd;
  rt;
  stateDir;
  options;
  static {
    __name(this, "GithubArtifactsCatalog");
  }
  kind = "github-artifacts";
  stats = { artifactsUploaded: 0, filesUploaded: 0, bytesUploaded: 0, filesDeduplicated: 0, artifactsDownloaded: 0, uploaded: [] };
  runs = /* @__PURE__ */ new Map();
  locations = /* @__PURE__ */ new Map();
  /** Digest → pending pack holding it (not uploaded yet). */
  pendingDigests = /* @__PURE__ */ new Map();
  packs = /* @__PURE__ */ new Map();
  downloads = /* @__PURE__ */ new Map();
  chain = Promise.resolve();
  backgroundError;
  /**
   * Packs whose upload failed: their files are in no artifact. Unlike `backgroundError` (thrown once, by the
   * next get/put), these are reported by every later flush: the engine's flush at the end of a run swallows
   * errors, and the Action's flush after it must still learn that the run's files were not stored.
   */
  failedPacks = [];
  nonce = randomBytes2(4).toString("hex");
  blobsDir;
  sealer;
  describe() {
    return `GitHub artifacts of workflow run ${this.rt.workflowRunId || "?"} (attempt ${this.rt.runAttempt})`;
  }
  log(message) {
    this.options.log?.(message);
  }
  /** Names of this instance's artifacts are `…-<nonce>-<seq>`: the nonce tells instances apart, the sequence artifacts. */
  seq = 0;
  nextName(runId) {
    return `rn-${runKey(runId)}-a${this.rt.runAttempt}-${this.nonce}-${String(++this.seq).padStart(4, "0")}`;
  }
  dataDir(workDir) {
    return resolve(workDir || this.cwd, this.config.compute_data_folder);
  }
  run(runId) {
    let r = this.runs.get(runId);
    if (!r) {
      r = { files: /* @__PURE__ */ new Map(), dirty: false };
      this.runs.set(runId, r);
    }
    return r;
  }
  blobPath(digest) {
    return join(this.blobsDir, digest);
  }
  lineage(digest, step, deduplicated) {
    const loc = this.locations.get(digest);
    const pack = this.pendingDigests.get(digest);
    return {
      digest: `sha256:${digest}`,
      artifact_name: loc?.artifact_name ?? pack?.name,
      ...loc?.artifact_id ? { artifact_id: loc.artifact_id } : {},
      workflow_run_id: this.rt.workflowRunId,
      run_attempt: this.rt.runAttempt,
      step,
      ...deduplicated ? { deduplicated: true } : {}
    };
  }
  /** Makes `digest` part of a pending pack unless it is stored or pending already. Returns true when new. */
  async stage(runId, digest, size, write) {
    if (this.locations.has(digest) || this.pendingDigests.has(digest)) {
      this.stats.filesDeduplicated++;
      if (!await exists(this.blobPath(digest))) {
      }
      return false;
    }
    const dest = this.blobPath(digest);
    if (!await exists(dest)) {
      await mkdir(this.blobsDir, { recursive: true });
      const tmp = `${dest}.${randomBytes2(4).toString("hex")}.tmp`;
      await write(tmp);
      await rename(tmp, dest);
    }
    if (this.locations.has(digest) || this.pendingDigests.has(digest)) {
      this.stats.filesDeduplicated++;
      return false;
    }
    let pack = this.packs.get(runId);
    if (!pack) {
      pack = { name: this.nextName(runId), runId, members: /* @__PURE__ */ new Map(), bytes: 0 };
      this.packs.set(runId, pack);
      if (this.config.flush_interval_seconds > 0) {
        const p = pack;
        p.timer = setTimeout(() => this.closePack(p), this.config.flush_interval_seconds * 1e3);
        p.timer.unref();
      }
    }
    pack.members.set(digest, size);
    pack.bytes += size;
    this.pendingDigests.set(digest, pack);
    if (pack.bytes >= this.config.pack_max_bytes || pack.members.size >= this.config.pack_max_files) this.closePack(pack);
    return true;
  }
  /** Closes a pack and queues its upload (uploads run one at a time; failures surface at the next flush). */
  closePack(pack) {
    if (this.packs.get(pack.runId) !== pack) return this.chain;
    this.packs.delete(pack.runId);
    if (pack.timer) clearTimeout(pack.timer);
    this.chain = this.chain.then(
      () => this.uploadPack(pack).catch((err) => {
        this.backgroundError ??= err;
        this.failedPacks.push({ pack, error: err });
      })
    );
    return this.chain;
  }
  async uploadPack(pack) {
    const dir = join(this.stateDir, "packs", pack.name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const files = [];
    for (const digest of pack.members.keys()) {
      const dest = join(dir, digest);
      await link(this.blobPath(digest), dest).catch(() => copyFile(this.blobPath(digest), dest));
      files.push(dest);
    }
    const r = await uploadArtifact(pack.name, files, dir, {
      compressionLevel: this.config.compression_level,
      ...this.config.retention_days ? { retentionDays: this.config.retention_days } : {}
    });
    for (const digest of pack.members.keys()) {
      this.locations.set(digest, { artifact_name: pack.name, artifact_id: r.id, workflow_run_id: this.rt.workflowRunId });
      this.pendingDigests.delete(digest);
    }
    this.stats.artifactsUploaded++;
    this.stats.filesUploaded += pack.members.size;
    this.stats.bytesUploaded += pack.bytes;
    this.stats.uploaded.push({ name: pack.name, id: r.id, url: artifactUrl(this.rt, r.id), files: pack.members.size, bytes: pack.bytes, kind: "pack" });
    this.log(`catalog: uploaded ${pack.members.size} file(s), ${pack.bytes} bytes, as artifact ${pack.name} (id ${r.id})`);
    await rm(dir, { recursive: true, force: true });
  }
  /** Merges every index artifact of `runId` (this workflow run, then the source run if configured). */
  ensureIndex(runId) {
    const state = this.run(runId);
    state.loaded ??= this.loadRemoteIndex(runId, state).catch((err) => {
      state.loaded = void 0;
      throw err;
    });
    return state.loaded;
  }
  async loadRemoteIndex(runId, state) {
    const opts = this.options;
    const key = runKey(runId);
    const sources = [];
    if (opts.sourceWorkflowRunId && opts.sourceWorkflowRunId !== this.rt.workflowRunId) {
      const findBy = makeFindBy(opts.sourceRepository || this.rt.repository, opts.sourceWorkflowRunId, opts.token);
      if (!findBy) {
        throw new CatalogError(`reading the catalog of workflow run ${opts.sourceWorkflowRunId} needs a token with 'actions: read' and the repository name`);
      }
      sources.push({ findBy, workflowRunId: opts.sourceWorkflowRunId });
    }
    sources.push({ workflowRunId: this.rt.workflowRunId });
    const found = [];
    for (const src of sources) {
      for (const a of await listArtifacts(src.findBy)) {
        const m = INDEX_NAME.exec(a.name);
        if (m && m[1] === key) found.push({ a, findBy: src.findBy, workflowRunId: src.workflowRunId });
      }
    }
    found.sort((x, y) => x.a.id - y.a.id);
    const remoteFiles = /* @__PURE__ */ new Map();
    for (const { a, findBy, workflowRunId } of found) {
      const dir = join(this.stateDir, "dl", `index-${a.id}-${randomBytes2(3).toString("hex")}`);
      const files = await downloadArtifact(a.id, a.name, dir, { findBy, expectedDigest: a.digest });
      if (!files.includes("index.json")) throw new CatalogError(`catalog index artifact '${a.name}' has no index.json`);
      let doc;
      try {
        doc = JSON.parse(await readFile(join(dir, "index.json"), "utf8"));
      } catch (err) {
        throw new CatalogError(`catalog index artifact '${a.name}' is not valid JSON: ${err.message}`);
      }
      await rm(dir, { recursive: true, force: true });
      if (doc.format !== "runnable-action/catalog-index@1" || doc.run_id !== runId) continue;
      for (const [rel, rec] of Object.entries(doc.files ?? {})) {
        if (!isSafeRelativePath(rel) || !HEX64.test(String(rec?.digest))) {
          this.log(`catalog: ignoring unsafe index entry '${rel}' in ${a.name}`);
          continue;
        }
        remoteFiles.set(rel, { digest: rec.digest, size: Number(rec.size) || 0, step: String(rec.step ?? "") });
      }
      let unreadable = 0;
      for (const entry of Array.isArray(doc.sealed) ? doc.sealed : []) {
        const open = await this.sealer.open(doc.seal, runId, entry);
        if (!open || !isSafeRelativePath(open.name) || !HEX64.test(String(entry.digest))) {
          unreadable++;
          continue;
        }
        remoteFiles.set(open.name, { digest: entry.digest, size: Number(entry.size) || 0, step: open.step });
      }
      if (unreadable) this.log(`catalog: ${unreadable} entr${unreadable === 1 ? "y" : "ies"} of ${a.name} sealed with a secret this run does not know (its file name holds one): not matched`);
      for (const [digest, loc] of Object.entries(doc.locations ?? {})) {
        if (!HEX64.test(digest) || typeof loc?.artifact_name !== "string") continue;
        if (!this.locations.has(digest)) {
          this.locations.set(digest, { artifact_name: loc.artifact_name, artifact_id: Number(loc.artifact_id) || void 0, workflow_run_id: String(loc.workflow_run_id || workflowRunId) });
        }
      }
    }
    for (const [rel, rec] of remoteFiles) if (!state.files.has(rel)) state.files.set(rel, rec);
    if (found.length) this.log(`catalog: loaded ${found.length} index artifact(s) of run ${runId}: ${remoteFiles.size} file(s)`);
  }
  /** Makes the blob of `digest` present locally, downloading the pack that holds it if needed. */
  async ensureLocal(digest) {
    const p = this.blobPath(digest);
    if (await exists(p)) return p;
    const loc = this.locations.get(digest);
    if (!loc?.artifact_id) throw new CatalogError(`catalog blob sha256:${digest} is not stored in any known artifact`);
    let pending = this.downloads.get(loc.artifact_id);
    if (!pending) {
      pending = this.downloadPack(loc).finally(() => this.downloads.delete(loc.artifact_id));
      this.downloads.set(loc.artifact_id, pending);
    }
    await pending;
    if (!await exists(p)) throw new CatalogError(`artifact '${loc.artifact_name}' (id ${loc.artifact_id}) does not contain sha256:${digest}`);
    return p;
  }
  async downloadPack(loc) {
    let findBy;
    if (loc.workflow_run_id && this.rt.workflowRunId && loc.workflow_run_id !== this.rt.workflowRunId) {
      const opts = this.options;
      findBy = makeFindBy(opts.sourceRepository || this.rt.repository, loc.workflow_run_id, opts.token);
      if (!findBy) {
        throw new CatalogError(`artifact '${loc.artifact_name}' belongs to workflow run ${loc.workflow_run_id}; reading it needs a token with 'actions: read' (action input github-token)`);
      }
    }
    const dir = join(this.stateDir, "dl", `${loc.artifact_id}-${randomBytes2(3).toString("hex")}`);
    const files = await downloadArtifact(loc.artifact_id, loc.artifact_name, dir, { findBy });
    await mkdir(this.blobsDir, { recursive: true });
    for (const rel of files) {
      if (!HEX64.test(rel)) {
        this.log(`catalog: ignoring unexpected entry '${rel}' in artifact ${loc.artifact_name}`);
        continue;
      }
      const src = join(dir, rel);
      const { digest } = await sha256File(src);
      if (digest !== rel) throw new CatalogError(`artifact '${loc.artifact_name}': member ${rel} has sha256 ${digest}; refusing corrupted content`);
      if (!await exists(this.blobPath(digest))) await rename(src, this.blobPath(digest));
    }
    this.stats.artifactsDownloaded++;
    await rm(dir, { recursive: true, force: true });
  }
  async get(req) {
    this.throwBackground();
    for (const p of req.patterns) checkPattern(p);
    await this.ensureIndex(req.runId);
    const files = this.run(req.runId).files;
    const dataDir = this.dataDir(req.workDir);
    await mkdir(dataDir, { recursive: true });
    const realData = await realpath(dataDir);
    const entries = [];
    const seen = /* @__PURE__ */ new Set();
    for (const pattern of req.patterns) {
      const match = await globMatcher(pattern);
      const matches = [...files.keys()].filter((rel) => match(rel) && !rel.endsWith(".execution.log")).sort();
      if (matches.length === 0) throw new CatalogError(`catalog get: nothing in the catalog of run '${req.runId}' matches '${pattern}'`);
      for (const rel of matches) {
        if (seen.has(rel)) continue;
        seen.add(rel);
        if (!isSafeRelativePath(rel)) throw new CatalogError(`catalog get: refusing path '${rel}' (escapes the data folder)`);
        const rec = files.get(rel);
        const target = resolve(realData, rel);
        if (!within(realData, target)) throw new CatalogError(`catalog get: refusing path '${rel}' (escapes the data folder)`);
        await mkdir(dirname(target), { recursive: true });
        if (!within(realData, await realpath(dirname(target)))) throw new CatalogError(`catalog get: refusing path '${rel}' (a symbolic link leads outside the data folder)`);
        const blob = await this.ensureLocal(rec.digest);
        await rm(target, { force: true });
        await copyFile(blob, target);
        entries.push({
          name: rel,
          data_hash: rec.digest,
          catalog_relative_path: rel,
          catalog_handler_location: this.describe(),
          stage: "get",
          ...this.lineage(rec.digest, req.step, false)
        });
      }
    }
    return entries;
  }
  /** Folders a put never copies from (the run log store's), resolved. */
  excluded = [];
  excludeFolder(dir) {
    if (!this.excluded.includes(resolve(dir))) this.excluded.push(resolve(dir));
    void realpath(dir).catch(() => dir).then((real) => {
      for (const d of /* @__PURE__ */ new Set([resolve(dir), real])) if (!this.excluded.includes(d)) this.excluded.push(d);
    });
  }
  async put(req) {
    this.throwBackground();
    for (const p of req.patterns) checkPattern(p);
    const dataDir = this.dataDir(req.workDir);
    if (!await exists(dataDir)) {
      if (req.allowNoMatch) return [];
      throw new CatalogError(`catalog put: data folder ${dataDir} does not exist`);
    }
    const realData = await realpath(dataDir);
    const stateReal = await realpath(this.stateDir).catch(() => this.stateDir);
    await this.ensureIndex(req.runId).catch((err) => this.log(`catalog: could not read earlier index of run ${req.runId}: ${err.message}`));
    const state = this.run(req.runId);
    const entries = [];
    const seen = /* @__PURE__ */ new Set();
    for (const pattern of req.patterns) {
      const found = (await (await loadGlob())(pattern, { cwd: realData, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false })).map((f) => f.split(sep).join("/"));
      if (pattern.includes("**")) {
        for (const rel of await lineBreakMatches(realData, pattern, [])) if (!found.includes(rel)) found.push(rel);
      }
      found.sort();
      const matches = [];
      for (const rel of found) {
        const abs = resolve(realData, rel);
        if (within(stateReal, abs) || this.excluded.some((d) => within(d, abs))) continue;
        const real = await realpath(abs).catch(() => void 0);
        if (!real || !within(realData, real)) throw new CatalogError(`catalog put: '${rel}' resolves outside the data folder`);
        matches.push(rel);
      }
      if (matches.length === 0) {
        if (req.allowNoMatch) continue;
        throw new CatalogError(`catalog put: no file matches '${pattern}' in ${dataDir}`);
      }
      for (const rel of matches) {
        if (seen.has(rel)) continue;
        seen.add(rel);
        const abs = resolve(realData, rel);
        const { digest, size } = await sha256File(abs);
        let dedup = true;
        if (req.storeCopy) {
          dedup = !await this.stage(req.runId, digest, size, async (dest) => {
            await copyFile(abs, dest);
            if ((await sha256File(dest)).digest !== digest) throw new CatalogError(`catalog put: '${rel}' changed while it was being stored`);
          });
          state.files.set(rel, { digest, size, step: req.step });
          this.notePutter(state, digest, req.step);
          state.dirty = true;
        }
        entries.push({
          name: rel,
          data_hash: digest,
          catalog_relative_path: `${req.runId}/${rel}`,
          catalog_handler_location: this.describe(),
          stage: "put",
          ...this.lineage(digest, req.step, req.storeCopy && dedup)
        });
      }
    }
    return entries;
  }
  async putBytes(runId, relativePath, data, step, opts) {
    this.throwBackground();
    const rel = relativePath.replace(/\\/g, "/");
    if (!isSafeRelativePath(rel)) throw new CatalogError(`catalog: refusing to store '${relativePath}' (must be a relative path without '..')`);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
    const digest = sha256Bytes(bytes);
    const dedup = !await this.stage(runId, digest, bytes.length, (dest) => writeFile(dest, bytes));
    const state = this.run(runId);
    state.files.set(rel, { digest, size: bytes.length, step });
    if (opts?.output !== false) this.notePutter(state, digest, step);
    state.dirty = true;
    return {
      name: rel,
      data_hash: digest,
      catalog_relative_path: `${runId}/${rel}`,
      catalog_handler_location: this.describe(),
      stage: "put",
      ...this.lineage(digest, step, dedup)
    };
  }
  async putFile(runId, relativePath, file, step, opts) {
    this.throwBackground();
    const rel = relativePath.replace(/\\/g, "/");
    if (!isSafeRelativePath(rel)) throw new CatalogError(`catalog: refusing to store '${relativePath}' (must be a relative path without '..')`);
    const { digest, size } = await sha256File(file);
    const dedup = !await this.stage(runId, digest, size, (dest) => copyFile(file, dest));
    const state = this.run(runId);
    state.files.set(rel, { digest, size, step });
    if (opts?.output !== false) this.notePutter(state, digest, step);
    state.dirty = true;
    return {
      name: rel,
      data_hash: digest,
      catalog_relative_path: `${runId}/${rel}`,
      catalog_handler_location: this.describe(),
      stage: "put",
      ...this.lineage(digest, step, dedup)
    };
  }
  async getBytes(runId, relativePath) {
    this.throwBackground();
    const rel = relativePath.replace(/\\/g, "/");
    await this.ensureIndex(runId);
    const rec = this.run(runId).files.get(rel);
    if (!rec) throw new CatalogError(`catalog: '${rel}' is not stored for run '${runId}'`);
    return readFile(await this.ensureLocal(rec.digest));
  }
  throwBackground() {
    if (this.backgroundError) {
      const err = this.backgroundError;
      this.backgroundError = void 0;
      throw err;
    }
  }
  /**
   * Uploads every pending pack, then one index per run that changed. While a pack could not be uploaded, every
   * flush throws (RA600 for the artifact service) and uploads no index: an index never lists files whose
   * bytes are in no artifact.
   */
  async flush() {
    for (const pack of [...this.packs.values()]) void this.closePack(pack);
    await this.chain;
    this.backgroundError = void 0;
    if (this.failedPacks.length) {
      const { pack, error } = this.failedPacks[0];
      const files = this.failedPacks.reduce((n, f) => n + f.pack.members.size, 0);
      const message = `the catalog of run '${pack.runId}' could not be stored (${files} file(s) are in no artifact): ${error instanceof Error ? error.message : String(error)}`;
      throw error instanceof RemoteServiceError ? new RemoteServiceError(message, error.service, error.status, { cause: error }) : new CatalogError(message, { cause: error });
    }
    for (const [runId, state] of this.runs) {
      if (!state.dirty) continue;
      state.dirty = false;
      try {
        await this.uploadIndex(runId, state);
      } catch (err) {
        state.dirty = true;
        throw err;
      }
    }
  }
  notePutter(state, digest, step) {
    const putters = state.putters ??= /* @__PURE__ */ new Map();
    let steps = putters.get(digest);
    if (!steps) putters.set(digest, steps = /* @__PURE__ */ new Set());
    steps.add(step);
  }
  unstored(runId) {
    const putters = this.runs.get(runId)?.putters;
    const steps = /* @__PURE__ */ new Set();
    for (const { pack } of this.failedPacks) {
      if (pack.runId !== runId) continue;
      for (const digest of pack.members.keys()) for (const step of putters?.get(digest) ?? []) steps.add(step);
    }
    return [...steps];
  }
  async uploadIndex(runId, state) {
    const doc = {
      format: "runnable-action/catalog-index@1",
      run_id: runId,
      workflow_run_id: this.rt.workflowRunId,
      run_attempt: this.rt.runAttempt,
      files: {},
      locations: {}
    };
    for (const [rel, rec] of [...state.files].sort(([a], [b]) => a < b ? -1 : 1)) {
      const sealed = await this.sealer.seal(runId, rel, rec);
      if (sealed) (doc.sealed ??= []).push(sealed);
      else doc.files[rel] = rec;
    }
    if (doc.sealed) doc.seal = this.sealer.params;
    for (const rec of state.files.values()) {
      const loc = this.locations.get(rec.digest);
      if (loc) doc.locations[rec.digest] = loc;
    }
    const name = `${this.nextName(runId)}-index`;
    const dir = join(this.stateDir, "packs", name);
    await mkdir(dir, { recursive: true });
    const body = JSON.stringify(doc);
    await writeFile(join(dir, "index.json"), body);
    const r = await uploadArtifact(name, [join(dir, "index.json")], dir, {
      compressionLevel: 9,
      ...this.config.retention_days ? { retentionDays: this.config.retention_days } : {}
    });
    this.stats.artifactsUploaded++;
    this.stats.uploaded.push({ name, id: r.id, url: artifactUrl(this.rt, r.id), files: state.files.size, bytes: body.length, kind: "index" });
    this.log(`catalog: uploaded the index of run ${runId} (${state.files.size} file(s)) as artifact ${name} (id ${r.id})`);
    await rm(dir, { recursive: true, force: true });
  }
};
async function openGithubArtifactsCatalog(config, ctx) {
  const rt = readRuntime(ctx.env ?? process.env);
  if (!rt.hasRuntime) {
    throw new CatalogError(
      "the github-artifacts catalog needs the Actions runtime (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL): it works only inside the runnable-action Action, not in run: steps or locally; use the file-system catalog there"
    );
  }
  const stateDir = resolve(ctx.cwd, config.state_dir ?? join(rt.tempDir ?? tmpdir(), "runnable-catalog"));
  await mkdir(stateDir, { recursive: true });
  if (!(await stat(stateDir)).isDirectory()) throw new CatalogError(`catalog state_dir ${stateDir} is not a directory`);
  return new GithubArtifactsCatalog(config, ctx.cwd, rt, stateDir, ctx.githubArtifacts, ctx.secretValues);
}
__name(openGithubArtifactsCatalog, "openGithubArtifactsCatalog");
async function createGithubArtifactsCatalog(cfg, cwd, context = {}) {
  return openGithubArtifactsCatalog(parseConfig(cfg), { ...context, cwd });
}
__name(createGithubArtifactsCatalog, "createGithubArtifactsCatalog");
export {
  GithubArtifactsCatalog,
  checkExtracted,
  createGithubArtifactsCatalog,
  isSafeRelativePath,
  openGithubArtifactsCatalog
};
