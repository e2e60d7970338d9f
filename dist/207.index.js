export const id = 207;
export const ids = [207];
export const modules = {

/***/ 77596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   Qd: () => (/* binding */ branchLogOf),
/* harmony export */   Uq: () => (/* binding */ jsonCopy),
/* harmony export */   bn: () => (/* binding */ checkStep),
/* harmony export */   dG: () => (/* binding */ runLogOf),
/* harmony export */   dZ: () => (/* binding */ RunDocument),
/* harmony export */   eb: () => (/* binding */ checkHeader),
/* harmony export */   uZ: () => (/* binding */ stepLogOf)
/* harmony export */ });
/* unused harmony exports splitStep, splitBranch, splitRunLog */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Building blocks shared by the stores:
 * - `stepLogOf` / `branchLogOf` / `runLogOf`: compose runnable's objects with runnable's key order;
 * - `splitStep` / `splitBranch` / `splitRunLog`: the reverse;
 * - `RunDocument`: one run held in memory as runnable's nested document plus indexes by internal name,
 *   used by the `buffered` and `file-system` stores. Every value going in or out is copied through JSON,
 *   so all stores behave the same (undefined dropped, no shared references with callers).
 */

/** A deep copy through JSON: what a file store would give back. */
function jsonCopy(value) {
    return JSON.parse(JSON.stringify(value));
}
function stepLogOf(record, branches) {
    const { name, internal_name, status, step_type, message, mock, attempts, data_catalog, ...rest } = record;
    const { branches: _ignored, ...extra } = rest;
    return { name, internal_name, status, step_type, message, mock, attempts, branches, data_catalog, ...extra };
}
function branchLogOf(header, steps) {
    const { internal_name, status, parameters, ...rest } = header;
    const { steps: _ignored, ...extra } = rest;
    return { internal_name, status, steps, parameters, ...extra };
}
function runLogOf(header, steps, runConfig) {
    const { run_id, dag_hash, tag, status, job, parameters, ...rest } = header;
    const { steps: _s, run_config: _c, ...extra } = rest;
    return { run_id, dag_hash, tag, status, steps, job: job ?? null, parameters, run_config: runConfig, ...extra };
}
function splitStep(log) {
    const { branches: _branches, ...record } = log;
    return record;
}
function splitBranch(log) {
    const { steps: _steps, ...header } = log;
    return header;
}
function splitRunLog(log) {
    const { steps: _steps, run_config, ...header } = log;
    return { header, runConfig: run_config ?? {} };
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Checks the fields every store relies on; throws RunLogCorruptError naming `file`. */
function checkHeader(v, file) {
    if (!isObject(v) || typeof v.run_id !== 'string' || typeof v.status !== 'string' || !isObject(v.parameters ?? {})) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RunLogCorruptError */ .zJ(file, 'not a run log header (run_id, status, parameters)');
    }
    return v;
}
function checkStep(v, file) {
    if (!isObject(v) || typeof v.internal_name !== 'string' || typeof v.status !== 'string' || !Array.isArray(v.attempts ?? [])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RunLogCorruptError */ .zJ(file, 'not a step log (internal_name, status, attempts)');
    }
    return v;
}
function checkBranch(v, file) {
    if (!isObject(v) || typeof v.internal_name !== 'string' || typeof v.status !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RunLogCorruptError */ .zJ(file, 'not a branch log (internal_name, status, parameters)');
    }
    return v;
}
/** One run as runnable's nested document, with indexes. Insertion order = creation order. */
class RunDocument {
    steps = new Map();
    branches = new Map();
    doc;
    constructor(doc) {
        this.doc = doc;
    }
    static create(header, runConfig) {
        return new RunDocument(runLogOf(jsonCopy(header), {}, jsonCopy(runConfig)));
    }
    /** Indexes a parsed document (e.g. read from disk); throws RunLogCorruptError naming `file`. */
    static fromJson(value, file) {
        checkHeader(value, file);
        const doc = value;
        if (!isObject(doc.steps))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RunLogCorruptError */ .zJ(file, "'steps' is not an object");
        if (!isObject(doc.run_config ?? {}))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RunLogCorruptError */ .zJ(file, "'run_config' is not an object");
        doc.run_config ??= {};
        doc.job ??= null;
        const rd = new RunDocument(doc);
        const walk = (steps, parent) => {
            for (const [key, step] of Object.entries(steps)) {
                checkStep(step, `${file} (step ${key})`);
                step.branches ??= {};
                rd.steps.set(step.internal_name, { log: step, parent });
                for (const [bkey, branch] of Object.entries(step.branches)) {
                    checkBranch(branch, `${file} (branch ${bkey})`);
                    if (!isObject(branch.steps))
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RunLogCorruptError */ .zJ(file, `branch ${bkey} has no 'steps' object`);
                    branch.parameters ??= {};
                    rd.branches.set(branch.internal_name, { log: branch, parent: step.internal_name });
                    walk(branch.steps, branch.internal_name);
                }
            }
        };
        walk(doc.steps, '');
        return rd;
    }
    header() {
        return jsonCopy(splitRunLog(this.doc).header);
    }
    setHeader(header) {
        const { steps, run_config } = this.doc;
        const next = runLogOf(jsonCopy(header), steps, run_config);
        for (const key of Object.keys(this.doc))
            delete this.doc[key];
        Object.assign(this.doc, next);
    }
    runConfig() {
        return jsonCopy(this.doc.run_config);
    }
    getStep(name) {
        const e = this.steps.get(name);
        return e ? jsonCopy(splitStep(e.log)) : undefined;
    }
    putStep(step, parentBranch) {
        const existing = this.steps.get(step.internal_name);
        const container = this.container(parentBranch, step.internal_name);
        if (existing && existing.parent !== parentBranch) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd(`step '${step.internal_name}' is already recorded under branch '${existing.parent}', not '${parentBranch}'`);
        }
        const log = stepLogOf(jsonCopy(step), existing?.log.branches ?? {});
        container[step.internal_name] = log; // replacing a key keeps its position
        this.steps.set(step.internal_name, { log, parent: parentBranch });
        // Branches of the replaced step now hang off the new object (same `branches` record).
    }
    getBranch(name) {
        const e = this.branches.get(name);
        return e ? jsonCopy(splitBranch(e.log)) : undefined;
    }
    putBranch(branch, parentStep) {
        const parent = this.steps.get(parentStep);
        if (!parent)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd(`cannot record branch '${branch.internal_name}': parent step '${parentStep}' does not exist`);
        const existing = this.branches.get(branch.internal_name);
        if (existing && existing.parent !== parentStep) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd(`branch '${branch.internal_name}' is already recorded under step '${existing.parent}', not '${parentStep}'`);
        }
        const log = branchLogOf(jsonCopy(branch), existing?.log.steps ?? {});
        parent.log.branches[branch.internal_name] = log;
        this.branches.set(branch.internal_name, { log, parent: parentStep });
    }
    container(parentBranch, forStep) {
        if (parentBranch === '')
            return this.doc.steps;
        const b = this.branches.get(parentBranch);
        if (!b)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd(`cannot record step '${forStep}': parent branch '${parentBranch}' does not exist`);
        return b.log.steps;
    }
    toRunLog() {
        return jsonCopy(this.doc);
    }
}


/***/ }),

/***/ 24207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j7: () => (/* binding */ createRunLogStore),
  logFolderOf: () => (/* binding */ logFolderOf),
  S4: () => (/* binding */ serviceConfigError)
});

// UNUSED EXPORTS: DEFAULT_LOG_FOLDER, RUN_LOG_STORE_TYPES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/runlog/document.ts
var runlog_document = __webpack_require__(77596);
;// CONCATENATED MODULE: ./src/runlog/buffered.ts
/** `buffered` run log store: every run lives in this process's memory only (runnable §6.5). */


