export const id = 142;
export const ids = [142];
export const modules = {

/***/ 18775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ sha256Bytes),
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/**
 * sha256 of files for catalog lineage (runnable §8.4). Always the whole file: hashing runs at ~1.4 GB/s, so
 * runnable's head/tail "fingerprint" for files ≥ 1 GiB is not used (a deliberate simplification).
 */


function sha256Bytes(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', data, 'hex');
}
/** sha256 (hex) and size of a file, streamed. */
async function sha256File(file) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of node_fs__WEBPACK_IMPORTED_MODULE_1___default().createReadStream(file, { highWaterMark: 1024 * 1024 })) {
        h.update(chunk);
        size += chunk.length;
    }
    return { digest: h.digest('hex'), size };
}


/***/ }),

/***/ 36407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Id: () => (/* binding */ RealpathCache),
/* harmony export */   TC: () => (/* binding */ checkInside),
/* harmony export */   Z8: () => (/* binding */ normaliseRelative),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   rg: () => (/* binding */ checkPattern),
/* harmony export */   xo: () => (/* binding */ matchFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * Glob matching and path safety for catalogs.
 *
 * Glob semantics (runnable uses Python's pathlib globs; tinyglobby underneath):
 * - `*`, `?`, `[seq]` within one path segment; `**` matches any number of directories, and a trailing
 *   `**` matches every file below (pathlib ≥ 3.13 semantics); only files are returned, never directories;
 * - hidden files and folders (`.x`) ARE matched, as pathlib does (unlike shell globs);
 * - no brace expansion and no extglobs (pathlib has neither, and braces could hide a `..`);
 * - symbolic links are followed only when they resolve inside the searched folder; a match resolving
 *   outside it is an error (never copied).
 * Patterns must be relative and may not contain a `..` segment.
 */



/** tinyglobby costs 20–35 ms to load: only runs whose steps have catalog patterns pay for it. */
const loadGlob = () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 73382)).then((m) => m.glob);
const loadPicomatch = () => __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23)).then((m) => m.default);
/**
 * Glob semantics of every catalog, on disk (tinyglobby) and in a remote index (picomatch, the matcher
 * tinyglobby itself uses): dotfiles match, no brace or extglob expansion (runnable's pathlib globs have
 * neither).
 */
const GLOB = { dot: true, braceExpansion: false, extglob: false };
/** A predicate for `/`-separated relative paths, with the same semantics as `matchFiles`. */
async function globMatcher(pattern) {
    checkPattern(pattern);
    const picomatch = await loadPicomatch();
    return picomatch(pattern, { dot: GLOB.dot, nobrace: !GLOB.braceExpansion, noextglob: !GLOB.extglob });
}
/** Rejects patterns that could reach outside the folder they are matched in. */
function checkPattern(pattern, what = 'glob') {
    if (typeof pattern !== 'string' || pattern.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`catalog ${what} must be a non-empty string`);
    if (pattern.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`catalog ${what} '${pattern}' contains a NUL character`);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.isAbsolute(pattern) || node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(pattern)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`catalog ${what} '${pattern}' is absolute; use a path relative to the work dir`);
    }
    if (pattern.split(/[\\/]/).includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`catalog ${what} '${pattern}' contains '..': it may not reach outside the work dir`);
    }
}
/** Normalises a relative path for storage (`a/./b` → `a/b`, backslashes → `/`) after checkPattern. */
function normaliseRelative(rel, what = 'path') {
    checkPattern(rel, what);
    const norm = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(rel.replace(/\\/g, '/'));
    if (norm === '.' || norm.startsWith('../') || norm === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`catalog ${what} '${rel}' does not name a file inside the run's folder`);
    }
    return norm.replace(/^\.\//, '');
}
/** True when `child` is `parent` or inside it (both absolute and normalised). */
function isInside(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..' + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** Caches realpath of directories for one operation. */
class RealpathCache {
    cache = new Map();
    /** Folders already checked to resolve inside a given root. */
    inside = new Set();
    /** realpath of `dir`; throws the fs error (ENOENT...). */
    get(dir) {
        let p = this.cache.get(dir);
        if (p === undefined) {
            p = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(dir);
            this.cache.set(dir, p);
        }
        return p;
    }
}
/** Files matching `pattern` under `root`, relative, `/`-separated, sorted. Throws CatalogError on unsafe patterns. */
async function matchFiles(root, pattern, options = {}) {
    checkPattern(pattern);
    let found;
    try {
        found = await (await loadGlob())(pattern, {
            ...GLOB,
            cwd: root,
            onlyFiles: true,
            expandDirectories: false,
            followSymbolicLinks: true,
            ignore: options.ignore ?? [],
        });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`cannot match glob '${pattern}' in ${root}: ${err.message}`, { cause: err });
    }
    const out = [];
    for (const f of found) {
        const rel = f;
        if (rel.startsWith('../') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`glob '${pattern}' matched '${rel}', outside ${root}`);
        }
        out.push(rel);
    }
    return out.sort();
}
/**
 * Checks that `rel` under `root` resolves inside `realRoot` (symbolic links included), i.e. that reading
 * it cannot leak a file from elsewhere. Returns the stat of the file (of its target for a link).
 * Synchronous: two cheap syscalls, with the folder's realpath cached.
 */
function checkInside(root, realRoot, rel, dirs, what) {
    const abs = root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep) + rel; // rel is normalised (from the glob)
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs);
    if (!dirs.inside.has(dir)) {
        let realDir;
        try {
            realDir = dirs.get(dir);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`cannot resolve the folder of ${what} '${rel}': ${err.message}`, { cause: err });
        }
        if (!isInside(realRoot, realDir)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`${what} '${rel}' is inside a symbolic link that resolves to ${realDir}, outside ${root}: refused`);
        }
        dirs.inside.add(dir);
    }
    let st;
    try {
        st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(abs);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`cannot read ${what} ${abs}: ${err.message}`, { cause: err });
    }
    if (st.isSymbolicLink()) {
        let target;
        try {
            target = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`${what} '${rel}' is a broken symbolic link: ${err.message}`, { cause: err });
        }
        if (!isInside(realRoot, target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`${what} '${rel}' is a symbolic link to ${target}, outside ${root}: refused`);
        }
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(abs);
    }
    return st;
}


/***/ }),

/***/ 59887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ mapConcurrent),
/* harmony export */   z: () => (/* binding */ createLimiter)
/* harmony export */ });
function createLimiter(capacity) {
    let active = 0;
    const queue = [];
    const release = () => {
        active--;
        const next = queue.shift();
        if (next) {
            active++;
            next();
        }
    };
    return {
        capacity,
        async run(fn) {
            if (active < capacity)
                active++;
            else
                await new Promise((resolve) => queue.push(resolve));
            try {
                return await fn();
            }
            finally {
                release();
            }
        },
    };
}
/** Runs `fn` over items with at most `concurrency` in flight, preserving result order. */
async function mapConcurrent(items, concurrency, fn) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    });
    await Promise.all(workers);
    return results;
}


/***/ }),

/***/ 78142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadInputs: () => (/* binding */ loadInputs),
  f: () => (/* binding */ setupRun)
});

