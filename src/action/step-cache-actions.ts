/**
 * The step cache on GitHub's cache service (Action input `step-cache: true`), through the unmodified
 * `@actions/cache`. Same semantics as the local-folder cache (`engine/step-cache-fs.ts`): one entry per key
 * holding `record.json` and `files/<rel>`; entries are immutable content addresses, so a key another job saved
 * first is fine.
 *
 * - One staging folder per key, `<RUNNER_TEMP>/runnable-step-cache/<key>`, the same at save and restore: the
 *   cache tool keys its entry version on the `paths` array and archives paths relative to GITHUB_WORKSPACE, so
 *   both must be stable across jobs (they are on hosted runners).
 * - Best effort: `@actions/cache` never throws for service trouble, it logs and answers "miss" / -1. We watch
 *   what it logs (only the lines its own calls print, told apart with AsyncLocalStorage) to tell a miss from
 *   a failure. On a failure (5xx, network, denial) restore/save throw one clear error — the engine turns it
 *   into a warning and runs the step — and the cache turns itself off for the rest of the run (reads, writes or
 *   both), so a broken service costs one retry series, not one per step.
 * - The toolkit's own workflow commands (`::debug::`, `::add-mask::` of signed URLs, `::warning::`) are not
 *   passed through: the calls run inside a step's `::stop-commands::` window, where the runner would print them
 *   verbatim (signed URLs included). Debug lines are shown as plain text, masked, only with RUNNER_DEBUG=1.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { copyFile, lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CachedStep, StepCache } from '../engine/index.js';
import { RemoteServiceError } from '../errors.js';
import { Masker } from '../secrets/mask.js';

type CacheModule = Pick<typeof import('@actions/cache'), 'restoreCache' | 'saveCache' | 'isFeatureAvailable'>;

export interface StepCacheOp {
  op: 'restore' | 'save';
  key: string;
  /** hit / miss for restore; saved / exists / skipped for save; failed for either. */
  outcome: 'hit' | 'miss' | 'saved' | 'exists' | 'skipped' | 'failed';
  ms: number;
  step?: string;
  fromRun?: string;
  message?: string;
}

export interface ActionsStepCacheOptions {
  /** Folder holding the per-key staging folders (e.g. `<RUNNER_TEMP>/runnable-step-cache`). Absolute. */
  root: string;
  /** Plain log lines (never workflow commands). */
  info?: (message: string) => void;
  /** `@actions/cache` (tests may pass a stand-in). Loaded with `import()` when absent. */
  cache?: CacheModule;
  /** Show the toolkit's debug output (RUNNER_DEBUG=1). */
  debug?: boolean;
}

/** A failure of the cache (service, denial, a damaged entry): a user-facing error, printed without a stack. */
function cacheError(message: string): RemoteServiceError {
  const status = /\((\d{3})\)/.exec(message)?.[1];
  return new RemoteServiceError(message, 'GitHub cache service', status ? Number(status) : undefined);
}

function inside(root: string, rel: string): string {
  if (typeof rel !== 'string' || !rel || path.isAbsolute(rel)) throw cacheError(`cached path '${String(rel)}' is not a relative path`);
  const abs = path.resolve(root, rel);
  if (abs === root || !abs.startsWith(root + path.sep)) throw cacheError(`cached path '${rel}' escapes ${root}`);
  return abs;
}

function isRecord(v: unknown): v is CachedStep {
  const r = v as CachedStep;
  return !!r && typeof r === 'object' && !!r.returns && typeof r.returns === 'object' && Array.isArray(r.files) && r.files.every((f) => typeof f === 'string') && typeof r.runId === 'string' && typeof r.step === 'string';
}

interface Watch {
  lines: string[];
  failures: string[];
}

const KEY_RE = /^[A-Za-z0-9._-]{1,200}$/;

