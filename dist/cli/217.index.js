export const id = 217;
export const ids = [217];
export const modules = {

/***/ 73580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ PLURAL),
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   UP: () => (/* binding */ GROUP),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   xv: () => (/* binding */ VERSION),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports loadClient, statusBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Shared plumbing of submit/poll: loading @kubernetes/client-node lazily (never at CLI start-up), the
 * kubeconfig (explicit file or text, default locations, in-cluster), and retries of transient failures
 * (5xx, 429 with Retry-After, connection resets, timeouts) with exponential backoff and full jitter.
 */

const GROUP = 'argoproj.io';
const VERSION = 'v1alpha1';
const PLURAL = 'workflows';
let clientModule;
function loadClient() {
    clientModule ??= Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(358)]).then(__webpack_require__.bind(__webpack_require__, 14358));
    return clientModule;
}
async function connect(target) {
    const k8s = await loadClient();
    const kc = new k8s.KubeConfig();
    try {
        if (target.kubeconfigText)
            kc.loadFromString(target.kubeconfigText);
        else if (target.kubeconfig)
            kc.loadFromFile(target.kubeconfig);
        else if (target.inCluster)
            kc.loadFromCluster();
        else
            kc.loadFromDefault();
        if (target.context)
            kc.setCurrentContext(target.context);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteServiceError */ .ER(`cannot load the Kubernetes configuration: ${err.message}`, 'kubernetes', undefined, { cause: err });
    }
    const ctx = kc.getContextObject(kc.getCurrentContext());
    const namespace = target.namespace ?? ctx?.namespace ?? 'default';
    const api = kc.makeApiClient(k8s.CustomObjectsApi);
    return { k8s, kc, api, namespace, server: kc.getCurrentCluster()?.server ?? '' };
}
/** HTTP status of an error from client-node (ApiException), if any. */
function statusOf(err) {
    const code = err?.code;
    return typeof code === 'number' ? code : undefined;
}
/** The Kubernetes `Status` body of an ApiException (its `body` is the raw response text). */
function statusBody(err) {
    const body = err?.body;
    if (typeof body === 'string') {
        try {
            return JSON.parse(body);
        }
        catch {
            return { message: body };
        }
    }
    return body && typeof body === 'object' ? body : undefined;
}
function describe(err) {
    const st = statusBody(err);
    const code = statusOf(err);
    if (st?.message)
        return `${code ? `HTTP ${code} ` : ''}${st.reason ? `${st.reason}: ` : ''}${st.message}`;
    const e = err;
    return [e?.message, e?.cause?.code ?? e?.cause?.message].filter(Boolean).join(': ') || String(err);
}
/** Whether retrying can help: 5xx, 429, 408, network errors and timeouts (never 4xx answers). */
function isTransient(err) {
    const code = statusOf(err);
    if (code !== undefined && code >= 100 && code < 600)
        return code >= 500 || code === 429 || code === 408;
    const text = `${err?.name ?? ''} ${err?.message ?? ''} ${String(err?.cause?.code ?? '')} ${String(err?.code ?? '')}`;
    return /ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|UND_ERR|socket hang up|fetch failed|other side closed|terminated|TimeoutError|network/i.test(text);
}
function retryAfterMs(err) {
    const headers = err?.headers;
    const v = headers?.['retry-after'] ?? headers?.['Retry-After'];
    if (!v)
        return undefined;
    const s = Number(v);
    return Number.isFinite(s) ? s * 1000 : undefined;
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const t = setTimeout(done, ms);
        function done() {
            clearTimeout(t);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
/** Runs `fn`, retrying transient failures with exponential backoff and full jitter (Retry-After honoured). */
async function withRetry(what, fn, opts = {}, signal, beforeRetry) {
    const retries = opts.retries ?? 6;
    const base = opts.baseMs ?? 500;
    const max = opts.maxMs ?? 15000;
    const nap = opts.sleep ?? sleep;
    for (let attempt = 0;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            if (!isTransient(err) || attempt >= retries || signal?.aborted) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteServiceError */ .ER(`${what} failed${attempt ? ` after ${attempt + 1} attempts` : ''}: ${describe(err)}`, 'kubernetes', statusOf(err), { cause: err });
            }
            const delayMs = retryAfterMs(err) ?? Math.round(Math.random() * Math.min(max, base * 2 ** attempt));
            opts.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
            await nap(delayMs, signal);
            if (beforeRetry) {
                const found = await beforeRetry(err);
                if (found !== undefined)
                    return found;
            }
        }
    }
}


