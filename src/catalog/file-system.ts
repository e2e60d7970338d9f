/**
 * `file-system` catalog (runnable §6.6, §10): files live at `<catalog_location>/<run_id>/<relative path>`.
 *
 * - The data folder is `compute_data_folder` (default `.`) resolved against the request's `workDir` (the
 *   step's working directory); globs are matched there (see paths.ts for the glob semantics) and, for
 *   `get`, in `<catalog_location>/<run_id>/`, skipping `*.execution.log`.
 * - put: every matched file is hashed (sha256) and copied. A copy whose target already holds the same
 *   content (same size and sha256) is skipped, so a second put of unchanged files writes 0 bytes (see
 *   `stats`). get skips identical targets the same way.
 * - Every file is written to a temp file next to its target and renamed into place, so a put that fails
 *   half-way (read-only or full disk, a file where a folder is needed) leaves each target either complete
 *   (old or new content) or untouched, and throws a CatalogError naming the path and the reason.
 * - Speed: files up to 1 MiB (the common case: thousands of small outputs) are read once into memory,
 *   hashed and written from that buffer with synchronous calls (a thread-pool round trip costs more than
 *   the syscall itself); the event loop is given back every 64 files. Bigger files are streamed through
 *   the hash and copied with `copyFile`, `concurrency` (default 4) at a time.
 * - Safety: patterns must be relative without `..`; a match that resolves (through symbolic links)
 *   outside the searched folder is refused; get never writes through a symbolic link or into a folder that
 *   resolves outside the data folder. If the catalog folder lies inside the data folder it is never put.
 * - Lineage: put entries carry `catalog_relative_path: <run_id>/<rel>`; get entries only `<rel>`, as
 *   upstream does. `catalog_handler_location` is `catalog_location` as configured.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CatalogError } from '../errors.js';
import type { DataCatalogEntry } from '../runlog/model.js';
import type { Catalog, CatalogGetRequest, CatalogPutRequest } from './catalog.js';
import { sha256Bytes, sha256File } from './hash.js';
import { RealpathCache, checkInside, checkPattern, isInside, matchFiles, normaliseRelative } from './paths.js';
import { atomicWriteFileSync } from '../runlog/fs-util.js';

export interface CatalogStats {
  /** Bytes written into the catalog or a work dir by this instance. */
  bytesWritten: number;
  /** Files written. */
  filesWritten: number;
  /** Files not written because the target already had the same content. */
  filesSkipped: number;
}

export interface FileSystemCatalogOptions {
  /** Absolute path of the catalog folder. */
  catalogLocation: string;
  /** `catalog_location` as configured, recorded as `catalog_handler_location`. Defaults to catalogLocation. */
  handlerLocation?: string;
  /** `compute_data_folder`, resolved against each request's workDir. Default `.`. */
  computeDataFolder?: string;
  /** Big files (> 1 MiB) hashed and copied at once. Default 4. */
  concurrency?: number;
}

const SMALL = 1024 * 1024;
const YIELD_EVERY = 64;
const TMP_SUFFIX = '.catalog-tmp';
const GET_IGNORE = ['**/*.execution.log', `**/.*${TMP_SUFFIX}`];
let tmpCounter = 0;
/** sha256 of no bytes. */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

type Op = 'get' | 'put';

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ? `${e.code}: ${e.message}` : String((err as Error)?.message ?? err);
}

function identOf(st: fs.Stats): string {
  return `${st.ino}:${st.size}:${st.mtimeMs}`;
}

const yieldLoop = () => new Promise<void>((r) => setImmediate(r));

interface Transfer {
  rel: string;
  src: string;
  dest: string | undefined; // undefined: hash only (store_copy false)
  size: number;
}

/** What one put/get needs while it runs: folders already created, realpaths resolved. */
class Job {
  readonly made = new Set<string>();
  readonly srcDirs = new RealpathCache();
  readonly destDirs = new RealpathCache();
  constructor(
    readonly op: Op,
    readonly signal?: AbortSignal,
  ) {}

  /** Throws when the request was cancelled: no new file is started. */
  checkCancelled(): void {
    if (this.signal?.aborted) throw new CatalogError(`catalog ${this.op} cancelled (${String(this.signal.reason ?? 'aborted')})`);
  }
}

const isAbort = (err: unknown) => (err as Error)?.name === 'AbortError' || (err as NodeJS.ErrnoException)?.code === 'ABORT_ERR';

