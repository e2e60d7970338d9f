import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  createDiskReserve,
  dropDiskReserve,
  isErrno
} from "./chunk-CHM4TEYS.js";
import {
  RunnableError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/runlog/lock.ts
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var HOST = os.hostname();
var PROCESS_NONCE = randomBytes(6).toString("hex");
var tokenCounter = 0;
var queues = /* @__PURE__ */ new Map();
var sleep = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");
async function withFileLock(lockPath, fn, options = {}) {
  const previous = queues.get(lockPath) ?? Promise.resolve();
  let done;
  const mine = new Promise((r) => done = r);
  const tail = previous.then(() => mine);
  queues.set(lockPath, tail);
  try {
    await previous;
    const lease = { token: await acquire(lockPath, options), acquiredAt: Date.now(), staleMs: options.staleMs ?? 1e4 };
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
__name(withFileLock, "withFileLock");
async function acquire(lockPath, options) {
  const staleMs = options.staleMs ?? 1e4;
  const timeoutMs = options.timeoutMs ?? 6e4;
  const token = `${process.pid}-${PROCESS_NONCE}-${++tokenCounter}`;
  const body = JSON.stringify({ pid: process.pid, host: HOST, token, time: (/* @__PURE__ */ new Date()).toISOString() });
  const start = Date.now();
  let delay = 1;
  for (; ; ) {
    if (createLockFile(lockPath, body)) return token;
    const holder = inspect(lockPath);
    if (holder && isStale(holder, staleMs)) {
      breakStale(lockPath, holder.info);
      continue;
    }
    if (Date.now() - start > timeoutMs) {
      const who = holder?.info.pid !== void 0 ? ` (held by pid ${holder.info.pid} on ${holder.info.host ?? "?"} since ${holder.info.time ?? "?"})` : "";
      throw new RunnableError(
        `timed out after ${Math.round(timeoutMs / 1e3)} s waiting for lock ${lockPath}${who}; if no runnable process is using this run, delete the lock file`
      );
    }
    await sleep(delay * (0.5 + Math.random()));
    delay = Math.min(delay * 2, 25);
  }
}
__name(acquire, "acquire");
function createLockFile(lockPath, body) {
  let fd;
  try {
    fd = fs.openSync(lockPath, "wx");
  } catch (err) {
    if (isErrno(err, "EEXIST")) return false;
    throw err;
  }
  try {
    fs.writeSync(fd, body);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}
__name(createLockFile, "createLockFile");
function inspect(lockPath) {
  try {
    const st = fs.statSync(lockPath);
    let info = {};
    try {
      info = JSON.parse(fs.readFileSync(lockPath, "utf8"));
    } catch {
    }
    return { info, ageMs: Date.now() - st.mtimeMs };
  } catch (err) {
    if (isErrno(err, "ENOENT")) return void 0;
    throw err;
  }
}
__name(inspect, "inspect");
function isStale(holder, staleMs) {
  const { info, ageMs } = holder;
  if (ageMs > staleMs) return true;
  if (info.host === HOST && typeof info.pid === "number" && info.pid !== process.pid) {
    try {
      process.kill(info.pid, 0);
      return false;
    } catch (err) {
      return isErrno(err, "ESRCH");
    }
  }
  return false;
}
__name(isStale, "isStale");
function breakStale(lockPath, judged) {
  const aside = `${lockPath}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (err) {
    if (isErrno(err, "ENOENT")) return;
    throw err;
  }
  let taken = {};
  try {
    taken = JSON.parse(fs.readFileSync(aside, "utf8"));
  } catch {
  }
  if (taken.token !== judged.token) {
    try {
      fs.linkSync(aside, lockPath);
    } catch {
    }
  }
  try {
    fs.unlinkSync(aside);
  } catch {
  }
}
__name(breakStale, "breakStale");
function release(lockPath, lease) {
  try {
    if (Date.now() - lease.acquiredAt < lease.staleMs / 2) {
      fs.unlinkSync(lockPath);
      return;
    }
    const info = JSON.parse(fs.readFileSync(lockPath, "utf8"));
    if (info.token === lease.token) fs.unlinkSync(lockPath);
  } catch {
  }
}
__name(release, "release");
function processStart(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return void 0;
  }
}
__name(processStart, "processStart");
function ownerIsGone(info, ageMs) {
  if (typeof info.pid !== "number" || typeof info.host !== "string") return ageMs > 5e3;
  if (info.host !== HOST) return false;
  if (info.pid === process.pid) return info.start !== void 0 && info.start !== processStart(process.pid);
  try {
    process.kill(info.pid, 0);
  } catch (err) {
    return isErrno(err, "ESRCH");
  }
  const start = info.start && processStart(info.pid);
  return Boolean(start && start !== info.start);
}
__name(ownerIsGone, "ownerIsGone");
function acquireOwnerLock(lockPath, inUse) {
  const token = `${process.pid}-${PROCESS_NONCE}-${++tokenCounter}`;
  const body = JSON.stringify({ pid: process.pid, host: HOST, token, start: processStart(process.pid), time: (/* @__PURE__ */ new Date()).toISOString() });
  for (let tries = 0; ; tries++) {
    if (createLockFile(lockPath, body)) {
      const lease = { lockPath, token };
      try {
        openGroupLedger(lease);
      } catch (err) {
        releaseOwnerLock(lease);
        throw err;
      }
      createDiskReserve(reservePath(lockPath));
      return lease;
    }
    const holder = inspect(lockPath);
    if (!holder) continue;
    const info = holder.info;
    if (tries < 3 && ownerIsGone(info, holder.ageMs)) {
      if (info.host === HOST) stopOrphanGroups(groupLedgerPath(lockPath));
      breakStale(lockPath, info);
      continue;
    }
    const who = info.pid !== void 0 ? `process ${info.pid} on ${info.host ?? "?"} (since ${info.time ?? "?"})` : "another process";
    throw inUse(who);
  }
}
__name(acquireOwnerLock, "acquireOwnerLock");
function reservePath(lockPath) {
  return path.join(path.dirname(lockPath), `.${path.basename(lockPath)}.reserve`);
}
__name(reservePath, "reservePath");
function releaseOwnerLock(lease) {
  closeGroupLedger(lease);
  dropDiskReserve(reservePath(lease.lockPath));
  try {
    const info = JSON.parse(fs.readFileSync(lease.lockPath, "utf8"));
    if (info.token === lease.token) fs.unlinkSync(lease.lockPath);
  } catch {
  }
}
__name(releaseOwnerLock, "releaseOwnerLock");
var ledgers = /* @__PURE__ */ new Map();
function groupLedgerPath(lockPath) {
  return `${lockPath}.groups`;
}
__name(groupLedgerPath, "groupLedgerPath");
function openGroupLedger(lease) {
  ledgers.set(lease.token, fs.openSync(groupLedgerPath(lease.lockPath), "w"));
}
__name(openGroupLedger, "openGroupLedger");
function closeGroupLedger(lease) {
  const fd = ledgers.get(lease.token);
  if (fd === void 0) return;
  ledgers.delete(lease.token);
  try {
    fs.closeSync(fd);
    fs.unlinkSync(groupLedgerPath(lease.lockPath));
  } catch {
  }
}
__name(closeGroupLedger, "closeGroupLedger");
function noteProcessGroup(pgid, started) {
  if (ledgers.size === 0) return;
  const line = started ? `+${pgid} ${processStart(pgid) ?? "?"}
` : `-${pgid}
`;
  for (const fd of ledgers.values()) {
    try {
      fs.writeSync(fd, line);
    } catch {
    }
  }
}
__name(noteProcessGroup, "noteProcessGroup");
var sleepSync = /* @__PURE__ */ __name((ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms), "sleepSync");
function groupMembers(pgid) {
  let names;
  try {
    names = fs.readdirSync("/proc");
  } catch {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const out = [];
  for (const name of names) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid && fields[0] !== "Z") out.push(Number(name));
    } catch {
    }
  }
  return out;
}
__name(groupMembers, "groupMembers");
function stopOrphanGroups(ledger, graceMs = 2e3) {
  let text;
  try {
    text = fs.readFileSync(ledger, "utf8");
  } catch {
    return [];
  }
  const open = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const m = /^([+-])(\d+)(?: (\S+))?$/.exec(line);
    if (!m) continue;
    if (m[1] === "+") open.set(Number(m[2]), m[3]);
    else open.delete(Number(m[2]));
  }
  const mine = [];
  for (const [pgid, start] of open) {
    const now = processStart(pgid);
    if (now !== void 0 && start !== "?" && now !== start) continue;
    if (groupMembers(pgid).length === 0) continue;
    mine.push(pgid);
    try {
      process.kill(-pgid, "SIGTERM");
    } catch {
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
          process.kill(-g, "SIGKILL");
        } catch {
        }
      }
    }
    if (waited >= graceMs + 1e3) break;
    sleepSync(20);
  }
  return mine;
}
__name(stopOrphanGroups, "stopOrphanGroups");
function liveOwner(lockPath) {
  const holder = inspect(lockPath);
  if (!holder) return void 0;
  const info = holder.info;
  if (ownerIsGone(info, holder.ageMs)) return void 0;
  return info.pid !== void 0 ? `process ${info.pid} on ${info.host ?? "?"} (since ${info.time ?? "?"})` : "another process";
}
__name(liveOwner, "liveOwner");

export {
  withFileLock,
  acquireOwnerLock,
  releaseOwnerLock,
  noteProcessGroup,
  liveOwner
};
