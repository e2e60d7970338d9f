export const id = 761;
export const ids = [761,99];
export const modules = {

/***/ 94596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ checkExtracted),
/* harmony export */   bk: () => (/* binding */ downloadArtifact),
/* harmony export */   dq: () => (/* binding */ makeFindBy),
/* harmony export */   mz: () => (/* binding */ uploadArtifact),
/* harmony export */   wn: () => (/* binding */ listArtifacts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * A thin seam over the unmodified `@actions/artifact` client, shared by the artifact catalog and the run-log
 * persistence: lazy import (a validate or a local run never loads it), errors that name the artifact, and
 * downloads into a private directory that is checked before anything is trusted (no symlinks, nothing
 * outside the directory, no `..` names). Callers take files out of that directory by names they chose.
 */



let modPromise;
let clientPromise;
function client() {
    modPromise ??= Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(110), __webpack_require__.e(118), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 67458));
    clientPromise ??= modPromise.then((m) => new m.DefaultArtifactClient());
    return clientPromise;
}
/** `owner/repo` + token + run → the client's `findBy`, or undefined when any part is missing. */
function makeFindBy(repository, workflowRunId, token) {
    const [owner, repo] = repository.split('/');
    const run = Number(workflowRunId);
    if (!owner || !repo || !token || !Number.isInteger(run) || run <= 0)
        return undefined;
    return { token, workflowRunId: run, repositoryOwner: owner, repositoryName: repo };
}
function describe(err) {
    return err instanceof Error ? err.message : String(err);
}
async function uploadArtifact(name, files, rootDirectory, options = {}) {
    const c = await client();
    try {
        const r = await c.uploadArtifact(name, files, rootDirectory, options);
        if (!r.id)
            throw new Error('the service returned no artifact id');
        return { id: r.id, size: r.size ?? 0, digest: r.digest ? `sha256:${r.digest}` : '' };
    }
    catch (err) {
        const usage = /insufficient usage|quota/i.test(describe(err)) ? ' (artifact storage quota exhausted: free space or raise the limit)' : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteServiceError */ .ER(`uploading artifact '${name}' failed${usage}: ${describe(err)}`, 'github-artifacts', undefined, { cause: err });
    }
}
async function listArtifacts(findBy) {
    const c = await client();
    try {
        const r = await c.listArtifacts(findBy ? { findBy } : {});
        return r.artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest ? (a.digest.startsWith('sha256:') ? a.digest : `sha256:${a.digest}`) : undefined }));
    }
    catch (err) {
        const where = findBy ? `workflow run ${findBy.workflowRunId} of ${findBy.repositoryOwner}/${findBy.repositoryName}` : 'this workflow run';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteServiceError */ .ER(`listing the artifacts of ${where} failed: ${describe(err)}`, 'github-artifacts', undefined, { cause: err });
    }
}
/**
 * Downloads (and unzips) artifact `id` into a fresh directory `dir`, verifies the archive digest when known,
 * then checks every extracted entry: regular files and directories only, all inside `dir`.
 * Returns the list of extracted files, relative to `dir`, with `/` separators.
 */
async function downloadArtifact(id, name, dir, options = {}) {
    const c = await client();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    let digestMismatch = false;
    try {
        const r = await c.downloadArtifact(id, {
            path: dir,
            ...(options.findBy ? { findBy: options.findBy } : {}),
            ...(options.expectedDigest ? { expectedHash: options.expectedDigest } : {}),
        });
        digestMismatch = r.digestMismatch === true;
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RemoteServiceError */ .ER(`downloading artifact '${name}' (id ${id}) failed: ${describe(err)}`, 'github-artifacts', undefined, { cause: err });
    }
    if (digestMismatch) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`artifact '${name}' (id ${id}) does not match its recorded digest ${options.expectedDigest}; refusing to use it`);
    }
    return checkExtracted(dir);
}
/** Walks an extraction directory and rejects anything that is not a plain file or folder inside it. */
async function checkExtracted(dir) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir);
    const files = [];
    const walk = async (abs) => {
        for (const ent of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs, { withFileTypes: true })) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, ent.name);
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(p);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p);
            if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`archive entry '${rel}' escapes the download directory`);
            if (st.isSymbolicLink())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`archive entry '${rel}' is a symbolic link; refusing it`);
            if (st.isDirectory())
                await walk(p);
            else if (st.isFile())
                files.push(rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
            else
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$(`archive entry '${rel}' is not a regular file`);
        }
    };
    await walk(root);
    return files.sort();
}