export class FileSystemCatalog implements Catalog {
  readonly kind = 'file-system';
  readonly catalogLocation: string;
  readonly handlerLocation: string;
  readonly computeDataFolder: string;
  readonly stats: CatalogStats = { bytesWritten: 0, filesWritten: 0, filesSkipped: 0 };
  private readonly concurrency: number;
  /** Folders a put never copies from (excludeFolder), besides the catalog's own. */
  private readonly excluded: string[] = [];
  /** sha256 of catalog files this instance wrote or hashed, valid while their identity is unchanged. */
  private readonly known = new Map<string, { ident: string; hash: string }>();
  /** Per folder, the empty file that later empty execution logs there are hard links to (createEmpty). */
  private readonly emptyFiles = new Map<string, { path: string; ino: number }>();
  private linksRefused = false;

  constructor(options: FileSystemCatalogOptions) {
    this.catalogLocation = path.resolve(options.catalogLocation);
    this.handlerLocation = options.handlerLocation ?? options.catalogLocation;
    this.computeDataFolder = options.computeDataFolder ?? '.';
    this.concurrency = Math.max(1, options.concurrency ?? 4);
  }

  describe(): string {
    return `file-system catalog at ${this.catalogLocation}`;
  }

  excludeFolder(dir: string): void {
    const abs = path.resolve(dir);
    if (!this.excluded.includes(abs)) this.excluded.push(abs);
  }

  /** Where a run's files are stored. */
  runFolder(runId: string): string {
    if (!runId || runId === '.' || runId === '..' || /[/\\\0]/.test(runId)) throw new CatalogError(`invalid run id '${runId}'`);
    return path.join(this.catalogLocation, runId);
  }

  /** The folder files are matched in (put) and copied to (get) for a step working in `workDir`. */
  dataFolder(workDir: string): string {
    return path.resolve(workDir || '.', this.computeDataFolder);
  }

  async put(req: CatalogPutRequest): Promise<DataCatalogEntry[]> {
    const dataDir = this.dataFolder(req.workDir);
    const runDir = this.runFolder(req.runId);
    let realData: string;
    try {
      realData = fs.realpathSync(dataDir);
    } catch (err) {
      if (req.allowNoMatch) return [];
      throw new CatalogError(`catalog put: the data folder ${dataDir} is not readable (${reason(err)})`, { cause: err });
    }
    // Never put the catalog into itself, nor the run log store's folder, when they live inside the data folder.
    const ignore: string[] = [];
    const realOf = (dir: string) => {
      try {
        return fs.realpathSync(dir);
      } catch {
        return dir;
      }
    };
    for (const folder of [this.catalogLocation, ...this.excluded]) {
      for (const [base, loc] of [
        [dataDir, folder],
        [realData, realOf(folder)],
      ] as const) {
        if (isInside(base, loc)) {
          const rel = path.relative(base, loc).split(path.sep).join('/');
          ignore.push(rel === '' ? '**' : `${rel}/**`);
        }
      }
    }

    const files = new Set<string>();
    for (const pattern of req.patterns) {
      const matched = await matchFiles(dataDir, pattern, { ignore });
      if (matched.length === 0 && !req.allowNoMatch) {
        throw new CatalogError(`catalog put: glob '${pattern}' matched no file in ${dataDir}`);
      }
      for (const rel of matched) files.add(rel);
    }

    const job = new Job('put', req.signal);
    const transfers: Transfer[] = [];
    let i = 0;
    for (const rel of files) {
      if (++i % YIELD_EVERY === 0) await yieldLoop();
      const st = checkInside(dataDir, realData, rel, job.srcDirs, 'file');
      if (!st.isFile()) continue; // e.g. a link to a folder inside the data folder
      transfers.push({ rel, src: dataDir + path.sep + rel, dest: req.storeCopy ? runDir + path.sep + rel : undefined, size: st.size });
    }
    const hashes = await this.transferAll(transfers, job);
    return transfers.map((t, k) => ({
      name: t.rel,
      data_hash: hashes[k]!,
      catalog_relative_path: `${req.runId}/${t.rel}`,
      catalog_handler_location: this.handlerLocation,
      stage: 'put' as const,
    }));
  }

