/**
 * The `github-artifacts` catalog: a run's catalog kept in GitHub Actions artifacts, through the unmodified
 * `@actions/artifact` client. Only a JavaScript action receives the runtime token, so this catalog works
 * inside the runnable-action Action (platform doc §4), not in `run:` steps.
 *
 * Layout and naming (why: artifacts are immutable, names are unique per workflow run across jobs and re-run
 * attempts, and a job may create at most 500 of them):
 *
 * - **Content-addressed blobs.** Every file is known by its sha256. A pack artifact holds files named by
 *   their digest, so a digest already uploaded (by this run, an earlier attempt, or another step) is never
 *   uploaded again; a path is only an index entry pointing at a digest.
 * - **Packs.** New blobs of all steps are gathered into one pending pack per run and uploaded when the pack
 *   reaches `pack_max_bytes` or `pack_max_files`, after `flush_interval_seconds`, or on `flush()`. A
 *   pipeline (even a 10,000-item map) therefore makes a handful of artifacts, not one per step.
 * - **Names.** `rn-<runkey>-a<attempt>-<nonce>-<seq>`: the run attempt, a random per-process nonce (two
 *   action steps of one job share the job's token) and a sequence. Names are fixed when a pack opens, so
 *   the lineage a put records (`artifact_name`) is final; they never collide across steps, map items,
 *   retries or re-run attempts, and a 409 is impossible by construction.
 * - **Index.** `flush()` uploads, per run, `rn-<runkey>-a<attempt>-<nonce>-<seq>-index`: path → digest, and
 *   digest → artifact. A later job (retry, re-run attempt, another workflow run via `findBy`) merges every
 *   index of the run, newest last, and downloads only the packs holding what it gets. An entry whose file
 *   name or step holds a declared secret is sealed (AES-256-GCM, key from that secret: github-artifacts-seal.ts),
 *   so the index artifact never shows the secret, yet a get or a retry that knows the secret still matches it.
 *
 * Downloads land in a private directory, are checked (no symlinks, nothing escaping) and each blob's
 * sha256 is verified against its name before use; index paths that are absolute or contain `..` are
 * rejected, so no archive or index can write outside the step's data folder.
 */
import type * as z from 'zod/mini';
import { githubArtifactsCatalogSchema } from '../config/schema.js';
import { randomBytes } from 'node:crypto';
import { access, copyFile, link, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CatalogError, RemoteServiceError, ValidationError, type ValidationIssue } from '../errors.js';
import type { ServiceConfig } from '../config/model.js';
import type { DataCatalogEntry } from '../runlog/model.js';
import type { Catalog, CatalogGetRequest, CatalogPutRequest, PutOptions } from './catalog.js';
import { checkExtracted, downloadArtifact, listArtifacts, makeFindBy, uploadArtifact, type ListedArtifact } from './github-artifacts-client.js';
import { artifactUrl, readRuntime, runKey, type GithubArtifactsOptions, type GithubArtifactsRuntime } from './github-artifacts-env.js';
import type { CatalogContext } from './factory.js';
import { IndexSealer, type SealParams, type SealedEntry } from './github-artifacts-seal.js';
import { sha256Bytes, sha256File } from './hash.js';
import { globMatcher, lineBreakMatches } from './paths.js';

/** tinyglobby costs 20–35 ms to load: only runs whose steps have catalog patterns pay for it. */
const loadGlob = () => import('tinyglobby').then((m) => m.glob);

/** `catalog.config` of `type: github-artifacts` (defined once, in the config schema). */
export type GithubArtifactsCatalogConfig = z.output<ReturnType<typeof githubArtifactsCatalogSchema>>;

/** Lineage fields this catalog adds to every `DataCatalogEntry`. */
export interface GithubArtifactsLineage {
  /** `sha256:<hex>` of the file (the content address; `data_hash` is the bare hex). */
  digest: string;
  /** The pack artifact holding the bytes (unique per workflow run). */
  artifact_name?: string;
  /** Its id, when the bytes were uploaded before this entry was made (deduplicated content). */
  artifact_id?: number;
  /** The workflow run (GITHUB_RUN_ID) and attempt that produced the entry. */
  workflow_run_id: string;
  run_attempt: number;
  step: string;
  /** True when the bytes were already stored and nothing was uploaded for this entry. */
  deduplicated?: boolean;
}

