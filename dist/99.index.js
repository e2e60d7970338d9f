export const id = 99;
export const ids = [99];
export const modules = {

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


/***/ })

};