// UNUSED EXPORTS: chooseRunId

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/context/load-pipeline.ts + 4 modules
var load_pipeline = __webpack_require__(81567);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/pipeline/own.ts
var own = __webpack_require__(30362);
;// CONCATENATED MODULE: ./src/pipeline/dag-hash.ts
/**
 * runnable-style dump of the DAG (stored as `run_config.dag` in the run log) and its hash (`dag_hash`,
 * compared on retry, semantics §13.3). Field names are runnable's (node_type, next_node, ...). Positions,
 * the file name and the execution mode are not part of it: the same structure always gives the same hash.
 * Stub extras are not dumped (runnable's stub ignores extra keys), so editing a stub's parked fields does
 * not change the hash.
 */


function graphDump(g) {
    const nodes = {};
    for (const [name, node] of Object.entries(g.nodes))
        (0,own/* setOwn */.P)(nodes, name, nodeDump(node));
    return {
        start_at: g.start_at,
        name: '',
        description: g.description ?? '',
        internal_branch_name: g.internalName,
        nodes,
    };
}
function nodeDump(n) {
    const base = { node_type: n.type, name: n.name, internal_name: n.internalName };
    if (n.type === 'success' || n.type === 'fail')
        return base;
    Object.assign(base, { next_node: n.next, on_failure: n.on_failure ?? '', overrides: { ...n.overrides } });
    switch (n.type) {
        case 'task': {
            const t = n.task;
            Object.assign(base, {
                catalog: n.catalog ? { get: [...n.catalog.get], put: [...n.catalog.put], store_copy: n.catalog.store_copy } : null,
                max_attempts: n.max_attempts,
                command_type: t.command_type,
                command: t.command,
                returns: t.returns.map((r) => ({ name: r.name, kind: r.kind })),
                secrets: [...t.secrets],
            });
            if (t.optional_ploomber_args !== undefined)
                base.optional_ploomber_args = t.optional_ploomber_args;
            if (t.stream_end_type !== undefined)
                base.stream_end_type = t.stream_end_type;
            if (n.timeout_seconds !== undefined)
                base.timeout_seconds = n.timeout_seconds;
            return base;
        }
        case 'stub':
            return base;
        case 'parallel':
            return { ...base, branches: mapValues(n.branches, graphDump) };
        case 'map':
            return { ...base, iterate_on: n.iterate_on, iterate_as: n.iterate_as, reducer: n.reducer ?? null, branch: graphDump(n.branch) };
        case 'conditional':
            return { ...base, parameter: n.parameter, branches: mapValues(n.branches, graphDump), default: n.default ? graphDump(n.default) : null };
        case 'loop':
            return { ...base, branch: graphDump(n.branch), max_iterations: n.max_iterations, break_on: n.break_on, index_as: n.index_as };
    }
}
function mapValues(o, f) {
    const out = {};
    for (const [k, v] of Object.entries(o))
        (0,own/* setOwn */.P)(out, k, f(v));
    return out;
}
/** The DAG in runnable's dump shape: `run_config.dag` of the run log. Plain JSON. */
function dagDump(pipeline) {
    return graphDump(pipeline.dag);
}
/** JSON with object keys sorted at every level (arrays keep their order). */
function stableStringify(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
    const entries = Object.keys(value)
        .filter((k) => value[k] !== undefined)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`);
    return `{${entries.join(',')}}`;
}
/** sha1 (hex) of the sorted-key JSON of dagDump: the run log's `dag_hash`. */
function dagHash(pipeline) {
    return (0,external_node_crypto_.createHash)('sha1').update(stableStringify(dagDump(pipeline))).digest('hex');
}

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(41230);
// EXTERNAL MODULE: ./src/parameters/load.ts
var parameters_load = __webpack_require__(75750);
// EXTERNAL MODULE: ./src/runlog/factory.ts + 5 modules
var factory = __webpack_require__(24207);
;// CONCATENATED MODULE: ./src/catalog/do-nothing.ts
/**
 * `do-nothing` catalog (runnable §6.6): get and put copy nothing and record nothing. Bytes handed to
 * putBytes (object returns, execution logs) are kept in this process's memory so that object parameters
 * still work within one process; nothing is returned as a lineage entry.
 */

class DoNothingCatalog {
    kind = 'do-nothing';
    memory = new Map();
    describe() {
        return 'do-nothing catalog (nothing is stored)';
    }
    async get(_req) {
        return [];
    }
    async put(_req) {
        return [];
    }
    async putBytes(runId, relativePath, data, _step) {
        this.memory.set(`${runId}/${relativePath}`, Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data));
        return undefined;
    }
    async getBytes(runId, relativePath) {
        const data = this.memory.get(`${runId}/${relativePath}`);
        if (!data) {
            throw new errors/* CatalogError */.G$(`'${relativePath}' of run '${runId}' is not available: the do-nothing catalog keeps objects only within the process that stored them`);
        }
        return Buffer.from(data);
    }
    async flush() { }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/catalog/hash.ts
var catalog_hash = __webpack_require__(18775);
// EXTERNAL MODULE: ./src/catalog/paths.ts
var paths = __webpack_require__(36407);
// EXTERNAL MODULE: ./src/runlog/fs-util.ts
var fs_util = __webpack_require__(28059);
;// CONCATENATED MODULE: ./src/catalog/file-system.ts
/**
 * `file-system` catalog (runnable §6.6, §10): files live at `<catalog_location>/<run_id>/<relative path>`.
 *
 * - The data folder is `compute_data_folder` (default `.`) resolved against the request's `workDir` (the
 *   step's working directory); globs are matched there (see paths.ts for the glob semantics) and, for
 *   `get`, in `<catalog_location>/<run_id>/`, skipping `*.execution.log`.
 * - put: every matched file is hashed (sha256) and copied. A copy whose target already holds the same
 *   content (same size and sha256) is skipped, so a second put of unchanged files writes 0 bytes (see
 *   `stats`). get skips identical targets the same way.
 * - Every file is written to a temp file next to its target and renamed into place, so a put that fails
 *   half-way (read-only or full disk, a file where a folder is needed) leaves each target either complete
 *   (old or new content) or untouched, and throws a CatalogError naming the path and the reason.
 * - Speed: files up to 1 MiB (the common case: thousands of small outputs) are read once into memory,
 *   hashed and written from that buffer with synchronous calls (a thread-pool round trip costs more than
 *   the syscall itself); the event loop is given back every 64 files. Bigger files are streamed through
 *   the hash and copied with `copyFile`, `concurrency` (default 4) at a time.
 * - Safety: patterns must be relative without `..`; a match that resolves (through symbolic links)
 *   outside the searched folder is refused; get never writes through a symbolic link or into a folder that
 *   resolves outside the data folder. If the catalog folder lies inside the data folder it is never put.
 * - Lineage: put entries carry `catalog_relative_path: <run_id>/<rel>`; get entries only `<rel>`, as
 *   upstream does. `catalog_handler_location` is `catalog_location` as configured.
 */






const SMALL = 1024 * 1024;
const YIELD_EVERY = 64;
const TMP_SUFFIX = '.catalog-tmp';
const GET_IGNORE = ['**/*.execution.log', `**/.*${TMP_SUFFIX}`];
let tmpCounter = 0;
function reason(err) {
    const e = err;
    return e?.code ? `${e.code}: ${e.message}` : String(err?.message ?? err);
}
function identOf(st) {
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
}
const yieldLoop = () => new Promise((r) => setImmediate(r));
/** What one put/get needs while it runs: folders already created, realpaths resolved. */
class Job {
    op;
    made = new Set();
    srcDirs = new paths/* RealpathCache */.Id();
    destDirs = new paths/* RealpathCache */.Id();
    constructor(op) {
        this.op = op;
    }
}
class FileSystemCatalog {
    kind = 'file-system';
    catalogLocation;
    handlerLocation;
    computeDataFolder;
    stats = { bytesWritten: 0, filesWritten: 0, filesSkipped: 0 };
    concurrency;
    /** sha256 of catalog files this instance wrote or hashed, valid while their identity is unchanged. */
    known = new Map();
    constructor(options) {
        this.catalogLocation = external_node_path_default().resolve(options.catalogLocation);
        this.handlerLocation = options.handlerLocation ?? options.catalogLocation;
        this.computeDataFolder = options.computeDataFolder ?? '.';
        this.concurrency = Math.max(1, options.concurrency ?? 4);
    }
    describe() {
        return `file-system catalog at ${this.catalogLocation}`;
    }
    /** Where a run's files are stored. */
    runFolder(runId) {
        if (!runId || runId === '.' || runId === '..' || /[/\\\0]/.test(runId))
            throw new errors/* CatalogError */.G$(`invalid run id '${runId}'`);
        return external_node_path_default().join(this.catalogLocation, runId);
    }
    /** The folder files are matched in (put) and copied to (get) for a step working in `workDir`. */
    dataFolder(workDir) {
        return external_node_path_default().resolve(workDir || '.', this.computeDataFolder);
    }
    async put(req) {
        const dataDir = this.dataFolder(req.workDir);
        const runDir = this.runFolder(req.runId);
        let realData;
        try {
            realData = external_node_fs_default().realpathSync(dataDir);
        }
        catch (err) {
            if (req.allowNoMatch)
                return [];
            throw new errors/* CatalogError */.G$(`catalog put: the data folder ${dataDir} is not readable (${reason(err)})`, { cause: err });
        }
        // Never put the catalog into itself when it lives inside the data folder.
        const ignore = [];
        const realCatalog = (() => {
            try {
                return external_node_fs_default().realpathSync(this.catalogLocation);
            }
            catch {
                return this.catalogLocation;
            }
        })();
        for (const [base, loc] of [
            [dataDir, this.catalogLocation],
            [realData, realCatalog],
        ]) {
            if ((0,paths/* isInside */.FK)(base, loc)) {
                const rel = external_node_path_default().relative(base, loc).split((external_node_path_default()).sep).join('/');
                ignore.push(rel === '' ? '**' : `${rel}/**`);
            }
        }
        const files = new Set();
        for (const pattern of req.patterns) {
            const matched = await (0,paths/* matchFiles */.xo)(dataDir, pattern, { ignore });
            if (matched.length === 0 && !req.allowNoMatch) {
                throw new errors/* CatalogError */.G$(`catalog put: glob '${pattern}' matched no file in ${dataDir}`);
            }
            for (const rel of matched)
                files.add(rel);
        }
        const job = new Job('put');
        const transfers = [];
        let i = 0;
        for (const rel of files) {
            if (++i % YIELD_EVERY === 0)
                await yieldLoop();
            const st = (0,paths/* checkInside */.TC)(dataDir, realData, rel, job.srcDirs, 'file');
            if (!st.isFile())
                continue; // e.g. a link to a folder inside the data folder
            transfers.push({ rel, src: dataDir + (external_node_path_default()).sep + rel, dest: req.storeCopy ? runDir + (external_node_path_default()).sep + rel : undefined, size: st.size });
        }
        const hashes = await this.transferAll(transfers, job);
        return transfers.map((t, k) => ({
            name: t.rel,
            data_hash: hashes[k],
            catalog_relative_path: `${req.runId}/${t.rel}`,
            catalog_handler_location: this.handlerLocation,
            stage: 'put',
        }));
    }
    async get(req) {
        const dataDir = this.dataFolder(req.workDir);
        const runDir = this.runFolder(req.runId);
        let realRun;
        try {
            realRun = external_node_fs_default().realpathSync(runDir);
        }
        catch {
            realRun = undefined;
        }
        const files = new Set();
        // Refuse a pattern that could reach outside first, whether or not the run folder exists yet, so the
        // message says why (not "matched no file").
        for (const pattern of req.patterns)
            (0,paths/* checkPattern */.rg)(pattern);
        for (const pattern of req.patterns) {
            const matched = realRun === undefined ? [] : await (0,paths/* matchFiles */.xo)(runDir, pattern, { ignore: GET_IGNORE });
            if (matched.length === 0)
                throw new errors/* CatalogError */.G$(`catalog get: glob '${pattern}' matched no file in ${runDir}`);
            for (const rel of matched)
                files.add(rel);
        }
        if (files.size === 0)
            return [];
        const job = new Job('get');
        this.ensureDir(dataDir, job);
        const realData = external_node_fs_default().realpathSync(dataDir);
        const transfers = [];
        let i = 0;
        for (const rel of files) {
            if (++i % YIELD_EVERY === 0)
                await yieldLoop();
            const st = (0,paths/* checkInside */.TC)(runDir, realRun, rel, job.srcDirs, 'catalog file');
            if (!st.isFile())
                continue;
            const dest = external_node_path_default().join(dataDir, rel);
            this.ensureDir(external_node_path_default().dirname(dest), job);
            let realDestDir;
            try {
                realDestDir = job.destDirs.get(external_node_path_default().dirname(dest));
            }
            catch (err) {
                throw new errors/* CatalogError */.G$(`catalog get: cannot resolve ${external_node_path_default().dirname(dest)} (${reason(err)})`, { cause: err });
            }
            if (!(0,paths/* isInside */.FK)(realData, realDestDir)) {
                throw new errors/* CatalogError */.G$(`catalog get: '${rel}' would be written through a symbolic link to ${realDestDir}, outside ${dataDir}: refused`);
            }
            transfers.push({ rel, src: external_node_path_default().join(runDir, rel), dest, size: st.size });
        }
        const hashes = await this.transferAll(transfers, job);
        return transfers.map((t, k) => ({
            name: t.rel,
            data_hash: hashes[k],
            catalog_relative_path: t.rel,
            catalog_handler_location: this.handlerLocation,
            stage: 'get',
        }));
    }
    async putBytes(runId, relativePath, data, _step) {
        const rel = (0,paths/* normaliseRelative */.Z8)(relativePath, 'object path');
        const dest = external_node_path_default().join(this.runFolder(runId), rel);
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        const hash = (0,catalog_hash/* sha256Bytes */.L)(bytes);
        const job = new Job('put');
        if (this.sameContent(dest, bytes.byteLength, hash))
            this.stats.filesSkipped++;
        else {
            this.ensureDir(external_node_path_default().dirname(dest), job);
            this.writeAtomicSync(dest, bytes, hash, job);
        }
        return {
            name: rel,
            data_hash: hash,
            catalog_relative_path: `${runId}/${rel}`,
            catalog_handler_location: this.handlerLocation,
            stage: 'put',
        };
    }
    async getBytes(runId, relativePath) {
        const rel = (0,paths/* normaliseRelative */.Z8)(relativePath, 'object path');
        const file = external_node_path_default().join(this.runFolder(runId), rel);
        try {
            return await external_node_fs_default().promises.readFile(file);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                throw new errors/* CatalogError */.G$(`'${rel}' of run '${runId}' is not in the catalog (${file} does not exist)`, { cause: err });
            }
            throw new errors/* CatalogError */.G$(`cannot read ${file} from the catalog (${reason(err)})`, { cause: err });
        }
    }
    async flush() { }
    // --- helpers -------------------------------------------------------------------------------------------
    /** Hashes every transfer's source and copies it unless the target has the same content. Returns the hashes. */
    async transferAll(transfers, job) {
        const hashes = new Array(transfers.length);
        const big = [];
        for (let k = 0; k < transfers.length; k++) {
            const t = transfers[k];
            if (t.size > SMALL) {
                big.push(k);
                continue;
            }
            if (k % YIELD_EVERY === YIELD_EVERY - 1)
                await yieldLoop();
            let buf;
            try {
                buf = external_node_fs_default().readFileSync(t.src);
            }
            catch (err) {
                throw new errors/* CatalogError */.G$(`catalog ${job.op}: cannot read ${t.src} (${reason(err)})`, { cause: err });
            }
            const hash = (0,catalog_hash/* sha256Bytes */.L)(buf);
            hashes[k] = hash;
            if (t.dest === undefined)
                continue;
            if (job.op === 'get')
                this.refuseLink(t.dest);
            if (this.sameContent(t.dest, buf.byteLength, hash)) {
                this.stats.filesSkipped++;
                continue;
            }
            this.ensureDir(external_node_path_default().dirname(t.dest), job);
            this.writeAtomicSync(t.dest, buf, hash, job);
        }
        // Big files: streamed hash + copyFile, a few at a time; no new work after the first failure.
        let next = 0;
        let failed = false;
        const worker = async () => {
            while (!failed && next < big.length) {
                const k = big[next++];
                const t = transfers[k];
                try {
                    hashes[k] = await this.transferBig(t, job);
                }
                catch (err) {
                    failed = true;
                    throw err;
                }
            }
        };
        const results = await Promise.allSettled(Array.from({ length: Math.min(this.concurrency, big.length) }, worker));
        const rejected = results.find((r) => r.status === 'rejected');
        if (rejected)
            throw rejected.reason;
        return hashes;
    }
    async transferBig(t, job) {
        let hash;
        try {
            hash = (await (0,catalog_hash/* sha256File */.Q)(t.src)).digest;
        }
        catch (err) {
            throw new errors/* CatalogError */.G$(`catalog ${job.op}: cannot read ${t.src} (${reason(err)})`, { cause: err });
        }
        if (t.dest === undefined)
            return hash;
        if (job.op === 'get')
            this.refuseLink(t.dest);
        if (this.sameContent(t.dest, t.size, hash)) {
            this.stats.filesSkipped++;
            return hash;
        }
        this.ensureDir(external_node_path_default().dirname(t.dest), job);
        const tmp = this.tmpFor(t.dest);
        try {
            await external_node_fs_default().promises.copyFile(t.src, tmp);
            await external_node_fs_default().promises.rename(tmp, t.dest);
        }
        catch (err) {
            await external_node_fs_default().promises.unlink(tmp).catch(() => undefined);
            throw new errors/* CatalogError */.G$(`catalog ${job.op}: cannot copy ${t.src} to ${t.dest} (${reason(err)})`, { cause: err });
        }
        this.stats.bytesWritten += t.size;
        this.stats.filesWritten++;
        this.remember(t.dest, hash);
        return hash;
    }
    /** get never writes through a symbolic link planted at the destination. */
    refuseLink(dest) {
        try {
            if (external_node_fs_default().lstatSync(dest, { throwIfNoEntry: false })?.isSymbolicLink()) {
                throw new errors/* CatalogError */.G$(`catalog get: ${dest} is a symbolic link; refusing to write through it`);
            }
        }
        catch (err) {
            if (err instanceof errors/* CatalogError */.G$)
                throw err;
            if (err.code !== 'ENOENT') {
                throw new errors/* CatalogError */.G$(`catalog get: cannot inspect ${dest} (${reason(err)})`, { cause: err });
            }
        }
    }
    tmpFor(dest) {
        tmpCounter = (tmpCounter + 1) % 1_000_000_000;
        const cut = dest.lastIndexOf((external_node_path_default()).sep) + 1;
        return `${dest.slice(0, cut)}.${dest.slice(cut)}.${process.pid}.${tmpCounter}${TMP_SUFFIX}`;
    }
    ensureDir(dir, job) {
        if (job.made.has(dir))
            return;
        try {
            external_node_fs_default().mkdirSync(dir, { recursive: true });
        }
        catch (err) {
            throw new errors/* CatalogError */.G$(`catalog ${job.op}: cannot create folder ${dir} (${reason(err)})`, { cause: err });
        }
        job.made.add(dir);
    }
    writeAtomicSync(dest, data, hash, job) {
        try {
            (0,fs_util/* atomicWriteFileSync */._b)(dest, data, this.tmpFor(dest));
        }
        catch (err) {
            throw new errors/* CatalogError */.G$(`catalog ${job.op}: cannot write ${dest} (${reason(err)})`, { cause: err });
        }
        this.stats.bytesWritten += data.byteLength;
        this.stats.filesWritten++;
        this.remember(dest, hash);
    }
    /** True when `dest` is a regular file with this size and sha256 (from memory while the file is unchanged). */
    sameContent(dest, size, hash) {
        let st;
        try {
            st = external_node_fs_default().lstatSync(dest, { throwIfNoEntry: false });
        }
        catch {
            return false;
        }
        if (!st || !st.isFile() || st.size !== size)
            return false;
        const ident = identOf(st);
        const k = this.known.get(dest);
        if (k && k.ident === ident)
            return k.hash === hash;
        if (size > SMALL)
            return false; // not worth reading a big file back: copy it
        let destHash;
        try {
            destHash = (0,catalog_hash/* sha256Bytes */.L)(external_node_fs_default().readFileSync(dest));
        }
        catch {
            return false;
        }
        this.known.set(dest, { ident, hash: destHash });
        return destHash === hash;
    }
    remember(dest, hash) {
        try {
            this.known.set(dest, { ident: identOf(external_node_fs_default().lstatSync(dest)), hash });
        }
        catch {
            this.known.delete(dest);
        }
    }
}

