export const id = 904;
export const ids = [904,217];
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

/***/ 15904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pollWorkflow: () => (/* binding */ pollWorkflow)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/argo/kube.ts
var argo_kube = __webpack_require__(73580);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/pipeline/model.ts
var model = __webpack_require__(18615);
;// CONCATENATED MODULE: ./src/argo/status.ts
/**
 * Reading a Workflow's `status` (argo-target.md §6.5-6.6): decompress `compressedNodes`, and map
 * `status.nodes` to one row per pipeline step — the same columns as a local run's summary (step, status,
 * attempts, duration). For workflows this compiler produced, the step is read from each pod's `step` and
 * `iter` input parameters (map values and loop indices resolved); for any other workflow the node's display
 * name is used.
 */


function isFinished(wf) {
    const s = wf?.status;
    return Boolean(s && (s.finishedAt || s.phase === 'Succeeded' || s.phase === 'Failed' || s.phase === 'Error'));
}
/** `status.nodes`, decompressing `status.compressedNodes` (gzip, zstd or brotli by magic bytes) when needed. */
function workflowNodes(status) {
    if (!status)
        return {};
    const nodes = status.nodes;
    if (nodes && Object.keys(nodes).length)
        return nodes;
    const compressed = status.compressedNodes;
    if (typeof compressed !== 'string' || !compressed)
        return nodes ?? {};
    const buf = Buffer.from(compressed, 'base64');
    let text;
    if (buf[0] === 0x1f && buf[1] === 0x8b)
        text = external_node_zlib_.gunzipSync(buf);
    else if (buf[0] === 0x28 && buf[1] === 0xb5 && buf[2] === 0x2f && buf[3] === 0xfd) {
        // zstd is in node:zlib from Node 22.15 (accessed dynamically: the CLI also runs on Node 20).
        const zstd = external_node_zlib_.zstdDecompressSync;
        if (!zstd)
            throw new Error('status.compressedNodes is zstd-compressed; this Node.js has no zstd (needs >= 22.15)');
        text = zstd(buf);
    }
    else
        text = external_node_zlib_.brotliDecompressSync(buf);
    return JSON.parse(text.toString('utf8'));
}
function toStatus(phase) {
    switch (phase) {
        case 'Succeeded':
            return 'SUCCESS';
        case 'Failed':
        case 'Error':
            return 'FAIL';
        case 'Running':
        case 'Pending':
            return 'PROCESSING';
        default:
            return 'CREATED';
    }
}
function param(node, name) {
    return node.inputs?.parameters?.find((p) => p.name === name)?.value;
}
function itemText(v) {
    return typeof v === 'string' ? v : JSON.stringify(v);
}
/** `map%state.map_variable_placeholder.x` + iter → `map state.3.x`. */
function resolveStep(stepPath, iterJson) {
    let name = stepPath.replace(/%/g, ' ');
    if (!iterJson)
        return name;
    try {
        const iter = JSON.parse(iterJson);
        const maps = Object.values(iter.map_variable ?? {}).map((v) => itemText(v.value));
        const loops = (iter.loop_variable ?? []).map((v) => itemText(v.value));
        name = name
            .split('.')
            .map((part) => (part === model/* MAP_PLACEHOLDER */.Jh ? (maps.shift() ?? part) : part === model/* LOOP_PLACEHOLDER */.lG ? (loops.shift() ?? part) : part))
            .join('.');
    }
    catch {
        /* keep the template form */
    }
    return name;
}
function seconds(from, to, now = Date.now()) {
    if (!from)
        return undefined;
    const a = Date.parse(from);
    const b = to ? Date.parse(to) : now;
    return Number.isFinite(a) && Number.isFinite(b) ? Math.max(0, Math.round((b - a) / 100) / 10) : undefined;
}
/** One row per step (pods and retried pods), in start order; skipped/omitted tasks are left out. */
function stepRows(workflow, now = Date.now()) {
    const nodes = workflowNodes(workflow?.status);
    const inRetry = new Set();
    for (const n of Object.values(nodes))
        if (n.type === 'Retry')
            for (const c of n.children ?? [])
                inRetry.add(c);
    const candidates = Object.values(nodes).filter((n) => n.type === 'Retry' || (n.type === 'Pod' && !inRetry.has(n.id)));
    candidates.sort((a, b) => String(a.startedAt ?? '').localeCompare(String(b.startedAt ?? '')) || a.name.localeCompare(b.name));
    const rows = new Map();
    for (const n of candidates) {
        const attemptsNodes = n.type === 'Retry' ? (n.children ?? []).map((c) => nodes[c]).filter((c) => Boolean(c)) : [n];
        const probe = attemptsNodes.at(-1) ?? n;
        const stepParam = param(n, 'step') ?? param(probe, 'step');
        const step = stepParam !== undefined ? resolveStep(stepParam, param(n, 'iter') ?? param(probe, 'iter')) : (n.displayName ?? n.name).replace(/\(\d+\)$/, '');
        const fan = /^fan-(in|out)-/.test(n.templateName ?? probe.templateName ?? '');
        const attempts = fan ? 0 : attemptsNodes.filter((a) => a.phase && a.phase !== 'Skipped' && a.phase !== 'Omitted').length;
        const prev = rows.get(step);
        const row = {
            step,
            status: toStatus(n.phase),
            phase: n.phase ?? '',
            attempts: (prev?.attempts ?? 0) + attempts,
            first: prev?.first ?? n.startedAt,
            last: n.finishedAt,
            fan: (prev?.fan ?? true) && fan,
            message: n.phase === 'Failed' || n.phase === 'Error' ? (probe.message ?? n.message) : undefined,
        };
        rows.set(step, row);
    }
    return [...rows.values()].map(({ first, last, fan: _fan, ...r }) => {
        const out = { ...r, duration: seconds(first, r.phase === 'Running' || r.phase === 'Pending' ? undefined : last, now) };
        if (out.duration === undefined)
            delete out.duration;
        if (!out.message)
            delete out.message;
        return out;
    });
}
/** Messages of the failed pod nodes (what the run log may not have: image pulls, deadlines, evictions). */
function failedNodeMessages(workflow) {
    const nodes = workflowNodes(workflow?.status);
    return Object.values(nodes)
        .filter((n) => n.type === 'Pod' && (n.phase === 'Failed' || n.phase === 'Error') && n.message)
        .map((n) => `${n.displayName ?? n.name}: ${n.message}`);
}

