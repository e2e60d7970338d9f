/**
 * `file-system` catalog (runnable §6.6, §10): files live at `<catalog_location>/<run_id>/<relative path>`.
 *
 * - The data folder is `compute_data_folder` (default `.`) resolved against the request's `workDir` (the
 *   step's working directory); globs are matched there (see paths.ts for the glob semantics) and, for
 *   `get`, in `<catalog_location>/<run_id>/`, skipping `*.execution.log`.
 * - put: every matched file is hashed (sha256, streamed for big files) and copied. A copy whose target
 *   already holds the same content (same size and sha256) is skipped, so a second put of unchanged files
 *   writes 0 bytes (see `stats`). Copies run with bounded concurrency (`concurrency`, default 16).
 * - Every file is written to a temp file next to its target and renamed into place, so a put that fails
 *   half-way (read-only or full disk, a file where a folder is needed) leaves each target either
 *   complete (old or new content) or untouched, and throws a CatalogError naming the path and the reason.
 * - Safety: patterns must be relative without `..`; a match that resolves (through symbolic links)
 *   outside the searched folder is refused; get never writes through a symbolic link or into a folder that
 *   resolves outside the data folder. If the catalog folder lies inside the data folder it is never put.
 * - Lineage: put entries carry `catalog_relative_path: <run_id>/<rel>`; get entries only `<rel>`, as
 *   upstream does. `catalog_handler_location` is `catalog_location` as configured.
 */
import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { CatalogError } from '../errors.js';
import type { DataCatalogEntry } from '../runlog/model.js';
import type { Catalog, CatalogGetRequest, CatalogPutRequest } from './catalog.js';
import { sha256Bytes, sha256File } from './hash.js';
import { RealpathCache, checkInside, isInside, matchFiles, normaliseRelative } from './paths.js';

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
  /** Files copied at once. Default 16. */
  concurrency?: number;
}

const TMP_SUFFIX = '.catalog-tmp';
const GET_IGNORE = ['**/*.execution.log', `**/.*${TMP_SUFFIX}`];
let tmpCounter = 0;

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ? `${e.code}: ${e.message}` : String((err as Error)?.message ?? err);
}

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

interface Known {
  ident: string;
  hash: string;
}

export class FileSystemCatalog implements Catalog {
  readonly kind = 'file-system';
  readonly catalogLocation: string;
  readonly handlerLocation: string;
  readonly computeDataFolder: string;
  readonly stats: CatalogStats = { bytesWritten: 0, filesWritten: 0, filesSkipped: 0 };
  private readonly concurrency: number;
  /** sha256 of files this instance wrote or hashed in the catalog, valid while their identity is unchanged. */
  private readonly known = new Map<string, Known>();

  constructor(options: FileSystemCatalogOptions) {
    this.catalogLocation = path.resolve(options.catalogLocation);
    this.handlerLocation = options.handlerLocation ?? options.catalogLocation;
    this.computeDataFolder = options.computeDataFolder ?? '.';
    this.concurrency = Math.max(1, options.concurrency ?? 16);
  }

  describe(): string {
    return `file-system catalog at ${this.catalogLocation}`;
  }

  /** Where a run's files are stored. */
  runFolder(runId: string): string {
    if (!runId || runId === '.' || runId === '..' || /[/\\\0]/.test(runId)) throw new CatalogError(`invalid run id '${runId}'`);
    return path.join(this.catalogLocation, runId);
  }

  private dataFolder(workDir: string): string {
    return path.resolve(workDir || '.', this.computeDataFolder);
  }