;// CONCATENATED MODULE: ./src/catalog/factory.ts
/** Builds the catalog named by the configuration's `catalog` (runnable §6.6). */




const CATALOG_TYPES = ['do-nothing', 'file-system', 'github-artifacts'];
const DEFAULT_CATALOG_LOCATION = '.catalog';
function stringOption(cfg, key, fallback) {
    const v = cfg.config?.[key];
    if (v === undefined || v === null || v === '')
        return fallback;
    if (typeof v !== 'string')
        (0,factory/* serviceConfigError */.S4)(cfg, `config.${key}`, `must be a string, got ${JSON.stringify(v)}`, 'catalog');
    return v;
}
/** `compute_data_folder` of a catalog config, resolved against `workDir` (default `.`). */
function computeDataFolderOf(cfg, workDir) {
    return path.resolve(workDir, stringOption(cfg, 'compute_data_folder', '.'));
}
/** `type` is matched with `_` and `-` interchangeable. Unknown types raise a ValidationError. */
async function createCatalog(cfg, cwd) {
    const type = String(cfg.type ?? '').replace(/_/g, '-');
    switch (type) {
        case 'do-nothing':
            return new DoNothingCatalog();
        case 'file-system': {
            const location = stringOption(cfg, 'catalog_location', DEFAULT_CATALOG_LOCATION);
            return new FileSystemCatalog({
                catalogLocation: external_node_path_default().resolve(cwd, location),
                handlerLocation: location,
                computeDataFolder: stringOption(cfg, 'compute_data_folder', '.'),
            });
        }
        case 'github-artifacts': {
            // Owned by the Action module; loaded only when configured (it pulls in @actions/artifact).
            const m = (await __webpack_require__.e(/* import() */ 446).then(__webpack_require__.bind(__webpack_require__, 5446)));
            return m.createGithubArtifactsCatalog(cfg, cwd);
        }
        case 'minio':
        case 's3':
            return (0,factory/* serviceConfigError */.S4)(cfg, 'type', `catalog '${cfg.type}' is not supported by runnable-action; use one of ${CATALOG_TYPES.join(', ')}`, 'catalog');
        default:
            return (0,factory/* serviceConfigError */.S4)(cfg, 'type', `unknown catalog type '${String(cfg.type)}'; expected one of ${CATALOG_TYPES.join(', ')}`, 'catalog');
    }
}

