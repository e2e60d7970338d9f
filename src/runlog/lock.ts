/**
 * A cross-process lock on a file, for the read-modify-write operations of the chunked run log store.
 *
 * - Acquire: `open(<file>.lock, 'wx')` (O_CREAT|O_EXCL: atomic on local file systems and on NFSv3+), then
 *   write `{pid, host, token, time}` into it. On EEXIST, retry with exponential backoff and jitter (1 ms
 *   doubling to 25 ms).
 * - Within one process, callers of the same lock are queued on a promise chain first, so a process never
 *   spins against itself.
 * - Stale locks: a lock is broken when its holder is a dead process on this host (`kill(pid, 0)` says
 *   ESRCH), or when it is older than `staleMs` (default 10 s; a holder keeps it for well under a
 *   millisecond: read a small file, apply a function, write a temp file, rename). Breaking renames the lock
 *   away (atomic: one breaker wins), then checks that what it took is the lock it judged stale; if a fresh
 *   lock was taken by mistake, it is linked back (`link` fails if someone else holds the name now).
 * - Release: a lock held for less than `staleMs / 2` is simply removed: nobody may break a lock that young
 *   whose holder (this process) is alive. A lock held longer is removed only if it still carries our token
 *   (it might have been broken as stale meanwhile).
 * - Timeout (default 60 s): a RunnableError naming the lock file and its holder.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RunnableError } from '../errors.js';
import { createDiskReserve, dropDiskReserve, isErrno } from './fs-util.js';

export interface FileLockOptions {
  /** Age after which a lock whose holder cannot be checked is considered abandoned. Default 10,000 ms. */
  staleMs?: number;
  /** How long to wait for the lock before failing. Default 60,000 ms. */
  timeoutMs?: number;
}

interface Held {
  token: string;
  acquiredAt: number;
  staleMs: number;
}

interface LockInfo {
  pid?: number;
  host?: string;
  token?: string;
  time?: string;
}

const HOST = os.hostname();
/** Lock tokens: unique per acquisition without a random draw each time (one per process, then a counter). */
const PROCESS_NONCE = randomBytes(6).toString('hex');
let tokenCounter = 0;
const queues = new Map<string, Promise<unknown>>();
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs `fn` while holding the cross-process lock `lockPath` (a path that must not be used for anything else). */
export async function withFileLock<T>(lockPath: string, fn: () => T | Promise<T>, options: FileLockOptions = {}): Promise<T> {
  // In-process queue: wait for the previous holder in this process, whatever its outcome.
  const previous = queues.get(lockPath) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((r) => (done = r));
  const tail = previous.then(() => mine);
  queues.set(lockPath, tail);
  try {
    await previous;
    const lease: Held = { token: await acquire(lockPath, options), acquiredAt: Date.now(), staleMs: options.staleMs ?? 10_000 };
    try {
      return await fn();
    } finally {
      release(lockPath, lease);
    }
  } finally {
    done();
    if (queues.get(lockPath) === tail) queues.delete(lockPath);
  }
}

async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  const staleMs = options.staleMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const token = `${process.pid}-${PROCESS_NONCE}-${++tokenCounter}`;
  const body = JSON.stringify({ pid: process.pid, host: HOST, token, time: new Date().toISOString() });
  const start = Date.now();
  let delay = 1;
  for (;;) {
    if (createLockFile(lockPath, body)) return token;
    const holder = inspect(lockPath);
    if (holder && isStale(holder, staleMs)) {
      breakStale(lockPath, holder.info);
      continue;
    }
    if (Date.now() - start > timeoutMs) {
      const who = holder?.info.pid !== undefined ? ` (held by pid ${holder.info.pid} on ${holder.info.host ?? '?'} since ${holder.info.time ?? '?'})` : '';
      throw new RunnableError(
        `timed out after ${Math.round(timeoutMs / 1000)} s waiting for lock ${lockPath}${who}; ` +
          `if no runnable process is using this run, delete the lock file`,
      );
    }
    await sleep(delay * (0.5 + Math.random()));
    delay = Math.min(delay * 2, 25);
  }
}

