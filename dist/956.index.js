export const id = 956;
export const ids = [956,99];
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

/***/ 33956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   persistRunLogArtifact: () => (/* binding */ persistRunLogArtifact),
/* harmony export */   restoreRunLogArtifact: () => (/* binding */ restoreRunLogArtifact)
/* harmony export */ });
/* unused harmony export runLogFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _catalog_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94596);
/* harmony import */ var _catalog_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91480);
/**
 * Persists a run's log (the chunked folder `<log_folder>/<run_id>/`, or the single `<log_folder>/<run_id>.json`)
 * as a GitHub Actions artifact, and restores it in a later job for a retry.
 *
 * Name: `rn-<runkey>-a<attempt>-runlog-<content digest>`. The digest covers every file's path and bytes, so
 * persisting the same state twice (main, then post, or a cancellation path racing the normal end) is
 * recognised from the listing and skipped rather than answered with a 409, and any new state gets a new
 * name. The newest artifact (highest id) of a run is its latest state.
 */








/** Files of the run under the log folder, relative to it, `/`-separated, sorted. */
async function runLogFiles(logFolder, runId) {
    const out = [];
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(logFolder, runId);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir).catch(() => undefined);
    if (st?.isDirectory()) {
        const walk = async (abs, rel) => {
            for (const ent of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(abs, { withFileTypes: true })) {
                if (ent.isDirectory())
                    await walk((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(abs, ent.name), `${rel}/${ent.name}`);
                else if (ent.isFile() && !ent.name.endsWith('.lock') && !ent.name.endsWith('.tmp'))
                    out.push(`${rel}/${ent.name}`);
            }
        };
        await walk(dir, runId);
    }
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(logFolder, `${runId}.json`)).catch(() => undefined))?.isFile())
        out.push(`${runId}.json`);
    return out.sort();
}
/** Run ids become path segments here: refuse anything that could leave the log folder. */
function checkRunId(runId) {
    if (!/^[A-Za-z0-9._-]+$/.test(runId) || runId === '.' || runId === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RunLogNotFoundError */ .FF(runId, 'the artifact store (run ids may only contain letters, digits, ".", "_" and "-")');
    }
}
const runlogName = (runId) => new RegExp(`^rn-${(0,_catalog_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runKey */ .r7)(runId).replace(/[.]/g, '\\.')}-a(\\d+)-runlog-[0-9a-f]{16}$`);
/** Uploads the run's log files. Throws RunLogNotFoundError when there is nothing to persist. */
async function persistRunLogArtifact(opts) {
    checkRunId(opts.runId);
    const rt = (0,_catalog_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .readRuntime */ .Ft)();
    const files = await runLogFiles(opts.logFolder, opts.runId);
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RunLogNotFoundError */ .FF(opts.runId, opts.logFolder);
    // Snapshot first (writers may still be flushing), then name the artifact after the snapshot's content.
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(opts.stagingDir ?? rt.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `runnable-runlog-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const staged = [];
    try {
        for (const rel of files) {
            const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(opts.logFolder, rel)).catch(() => undefined);
            if (bytes === undefined)
                continue;
            h.update(rel).update('\0').update((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest()).update('\0');
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, rel);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dest), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(dest, bytes);
            staged.push(dest);
        }
        const name = `rn-${(0,_catalog_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .runKey */ .r7)(opts.runId)}-a${rt.runAttempt}-runlog-${h.digest('hex').slice(0, 16)}`;
        const existing = (await (0,_catalog_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .listArtifacts */ .wn)()).find((a) => a.name === name);
        if (existing)
            return { name, id: existing.id, files, url: (0,_catalog_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactUrl */ .Wk)(rt, existing.id), alreadyStored: true };
        const r = await (0,_catalog_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .uploadArtifact */ .mz)(name, staged, staging, { compressionLevel: 9, ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}) });
        return { name, id: r.id, files, url: (0,_catalog_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactUrl */ .Wk)(rt, r.id), alreadyStored: false };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}
/**
 * Downloads the newest persisted log of `runId` into `logFolder` (replacing local files of that run).
 * Returns undefined when no artifact holds it.
 */
async function restoreRunLogArtifact(opts) {
    checkRunId(opts.runId);
    const rt = (0,_catalog_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .readRuntime */ .Ft)();
    const re = runlogName(opts.runId);
    let best;
    const sources = [undefined];
    if (opts.source?.workflowRunId && opts.source.workflowRunId !== rt.workflowRunId) {
        const fb = (0,_catalog_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .makeFindBy */ .dq)(opts.source.repository || rt.repository, opts.source.workflowRunId, opts.source.token);
        if (!fb)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RunLogNotFoundError */ .FF(opts.runId, `workflow run ${opts.source.workflowRunId} (a token with 'actions: read' is needed to read it)`);
        sources.unshift(fb);
    }
    for (const findBy of sources) {
        for (const a of await (0,_catalog_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .listArtifacts */ .wn)(findBy)) {
            // Artifacts of another workflow run are older than anything in this one: prefer this run's newest.
            if (re.test(a.name) && (!best || a.id > best.id || (best.findBy && !findBy)))
                best = { ...a, findBy };
        }
    }
    if (!best)
        return undefined;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(opts.stagingDir ?? rt.tempDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `runnable-runlog-dl-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    try {
        const files = await (0,_catalog_github_artifacts_client_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadArtifact */ .bk)(best.id, best.name, dir, { findBy: best.findBy, expectedDigest: best.digest });
        // Only this run's files, at the two layouts a store writes: `<run_id>/<chunk>` or `<run_id>.json`.
        const accepted = files.filter((f) => f === `${opts.runId}.json` || (f.startsWith(`${opts.runId}/`) && !f.slice(opts.runId.length + 1).split('/').some((s) => s === '..' || s === '')));
        if (accepted.length === 0)
            return undefined;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(opts.logFolder, opts.runId), { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(opts.logFolder, `${opts.runId}.json`), { force: true });
        for (const rel of accepted) {
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(opts.logFolder, rel);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dest), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, rel), dest);
        }
        return { name: best.name, id: best.id, files: accepted, url: (0,_catalog_github_artifacts_env_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactUrl */ .Wk)(rt, best.id), alreadyStored: true };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