;// CONCATENATED MODULE: ./src/secrets/do-nothing.ts
class DoNothingSecrets {
    kind = 'do-nothing';
    describe() {
        return 'do-nothing secrets (every secret is empty)';
    }
    async get(_name) {
        return '';
    }
}

// EXTERNAL MODULE: ./node_modules/dotenv/dist/index.cjs
var dist = __webpack_require__(88230);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/secrets/dotenv.ts
/**
 * `dotenv` secrets (runnable §6.7): values come from a dotenv file (`location`, default `.env`, resolved
 * against the run's cwd), parsed with the `dotenv` package (`KEY=value`, quotes, `export` prefix,
 * comments). The file is read once, at the first `get`, so a config naming a missing file only fails
 * when a step asks for a secret. A missing file or an unknown key raises SecretNotFoundError, whose
 * message says which (the step fails, §19 c).
 */



class DotenvSecrets {
    kind = 'dotenv';
    /** Absolute path of the dotenv file. */
    file;
    values;
    loadError;
    constructor(file) {
        this.file = file;
    }
    describe() {
        return `dotenv file ${this.file}`;
    }
    load() {
        if (this.values || this.loadError)
            return this.values;
        try {
            this.values = dist_default().parse(external_node_fs_default().readFileSync(this.file));
        }
        catch (err) {
            const e = err;
            this.loadError = e.code === 'ENOENT' ? 'which does not exist' : `which cannot be read (${e.code ?? e.message})`;
        }
        return this.values;
    }
    async get(name) {
        const values = this.load();
        if (!values)
            throw new errors/* SecretNotFoundError */.oL(name, `${this.describe()}, ${this.loadError}`);
        if (!Object.prototype.hasOwnProperty.call(values, name))
            throw new errors/* SecretNotFoundError */.oL(name, this.describe());
        return values[name];
    }
}

