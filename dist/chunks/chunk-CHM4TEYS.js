import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  parseJsonExact
} from "./chunk-DRL3O62E.js";
import {
  RunLogCorruptError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/runlog/fs-util.ts
import { createHash, randomFillSync } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
var tempCounter = 0;
function tempPathFor(target) {
  tempCounter = (tempCounter + 1) % 1e9;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${tempCounter}.tmp`);
}
__name(tempPathFor, "tempPathFor");
function atomicWriteFileSync(target, data, tmp = tempPathFor(target)) {
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
    onWriteError(err, path.dirname(target));
    throw err;
  }
}
__name(atomicWriteFileSync, "atomicWriteFileSync");
function createExclusiveSync(target, data) {
  const tmp = tempPathFor(target);
  try {
    fs.writeFileSync(tmp, data);
    fs.linkSync(tmp, target);
    return true;
  } catch (err) {
    if (isErrno(err, "EEXIST")) return false;
    onWriteError(err, path.dirname(target));
    throw err;
  } finally {
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
  }
}
__name(createExclusiveSync, "createExclusiveSync");
async function atomicWriteFile(target, data) {
  const tmp = tempPathFor(target);
  try {
    await fs.promises.writeFile(tmp, data);
    await fs.promises.rename(tmp, target);
  } catch (err) {
    await fs.promises.unlink(tmp).catch(() => void 0);
    onWriteError(err, path.dirname(target));
    throw err;
  }
}
__name(atomicWriteFile, "atomicWriteFile");
var RESERVE_BYTES = 256 * 1024;
var reserves = /* @__PURE__ */ new Map();
function createDiskReserve(file, bytes = RESERVE_BYTES) {
  let fd;
  try {
    fd = fs.openSync(file, "w", 384);
    const buf = randomFillSync(Buffer.allocUnsafe(bytes));
    for (let off = 0; off < buf.length; ) off += fs.writeSync(fd, buf, off);
    fs.fsyncSync(fd);
    reserves.set(file, fs.fstatSync(fd).dev);
  } catch {
    reserves.delete(file);
    try {
      fs.unlinkSync(file);
    } catch {
    }
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
__name(createDiskReserve, "createDiskReserve");
function dropDiskReserve(file) {
  if (!reserves.delete(file)) return;
  try {
    fs.unlinkSync(file);
  } catch {
  }
}
__name(dropDiskReserve, "dropDiskReserve");
function releaseReserveOnFull(err, where) {
  if (!isErrno(err, "ENOSPC") || reserves.size === 0) return false;
  let dev;
  try {
    dev = typeof where === "number" ? fs.fstatSync(where).dev : fs.statSync(where).dev;
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
__name(releaseReserveOnFull, "releaseReserveOnFull");
function onWriteError(err, dir) {
  releaseReserveOnFull(err, dir);
}
__name(onWriteError, "onWriteError");
function appendWholeSync(fd, text, at) {
  try {
    const n = fs.writeSync(fd, text);
    if (n === text.length) return;
    const buf = Buffer.from(text);
    for (let off = n; off < buf.length; ) off += fs.writeSync(fd, buf, off);
  } catch (err) {
    try {
      fs.ftruncateSync(fd, at);
    } catch {
      if (err && typeof err === "object") err.torn = true;
      throw err;
    }
    releaseReserveOnFull(err, fd);
    throw err;
  }
}
__name(appendWholeSync, "appendWholeSync");
function isErrno(err, code) {
  return typeof err === "object" && err !== null && err.code === code;
}
__name(isErrno, "isErrno");
function parseJsonObject(text, file) {
  let value;
  try {
    value = parseJsonExact(text);
  } catch (err) {
    throw new RunLogCorruptError(file, `invalid JSON (${err.message})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new RunLogCorruptError(file, "expected a JSON object");
  }
  return value;
}
__name(parseJsonObject, "parseJsonObject");
function readJsonObjectSync(file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    if (isErrno(err, "ENOENT")) return void 0;
    throw new RunLogCorruptError(file, `cannot read it (${err.message})`);
  }
  return parseJsonObject(text, file);
}
__name(readJsonObjectSync, "readJsonObjectSync");
var SAFE = /^[a-z0-9_.-]$/;
var MAX_ENCODED = 150;
function encodeName(name) {
  let out = "";
  let upper = false;
  for (const ch of name) {
    if (SAFE.test(ch)) out += ch;
    else if (ch >= "A" && ch <= "Z") {
      out += ch;
      upper = true;
    } else {
      for (const byte of Buffer.from(ch, "utf8")) out += "%" + byte.toString(16).padStart(2, "0");
    }
  }
  if (upper || out.length > MAX_ENCODED) {
    const hash = createHash("sha256").update(name, "utf8").digest("hex").slice(0, 12);
    let cut = out.slice(0, MAX_ENCODED);
    const pct = cut.lastIndexOf("%");
    if (pct >= 0 && pct > cut.length - 3) cut = cut.slice(0, pct);
    out = `${cut}~${hash}`;
  }
  return out;
}
__name(encodeName, "encodeName");

export {
  tempPathFor,
  atomicWriteFileSync,
  createExclusiveSync,
  atomicWriteFile,
  createDiskReserve,
  dropDiskReserve,
  appendWholeSync,
  isErrno,
  parseJsonObject,
  readJsonObjectSync,
  encodeName
};