/***/ }),

/***/ 91480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ readRuntime),
/* harmony export */   Wk: () => (/* binding */ artifactUrl),
/* harmony export */   b0: () => (/* binding */ getGithubArtifactsOptions),
/* harmony export */   r7: () => (/* binding */ runKey),
/* harmony export */   setGithubArtifactsOptions: () => (/* binding */ setGithubArtifactsOptions)
/* harmony export */ });
/* unused harmony exports backendIdsFromToken, sanitizeNamePart */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Everything the artifact-backed catalog reads from the runner's environment, behind small accessors
 * (the toolkit's `config.ts` pattern), plus the options the Action hands over in-process.
 *
 * Options travel through a `Symbol.for` slot on `globalThis`, not through `process.env`, so that a token
 * the Action holds for cross-run reads never lands in an environment a step process could inherit, and so
 * that two bundled copies of this module see the same values.
 */

const SLOT = Symbol.for('runnable-action.github-artifacts.options');
function setGithubArtifactsOptions(options) {
    globalThis[SLOT] = { ...options };
}
function getGithubArtifactsOptions() {
    return globalThis[SLOT] ?? {};
}
/** The backend ids from the runtime token's `Actions.Results:<run>:<job>` scope (decoded, not verified). */
function backendIdsFromToken(token) {
    const payload = token?.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        for (const scope of String(claims.scp ?? '').split(' ')) {
            const parts = scope.split(':');
            if (parts.length === 3 && parts[0] === 'Actions.Results')
                return { run: parts[1], job: parts[2] };
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
function readRuntime(env = process.env) {
    const ids = backendIdsFromToken(env.ACTIONS_RUNTIME_TOKEN);
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    return {
        workflowRunId: env.GITHUB_RUN_ID ?? '',
        runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        repository: env.GITHUB_REPOSITORY ?? '',
        jobBackendId: ids?.job ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        tempDir: env.RUNNER_TEMP || undefined,
        hasRuntime: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL && ids),
    };
}
/** Characters artifact names may not contain, plus anything unusual: names keep to `[A-Za-z0-9._-]`. */
function sanitizeNamePart(s, max = 40) {
    const clean = s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._-]+/, '');
    if (clean === s && clean.length <= max)
        return clean;
    // Keep names readable but unique: a truncated readable prefix plus a hash of the original.
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(s).digest('hex').slice(0, 8);
    return `${clean.slice(0, Math.max(0, max - 9))}_${h}`.replace(/^_/, '');
}
/** The key of a run id inside artifact names (`rn-<runkey>-…`). */
function runKey(runId) {
    return sanitizeNamePart(runId, 40);
}
/** UI link of an artifact (platform doc §4). */
function artifactUrl(rt, artifactId, workflowRunId = rt.workflowRunId) {
    if (!artifactId || !rt.repository || !workflowRunId)
        return undefined;
    return `${rt.serverUrl.replace(/\/$/, '')}/${rt.repository}/actions/runs/${workflowRunId}/artifacts/${artifactId}`;
}


/***/ }),