;// CONCATENATED MODULE: ./src/secrets/env.ts
/**
 * `env-secrets` (alias `env`) secrets (runnable §6.7): values come from an environment object given at
 * construction (the edges pass `process.env`; services never read it themselves). A variable that is set,
 * even to "", exists; an unset one raises SecretNotFoundError.
 */

class EnvSecrets {
    kind;
    env;
    constructor(env, kind = 'env-secrets') {
        this.env = env;
        this.kind = kind;
    }
    describe() {
        return "the runner's environment variables";
    }
    async get(name) {
        const value = Object.prototype.hasOwnProperty.call(this.env, name) ? this.env[name] : undefined;
        if (value === undefined)
            throw new errors/* SecretNotFoundError */.oL(name, this.describe());
        return value;
    }
}

;// CONCATENATED MODULE: ./src/secrets/factory.ts
/** Builds the secrets service named by the configuration's `secrets` (runnable §6.7). */





const SECRETS_TYPES = ['do-nothing', 'env-secrets', 'env', 'dotenv'];
const DEFAULT_DOTENV_LOCATION = '.env';
/**
 * `type` is matched with `_` and `-` interchangeable. `env` reads `env` (the caller passes process.env);
 * `dotenv` resolves `location` against `cwd`. Unknown types raise a ValidationError.
 */
