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
import { RunnableError } from '../errors.js';
import { isErrno } from './fs-util.js';

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
    try {
      const fd = fs.openSync(lockPath, 'wx');
      try {
        fs.writeSync(fd, body);
      } finally {
        fs.closeSync(fd);
      }
      return token;
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
    }
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