  async put(req: CatalogPutRequest): Promise<DataCatalogEntry[]> {
    const dataDir = this.dataFolder(req.workDir);
    const runDir = this.runFolder(req.runId);
    let realData: string;
    try {
      realData = await fs.promises.realpath(dataDir);
    } catch (err) {
      if (req.allowNoMatch) return [];
      throw new CatalogError(`cannot put: the data folder ${dataDir} is not readable (${reason(err)})`, { cause: err });
    }
    // Never put the catalog into itself when it lives inside the data folder.
    const ignore: string[] = [];
    for (const loc of new Set([this.catalogLocation, await this.realOrSelf(this.catalogLocation)])) {
      const base = isInside(realData, loc) ? realData : isInside(dataDir, loc) ? dataDir : undefined;
      if (base !== undefined) {
        const rel = path.relative(base, loc).split(path.sep).join('/');
        ignore.push(rel === '' ? '**' : `${rel}/**`);
      }
    }

    const files = new Map<string, string>(); // rel -> first glob that matched it
    for (const pattern of req.patterns) {
      const matched = await matchFiles(dataDir, pattern, { ignore });
      if (matched.length === 0 && !req.allowNoMatch) {
        throw new CatalogError(`catalog put: glob '${pattern}' matched no file in ${dataDir}`);
      }
      for (const rel of matched) if (!files.has(rel)) files.set(rel, pattern);
    }

    const dirs = new RealpathCache();
    const made = new Map<string, Promise<void>>();
    return this.runAll([...files.keys()], async (rel) => {
      const src = path.join(dataDir, rel);
      let st: fs.Stats;
      try {
        st = await checkInside(dataDir, realData, rel, dirs, `file`);
      } catch (err) {
        if (err instanceof CatalogError) throw err;
        throw new CatalogError(`catalog put: cannot read ${src} (${reason(err)})`, { cause: err });
      }
      if (!st.isFile()) return undefined; // e.g. a symlink to a folder inside the data folder
      let hash: string;
      try {
        hash = await sha256File(src, st.size);
      } catch (err) {
        throw new CatalogError(`catalog put: cannot read ${src} (${reason(err)})`, { cause: err });
      }
      if (req.storeCopy) {
        const dest = path.join(runDir, rel);
        await this.copyIfChanged(src, dest, st.size, hash, made, 'put');
      }
      return {
        name: rel,
        data_hash: hash,
        catalog_relative_path: `${req.runId}/${rel}`,
        catalog_handler_location: this.handlerLocation,
        stage: 'put' as const,
      };
    });
  }

  async get(req: CatalogGetRequest): Promise<DataCatalogEntry[]> {
    const dataDir = this.dataFolder(req.workDir);
    const runDir = this.runFolder(req.runId);
    const files = new Set<string>();
    let realRun: string | undefined;
    try {
      realRun = await fs.promises.realpath(runDir);
    } catch {
      realRun = undefined;
    }
    for (const pattern of req.patterns) {
      const matched = realRun === undefined ? [] : await matchFiles(runDir, pattern, { ignore: GET_IGNORE });
      if (matched.length === 0) {
        throw new CatalogError(`catalog get: glob '${pattern}' matched no file in ${runDir}`);
      }
      for (const rel of matched) files.add(rel);
    }
    await fs.promises.mkdir(dataDir, { recursive: true }).catch((err: unknown) => {
      throw new CatalogError(`catalog get: cannot create the data folder ${dataDir} (${reason(err)})`, { cause: err });
    });
    const realData = await fs.promises.realpath(dataDir);
    const srcDirs = new RealpathCache();
    const destDirs = new RealpathCache();
    const made = new Map<string, Promise<void>>();
    return this.runAll([...files], async (rel) => {
      const src = path.join(runDir, rel);
      const st = await checkInside(runDir, realRun!, rel, srcDirs, 'catalog file').catch((err: unknown) => {
        if (err instanceof CatalogError) throw err;
        throw new CatalogError(`catalog get: cannot read ${src} (${reason(err)})`, { cause: err });
      });
      if (!st.isFile()) return undefined;
      const hash = await sha256File(src, st.size).catch((err: unknown) => {
        throw new CatalogError(`catalog get: cannot read ${src} (${reason(err)})`, { cause: err });
      });
      const dest = path.join(dataDir, rel);
      await this.ensureDir(path.dirname(dest), made, 'get');
      let realDestDir: string;
      try {
        realDestDir = await destDirs.get(path.dirname(dest));
      } catch (err) {
        throw new CatalogError(`catalog get: cannot resolve ${path.dirname(dest)} (${reason(err)})`, { cause: err });
      }
      if (!isInside(realData, realDestDir)) {
        throw new CatalogError(`catalog get: '${rel}' would be written through a symbolic link to ${realDestDir}, outside ${dataDir}: refused`);
      }
      try {
        if ((await fs.promises.lstat(dest)).isSymbolicLink()) {
          throw new CatalogError(`catalog get: ${dest} is a symbolic link; refusing to write through it`);
        }
      } catch (err) {
        if (err instanceof CatalogError) throw err;
        if (errno(err) !== 'ENOENT') throw new CatalogError(`catalog get: cannot inspect ${dest} (${reason(err)})`, { cause: err });
      }
      await this.copyAtomic(src, dest, st.size, 'get');
      return {
        name: rel,
        data_hash: hash,
        catalog_relative_path: rel,
        catalog_handler_location: this.handlerLocation,
        stage: 'get' as const,
      };
    });
  }