function createSecrets(cfg, cwd, env) {
    const type = String(cfg.type ?? '').replace(/_/g, '-');
    switch (type) {
        case 'do-nothing':
            return new DoNothingSecrets();
        case 'env-secrets':
        case 'env':
            return new EnvSecrets(env, type);
        case 'dotenv': {
            const v = cfg.config?.location;
            if (v !== undefined && v !== null && typeof v !== 'string') {
                (0,factory/* serviceConfigError */.S4)(cfg, 'config.location', `must be a string, got ${JSON.stringify(v)}`, 'secrets');
            }
            return new DotenvSecrets(external_node_path_default().resolve(cwd, v || DEFAULT_DOTENV_LOCATION));
        }
        default:
            return (0,factory/* serviceConfigError */.S4)(cfg, 'type', `unknown secrets type '${String(cfg.type)}'; expected one of ${SECRETS_TYPES.join(', ')}`, 'secrets');
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/context/code-identity.ts
/**
 * The git code identity recorded on every attempt (runnable §8.4). runnable runs three git processes per
 * node; the commit cannot change under a running process, so we compute it once per process. The commit
 * and the origin URL are read from the repository's files (HEAD, refs, packed-refs, config); only
 * `git diff --name-only` (is the work tree dirty?) needs a git process. Anything unusual (a detached
 * worktree layout we do not recognise, unreadable files) falls back to asking git.
 */



function git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: 10_000 }, (err, stdout) => resolve(err ? undefined : stdout.trim()));
    });
}
async function readText(file) {
    try {
        return (await (0,promises_.readFile)(file, 'utf8')).trim();
    }
    catch {
        return undefined;
    }
}
/** The git dir and the common dir (they differ in linked worktrees) for `cwd`, or undefined. */
async function findGitDir(cwd) {
    for (let dir = external_node_path_default().resolve(cwd);; dir = external_node_path_default().dirname(dir)) {
        const dotGit = external_node_path_default().join(dir, '.git');
        const st = await (0,promises_.stat)(dotGit).catch(() => undefined);
        if (st?.isDirectory())
            return { gitDir: dotGit, commonDir: dotGit };
        if (st?.isFile()) {
            const m = /^gitdir:\s*(.+)$/m.exec((await readText(dotGit)) ?? '');
            if (!m)
                return undefined;
            const gitDir = external_node_path_default().resolve(dir, m[1].trim());
            const common = await readText(external_node_path_default().join(gitDir, 'commondir'));
            return { gitDir, commonDir: common ? external_node_path_default().resolve(gitDir, common) : gitDir };
        }
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
async function resolveRef(commonDir, gitDir, ref) {
    for (const base of [gitDir, commonDir]) {
        const loose = await readText(external_node_path_default().join(base, ref));
        if (loose && /^[0-9a-f]{40,64}$/.test(loose))
            return loose;
    }
    const packed = await readText(external_node_path_default().join(commonDir, 'packed-refs'));
    for (const line of packed?.split('\n') ?? []) {
        const [sha, name] = line.split(' ');
        if (name === ref && sha && /^[0-9a-f]{40,64}$/.test(sha))
            return sha;
    }
    return undefined;
}
/** Commit and origin URL from the repository's files; undefined when git must be asked instead. */
async function fromFiles(cwd) {
    const dirs = await findGitDir(cwd);
    if (!dirs)
        return undefined;
    const head = await readText(external_node_path_default().join(dirs.gitDir, 'HEAD'));
    if (!head)
        return undefined;
    const sha = head.startsWith('ref:') ? await resolveRef(dirs.commonDir, dirs.gitDir, head.slice(4).trim()) : /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
    if (!sha)
        return undefined;
    const config = (await readText(external_node_path_default().join(dirs.commonDir, 'config'))) ?? '';
    const section = /\[remote "origin"\]([^[]*)/.exec(config)?.[1] ?? '';
    const url = /^\s*url\s*=\s*(.+)$/m.exec(section)?.[1]?.trim() ?? '';
    return { sha, url };
}
async function gitCodeIdentity(cwd) {
    const [files, changed] = await Promise.all([fromFiles(cwd), git(cwd, ['diff', '--name-only'])]);
    if (changed === undefined)
        return []; // not a git work tree (or no git)
    let sha = files?.sha;
    let url = files?.url ?? '';
    if (!sha) {
        [sha, url] = await Promise.all([git(cwd, ['rev-parse', 'HEAD']), git(cwd, ['config', '--get', 'remote.origin.url']).then((u) => u ?? '')]);
    }
    if (!sha)
        return [];
    return [
        {
            code_identifier: sha,
            code_identifier_type: 'git',
            code_identifier_dependable: changed === '',
            code_identifier_url: url,
            code_identifier_message: changed ? `changes found in ${changed.split('\n').join(', ')}` : '',
        },
    ];
}
/** Identities passed in by an orchestrator (e.g. the Argo workflow uid). */
function envCodeIdentities(env) {
    const out = [];
    const uid = env.RUNNABLE_CODE_ID_ARGO_WORKFLOW_UID;
    if (uid)
        out.push({ code_identifier: uid, code_identifier_type: 'argo', code_identifier_dependable: true, code_identifier_url: '', code_identifier_message: '' });
    const image = env.RUNNABLE_CODE_ID_DOCKER_IMAGE_DIGEST;
    if (image)
        out.push({ code_identifier: image, code_identifier_type: 'docker', code_identifier_dependable: true, code_identifier_url: '', code_identifier_message: '' });
    return out;
}

// EXTERNAL MODULE: ./src/context/limiter.ts
var limiter = __webpack_require__(59887);
;// CONCATENATED MODULE: ./src/context/run-id.ts
/**
 * Collision-free run ids (semantics §19 h): readable words, the UTC time to the second, and 32 random bits,
 * so two runs started in the same instant cannot clash. An existing id is still refused by the store.
 */

const ADJECTIVES = ['amber', 'brisk', 'calm', 'deft', 'eager', 'fair', 'glad', 'hale', 'keen', 'lucid', 'merry', 'neat', 'proud', 'quick', 'rapid', 'sage', 'tidy', 'vivid', 'warm', 'zesty'];
const NOUNS = ['badger', 'crane', 'dingo', 'egret', 'falcon', 'gecko', 'heron', 'ibis', 'jackal', 'koala', 'lemur', 'marten', 'newt', 'otter', 'panda', 'quail', 'raven', 'stoat', 'tapir', 'vole'];
function generateRunId(now = new Date()) {
    const rnd = (0,external_node_crypto_.randomBytes)(4);
    const adj = ADJECTIVES[rnd[0] % ADJECTIVES.length];
    const noun = NOUNS[rnd[1] % NOUNS.length];
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
    return `${adj}-${noun}-${stamp}-${rnd.toString('hex')}`;
}

;// CONCATENATED MODULE: ./src/context/setup-run.ts
/**
 * Builds a RunContext: reads the pipeline and config, chooses the run id, builds the services named by the
 * config, and creates the run log (a new run), validates it (a retry), or joins it (a single-node command in
 * an orchestrator pod, where the first pod creates it).
 */













/** Reads pipeline and config (both validated, errors with positions). */
async function loadInputs(opts) {
    const cwd = external_node_path_default().resolve(opts.cwd ?? process.cwd());
    const env = opts.env ?? process.env;
    let pipeline = opts.pipeline;
    if (!pipeline) {
        if (!opts.pipelineFile)
            throw new errors/* UsageError */.eb('no pipeline given: pass -f/--file PIPELINE.yaml');
        pipeline = await (0,load_pipeline.loadPipeline)(cwd, opts.pipelineFile);
    }
    const config = await (0,load/* loadConfig */.Z9)({ file: opts.configFile, cwd, env });
    return { pipeline, config, cwd, env };
}
function chooseRunId(opts, env) {
    return env.RUNNABLE_RETRY_RUN_ID || opts.runId || env.RUNNABLE_RUN_ID || generateRunId();
}
async function setupRun(opts, mode, loaded) {
    const { pipeline, config, cwd, env } = loaded ?? (await loadInputs(opts));
    const executor = config.pipelineExecutor;
    if (!['local', 'mocked', 'argo'].includes(executor.type)) {
        throw new errors/* UsageError */.eb(`pipeline-executor '${executor.type}' cannot run pipelines here (use local, mocked or argo)`);
    }
    const isRetry = mode === 'retry' || Boolean(env.RUNNABLE_RETRY_RUN_ID);
    const runId = chooseRunId(opts, env);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(runId)) {
        throw new errors/* UsageError */.eb(`run id '${runId}' is not valid: use letters, digits, '.', '_' and '-' (at most 200, starting with a letter or digit)`);
    }
    const store = (0,factory/* createRunLogStore */.j7)(config.runLogStore, cwd);
    const catalog = await createCatalog(config.catalog, cwd);
    const secrets = createSecrets(config.secrets, cwd, env);
    const hash = dagHash(pipeline);
    const tag = opts.tag ?? '';
    const reporter = opts.reporter ?? {};
    if (isRetry) {
        const header = await store.getRunHeader(runId);
        if (header.dag_hash !== hash) {
            throw new errors/* RetryRefusedError */.hL(runId, `the pipeline's structure changed since the run (dag hash ${header.dag_hash.slice(0, 12)} → ${hash.slice(0, 12)}); retry needs the same pipeline`);
        }
        if (opts.parametersFile || env.RUNNABLE_PARAMETERS_FILE || Object.keys(env).some((k) => k.startsWith('RUNNABLE_PRM_')) || opts.parameters) {
            reporter.log?.('WARNING', `retry of '${runId}' uses the original run's parameters; the parameters given now are ignored`);
        }
        // The local executor writes the whole run from this process: it may journal its records.
        if (mode !== 'attach')
            await store.claimRun?.(runId);
        try {
            await store.updateRunHeader(runId, (h) => ({ ...h, status: 'PROCESSING' }));
        }
        catch (err) {
            await store.releaseRun?.(runId);
            throw err;
        }
    }
    else {
        const exists = await store.runExists(runId);
        if (exists && (mode === 'new' || env.error_on_existing_run_id === 'true'))
            throw new errors/* RunLogExistsError */.Eg(runId);
        if (!exists) {
            const parameters = await (0,parameters_load/* loadInitialParameters */.jo)({
                file: env.RUNNABLE_PARAMETERS_FILE ? undefined : opts.parametersFile,
                cwd,
                env,
                extra: opts.parameters,
            });
            const header = { run_id: runId, dag_hash: hash, tag, status: 'PROCESSING', job: null, parameters };
            const runConfig = {
                execution_mode: pipeline.execution_mode,
                run_id: runId,
                tag,
                pipeline_definition_file: pipeline.file ?? '',
                parameters_file: opts.parametersFile ?? '',
                configuration_file: config.file ?? '',
                pipeline_executor: executor,
                run_log_store: config.runLogStore,
                catalog: config.catalog,
                secrets: config.secrets,
                retry_indicator: env.RUNNABLE_RETRY_INDICATOR ?? '',
                is_retry: false,
                dag: dagDump(pipeline),
                dag_hash: hash,
            };
            try {
                await store.createRun(header, runConfig);
            }
            catch (err) {
                // Two pods of one orchestrated run may race to create it: the loser joins.
                if (!(mode === 'attach' && err instanceof errors/* RunLogExistsError */.Eg))
                    throw err;
            }
            // The local executor writes the whole run from this process: it may journal its records.
            if (mode !== 'attach')
                await store.claimRun?.(runId);
        }
    }
    const execConfig = executor.config;
    const parallel = execConfig.enable_parallel !== false && store.supportsParallelWrites;
    const workers = parallel ? Math.max(1, execConfig.max_workers ?? (0,external_node_os_.availableParallelism)()) : 1;
    let identities;
    return {
        runId,
        tag,
        pipeline,
        config,
        store,
        catalog,
        secrets,
        cwd,
        env,
        isRetry,
        attach: mode === 'attach',
        retryIndicator: env.RUNNABLE_RETRY_INDICATOR ?? (isRetry ? 'retry' : ''),
        patches: executor.type === 'mocked' ? (execConfig.patches ?? {}) : undefined,
        reporter,
        logLevel: opts.logLevel ?? 'WARNING',
        signal: opts.signal ?? new AbortController().signal,
        taskLimiter: (0,limiter/* createLimiter */.z)(workers),
        // Branches wait on task slots, so a few more branches than workers keeps every slot busy.
        branchConcurrency: parallel ? Math.max(workers * 4, 8) : 1,
        secretValues: new Set(),
        stepCache: opts.stepCache,
        resultRunLog: opts.runLog ?? 'full',
        codeIdentities: () => (identities ??= gitCodeIdentity(cwd).then((g) => [...g, ...envCodeIdentities(env)])),
    };
}


/***/ }),