interface FileRec {
  digest: string;
  size: number;
  step: string;
}

interface Location {
  artifact_name: string;
  artifact_id?: number;
  workflow_run_id: string;
}

interface Pack {
  name: string;
  runId: string;
  members: Map<string, number>;
  bytes: number;
  timer?: NodeJS.Timeout;
}

interface RunState {
  files: Map<string, FileRec>;
  /** Every step that put each digest in this process (a file matched by several steps' globs has several). */
  putters?: Map<string, Set<string>>;
  /** Changed since the last index upload. */
  dirty: boolean;
  loaded?: Promise<void>;
}

interface IndexDocument {
  format: 'runnable-action/catalog-index@1';
  run_id: string;
  workflow_run_id: string;
  run_attempt: number;
  files: Record<string, FileRec>;
  locations: Record<string, Location>;
  /** Entries whose name or step holds a secret, sealed (github-artifacts-seal.ts); absent when none. */
  sealed?: SealedEntry[];
  seal?: SealParams;
}

/** What one catalog instance did, for logs, the job summary and tests (the Action reads it from the run's result). */
export interface GithubArtifactsStats {
  artifactsUploaded: number;
  filesUploaded: number;
  bytesUploaded: number;
  filesDeduplicated: number;
  artifactsDownloaded: number;
  uploaded: { name: string; id: number; url?: string; files: number; bytes: number; kind: 'pack' | 'index' }[];
}

const HEX64 = /^[0-9a-f]{64}$/;
const INDEX_NAME = /^rn-(.+)-a(\d+)-([0-9a-f]{8})-(\d+)-index$/;
function parseConfig(cfg: ServiceConfig): GithubArtifactsCatalogConfig {
  const r = githubArtifactsCatalogSchema().safeParse(cfg.config ?? {});
  if (r.success) return r.data;
  const at = { file: cfg.source?.file ?? 'configuration', line: cfg.source?.line, column: cfg.source?.column };
  const issues: ValidationIssue[] = r.error.issues.map((i) => ({ ...at, path: ['catalog', 'config', ...i.path.map(String)].join('.'), message: i.message }));
  throw new ValidationError(issues, 'github-artifacts catalog configuration');
}

/** Rejects globs that could reach outside the data folder. */
function checkPattern(pattern: string): void {
  const p = pattern.replace(/\\/g, '/');
  if (p === '' || isAbsolute(pattern) || p.startsWith('/') || p.split('/').includes('..')) {
    throw new CatalogError(`catalog glob '${pattern}' escapes the data folder (absolute paths and '..' are not allowed)`);
  }
}