class BufferedRunLogStore {
    kind = 'buffered';
    /** As upstream: only chunked stores declare parallel writes (in-process concurrent writers are safe here). */
    supportsParallelWrites = false;
    runs = new Map();
    describe() {
        return 'memory (buffered run log store)';
    }
    run(runId) {
        const doc = this.runs.get(runId);
        if (!doc)
            throw new errors/* RunLogNotFoundError */.FF(runId, this.describe());
        return doc;
    }
    async createRun(header, runConfig) {
        if (this.runs.has(header.run_id))
            throw new errors/* RunLogExistsError */.Eg(header.run_id);
        this.runs.set(header.run_id, runlog_document/* RunDocument */.dZ.create(header, runConfig));
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
        if (!current)
            throw new errors/* InternalError */.Gd(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
        const entry = doc.branches.get(internalName);
        doc.putBranch({ ...(0,runlog_document/* jsonCopy */.Uq)(update(current)), internal_name: internalName }, entry.parent);
        return doc.getBranch(internalName);
    }
    async getRunLog(runId) {
        return this.run(runId).toRunLog();
    }
    async flush() { }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/runlog/fs-util.ts
var fs_util = __webpack_require__(28059);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/runlog/lock.ts
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





const HOST = external_node_os_default().hostname();
/** Lock tokens: unique per acquisition without a random draw each time (one per process, then a counter). */
const PROCESS_NONCE = (0,external_node_crypto_.randomBytes)(6).toString('hex');
let tokenCounter = 0;
const queues = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Runs `fn` while holding the cross-process lock `lockPath` (a path that must not be used for anything else). */
async function withFileLock(lockPath, fn, options = {}) {
    // In-process queue: wait for the previous holder in this process, whatever its outcome.
    const previous = queues.get(lockPath) ?? Promise.resolve();
    let done;
    const mine = new Promise((r) => (done = r));
    const tail = previous.then(() => mine);
    queues.set(lockPath, tail);
    try {
        await previous;
        const lease = { token: await acquire(lockPath, options), acquiredAt: Date.now(), staleMs: options.staleMs ?? 10_000 };
        try {
            return await fn();
        }
        finally {
            release(lockPath, lease);
        }
    }
    finally {
        done();
        if (queues.get(lockPath) === tail)
            queues.delete(lockPath);
    }
}
async function acquire(lockPath, options) {
    const staleMs = options.staleMs ?? 10_000;
    const timeoutMs = options.timeoutMs ?? 60_000;
    const token = `${process.pid}-${PROCESS_NONCE}-${++tokenCounter}`;
    const body = JSON.stringify({ pid: process.pid, host: HOST, token, time: new Date().toISOString() });
    const start = Date.now();
    let delay = 1;
    for (;;) {
        if (createLockFile(lockPath, body))
            return token;
        const holder = inspect(lockPath);
        if (holder && isStale(holder, staleMs)) {
            breakStale(lockPath, holder.info);
            continue;
        }
        if (Date.now() - start > timeoutMs) {
            const who = holder?.info.pid !== undefined ? ` (held by pid ${holder.info.pid} on ${holder.info.host ?? '?'} since ${holder.info.time ?? '?'})` : '';
            throw new errors/* RunnableError */.GX(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for lock ${lockPath}${who}; ` +
                `if no runnable process is using this run, delete the lock file`);
        }
        await sleep(delay * (0.5 + Math.random()));
        delay = Math.min(delay * 2, 25);
    }
}
/** Creates the lock file with `body` (O_CREAT|O_EXCL); false when it exists. */
function createLockFile(lockPath, body) {
    let fd;
    try {
        fd = external_node_fs_default().openSync(lockPath, 'wx');
    }
    catch (err) {
        if ((0,fs_util/* isErrno */.r)(err, 'EEXIST'))
            return false;
        throw err;
    }
    try {
        external_node_fs_default().writeSync(fd, body);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
    return true;
}
function inspect(lockPath) {
    try {
        const st = external_node_fs_default().statSync(lockPath);
        let info = {};
        try {
            info = JSON.parse(external_node_fs_default().readFileSync(lockPath, 'utf8'));
        }
        catch {
            // Created but not written yet (or garbage): judge by age only.
        }
        return { info, ageMs: Date.now() - st.mtimeMs };
    }
    catch (err) {
        if ((0,fs_util/* isErrno */.r)(err, 'ENOENT'))
            return undefined; // released meanwhile: retry at once
        throw err;
    }
}
function isStale(holder, staleMs) {
    const { info, ageMs } = holder;
    if (ageMs > staleMs)
        return true;
    if (info.host === HOST && typeof info.pid === 'number' && info.pid !== process.pid) {
        try {
            process.kill(info.pid, 0);
            return false;
        }
        catch (err) {
            return (0,fs_util/* isErrno */.r)(err, 'ESRCH');
        }
    }
    return false;
}
function breakStale(lockPath, judged) {
    const aside = `${lockPath}.stale.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    try {
        external_node_fs_default().renameSync(lockPath, aside);
    }
    catch (err) {
        if ((0,fs_util/* isErrno */.r)(err, 'ENOENT'))
            return; // someone else broke or released it
        throw err;
    }
    let taken = {};
    try {
        taken = JSON.parse(external_node_fs_default().readFileSync(aside, 'utf8'));
    }
    catch {
        /* empty or garbage: treat as the one judged (which had no token either) */
    }
    if (taken.token !== judged.token) {
        // We took a fresh lock that replaced the stale one meanwhile: give it back.
        try {
            external_node_fs_default().linkSync(aside, lockPath);
        }
        catch {
            /* the name is taken again: nothing better to do */
        }
    }
    try {
        external_node_fs_default().unlinkSync(aside);
    }
    catch {
        /* ignore */
    }
}
function release(lockPath, lease) {
    try {
        if (Date.now() - lease.acquiredAt < lease.staleMs / 2) {
            // Too young to have been judged stale by anyone (we are alive): it is still ours.
            external_node_fs_default().unlinkSync(lockPath);
            return;
        }
        const info = JSON.parse(external_node_fs_default().readFileSync(lockPath, 'utf8'));
        if (info.token === lease.token)
            external_node_fs_default().unlinkSync(lockPath);
    }
    catch {
        /* already gone (broken as stale): nothing to release */
    }
}
function processStart(pid) {
    try {
        const stat = external_node_fs_default().readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
function ownerIsGone(info, ageMs) {
    if (typeof info.pid !== 'number' || typeof info.host !== 'string')
        return ageMs > 5_000;
    if (info.host !== HOST)
        return false; // cannot check another host's processes
    if (info.pid === process.pid)
        return info.start !== undefined && info.start !== processStart(process.pid);
    try {
        process.kill(info.pid, 0);
    }
    catch (err) {
        return (0,fs_util/* isErrno */.r)(err, 'ESRCH');
    }
    const start = info.start && processStart(info.pid);
    return Boolean(start && start !== info.start);
}
/**
 * Takes the owner lock at `lockPath`, breaking it when its holder is gone. Throws `inUse(holder)` when a live
 * process holds it. Not re-entrant: a second claim from this process sees itself as the live holder.
 */
function acquireOwnerLock(lockPath, inUse) {
    const token = `${process.pid}-${PROCESS_NONCE}-${++tokenCounter}`;
    const body = JSON.stringify({ pid: process.pid, host: HOST, token, start: processStart(process.pid), time: new Date().toISOString() });
    for (let tries = 0;; tries++) {
        if (createLockFile(lockPath, body))
            return { lockPath, token };
        const holder = inspect(lockPath);
        if (!holder)
            continue; // released meanwhile
        const info = holder.info;
        if (tries < 3 && ownerIsGone(info, holder.ageMs)) {
            breakStale(lockPath, info);
            continue;
        }
        const who = info.pid !== undefined ? `process ${info.pid} on ${info.host ?? '?'} (since ${info.time ?? '?'})` : 'another process';
        throw inUse(who);
    }
}
function releaseOwnerLock(lease) {
    try {
        const info = JSON.parse(external_node_fs_default().readFileSync(lease.lockPath, 'utf8'));
        if (info.token === lease.token)
            external_node_fs_default().unlinkSync(lease.lockPath);
    }
    catch {
        /* gone already */
    }
}
/** The holder of an owner lock when it is a live process (undefined when there is none or it is gone). */
function liveOwner(lockPath) {
    const holder = inspect(lockPath);
    if (!holder)
        return undefined;
    const info = holder.info;
    if (ownerIsGone(info, holder.ageMs))
        return undefined;
    return info.pid !== undefined ? `process ${info.pid} on ${info.host ?? '?'} (since ${info.time ?? '?'})` : 'another process';
}

;// CONCATENATED MODULE: ./src/runlog/run-id.ts
/** Run ids become file and folder names: refuse the ones that could escape the store's folder. */

function checkRunId(runId) {
    if (typeof runId !== 'string' ||
        runId === '' ||
        runId === '.' ||
        runId === '..' ||
        /[/\\\0]/.test(runId) ||
        Buffer.byteLength(runId) > 200) {
        throw new errors/* UsageError */.eb(`invalid run id '${String(runId)}': it must be a non-empty file name (no '/', '\\', NUL, not '.' or '..', at most 200 bytes)`);
    }
}

;// CONCATENATED MODULE: ./src/runlog/chunked-fs.ts
/**
 * `chunked-fs` run log store: one folder per run, one small file per record, so that every write is O(1) in
 * the size of the run and many processes (local parallel branches, Argo pods sharing a volume) can write
 * the same run at once.
 *
 * Layout (differs from upstream's §9 file names inside the folder; the folder is ours alone):
 *
 * ```text
 * <log_folder>/<run_id>/
 *   RunLog.json                  run_id, dag_hash, tag, status, job, parameters (root scope)
 *   RunConfig.json               run_config, written once by createRun
 *   StepLog-<enc name>.json      {"parent_branch": "<branch internal name or ''>", "sequence": <n>,
 *                                 "step": <StepRecord: a StepLog without branches>}
 *   BranchLog-<enc name>.json    {"parent_step": "<composite step internal name>", "sequence": <n>,
 *                                 "branch": <BranchHeader: internal_name, status, parameters>}
 *   Value-<sha256/32>.json       a large parameter value (JSON text ≥ 4 KiB), shared by every chunk that records
 *                                it (see "Large values" below); written once, never changed
 *   Journal.jsonl                records of the run's owner, one JSON line each (see "Owner journal" below)
 *   Owner.lock                   names the owner while it runs (see lock.ts)
 *   *.lock                       transient cross-process locks (see lock.ts)
 *   .*.tmp                       temp files of writes in progress (or left by a killed process): ignored
 * ```
 *
 * - `<enc name>` is `encodeName(internal name)` (fs-util.ts): `/`, `.`-only names, spaces, `%` and any
 *   other character from map items are safe, names stay unique (also on case-insensitive file systems).
 * - Every write is atomic: temp file in the run folder + rename. A reader (or a killed writer) never
 *   sees half a chunk.
 * - `sequence` is the creation time in ms (high resolution, strictly increasing within a process) and is
 *   kept when a record is replaced; `getRunLog` orders the steps of each branch, and the branches of each
 *   step, by it, which is execution order. Across hosts it relies on reasonably synchronised clocks.
 * - `putStep` writes without locking (a step has one writer at a time). `updateRunHeader`, `putBranch` and
 *   `updateBranch` are read-modify-write under a per-file cross-process lock, so concurrent updates of
 *   the header or of one branch (fan-in, parameters) are never lost.
 * - `putBranch` of a branch this process has not seen first tries an exclusive create (temp file + `link`,
 *   no lock: a branch that does not exist yet has nothing to lose, and `link` fails if another writer
 *   created it meanwhile, which then takes the locked path). A fan-out of N branches costs N creates.
 * - Parent checks: `putStep` refuses a parent branch with no chunk and `putBranch` a parent step with no
 *   chunk (InternalError): a record can therefore never be orphaned, and `getRunLog` treats an orphan as
 *   corruption.
 * - I/O is synchronous for small chunks (see fs-util.ts); only lock waits are asynchronous.
 *
 * Owner journal: the local executor runs a whole run in one process and claims it (`claimRun`: Owner.lock,
 * refused while another live process holds it). Its records are then appended to `Journal.jsonl` instead of
 * chunk files: `{"t":"s",<step chunk fields>}`, `{"t":"b",<branch chunk fields>}`, `{"t":"h","header":…}`, one
 * write(2) each (≈ 1 µs against ≈ 15–40 µs for a temp file + rename, and 5 records per map item).
 * - The last line of a record wins; a journal record replaces the chunk file of the same record. A line
 *   without its newline is a write cut short by a kill: ignored by readers, cut off by the next owner.
 * - Invariant: a journal is newer than every chunk file. Only an owner appends to it, and any other writer
 *   first folds it into chunk files and deletes it (`compact`, under a lock, refused while the owner lives).
 * - Readers that are not the owner read the journal over the chunk files (re-read when the file changed).
 *
 * Large values: a step's attempts record their input parameters, i.e. the whole scope; in a map over N
 * items that is the N-item list, N times (O(N²) bytes: 4 GB for 10,000 items). In step and branch chunks,
 * a parameter whose `value` (or `description`) serialises to ≥ 4 KiB is stored once in a content-addressed
 * `Value-<hash>.json` and the parameter carries `"$value_ref": "<hash>"` (`$description_ref`) instead.
 * - The value file is written (exclusive create, complete or absent) before the chunk that refers to it, so
 *   a committed chunk never refers to a missing value; a value file is never rewritten or deleted.
 * - Reads resolve references, so every method returns the same records as before. In one `getRunLog`
 *   document, parameters with the same large value share one parsed object (a 10,000-item map holds the
 *   item list once, not 10,000 times): treat the document as read-only.
 * - The serialised form and hash of a large value are memoised per value object (keyed by identity, checked
 *   against its length/key count): values handed to the store are treated as immutable, as the step context
 *   does (scopes are copy-on-write).
 */








const RUN_LOG_FILE = 'RunLog.json';
const RUN_CONFIG_FILE = 'RunConfig.json';
const JOURNAL_FILE = 'Journal.jsonl';
const OWNER_LOCK_FILE = 'Owner.lock';
const STEP_RE = /^StepLog-.+\.json$/;
const BRANCH_RE = /^BranchLog-.+\.json$/;
function stepFileName(internalName) {
    return `StepLog-${(0,fs_util/* encodeName */.aA)(internalName)}.json`;
}
function branchFileName(internalName) {
    return `BranchLog-${(0,fs_util/* encodeName */.aA)(internalName)}.json`;
}
const LINE_LEN_LIMIT = 2 ** 20;
const emptyJournal = () => ({ steps: new Map(), branches: new Map() });
/**
 * Parses the complete lines of a journal (a line without its newline is a write cut short by a kill: not
 * committed, ignored). Returns the latest line per record and the byte length of the complete lines.
 */
function parseJournal(buf, file) {
    const state = emptyJournal();
    const complete = buf.lastIndexOf(0x0a) + 1;
    const text = buf.toString('utf8', 0, complete);
    let start = 0;
    for (let lineNo = 1; start < text.length; lineNo++) {
        const end = text.indexOf('\n', start);
        const line = text.slice(start, end);
        start = end + 1;
        if (!line)
            continue;
        const where = `${file}:${lineNo}`;
        let v;
        try {
            v = JSON.parse(line);
        }
        catch (err) {
            throw new errors/* RunLogCorruptError */.zJ(where, `invalid JSON (${err.message})`);
        }
        if (!v || typeof v !== 'object' || Array.isArray(v))
            throw new errors/* RunLogCorruptError */.zJ(where, 'a journal line must be a JSON object');
        if (v.t === 's')
            state.steps.set(stepChunk(v, where).step.internal_name, line);
        else if (v.t === 'b')
            state.branches.set(branchChunk(v, where).branch.internal_name, line);
        else if (v.t === 'h') {
            (0,runlog_document/* checkHeader */.eb)(v.header, where);
            state.header = line;
        }
        else
            throw new errors/* RunLogCorruptError */.zJ(where, `unknown record kind ${JSON.stringify(v.t)} (expected "s", "b" or "h")`);
    }
    return { state, complete };
}
/** Writes all of `line` at the end of the journal (one write(2) in practice: O_APPEND, a regular file). */
function appendLine(fd, line) {
    const n = external_node_fs_default().writeSync(fd, line);
    if (n === line.length)
        return; // ASCII-only and complete: the common case
    const buf = Buffer.from(line);
    for (let off = n; off < buf.length;)
        off += external_node_fs_default().writeSync(fd, buf, off);
}
/** Values whose JSON text is at least this long are stored once, in a `Value-<hash>.json` file. */
const INLINE_MAX = 4096;
const REF_FIELDS = [
    ['value', '$value_ref'],
    ['description', '$description_ref'],
];
function valueFileName(hash) {
    return `Value-${hash}.json`;
}
const objectMemo = new WeakMap();
const stringMemo = new Map();
function shapeOf(v) {
    return Array.isArray(v) ? v.length : Object.keys(v).length;
}
/** The hash of a large value (and its text when it had to be serialised), or undefined for a small one. */
function bigValue(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'string'))
        return undefined;
    if (typeof v === 'string') {
        if (v.length < INLINE_MAX - 2)
            return undefined;
        const known = stringMemo.get(v);
        if (known)
            return { hash: known };
        const text = JSON.stringify(v);
        const hash = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 32);
        if (stringMemo.size > 64)
            stringMemo.clear();
        stringMemo.set(v, hash);
        return { hash, text };
    }
    const memo = objectMemo.get(v);
    if (memo && memo.shape === shapeOf(v))
        return { hash: memo.hash };
    const text = JSON.stringify(v);
    if (text === undefined || text.length < INLINE_MAX)
        return undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 32);
    objectMemo.set(v, { hash, shape: shapeOf(v) });
    return { hash, text };
}
function hasRefs(p) {
    return '$value_ref' in p || '$description_ref' in p;
}
let lastSequence = 0;
/** Creation stamp: wall-clock ms with sub-ms resolution, strictly increasing within this process. */
function nextSequence() {
    const now = Math.round((performance.timeOrigin + performance.now()) * 1000) / 1000;
    lastSequence = now > lastSequence ? now : Math.round((lastSequence + 0.001) * 1000) / 1000;
    return lastSequence;
}
function headerDoc(header) {
    const { steps: _s, run_config: _c, ...h } = (0,runlog_document/* runLogOf */.dG)(header, {}, {});
    return h;
}
function stepChunk(v, file) {
    if (typeof v.parent_branch !== 'string' || typeof v.sequence !== 'number') {
        throw new errors/* RunLogCorruptError */.zJ(file, 'not a step chunk (parent_branch, sequence, step)');
    }
    (0,runlog_document/* checkStep */.bn)(v.step, file);
    return v;
}
function branchChunk(v, file) {
    if (typeof v.parent_step !== 'string' || typeof v.sequence !== 'number') {
        throw new errors/* RunLogCorruptError */.zJ(file, 'not a branch chunk (parent_step, sequence, branch)');
    }
    (0,runlog_document/* checkBranch */.DC)(v.branch, file);
    return v;
}
class ChunkedFsRunLogStore {
    kind = 'chunked-fs';
    supportsParallelWrites = true;
    logFolder;
    lockOptions;
    cache = new Map();
    constructor(options) {
        this.logFolder = options.logFolder;
        this.lockOptions = options.lock ?? {};
    }
    describe() {
        return `${this.logFolder}${(external_node_path_default()).sep} (chunked-fs run log store)`;
    }
    /** The folder of one run. */
    runDir(runId) {
        checkRunId(runId);
        return external_node_path_default().join(this.logFolder, runId);
    }
    runCache(runId) {
        let c = this.cache.get(runId);
        if (!c) {
            c = { exists: false, steps: new Map(), branches: new Map(), absent: new Set(), values: new Set() };
            this.cache.set(runId, c);
        }
        return c;
    }
    /** The run's folder, after checking (once per process) that the run exists. */
    need(runId) {
        const dir = this.runDir(runId);
        const cache = this.runCache(runId);
        if (!cache.exists) {
            if (!external_node_fs_default().existsSync(external_node_path_default().join(dir, RUN_LOG_FILE)))
                throw new errors/* RunLogNotFoundError */.FF(runId, this.describe());
            cache.exists = true;
        }
        return { dir, cache };
    }
    async createRun(header, runConfig) {
        const dir = this.runDir(header.run_id);
        external_node_fs_default().mkdirSync(dir, { recursive: true });
        const file = external_node_path_default().join(dir, RUN_LOG_FILE);
        // Exclusive create with full content: temp file, then link to the final name (fails when it exists).
        const tmp = (0,fs_util/* tempPathFor */.FD)(file);
        external_node_fs_default().writeFileSync(tmp, JSON.stringify(headerDoc(header), null, 2));
        try {
            external_node_fs_default().linkSync(tmp, file);
        }
        catch (err) {
            if ((0,fs_util/* isErrno */.r)(err, 'EEXIST'))
                throw new errors/* RunLogExistsError */.Eg(header.run_id);
            throw err;
        }
        finally {
            external_node_fs_default().unlinkSync(tmp);
        }
        (0,fs_util/* atomicWriteFileSync */._b)(external_node_path_default().join(dir, RUN_CONFIG_FILE), JSON.stringify(runConfig ?? {}, null, 2));
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
        if (cache.owner)
            return;
        const lockPath = external_node_path_default().join(dir, OWNER_LOCK_FILE);
        const lease = acquireOwnerLock(lockPath, (holder) => new errors/* RunLogInUseError */._k(runId, holder, lockPath));
        try {
            const file = external_node_path_default().join(dir, JOURNAL_FILE);
            const fd = external_node_fs_default().openSync(file, 'a+');
            try {
                let journal = emptyJournal();
                const size = external_node_fs_default().fstatSync(fd).size;
                if (size > 0) {
                    const parsed = parseJournal(external_node_fs_default().readFileSync(file), file);
                    journal = parsed.state;
                    // The torn last line of a killed owner: cut, so that our first line starts a line.
                    if (parsed.complete < size)
                        external_node_fs_default().ftruncateSync(fd, parsed.complete);
                }
                cache.owner = { fd, lease, journal, fresh: Boolean(cache.created) && size === 0, size: external_node_fs_default().fstatSync(fd).size };
                cache.snapshot = undefined;
            }
            catch (err) {
                external_node_fs_default().closeSync(fd);
                throw err;
            }
        }
        catch (err) {
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
        if (!owner)
            return;
        try {
            const entry = owner.journal.header;
            if (entry !== undefined) {
                const header = JSON.parse(this.text(owner, entry)).header;
                (0,fs_util/* atomicWriteFileSync */._b)(external_node_path_default().join(this.runDir(runId), RUN_LOG_FILE), JSON.stringify(header, null, 2));
            }
        }
        finally {
            cache.owner = undefined;
            external_node_fs_default().closeSync(owner.fd);
            releaseOwnerLock(owner.lease);
        }
    }
    /** Appends a record's line to the owner's journal; returns its entry. */
    record(owner, line) {
        if (owner.broken)
            throw owner.broken;
        const bytes = Buffer.byteLength(line);
        try {
            appendLine(owner.fd, line + '\n');
        }
        catch (err) {
            owner.broken = err;
            throw err;
        }
        const offset = owner.size;
        owner.size += bytes + 1;
        return bytes < LINE_LEN_LIMIT ? offset * LINE_LEN_LIMIT + bytes : line;
    }
    /** The line of an entry (read back from the owner's journal, or from `whole`, the file's bytes, when given). */
    text(owner, entry, whole) {
        if (typeof entry === 'string')
            return entry;
        const len = entry % LINE_LEN_LIMIT;
        const offset = (entry - len) / LINE_LEN_LIMIT;
        if (whole)
            return whole.toString('utf8', offset, offset + len);
        const buf = Buffer.allocUnsafe(len);
        external_node_fs_default().readSync(owner.fd, buf, 0, len, offset);
        return buf.toString('utf8');
    }
    /** The journal records that override chunk files: the owner's, or a non-owner's read of the file. */
    journal(dir, cache) {
        if (cache.owner)
            return cache.owner.journal;
        const file = external_node_path_default().join(dir, JOURNAL_FILE);
        const st = external_node_fs_default().statSync(file, { throwIfNoEntry: false });
        if (!st) {
            cache.snapshot = undefined;
            return undefined;
        }
        const snap = cache.snapshot;
        if (snap && snap.size === st.size && snap.mtimeMs === st.mtimeMs)
            return snap.state;
        const { state } = parseJournal(external_node_fs_default().readFileSync(file), file);
        cache.snapshot = { size: st.size, mtimeMs: st.mtimeMs, state };
        return state;
    }
    async compact(runId, dir, cache) {
        const file = external_node_path_default().join(dir, JOURNAL_FILE);
        const lockPath = external_node_path_default().join(dir, OWNER_LOCK_FILE);
        await withFileLock(file + '.lock', () => {
            if (!external_node_fs_default().existsSync(file))
                return;
            const holder = liveOwner(lockPath);
            if (holder)
                throw new errors/* RunLogInUseError */._k(runId, holder, lockPath);
            const { state } = parseJournal(external_node_fs_default().readFileSync(file), file);
            for (const line of state.branches.values()) {
                const { t: _t, ...chunk } = JSON.parse(this.text(undefined, line));
                (0,fs_util/* atomicWriteFileSync */._b)(external_node_path_default().join(dir, branchFileName(chunk.branch.internal_name)), JSON.stringify(chunk, null, 2));
            }
            for (const line of state.steps.values()) {
                const { t: _t, ...chunk } = JSON.parse(this.text(undefined, line));
                (0,fs_util/* atomicWriteFileSync */._b)(external_node_path_default().join(dir, stepFileName(chunk.step.internal_name)), JSON.stringify(chunk, null, 2));
            }
            if (state.header)
                (0,fs_util/* atomicWriteFileSync */._b)(external_node_path_default().join(dir, RUN_LOG_FILE), JSON.stringify(JSON.parse(this.text(undefined, state.header)).header, null, 2));
            external_node_fs_default().unlinkSync(file);
            cache.snapshot = undefined;
        }, this.lockOptions);
    }
    /**
     * The run, for a write. A non-owner that finds a journal folds it into chunk files first (under a lock, so
     * that two writers never fold at once), unless its owner is still alive (RunLogInUseError).
     */
    async forWrite(runId) {
        const got = this.need(runId);
        if (!got.cache.owner && external_node_fs_default().existsSync(external_node_path_default().join(got.dir, JOURNAL_FILE)))
            await this.compact(runId, got.dir, got.cache);
        return got;
    }
    async runExists(runId) {
        return external_node_fs_default().existsSync(external_node_path_default().join(this.runDir(runId), RUN_LOG_FILE));
    }
    readHeader(runId, dir) {
        const cache = this.runCache(runId);
        const entry = this.journal(dir, cache)?.header;
        if (entry !== undefined)
            return (0,runlog_document/* checkHeader */.eb)(JSON.parse(this.text(cache.owner, entry)).header, external_node_path_default().join(dir, JOURNAL_FILE));
        const file = external_node_path_default().join(dir, RUN_LOG_FILE);
        const v = (0,fs_util/* readJsonObjectSync */.tz)(file);
        if (!v)
            throw new errors/* RunLogNotFoundError */.FF(runId, this.describe());
        return (0,runlog_document/* checkHeader */.eb)(v, file);
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
            owner.journal.header = this.record(owner, `{"t":"h","header":${text}}`);
            return JSON.parse(text);
        }
        const file = external_node_path_default().join(dir, RUN_LOG_FILE);
        return withFileLock(file + '.lock', () => {
            const next = headerDoc({ ...update(this.readHeader(runId, dir)), run_id: runId });
            const text = JSON.stringify(next, null, 2);
            (0,fs_util/* atomicWriteFileSync */._b)(file, text);
            return JSON.parse(text);
        }, this.lockOptions);
    }
    async getRunConfig(runId) {
        const { dir } = this.need(runId);
        // Missing only in the instant between createRun's two writes: an empty config then.
        return (0,fs_util/* readJsonObjectSync */.tz)(external_node_path_default().join(dir, RUN_CONFIG_FILE)) ?? {};
    }
    /** Writes the large values of `params` to value files; returns the parameters with references instead. */
    externalize(dir, cache, params) {
        if (!params)
            return params;
        let out;
        for (const name in params) {
            const p = params[name];
            let q;
            for (const [field, ref] of REF_FIELDS) {
                const v = p[field];
                const big = bigValue(v);
                if (!big)
                    continue;
                if (!cache.values.has(big.hash)) {
                    const file = external_node_path_default().join(dir, valueFileName(big.hash));
                    if (!external_node_fs_default().existsSync(file))
                        (0,fs_util/* createExclusiveSync */.my)(file, big.text ?? JSON.stringify(v));
                    cache.values.add(big.hash);
                }
                q ??= { ...p };
                delete q[field];
                q[ref] = big.hash;
            }
            if (q)
                (out ??= { ...params })[name] = q;
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
        return parameters === branch.parameters ? branch : { ...branch, parameters: parameters };
    }
    /** Replaces references by values, in place (on freshly parsed chunks). `seen` shares values within one read. */
    resolve(dir, params, file, seen) {
        if (!params)
            return;
        for (const name in params) {
            const p = params[name];
            if (!p || typeof p !== 'object' || !hasRefs(p))
                continue;
            const q = {};
            for (const key in p) {
                const field = key === '$value_ref' ? 'value' : key === '$description_ref' ? 'description' : undefined;
                if (!field) {
                    q[key] = p[key];
                    continue;
                }
                const hash = String(p[key]);
                if (!seen.has(hash)) {
                    const valueFile = external_node_path_default().join(dir, valueFileName(hash));
                    let text;
                    try {
                        text = external_node_fs_default().readFileSync(valueFile, 'utf8');
                    }
                    catch (err) {
                        throw new errors/* RunLogCorruptError */.zJ(file, `it refers to the value file ${valueFileName(hash)}, which cannot be read (${err.message})`);
                    }
                    try {
                        seen.set(hash, JSON.parse(text));
                    }
                    catch (err) {
                        throw new errors/* RunLogCorruptError */.zJ(valueFile, `invalid JSON (${err.message})`);
                    }
                }
                q[field] = seen.get(hash);
            }
            params[name] = q;
        }
    }
    resolveStep(dir, chunk, file, seen = new Map()) {
        for (const a of chunk.step.attempts) {
            this.resolve(dir, a.input_parameters, file, seen);
            this.resolve(dir, a.output_parameters, file, seen);
            this.resolve(dir, a.user_defined_metrics, file, seen);
        }
        return chunk;
    }
    resolveBranch(dir, chunk, file, seen = new Map()) {
        this.resolve(dir, chunk.branch.parameters, file, seen);
        return chunk;
    }
    readStep(dir, cache, internalName) {
        const entry = this.journal(dir, cache)?.steps.get(internalName);
        if (entry !== undefined) {
            const file = external_node_path_default().join(dir, JOURNAL_FILE);
            return this.resolveStep(dir, stepChunk(JSON.parse(this.text(cache.owner, entry)), file), file);
        }
        if (cache.owner?.fresh)
            return undefined;
        const file = external_node_path_default().join(dir, stepFileName(internalName));
        const v = (0,fs_util/* readJsonObjectSync */.tz)(file);
        return v ? this.resolveStep(dir, stepChunk(v, file), file) : undefined;
    }
    readBranch(dir, cache, internalName) {
        const entry = this.journal(dir, cache)?.branches.get(internalName);
        if (entry !== undefined) {
            const file = external_node_path_default().join(dir, JOURNAL_FILE);
            return this.resolveBranch(dir, branchChunk(JSON.parse(this.text(cache.owner, entry)), file), file);
        }
        if (cache.owner?.fresh)
            return undefined;
        const file = external_node_path_default().join(dir, branchFileName(internalName));
        const v = (0,fs_util/* readJsonObjectSync */.tz)(file);
        return v ? this.resolveBranch(dir, branchChunk(v, file), file) : undefined;
    }
    async getStep(runId, internalName) {
        const { dir, cache } = this.need(runId);
        const chunk = this.readStep(dir, cache, internalName);
        if (!chunk) {
            if (!cache.steps.has(internalName))
                cache.absent.add(internalName);
            return undefined;
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
            const existing = cache.absent.delete(name) ? undefined : this.readStep(dir, cache, name);
            if (existing)
                known = { parent: existing.parent_branch, sequence: existing.sequence };
            else {
                if (parentBranch !== '' && !this.branchExists(dir, cache, parentBranch)) {
                    throw new errors/* InternalError */.Gd(`cannot record step '${name}': parent branch '${parentBranch}' does not exist`);
                }
                known = { parent: parentBranch, sequence: nextSequence() };
            }
        }
        if (known.parent !== parentBranch) {
            throw new errors/* InternalError */.Gd(`step '${name}' is already recorded under branch '${known.parent}', not '${parentBranch}'`);
        }
        const chunk = { parent_branch: parentBranch, sequence: known.sequence, step: this.externalizeStep(dir, cache, step) };
        if (cache.owner) {
            cache.owner.journal.steps.set(name, this.record(cache.owner, `{"t":"s",${JSON.stringify(chunk).slice(1)}`));
        }
        else
            (0,fs_util/* atomicWriteFileSync */._b)(external_node_path_default().join(dir, stepFileName(name)), JSON.stringify(chunk, null, 2));
        cache.steps.set(name, known);
    }
    branchExists(dir, cache, name) {
        if (cache.branches.has(name))
            return true;
        const chunk = this.readBranch(dir, cache, name);
        if (!chunk)
            return false;
        cache.branches.set(name, { parent: chunk.parent_step, sequence: chunk.sequence });
        return true;
    }
    stepExists(dir, cache, name) {
        if (cache.steps.has(name))
            return true;
        const chunk = this.readStep(dir, cache, name);
        if (!chunk)
            return false;
        cache.steps.set(name, { parent: chunk.parent_branch, sequence: chunk.sequence });
        return true;
    }
    /** Where a branch record goes: its existing parent and sequence, or (its parent step must exist) new ones. */
    branchPlace(dir, cache, name, parentStep) {
        const existing = this.readBranch(dir, cache, name);
        if (existing)
            return { parent: existing.parent_step, sequence: existing.sequence };
        if (!this.stepExists(dir, cache, parentStep)) {
            throw new errors/* InternalError */.Gd(`cannot record branch '${name}': parent step '${parentStep}' does not exist`);
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
            // The only writer: no lock, no exclusive create; an existing record keeps its parent and sequence.
            const known = cache.branches.get(name) ?? this.branchPlace(dir, cache, name, parentStep);
            if (known.parent !== parentStep) {
                throw new errors/* InternalError */.Gd(`branch '${name}' is already recorded under step '${known.parent}', not '${parentStep}'`);
            }
            this.appendBranch(owner, { parent_step: parentStep, sequence: known.sequence, branch: this.externalizeBranch(dir, cache, branch) });
            cache.branches.set(name, known);
            return;
        }
        const file = external_node_path_default().join(dir, branchFileName(name));
        if (!cache.branches.has(name)) {
            if (!this.stepExists(dir, cache, parentStep)) {
                throw new errors/* InternalError */.Gd(`cannot record branch '${name}': parent step '${parentStep}' does not exist`);
            }
            const known = { parent: parentStep, sequence: nextSequence() };
            const chunk = { parent_step: parentStep, sequence: known.sequence, branch: this.externalizeBranch(dir, cache, branch) };
            if ((0,fs_util/* createExclusiveSync */.my)(file, JSON.stringify(chunk, null, 2))) {
                cache.branches.set(name, known);
                return;
            }
            // It exists (a retry, or another writer): replace it under the lock, keeping its parent and sequence.
        }
        await withFileLock(file + '.lock', () => {
            const known = this.branchPlace(dir, cache, name, parentStep);
            if (known.parent !== parentStep) {
                throw new errors/* InternalError */.Gd(`branch '${name}' is already recorded under step '${known.parent}', not '${parentStep}'`);
            }
            const chunk = { parent_step: parentStep, sequence: known.sequence, branch: this.externalizeBranch(dir, cache, branch) };
            (0,fs_util/* atomicWriteFileSync */._b)(file, JSON.stringify(chunk, null, 2));
            cache.branches.set(name, known);
        }, this.lockOptions);
    }
    async updateBranch(runId, internalName, update) {
        const { dir, cache } = await this.forWrite(runId);
        const owner = cache.owner;
        if (owner) {
            // Read-modify-write without a lock: synchronous, and no other process writes the run.
            const existing = this.readBranch(dir, cache, internalName);
            if (!existing)
                throw new errors/* InternalError */.Gd(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
            const branch = { ...update(existing.branch), internal_name: internalName };
            this.appendBranch(owner, { parent_step: existing.parent_step, sequence: existing.sequence, branch: this.externalizeBranch(dir, cache, branch) });
            cache.branches.set(internalName, { parent: existing.parent_step, sequence: existing.sequence });
            return (0,runlog_document/* jsonCopy */.Uq)(branch);
        }
        const file = external_node_path_default().join(dir, branchFileName(internalName));
        return withFileLock(file + '.lock', () => {
            const existing = this.readBranch(dir, cache, internalName);
            if (!existing) {
                throw new errors/* InternalError */.Gd(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
            }
            const branch = { ...update((0,runlog_document/* jsonCopy */.Uq)(existing.branch)), internal_name: internalName };
            const chunk = { parent_step: existing.parent_step, sequence: existing.sequence, branch: this.externalizeBranch(dir, cache, branch) };
            (0,fs_util/* atomicWriteFileSync */._b)(file, JSON.stringify(chunk, null, 2));
            cache.branches.set(internalName, { parent: existing.parent_step, sequence: existing.sequence });
            return (0,runlog_document/* jsonCopy */.Uq)(branch);
        }, this.lockOptions);
    }
    async getRunLog(runId) {
        const dir = this.runDir(runId);
        const cache = this.runCache(runId);
        const journal = this.journal(dir, cache);
        const header = this.readHeader(runId, dir);
        const runConfig = (0,fs_util/* readJsonObjectSync */.tz)(external_node_path_default().join(dir, RUN_CONFIG_FILE)) ?? {};
        // By internal name: a journal record replaces the chunk file of the same record (it is newer).
        const steps = new Map();
        const branches = new Map();
        const seen = new Map(); // large values, parsed once per document
        if (!cache.owner?.fresh) {
            for (const name of external_node_fs_default().readdirSync(dir)) {
                const isStep = STEP_RE.test(name);
                if (!isStep && !BRANCH_RE.test(name))
                    continue; // RunLog/RunConfig, journal, values, locks, temp files
                const file = external_node_path_default().join(dir, name);
                const v = (0,fs_util/* readJsonObjectSync */.tz)(file);
                if (!v)
                    continue; // vanished: chunks are never deleted by us
                if (isStep) {
                    const c = this.resolveStep(dir, stepChunk(v, file), file, seen);
                    if (!journal?.steps.has(c.step.internal_name))
                        steps.set(c.step.internal_name, { ...c, file });
                }
                else {
                    const c = this.resolveBranch(dir, branchChunk(v, file), file, seen);
                    if (!journal?.branches.has(c.branch.internal_name))
                        branches.set(c.branch.internal_name, { ...c, file });
                }
            }
        }
        if (journal) {
            const file = external_node_path_default().join(dir, JOURNAL_FILE);
            const whole = cache.owner ? external_node_fs_default().readFileSync(file) : undefined; // one read, not one per record
            const parse = (e) => JSON.parse(this.text(cache.owner, e, whole));
            for (const [name, e] of journal.steps)
                steps.set(name, { ...this.resolveStep(dir, stepChunk(parse(e), file), file, seen), file });
            for (const [name, e] of journal.branches)
                branches.set(name, { ...this.resolveBranch(dir, branchChunk(parse(e), file), file, seen), file });
        }
        return assemble(header, runConfig, [...steps.values()], [...branches.values()]);
    }
    appendBranch(owner, chunk) {
        owner.journal.branches.set(chunk.branch.internal_name, this.record(owner, `{"t":"b",${JSON.stringify(chunk).slice(1)}`));
    }
    async flush() { }
}
const bySequence = (a, b) => a.sequence - b.sequence || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
/** Rebuilds runnable's single document from flat step and branch records. */
function assemble(header, runConfig, stepChunks, branchChunks) {
    const root = {};
    const branchLogs = new Map();
    const stepLogs = new Map();
    const branches = branchChunks.map((c) => ({ ...c, name: c.branch.internal_name }));
    const steps = stepChunks.map((c) => ({ ...c, name: c.step.internal_name }));
    branches.sort(bySequence);
    steps.sort(bySequence);
    for (const b of branches)
        branchLogs.set(b.name, (0,runlog_document/* branchLogOf */.Qd)(b.branch, {}));
    for (const s of steps) {
        const log = (0,runlog_document/* stepLogOf */.uZ)(s.step, {});
        stepLogs.set(s.name, log);
        if (s.parent_branch === '')
            root[s.name] = log;
        else {
            const parent = branchLogs.get(s.parent_branch);
            if (!parent)
                throw new errors/* RunLogCorruptError */.zJ(s.file, `its parent branch '${s.parent_branch}' has no chunk`);
            parent.steps[s.name] = log;
        }
    }
    for (const b of branches) {
        const parent = stepLogs.get(b.parent_step);
        if (!parent)
            throw new errors/* RunLogCorruptError */.zJ(b.file, `its parent step '${b.parent_step}' has no chunk`);
        parent.branches[b.name] = branchLogs.get(b.name);
    }
    return (0,runlog_document/* runLogOf */.dG)(header, root, runConfig);
}
/**
 * Parses a chunk file's text (exported for tools and tests that inspect a run folder). Large parameter values
 * stay references (`$value_ref` / `$description_ref` → `Value-<hash>.json` in the same folder); the store's
 * read methods resolve them.
 */
function parseChunk(text, file) {
    const v = parseJsonObject(text, file);
    return 'parent_step' in v ? branchChunk(v, file) : stepChunk(v, file);
}

;// CONCATENATED MODULE: ./src/runlog/file-system.ts
/**
 * `file-system` run log store (runnable §6.5, §9): `<log_folder>/<run_id>.json` holds the whole document in
 * runnable's shape (indented JSON) and is rewritten after every change.
 *
 * - Each rewrite is atomic (temp file in the same folder + rename): a crash leaves the previous version.
 * - The document is kept in memory. Before every operation the file is `stat`ed; when its identity (inode,
 *   size, mtime) is not the one this process last wrote or read, it is reloaded, so a run written by another
 *   process (a previous invocation, `execute-single-node` in a child process) is read correctly. There is
 *   still no locking: two processes writing the same run at the same time lose updates, as upstream.
 * - Concurrent writers within the process are coalesced: while a rewrite is in flight, further changes
 *   wait for it and are then written together by a single rewrite. Every call still resolves only once a
 *   rewrite containing its change is on disk.
 * - Each rewrite costs O(size of the run), so a map of N items costs O(N²) in total; use `chunked-fs` for
 *   big maps (as upstream recommends).
 */






function identOf(st) {
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
}
class FileSystemRunLogStore {
    kind = 'file-system';
    supportsParallelWrites = false;
    logFolder;
    runs = new Map();
    constructor(options) {
        this.logFolder = options.logFolder;
    }
    describe() {
        return `${this.logFolder}${(external_node_path_default()).sep} (file-system run log store)`;
    }
    fileFor(runId) {
        checkRunId(runId);
        return external_node_path_default().join(this.logFolder, `${runId}.json`);
    }
    /** The run's state, (re)loaded from disk when another process changed the file. Synchronous on purpose. */
    load(runId) {
        const file = this.fileFor(runId);
        const state = this.runs.get(runId);
        if (state && (state.inflight || state.version !== state.written))
            return state; // we are the writer
        let st;
        try {
            st = external_node_fs_default().statSync(file);
        }
        catch (err) {
            if ((0,fs_util/* isErrno */.r)(err, 'ENOENT')) {
                this.runs.delete(runId);
                return undefined;
            }
            throw err;
        }
        const ident = identOf(st);
        if (state && state.ident === ident)
            return state;
        const text = external_node_fs_default().readFileSync(file, 'utf8');
        const doc = runlog_document/* RunDocument */.dZ.fromJson((0,fs_util/* parseJsonObject */.dw)(text, file), file);
        const fresh = { doc, ident, version: 0, written: 0 };
        this.runs.set(runId, fresh);
        return fresh;
    }
    need(runId) {
        const state = this.load(runId);
        if (!state)
            throw new errors/* RunLogNotFoundError */.FF(runId, this.describe());
        return state;
    }
    /** Resolves once a rewrite containing every change made so far is on disk. */
    async persist(runId, state) {
        const target = ++state.version;
        const file = this.fileFor(runId);
        while (state.written < target) {
            if (state.inflight) {
                await state.inflight.catch(() => undefined);
                continue;
            }
            const v = state.version;
            const text = JSON.stringify(state.doc.doc, null, 2);
            state.inflight = (async () => {
                await (0,fs_util/* atomicWriteFile */.Re)(file, text);
                state.ident = identOf(await external_node_fs_default().promises.stat(file));
                state.written = v;
            })();
            try {
                await state.inflight;
            }
            finally {
                state.inflight = undefined;
            }
        }
    }
    async createRun(header, runConfig) {
        const file = this.fileFor(header.run_id);
        if (this.load(header.run_id))
            throw new errors/* RunLogExistsError */.Eg(header.run_id);
        const doc = runlog_document/* RunDocument */.dZ.create(header, runConfig);
        external_node_fs_default().mkdirSync(this.logFolder, { recursive: true });
        // Exclusive create with full content: write a temp file, then link it to the final name (fails if taken).
        const tmp = (0,fs_util/* tempPathFor */.FD)(file);
        external_node_fs_default().writeFileSync(tmp, JSON.stringify(doc.doc, null, 2));
        try {
            external_node_fs_default().linkSync(tmp, file);
        }
        catch (err) {
            if ((0,fs_util/* isErrno */.r)(err, 'EEXIST'))
                throw new errors/* RunLogExistsError */.Eg(header.run_id);
            throw err;
        }
        finally {
            external_node_fs_default().unlinkSync(tmp);
        }
        this.runs.set(header.run_id, { doc, ident: identOf(external_node_fs_default().statSync(file)), version: 0, written: 0 });
    }
    async runExists(runId) {
        return this.load(runId) !== undefined;
    }
    async getRunHeader(runId) {
        return this.need(runId).doc.header();
    }
    async updateRunHeader(runId, update) {
        const state = this.need(runId);
        state.doc.setHeader({ ...update(state.doc.header()), run_id: runId });
        const result = state.doc.header();
        await this.persist(runId, state);
        return result;
    }
    async getRunConfig(runId) {
        return this.need(runId).doc.runConfig();
    }
    async getStep(runId, internalName) {
        return this.need(runId).doc.getStep(internalName);
    }
    async putStep(runId, step, parentBranch) {
        const state = this.need(runId);
        state.doc.putStep(step, parentBranch);
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
        if (!current)
            throw new errors/* InternalError */.Gd(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
        const parent = state.doc.branches.get(internalName).parent;
        state.doc.putBranch({ ...(0,runlog_document/* jsonCopy */.Uq)(update(current)), internal_name: internalName }, parent);
        const result = state.doc.getBranch(internalName);
        await this.persist(runId, state);
        return result;
    }
    async getRunLog(runId) {
        return this.need(runId).doc.toRunLog();
    }
    async flush() {
        await Promise.all([...this.runs.values()].map((s) => s.inflight?.catch(() => undefined)));
    }
}

;// CONCATENATED MODULE: ./src/runlog/factory.ts
/** Builds the run log store named by the configuration's `run-log-store` (runnable §6.5). */





const RUN_LOG_STORE_TYPES = ['buffered', 'file-system', 'chunked-fs'];
const DEFAULT_LOG_FOLDER = '.run_log_store';
/** Raises a ValidationError pointing at the service's position in the config file. */
function serviceConfigError(cfg, field, message, service) {
    throw new errors/* ValidationError */.yI([
        {
            file: cfg.source?.file ?? '<configuration>',
            line: cfg.source?.line,
            column: cfg.source?.column,
            path: `${service}.${field}`,
            message,
        },
    ], 'configuration');
}
function stringOption(cfg, key, fallback, service) {
    const v = cfg.config?.[key];
    if (v === undefined || v === null || v === '')
        return fallback;
    if (typeof v !== 'string')
        serviceConfigError(cfg, `config.${key}`, `must be a string, got ${JSON.stringify(v)}`, service);
    return v;
}
/** The `log_folder` of a file-system or chunked-fs store, resolved against `cwd`. */
function logFolderOf(cfg, cwd) {
    return external_node_path_default().resolve(cwd, stringOption(cfg, 'log_folder', DEFAULT_LOG_FOLDER, 'run-log-store'));
}
/** `type` is matched with `_` and `-` interchangeable. Unknown types raise a ValidationError. */
function createRunLogStore(cfg, cwd) {
    const type = String(cfg.type ?? '').replace(/_/g, '-');
    switch (type) {
        case 'buffered':
            return new BufferedRunLogStore();
        case 'file-system':
            return new FileSystemRunLogStore({ logFolder: logFolderOf(cfg, cwd) });
        case 'chunked-fs':
            return new ChunkedFsRunLogStore({ logFolder: logFolderOf(cfg, cwd) });
        case 'minio':
        case 'chunked-minio':
            return serviceConfigError(cfg, 'type', `run log store '${cfg.type}' is not supported by runnable-action; use one of ${RUN_LOG_STORE_TYPES.join(', ')}`, 'run-log-store');
        default:
            return serviceConfigError(cfg, 'type', `unknown run log store type '${String(cfg.type)}'; expected one of ${RUN_LOG_STORE_TYPES.join(', ')}`, 'run-log-store');
    }
}


/***/ }),

/***/ 28059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   Re: () => (/* binding */ atomicWriteFile),
/* harmony export */   _b: () => (/* binding */ atomicWriteFileSync),
/* harmony export */   aA: () => (/* binding */ encodeName),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   my: () => (/* binding */ createExclusiveSync),
/* harmony export */   r: () => (/* binding */ isErrno),
/* harmony export */   tz: () => (/* binding */ readJsonObjectSync)
/* harmony export */ });
/* unused harmony export isTempName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
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




let tempCounter = 0;
/** Name of a temp file next to `target`. Starts with `.` and ends with `.tmp`, so readers never pick it up. */
function tempPathFor(target) {
    tempCounter = (tempCounter + 1) % 1_000_000_000;
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${process.pid}.${tempCounter}.tmp`);
}
/** True for temp files written by `tempPathFor` (possibly left behind by a killed process). */
function isTempName(name) {
    return name.startsWith('.') && name.endsWith('.tmp');
}
/**
 * Writes `data` to `target` atomically: readers see the old content or the new, never a partial file. `tmp` is
 * the temp file beside it (a caller whose readers skip a different temp name passes its own).
 */
function atomicWriteFileSync(target, data, tmp = tempPathFor(target)) {
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(tmp, data);
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().renameSync(tmp, target);
    }
    catch (err) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().unlinkSync(tmp);
        }
        catch {
            /* the temp file may not exist */
        }
        throw err;
    }
}
/**
 * Creates `target` with `data` atomically and only if it does not exist (temp file, then `link`, which fails
 * when the name is taken). Returns false when `target` exists already. Readers never see a partial file.
 */
function createExclusiveSync(target, data) {
    const tmp = tempPathFor(target);
    node_fs__WEBPACK_IMPORTED_MODULE_1___default().writeFileSync(tmp, data);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1___default().linkSync(tmp, target);
        return true;
    }
    catch (err) {
        if (isErrno(err, 'EEXIST'))
            return false;
        throw err;
    }
    finally {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1___default().unlinkSync(tmp);
        }
        catch {
            /* ignore */
        }
    }
}
/** Same as atomicWriteFileSync with the promise API (for big documents, so other work can proceed). */
async function atomicWriteFile(target, data) {
    const tmp = tempPathFor(target);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.writeFile(tmp, data);
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.rename(tmp, target);
    }
    catch (err) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1___default().promises.unlink(tmp).catch(() => undefined);
        throw err;
    }
}
function isErrno(err, code) {
    return typeof err === 'object' && err !== null && err.code === code;
}
/** Parses JSON text, throwing RunLogCorruptError naming `file` when it is not valid JSON or not an object. */
function parseJsonObject(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RunLogCorruptError */ .zJ(file, `invalid JSON (${err.message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RunLogCorruptError */ .zJ(file, 'expected a JSON object');
    }
    return value;
}
/**
 * Reads and parses a JSON object file. Returns undefined when the file does not exist; throws
 * RunLogCorruptError when it cannot be read or parsed.
 */
function readJsonObjectSync(file) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(file, 'utf8');
    }
    catch (err) {
        if (isErrno(err, 'ENOENT'))
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RunLogCorruptError */ .zJ(file, `cannot read it (${err.message})`);
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
function encodeName(name) {
    let out = '';
    let upper = false;
    for (const ch of name) {
        if (SAFE.test(ch))
            out += ch;
        else if (ch >= 'A' && ch <= 'Z') {
            out += ch;
            upper = true;
        }
        else {
            for (const byte of Buffer.from(ch, 'utf8'))
                out += '%' + byte.toString(16).padStart(2, '0');
        }
    }
    if (upper || out.length > MAX_ENCODED) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name, 'utf8').digest('hex').slice(0, 12);
        // Do not cut a `%xx` escape in half (cosmetic: the hash keeps names unique anyway).
        let cut = out.slice(0, MAX_ENCODED);
        const pct = cut.lastIndexOf('%');
        if (pct >= 0 && pct > cut.length - 3)
            cut = cut.slice(0, pct);
        out = `${cut}~${hash}`;
    }
    return out;
}


/***/ })

};