// EXTERNAL MODULE: ./src/argo/submit.ts
var argo_submit = __webpack_require__(21217);
;// CONCATENATED MODULE: ./src/argo/poll.ts
/**
 * Waiting for a submitted Workflow to finish (argo-target.md §6.4): a watch on the one workflow
 * (`fieldSelector=metadata.name=…`), resumed from the last resourceVersion when it times out or drops,
 * re-listed on 410 Expired, with a GET after every watch ends so the final state is never lost; if watches
 * keep failing it falls back to GET polling. Transient errors are retried with backoff and jitter; a 404
 * after the workflow finished (TTL) returns the last state seen. Node progress is reported through
 * `onProgress` whenever the per-step rows change. Aborting `signal` stops the workflow
 * (`spec.shutdown: Stop`) and keeps waiting (up to `stopGraceMs`) for it to end.
 */




async function pollWorkflow(name, opts = {}) {
    const kube = await (0,argo_kube/* connect */.Ng)(opts);
    const namespace = opts.namespace ?? kube.namespace;
    const started = Date.now();
    let last;
    let lastRows = '';
    let cancelled = false;
    let stopSent = false;
    let deleted = false;
    const internal = new AbortController();
    const report = (wf) => {
        last = wf;
        const rows = stepRows(wf);
        const key = JSON.stringify(rows.map((r) => [r.step, r.status, r.attempts]));
        if (key !== lastRows) {
            lastRows = key;
            opts.onProgress?.(rows, wf);
        }
    };
    const onAbort = () => {
        cancelled = true;
        internal.abort();
    };
    if (opts.signal?.aborted)
        onAbort();
    else
        opts.signal?.addEventListener('abort', onAbort, { once: true });
    const get = async () => {
        try {
            return (await (0,argo_kube/* withRetry */.bD)(`reading workflow ${name}`, () => kube.api.getNamespacedCustomObject({ group: argo_kube/* GROUP */.UP, version: argo_kube/* VERSION */.xv, namespace, plural: argo_kube/* PLURAL */.HY, name }), opts.retry));
        }
        catch (err) {
            if (err instanceof errors/* RemoteServiceError */.ER && err.status === 404) {
                if (last && isFinished(last)) {
                    deleted = true;
                    return undefined;
                }
                if (last)
                    throw new errors/* RemoteServiceError */.ER(`workflow ${namespace}/${name} was deleted before it finished`, 'kubernetes', 404, { cause: err });
            }
            throw err;
        }
    };
    try {
        let watchFailures = 0;
        for (;;) {
            if (cancelled && !stopSent) {
                stopSent = true;
                await (0,argo_submit/* stopWorkflow */.a)(name, { ...opts, namespace, retry: opts.retry });
                const grace = opts.stopGraceMs ?? 60_000;
                opts.deadlineMs = Math.min(opts.deadlineMs ?? Infinity, Date.now() - started + grace);
            }
            const wf = await get();
            if (!wf)
                break;
            report(wf);
            if (isFinished(wf))
                break;
            if (opts.deadlineMs !== undefined && Date.now() - started > opts.deadlineMs)
                break;
            if (opts.watch !== false && watchFailures < 5 && !internal.signal.aborted) {
                const outcome = await watchOnce(kube, namespace, name, String(wf.metadata?.resourceVersion ?? ''), opts, report, internal.signal);
                if (outcome === 'error') {
                    watchFailures++;
                    await (0,argo_kube/* sleep */.yy)(Math.round(Math.random() * Math.min(10_000, 250 * 2 ** watchFailures)), internal.signal);
                }
                else
                    watchFailures = 0;
                if (outcome === 'deleted' && last && isFinished(last)) {
                    deleted = true;
                    break;
                }
                continue; // GET again: the authoritative state after every watch
            }
            await (0,argo_kube/* sleep */.yy)(opts.intervalMs ?? 3000, cancelled ? undefined : internal.signal);
        }
    }
    finally {
        opts.signal?.removeEventListener('abort', onAbort);
    }
    if (!last)
        throw new errors/* RemoteServiceError */.ER(`workflow ${namespace}/${name} not found`, 'kubernetes', 404);
    report(last);
    const rows = stepRows(last);
    return { name, namespace, phase: String(last.status?.phase ?? ''), message: last.status?.message, workflow: last, rows, cancelled, ...(deleted ? { deleted } : {}) };
}
/** One watch from `resourceVersion` until it ends: 'final' (workflow finished), 'deleted', 'ended' or 'error'. */
async function watchOnce(kube, namespace, name, resourceVersion, opts, report, signal) {
    const watch = new kube.k8s.Watch(kube.kc);
    return new Promise((resolve) => {
        let settled = false;
        let controller;
        const finish = (v) => {
            if (settled)
                return;
            settled = true;
            signal.removeEventListener('abort', onAbort);
            controller?.abort();
            resolve(v);
        };
        const onAbort = () => finish('ended');
        signal.addEventListener('abort', onAbort, { once: true });
        watch
            .watch(`/apis/${argo_kube/* GROUP */.UP}/${argo_kube/* VERSION */.xv}/namespaces/${namespace}/${argo_kube/* PLURAL */.HY}`, { fieldSelector: `metadata.name=${name}`, resourceVersion, allowWatchBookmarks: true, timeoutSeconds: opts.watchTimeoutSeconds ?? 60 }, (type, obj) => {
            if (type === 'ERROR')
                return finish((0,argo_kube/* statusOf */.c2)({ code: obj?.code }) === 410 ? 'ended' : 'error');
            if (type === 'BOOKMARK')
                return;
            if (type === 'DELETED')
                return finish('deleted');
            report(obj);
            if (isFinished(obj))
                finish('final');
        }, (err) => finish(err && !err?.name?.includes('Abort') ? ((0,argo_kube/* isTransient */.dg)(err) || (0,argo_kube/* statusOf */.c2)(err) === undefined ? 'error' : 'error') : 'ended'))
            .then((c) => {
            controller = c;
            if (settled)
                c.abort();
        })
            .catch((err) => {
            void (0,argo_kube/* describe */.q0)(err);
            finish('error');
        });
    });
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


/***/ }),

/***/ 18615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   IJ: () => (/* binding */ branchesOf),
/* harmony export */   Jh: () => (/* binding */ MAP_PLACEHOLDER),
/* harmony export */   lG: () => (/* binding */ LOOP_PLACEHOLDER),
/* harmony export */   mO: () => (/* binding */ isComposite)
/* harmony export */ });
const MAP_PLACEHOLDER = 'map_variable_placeholder';
const LOOP_PLACEHOLDER = 'loop_variable_placeholder';
function isComposite(node) {
    return node.type === 'parallel' || node.type === 'map' || node.type === 'conditional' || node.type === 'loop';
}
function isTerminal(node) {
    return node.type === 'success' || node.type === 'fail';
}
/** The graphs directly under a composite node, keyed by branch key (map/loop: the single key `branch`). */
function branchesOf(node) {
    switch (node.type) {
        case 'parallel':
            return node.branches;
        case 'conditional':
            return node.default ? { ...node.branches, default: node.default } : node.branches;
        case 'map':
        case 'loop':
            return { branch: node.branch };
    }
}


/***/ })

};
