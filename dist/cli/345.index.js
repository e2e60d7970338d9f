export const id = 345;
export const ids = [345];
export const modules = {

/***/ 17345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   executeSingleNodeCommand: () => (/* binding */ executeSingleNodeCommand),
/* harmony export */   fanCommand: () => (/* binding */ fanCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _pipeline_internal_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60648);
/* harmony import */ var _context_execute_single_node_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5334);
/* harmony import */ var _context_fan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80670);
/* harmony import */ var _context_frames_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30589);
/* harmony import */ var _context_scope_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40139);
/* harmony import */ var _context_setup_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78142);
/**
 * The orchestrator protocol (semantics §12): `execute-single-node` runs one leaf of a run, `fan … out|in`
 * opens or closes one composite. An orchestrator (Argo) calls these in its pods; nothing but the run id,
 * the step path and the iteration variables travel between them — all state is in the run log store.
 *
 * After its node, each call follows the route inline through stubs and terminal nodes (a stub always
 * succeeds; `success`/`fail` only set a status), so a compiled workflow needs no pod for them.
 *
 * With `--orchestrator argo` the calls follow the layout of src/argo/compile.ts (its header is the
 * reference): one attempt per call (Argo retries), exit code non-zero when the node failed or the graph
 * ended at `fail`, fan-out output as JSON arrays (map items as their JSON texts, so every type survives
 * Argo's `{{item}}`), loop iterations opened by the previous iteration's `fan in`, and `--fan-out-next`
 * doing the next composite's fan-out in the same pod.
 */









