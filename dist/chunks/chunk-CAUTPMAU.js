import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  RunDocument,
  branchLogOf,
  checkBranch,
  checkHeader,
  checkStep,
  failedBranch,
  failedStep,
  isUnsettled,
  jsonCopy,
  runLogOf,
  stepLogOf
} from "./chunk-Y6JNVOVH.js";
import {
  checkRunId
} from "./chunk-K22HHINW.js";
import {
  buildService,
  serviceConfigError
} from "./chunk-A5QB3JT3.js";
import {
  acquireOwnerLock,
  liveOwner,
  releaseOwnerLock,
  withFileLock
} from "./chunk-2FVMQ5SR.js";
import {
  appendWholeSync,
  atomicWriteFile,
  atomicWriteFileSync,
  createExclusiveSync,
  encodeName,
  isErrno,
  parseJsonObject,
  readJsonObjectSync,
  tempPathFor
} from "./chunk-CHM4TEYS.js";
import {
  parseJsonExact
} from "./chunk-DRL3O62E.js";
import {
  InternalError,
  RunLogCorruptError,
  RunLogExistsError,
  RunLogInUseError,
  RunLogNotFoundError,
  RunLogStoreError,
  RunnableError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/runlog/factory.ts
import path3 from "node:path";

// src/runlog/buffered.ts
var BufferedRunLogStore = class {
  static {
    __name(this, "BufferedRunLogStore");
  }
  kind = "buffered";
  /** As upstream: only chunked stores declare parallel writes (in-process concurrent writers are safe here). */
  supportsParallelWrites = false;
  runs = /* @__PURE__ */ new Map();
  describe() {
    return "memory (buffered run log store)";
  }
  run(runId) {
    const doc = this.runs.get(runId);
    if (!doc) throw new RunLogNotFoundError(runId, this.describe());
    return doc;
  }
  async createRun(header, runConfig) {
    if (this.runs.has(header.run_id)) throw new RunLogExistsError(header.run_id);
    this.runs.set(header.run_id, RunDocument.create(header, runConfig));
  }
  async runExists(runId) {
    return this.runs.has(runId);
  }
  async getRunHeader(runId) {
    return this.run(runId).header();
  }
  async updateRunHeader(runId, update) {
    const doc = this.run(runId);
    const next = update(doc.header());
    doc.setHeader({ ...next, run_id: runId });
    return doc.header();
  }
  async getRunConfig(runId) {
    return this.run(runId).runConfig();
  }
  async getStep(runId, internalName) {
    return this.run(runId).getStep(internalName);
  }
  async putStep(runId, step, parentBranch) {
    this.run(runId).putStep(step, parentBranch);
  }
  async getBranch(runId, internalName) {
    return this.run(runId).getBranch(internalName);
  }
  async putBranch(runId, branch, parentStep) {
    this.run(runId).putBranch(branch, parentStep);
  }
  async updateBranch(runId, internalName, update) {
    const doc = this.run(runId);
    const current = doc.getBranch(internalName);
    if (!current) throw new InternalError(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
    const entry = doc.branches.get(internalName);
    doc.putBranch({ ...jsonCopy(update(current)), internal_name: internalName }, entry.parent);
    return doc.getBranch(internalName);
  }
  async failRun(runId, reason) {
    this.run(runId).failRun(reason);
  }
  async getRunLog(runId) {
    return this.run(runId).toRunLog();
  }
  async flush() {
  }
};

// src/runlog/large-values.ts
var LARGE_VALUE_BYTES = 4096;
function jsonLengthAtLeast(v, limit = LARGE_VALUE_BYTES) {
  let n = 0;
  const stack = [v];
  while (stack.length && n < limit) {
    const x = stack.pop();
    if (x === null || x === void 0 || x === true) n += 4;
    else if (x === false) n += 5;
    else if (typeof x === "number") n += Number.isFinite(x) ? String(x).length : 4;
    else if (typeof x === "bigint") n += String(x).length;
    else if (typeof x === "string") n += x.length >= limit ? limit : JSON.stringify(x).length;
    else if (typeof x === "object") {
      const raw = x.rawJSON;
      if (typeof raw === "string") n += raw.length;
      else if (Array.isArray(x)) {
        n += x.length === 0 ? 2 : x.length + 1;
        for (let i = 0; i < x.length && n < limit; i++) stack.push(x[i]);
      } else {
        let keys = 0;
        n += 2;
        for (const k in x) {
          if (!Object.prototype.hasOwnProperty.call(x, k)) continue;
          const value = x[k];
          if (value === void 0 || typeof value === "function") continue;
          n += (keys++ ? 1 : 0) + (k.length >= limit ? limit : JSON.stringify(k).length) + 1;
          stack.push(value);
          if (n >= limit) break;
        }
      }
    } else n += 4;
  }
  return n >= limit;
}
__name(jsonLengthAtLeast, "jsonLengthAtLeast");
function isLargeParameter(p) {
  return jsonLengthAtLeast(p.value) || p.description !== void 0 && jsonLengthAtLeast(p.description);
}
__name(isLargeParameter, "isLargeParameter");
function withoutLargeInputs(step, inherited) {
  let changed = false;
  const attempts = step.attempts.map((a) => {
    const inputs = a.input_parameters ?? {};
    let kept;
    for (const [k, p] of Object.entries(inputs)) {
      if (!isLargeParameter(p) && !inherited?.(k, p)) continue;
      kept ??= { ...inputs };
      delete kept[k];
    }
    if (!kept) return a;
    changed = true;
    return { ...a, input_parameters: kept };
  });
  return changed ? { ...step, attempts } : step;
}
__name(withoutLargeInputs, "withoutLargeInputs");

// src/runlog/chunked-fs.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
var RUN_LOG_FILE = "RunLog.json";
var RUN_CONFIG_FILE = "RunConfig.json";
var JOURNAL_FILE = "Journal.jsonl";
var OWNER_LOCK_FILE = "Owner.lock";
var STEP_RE = /^StepLog-.+\.json$/;
var BRANCH_RE = /^BranchLog-.+\.json$/;
function stepFileName(internalName) {
  return `StepLog-${encodeName(internalName)}.json`;
}
__name(stepFileName, "stepFileName");
function branchFileName(internalName) {
  return `BranchLog-${encodeName(internalName)}.json`;
}
__name(branchFileName, "branchFileName");
var LINE_LEN_LIMIT = 2 ** 20;
function markFailed(journal, message) {
  const f = journal.failed ??= { steps: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map(), chunks: message, header: true };
  f.header = true;
  for (const k of journal.steps.keys()) if (!f.steps.has(k)) f.steps.set(k, message);
  for (const k of journal.branches.keys()) if (!f.branches.has(k)) f.branches.set(k, message);
}
__name(markFailed, "markFailed");
function setHeaderEntry(journal, entry) {
  journal.header = entry;
  if (journal.failed) journal.failed.header = false;
}
__name(setHeaderEntry, "setHeaderEntry");
function settledHeader(journal, header) {
  return journal?.failed?.header ? { ...header, status: "FAIL" } : header;
}
__name(settledHeader, "settledHeader");
function setStepEntry(journal, name, entry) {
  journal.steps.set(name, entry);
  journal.failed?.steps.delete(name);
}
__name(setStepEntry, "setStepEntry");
function setBranchEntry(journal, name, entry) {
  journal.branches.set(name, entry);
  journal.failed?.branches.delete(name);
}
__name(setBranchEntry, "setBranchEntry");
function settledStep(journal, c, fromChunkFile = false) {
  const f = journal?.failed;
  const message = f && (fromChunkFile ? f.chunks : f.steps.get(c.step.internal_name));
  if (message === void 0 || !isUnsettled(c.step.status)) return c;
  return { ...c, step: failedStep(c.step, message) };
}
__name(settledStep, "settledStep");
function settledBranch(journal, c, fromChunkFile = false) {
  const f = journal?.failed;
  const failed = f && (fromChunkFile || f.branches.has(c.branch.internal_name));
  if (!failed || !isUnsettled(c.branch.status)) return c;
  return { ...c, branch: failedBranch(c.branch) };
}
__name(settledBranch, "settledBranch");
var emptyJournal = /* @__PURE__ */ __name(() => ({ steps: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map() }), "emptyJournal");
function parseJournal(buf, file) {
  const state = emptyJournal();
  const complete = buf.lastIndexOf(10) + 1;
  const text = buf.toString("utf8", 0, complete);
  let start = 0;
  for (let lineNo = 1; start < text.length; lineNo++) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end);
    start = end + 1;
    if (!line) continue;
    const where = `${file}:${lineNo}`;
    let v;
    try {
      v = parseJsonExact(line);
    } catch (err) {
      throw new RunLogCorruptError(where, `invalid JSON (${err.message})`);
    }
    if (!v || typeof v !== "object" || Array.isArray(v)) throw new RunLogCorruptError(where, "a journal line must be a JSON object");
    if (v.t === "s") setStepEntry(state, stepChunk(v, where).step.internal_name, line);
    else if (v.t === "b") setBranchEntry(state, branchChunk(v, where).branch.internal_name, line);
    else if (v.t === "h") {
      checkHeader(v.header, where);
      setHeaderEntry(state, line);
    } else if (v.t === "f") {
      if (typeof v.message !== "string") throw new RunLogCorruptError(where, 'a settling line needs a "message" string');
      markFailed(state, v.message);
    } else throw new RunLogCorruptError(where, `unknown record kind ${JSON.stringify(v.t)} (expected "s", "b", "h" or "f")`);
  }
  return { state, complete };
}
__name(parseJournal, "parseJournal");
function appendLine(fd, line) {
  const n = fs.writeSync(fd, line);
  if (n === line.length) return;
  const buf = Buffer.from(line);
  for (let off = n; off < buf.length; ) off += fs.writeSync(fd, buf, off);
}
__name(appendLine, "appendLine");
var INLINE_MAX = LARGE_VALUE_BYTES;
var REF_FIELDS = [
  ["value", "$value_ref"],
  ["description", "$description_ref"]
];
function valueFileName(hash) {
  return `Value-${hash}.json`;
}
__name(valueFileName, "valueFileName");
var objectMemo = /* @__PURE__ */ new WeakMap();
var stringMemo = /* @__PURE__ */ new Map();
function shapeOf(v) {
  return Array.isArray(v) ? v.length : Object.keys(v).length;
}
__name(shapeOf, "shapeOf");
function bigValue(v) {
  if (v === null || typeof v !== "object" && typeof v !== "string") return void 0;
  if (typeof v === "string") {
    if (v.length < INLINE_MAX - 2) return void 0;
    const known = stringMemo.get(v);
    if (known) return { hash: known };
    const text2 = JSON.stringify(v);
    const hash2 = createHash("sha256").update(text2).digest("hex").slice(0, 32);
    if (stringMemo.size > 64) stringMemo.clear();
    stringMemo.set(v, hash2);
    return { hash: hash2, text: text2 };
  }
  const memo = objectMemo.get(v);
  if (memo && memo.shape === shapeOf(v)) return { hash: memo.hash };
  const text = JSON.stringify(v);
  if (text === void 0 || text.length < INLINE_MAX) return void 0;
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 32);
  objectMemo.set(v, { hash, shape: shapeOf(v) });
  return { hash, text };
}
__name(bigValue, "bigValue");
function hasRefs(p) {
  return "$value_ref" in p || "$description_ref" in p;
}
__name(hasRefs, "hasRefs");
var lastSequence = 0;
function nextSequence() {
  const now = Math.round((performance.timeOrigin + performance.now()) * 1e3) / 1e3;
  lastSequence = now > lastSequence ? now : Math.round((lastSequence + 1e-3) * 1e3) / 1e3;
  return lastSequence;
}
__name(nextSequence, "nextSequence");
function headerDoc(header) {
  const { steps: _s, run_config: _c, ...h } = runLogOf(header, {}, {});
  return h;
}
__name(headerDoc, "headerDoc");
function stepChunk(v, file) {
  if (typeof v.parent_branch !== "string" || typeof v.sequence !== "number") {
    throw new RunLogCorruptError(file, "not a step chunk (parent_branch, sequence, step)");
  }
  checkStep(v.step, file);
  return v;
}
__name(stepChunk, "stepChunk");
function branchChunk(v, file) {
  if (typeof v.parent_step !== "string" || typeof v.sequence !== "number") {
    throw new RunLogCorruptError(file, "not a branch chunk (parent_step, sequence, branch)");
  }
  checkBranch(v.branch, file);
  return v;
}
__name(branchChunk, "branchChunk");
function isRunnableBranchDoc(v) {
  return !("parent_step" in v) && typeof v.internal_name === "string" && v.steps !== null && typeof v.steps === "object";
}
__name(isRunnableBranchDoc, "isRunnableBranchDoc");
function runnableRecords(dir) {
  const runLogFile = path.join(dir, RUN_LOG_FILE);
  const doc = readJsonObjectSync(runLogFile);
  if (!doc || doc.steps === null || typeof doc.steps !== "object" || Array.isArray(doc.steps)) return void 0;
  const state = emptyJournal();
  let sequence = 0;
  const addSteps = /* @__PURE__ */ __name((steps, parent, file) => {
    for (const raw of Object.values(steps)) {
      const step = checkStep(raw, file);
      const { branches: _b, ...record } = step;
      state.steps.set(step.internal_name, JSON.stringify({ t: "s", parent_branch: parent, sequence: ++sequence, step: record }));
    }
  }, "addSteps");
  addSteps(doc.steps, "", runLogFile);
  const branches = [];
  for (const name of fs.readdirSync(dir)) {
    if (!BRANCH_RE.test(name)) continue;
    const file = path.join(dir, name);
    const v = readJsonObjectSync(file);
    if (!v || !isRunnableBranchDoc(v)) continue;
    checkBranch(v, file);
    let first = "";
    for (const st of Object.values(v.steps)) {
      const t = st?.attempts?.[0]?.start_time ?? "";
      if (t && (!first || t < first)) first = t;
    }
    branches.push({ v, file, first });
  }
  const depth = /* @__PURE__ */ __name((n) => n.split(".").length, "depth");
  branches.sort((a, b) => depth(String(a.v.internal_name)) - depth(String(b.v.internal_name)) || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  for (const { v, file } of branches) {
    const name = String(v.internal_name);
    const parentStep = name.split(".").slice(0, -1).join(".");
    const branch = { internal_name: name, status: v.status, parameters: v.parameters ?? {} };
    state.branches.set(name, JSON.stringify({ t: "b", parent_step: parentStep, sequence: ++sequence, branch }));
    addSteps(v.steps, name, file);
  }
  const { steps: _s, run_config, ...header } = doc;
  state.header = JSON.stringify({ t: "h", header: checkHeader(header, runLogFile) });
  const runConfig = run_config && typeof run_config === "object" && !Array.isArray(run_config) ? run_config : {};
  return { state, runConfig };
}
__name(runnableRecords, "runnableRecords");
async function writeFilesAtomic(files, concurrency = 8) {
  let next = 0;
  const worker = /* @__PURE__ */ __name(async () => {
    while (next < files.length) {
      const [file, text] = files[next++];
      const tmp = tempPathFor(file);
      try {
        await fsp.writeFile(tmp, text);
        await fsp.rename(tmp, file);
      } catch (err) {
        await fsp.rm(tmp, { force: true });
        throw err;
      }
    }
  }, "worker");
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
}
__name(writeFilesAtomic, "writeFilesAtomic");
var fileNamesMemo = /* @__PURE__ */ new WeakMap();
function journalFileNames(journal) {
  let names = fileNamesMemo.get(journal);
  if (!names || names.size !== journal.steps.size + journal.branches.size) {
    names = /* @__PURE__ */ new Set();
    for (const k of journal.steps.keys()) names.add(stepFileName(k));
    for (const k of journal.branches.keys()) names.add(branchFileName(k));
    fileNamesMemo.set(journal, names);
  }
  return names;
}
__name(journalFileNames, "journalFileNames");
function runnableFileSafe(name) {
  return !name.includes("/") && !name.includes("\0") && Buffer.byteLength(name) <= 200 && name !== "." && name !== "..";
}
__name(runnableFileSafe, "runnableFileSafe");
var ChunkedFsRunLogStore = class {
  static {
    __name(this, "ChunkedFsRunLogStore");
  }
  kind = "chunked-fs";
  supportsParallelWrites = true;
  logFolder;
  lockOptions;
  cache = /* @__PURE__ */ new Map();
  constructor(options) {
    this.logFolder = options.logFolder;
    this.lockOptions = options.lock ?? {};
  }
  describe() {
    return `${this.logFolder}${path.sep} (chunked-fs run log store)`;
  }
  /** The folder of one run. */
  runDir(runId) {
    checkRunId(runId);
    return path.join(this.logFolder, runId);
  }
  runCache(runId) {
    let c = this.cache.get(runId);
    if (!c) {
      c = { exists: false, steps: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map(), absent: /* @__PURE__ */ new Set(), values: /* @__PURE__ */ new Set() };
      this.cache.set(runId, c);
    }
    return c;
  }
  /** The run's folder, after checking (once per process) that the run exists. */
  need(runId) {
    const dir = this.runDir(runId);
    const cache = this.runCache(runId);
    if (!cache.exists) {
      if (!fs.existsSync(path.join(dir, RUN_LOG_FILE))) throw new RunLogNotFoundError(runId, this.describe());
      cache.exists = true;
    }
    return { dir, cache };
  }
  async createRun(header, runConfig) {
    const dir = this.runDir(header.run_id);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, RUN_LOG_FILE);
    const tmp = tempPathFor(file);
    fs.writeFileSync(tmp, JSON.stringify(headerDoc(header), null, 2));
    try {
      fs.linkSync(tmp, file);
    } catch (err) {
      if (isErrno(err, "EEXIST")) throw new RunLogExistsError(header.run_id);
      throw err;
    } finally {
      fs.unlinkSync(tmp);
    }
    atomicWriteFileSync(path.join(dir, RUN_CONFIG_FILE), JSON.stringify(runConfig ?? {}, null, 2));
    const cache = this.runCache(header.run_id);
    cache.exists = true;
    cache.created = true;
  }
  /**
   * Makes this process the run's only writer until `releaseRun` (the local executor, which runs the whole run
   * in-process). Its records are then appended to `Journal.jsonl` — one write(2) per record instead of a file
   * created and renamed — and read back from memory. Other processes read the journal over the chunk files;
   * one that writes to the run later first folds the journal into chunk files (`compact`).
   */
  async claimRun(runId) {
    const { dir, cache } = this.need(runId);
    if (cache.owner) return;
    const lockPath = path.join(dir, OWNER_LOCK_FILE);
    const lease = acquireOwnerLock(lockPath, (holder) => new RunLogInUseError(runId, holder, lockPath));
    try {
      const file = path.join(dir, JOURNAL_FILE);
      const fd = fs.openSync(file, "a+");
      try {
        let journal = emptyJournal();
        let size = fs.fstatSync(fd).size;
        if (size === 0) {
          const imported = runnableRecords(dir);
          if (imported) {
            const lines = [...imported.state.branches.values(), ...imported.state.steps.values(), imported.state.header].map((l) => String(l) + "\n");
            appendLine(fd, lines.join(""));
            if (!fs.existsSync(path.join(dir, RUN_CONFIG_FILE))) atomicWriteFileSync(path.join(dir, RUN_CONFIG_FILE), JSON.stringify(imported.runConfig, null, 2));
            size = fs.fstatSync(fd).size;
          }
        }
        if (size > 0) {
          const parsed = parseJournal(fs.readFileSync(file), file);
          journal = parsed.state;
          if (parsed.complete < size) fs.ftruncateSync(fd, parsed.complete);
        }
        cache.owner = { fd, lease, journal, fresh: Boolean(cache.created) && size === 0, size: fs.fstatSync(fd).size };
        cache.snapshot = void 0;
      } catch (err) {
        fs.closeSync(fd);
        throw err;
      }
    } catch (err) {
      releaseOwnerLock(lease);
      throw err;
    }
  }
  /**
   * Ends `claimRun`: the journal stays (it is part of the run log) and the owner lock goes. The final header
   * is also written to RunLog.json, so that a person or tool looking at the folder sees the run's status.
   */
  async releaseRun(runId) {
    const cache = this.cache.get(runId);
    const owner = cache?.owner;
    if (!owner) return;
    try {
      if (owner.journal.header !== void 0 || owner.journal.failed) {
        const dir = this.runDir(runId);
        atomicWriteFileSync(path.join(dir, RUN_LOG_FILE), JSON.stringify(this.readHeader(runId, dir), null, 2));
      }
    } finally {
      this.dropOwner(cache, owner);
    }
  }
  dropOwner(cache, owner) {
    cache.owner = void 0;
    fs.closeSync(owner.fd);
    releaseOwnerLock(owner.lease);
  }
  /**
   * The run is settled: it is also written in runnable's layout (see the module comment), and this process's
   * claim ends. Any process may call it — the local owner at its end, the emulator's walker, Argo's exit
   * handler: one that does not own the run claims it first (skipped while another live process owns it; that
   * one exports at its own end), then folds every chunk file into the journal and removes them, so that
   * runnable's `BranchLog-<name>.json` files replace none of ours and the journal holds the whole run.
   */
  async finishRun(runId) {
    const dir = this.runDir(runId);
    let cache = this.cache.get(runId);
    let scan = !cache?.owner?.fresh;
    if (!cache?.owner) {
      try {
        await this.claimRun(runId);
      } catch (err) {
        if (err instanceof RunLogInUseError) return;
        throw err;
      }
      cache = this.cache.get(runId);
      scan = true;
    }
    const owner = cache.owner;
    let exported = false;
    try {
      if (scan) this.foldChunks(dir, owner);
      await this.writeRunnableLayout(runId, dir, owner);
      exported = true;
    } finally {
      if (exported) this.dropOwner(cache, owner);
      else await this.releaseRun(runId);
    }
  }
  /**
   * Moves every chunk file of ours into the owner's journal (the journal is newer: a record it holds wins),
   * then removes them. Crash-safe: until a file is removed its record is in both places, and equal.
   */
  foldChunks(dir, owner) {
    const folded = [];
    for (const name of fs.readdirSync(dir)) {
      const isStep = STEP_RE.test(name);
      if (!isStep && !BRANCH_RE.test(name)) continue;
      const file = path.join(dir, name);
      const v = readJsonObjectSync(file);
      if (!v) continue;
      if (!isStep && isRunnableBranchDoc(v)) continue;
      if (isStep) {
        const c = settledStep(owner.journal, stepChunk(v, file), true);
        if (!owner.journal.steps.has(c.step.internal_name)) setStepEntry(owner.journal, c.step.internal_name, this.record(owner, `{"t":"s",${JSON.stringify(c).slice(1)}`));
      } else {
        const c = settledBranch(owner.journal, branchChunk(v, file), true);
        if (!owner.journal.branches.has(c.branch.internal_name)) this.appendBranch(owner, c);
      }
      folded.push(file);
    }
    if (owner.journal.header === void 0) {
      const file = path.join(dir, RUN_LOG_FILE);
      const v = readJsonObjectSync(file);
      if (v && !("steps" in v)) setHeaderEntry(owner.journal, this.record(owner, `{"t":"h","header":${JSON.stringify(settledHeader(owner.journal, checkHeader(v, file)))}}`));
    }
    if (!folded.length) return;
    fs.fsyncSync(owner.fd);
    for (const file of folded) fs.rmSync(file, { force: true });
    owner.fresh = true;
  }
  /**
   * Writes the owner's run in runnable's layout: BranchLog-<name>.json per branch (its steps and parameters),
   * then RunLog.json (header, root steps, run_config). Built straight from the journal's latest records (no
   * whole-document assembly); compact JSON, written a few files at a time.
   */
  async writeRunnableLayout(runId, dir, owner) {
    const journalFile = path.join(dir, JOURNAL_FILE);
    const whole = fs.readFileSync(journalFile);
    const parse = /* @__PURE__ */ __name((e) => parseJsonExact(this.text(owner, e, whole)), "parse");
    const seen = /* @__PURE__ */ new Map();
    const children = /* @__PURE__ */ new Map();
    for (const e of owner.journal.steps.values()) {
      const c = settledStep(owner.journal, stepChunk(parse(e), journalFile));
      const attempts = c.step.attempts.map((a) => {
        const input = {};
        for (const [k, p] of Object.entries(a.input_parameters ?? {})) if (!hasRefs(p)) input[k] = p;
        this.resolve(dir, a.output_parameters, journalFile, seen);
        this.resolve(dir, a.user_defined_metrics, journalFile, seen);
        return { ...a, input_parameters: input };
      });
      const list = children.get(c.parent_branch) ?? [];
      list.push({ sequence: c.sequence, name: c.step.internal_name, log: stepLogOf({ ...c.step, attempts }, {}) });
      children.set(c.parent_branch, list);
    }
    const stepsOf = /* @__PURE__ */ __name((parent) => {
      const out = {};
      for (const x of (children.get(parent) ?? []).sort(bySequence)) out[x.name] = x.log;
      return out;
    }, "stepsOf");
    const files = [];
    for (const e of owner.journal.branches.values()) {
      const c = this.resolveBranch(dir, settledBranch(owner.journal, branchChunk(parse(e), journalFile)), journalFile, seen);
      if (!runnableFileSafe(c.branch.internal_name)) continue;
      files.push([path.join(dir, `BranchLog-${c.branch.internal_name}.json`), JSON.stringify(branchLogOf(c.branch, stepsOf(c.branch.internal_name)))]);
    }
    await writeFilesAtomic(files);
    const runConfig = readJsonObjectSync(path.join(dir, RUN_CONFIG_FILE)) ?? {};
    atomicWriteFileSync(path.join(dir, RUN_LOG_FILE), JSON.stringify(runLogOf(this.readHeader(runId, dir), stepsOf(""), runConfig), null, 2));
  }
  /** A run in runnable's layout (no journal of ours), read as journal records; cached per RunLog.json version. */
  runnableLayout(dir, cache) {
    const st = fs.statSync(path.join(dir, RUN_LOG_FILE), { throwIfNoEntry: false });
    if (!st) return void 0;
    const known = cache.runnable;
    if (known !== void 0 && (known === null || known.size === st.size && known.mtimeMs === st.mtimeMs)) return known ?? void 0;
    const got = runnableRecords(dir);
    cache.runnable = got ? { size: st.size, mtimeMs: st.mtimeMs, ...got } : null;
    return got;
  }
  /** Appends a record's line to the owner's journal; returns its entry. */
  record(owner, line) {
    if (owner.broken) throw owner.broken;
    const bytes = Buffer.byteLength(line);
    try {
      appendWholeSync(owner.fd, line + "\n", owner.size);
    } catch (err) {
      if (err?.torn) owner.broken = err;
      throw err;
    }
    const offset = owner.size;
    owner.size += bytes + 1;
    return bytes < LINE_LEN_LIMIT ? offset * LINE_LEN_LIMIT + bytes : line;
  }
  /** The line of an entry (read back from the owner's journal, or from `whole`, the file's bytes, when given). */
  text(owner, entry, whole) {
    if (typeof entry === "string") return entry;
    const len = entry % LINE_LEN_LIMIT;
    const offset = (entry - len) / LINE_LEN_LIMIT;
    if (whole) return whole.toString("utf8", offset, offset + len);
    const buf = Buffer.allocUnsafe(len);
    fs.readSync(owner.fd, buf, 0, len, offset);
    return buf.toString("utf8");
  }
  /** The journal records that override chunk files: the owner's, or a non-owner's read of the file. */
  journal(dir, cache) {
    if (cache.owner) return cache.owner.journal;
    const file = path.join(dir, JOURNAL_FILE);
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (!st) {
      cache.snapshot = void 0;
      return this.runnableLayout(dir, cache)?.state;
    }
    const snap = cache.snapshot;
    if (snap && snap.size === st.size && snap.mtimeMs === st.mtimeMs) return snap.state;
    const { state } = parseJournal(fs.readFileSync(file), file);
    cache.snapshot = { size: st.size, mtimeMs: st.mtimeMs, state };
    return state;
  }
  /** A non-owner about to write a run runnable wrote: its records become chunk files of ours (under a lock). */
  async convertRunnable(runId, dir, cache, imported) {
    const file = path.join(dir, RUN_LOG_FILE);
    await withFileLock(
      file + ".lock",
      () => {
        if (!runnableRecords(dir)) return;
        for (const line of imported.state.branches.values()) {
          const { t: _t, ...chunk } = parseJsonExact(String(line));
          atomicWriteFileSync(path.join(dir, branchFileName(chunk.branch.internal_name)), JSON.stringify(chunk, null, 2));
        }
        for (const line of imported.state.steps.values()) {
          const { t: _t, ...chunk } = parseJsonExact(String(line));
          atomicWriteFileSync(path.join(dir, stepFileName(chunk.step.internal_name)), JSON.stringify(chunk, null, 2));
        }
        if (!fs.existsSync(path.join(dir, RUN_CONFIG_FILE))) atomicWriteFileSync(path.join(dir, RUN_CONFIG_FILE), JSON.stringify(imported.runConfig, null, 2));
        const header = parseJsonExact(String(imported.state.header)).header;
        atomicWriteFileSync(file, JSON.stringify(headerDoc(header), null, 2));
        cache.runnable = void 0;
      },
      this.lockOptions
    );
  }
  async compact(runId, dir, cache) {
    const file = path.join(dir, JOURNAL_FILE);
    const lockPath = path.join(dir, OWNER_LOCK_FILE);
    await withFileLock(
      file + ".lock",
      () => {
        if (!fs.existsSync(file)) return;
        const holder = liveOwner(lockPath);
        if (holder) throw new RunLogInUseError(runId, holder, lockPath);
        const { state } = parseJournal(fs.readFileSync(file), file);
        if (state.failed) {
          const overridden = journalFileNames(state);
          for (const name of fs.readdirSync(dir)) {
            const isStep = STEP_RE.test(name);
            if (!isStep && !BRANCH_RE.test(name) || overridden.has(name)) continue;
            const chunkFile = path.join(dir, name);
            const v = readJsonObjectSync(chunkFile);
            if (!v || !isStep && isRunnableBranchDoc(v)) continue;
            const before = isStep ? stepChunk(v, chunkFile) : branchChunk(v, chunkFile);
            const after = isStep ? settledStep(state, before, true) : settledBranch(state, before, true);
            if (after !== before) atomicWriteFileSync(chunkFile, JSON.stringify(after, null, 2));
          }
        }
        for (const line of state.branches.values()) {
          const { t: _t, ...parsed } = parseJsonExact(this.text(void 0, line));
          const chunk = settledBranch(state, parsed);
          atomicWriteFileSync(path.join(dir, branchFileName(chunk.branch.internal_name)), JSON.stringify(chunk, null, 2));
        }
        for (const line of state.steps.values()) {
          const { t: _t, ...parsed } = parseJsonExact(this.text(void 0, line));
          const chunk = settledStep(state, parsed);
          atomicWriteFileSync(path.join(dir, stepFileName(chunk.step.internal_name)), JSON.stringify(chunk, null, 2));
        }
        const header = state.header ? parseJsonExact(this.text(void 0, state.header)).header : state.failed?.header ? readJsonObjectSync(path.join(dir, RUN_LOG_FILE)) : void 0;
        if (header) atomicWriteFileSync(path.join(dir, RUN_LOG_FILE), JSON.stringify(settledHeader(state, header), null, 2));
        fs.unlinkSync(file);
        cache.snapshot = void 0;
      },
      this.lockOptions
    );
  }
  /**
   * The run, for a write. A non-owner that finds a journal folds it into chunk files first (under a lock, so
   * that two writers never fold at once), unless its owner is still alive (RunLogInUseError).
   */
  async forWrite(runId) {
    const got = this.need(runId);
    if (!got.cache.owner && fs.existsSync(path.join(got.dir, JOURNAL_FILE))) await this.compact(runId, got.dir, got.cache);
    else if (!got.cache.owner) {
      const imported = this.runnableLayout(got.dir, got.cache);
      if (imported) await this.convertRunnable(runId, got.dir, got.cache, imported);
    }
    return got;
  }
  async runExists(runId) {
    return fs.existsSync(path.join(this.runDir(runId), RUN_LOG_FILE));
  }
  readHeader(runId, dir) {
    const cache = this.runCache(runId);
    const journal = this.journal(dir, cache);
    const entry = journal?.header;
    if (entry !== void 0) return settledHeader(journal, checkHeader(parseJsonExact(this.text(cache.owner, entry)).header, path.join(dir, JOURNAL_FILE)));
    const file = path.join(dir, RUN_LOG_FILE);
    const v = readJsonObjectSync(file);
    if (!v) throw new RunLogNotFoundError(runId, this.describe());
    return settledHeader(journal, checkHeader(v, file));
  }
  async getRunHeader(runId) {
    return this.readHeader(runId, this.runDir(runId));
  }
  async updateRunHeader(runId, update) {
    const { dir, cache } = await this.forWrite(runId);
    const owner = cache.owner;
    if (owner) {
      const next = headerDoc({ ...update(this.readHeader(runId, dir)), run_id: runId });
      const text = JSON.stringify(next);
      setHeaderEntry(owner.journal, this.record(owner, `{"t":"h","header":${text}}`));
      return parseJsonExact(text);
    }
    const file = path.join(dir, RUN_LOG_FILE);
    return withFileLock(
      file + ".lock",
      () => {
        const next = headerDoc({ ...update(this.readHeader(runId, dir)), run_id: runId });
        const text = JSON.stringify(next, null, 2);
        atomicWriteFileSync(file, text);
        return parseJsonExact(text);
      },
      this.lockOptions
    );
  }
  async getRunConfig(runId) {
    const { dir } = this.need(runId);
    return readJsonObjectSync(path.join(dir, RUN_CONFIG_FILE)) ?? this.runnableLayout(dir, this.runCache(runId))?.runConfig ?? {};
  }
  /** Writes the large values of `params` to value files; returns the parameters with references instead. */
  externalize(dir, cache, params) {
    if (!params) return params;
    let out;
    for (const name in params) {
      const p = params[name];
      let q;
      for (const [field, ref] of REF_FIELDS) {
        const v = p[field];
        const big = bigValue(v);
        if (!big) continue;
        if (!cache.values.has(big.hash)) {
          const file = path.join(dir, valueFileName(big.hash));
          if (!fs.existsSync(file)) createExclusiveSync(file, big.text ?? JSON.stringify(v));
          cache.values.add(big.hash);
        }
        q ??= { ...p };
        delete q[field];
        q[ref] = big.hash;
      }
      if (q) (out ??= { ...params })[name] = q;
    }
    return out ?? params;
  }
  externalizeStep(dir, cache, step) {
    let attempts;
    step.attempts.forEach((a, i) => {
      const input = this.externalize(dir, cache, a.input_parameters);
      const output = this.externalize(dir, cache, a.output_parameters);
      const metrics = this.externalize(dir, cache, a.user_defined_metrics);
      if (input !== a.input_parameters || output !== a.output_parameters || metrics !== a.user_defined_metrics) {
        attempts ??= [...step.attempts];
        attempts[i] = { ...a, input_parameters: input, output_parameters: output, user_defined_metrics: metrics };
      }
    });
    return attempts ? { ...step, attempts } : step;
  }
  externalizeBranch(dir, cache, branch) {
    const parameters = this.externalize(dir, cache, branch.parameters);
    return parameters === branch.parameters ? branch : { ...branch, parameters };
  }
  /** Replaces references by values, in place (on freshly parsed chunks). `seen` shares values within one read. */
  resolve(dir, params, file, seen) {
    if (!params) return;
    for (const name in params) {
      const p = params[name];
      if (!p || typeof p !== "object" || !hasRefs(p)) continue;
      const q = {};
      for (const key in p) {
        const field = key === "$value_ref" ? "value" : key === "$description_ref" ? "description" : void 0;
        if (!field) {
          q[key] = p[key];
          continue;
        }
        const hash = String(p[key]);
        if (!seen.has(hash)) {
          const valueFile = path.join(dir, valueFileName(hash));
          let text;
          try {
            text = fs.readFileSync(valueFile, "utf8");
          } catch (err) {
            throw new RunLogCorruptError(file, `it refers to the value file ${valueFileName(hash)}, which cannot be read (${err.message})`);
          }
          try {
            seen.set(hash, parseJsonExact(text));
          } catch (err) {
            throw new RunLogCorruptError(valueFile, `invalid JSON (${err.message})`);
          }
        }
        q[field] = seen.get(hash);
      }
      params[name] = q;
    }
  }
  resolveStep(dir, chunk, file, seen = /* @__PURE__ */ new Map()) {
    for (const a of chunk.step.attempts) {
      this.resolve(dir, a.input_parameters, file, seen);
      this.resolve(dir, a.output_parameters, file, seen);
      this.resolve(dir, a.user_defined_metrics, file, seen);
    }
    return chunk;
  }
  resolveBranch(dir, chunk, file, seen = /* @__PURE__ */ new Map()) {
    this.resolve(dir, chunk.branch.parameters, file, seen);
    return chunk;
  }
  readStep(dir, cache, internalName) {
    const journal = this.journal(dir, cache);
    const entry = journal?.steps.get(internalName);
    if (entry !== void 0) {
      const file2 = path.join(dir, JOURNAL_FILE);
      return this.resolveStep(dir, settledStep(journal, stepChunk(parseJsonExact(this.text(cache.owner, entry)), file2)), file2);
    }
    if (cache.owner?.fresh) return void 0;
    const file = path.join(dir, stepFileName(internalName));
    const v = readJsonObjectSync(file);
    return v ? this.resolveStep(dir, settledStep(journal, stepChunk(v, file), true), file) : void 0;
  }
  readBranch(dir, cache, internalName) {
    const journal = this.journal(dir, cache);
    const entry = journal?.branches.get(internalName);
    if (entry !== void 0) {
      const file2 = path.join(dir, JOURNAL_FILE);
      return this.resolveBranch(dir, settledBranch(journal, branchChunk(parseJsonExact(this.text(cache.owner, entry)), file2)), file2);
    }
    if (cache.owner?.fresh) return void 0;
    const file = path.join(dir, branchFileName(internalName));
    const v = readJsonObjectSync(file);
    return v && !isRunnableBranchDoc(v) ? this.resolveBranch(dir, settledBranch(journal, branchChunk(v, file), true), file) : void 0;
  }
  async getStep(runId, internalName) {
    const { dir, cache } = this.need(runId);
    const chunk = this.readStep(dir, cache, internalName);
    if (!chunk) {
      if (!cache.steps.has(internalName)) cache.absent.add(internalName);
      return void 0;
    }
    cache.absent.delete(internalName);
    cache.steps.set(internalName, { parent: chunk.parent_branch, sequence: chunk.sequence });
    return chunk.step;
  }
  async putStep(runId, step, parentBranch) {
    const { dir, cache } = await this.forWrite(runId);
    const name = step.internal_name;
    let known = cache.steps.get(name);
    if (!known) {
      const existing = cache.absent.delete(name) ? void 0 : this.readStep(dir, cache, name);
      if (existing) known = { parent: existing.parent_branch, sequence: existing.sequence };
      else {
        if (parentBranch !== "" && !this.branchExists(dir, cache, parentBranch)) {
          throw new InternalError(`cannot record step '${name}': parent branch '${parentBranch}' does not exist`);
        }
        known = { parent: parentBranch, sequence: nextSequence() };
      }
    }
    if (known.parent !== parentBranch) {
      throw new InternalError(`step '${name}' is already recorded under branch '${known.parent}', not '${parentBranch}'`);
    }
    const chunk = { parent_branch: parentBranch, sequence: known.sequence, step: this.externalizeStep(dir, cache, step) };
    if (cache.owner) {
      setStepEntry(cache.owner.journal, name, this.record(cache.owner, `{"t":"s",${JSON.stringify(chunk).slice(1)}`));
    } else atomicWriteFileSync(path.join(dir, stepFileName(name)), JSON.stringify(chunk, null, 2));
    cache.steps.set(name, known);
  }
  branchExists(dir, cache, name) {
    if (cache.branches.has(name)) return true;
    const chunk = this.readBranch(dir, cache, name);
    if (!chunk) return false;
    cache.branches.set(name, { parent: chunk.parent_step, sequence: chunk.sequence });
    return true;
  }
  stepExists(dir, cache, name) {
    if (cache.steps.has(name)) return true;
    const chunk = this.readStep(dir, cache, name);
    if (!chunk) return false;
    cache.steps.set(name, { parent: chunk.parent_branch, sequence: chunk.sequence });
    return true;
  }
  /** Where a branch record goes: its existing parent and sequence, or (its parent step must exist) new ones. */
  branchPlace(dir, cache, name, parentStep) {
    const existing = this.readBranch(dir, cache, name);
    if (existing) return { parent: existing.parent_step, sequence: existing.sequence };
    if (!this.stepExists(dir, cache, parentStep)) {
      throw new InternalError(`cannot record branch '${name}': parent step '${parentStep}' does not exist`);
    }
    return { parent: parentStep, sequence: nextSequence() };
  }
  async getBranch(runId, internalName) {
    const { dir, cache } = this.need(runId);
    return this.readBranch(dir, cache, internalName)?.branch;
  }
  async putBranch(runId, branch, parentStep) {
    const { dir, cache } = await this.forWrite(runId);
    const name = branch.internal_name;
    const owner = cache.owner;
    if (owner) {
      const known = cache.branches.get(name) ?? this.branchPlace(dir, cache, name, parentStep);
      if (known.parent !== parentStep) {
        throw new InternalError(`branch '${name}' is already recorded under step '${known.parent}', not '${parentStep}'`);
      }
      this.appendBranch(owner, { parent_step: parentStep, sequence: known.sequence, branch: this.externalizeBranch(dir, cache, branch) });
      cache.branches.set(name, known);
      return;
    }
    const file = path.join(dir, branchFileName(name));
    if (!cache.branches.has(name)) {
      if (!this.stepExists(dir, cache, parentStep)) {
        throw new InternalError(`cannot record branch '${name}': parent step '${parentStep}' does not exist`);
      }
      const known = { parent: parentStep, sequence: nextSequence() };
      const chunk = { parent_step: parentStep, sequence: known.sequence, branch: this.externalizeBranch(dir, cache, branch) };
      if (createExclusiveSync(file, JSON.stringify(chunk, null, 2))) {
        cache.branches.set(name, known);
        return;
      }
    }
    await withFileLock(
      file + ".lock",
      () => {
        const known = this.branchPlace(dir, cache, name, parentStep);
        if (known.parent !== parentStep) {
          throw new InternalError(`branch '${name}' is already recorded under step '${known.parent}', not '${parentStep}'`);
        }
        const chunk = { parent_step: parentStep, sequence: known.sequence, branch: this.externalizeBranch(dir, cache, branch) };
        atomicWriteFileSync(file, JSON.stringify(chunk, null, 2));
        cache.branches.set(name, known);
      },
      this.lockOptions
    );
  }
  async updateBranch(runId, internalName, update) {
    const { dir, cache } = await this.forWrite(runId);
    const owner = cache.owner;
    if (owner) {
      const existing = this.readBranch(dir, cache, internalName);
      if (!existing) throw new InternalError(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
      const branch = { ...update(existing.branch), internal_name: internalName };
      this.appendBranch(owner, { parent_step: existing.parent_step, sequence: existing.sequence, branch: this.externalizeBranch(dir, cache, branch) });
      cache.branches.set(internalName, { parent: existing.parent_step, sequence: existing.sequence });
      return jsonCopy(branch);
    }
    const file = path.join(dir, branchFileName(internalName));
    return withFileLock(
      file + ".lock",
      () => {
        const existing = this.readBranch(dir, cache, internalName);
        if (!existing) {
          throw new InternalError(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
        }
        const branch = { ...update(jsonCopy(existing.branch)), internal_name: internalName };
        const chunk = { parent_step: existing.parent_step, sequence: existing.sequence, branch: this.externalizeBranch(dir, cache, branch) };
        atomicWriteFileSync(file, JSON.stringify(chunk, null, 2));
        cache.branches.set(internalName, { parent: existing.parent_step, sequence: existing.sequence });
        return jsonCopy(branch);
      },
      this.lockOptions
    );
  }
  async getRunLog(runId) {
    const dir = this.runDir(runId);
    const cache = this.runCache(runId);
    const journal = this.journal(dir, cache);
    const header = this.readHeader(runId, dir);
    const runConfig = readJsonObjectSync(path.join(dir, RUN_CONFIG_FILE)) ?? (journal ? cache.runnable?.runConfig : void 0) ?? {};
    const steps = /* @__PURE__ */ new Map();
    const branches = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Map();
    if (!cache.owner?.fresh) {
      const overridden = journal ? journalFileNames(journal) : void 0;
      for (const name of fs.readdirSync(dir)) {
        const isStep = STEP_RE.test(name);
        if (!isStep && !BRANCH_RE.test(name)) continue;
        if (overridden?.has(name)) continue;
        const file = path.join(dir, name);
        const v = readJsonObjectSync(file);
        if (!v) continue;
        if (!isStep && isRunnableBranchDoc(v)) continue;
        if (isStep) {
          const c = this.resolveStep(dir, settledStep(journal, stepChunk(v, file), true), file, seen);
          if (!journal?.steps.has(c.step.internal_name)) steps.set(c.step.internal_name, { ...c, file });
        } else {
          const c = this.resolveBranch(dir, settledBranch(journal, branchChunk(v, file), true), file, seen);
          if (!journal?.branches.has(c.branch.internal_name)) branches.set(c.branch.internal_name, { ...c, file });
        }
      }
    }
    if (journal) {
      const file = path.join(dir, JOURNAL_FILE);
      const whole = cache.owner ? fs.readFileSync(file) : void 0;
      const parse = /* @__PURE__ */ __name((e) => parseJsonExact(this.text(cache.owner, e, whole)), "parse");
      for (const [name, e] of journal.steps) steps.set(name, { ...this.resolveStep(dir, settledStep(journal, stepChunk(parse(e), file)), file, seen), file });
      for (const [name, e] of journal.branches) branches.set(name, { ...this.resolveBranch(dir, settledBranch(journal, branchChunk(parse(e), file)), file, seen), file });
    }
    return assemble(header, runConfig, [...steps.values()], [...branches.values()]);
  }
  async failRun(runId, reason) {
    const { cache } = await this.forWrite(runId);
    const owner = cache.owner;
    if (owner) {
      this.record(owner, JSON.stringify({ t: "f", message: reason }));
      markFailed(owner.journal, reason);
      return;
    }
    await this.updateRunHeader(runId, (h) => ({ ...h, status: "FAIL" }));
    const sweep = /* @__PURE__ */ __name(async (steps, parentBranch) => {
      for (const step of Object.values(steps)) {
        for (const branch of Object.values(step.branches)) {
          await sweep(branch.steps, branch.internal_name);
          if (isUnsettled(branch.status)) await this.putBranch(runId, { internal_name: branch.internal_name, status: "FAIL", parameters: branch.parameters }, step.internal_name);
        }
        const { branches: _b, ...record } = step;
        if (isUnsettled(record.status)) await this.putStep(runId, failedStep(record, reason), parentBranch);
      }
    }, "sweep");
    await sweep((await this.getRunLog(runId)).steps, "");
  }
  appendBranch(owner, chunk) {
    setBranchEntry(owner.journal, chunk.branch.internal_name, this.record(owner, `{"t":"b",${JSON.stringify(chunk).slice(1)}`));
  }
  async flush() {
  }
};
var bySequence = /* @__PURE__ */ __name((a, b) => a.sequence - b.sequence || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0), "bySequence");
function assemble(header, runConfig, stepChunks, branchChunks) {
  const root = {};
  const branchLogs = /* @__PURE__ */ new Map();
  const stepLogs = /* @__PURE__ */ new Map();
  const branches = branchChunks.map((c) => ({ ...c, name: c.branch.internal_name }));
  const steps = stepChunks.map((c) => ({ ...c, name: c.step.internal_name }));
  branches.sort(bySequence);
  steps.sort(bySequence);
  for (const b of branches) branchLogs.set(b.name, branchLogOf(b.branch, {}));
  for (const s of steps) {
    const log = stepLogOf(s.step, {});
    stepLogs.set(s.name, log);
    if (s.parent_branch === "") root[s.name] = log;
    else {
      const parent = branchLogs.get(s.parent_branch);
      if (!parent) throw new RunLogCorruptError(s.file, `its parent branch '${s.parent_branch}' has no chunk`);
      parent.steps[s.name] = log;
    }
  }
  for (const b of branches) {
    const parent = stepLogs.get(b.parent_step);
    if (!parent) throw new RunLogCorruptError(b.file, `its parent step '${b.parent_step}' has no chunk`);
    parent.branches[b.name] = branchLogs.get(b.name);
  }
  return runLogOf(header, root, runConfig);
}
__name(assemble, "assemble");

// src/runlog/file-system.ts
import fs2 from "node:fs";
import path2 from "node:path";
function identOf(st) {
  return `${st.ino}:${st.size}:${st.mtimeMs}`;
}
__name(identOf, "identOf");
var FileSystemRunLogStore = class {
  static {
    __name(this, "FileSystemRunLogStore");
  }
  kind = "file-system";
  /** Every change rewrites the whole document: big maps belong in chunked-fs (the engine warns above this). */
  rewritesWholeRun = true;
  supportsParallelWrites = true;
  logFolder;
  runs = /* @__PURE__ */ new Map();
  /** Runs this process owns (claimRun). */
  owned = /* @__PURE__ */ new Map();
  constructor(options) {
    this.logFolder = options.logFolder;
  }
  describe() {
    return `${this.logFolder}${path2.sep} (file-system run log store)`;
  }
  fileFor(runId) {
    checkRunId(runId);
    return path2.join(this.logFolder, `${runId}.json`);
  }
  /** The lock naming the run's one writer while it runs. */
  ownerLockFor(runId) {
    checkRunId(runId);
    return path2.join(this.logFolder, `${runId}.owner.lock`);
  }
  async claimRun(runId) {
    if (this.owned.has(runId)) return;
    this.need(runId);
    const lockPath = this.ownerLockFor(runId);
    this.owned.set(runId, acquireOwnerLock(lockPath, (holder) => new RunLogInUseError(runId, holder, lockPath)));
  }
  async releaseRun(runId) {
    const lease = this.owned.get(runId);
    if (!lease) return;
    try {
      await this.runs.get(runId)?.inflight?.catch(() => void 0);
    } finally {
      this.owned.delete(runId);
      releaseOwnerLock(lease);
    }
  }
  /** A process that does not own the run may not write it while its owner lives. */
  checkWriter(runId) {
    if (this.owned.has(runId)) return;
    const lockPath = this.ownerLockFor(runId);
    const holder = liveOwner(lockPath);
    if (holder) throw new RunLogInUseError(runId, holder, lockPath);
  }
  /** The run's state, (re)loaded from disk when another process changed the file. Synchronous on purpose. */
  load(runId) {
    const file = this.fileFor(runId);
    const state = this.runs.get(runId);
    if (state && (state.inflight || state.version !== state.written)) return state;
    let st;
    try {
      st = fs2.statSync(file);
    } catch (err) {
      if (isErrno(err, "ENOENT")) {
        this.runs.delete(runId);
        return void 0;
      }
      throw err;
    }
    const ident = identOf(st);
    if (state && state.ident === ident) return state;
    const text = fs2.readFileSync(file, "utf8");
    const doc = RunDocument.fromJson(parseJsonObject(text, file), file);
    const fresh = { doc, ident, version: 0, written: 0 };
    this.runs.set(runId, fresh);
    return fresh;
  }
  need(runId) {
    const state = this.load(runId);
    if (!state) throw new RunLogNotFoundError(runId, this.describe());
    return state;
  }
  /** Resolves once a rewrite containing every change made so far is on disk. */
  async persist(runId, state) {
    if (state.written === state.version && !state.inflight) this.checkWriter(runId);
    const target = ++state.version;
    const file = this.fileFor(runId);
    while (state.written < target) {
      if (state.inflight) {
        await state.inflight.catch(() => void 0);
        continue;
      }
      const v = state.version;
      const text = JSON.stringify(state.doc.doc, null, 2);
      state.inflight = (async () => {
        await atomicWriteFile(file, text);
        state.ident = identOf(await fs2.promises.stat(file));
        state.written = v;
      })();
      try {
        await state.inflight;
      } finally {
        state.inflight = void 0;
      }
    }
  }
  async createRun(header, runConfig) {
    const file = this.fileFor(header.run_id);
    if (this.load(header.run_id)) throw new RunLogExistsError(header.run_id);
    const doc = RunDocument.create(header, runConfig);
    fs2.mkdirSync(this.logFolder, { recursive: true });
    if (!createExclusiveSync(file, JSON.stringify(doc.doc, null, 2))) throw new RunLogExistsError(header.run_id);
    this.runs.set(header.run_id, { doc, ident: identOf(fs2.statSync(file)), version: 0, written: 0 });
  }
  async runExists(runId) {
    return this.load(runId) !== void 0;
  }
  async getRunHeader(runId) {
    return this.need(runId).doc.header();
  }
  async updateRunHeader(runId, update) {
    const state = this.need(runId);
    state.runParamText = void 0;
    state.doc.setHeader({ ...update(state.doc.header()), run_id: runId });
    const result = state.doc.header();
    await this.persist(runId, state);
    return result;
  }
  async getRunConfig(runId) {
    return this.need(runId).doc.runConfig();
  }
  /** Whether an attempt's input is the run's parameter of that name, unchanged (same kind and JSON text). */
  runParameterTest(state) {
    const params = state.doc.doc.parameters ?? {};
    const texts = state.runParamText ??= /* @__PURE__ */ new Map();
    return (name, p) => {
      const own = params[name];
      if (!own || own.kind !== p.kind) return false;
      let text = texts.get(name);
      if (!texts.has(name)) texts.set(name, text = JSON.stringify(own.value));
      return text !== void 0 && JSON.stringify(p.value) === text;
    };
  }
  async getStep(runId, internalName) {
    return this.need(runId).doc.getStep(internalName);
  }
  async putStep(runId, step, parentBranch) {
    const state = this.need(runId);
    state.doc.putStep(withoutLargeInputs(step, parentBranch ? this.runParameterTest(state) : void 0), parentBranch);
    await this.persist(runId, state);
  }
  async getBranch(runId, internalName) {
    return this.need(runId).doc.getBranch(internalName);
  }
  async putBranch(runId, branch, parentStep) {
    const state = this.need(runId);
    state.doc.putBranch(branch, parentStep);
    await this.persist(runId, state);
  }
  async updateBranch(runId, internalName, update) {
    const state = this.need(runId);
    const current = state.doc.getBranch(internalName);
    if (!current) throw new InternalError(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
    const parent = state.doc.branches.get(internalName).parent;
    state.doc.putBranch({ ...jsonCopy(update(current)), internal_name: internalName }, parent);
    const result = state.doc.getBranch(internalName);
    await this.persist(runId, state);
    return result;
  }
  /** One rewrite of the document, however many records it settles (a sweep wrote it once per branch). */
  async failRun(runId, reason) {
    const state = this.need(runId);
    state.runParamText = void 0;
    state.doc.failRun(reason);
    await this.persist(runId, state);
  }
  async getRunLog(runId) {
    return this.need(runId).doc.toRunLog();
  }
  async flush() {
    await Promise.all([...this.runs.values()].map((s) => s.inflight?.catch(() => void 0)));
  }
};

// src/runlog/factory.ts
var DEFAULT_LOG_FOLDER = ".run_log_store";
function logFolderOf(cfg, cwd) {
  const v = cfg.config?.log_folder;
  if (v !== void 0 && v !== null && typeof v !== "string") serviceConfigError(cfg, "config.log_folder", `must be a string, got ${JSON.stringify(v)}`, "run-log-store");
  return path3.resolve(cwd, v || DEFAULT_LOG_FOLDER);
}
__name(logFolderOf, "logFolderOf");
function errnoOf(err) {
  if (err instanceof RunnableError || typeof err !== "object" || err === null) return void 0;
  const code = err.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : void 0;
}
__name(errnoOf, "errnoOf");
function storeError(folder, err) {
  const errno = errnoOf(err);
  if (!errno) return err;
  const e = err;
  const detail = e.message.startsWith(`${errno}: `) ? e.message.slice(errno.length + 2) : e.message;
  return new RunLogStoreError(folder, errno, detail, { cause: err });
}
__name(storeError, "storeError");
function withClearErrors(store, folder) {
  const wrapped = /* @__PURE__ */ new Map();
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function" || prop === "constructor") return value;
      let w = wrapped.get(prop);
      if (!w) {
        const fn = value;
        w = /* @__PURE__ */ __name(function(...args) {
          let result;
          try {
            result = fn.apply(target, args);
          } catch (err) {
            throw storeError(folder, err);
          }
          return result instanceof Promise ? result.catch((err) => Promise.reject(storeError(folder, err))) : result;
        }, "w");
        wrapped.set(prop, w);
      }
      return w;
    }
  });
}
__name(withClearErrors, "withClearErrors");
var RUN_LOG_STORES = {
  buffered: /* @__PURE__ */ __name(() => new BufferedRunLogStore(), "buffered"),
  "file-system": /* @__PURE__ */ __name((o, cwd) => {
    const logFolder = path3.resolve(cwd, o.log_folder);
    return withClearErrors(new FileSystemRunLogStore({ logFolder }), logFolder);
  }, "file-system"),
  "chunked-fs": /* @__PURE__ */ __name((o, cwd) => {
    const logFolder = path3.resolve(cwd, o.log_folder);
    return withClearErrors(new ChunkedFsRunLogStore({ logFolder }), logFolder);
  }, "chunked-fs")
};
function createRunLogStore(cfg, cwd) {
  return buildService("run-log-store", cfg, RUN_LOG_STORES, cwd);
}
__name(createRunLogStore, "createRunLogStore");

export {
  RUN_LOG_FILE,
  ChunkedFsRunLogStore,
  DEFAULT_LOG_FOLDER,
  logFolderOf,
  createRunLogStore
};