/***/ 18142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GithubArtifactsCatalog: () => (/* binding */ GithubArtifactsCatalog),
/* harmony export */   checkExtracted: () => (/* reexport safe */ _github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__.FG),
/* harmony export */   createGithubArtifactsCatalog: () => (/* binding */ createGithubArtifactsCatalog),
/* harmony export */   flushAllGithubArtifactCatalogs: () => (/* binding */ flushAllGithubArtifactCatalogs),
/* harmony export */   githubArtifactsStats: () => (/* binding */ githubArtifactsStats),
/* harmony export */   isSafeRelativePath: () => (/* binding */ isSafeRelativePath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94596);
/* harmony import */ var _github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91480);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18775);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36407);
/**
 * The `github-artifacts` catalog: a run's catalog kept in GitHub Actions artifacts, through the unmodified
 * `@actions/artifact` client. Only a JavaScript action receives the runtime token, so this catalog works
 * inside the runnable-action Action (platform doc §4), not in `run:` steps.
 *
 * Layout and naming (why: artifacts are immutable, names are unique per workflow run across jobs and re-run
 * attempts, and a job may create at most 500 of them):
 *
 * - **Content-addressed blobs.** Every file is known by its sha256. A pack artifact holds files named by
 *   their digest, so a digest already uploaded (by this run, an earlier attempt, or another step) is never
 *   uploaded again; a path is only an index entry pointing at a digest.
 * - **Packs.** New blobs of all steps are gathered into one pending pack per run and uploaded when the pack
 *   reaches `pack_max_bytes` or `pack_max_files`, after `flush_interval_seconds`, or on `flush()`. A
 *   pipeline (even a 10,000-item map) therefore makes a handful of artifacts, not one per step.
 * - **Names.** `rn-<runkey>-a<attempt>-<nonce>-<seq>`: the run attempt, a random per-process nonce (two
 *   action steps of one job share the job's token) and a sequence. Names are fixed when a pack opens, so
 *   the lineage a put records (`artifact_name`) is final; they never collide across steps, map items,
 *   retries or re-run attempts, and a 409 is impossible by construction.
 * - **Index.** `flush()` uploads, per run, `rn-<runkey>-a<attempt>-<nonce>-<seq>-index`: path → digest, and
 *   digest → artifact. A later job (retry, re-run attempt, another workflow run via `findBy`) merges every
 *   index of the run, newest last, and downloads only the packs holding what it gets.
 *
 * Downloads land in a private directory, are checked (no symlinks, nothing escaping) and each blob's
 * sha256 is verified against its name before use; index paths that are absolute or contain `..` are
 * rejected, so no archive or index can write outside the step's data folder.
 */