function parseIter(text) {
    if (!text)
        return {};
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--iter-variable is not valid JSON: ${text.slice(0, 200)}`);
    }
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--iter-variable must be a JSON object {"map_variable": {...}, "loop_variable": [...]}');
    return v;
}
async function open(opts) {
    // Everything the call is told is checked before it touches the run log, so bad input leaves no trace.
    const iter = parseIter(opts.iterVariable);
    const loaded = await (0,_context_setup_run_js__WEBPACK_IMPORTED_MODULE_8__.loadInputs)(opts);
    (0,_context_frames_js__WEBPACK_IMPORTED_MODULE_6__/* .locate */ .x5)(loaded.pipeline, (0,_pipeline_internal_names_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeStepPath */ .Wh)(opts.stepPath), iter);
    const ctx = await (0,_context_setup_run_js__WEBPACK_IMPORTED_MODULE_8__/* .setupRun */ .f)(opts, 'attach', loaded);
    const located = (0,_context_frames_js__WEBPACK_IMPORTED_MODULE_6__/* .locate */ .x5)(ctx.pipeline, (0,_pipeline_internal_names_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeStepPath */ .Wh)(opts.stepPath), iter);
    return { ctx, ...located };
}
async function writeJson(ctx, file, value) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(abs, JSON.stringify(value));
}
/** Follows the route from `node` (which ended with `status`) through stubs and terminals, running them. */
async function followInline(ctx, graph, node, status, frame) {
    let current = node;
    let st = status;
    for (;;) {
        if (current.type === 'success')
            return { reachedFail: false };
        if (current.type === 'fail')
            return { reachedFail: true };
        const target = graph.nodes[st === 'SUCCESS' ? current.next : (current.on_failure ?? 'fail')];
        if (!target)
            return { reachedFail: false };
        if (target.type !== 'stub' && target.type !== 'success' && target.type !== 'fail')
            return { reachedFail: false, stoppedAt: target };
        st = await (0,_context_execute_single_node_js__WEBPACK_IMPORTED_MODULE_4__/* .executeLeaf */ ._)(ctx, target, frame);
        current = target;
    }
}
/**
 * What `fan out` hands the orchestrator: map items (as JSON texts under argo, so Argo's `{{item}}` keeps
 * every type), branch keys to run, or for a loop the first iteration's index.
 */
async function fanOutOutput(ctx, node, frame, argo) {
    const name = (0,_context_frames_js__WEBPACK_IMPORTED_MODULE_6__/* .stepPath */ .qu)(frame, node);
    if (node.type === 'loop') {
        if (!(await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .loopStart */ .tS)(ctx, node, frame)))
            return { status: 'SUCCESS', output: [] };
        await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .loopIteration */ .wu)(ctx, node, frame, 0);
        return { status: 'SUCCESS', output: [0] };
    }
    const r = await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .fanOut */ .YO)(ctx, node, frame);
    if (r.kind === 'fail')
        return { status: 'FAIL', output: [] };
    let items;
    let keys;
    if (r.kind === 'skip') {
        // Retry: already succeeded. The orchestrator still gets the branches (their steps are skipped).
        const e = (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .expectedBranches */ .$B)(node, name, frame, await (0,_context_scope_js__WEBPACK_IMPORTED_MODULE_7__/* .readScope */ .hx)(ctx, frame));
        items = e.ok ? e.items : [];
        keys = e.ok ? e.branches.map((b) => b.key) : [];
    }
    else {
        items = r.items;
        keys = r.branches.map((b) => b.key);
    }
    if (node.type === 'map')
        return { status: 'SUCCESS', output: argo ? (items ?? []).map((i) => JSON.stringify(i)) : (items ?? []) };
    return { status: 'SUCCESS', output: keys };
}
async function maybeFanOutNext(ctx, opts, status, route, frame) {
    if (!opts.fanOutNext || status !== 'SUCCESS' || !route.stoppedAt)
        return;
    const next = route.stoppedAt;
    if (next.type !== 'parallel' && next.type !== 'map' && next.type !== 'conditional' && next.type !== 'loop')
        return;
    const { output } = await fanOutOutput(ctx, next, frame, opts.orchestrator === 'argo');
    await writeJson(ctx, opts.fanOutNext, output);
}
async function close(ctx) {
    await ctx.catalog.flush();
    await ctx.store.flush();
}
async function executeSingleNodeCommand(opts) {
    const { ctx, node, graph, frame } = await open(opts);
    if (node.type !== 'task' && node.type !== 'stub' && node.type !== 'success' && node.type !== 'fail') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`step '${opts.stepPath}' is a ${node.type}: use 'runnable fan ${opts.runId} ${opts.stepPath} out|in'`);
    }
    const argo = opts.orchestrator === 'argo';
    const max = node.type === 'task' ? node.max_attempts : 1;
    const status = await (0,_context_execute_single_node_js__WEBPACK_IMPORTED_MODULE_4__/* .executeLeaf */ ._)(ctx, node, frame, argo ? { attempts: 1, moreToCome: (opts.retryIndex ?? 0) + 1 < max } : {});
    const name = (0,_context_frames_js__WEBPACK_IMPORTED_MODULE_6__/* .stepPath */ .qu)(frame, node);
    if (status === 'PROCESSING') {
        // Argo will retry this step: no route, no status change.
        await close(ctx);
        return { runId: ctx.runId, step: name, status, exitCode: 1 };
    }
    let route = { reachedFail: node.type === 'fail' };
    if (opts.followInline !== false)
        route = await followInline(ctx, graph, node, status, frame);
    await maybeFanOutNext(ctx, opts, status, route, frame);
    await close(ctx);
    return { runId: ctx.runId, step: name, status, exitCode: status === 'FAIL' || route.reachedFail ? 1 : 0 };
}
async function fanCommand(opts) {
    const { ctx, node, graph, frame } = await open(opts);
    const name = (0,_context_frames_js__WEBPACK_IMPORTED_MODULE_6__/* .stepPath */ .qu)(frame, node);
    const argo = opts.orchestrator === 'argo';
    const outputFile = opts.outputFile ?? '/tmp/output.txt';
    if (node.type !== 'parallel' && node.type !== 'map' && node.type !== 'conditional' && node.type !== 'loop') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`step '${opts.stepPath}' is a ${node.type}, not a composite: use 'runnable execute-single-node'`);
    }
    if (opts.direction === 'out') {
        // Never follows a route: a failure at fan-out is recorded and routed by the composite's fan in.
        const { status, output } = await fanOutOutput(ctx, node, frame, argo);
        await writeJson(ctx, outputFile, output);
        await close(ctx);
        return { runId: ctx.runId, step: name, status, output, exitCode: argo || status === 'SUCCESS' ? 0 : 1 };
    }
    let status;
    let output;
    if (node.type === 'loop') {
        // The iteration that just ended is this loop's entry in loop_variable.
        const depth = frame.iter.loop_variable.length;
        const index = parseIter(opts.iterVariable).loop_variable?.[depth]?.value ?? 0;
        const decision = await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .loopAfterIteration */ .CV)(ctx, node, frame, index);
        if (decision.kind === 'continue') {
            await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .loopIteration */ .wu)(ctx, node, frame, index + 1);
            output = [index + 1];
            await writeJson(ctx, outputFile, output);
            await close(ctx);
            return { runId: ctx.runId, step: name, status: 'PROCESSING', output, exitCode: 0 };
        }
        status = await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .loopFinish */ .qA)(ctx, node, frame, index, decision);
        output = [];
        await writeJson(ctx, outputFile, output);
    }
    else {
        status = await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .fanIn */ .RI)(ctx, node, frame);
    }
    let route = { reachedFail: false };
    if (opts.followInline !== false)
        route = await followInline(ctx, graph, node, status, frame);
    if (node.type !== 'loop')
        await maybeFanOutNext(ctx, opts, status, route, frame);
    await close(ctx);
    return { runId: ctx.runId, step: name, status, output, exitCode: status === 'FAIL' || route.reachedFail ? 1 : 0 };
}


/***/ })

};