/***/ 75750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jo: () => (/* binding */ loadInitialParameters)
/* harmony export */ });
/* unused harmony exports decodeOverride, parameterOverrides, parseParametersText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8961);
/* harmony import */ var _pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25736);
/* harmony import */ var _pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30362);
/* harmony import */ var _runlog_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55992);
/**
 * Initial parameters (runnable semantics §5.1): the parameters file (a YAML mapping; each top-level key a
 * json parameter; `RUNNABLE_PARAMETERS_FILE` replaces the path given), then `extra` (e.g. workflow_dispatch
 * inputs), then `RUNNABLE_PRM_<name>` overrides (name lower-cased, value JSON-decoded when possible, else
 * the string).
 */





/** Decodes an override: JSON when it parses, otherwise the string itself. */
function decodeOverride(value) {
    try {
        return JSON.parse(value);
    }
    catch {
        return value;
    }
}
/** `RUNNABLE_PRM_<name>` variables: name (lower-cased) → decoded value. */
function parameterOverrides(env) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (!k.startsWith('RUNNABLE_PRM_') || v === undefined)
            continue;
        const name = k.slice('RUNNABLE_PRM_'.length).toLowerCase();
        if (name)
            (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(out, name, decodeOverride(v));
    }
    return out;
}
/** Finds values YAML can hold but JSON cannot (.inf, .nan), iteratively. */
function nonJsonIssues(doc, value) {
    const issues = [];
    const stack = [[value, []]];
    while (stack.length) {
        const [v, path] = stack.pop();
        if (typeof v === 'number' && !Number.isFinite(v))
            issues.push((0,_pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .issueAt */ .NC)(doc, path, 'value', `${v} is not a JSON number; parameters must be JSON values`));
        else if (Array.isArray(v))
            v.forEach((x, i) => stack.push([x, [...path, i]]));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                stack.push([x, [...path, k]]);
    }
    return issues;
}
/** Parses parameters YAML text: a mapping (or an empty file) → name → value. Throws ValidationError. */
function parseParametersText(text, file) {
    const doc = (0,_pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .loadYamlText */ .HF)(text, file);
    const issues = [...doc.issues];
    const value = doc.value;
    let out = {};
    if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        issues.push((0,_pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .issueAt */ .NC)(doc, [], 'value', `expected a mapping of parameter names to values, got ${(0,_pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .show */ .WU)(value)}`));
    }
    else if (value) {
        out = value;
        issues.push(...nonJsonIssues(doc, out));
    }
    if (issues.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI((0,_pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .sortIssues */ .V)(issues), file);
    return out;
}
/** The initial parameters of a run (see the module comment). Throws InputFileError / ValidationError. */
async function loadInitialParameters(opts) {
    const file = opts.env.RUNNABLE_PARAMETERS_FILE || opts.file || undefined;
    const values = {};
    if (file) {
        const text = await (0,_pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readSourceFile */ .uj)(file, file, opts.cwd);
        for (const [k, v] of Object.entries(parseParametersText(text, file)))
            (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(values, k, v);
    }
    for (const [k, v] of Object.entries(opts.extra ?? {}))
        (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(values, k, v);
    for (const [k, v] of Object.entries(parameterOverrides(opts.env)))
        (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(values, k, v);
    const params = {};
    for (const [k, v] of Object.entries(values))
        (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(params, k, (0,_runlog_model_js__WEBPACK_IMPORTED_MODULE_4__/* .makeParameter */ .mL)('json', v));
    return params;
}


/***/ }),

/***/ 55992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ir: () => (/* binding */ newStepRecord),
/* harmony export */   kF: () => (/* binding */ nowIso),
/* harmony export */   mL: () => (/* binding */ makeParameter)
/* harmony export */ });
/* unused harmony export describeValue */
/**
 * The run log, in runnable's JSON shape (semantics §8). Field names are runnable's (snake_case) so a run
 * log written here can be read by anyone who knows runnable's. Times are ISO-8601 UTC (§19 h).
 */
/** runnable's `description`: the value, or for strings longer than 10 characters the first 10 + `...`. */
function describeValue(value) {
    if (typeof value === 'string' && value.length > 10)
        return value.slice(0, 10) + '...';
    return value;
}
function makeParameter(kind, value) {
    return { kind, value, description: describeValue(value) };
}
/** ISO-8601 UTC with milliseconds, e.g. `2026-11-24T17:28:01.241Z`. */
function nowIso() {
    return new Date().toISOString();
}
function newStepRecord(name, internalName, stepType) {
    return {
        name,
        internal_name: internalName,
        status: 'CREATED',
        step_type: stepType,
        message: '',
        mock: false,
        attempts: [],
        data_catalog: [],
    };
}


/***/ }),