/** tinyglobby costs 20–35 ms to load: only runs whose steps have catalog patterns pay for it. */
const loadGlob = () => Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 73382)).then((m) => m.glob);
const HEX64 = /^[0-9a-f]{64}$/;
const INDEX_NAME = /^rn-(.+)-a(\d+)-([0-9a-f]{8})-(\d+)-index$/;
const REGISTRY = Symbol.for('runnable-action.github-artifacts.instances');
const SEQ = Symbol.for('runnable-action.github-artifacts.seq');
function registry() {
    const g = globalThis;
    g[REGISTRY] ??= new Set();
    return g[REGISTRY];
}
function nextSeq() {
    const g = globalThis;
    const n = (g[SEQ] ?? 0) + 1;
    g[SEQ] = n;
    return n;
}
/** Flushes every github-artifacts catalog of this process; rethrows the first failure (finalize swallows them). */
async function flushAllGithubArtifactCatalogs() {
    const results = await Promise.allSettled([...registry()].map((c) => c.flush()));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
}
/** Combined statistics of every github-artifacts catalog of this process. */
function githubArtifactsStats() {
    const total = { artifactsUploaded: 0, filesUploaded: 0, bytesUploaded: 0, filesDeduplicated: 0, artifactsDownloaded: 0, uploaded: [] };
    for (const c of registry()) {
        const s = c.stats;
        total.artifactsUploaded += s.artifactsUploaded;
        total.filesUploaded += s.filesUploaded;
        total.bytesUploaded += s.bytesUploaded;
        total.filesDeduplicated += s.filesDeduplicated;
        total.artifactsDownloaded += s.artifactsDownloaded;
        total.uploaded.push(...s.uploaded);
    }
    return total;
}
function parseConfig(cfg) {
    const c = cfg.config ?? {};
    const issues = [];
    const file = cfg.source?.file ?? 'configuration';
    const at = { file, line: cfg.source?.line, column: cfg.source?.column };
    const num = (key, def, min, max) => {
        const v = c[key];
        if (v === undefined || v === null)
            return def;
        const n = typeof v === 'string' ? Number(v) : v;
        if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
            issues.push({ ...at, path: `catalog.config.${key}`, message: `must be a number from ${min} to ${max}, got ${JSON.stringify(v)}` });
            return def;
        }
        return n;
    };
    const str = (key) => {
        const v = c[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string' || v === '') {
            issues.push({ ...at, path: `catalog.config.${key}`, message: `must be a non-empty string, got ${JSON.stringify(v)}` });
            return undefined;
        }
        return v;
    };
    const known = new Set(['compute_data_folder', 'retention_days', 'compression_level', 'pack_max_bytes', 'pack_max_files', 'flush_interval_seconds', 'state_dir']);
    for (const key of Object.keys(c)) {
        if (!known.has(key))
            issues.push({ ...at, path: `catalog.config.${key}`, message: `unknown option of the github-artifacts catalog (known: ${[...known].join(', ')})` });
    }
    const out = {
        compute_data_folder: str('compute_data_folder') ?? '.',
        retention_days: num('retention_days', undefined, 1, 400),
        compression_level: num('compression_level', 6, 0, 9),
        pack_max_bytes: num('pack_max_bytes', 64 * 1024 * 1024, 1, 10 * 1024 ** 3),
        pack_max_files: num('pack_max_files', 5000, 1, 1_000_000),
        flush_interval_seconds: num('flush_interval_seconds', 60, 0, 86_400),
        state_dir: str('state_dir'),
    };
    if (issues.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ValidationError */ .yI(issues, 'github-artifacts catalog configuration');
    return out;
}
/** Rejects globs that could reach outside the data folder. */
function checkPattern(pattern) {
    const p = pattern.replace(/\\/g, '/');
    if (p === '' || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(pattern) || p.startsWith('/') || p.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog glob '${pattern}' escapes the data folder (absolute paths and '..' are not allowed)`);
    }
}
/** A stored relative path is safe: relative, normalised, no `..`, no backslash or NUL. */
function isSafeRelativePath(rel) {
    if (!rel || rel.includes('\0') || rel.includes('\\') || rel.startsWith('/') || /^[A-Za-z]:/.test(rel))
        return false;
    const parts = rel.split('/');
    return parts.every((s) => s !== '' && s !== '.' && s !== '..');
}
async function exists(p) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(p);
        return true;
    }
    catch {
        return false;
    }
}
function within(root, p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, p);
    return rel === '' || (!rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_3__.sep) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel));
}
class GithubArtifactsCatalog {
    config;
    cwd;
    rt;
    stateDir;
    kind = 'github-artifacts';
    stats = { artifactsUploaded: 0, filesUploaded: 0, bytesUploaded: 0, filesDeduplicated: 0, artifactsDownloaded: 0, uploaded: [] };
    runs = new Map();
    locations = new Map();
    /** Digest → pending pack holding it (not uploaded yet). */
    pendingDigests = new Map();
    packs = new Map();
    downloads = new Map();
    chain = Promise.resolve();
    backgroundError;
    /**
     * Packs whose upload failed: their files are in no artifact. Unlike `backgroundError` (thrown once, by the
     * next get/put), these are reported by every later flush: the engine's flush at the end of a run swallows
     * errors, and the Action's flush after it must still learn that the run's files were not stored.
     */
    failedPacks = [];
    nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex');
    blobsDir;
    constructor(config, cwd, rt, stateDir) {
        this.config = config;
        this.cwd = cwd;
        this.rt = rt;
        this.stateDir = stateDir;
        this.blobsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir, 'blobs');
    }
    describe() {
        return `GitHub artifacts of workflow run ${this.rt.workflowRunId || '?'} (attempt ${this.rt.runAttempt})`;
    }
    log(message) {
        (0,_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .getGithubArtifactsOptions */ .b0)().log?.(message);
    }
    dataDir(workDir) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workDir || this.cwd, this.config.compute_data_folder);
    }
    run(runId) {
        let r = this.runs.get(runId);
        if (!r) {
            r = { files: new Map(), dirty: false };
            this.runs.set(runId, r);
        }
        return r;
    }
    blobPath(digest) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.blobsDir, digest);
    }
    lineage(digest, step, deduplicated) {
        const loc = this.locations.get(digest);
        const pack = this.pendingDigests.get(digest);
        return {
            digest: `sha256:${digest}`,
            artifact_name: loc?.artifact_name ?? pack?.name,
            ...(loc?.artifact_id ? { artifact_id: loc.artifact_id } : {}),
            workflow_run_id: this.rt.workflowRunId,
            run_attempt: this.rt.runAttempt,
            step,
            ...(deduplicated ? { deduplicated: true } : {}),
        };
    }
    /** Makes `digest` part of a pending pack unless it is stored or pending already. Returns true when new. */
    async stage(runId, digest, size, write) {
        if (this.locations.has(digest) || this.pendingDigests.has(digest)) {
            this.stats.filesDeduplicated++;
            if (!(await exists(this.blobPath(digest)))) {
                // Known remotely but not here: nothing to stage, the bytes are in an artifact already.
            }
            return false;
        }
        const dest = this.blobPath(digest);
        if (!(await exists(dest))) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.blobsDir, { recursive: true });
            const tmp = `${dest}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
            await write(tmp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, dest);
        }
        // Re-check: a concurrent put of the same bytes may have staged it meanwhile.
        if (this.locations.has(digest) || this.pendingDigests.has(digest)) {
            this.stats.filesDeduplicated++;
            return false;
        }
        let pack = this.packs.get(runId);
        if (!pack) {
            pack = { name: `rn-${(0,_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runKey */ .r7)(runId)}-a${this.rt.runAttempt}-${this.nonce}-${String(nextSeq()).padStart(4, '0')}`, runId, members: new Map(), bytes: 0 };
            this.packs.set(runId, pack);
            if (this.config.flush_interval_seconds > 0) {
                const p = pack;
                p.timer = setTimeout(() => this.closePack(p), this.config.flush_interval_seconds * 1000);
                p.timer.unref();
            }
        }
        pack.members.set(digest, size);
        pack.bytes += size;
        this.pendingDigests.set(digest, pack);
        if (pack.bytes >= this.config.pack_max_bytes || pack.members.size >= this.config.pack_max_files)
            this.closePack(pack);
        return true;
    }
    /** Closes a pack and queues its upload (uploads run one at a time; failures surface at the next flush). */
    closePack(pack) {
        if (this.packs.get(pack.runId) !== pack)
            return this.chain;
        this.packs.delete(pack.runId);
        if (pack.timer)
            clearTimeout(pack.timer);
        this.chain = this.chain.then(() => this.uploadPack(pack).catch((err) => {
            this.backgroundError ??= err;
            this.failedPacks.push({ pack, error: err });
        }));
        return this.chain;
    }
    async uploadPack(pack) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.stateDir, 'packs', pack.name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const files = [];
        for (const digest of pack.members.keys()) {
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, digest);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(this.blobPath(digest), dest).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(this.blobPath(digest), dest));
            files.push(dest);
        }
        const r = await (0,_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .uploadArtifact */ .mz)(pack.name, files, dir, {
            compressionLevel: this.config.compression_level,
            ...(this.config.retention_days ? { retentionDays: this.config.retention_days } : {}),
        });
        for (const digest of pack.members.keys()) {
            this.locations.set(digest, { artifact_name: pack.name, artifact_id: r.id, workflow_run_id: this.rt.workflowRunId });
            this.pendingDigests.delete(digest);
        }
        this.stats.artifactsUploaded++;
        this.stats.filesUploaded += pack.members.size;
        this.stats.bytesUploaded += pack.bytes;
        this.stats.uploaded.push({ name: pack.name, id: r.id, url: (0,_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactUrl */ .Wk)(this.rt, r.id), files: pack.members.size, bytes: pack.bytes, kind: 'pack' });
        this.log(`catalog: uploaded ${pack.members.size} file(s), ${pack.bytes} bytes, as artifact ${pack.name} (id ${r.id})`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
    /** Merges every index artifact of `runId` (this workflow run, then the source run if configured). */
    ensureIndex(runId) {
        const state = this.run(runId);
        state.loaded ??= this.loadRemoteIndex(runId, state).catch((err) => {
            state.loaded = undefined;
            throw err;
        });
        return state.loaded;
    }
    async loadRemoteIndex(runId, state) {
        const opts = (0,_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .getGithubArtifactsOptions */ .b0)();
        const key = (0,_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runKey */ .r7)(runId);
        const sources = [];
        if (opts.sourceWorkflowRunId && opts.sourceWorkflowRunId !== this.rt.workflowRunId) {
            const findBy = (0,_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .makeFindBy */ .dq)(opts.sourceRepository || this.rt.repository, opts.sourceWorkflowRunId, opts.token);
            if (!findBy) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`reading the catalog of workflow run ${opts.sourceWorkflowRunId} needs a token with 'actions: read' and the repository name`);
            }
            sources.push({ findBy, workflowRunId: opts.sourceWorkflowRunId });
        }
        sources.push({ workflowRunId: this.rt.workflowRunId });
        const found = [];
        for (const src of sources) {
            for (const a of await (0,_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .listArtifacts */ .wn)(src.findBy)) {
                const m = INDEX_NAME.exec(a.name);
                if (m && m[1] === key)
                    found.push({ a, findBy: src.findBy, workflowRunId: src.workflowRunId });
            }
        }
        found.sort((x, y) => x.a.id - y.a.id);
        const remoteFiles = new Map();
        for (const { a, findBy, workflowRunId } of found) {
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.stateDir, 'dl', `index-${a.id}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`);
            const files = await (0,_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadArtifact */ .bk)(a.id, a.name, dir, { findBy, expectedDigest: a.digest });
            if (!files.includes('index.json'))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog index artifact '${a.name}' has no index.json`);
            let doc;
            try {
                doc = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index.json'), 'utf8'));
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog index artifact '${a.name}' is not valid JSON: ${err.message}`);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
            if (doc.format !== 'runnable-action/catalog-index@1' || doc.run_id !== runId)
                continue;
            for (const [rel, rec] of Object.entries(doc.files ?? {})) {
                if (!isSafeRelativePath(rel) || !HEX64.test(String(rec?.digest))) {
                    this.log(`catalog: ignoring unsafe index entry '${rel}' in ${a.name}`);
                    continue;
                }
                remoteFiles.set(rel, { digest: rec.digest, size: Number(rec.size) || 0, step: String(rec.step ?? '') });
            }
            for (const [digest, loc] of Object.entries(doc.locations ?? {})) {
                if (!HEX64.test(digest) || typeof loc?.artifact_name !== 'string')
                    continue;
                if (!this.locations.has(digest)) {
                    this.locations.set(digest, { artifact_name: loc.artifact_name, artifact_id: Number(loc.artifact_id) || undefined, workflow_run_id: String(loc.workflow_run_id || workflowRunId) });
                }
            }
        }
        // Entries made in this process (before the index loaded) win over remote ones.
        for (const [rel, rec] of remoteFiles)
            if (!state.files.has(rel))
                state.files.set(rel, rec);
        if (found.length)
            this.log(`catalog: loaded ${found.length} index artifact(s) of run ${runId}: ${remoteFiles.size} file(s)`);
    }
    /** Makes the blob of `digest` present locally, downloading the pack that holds it if needed. */
    async ensureLocal(digest) {
        const p = this.blobPath(digest);
        if (await exists(p))
            return p;
        const loc = this.locations.get(digest);
        if (!loc?.artifact_id)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog blob sha256:${digest} is not stored in any known artifact`);
        let pending = this.downloads.get(loc.artifact_id);
        if (!pending) {
            pending = this.downloadPack(loc).finally(() => this.downloads.delete(loc.artifact_id));
            this.downloads.set(loc.artifact_id, pending);
        }
        await pending;
        if (!(await exists(p)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`artifact '${loc.artifact_name}' (id ${loc.artifact_id}) does not contain sha256:${digest}`);
        return p;
    }
    async downloadPack(loc) {
        let findBy;
        if (loc.workflow_run_id && this.rt.workflowRunId && loc.workflow_run_id !== this.rt.workflowRunId) {
            const opts = (0,_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .getGithubArtifactsOptions */ .b0)();
            findBy = (0,_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .makeFindBy */ .dq)(opts.sourceRepository || this.rt.repository, loc.workflow_run_id, opts.token);
            if (!findBy) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`artifact '${loc.artifact_name}' belongs to workflow run ${loc.workflow_run_id}; reading it needs a token with 'actions: read' (action input github-token)`);
            }
        }
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.stateDir, 'dl', `${loc.artifact_id}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`);
        const files = await (0,_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadArtifact */ .bk)(loc.artifact_id, loc.artifact_name, dir, { findBy });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.blobsDir, { recursive: true });
        for (const rel of files) {
            // Only members named by a digest and whose bytes hash to that digest become blobs.
            if (!HEX64.test(rel)) {
                this.log(`catalog: ignoring unexpected entry '${rel}' in artifact ${loc.artifact_name}`);
                continue;
            }
            const src = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, rel);
            const { digest } = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256File */ .Q)(src);
            if (digest !== rel)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`artifact '${loc.artifact_name}': member ${rel} has sha256 ${digest}; refusing corrupted content`);
            if (!(await exists(this.blobPath(digest))))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(src, this.blobPath(digest));
        }
        this.stats.artifactsDownloaded++;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
    async get(req) {
        this.throwBackground();
        for (const p of req.patterns)
            checkPattern(p);
        await this.ensureIndex(req.runId);
        const files = this.run(req.runId).files;
        const dataDir = this.dataDir(req.workDir);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dataDir, { recursive: true });
        const realData = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dataDir);
        const entries = [];
        const seen = new Set();
        for (const pattern of req.patterns) {
            const match = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .globMatcher */ .fU)(pattern);
            const matches = [...files.keys()].filter((rel) => match(rel) && !rel.endsWith('.execution.log')).sort();
            if (matches.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog get: nothing in the catalog of run '${req.runId}' matches '${pattern}'`);
            for (const rel of matches) {
                if (seen.has(rel))
                    continue;
                seen.add(rel);
                if (!isSafeRelativePath(rel))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog get: refusing path '${rel}' (escapes the data folder)`);
                const rec = files.get(rel);
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(realData, rel);
                if (!within(realData, target))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog get: refusing path '${rel}' (escapes the data folder)`);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
                if (!within(realData, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target))))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog get: refusing path '${rel}' (a symbolic link leads outside the data folder)`);
                const blob = await this.ensureLocal(rec.digest);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(target, { force: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(blob, target);
                entries.push({
                    name: rel,
                    data_hash: rec.digest,
                    catalog_relative_path: rel,
                    catalog_handler_location: this.describe(),
                    stage: 'get',
                    ...this.lineage(rec.digest, req.step, false),
                });
            }
        }
        return entries;
    }
    async put(req) {
        this.throwBackground();
        for (const p of req.patterns)
            checkPattern(p);
        const dataDir = this.dataDir(req.workDir);
        if (!(await exists(dataDir))) {
            if (req.allowNoMatch)
                return [];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog put: data folder ${dataDir} does not exist`);
        }
        const realData = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dataDir);
        const stateReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(this.stateDir).catch(() => this.stateDir);
        await this.ensureIndex(req.runId).catch((err) => this.log(`catalog: could not read earlier index of run ${req.runId}: ${err.message}`));
        const state = this.run(req.runId);
        const entries = [];
        const seen = new Set();
        for (const pattern of req.patterns) {
            const found = (await (await loadGlob())(pattern, { cwd: realData, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false })).map((f) => f.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/')).sort();
            const matches = [];
            for (const rel of found) {
                const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(realData, rel);
                if (within(stateReal, abs))
                    continue;
                const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs).catch(() => undefined);
                if (!real || !within(realData, real))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog put: '${rel}' resolves outside the data folder`);
                matches.push(rel);
            }
            if (matches.length === 0) {
                if (req.allowNoMatch)
                    continue;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog put: no file matches '${pattern}' in ${dataDir}`);
            }
            for (const rel of matches) {
                if (seen.has(rel))
                    continue;
                seen.add(rel);
                const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(realData, rel);
                const { digest, size } = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256File */ .Q)(abs);
                let dedup = true;
                if (req.storeCopy) {
                    dedup = !(await this.stage(req.runId, digest, size, async (dest) => {
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(abs, dest);
                        // The file may have changed between hashing and copying: the blob must match its name.
                        if ((await (0,_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256File */ .Q)(dest)).digest !== digest)
                            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog put: '${rel}' changed while it was being stored`);
                    }));
                    state.files.set(rel, { digest, size, step: req.step });
                    this.notePutter(state, digest, req.step);
                    state.dirty = true;
                }
                entries.push({
                    name: rel,
                    data_hash: digest,
                    catalog_relative_path: `${req.runId}/${rel}`,
                    catalog_handler_location: this.describe(),
                    stage: 'put',
                    ...this.lineage(digest, req.step, req.storeCopy && dedup),
                });
            }
        }
        return entries;
    }
    async putBytes(runId, relativePath, data, step) {
        this.throwBackground();
        const rel = relativePath.replace(/\\/g, '/');
        if (!isSafeRelativePath(rel))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog: refusing to store '${relativePath}' (must be a relative path without '..')`);
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
        const digest = (0,_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Bytes */ .L)(bytes);
        const dedup = !(await this.stage(runId, digest, bytes.length, (dest) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(dest, bytes)));
        const state = this.run(runId);
        state.files.set(rel, { digest, size: bytes.length, step });
        this.notePutter(state, digest, step);
        state.dirty = true;
        return {
            name: rel,
            data_hash: digest,
            catalog_relative_path: `${runId}/${rel}`,
            catalog_handler_location: this.describe(),
            stage: 'put',
            ...this.lineage(digest, step, dedup),
        };
    }
    async getBytes(runId, relativePath) {
        this.throwBackground();
        const rel = relativePath.replace(/\\/g, '/');
        await this.ensureIndex(runId);
        const rec = this.run(runId).files.get(rel);
        if (!rec)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog: '${rel}' is not stored for run '${runId}'`);
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(await this.ensureLocal(rec.digest));
    }
    throwBackground() {
        if (this.backgroundError) {
            const err = this.backgroundError;
            this.backgroundError = undefined;
            throw err;
        }
    }
    /**
     * Uploads every pending pack, then one index per run that changed. While a pack could not be uploaded, every
     * flush throws (RA600 for the artifact service) and uploads no index: an index never lists files whose
     * bytes are in no artifact.
     */
    async flush() {
        for (const pack of [...this.packs.values()])
            void this.closePack(pack);
        await this.chain;
        this.backgroundError = undefined; // a failed pack upload: reported below, the same way at every flush
        if (this.failedPacks.length) {
            const { pack, error } = this.failedPacks[0];
            const files = this.failedPacks.reduce((n, f) => n + f.pack.members.size, 0);
            const message = `the catalog of run '${pack.runId}' could not be stored (${files} file(s) are in no artifact): ${error instanceof Error ? error.message : String(error)}`;
            throw error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteServiceError */ .ER ? new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RemoteServiceError */ .ER(message, error.service, error.status, { cause: error }) : new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(message, { cause: error });
        }
        for (const [runId, state] of this.runs) {
            if (!state.dirty)
                continue;
            state.dirty = false;
            try {
                await this.uploadIndex(runId, state);
            }
            catch (err) {
                state.dirty = true;
                throw err;
            }
        }
    }
    notePutter(state, digest, step) {
        const putters = (state.putters ??= new Map());
        let steps = putters.get(digest);
        if (!steps)
            putters.set(digest, (steps = new Set()));
        steps.add(step);
    }
    unstored(runId) {
        const putters = this.runs.get(runId)?.putters;
        const steps = new Set();
        for (const { pack } of this.failedPacks) {
            if (pack.runId !== runId)
                continue;
            for (const digest of pack.members.keys())
                for (const step of putters?.get(digest) ?? [])
                    steps.add(step);
        }
        return [...steps];
    }
    async uploadIndex(runId, state) {
        const doc = {
            format: 'runnable-action/catalog-index@1',
            run_id: runId,
            workflow_run_id: this.rt.workflowRunId,
            run_attempt: this.rt.runAttempt,
            files: Object.fromEntries([...state.files].sort(([a], [b]) => (a < b ? -1 : 1))),
            locations: {},
        };
        for (const rec of state.files.values()) {
            const loc = this.locations.get(rec.digest);
            if (loc)
                doc.locations[rec.digest] = loc;
        }
        const name = `rn-${(0,_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runKey */ .r7)(runId)}-a${this.rt.runAttempt}-${this.nonce}-${String(nextSeq()).padStart(4, '0')}-index`;
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.stateDir, 'packs', name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const body = JSON.stringify(doc);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index.json'), body);
        const r = await (0,_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .uploadArtifact */ .mz)(name, [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index.json')], dir, {
            compressionLevel: 9,
            ...(this.config.retention_days ? { retentionDays: this.config.retention_days } : {}),
        });
        this.stats.artifactsUploaded++;
        this.stats.uploaded.push({ name, id: r.id, url: (0,_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactUrl */ .Wk)(this.rt, r.id), files: state.files.size, bytes: body.length, kind: 'index' });
        this.log(`catalog: uploaded the index of run ${runId} (${state.files.size} file(s)) as artifact ${name} (id ${r.id})`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}
async function createGithubArtifactsCatalog(cfg, cwd) {
    const config = parseConfig(cfg);
    const rt = (0,_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .readRuntime */ .Ft)();
    if (!rt.hasRuntime) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$('the github-artifacts catalog needs the Actions runtime (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL): it works only inside the runnable-action Action, not in run: steps or locally; use the file-system catalog there');
    }
    const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, config.state_dir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(rt.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'runnable-catalog'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(stateDir, { recursive: true });
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(stateDir)).isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CatalogError */ .G$(`catalog state_dir ${stateDir} is not a directory`);
    const catalog = new GithubArtifactsCatalog(config, cwd, rt, stateDir);
    registry().add(catalog);
    return catalog;
}



/***/ })

};