  async get(req: CatalogGetRequest): Promise<DataCatalogEntry[]> {
    const dataDir = this.dataFolder(req.workDir);
    const runDir = this.runFolder(req.runId);
    let realRun: string | undefined;
    try {
      realRun = fs.realpathSync(runDir);
    } catch {
      realRun = undefined;
    }
    const files = new Set<string>();
    // Refuse a pattern that could reach outside first, whether or not the run folder exists yet, so the
    // message says why (not "matched no file").
    for (const pattern of req.patterns) checkPattern(pattern);
    for (const pattern of req.patterns) {
      const matched = realRun === undefined ? [] : await matchFiles(runDir, pattern, { ignore: GET_IGNORE });
      if (matched.length === 0) throw new CatalogError(`catalog get: glob '${pattern}' matched no file in ${runDir}`);
      for (const rel of matched) files.add(rel);
    }
    if (files.size === 0) return [];
    const job = new Job('get', req.signal);
    this.ensureDir(dataDir, job);
    const realData = fs.realpathSync(dataDir);
    const transfers: Transfer[] = [];
    let i = 0;
    for (const rel of files) {
      if (++i % YIELD_EVERY === 0) await yieldLoop();
      const st = checkInside(runDir, realRun!, rel, job.srcDirs, 'catalog file');
      if (!st.isFile()) continue;
      const dest = path.join(dataDir, rel);
      this.ensureDir(path.dirname(dest), job);
      let realDestDir: string;
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
      data_hash: hashes[k]!,
      catalog_relative_path: t.rel,
      catalog_handler_location: this.handlerLocation,
      stage: 'get' as const,
    }));
  }

  async putBytes(runId: string, relativePath: string, data: Uint8Array | string, _step: string): Promise<DataCatalogEntry | undefined> {
    const rel = normaliseRelative(relativePath, 'object path');
    const dest = path.join(this.runFolder(runId), rel);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const hash = bytes.byteLength === 0 ? EMPTY_SHA256 : sha256Bytes(bytes);
    const job = new Job('put');
    // Most execution logs are empty (every node that ran has one): created without a temp file (createEmpty).
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
      stage: 'put',
    };
  }

  async putFile(runId: string, relativePath: string, file: string, _step: string): Promise<DataCatalogEntry | undefined> {
    const rel = normaliseRelative(relativePath, 'object path');
    const dest = path.join(this.runFolder(runId), rel);
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch (err) {
      throw new CatalogError(`catalog put: cannot read ${file} (${reason(err)})`, { cause: err });
    }
    const hash = await this.transferBig({ rel, src: file, dest, size }, new Job('put'));
    return {
      name: rel,
      data_hash: hash,
      catalog_relative_path: `${runId}/${rel}`,
      catalog_handler_location: this.handlerLocation,
      stage: 'put',
    };
  }

  async getBytes(runId: string, relativePath: string): Promise<Buffer> {
    const rel = normaliseRelative(relativePath, 'object path');
    const file = path.join(this.runFolder(runId), rel);
    try {
      return await fs.promises.readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new CatalogError(`'${rel}' of run '${runId}' is not in the catalog (${file} does not exist)`, { cause: err });
      }
      throw new CatalogError(`cannot read ${file} from the catalog (${reason(err)})`, { cause: err });
    }
  }

  async flush(): Promise<void> {}

  // --- helpers -------------------------------------------------------------------------------------------

  /** Hashes every transfer's source and copies it unless the target has the same content. Returns the hashes. */
  private async transferAll(transfers: Transfer[], job: Job): Promise<string[]> {
    const hashes: string[] = new Array(transfers.length);
    const big: number[] = [];
    for (let k = 0; k < transfers.length; k++) {
      const t = transfers[k]!;
      if (t.size > SMALL) {
        big.push(k);
        continue;
      }
      if (k % YIELD_EVERY === YIELD_EVERY - 1) await yieldLoop();
      job.checkCancelled();
      let buf: Buffer;
      try {
        buf = fs.readFileSync(t.src);
      } catch (err) {
        throw new CatalogError(`catalog ${job.op}: cannot read ${t.src} (${reason(err)})`, { cause: err });
      }
      const hash = sha256Bytes(buf);
      hashes[k] = hash;
      if (t.dest === undefined) continue;
      if (job.op === 'get') this.refuseLink(t.dest);
      if (this.sameContent(t.dest, buf.byteLength, hash)) {
        this.stats.filesSkipped++;
        continue;
      }
      this.ensureDir(path.dirname(t.dest), job);
      this.writeAtomicSync(t.dest, buf, hash, job);
    }
    // Big files: streamed hash + copyFile, a few at a time; no new work after the first failure.
    let next = 0;
    let failed = false;
    const worker = async () => {
      while (!failed && next < big.length) {
        const k = big[next++]!;
        const t = transfers[k]!;
        try {
          hashes[k] = await this.transferBig(t, job);
        } catch (err) {
          failed = true;
          throw err;
        }
      }
    };
    const results = await Promise.allSettled(Array.from({ length: Math.min(this.concurrency, big.length) }, worker));
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected) throw rejected.reason;
    return hashes;
  }

  /**
   * A big file, abortable between 1 MiB chunks (a SIGTERM during a 2 GB put must not wait for the copy). When
   * the target may hold the same content (same size), the source is hashed first and the copy skipped if
   * equal; otherwise it is hashed while it is copied, in one read.
   */
  private async transferBig(t: Transfer, job: Job): Promise<string> {
    job.checkCancelled();
    const cancelled = (err: unknown) => (isAbort(err) || job.signal?.aborted ? new CatalogError(`catalog ${job.op} of ${t.src} cancelled (${String(job.signal?.reason ?? 'aborted')})`, { cause: err }) : undefined);
    let hash: string | undefined;
    if (t.dest === undefined || fs.lstatSync(t.dest, { throwIfNoEntry: false })?.size === t.size) {
      try {
        hash = (await sha256File(t.src, job.signal)).digest;
      } catch (err) {
        throw cancelled(err) ?? new CatalogError(`catalog ${job.op}: cannot read ${t.src} (${reason(err)})`, { cause: err });
      }
      if (t.dest === undefined) return hash;
    }
    if (job.op === 'get') this.refuseLink(t.dest);
    if (hash !== undefined && this.sameContent(t.dest, t.size, hash)) {
      this.stats.filesSkipped++;
      return hash;
    }
    this.ensureDir(path.dirname(t.dest), job);
    const tmp = this.tmpFor(t.dest);
    try {
      const h = createHash('sha256');
      const hashing = new Transform({
        transform(chunk: Buffer, _enc, done) {
          h.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(fs.createReadStream(t.src, { highWaterMark: SMALL }), hashing, fs.createWriteStream(tmp), { signal: job.signal });
      const copied = h.digest('hex');
      if (hash !== undefined && copied !== hash) throw new Error('the file changed while it was copied');
      hash = copied;
      await fs.promises.rename(tmp, t.dest);
    } catch (err) {
      await fs.promises.unlink(tmp).catch(() => undefined);
      throw cancelled(err) ?? new CatalogError(`catalog ${job.op}: cannot copy ${t.src} to ${t.dest} (${reason(err)})`, { cause: err });
    }
    this.stats.bytesWritten += t.size;
    this.stats.filesWritten++;
    this.remember(t.dest, hash);
    return hash;
  }

  /** get never writes through a symbolic link planted at the destination. */
  private refuseLink(dest: string): void {
    try {
      if (fs.lstatSync(dest, { throwIfNoEntry: false })?.isSymbolicLink()) {
        throw new CatalogError(`catalog get: ${dest} is a symbolic link; refusing to write through it`);
      }
    } catch (err) {
      if (err instanceof CatalogError) throw err;
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new CatalogError(`catalog get: cannot inspect ${dest} (${reason(err)})`, { cause: err });
      }
    }
  }

  private tmpFor(dest: string): string {
    tmpCounter = (tmpCounter + 1) % 1_000_000_000;
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
  private createEmpty(dest: string, job: Job): boolean {
    const dir = path.dirname(dest);
    const shared = this.emptyFiles.get(dir);
    if (shared) {
      try {
        fs.linkSync(shared.path, dest);
        const st = fs.lstatSync(dest);
        if (st.isFile() && st.size === 0 && st.ino === shared.ino) return true;
        fs.unlinkSync(dest);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return false;
        // ENOENT (the first log removed) or EMLINK (65,000 links on ext4): start a new shared file below.
        // A file system without hard links: create every empty log.
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') this.linksRefused = true;
      }
      this.emptyFiles.delete(dir);
    }
    for (let tries = 0; ; tries++) {
      try {
        fs.closeSync(fs.openSync(dest, 'wx'));
        if (!this.linksRefused) this.emptyFiles.set(dir, { path: dest, ino: fs.lstatSync(dest).ino });
        return true;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return false;
        // The folder is not there yet (or was removed): make it, then try once more.
        if (code === 'ENOENT' && tries === 0) {
          this.ensureDir(dir, job);
          continue;
        }
        throw new CatalogError(`catalog ${job.op}: cannot write ${dest} (${reason(err)})`, { cause: err });
      }
    }
  }

  private ensureDir(dir: string, job: Job): void {
    if (job.made.has(dir)) return;
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new CatalogError(`catalog ${job.op}: cannot create folder ${dir} (${reason(err)})`, { cause: err });
    }
    job.made.add(dir);
  }

  private writeAtomicSync(dest: string, data: Uint8Array, hash: string, job: Job): void {
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
  private sameContent(dest: string, size: number, hash: string): boolean {
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(dest, { throwIfNoEntry: false });
    } catch {
      return false;
    }
    if (!st || !st.isFile() || st.size !== size) return false;
    const ident = identOf(st);
    const k = this.known.get(dest);
    if (k && k.ident === ident) return k.hash === hash;
    if (size > SMALL) return false; // not worth reading a big file back: copy it
    let destHash: string;
    try {
      destHash = sha256Bytes(fs.readFileSync(dest));
    } catch {
      return false;
    }
    this.known.set(dest, { ident, hash: destHash });
    return destHash === hash;
  }

  private remember(dest: string, hash: string): void {
    try {
      this.known.set(dest, { ident: identOf(fs.lstatSync(dest)), hash });
    } catch {
      this.known.delete(dest);
    }
  }
}
