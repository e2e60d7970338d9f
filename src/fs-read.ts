/**
 * The one way input files the user names (pipeline, config, parameters, dotenv secrets) are read: only a
 * regular file, and at most `limit` bytes of it.
 *
 * - The file is opened with O_NONBLOCK, so a FIFO (or a device) never blocks the open; the open descriptor
 *   is then checked with fstat (no window between check and read), and anything but a regular file — a
 *   directory, `/dev/zero`, a FIFO, a socket — is refused at once with a clear reason.
 * - At most `limit + 1` bytes are read whatever the file claims its size is (a file growing while we read,
 *   a /proc file reporting 0), so a hostile input costs at most `limit` bytes of memory.
 */
import fs from 'node:fs';
import { InputFileError } from './errors.js';

/** A regular file's bytes, or its size when it is larger than the limit (the caller words that error). */
export type BoundedRead = { data: Buffer; tooLarge?: undefined } | { data?: undefined; tooLarge: number };

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function fsReason(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return e instanceof Error ? e.message : String(e);
}

/**
 * Reads the regular file `file` (absolute, or relative to the process's cwd) up to `limit` bytes.
 * Throws InputFileError naming `display` when it cannot be opened or is not a regular file.
 */
export function readRegularFileSync(file: string, limit: number, display = file): BoundedRead {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (fs.constants.O_NOCTTY ?? 0));
  } catch (e) {
    throw new InputFileError(display, fsReason(e), { cause: e });
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) {
      const kind = kindOf(st);
      throw new InputFileError(display, kind === 'a directory' ? 'it is a directory, not a file' : `it is ${kind}; only regular files are read`);
    }
    if (st.size > limit) return { tooLarge: st.size };
    // The stated size is a hint (a file may grow, /proc files say 0): read until EOF, never past limit + 1.
    let buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(st.size + 1, 64 * 1024)));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > limit) return { tooLarge: n };
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const got = fs.readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
    }
    return { data: buf.subarray(0, n) };
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    throw new InputFileError(display, fsReason(e), { cause: e });
  } finally {
    fs.closeSync(fd);
  }
}