/** Creates the lock file with `body` (O_CREAT|O_EXCL); false when it exists. */
function createLockFile(lockPath: string, body: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx');
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return false;
    throw err;
  }
  try {
    fs.writeSync(fd, body);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function inspect(lockPath: string): { info: LockInfo; ageMs: number } | undefined {
  try {
    const st = fs.statSync(lockPath);
    let info: LockInfo = {};
    try {
      info = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
    } catch {
      // Created but not written yet (or garbage): judge by age only.
    }
    return { info, ageMs: Date.now() - st.mtimeMs };
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return undefined; // released meanwhile: retry at once
    throw err;
  }
}

function isStale(holder: { info: LockInfo; ageMs: number }, staleMs: number): boolean {
  const { info, ageMs } = holder;
  if (ageMs > staleMs) return true;
  if (info.host === HOST && typeof info.pid === 'number' && info.pid !== process.pid) {
    try {
      process.kill(info.pid, 0);
      return false;
    } catch (err) {
      return isErrno(err, 'ESRCH');
    }
  }
  return false;
}

function breakStale(lockPath: string, judged: LockInfo): void {
  const aside = `${lockPath}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return; // someone else broke or released it
    throw err;
  }
  let taken: LockInfo = {};
  try {
    taken = JSON.parse(fs.readFileSync(aside, 'utf8')) as LockInfo;
  } catch {
    /* empty or garbage: treat as the one judged (which had no token either) */
  }
  if (taken.token !== judged.token) {
    // We took a fresh lock that replaced the stale one meanwhile: give it back.
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      /* the name is taken again: nothing better to do */
    }
  }
  try {
    fs.unlinkSync(aside);
  } catch {
    /* ignore */
  }
}

function release(lockPath: string, lease: Held): void {
  try {
    if (Date.now() - lease.acquiredAt < lease.staleMs / 2) {
      // Too young to have been judged stale by anyone (we are alive): it is still ours.
      fs.unlinkSync(lockPath);
      return;
    }
    const info = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
    if (info.token === lease.token) fs.unlinkSync(lockPath);
  } catch {
    /* already gone (broken as stale): nothing to release */
  }
}

/**
 * A long-held lock naming the one process that writes a run (the local executor, for the whole run). Unlike
 * the short locks above it has no age limit: it is broken only when its holder is provably gone — a dead pid
 * on this host, or a live pid whose start time differs from the holder's (the pid was reused, e.g. in a new
 * container) — or when it is unreadable and older than a few seconds (a holder killed between create and write).
 */
export interface OwnerLease {
  readonly lockPath: string;
  readonly token: string;
}

interface OwnerInfo extends LockInfo {
  /** The holder's start time in clock ticks since boot (/proc/<pid>/stat field 22), when known. */
  start?: string;
}

function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function ownerIsGone(info: OwnerInfo, ageMs: number): boolean {
  if (typeof info.pid !== 'number' || typeof info.host !== 'string') return ageMs > 5_000;
  if (info.host !== HOST) return false; // cannot check another host's processes
  if (info.pid === process.pid) return info.start !== undefined && info.start !== processStart(process.pid);
  try {
    process.kill(info.pid, 0);
  } catch (err) {
    return isErrno(err, 'ESRCH');
  }
  const start = info.start && processStart(info.pid);
  return Boolean(start && start !== info.start);
}

/**
 * Takes the owner lock at `lockPath`, breaking it when its holder is gone. Throws `inUse(holder)` when a live
 * process holds it. Not re-entrant: a second claim from this process sees itself as the live holder.
 */
export function acquireOwnerLock(lockPath: string, inUse: (holder: string) => Error): OwnerLease {
  const token = `${process.pid}-${PROCESS_NONCE}-${++tokenCounter}`;
  const body = JSON.stringify({ pid: process.pid, host: HOST, token, start: processStart(process.pid), time: new Date().toISOString() });
  for (let tries = 0; ; tries++) {
    if (createLockFile(lockPath, body)) {
      const lease = { lockPath, token };
      try {
        openGroupLedger(lease);
      } catch (err) {
        releaseOwnerLock(lease);
        throw err;
      }
      // Room for the run's final records should a step fill the disk (fs-util.ts, the disk reserve).
      createDiskReserve(reservePath(lockPath));
      return lease;
    }
    const holder = inspect(lockPath);
    if (!holder) continue; // released meanwhile
    const info = holder.info as OwnerInfo;
    if (tries < 3 && ownerIsGone(info, holder.ageMs)) {
      // A killed owner's steps may still run in their own sessions: stop them before anyone runs them again.
      if (info.host === HOST) stopOrphanGroups(groupLedgerPath(lockPath));
      breakStale(lockPath, info);
      continue;
    }
    const who = info.pid !== undefined ? `process ${info.pid} on ${info.host ?? '?'} (since ${info.time ?? '?'})` : 'another process';
    throw inUse(who);
  }
}

/** The owner's disk reserve, beside its lock (a dot file: no reader takes it for a record). */
export function reservePath(lockPath: string): string {
  return path.join(path.dirname(lockPath), `.${path.basename(lockPath)}.reserve`);
}

export function releaseOwnerLock(lease: OwnerLease): void {
  closeGroupLedger(lease);
  dropDiskReserve(reservePath(lease.lockPath));
  try {
    const info = JSON.parse(fs.readFileSync(lease.lockPath, 'utf8')) as LockInfo;
    if (info.token === lease.token) fs.unlinkSync(lease.lockPath);
  } catch {
    /* gone already */
  }
}

/*
 * Orphaned steps. Every task process leads its own process group (tasks/process.ts), so a `kill -9` of the
 * runner leaves its running steps alive, and an immediate `retry` would run them a second time alongside.
 * While a process owns runs, it notes each process group it starts and ends in a ledger beside each owner
 * lock (`<lock>.groups`: `+<pgid> <start ticks>` / `-<pgid>` lines, one write each). Whoever breaks the lock
 * of a dead owner first stops the groups still open in its ledger (SIGTERM, SIGKILL after a grace, then waits
 * until none of their processes runs) — a group whose leader pid now belongs to a process with another start
 * time is someone else's and is left alone. A clean release deletes the ledger.
 */
const ledgers = new Map<string, number>(); // owner token → open ledger fd

export function groupLedgerPath(lockPath: string): string {
  return `${lockPath}.groups`;
}

function openGroupLedger(lease: OwnerLease): void {
  ledgers.set(lease.token, fs.openSync(groupLedgerPath(lease.lockPath), 'w'));
}

function closeGroupLedger(lease: OwnerLease): void {
  const fd = ledgers.get(lease.token);
  if (fd === undefined) return;
  ledgers.delete(lease.token);
  try {
    fs.closeSync(fd);
    fs.unlinkSync(groupLedgerPath(lease.lockPath));
  } catch {
    /* gone already */
  }
}

/** Records that this process started (`true`) or finished with (`false`) the process group `pgid`. */
export function noteProcessGroup(pgid: number, started: boolean): void {
  if (ledgers.size === 0) return;
  const line = started ? `+${pgid} ${processStart(pgid) ?? '?'}\n` : `-${pgid}\n`;
  for (const fd of ledgers.values()) {
    try {
      fs.writeSync(fd, line);
    } catch {
      /* best effort: a full disk fails the run log writes themselves, with a clear error */
    }
  }
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Live (not zombie) processes of group `pgid`; `[pgid]` as a guess where /proc cannot be read. */
function groupMembers(pgid: number): number[] {
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const out: number[] = [];
  for (const name of names) {
    if (name.charCodeAt(0) < 0x30 || name.charCodeAt(0) > 0x39) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') out.push(Number(name));
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

/** Stops the process groups a dead owner left open in `ledger` and waits (≤ ~3 s) until they are gone. */
export function stopOrphanGroups(ledger: string, graceMs = 2000): number[] {
  let text: string;
  try {
    text = fs.readFileSync(ledger, 'utf8');
  } catch {
    return [];
  }
  const open = new Map<number, string>();
  for (const line of text.split('\n')) {
    const m = /^([+-])(\d+)(?: (\S+))?$/.exec(line);
    if (!m) continue; // a torn last line
    if (m[1] === '+') open.set(Number(m[2]), m[3]!);
    else open.delete(Number(m[2]));
  }
  const mine: number[] = [];
  for (const [pgid, start] of open) {
    const now = processStart(pgid);
    if (now !== undefined && start !== '?' && now !== start) continue; // the pid was reused by another process
    if (groupMembers(pgid).length === 0) continue;
    mine.push(pgid);
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      /* gone meanwhile */
    }
  }
  const t0 = Date.now();
  let killed = false;
  for (let left = mine; left.length; left = left.filter((g) => groupMembers(g).length > 0)) {
    const waited = Date.now() - t0;
    if (!killed && waited >= graceMs) {
      killed = true;
      for (const g of left) {
        try {
          process.kill(-g, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    if (waited >= graceMs + 1000) break;
    sleepSync(20);
  }
  return mine;
}

/** The holder of an owner lock when it is a live process (undefined when there is none or it is gone). */
export function liveOwner(lockPath: string): string | undefined {
  const holder = inspect(lockPath);
  if (!holder) return undefined;
  const info = holder.info as OwnerInfo;
  if (ownerIsGone(info, holder.ageMs)) return undefined;
  return info.pid !== undefined ? `process ${info.pid} on ${info.host ?? '?'} (since ${info.time ?? '?'})` : 'another process';
}
