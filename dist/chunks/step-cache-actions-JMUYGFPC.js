import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  Masker
} from "./chunk-ZJUNEOJQ.js";
import {
  RemoteServiceError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/action/step-cache-actions.ts
import { AsyncLocalStorage } from "node:async_hooks";
import { copyFile, lstat, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
function cacheError(message) {
  const status = /\((\d{3})\)/.exec(message)?.[1];
  return new RemoteServiceError(message, "GitHub cache service", status ? Number(status) : void 0);
}
__name(cacheError, "cacheError");
function inside(root, rel) {
  if (typeof rel !== "string" || !rel || path.isAbsolute(rel)) throw cacheError(`cached path '${String(rel)}' is not a relative path`);
  const abs = path.resolve(root, rel);
  if (abs === root || !abs.startsWith(root + path.sep)) throw cacheError(`cached path '${rel}' escapes ${root}`);
  return abs;
}
__name(inside, "inside");
function isRecord(v) {
  const r = v;
  return !!r && typeof r === "object" && !!r.returns && typeof r.returns === "object" && Array.isArray(r.files) && r.files.every((f) => typeof f === "string") && typeof r.runId === "string" && typeof r.step === "string";
}
__name(isRecord, "isRecord");
var KEY_RE = /^[A-Za-z0-9._-]{1,200}$/;
var CMD_RE = /^::([a-z-]+)(?: [^:]*)?::(.*)$/;
function unescapeData(s) {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
__name(unescapeData, "unescapeData");
var ActionsStepCache = class _ActionsStepCache {
  constructor(cache, opts) {
    this.cache = cache;
    this.opts = opts;
  }
  cache;
  opts;
  static {
    __name(this, "ActionsStepCache");
  }
  kind = "github-actions-cache";
  /** Every restore and save, in order (for the log, the summary and tests). */
  ops = [];
  /** Why the cache turned itself off, once it did. */
  problems = [];
  readable = true;
  writable = true;
  als = new AsyncLocalStorage();
  masks = new Masker();
  locks = /* @__PURE__ */ new Map();
  /** Keys this job already restored or saved: no second upload. */
  known = /* @__PURE__ */ new Set();
  unhook;
  /** A cache when the service is reachable from this job; otherwise undefined and the reason. */
  static async create(opts) {
    const mod = opts.cache ?? await import("./cache-OOLPV5VP.js");
    if (!mod.isFeatureAvailable()) {
      return { reason: "the Actions cache service is not available in this job (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL)" };
    }
    const c = new _ActionsStepCache(mod, opts);
    c.hookStdout();
    return { cache: c };
  }
  /** Stops watching stdout (the process exits soon after anyway). */
  close() {
    this.unhook?.();
    this.unhook = void 0;
  }
  folderOf(key) {
    if (!KEY_RE.test(key)) throw cacheError(`step cache key '${key}' is not a plain name`);
    return path.join(this.opts.root, key);
  }
  /**
   * Lines the toolkit writes from inside one of our calls are taken out of the stream: failures are recorded,
   * masks remembered, debug shown (masked, as plain text) only in debug mode, plain info dropped.
   */
  hookStdout() {
    const original = process.stdout.write;
    const self = this;
    const patched = /* @__PURE__ */ __name(function(chunk, ...rest) {
      const w = self.als.getStore();
      if (!w || typeof chunk !== "string" && !Buffer.isBuffer(chunk)) return original.call(this, chunk, ...rest);
      const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
      const shown = [];
      for (const line of text.split(/\r?\n/)) {
        if (!line) continue;
        const m = CMD_RE.exec(line);
        const cmd = m?.[1];
        const msg = m ? unescapeData(m[2]) : line;
        if (cmd === "add-mask") {
          self.masks.add(msg);
          continue;
        }
        w.lines.push(`${cmd ?? "info"}: ${msg}`);
        if ((cmd === "warning" || cmd === "error") && !/^Cache reservation failed: /.test(msg)) {
          w.failures.push(msg);
        } else if (cmd === "debug" && /^Failed to reserve cache: /.test(msg) && !/\(409\)|already.exists/i.test(msg)) {
          w.failures.push(msg.replace(/^Failed to reserve cache: (Error: )?/, "Failed to save: "));
        }
        if (cmd === "debug" && self.opts.debug) shown.push(`[actions/cache] ${self.mask(msg)}`);
      }
      const cb = rest.find((r) => typeof r === "function");
      if (!shown.length) {
        cb?.();
        return true;
      }
      return original.call(this, shown.join("\n") + "\n", cb);
    }, "patched");
    process.stdout.write = patched;
    this.unhook = () => {
      if (process.stdout.write === patched) process.stdout.write = original;
    };
  }
  mask(text) {
    return this.masks.mask(text).replace(/([?&]sig=)[^&\s"]+/g, "$1***");
  }
  /** One operation per key at a time (parallel branches can share a key). */
  async locked(key, fn) {
    const prev = this.locks.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => void 0);
    this.locks.set(key, tail);
    try {
      return await next;
    } finally {
      if (this.locks.get(key) === tail) this.locks.delete(key);
    }
  }
  async watched(fn) {
    const w = { lines: [], failures: [] };
    const result = await this.als.run(w, fn);
    return { result, w };
  }
  turnOff(kind, why) {
    if (kind !== "write") this.readable = false;
    if (kind !== "read") this.writable = false;
    this.problems.push(why);
    this.opts.info?.(`step cache: ${kind === "both" ? "turned off" : `${kind}s turned off`} for the rest of this run: ${why}`);
  }
  failure(w) {
    if (!w.failures.length) return void 0;
    const msg = this.mask(w.failures[w.failures.length - 1]);
    if (/cache read denied/i.test(msg)) this.turnOff("read", msg);
    else if (/cache write denied/i.test(msg)) this.turnOff("write", msg);
    else this.turnOff("both", msg);
    return msg;
  }
  async restore(key, workDir) {
    if (!this.readable) return void 0;
    const folder = this.folderOf(key);
    return this.locked(key, async () => {
      const t0 = Date.now();
      const done = /* @__PURE__ */ __name((outcome, extra = {}) => this.record({ op: "restore", key, outcome, ms: Date.now() - t0, ...extra }), "done");
      await rm(folder, { recursive: true, force: true });
      try {
        const { result: matched, w } = await this.watched(() => this.cache.restoreCache([folder], key));
        const failed = this.failure(w);
        if (failed) {
          done("failed", { message: failed });
          throw cacheError(`GitHub cache service: ${failed}`);
        }
        if (matched !== key) {
          done("miss");
          return void 0;
        }
        let record;
        try {
          record = JSON.parse(await readFile(path.join(folder, "record.json"), "utf8"));
        } catch (err) {
          throw cacheError(`cache entry ${key} has no readable record.json (${err.message})`);
        }
        if (!isRecord(record)) throw cacheError(`cache entry ${key}: record.json has not the expected shape`);
        const root = path.resolve(workDir);
        const files = path.join(folder, "files");
        const plan = record.files.map((rel) => ({ from: inside(files, rel), to: inside(root, rel), rel }));
        for (const p of plan) {
          const st = await lstat(p.from).catch(() => void 0);
          if (!st?.isFile()) throw cacheError(`cache entry ${key}: '${p.rel}' is missing or not a regular file`);
        }
        for (const p of plan) {
          await mkdir(path.dirname(p.to), { recursive: true });
          await copyFile(p.from, p.to);
        }
        this.known.add(key);
        done("hit", { step: record.step, fromRun: record.runId });
        return record;
      } finally {
        await rm(folder, { recursive: true, force: true }).catch(() => void 0);
      }
    });
  }
  async save(key, record, workDir) {
    if (!this.writable) return;
    const folder = this.folderOf(key);
    await this.locked(key, async () => {
      const t0 = Date.now();
      const done = /* @__PURE__ */ __name((outcome, extra = {}) => this.record({ op: "save", key, outcome, ms: Date.now() - t0, step: record.step, fromRun: record.runId, ...extra }), "done");
      if (!this.writable) return;
      if (this.known.has(key)) return done("skipped", { message: "already restored or saved by this job" });
      await rm(folder, { recursive: true, force: true });
      try {
        const root = path.resolve(workDir);
        await mkdir(path.join(folder, "files"), { recursive: true });
        for (const rel of record.files) {
          const target = inside(path.join(folder, "files"), rel);
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(inside(root, rel), target);
        }
        await writeFile(path.join(folder, "record.json"), JSON.stringify(record, null, 2));
        const { result: id, w } = await this.watched(() => this.cache.saveCache([folder], key));
        const failed = this.failure(w);
        if (failed) {
          done("failed", { message: failed });
          throw cacheError(`GitHub cache service: ${failed}`);
        }
        this.known.add(key);
        done(id === -1 ? "exists" : "saved");
      } finally {
        await rm(folder, { recursive: true, force: true }).catch(() => void 0);
      }
    });
  }
  record(o) {
    this.ops.push(o);
    const what = {
      hit: `restored ${o.key} (step '${o.step}' of run '${o.fromRun}')`,
      miss: `no entry for ${o.key}: the step runs`,
      saved: `saved ${o.key}`,
      exists: `${o.key} was already saved by another job`,
      skipped: `${o.key} not saved again (${o.message})`,
      failed: `${o.op} of ${o.key} failed: ${o.message}`
    };
    this.opts.info?.(`step cache: ${what[o.outcome]} in ${o.ms} ms`);
  }
  /** One line for the log and the summary. */
  describe() {
    const n = /* @__PURE__ */ __name((op, outcome) => this.ops.filter((o) => o.op === op && o.outcome === outcome).length, "n");
    const parts = [`${n("restore", "hit")} restored`, `${n("restore", "miss")} not in the cache`, `${n("save", "saved")} saved`];
    if (n("save", "exists")) parts.push(`${n("save", "exists")} already saved by another job`);
    const failed = this.ops.filter((o) => o.outcome === "failed").length;
    if (failed) parts.push(`${failed} failed call(s)`);
    return `step cache (GitHub cache service): ${parts.join(", ")}${this.problems.length ? `; turned off after: ${this.problems[0]}` : ""}`;
  }
};
export {
  ActionsStepCache
};
