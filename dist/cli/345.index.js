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
/* harmony import */ var _context_execute_single_node_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9719);
/* harmony import */ var _context_fan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80670);
/* harmony import */ var _context_frames_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30589);
/* harmony import */ var _context_scope_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(40139);
/* harmony import */ var _context_setup_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71393);
/**
 * The orchestrator protocol (semantics §12): `execute-single-node` runs one leaf of a run, `fan … out|in`
 * opens or closes one composite. An orchestrator (Argo) calls these in its pods; nothing but the run id,
 * the step path and the iteration variables travel between them — all state is in the run log store.
 *
 * After its node, each call follows the route inline through stubs and terminal nodes (a stub always
 * succeeds; `success`/`fail` only set a status), so a compiled workflow needs no pod for them: the step
 * whose `next` is `success` marks its branch SUCCESS itself, as runnable does for `fail`.
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
    const loaded = await (0,_context_setup_run_js__WEBPACK_IMPORTED_MODULE_7__.loadInputs)(opts);
    const ctx = await (0,_context_setup_run_js__WEBPACK_IMPORTED_MODULE_7__/* .setupRun */ .f)(opts, 'attach', loaded);
    const located = (0,_context_frames_js__WEBPACK_IMPORTED_MODULE_6__/* .locate */ .x5)(ctx.pipeline, (0,_pipeline_internal_names_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeStepPath */ .Wh)(opts.stepPath), parseIter(opts.iterVariable));
    return { ctx, ...located };
}
/** Follows the route from `node` (which ended with `status`) through stubs and terminals, running them. */
async function followInline(ctx, graph, node, status, frame) {
    let current = node;
    let st = status;
    for (;;) {
        if (current.type === 'success' || current.type === 'fail')
            return;
        const target = graph.nodes[st === 'SUCCESS' ? current.next : (current.on_failure ?? 'fail')];
        if (!target || (target.type !== 'stub' && target.type !== 'success' && target.type !== 'fail'))
            return;
        st = await (0,_context_execute_single_node_js__WEBPACK_IMPORTED_MODULE_4__/* .executeLeaf */ ._)(ctx, target, frame);
        current = target;
    }
}
async function executeSingleNodeCommand(opts) {
    const { ctx, node, graph, frame } = await open(opts);
    if (node.type !== 'task' && node.type !== 'stub' && node.type !== 'success' && node.type !== 'fail') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`step '${opts.stepPath}' is a ${node.type}: use 'runnable fan ${opts.runId} ${opts.stepPath} out|in'`);
    }
    const status = await (0,_context_execute_single_node_js__WEBPACK_IMPORTED_MODULE_4__/* .executeLeaf */ ._)(ctx, node, frame);
    if (opts.followInline !== false)
        await followInline(ctx, graph, node, status, frame);
    await ctx.catalog.flush();
    await ctx.store.flush();
    return { runId: ctx.runId, step: (0,_context_frames_js__WEBPACK_IMPORTED_MODULE_6__/* .stepPath */ .qu)(frame, node), status };
}
/**
 * `fan out` writes, for a map, the JSON list of items (each keeping its JSON type); for a conditional or a
 * parallel, the JSON list of branch keys to run. For a loop, `fan out` with loop_variable [..., {value: i}]
 * opens iteration i and `fan in` for iteration i writes `{"continue": true|false}` and closes the loop when
 * it is done (see src/argo/compile.ts for how the workflow uses it).
 */
async function fanCommand(opts) {
    const { ctx, node, graph, frame } = await open(opts);
    const name = (0,_context_frames_js__WEBPACK_IMPORTED_MODULE_6__/* .stepPath */ .qu)(frame, node);
    const write = async (value) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, opts.outputFile ?? '/tmp/output.txt');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(value));
    };
    let status = 'SUCCESS';
    let output;
    // Whether the composite reached its end in this call (a loop's fan-in may ask for another iteration).
    let finished = opts.direction === 'in';
    if (node.type === 'parallel' || node.type === 'map' || node.type === 'conditional') {
        if (opts.direction === 'out') {
            const r = await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .fanOut */ .YO)(ctx, node, frame);
            if (r.kind === 'fail') {
                status = 'FAIL';
                finished = true;
            }
            if (r.kind === 'skip') {
                // Retry: already succeeded. Still tell the orchestrator what the branches were.
                const e = (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .expectedBranches */ .$B)(node, name, frame, await (0,_context_scope_js__WEBPACK_IMPORTED_MODULE_8__/* .readScope */ .hx)(ctx, frame.branch));
                output = e.ok ? (node.type === 'map' ? e.items : e.branches.map((b) => b.key)) : [];
            }
            else if (r.kind === 'run') {
                output = node.type === 'map' ? r.items : r.branches.map((b) => b.key);
            }
            else {
                output = [];
            }
            await write(output);
        }
        else {
            status = await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .fanIn */ .RI)(ctx, node, frame);
        }
    }
    else if (node.type === 'loop') {
        // The iteration index is the innermost loop_variable the caller passed for this loop (0 when absent).
        const parsed = parseIter(opts.iterVariable);
        const depth = frame.iter.loop_variable.length;
        const index = parsed.loop_variable?.[depth]?.value ?? 0;
        if (opts.direction === 'out') {
            if (index === 0 && !(await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .loopStart */ .tS)(ctx, node, frame))) {
                output = { run: false };
            }
            else {
                await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .loopIteration */ .wu)(ctx, node, frame, index);
                output = { run: true, index };
            }
            await write(output);
        }
        else {
            const decision = await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .loopAfterIteration */ .CV)(ctx, node, frame, index);
            if (decision.kind === 'continue') {
                output = { continue: true, next: index + 1 };
                finished = false;
            }
            else {
                status = await (0,_context_fan_js__WEBPACK_IMPORTED_MODULE_5__/* .loopFinish */ .qA)(ctx, node, frame, index, decision);
                output = { continue: false };
            }
            await write(output);
        }
    }
    else {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`step '${opts.stepPath}' is a ${node.type}, not a composite: use 'runnable execute-single-node'`);
    }
    if (finished && opts.followInline !== false)
        await followInline(ctx, graph, node, status, frame);
    await ctx.catalog.flush();
    await ctx.store.flush();
    return { runId: ctx.runId, step: name, status, output };
}


/***/ })

};