/***/ 88230:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var j=(e,n)=>()=>{try{return n||e((n={exports:{}}).exports,n),n.exports}catch(t){throw n=0,t}};var R=j((Z,N)=>{function T(e){return typeof e=="string"?!["false","0","no","off",""].includes(e.toLowerCase()):!!e}function U(e=process.env){let n={};for(let t of["ENCODING","PATH","QUIET","DEBUG","OVERRIDE","FAST"]){let r=e[`DOTENV_${t}`]!=null?e[`DOTENV_${t}`]:e[`DOTENV_CONFIG_${t}`];r!=null&&(n[t.toLowerCase()]=t==="ENCODING"||t==="PATH"?r:T(r))}return n}N.exports={parseBoolean:T,optionsFromEnv:U}});var P=j((ee,b)=>{var F=__webpack_require__(79896),_=__webpack_require__(16928),B=__webpack_require__(70857),{URL:L,fileURLToPath:Q}=__webpack_require__(87016),{parseBoolean:$,optionsFromEnv:I}=R(),G=/(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg,y=new Uint8Array(256);for(let e=48;e<=57;e++)y[e]=1;for(let e=65;e<=90;e++)y[e]=1;for(let e=97;e<=122;e++)y[e]=1;y[45]=1;y[46]=1;y[95]=1;function H(e){let n={},t=e.toString();t=t.replace(/\r\n?/mg,`
`);let r;for(;(r=G.exec(t))!=null;){let o=r[1],i=r[2]||"";i=i.trim();let c=i[0];i=i.replace(/^(['"`])([\s\S]*)\1$/mg,"$2"),c==='"'&&(i=i.replace(/\\n/g,`
`),i=i.replace(/\\r/g,"\r")),n[o]=i}return n}function g(e){return e<=32?e===32||e>=9&&e<=13:e>=160&&(e===160||e===5760||e>=8192&&e<=8202||e===8232||e===8233||e===8239||e===8287||e===12288||e===65279)}function O(e){return e===10||e===8232||e===8233}function V(e){let n={},t=typeof e=="string"?e:e.toString();t.indexOf("\r")!==-1&&(t=t.replace(/\r\n?/g,`
`));let r=t.length,o=0;for(;o<r;){let i=t.charCodeAt(o);for(;o<r&&g(i);)o++,i=t.charCodeAt(o);if(o>=r)break;if(i===35){for(;o<r&&!O(t.charCodeAt(o));)o++;continue}let c=-1;if(i===101&&o+6<r&&t.charCodeAt(o+1)===120&&t.charCodeAt(o+2)===112&&t.charCodeAt(o+3)===111&&t.charCodeAt(o+4)===114&&t.charCodeAt(o+5)===116){let u=t.charCodeAt(o+6);if(g(u)){let s=o+7;for(;s<r&&g(t.charCodeAt(s));)s++;y[t.charCodeAt(s)]&&(c=o+6,o=s)}else i=t.charCodeAt(o)}let E=o,p=0;for(;o<r&&(p=t.charCodeAt(o),y[p]);)o++;if(o===E){for(;o<r&&!O(t.charCodeAt(o));)o++;continue}let k=t.slice(E,o),D=o;if(o>=r&&(p=0),g(p))do o++,p=o<r?t.charCodeAt(o):0;while(g(p));if(p===61)o++;else if(p===58&&o===D&&o+1<r&&g(t.charCodeAt(o+1)))o+=2;else{for(o=c===-1?D:c;o<r&&!O(t.charCodeAt(o));)o++;continue}let d=o,l=o;for(;l<r&&g(t.charCodeAt(l));)l++;let C=t.charCodeAt(l),a,q=!1;if(C===39||C===34||C===96){let u=t[l],s=t.indexOf(u,l+1),f=-1,h=-1;for(;s!==-1;){let x=t.charCodeAt(s-1)===92,w=s+1;for(;w<r&&!O(t.charCodeAt(w))&&g(t.charCodeAt(w));)w++;if((w===r||O(t.charCodeAt(w))||t.charCodeAt(w)===35)&&(f=s,h=w),!x)break;s=t.indexOf(u,s+1)}if(f!==-1){if(a=t.slice(l+1,f),o=h,t.charCodeAt(o)===35)for(;o<r&&!O(t.charCodeAt(o));)o++;q=!0}}if(!q){let u=t.indexOf(`
`,d);u===-1&&(u=r);let s;if(r<4096)s=t.indexOf("#",d),(s===-1||s>u)&&(s=u);else for(s=d;s<u&&t.charCodeAt(s)!==35;)s++;let f=d,h=s;for(;f<h&&g(t.charCodeAt(f));)f++;for(;h>f&&g(t.charCodeAt(h-1));)h--;let x=t.charCodeAt(f);if(a=t.slice(f,h),a.includes("\u2028")||a.includes("\u2029")?a=a.replace(/^(['"`])([\s\S]*)\1$/mg,"$2"):h-f>=2&&(x===39||x===34||x===96)&&t.charCodeAt(h-1)===x&&(a=t.slice(f+1,h-1)),o=s,s<u)for(;o<r&&!O(t.charCodeAt(o));)o++}C===34&&(q||l<o)&&a.indexOf("\\")!==-1&&(a=a.replace(/\\n/g,`
`).replace(/\\r/g,"\r")),n[k]=a}return n}function J(e,n){return n&&$(n.fast)?V(e):H(e)}function v(e){console.log(`\u2506 ${e}`)}function W(e){console.error(`\u25C7 ${e}`)}function S(e){return e[0]==="~"?_.join(B.homedir(),e.slice(1)):e}function K(e={}){let n={...e};for(let t of Object.keys(n))n[t]===void 0&&delete n[t];return{...I(),...n}}function M(e){e=K(e);let n=_.resolve(process.cwd(),".env"),t="utf8",r=process.env;e&&e.processEnv!=null&&(r=e.processEnv);let o=$(e&&e.debug);e&&e.encoding?t=e.encoding:o&&v("no encoding is specified (UTF-8 is used by default)");let i=[n];if(e&&e.path)if(!Array.isArray(e.path))i=[S(e.path)];else{i=[];for(let d of e.path)i.push(S(d))}let c,E={},p={fast:e.fast};for(let d of i)try{let l=A.parse(F.readFileSync(d,{encoding:t}),p);A.populate(E,l,e)}catch(l){o&&v(`failed to load ${d} ${l.message}`),c=l}let k=A.populate(r,E,e),D=$(Object.prototype.hasOwnProperty.call(e,"quiet")?e.quiet:I(r).quiet);if(o||!D){let d=Object.keys(k).length,l=[];for(let C of i)try{let a=_.relative(process.cwd(),C instanceof L?Q(C):C);l.push(a)}catch(a){o&&v(`failed to load ${C} ${a.message}`),c=a}W(`injected env (${d}) from ${l.join(",")}`)}return c?{parsed:E,error:c}:{parsed:E}}function Y(e){return A.configDotenv(e)}function z(e,n,t={}){let r=$(t&&t.debug),o=$(t&&t.override),i={};if(e===null||typeof e!="object"||n===null||typeof n!="object"){let c=new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");throw c.code="OBJECT_REQUIRED",c}for(let c of Object.keys(n))Object.prototype.hasOwnProperty.call(e,c)?(o===!0&&(e[c]=n[c],i[c]=n[c]),r&&v(o===!0?`"${c}" is already defined and WAS overwritten`:`"${c}" is already defined and was NOT overwritten`)):(e[c]=n[c],i[c]=n[c]);return i}var A={configDotenv:M,config:Y,parse:J,populate:z};b.exports.configDotenv=A.configDotenv;b.exports.config=A.config;b.exports.parse=A.parse;b.exports.populate=A.populate;b.exports=A});var m=P();module.exports=m;module.exports.config=m.config;module.exports.configDotenv=m.configDotenv;module.exports.parse=m.parse;module.exports.populate=m.populate;


/***/ })

};