/** What the toolkit prints: `::cmd props::message` workflow commands and plain lines. */
const CMD_RE = /^::([a-z-]+)(?: [^:]*)?::(.*)$/;

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export class ActionsStepCache implements StepCache {
  readonly kind = 'github-actions-cache';
  /** Every restore and save, in order (for the log, the summary and tests). */
  readonly ops: StepCacheOp[] = [];
  /** Why the cache turned itself off, once it did. */
  readonly problems: string[] = [];
  private readable = true;
  private writable = true;
  private readonly als = new AsyncLocalStorage<Watch>();
  private readonly masks = new Masker();
  private readonly locks = new Map<string, Promise<unknown>>();
  /** Keys this job already restored or saved: no second upload. */
  private readonly known = new Set<string>();
  private unhook?: () => void;

  private constructor(
    private readonly cache: CacheModule,
    private readonly opts: ActionsStepCacheOptions,
  ) {}

  /** A cache when the service is reachable from this job; otherwise undefined and the reason. */
  static async create(opts: ActionsStepCacheOptions): Promise<{ cache?: ActionsStepCache; reason?: string }> {
    const mod: CacheModule = opts.cache ?? (await import('@actions/cache'));
    if (!mod.isFeatureAvailable()) {
      return { reason: 'the Actions cache service is not available in this job (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL)' };
    }
    const c = new ActionsStepCache(mod, opts);
    c.hookStdout();
    return { cache: c };
  }

  /** Stops watching stdout (the process exits soon after anyway). */
  close(): void {
    this.unhook?.();
    this.unhook = undefined;
  }

  private folderOf(key: string): string {
    if (!KEY_RE.test(key)) throw cacheError(`step cache key '${key}' is not a plain name`);
    return path.join(this.opts.root, key);
  }

  /**
   * Lines the toolkit writes from inside one of our calls are taken out of the stream: failures are recorded,
   * masks remembered, debug shown (masked, as plain text) only in debug mode, plain info dropped.
   */
  private hookStdout(): void {
    const original = process.stdout.write;
    const self = this;
    const patched = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
      const w = self.als.getStore();
      if (!w || (typeof chunk !== 'string' && !Buffer.isBuffer(chunk))) return (original as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      const shown: string[] = [];
      for (const line of text.split(/\r?\n/)) {
        if (!line) continue;
        const m = CMD_RE.exec(line);
        const cmd = m?.[1];
        const msg = m ? unescapeData(m[2]!) : line;
        if (cmd === 'add-mask') {
          self.masks.add(msg);
          continue;
        }
        w.lines.push(`${cmd ?? 'info'}: ${msg}`);
        if ((cmd === 'warning' || cmd === 'error') && !/^Cache reservation failed: /.test(msg)) {
          // Failed to restore/save, upload and finalize errors. A refused reservation (`ok: false`) is what the
          // toolkit itself treats as "another job may be creating this cache": not a failure.
          w.failures.push(msg);
        } else if (cmd === 'debug' && /^Failed to reserve cache: /.test(msg) && !/\(409\)|already.exists/i.test(msg)) {
          // A failed CreateCacheEntry is reported as "another job may be creating this cache" (info): the
          // debug line is the only place that tells a 5xx / network failure from a real collision.
          w.failures.push(msg.replace(/^Failed to reserve cache: (Error: )?/, 'Failed to save: '));
        }
        if (cmd === 'debug' && self.opts.debug) shown.push(`[actions/cache] ${self.mask(msg)}`);
      }
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      if (!shown.length) {
        cb?.();
        return true;
      }
      return original.call(this, shown.join('\n') + '\n', cb as never);
    };
    process.stdout.write = patched as typeof process.stdout.write;
    this.unhook = () => {
      if (process.stdout.write === (patched as unknown)) process.stdout.write = original;
    };
  }

  private mask(text: string): string {
    return this.masks.mask(text).replace(/([?&]sig=)[^&\s"]+/g, '$1***');
  }

  /** One operation per key at a time (parallel branches can share a key). */
  private async locked<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    this.locks.set(key, tail);
    try {
      return await next;
    } finally {
      if (this.locks.get(key) === tail) this.locks.delete(key);
    }
  }

  private async watched<T>(fn: () => Promise<T>): Promise<{ result: T; w: Watch }> {
    const w: Watch = { lines: [], failures: [] };
    const result = await this.als.run(w, fn);
    return { result, w };
  }

  private turnOff(kind: 'read' | 'write' | 'both', why: string): void {
    if (kind !== 'write') this.readable = false;
    if (kind !== 'read') this.writable = false;
    this.problems.push(why);
    this.opts.info?.(`step cache: ${kind === 'both' ? 'turned off' : `${kind}s turned off`} for the rest of this run: ${why}`);
  }

  private failure(w: Watch): string | undefined {
    if (!w.failures.length) return undefined;
    const msg = this.mask(w.failures[w.failures.length - 1]!);
    if (/cache read denied/i.test(msg)) this.turnOff('read', msg);
    else if (/cache write denied/i.test(msg)) this.turnOff('write', msg);
    else this.turnOff('both', msg);
    return msg;
  }

  async restore(key: string, workDir: string): Promise<CachedStep | undefined> {
    if (!this.readable) return undefined;
    const folder = this.folderOf(key);
    return this.locked(key, async () => {
      const t0 = Date.now();
      const done = (outcome: StepCacheOp['outcome'], extra: Partial<StepCacheOp> = {}) => this.record({ op: 'restore', key, outcome, ms: Date.now() - t0, ...extra });
      await rm(folder, { recursive: true, force: true });
      try {
        const { result: matched, w } = await this.watched(() => this.cache.restoreCache([folder], key));
        const failed = this.failure(w);
        if (failed) {
          done('failed', { message: failed });
          throw cacheError(`GitHub cache service: ${failed}`);
        }
        if (matched !== key) {
          done('miss');
          return undefined;
        }
        let record: unknown;
        try {
          record = JSON.parse(await readFile(path.join(folder, 'record.json'), 'utf8'));
        } catch (err) {
          throw cacheError(`cache entry ${key} has no readable record.json (${(err as Error).message})`);
        }
        if (!isRecord(record)) throw cacheError(`cache entry ${key}: record.json has not the expected shape`);
        const root = path.resolve(workDir);
        const files = path.join(folder, 'files');
        // Check every path before writing anything.
        const plan = record.files.map((rel) => ({ from: inside(files, rel), to: inside(root, rel), rel }));
        for (const p of plan) {
          const st = await lstat(p.from).catch(() => undefined);
          if (!st?.isFile()) throw cacheError(`cache entry ${key}: '${p.rel}' is missing or not a regular file`);
        }
        for (const p of plan) {
          await mkdir(path.dirname(p.to), { recursive: true });
          await copyFile(p.from, p.to);
        }
        this.known.add(key);
        done('hit', { step: record.step, fromRun: record.runId });
        return record;
      } finally {
        await rm(folder, { recursive: true, force: true }).catch(() => undefined);
      }
    });
  }

  async save(key: string, record: CachedStep, workDir: string): Promise<void> {
    if (!this.writable) return;
    const folder = this.folderOf(key);
    await this.locked(key, async () => {
      const t0 = Date.now();
      const done = (outcome: StepCacheOp['outcome'], extra: Partial<StepCacheOp> = {}) =>
        this.record({ op: 'save', key, outcome, ms: Date.now() - t0, step: record.step, fromRun: record.runId, ...extra });
      if (!this.writable) return;
      if (this.known.has(key)) return done('skipped', { message: 'already restored or saved by this job' });
      await rm(folder, { recursive: true, force: true });
      try {
        const root = path.resolve(workDir);
        await mkdir(path.join(folder, 'files'), { recursive: true });
        for (const rel of record.files) {
          const target = inside(path.join(folder, 'files'), rel);
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(inside(root, rel), target);
        }
        await writeFile(path.join(folder, 'record.json'), JSON.stringify(record, null, 2));
        const { result: id, w } = await this.watched(() => this.cache.saveCache([folder], key));
        const failed = this.failure(w);
        if (failed) {
          done('failed', { message: failed });
          throw cacheError(`GitHub cache service: ${failed}`);
        }
        this.known.add(key);
        // -1 without a failure: the key exists (another job saved it first) — identical content, keep theirs.
        done(id === -1 ? 'exists' : 'saved');
      } finally {
        await rm(folder, { recursive: true, force: true }).catch(() => undefined);
      }
    });
  }

  private record(o: StepCacheOp): void {
    this.ops.push(o);
    const what: Record<StepCacheOp['outcome'], string> = {
      hit: `restored ${o.key} (step '${o.step}' of run '${o.fromRun}')`,
      miss: `no entry for ${o.key}: the step runs`,
      saved: `saved ${o.key}`,
      exists: `${o.key} was already saved by another job`,
      skipped: `${o.key} not saved again (${o.message})`,
      failed: `${o.op} of ${o.key} failed: ${o.message}`,
    };
    this.opts.info?.(`step cache: ${what[o.outcome]} in ${o.ms} ms`);
  }

  /** One line for the log and the summary. */
  describe(): string {
    const n = (op: string, outcome: string) => this.ops.filter((o) => o.op === op && o.outcome === outcome).length;
    const parts = [`${n('restore', 'hit')} restored`, `${n('restore', 'miss')} not in the cache`, `${n('save', 'saved')} saved`];
    if (n('save', 'exists')) parts.push(`${n('save', 'exists')} already saved by another job`);
    const failed = this.ops.filter((o) => o.outcome === 'failed').length;
    if (failed) parts.push(`${failed} failed call(s)`);
    return `step cache (GitHub cache service): ${parts.join(', ')}${this.problems.length ? `; turned off after: ${this.problems[0]}` : ''}`;
  }
}