  async putBytes(runId: string, relativePath: string, data: Uint8Array | string, _step: string): Promise<DataCatalogEntry | undefined> {
    const rel = normaliseRelative(relativePath, 'object path');
    const dest = path.join(this.runFolder(runId), rel);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const hash = sha256Bytes(bytes);
    if (!(await this.sameContent(dest, bytes.byteLength, hash))) {
      await this.ensureDir(path.dirname(dest), new Map(), 'put');
      const tmp = this.tmpFor(dest);
      try {
        await fs.promises.writeFile(tmp, bytes);
        await fs.promises.rename(tmp, dest);
      } catch (err) {
        await fs.promises.unlink(tmp).catch(() => undefined);
        throw new CatalogError(`catalog put: cannot write ${dest} (${reason(err)})`, { cause: err });
      }
      this.stats.bytesWritten += bytes.byteLength;
      this.stats.filesWritten++;
      await this.remember(dest, hash);
    } else {
      this.stats.filesSkipped++;
    }
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
      if (errno(err) === 'ENOENT') {
        throw new CatalogError(`'${rel}' of run '${runId}' is not in the catalog (${file} does not exist)`, { cause: err });
      }
      throw new CatalogError(`cannot read ${file} from the catalog (${reason(err)})`, { cause: err });
    }
  }

  async flush(): Promise<void> {}

  // --- helpers -------------------------------------------------------------------------------------------

  private async realOrSelf(p: string): Promise<string> {
    return fs.promises.realpath(p).catch(() => p);
  }

  /** Runs `fn` over `items` with bounded concurrency; stops starting new work after the first failure. */
  private async runAll<T>(items: string[], fn: (item: string) => Promise<T | undefined>): Promise<T[]> {
    const limit = pLimit(this.concurrency);
    let failed = false;
    const results = await Promise.allSettled(
      items.map((item) =>
        limit(async () => {
          if (failed) return undefined;
          try {
            return await fn(item);
          } catch (err) {
            failed = true;
            throw err;
          }
        }),
      ),
    );
    const firstError = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (firstError) {
      throw firstError.reason instanceof CatalogError
        ? firstError.reason
        : new CatalogError(`catalog: ${reason(firstError.reason)}`, { cause: firstError.reason });
    }
    return results.flatMap((r) => (r.status === 'fulfilled' && r.value !== undefined ? [r.value] : []));
  }

  private tmpFor(dest: string): string {
    tmpCounter = (tmpCounter + 1) % 1_000_000_000;
    return path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.${tmpCounter}${TMP_SUFFIX}`);
  }

  private ensureDir(dir: string, made: Map<string, Promise<void>>, op: 'get' | 'put'): Promise<void> {
    let p = made.get(dir);
    if (!p) {
      p = fs.promises.mkdir(dir, { recursive: true }).then(
        () => undefined,
        (err: unknown) => {
          throw new CatalogError(`catalog ${op}: cannot create folder ${dir} (${reason(err)})`, { cause: err });
        },
      );
      made.set(dir, p);
    }
    return p;
  }

  /** True when `dest` is a regular file with this size and sha256 (hash from memory when unchanged). */
  private async sameContent(dest: string, size: number, hash: string): Promise<boolean> {
    let st: fs.Stats;
    try {
      st = await fs.promises.lstat(dest);
    } catch {
      return false;
    }
    if (!st.isFile() || st.size !== size) return false;
    const ident = `${st.ino}:${st.size}:${st.mtimeMs}`;
    const k = this.known.get(dest);
    if (k && k.ident === ident) return k.hash === hash;
    let destHash: string;
    try {
      destHash = await sha256File(dest, st.size);
    } catch {
      return false;
    }
    this.known.set(dest, { ident, hash: destHash });
    return destHash === hash;
  }

  private async remember(dest: string, hash: string): Promise<void> {
    try {
      const st = await fs.promises.stat(dest);
      this.known.set(dest, { ident: `${st.ino}:${st.size}:${st.mtimeMs}`, hash });
    } catch {
      this.known.delete(dest);
    }
  }

  private async copyIfChanged(
    src: string,
    dest: string,
    size: number,
    hash: string,
    made: Map<string, Promise<void>>,
    op: 'get' | 'put',
  ): Promise<void> {
    if (await this.sameContent(dest, size, hash)) {
      this.stats.filesSkipped++;
      return;
    }
    await this.ensureDir(path.dirname(dest), made, op);
    await this.copyAtomic(src, dest, size, op);
    await this.remember(dest, hash);
  }

  private async copyAtomic(src: string, dest: string, size: number, op: 'get' | 'put'): Promise<void> {
    const tmp = this.tmpFor(dest);
    try {
      await fs.promises.copyFile(src, tmp);
      await fs.promises.rename(tmp, dest);
    } catch (err) {
      await fs.promises.unlink(tmp).catch(() => undefined);
      throw new CatalogError(`catalog ${op}: cannot copy ${src} to ${dest} (${reason(err)})`, { cause: err });
    }
    this.stats.bytesWritten += size;
    this.stats.filesWritten++;
  }
}
