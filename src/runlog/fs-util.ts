/**
 * Small file helpers shared by the file-backed run log stores: atomic writes (temp file in the same folder,
 * then rename), JSON reads that turn garbage into RunLogCorruptError, and a filename-safe encoding of
 * internal names.
 *
 * Writes use the synchronous fs API on purpose: a run-log chunk is a few KB, and `writeFileSync` +
 * `renameSync` costs ~35 µs against ~160 µs for the promise API (two thread-pool round trips). The event
 * loop is blocked for about as long as the JSON.stringify that precedes the write.
 *
 * No fsync: a write is atomic against a crashing or killed process (the rename either happened or not), not
 * against power loss.
 */
import { parseJsonExact } from './exact-json.js';
import { createHash, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { RunLogCorruptError } from '../errors.js';

let tempCounter = 0;

/** Name of a temp file next to `target`. Starts with `.` and ends with `.tmp`, so readers never pick it up. */
export function tempPathFor(target: string): string {
  tempCounter = (tempCounter + 1) % 1_000_000_000;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${tempCounter}.tmp`);
}

/** True for temp files written by `tempPathFor` (possibly left behind by a killed process). */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/**
 * Writes `data` to `target` atomically: readers see the old content or the new, never a partial file. `tmp` is
 * the temp file beside it (a caller whose readers skip a different temp name passes its own).
 */
export function atomicWriteFileSync(target: string, data: string | Uint8Array, tmp = tempPathFor(target)): void {
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* the temp file may not exist */
    }
    onWriteError(err, path.dirname(target));
    throw err;
  }
}

/**
 * Creates `target` with `data` atomically and only if it does not exist (temp file, then `link`, which fails
 * when the name is taken). Returns false when `target` exists already. Readers never see a partial file.
 */
export function createExclusiveSync(target: string, data: string | Uint8Array): boolean {
  const tmp = tempPathFor(target);
  try {
    // Inside the try: a write cut short (disk full) must not leave its temp file behind.
    fs.writeFileSync(tmp, data);
    fs.linkSync(tmp, target);
    return true;
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return false;
    onWriteError(err, path.dirname(target));
    throw err;
  } finally {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* ignore */
    }
  }
}

/** Same as atomicWriteFileSync with the promise API (for big documents, so other work can proceed). */
export async function atomicWriteFile(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    await fs.promises.writeFile(tmp, data);
    await fs.promises.rename(tmp, target);
  } catch (err) {
    await fs.promises.unlink(tmp).catch(() => undefined);
    onWriteError(err, path.dirname(target));
    throw err;
  }
}

/*
 * The disk reserve. A step that fills the disk used to leave its run PROCESSING: the write that failed was
 * followed by the run's final records (the sweep that fails what was running, the run's status), which could
 * not be written either. So an owner that claims a run (lock.ts) also puts a small file of real blocks
 * (random bytes: no sparse file, nothing a compressing file system could shrink; fsync'd) beside the run; the
 * first write on that device that fails with ENOSPC frees it and still fails, so the run stops there, and its
 * final records fit in the space freed. Failing rather than retrying the write is deliberate: a run that went on
 * would use the reserve up and be stuck again at its next write. Releasing the run deletes the reserve.
 */
const RESERVE_BYTES = 256 * 1024;
/** This process's reserves: file -> device. */
const reserves = new Map<string, number>();

/** Creates the reserve `file` (best effort: on a disk too full for it the run goes on without one). */
export function createDiskReserve(file: string, bytes = RESERVE_BYTES): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'w', 0o600);
    const buf = randomFillSync(Buffer.allocUnsafe(bytes));
    for (let off = 0; off < buf.length; ) off += fs.writeSync(fd, buf, off);
    fs.fsyncSync(fd);
    reserves.set(file, fs.fstatSync(fd).dev);
  } catch {
    reserves.delete(file);
    try {
      fs.unlinkSync(file); // a partial reserve on a nearly full disk only takes space the run needs
    } catch {
      /* not created */
    }
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Deletes the reserve `file` (the run is released). */
export function dropDiskReserve(file: string): void {
  if (!reserves.delete(file)) return; // freed already, never created, or not ours
  try {
    fs.unlinkSync(file);
  } catch {
    /* freed already, or never created */
  }
}

/**
 * After a failed write under the folder `where` (or to the descriptor `where`): on ENOSPC, frees this process's
 * reserves on that device. True when one was.
 */
export function releaseReserveOnFull(err: unknown, where: string | number): boolean {
  if (!isErrno(err, 'ENOSPC') || reserves.size === 0) return false;
  let dev: number;
  try {
    dev = typeof where === 'number' ? fs.fstatSync(where).dev : fs.statSync(where).dev;
  } catch {
    return false;
  }
  let freed = false;
  for (const [file, d] of reserves) {
    if (d !== dev) continue;
    dropDiskReserve(file);
    freed = true;
  }
  return freed;
}

function onWriteError(err: unknown, dir: string): void {
  releaseReserveOnFull(err, dir);
}

/**
 * Appends `text` to the journal `fd` whose size is `at`: written whole, or not at all — a write cut short (disk
 * full) is cut back to `at`, so the journal still ends with a whole line and the owner may go on appending (its
 * final records) once ENOSPC has freed the reserve. Throws the write's error; when the cut itself fails the
 * error carries `torn: true` (the journal must not be appended to again).
 */
export function appendWholeSync(fd: number, text: string, at: number): void {
  try {
    const n = fs.writeSync(fd, text);
    if (n === text.length) return; // ASCII-only and complete: the common case
    const buf = Buffer.from(text);
    for (let off = n; off < buf.length; ) off += fs.writeSync(fd, buf, off);
  } catch (err) {
    try {
      fs.ftruncateSync(fd, at);
    } catch {
      if (err && typeof err === 'object') (err as { torn?: boolean }).torn = true;
      throw err;
    }
    releaseReserveOnFull(err, fd);
    throw err;
  }
}

export function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as NodeJS.ErrnoException).code === code;
}

/** Parses JSON text, throwing RunLogCorruptError naming `file` when it is not valid JSON or not an object. */
export function parseJsonObject(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseJsonExact(text);
  } catch (err) {
    throw new RunLogCorruptError(file, `invalid JSON (${(err as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RunLogCorruptError(file, 'expected a JSON object');
  }
  return value as Record<string, unknown>;
}

/**
 * Reads and parses a JSON object file. Returns undefined when the file does not exist; throws
 * RunLogCorruptError when it cannot be read or parsed.
 */
export function readJsonObjectSync(file: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return undefined;
    throw new RunLogCorruptError(file, `cannot read it (${(err as Error).message})`);
  }
  return parseJsonObject(text, file);
}

const SAFE = /^[a-z0-9_.-]$/;
const MAX_ENCODED = 150;

/**
 * Encodes an internal name for use inside a file name, unique and stable:
 * - `[a-z0-9_.-]` are kept; every other byte of the UTF-8 form becomes `%xx` (lower-case hex), so `/`,
 *   spaces, `%`, `~` and non-ASCII map items are safe;
 * - `[A-Z]` are kept readable, but then a `~<12 hex of sha256(name)>` suffix is added so that names
 *   differing only in case stay distinct on case-insensitive file systems (macOS, Windows);
 * - an encoding longer than 150 characters is cut and gets the same hash suffix (file names are limited
 *   to 255 bytes).
 * The file name is never decoded: each chunk carries its internal name.
 */
export function encodeName(name: string): string {
  let out = '';
  let upper = false;
  for (const ch of name) {
    if (SAFE.test(ch)) out += ch;
    else if (ch >= 'A' && ch <= 'Z') {
      out += ch;
      upper = true;
    } else {
      for (const byte of Buffer.from(ch, 'utf8')) out += '%' + byte.toString(16).padStart(2, '0');
    }
  }
  if (upper || out.length > MAX_ENCODED) {
    const hash = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 12);
    // Do not cut a `%xx` escape in half (cosmetic: the hash keeps names unique anyway).
    let cut = out.slice(0, MAX_ENCODED);
    const pct = cut.lastIndexOf('%');
    if (pct >= 0 && pct > cut.length - 3) cut = cut.slice(0, pct);
    out = `${cut}~${hash}`;
  }
  return out;
}