/** A stored relative path is safe: relative, normalised, no `..`, no backslash or NUL. */
export function isSafeRelativePath(rel: string): boolean {
  if (!rel || rel.includes('\0') || rel.includes('\\') || rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) return false;
  const parts = rel.split('/');
  return parts.every((s) => s !== '' && s !== '.' && s !== '..');
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

function within(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

export class GithubArtifactsCatalog implements Catalog {
  readonly kind = 'github-artifacts';
  readonly stats: GithubArtifactsStats = { artifactsUploaded: 0, filesUploaded: 0, bytesUploaded: 0, filesDeduplicated: 0, artifactsDownloaded: 0, uploaded: [] };
  private readonly runs = new Map<string, RunState>();
  private readonly locations = new Map<string, Location>();
  /** Digest → pending pack holding it (not uploaded yet). */
  private readonly pendingDigests = new Map<string, Pack>();
  private readonly packs = new Map<string, Pack>();
  private readonly downloads = new Map<number, Promise<void>>();
  private chain: Promise<void> = Promise.resolve();
  private backgroundError: unknown;
  /**
   * Packs whose upload failed: their files are in no artifact. Unlike `backgroundError` (thrown once, by the
   * next get/put), these are reported by every later flush: the engine's flush at the end of a run swallows
   * errors, and the Action's flush after it must still learn that the run's files were not stored.
   */
  private readonly failedPacks: { pack: Pack; error: unknown }[] = [];
  private readonly nonce = randomBytes(4).toString('hex');
  private readonly blobsDir: string;

  constructor(
    readonly config: GithubArtifactsCatalogConfig,
    private readonly cwd: string,
    private readonly rt: GithubArtifactsRuntime,
    private readonly stateDir: string,
    private readonly options: GithubArtifactsOptions = {},
    /** The run's secret values (a live set): index entries whose name or step holds one are sealed. */
    secretValues: ReadonlySet<string> = new Set(),
  ) {
    this.blobsDir = join(stateDir, 'blobs');
    this.sealer = new IndexSealer(secretValues);
  }

  private readonly sealer: IndexSealer;

  describe(): string {
    return `GitHub artifacts of workflow run ${this.rt.workflowRunId || '?'} (attempt ${this.rt.runAttempt})`;
  }

  private log(message: string): void {
    this.options.log?.(message);
  }

  /** Names of this instance's artifacts are `…-<nonce>-<seq>`: the nonce tells instances apart, the sequence artifacts. */
  private seq = 0;

  private nextName(runId: string): string {
    return `rn-${runKey(runId)}-a${this.rt.runAttempt}-${this.nonce}-${String(++this.seq).padStart(4, '0')}`;
  }

  private dataDir(workDir: string): string {
    return resolve(workDir || this.cwd, this.config.compute_data_folder);
  }

  private run(runId: string): RunState {
    let r = this.runs.get(runId);
    if (!r) {
      r = { files: new Map(), dirty: false };
      this.runs.set(runId, r);
    }
    return r;
  }

  private blobPath(digest: string): string {
    return join(this.blobsDir, digest);
  }

  private lineage(digest: string, step: string, deduplicated: boolean): GithubArtifactsLineage {
    const loc = this.locations.get(digest);
    const pack = this.pendingDigests.get(digest);
    return {
      digest: `sha256:${digest}`,
      artifact_name: loc?.artifact_name ?? pack?.name,
      ...(loc?.artifact_id ? { artifact_id: loc.artifact_id } : {}),
      workflow_run_id: this.rt.workflowRunId,
      run_attempt: this.rt.runAttempt,
      step,
      ...(deduplicated ? { deduplicated: true } : {}),
    };
  }

  /** Makes `digest` part of a pending pack unless it is stored or pending already. Returns true when new. */
  private async stage(runId: string, digest: string, size: number, write: (dest: string) => Promise<void>): Promise<boolean> {
    if (this.locations.has(digest) || this.pendingDigests.has(digest)) {
      this.stats.filesDeduplicated++;
      if (!(await exists(this.blobPath(digest)))) {
        // Known remotely but not here: nothing to stage, the bytes are in an artifact already.
      }
      return false;
    }
    const dest = this.blobPath(digest);
    if (!(await exists(dest))) {
      await mkdir(this.blobsDir, { recursive: true });
      const tmp = `${dest}.${randomBytes(4).toString('hex')}.tmp`;
      await write(tmp);
      await rename(tmp, dest);
    }
    // Re-check: a concurrent put of the same bytes may have staged it meanwhile.
    if (this.locations.has(digest) || this.pendingDigests.has(digest)) {
      this.stats.filesDeduplicated++;
      return false;
    }
    let pack = this.packs.get(runId);
    if (!pack) {
      pack = { name: this.nextName(runId), runId, members: new Map(), bytes: 0 };
      this.packs.set(runId, pack);
      if (this.config.flush_interval_seconds > 0) {
        const p = pack;
        p.timer = setTimeout(() => this.closePack(p), this.config.flush_interval_seconds * 1000);
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
  private closePack(pack: Pack): Promise<void> {
    if (this.packs.get(pack.runId) !== pack) return this.chain;
    this.packs.delete(pack.runId);
    if (pack.timer) clearTimeout(pack.timer);
    this.chain = this.chain.then(() =>
      this.uploadPack(pack).catch((err: unknown) => {
        this.backgroundError ??= err;
        this.failedPacks.push({ pack, error: err });
      }),
    );
    return this.chain;
  }

  private async uploadPack(pack: Pack): Promise<void> {
    const dir = join(this.stateDir, 'packs', pack.name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const files: string[] = [];
    for (const digest of pack.members.keys()) {
      const dest = join(dir, digest);
      await link(this.blobPath(digest), dest).catch(() => copyFile(this.blobPath(digest), dest));
      files.push(dest);
    }
    const r = await uploadArtifact(pack.name, files, dir, {
      compressionLevel: this.config.compression_level,
      ...(this.config.retention_days ? { retentionDays: this.config.retention_days } : {}),
    });
    for (const digest of pack.members.keys()) {
      this.locations.set(digest, { artifact_name: pack.name, artifact_id: r.id, workflow_run_id: this.rt.workflowRunId });
      this.pendingDigests.delete(digest);
    }
    this.stats.artifactsUploaded++;
    this.stats.filesUploaded += pack.members.size;
    this.stats.bytesUploaded += pack.bytes;
    this.stats.uploaded.push({ name: pack.name, id: r.id, url: artifactUrl(this.rt, r.id), files: pack.members.size, bytes: pack.bytes, kind: 'pack' });
    this.log(`catalog: uploaded ${pack.members.size} file(s), ${pack.bytes} bytes, as artifact ${pack.name} (id ${r.id})`);
    await rm(dir, { recursive: true, force: true });
  }

  /** Merges every index artifact of `runId` (this workflow run, then the source run if configured). */
  private ensureIndex(runId: string): Promise<void> {
    const state = this.run(runId);
    state.loaded ??= this.loadRemoteIndex(runId, state).catch((err: unknown) => {
      state.loaded = undefined;
      throw err;
    });
    return state.loaded;
  }

  private async loadRemoteIndex(runId: string, state: RunState): Promise<void> {
    const opts = this.options;
    const key = runKey(runId);
    const sources: { findBy?: ReturnType<typeof makeFindBy>; workflowRunId: string }[] = [];
    if (opts.sourceWorkflowRunId && opts.sourceWorkflowRunId !== this.rt.workflowRunId) {
      const findBy = makeFindBy(opts.sourceRepository || this.rt.repository, opts.sourceWorkflowRunId, opts.token);
      if (!findBy) {
        throw new CatalogError(`reading the catalog of workflow run ${opts.sourceWorkflowRunId} needs a token with 'actions: read' and the repository name`);
      }
      sources.push({ findBy, workflowRunId: opts.sourceWorkflowRunId });
    }
    sources.push({ workflowRunId: this.rt.workflowRunId });
    const found: { a: ListedArtifact; findBy?: ReturnType<typeof makeFindBy>; workflowRunId: string }[] = [];
    for (const src of sources) {
      for (const a of await listArtifacts(src.findBy)) {
        const m = INDEX_NAME.exec(a.name);
        if (m && m[1] === key) found.push({ a, findBy: src.findBy, workflowRunId: src.workflowRunId });
      }
    }
    found.sort((x, y) => x.a.id - y.a.id);
    const remoteFiles = new Map<string, FileRec>();
    for (const { a, findBy, workflowRunId } of found) {
      const dir = join(this.stateDir, 'dl', `index-${a.id}-${randomBytes(3).toString('hex')}`);
      const files = await downloadArtifact(a.id, a.name, dir, { findBy, expectedDigest: a.digest });
      if (!files.includes('index.json')) throw new CatalogError(`catalog index artifact '${a.name}' has no index.json`);
      let doc: IndexDocument;
      try {
        doc = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as IndexDocument;
      } catch (err) {
        throw new CatalogError(`catalog index artifact '${a.name}' is not valid JSON: ${(err as Error).message}`);
      }
      await rm(dir, { recursive: true, force: true });
      if (doc.format !== 'runnable-action/catalog-index@1' || doc.run_id !== runId) continue;
      for (const [rel, rec] of Object.entries(doc.files ?? {})) {
        if (!isSafeRelativePath(rel) || !HEX64.test(String(rec?.digest))) {
          this.log(`catalog: ignoring unsafe index entry '${rel}' in ${a.name}`);
          continue;
        }
        remoteFiles.set(rel, { digest: rec.digest, size: Number(rec.size) || 0, step: String(rec.step ?? '') });
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
      if (unreadable) this.log(`catalog: ${unreadable} entr${unreadable === 1 ? 'y' : 'ies'} of ${a.name} sealed with a secret this run does not know (its file name holds one): not matched`);
      for (const [digest, loc] of Object.entries(doc.locations ?? {})) {
        if (!HEX64.test(digest) || typeof loc?.artifact_name !== 'string') continue;
        if (!this.locations.has(digest)) {
          this.locations.set(digest, { artifact_name: loc.artifact_name, artifact_id: Number(loc.artifact_id) || undefined, workflow_run_id: String(loc.workflow_run_id || workflowRunId) });
        }
      }
    }
    // Entries made in this process (before the index loaded) win over remote ones.
    for (const [rel, rec] of remoteFiles) if (!state.files.has(rel)) state.files.set(rel, rec);
    if (found.length) this.log(`catalog: loaded ${found.length} index artifact(s) of run ${runId}: ${remoteFiles.size} file(s)`);
  }

  /** Makes the blob of `digest` present locally, downloading the pack that holds it if needed. */
  private async ensureLocal(digest: string): Promise<string> {
    const p = this.blobPath(digest);
    if (await exists(p)) return p;
    const loc = this.locations.get(digest);
    if (!loc?.artifact_id) throw new CatalogError(`catalog blob sha256:${digest} is not stored in any known artifact`);
    let pending = this.downloads.get(loc.artifact_id);
    if (!pending) {
      pending = this.downloadPack(loc).finally(() => this.downloads.delete(loc.artifact_id!));
      this.downloads.set(loc.artifact_id, pending);
    }
    await pending;
    if (!(await exists(p))) throw new CatalogError(`artifact '${loc.artifact_name}' (id ${loc.artifact_id}) does not contain sha256:${digest}`);
    return p;
  }

  private async downloadPack(loc: Location): Promise<void> {
    let findBy: ReturnType<typeof makeFindBy>;
    if (loc.workflow_run_id && this.rt.workflowRunId && loc.workflow_run_id !== this.rt.workflowRunId) {
      const opts = this.options;
      findBy = makeFindBy(opts.sourceRepository || this.rt.repository, loc.workflow_run_id, opts.token);
      if (!findBy) {
        throw new CatalogError(`artifact '${loc.artifact_name}' belongs to workflow run ${loc.workflow_run_id}; reading it needs a token with 'actions: read' (action input github-token)`);
      }
    }
    const dir = join(this.stateDir, 'dl', `${loc.artifact_id}-${randomBytes(3).toString('hex')}`);
    const files = await downloadArtifact(loc.artifact_id!, loc.artifact_name, dir, { findBy });
    await mkdir(this.blobsDir, { recursive: true });
    for (const rel of files) {
      // Only members named by a digest and whose bytes hash to that digest become blobs.
      if (!HEX64.test(rel)) {
        this.log(`catalog: ignoring unexpected entry '${rel}' in artifact ${loc.artifact_name}`);
        continue;
      }
      const src = join(dir, rel);
      const { digest } = await sha256File(src);
      if (digest !== rel) throw new CatalogError(`artifact '${loc.artifact_name}': member ${rel} has sha256 ${digest}; refusing corrupted content`);
      if (!(await exists(this.blobPath(digest)))) await rename(src, this.blobPath(digest));
    }
    this.stats.artifactsDownloaded++;
    await rm(dir, { recursive: true, force: true });
  }

  async get(req: CatalogGetRequest): Promise<DataCatalogEntry[]> {
    this.throwBackground();
    for (const p of req.patterns) checkPattern(p);
    await this.ensureIndex(req.runId);
    const files = this.run(req.runId).files;
    const dataDir = this.dataDir(req.workDir);
    await mkdir(dataDir, { recursive: true });
    const realData = await realpath(dataDir);
    const entries: DataCatalogEntry[] = [];
    const seen = new Set<string>();
    for (const pattern of req.patterns) {
      const match = await globMatcher(pattern);
      const matches = [...files.keys()].filter((rel) => match(rel) && !rel.endsWith('.execution.log')).sort();
      if (matches.length === 0) throw new CatalogError(`catalog get: nothing in the catalog of run '${req.runId}' matches '${pattern}'`);
      for (const rel of matches) {
        if (seen.has(rel)) continue;
        seen.add(rel);
        if (!isSafeRelativePath(rel)) throw new CatalogError(`catalog get: refusing path '${rel}' (escapes the data folder)`);
        const rec = files.get(rel)!;
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
          stage: 'get',
          ...this.lineage(rec.digest, req.step, false),
        });
      }
    }
    return entries;
  }

  /** Folders a put never copies from (the run log store's), resolved. */
  private readonly excluded: string[] = [];

  excludeFolder(dir: string): void {
    if (!this.excluded.includes(resolve(dir))) this.excluded.push(resolve(dir));
    void realpath(dir)
      .catch(() => dir)
      .then((real) => {
        for (const d of new Set([resolve(dir), real])) if (!this.excluded.includes(d)) this.excluded.push(d);
      });
  }

  async put(req: CatalogPutRequest): Promise<DataCatalogEntry[]> {
    this.throwBackground();
    for (const p of req.patterns) checkPattern(p);
    const dataDir = this.dataDir(req.workDir);
    if (!(await exists(dataDir))) {
      if (req.allowNoMatch) return [];
      throw new CatalogError(`catalog put: data folder ${dataDir} does not exist`);
    }
    const realData = await realpath(dataDir);
    const stateReal = await realpath(this.stateDir).catch(() => this.stateDir);
    await this.ensureIndex(req.runId).catch((err: unknown) => this.log(`catalog: could not read earlier index of run ${req.runId}: ${(err as Error).message}`));
    const state = this.run(req.runId);
    const entries: DataCatalogEntry[] = [];
    const seen = new Set<string>();
    for (const pattern of req.patterns) {
      const found = (await (await loadGlob())(pattern, { cwd: realData, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false })).map((f) => f.split(sep).join('/'));
      // tinyglobby's `**` skips names holding a line break: found by the same second walk as the file-system catalog's.
      if (pattern.includes('**')) for (const rel of await lineBreakMatches(realData, pattern, [])) if (!found.includes(rel)) found.push(rel);
      found.sort();
      const matches: string[] = [];
      for (const rel of found) {
        const abs = resolve(realData, rel);
        if (within(stateReal, abs) || this.excluded.some((d) => within(d, abs))) continue;
        const real = await realpath(abs).catch(() => undefined);
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
          dedup = !(await this.stage(req.runId, digest, size, async (dest) => {
            await copyFile(abs, dest);
            // The file may have changed between hashing and copying: the blob must match its name.
            if ((await sha256File(dest)).digest !== digest) throw new CatalogError(`catalog put: '${rel}' changed while it was being stored`);
          }));
          state.files.set(rel, { digest, size, step: req.step });
          this.notePutter(state, digest, req.step);
          state.dirty = true;
        }
        entries.push({
          name: rel,
          data_hash: digest,
          catalog_relative_path: `${req.runId}/${rel}`,
          catalog_handler_location: this.describe(),
          stage: 'put',
          ...this.lineage(digest, req.step, req.storeCopy && dedup),
        });
      }
    }
    return entries;
  }

  async putBytes(runId: string, relativePath: string, data: Uint8Array | string, step: string, opts?: PutOptions): Promise<DataCatalogEntry | undefined> {
    this.throwBackground();
    const rel = relativePath.replace(/\\/g, '/');
    if (!isSafeRelativePath(rel)) throw new CatalogError(`catalog: refusing to store '${relativePath}' (must be a relative path without '..')`);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    const digest = sha256Bytes(bytes);
    const dedup = !(await this.stage(runId, digest, bytes.length, (dest) => writeFile(dest, bytes)));
    const state = this.run(runId);
    state.files.set(rel, { digest, size: bytes.length, step });
    if (opts?.output !== false) this.notePutter(state, digest, step);
    state.dirty = true;
    return {
      name: rel,
      data_hash: digest,
      catalog_relative_path: `${runId}/${rel}`,
      catalog_handler_location: this.describe(),
      stage: 'put',
      ...this.lineage(digest, step, dedup),
    };
  }

  async putFile(runId: string, relativePath: string, file: string, step: string, opts?: PutOptions): Promise<DataCatalogEntry | undefined> {
    this.throwBackground();
    const rel = relativePath.replace(/\\/g, '/');
    if (!isSafeRelativePath(rel)) throw new CatalogError(`catalog: refusing to store '${relativePath}' (must be a relative path without '..')`);
    const { digest, size } = await sha256File(file);
    const dedup = !(await this.stage(runId, digest, size, (dest) => copyFile(file, dest)));
    const state = this.run(runId);
    state.files.set(rel, { digest, size, step });
    if (opts?.output !== false) this.notePutter(state, digest, step);
    state.dirty = true;
    return {
      name: rel,
      data_hash: digest,
      catalog_relative_path: `${runId}/${rel}`,
      catalog_handler_location: this.describe(),
      stage: 'put',
      ...this.lineage(digest, step, dedup),
    };
  }

  async getBytes(runId: string, relativePath: string): Promise<Buffer> {
    this.throwBackground();
    const rel = relativePath.replace(/\\/g, '/');
    await this.ensureIndex(runId);
    const rec = this.run(runId).files.get(rel);
    if (!rec) throw new CatalogError(`catalog: '${rel}' is not stored for run '${runId}'`);
    return readFile(await this.ensureLocal(rec.digest));
  }

  private throwBackground(): void {
    if (this.backgroundError) {
      const err = this.backgroundError;
      this.backgroundError = undefined;
      throw err;
    }
  }

  /**
   * Uploads every pending pack, then one index per run that changed. While a pack could not be uploaded, every
   * flush throws (RA600 for the artifact service) and uploads no index: an index never lists files whose
   * bytes are in no artifact.
   */
  async flush(): Promise<void> {
    for (const pack of [...this.packs.values()]) void this.closePack(pack);
    await this.chain;
    this.backgroundError = undefined; // a failed pack upload: reported below, the same way at every flush
    if (this.failedPacks.length) {
      const { pack, error } = this.failedPacks[0]!;
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

  private notePutter(state: RunState, digest: string, step: string): void {
    const putters = (state.putters ??= new Map());
    let steps = putters.get(digest);
    if (!steps) putters.set(digest, (steps = new Set()));
    steps.add(step);
  }

  unstored(runId: string): string[] {
    const putters = this.runs.get(runId)?.putters;
    const steps = new Set<string>();
    for (const { pack } of this.failedPacks) {
      if (pack.runId !== runId) continue;
      for (const digest of pack.members.keys()) for (const step of putters?.get(digest) ?? []) steps.add(step);
    }
    return [...steps];
  }

  private async uploadIndex(runId: string, state: RunState): Promise<void> {
    const doc: IndexDocument = {
      format: 'runnable-action/catalog-index@1',
      run_id: runId,
      workflow_run_id: this.rt.workflowRunId,
      run_attempt: this.rt.runAttempt,
      files: {},
      locations: {},
    };
    // A name (or step) holding a secret is sealed, never written in clear: the index is readable by anyone who can read the run.
    for (const [rel, rec] of [...state.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
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
    const dir = join(this.stateDir, 'packs', name);
    await mkdir(dir, { recursive: true });
    const body = JSON.stringify(doc);
    await writeFile(join(dir, 'index.json'), body);
    const r = await uploadArtifact(name, [join(dir, 'index.json')], dir, {
      compressionLevel: 9,
      ...(this.config.retention_days ? { retentionDays: this.config.retention_days } : {}),
    });
    this.stats.artifactsUploaded++;
    this.stats.uploaded.push({ name, id: r.id, url: artifactUrl(this.rt, r.id), files: state.files.size, bytes: body.length, kind: 'index' });
    this.log(`catalog: uploaded the index of run ${runId} (${state.files.size} file(s)) as artifact ${name} (id ${r.id})`);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Opens the catalog with options parsed by the config registry (catalog/factory.ts) and the run's context. */
export async function openGithubArtifactsCatalog(config: GithubArtifactsCatalogConfig, ctx: CatalogContext): Promise<GithubArtifactsCatalog> {
  const rt = readRuntime(ctx.env ?? process.env);
  if (!rt.hasRuntime) {
    throw new CatalogError(
      'the github-artifacts catalog needs the Actions runtime (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL): it works only inside the runnable-action Action, not in run: steps or locally; use the file-system catalog there',
    );
  }
  const stateDir = resolve(ctx.cwd, config.state_dir ?? join(rt.tempDir ?? tmpdir(), 'runnable-catalog'));
  await mkdir(stateDir, { recursive: true });
  if (!(await stat(stateDir)).isDirectory()) throw new CatalogError(`catalog state_dir ${stateDir} is not a directory`);
  return new GithubArtifactsCatalog(config, ctx.cwd, rt, stateDir, ctx.githubArtifacts, ctx.secretValues);
}

/** The catalog from a `{type: github-artifacts, config}` service config (tests, tools). */
export async function createGithubArtifactsCatalog(cfg: ServiceConfig, cwd: string, context: Omit<CatalogContext, 'cwd'> = {}): Promise<GithubArtifactsCatalog> {
  return openGithubArtifactsCatalog(parseConfig(cfg), { ...context, cwd });
}

export { checkExtracted };
