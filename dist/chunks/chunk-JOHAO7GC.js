import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  InputFileError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/fs-read.ts
import fs from "node:fs";
function kindOf(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
__name(kindOf, "kindOf");
function fsReason(e) {
  const code = e?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory, not a file";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return e instanceof Error ? e.message : String(e);
}
__name(fsReason, "fsReason");
function readRegularFileSync(file, limit, display = file) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (fs.constants.O_NOCTTY ?? 0));
  } catch (e) {
    throw new InputFileError(display, fsReason(e), { cause: e });
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) {
      const kind = kindOf(st);
      throw new InputFileError(display, kind === "a directory" ? "it is a directory, not a file" : `it is ${kind}; only regular files are read`);
    }
    if (st.size > limit) return { tooLarge: st.size };
    let buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(st.size + 1, 64 * 1024)));
    let n = 0;
    for (; ; ) {
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
__name(readRegularFileSync, "readRegularFileSync");

export {
  readRegularFileSync
};