/***/ }),

/***/ 21217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ stopWorkflow),
/* harmony export */   submitWorkflow: () => (/* binding */ submitWorkflow)
/* harmony export */ });
/* unused harmony export SUBMISSION_LABEL */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71327);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73580);
/**
 * Submitting a compiled Workflow (argo-target.md §6.3) with @kubernetes/client-node's CustomObjectsApi,
 * `fieldValidation: Strict`; transport failures are retried, and an ambiguous create (the connection died
 * after the request was sent) is resolved by looking the workflow up by its submission label before trying
 * again, so a retry never starts a second run. `stopWorkflow` sends `spec.shutdown: Stop` as a merge patch.
 * client-node is loaded with `import()` here, never at CLI start-up.
 */





const SUBMISSION_LABEL = 'runnable-action/submission';
async function submitWorkflow(manifest, opts = {}) {
    if (manifest.kind !== 'Workflow' && manifest.kind !== 'CronWorkflow')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ManifestError */ .Sh([`cannot submit kind ${String(manifest.kind)}`]);
    const problems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateManifest */ .yl)(manifest);
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ManifestError */ .Sh(problems);
    const kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_3__/* .connect */ .Ng)(opts);
    const plural = manifest.kind === 'CronWorkflow' ? 'cronworkflows' : _kube_js__WEBPACK_IMPORTED_MODULE_3__/* .PLURAL */ .HY;
    const submission = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const body = structuredClone(manifest);
    body.metadata = { ...(body.metadata ?? {}), labels: { ...(body.metadata?.labels ?? {}), [SUBMISSION_LABEL]: submission } };
    const namespace = body.metadata.namespace ?? kube.namespace;
    let ambiguous = false;
    const create = async () => {
        try {
            return (await kube.api.createNamespacedCustomObject({ group: _kube_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUP */ .UP, version: _kube_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .xv, namespace, plural, body, fieldValidation: 'Strict', ...(opts.dryRun ? { dryRun: 'All' } : {}) }));
        }
        catch (err) {
            // No HTTP status: the request may have reached the server.
            if ((0,_kube_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(err) === undefined)
                ambiguous = true;
            throw err;
        }
    };
    const lookUp = async () => {
        if (!ambiguous || opts.dryRun)
            return undefined;
        try {
            const list = (await kube.api.listNamespacedCustomObject({ group: _kube_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUP */ .UP, version: _kube_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .xv, namespace, plural, labelSelector: `${SUBMISSION_LABEL}=${submission}` }));
            return list.items?.[0];
        }
        catch {
            return undefined;
        }
    };
    let created;
    try {
        created = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(`creating the ${String(manifest.kind)} in namespace ${namespace}`, create, opts.retry, opts.signal, lookUp);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteServiceError */ .ER && err.status === 409) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteServiceError */ .ER(`${String(manifest.kind)} ${String(body.metadata.name)} already exists in ${namespace}: ${(0,_kube_js__WEBPACK_IMPORTED_MODULE_3__/* .describe */ .q0)(err.cause)}`, 'kubernetes', 409, { cause: err });
        }
        throw err;
    }
    const name = String(created.metadata?.name ?? '');
    const out = { name, namespace, uid: String(created.metadata?.uid ?? ''), resourceVersion: String(created.metadata?.resourceVersion ?? ''), object: created };
    if (opts.argoServerUrl)
        out.uiUrl = `${opts.argoServerUrl.replace(/\/+$/, '')}/${manifest.kind === 'CronWorkflow' ? 'cron-workflows' : 'workflows'}/${namespace}/${name}`;
    return out;
}
/** Asks Argo to stop a workflow: merge patch `{"spec":{"shutdown":"Stop"}}`. A missing workflow is not an error. */
async function stopWorkflow(name, opts = {}) {
    const kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_3__/* .connect */ .Ng)(opts);
    const { setHeaderOptions, PatchStrategy } = kube.k8s;
    const namespace = opts.namespace ?? kube.namespace;
    try {
        await (0,_kube_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(`stopping workflow ${name}`, () => kube.api.patchNamespacedCustomObject({ group: _kube_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUP */ .UP, version: _kube_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .xv, namespace, plural: _kube_js__WEBPACK_IMPORTED_MODULE_3__/* .PLURAL */ .HY, name, body: { spec: { shutdown: opts.strategy ?? 'Stop' } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch)), opts.retry);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteServiceError */ .ER && err.status === 404)
            return;
        throw err;
    }
}


/***/ })

};
