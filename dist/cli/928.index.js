export const id = 928;
export const ids = [928,844];
export const modules = {

/***/ 56844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeCommand: () => (/* binding */ executeCommand)
});

// UNUSED EXPORTS: runToEnd

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/runlog/document.ts
var runlog_document = __webpack_require__(77596);
;// CONCATENATED MODULE: ./src/context/finalize.ts
/**
 * The end of a run, whatever happened: every step and branch still PROCESSING (cancelled, or the traversal
 * crashed) is marked FAIL with the reason, the run's status is settled, and the stores are flushed — so the
 * run log is consistent and `retry` can pick the run up (semantics §19 c).
 */

/** Marks FAIL, bottom-up, what `rule` picks among `steps` and their branches; returns whether anything was. */
async function failWhere(ctx, steps, parentBranch, rule) {
    let any = false;
    for (const step of Object.values(steps)) {
        let below = false;
        for (const branch of Object.values(step.branches)) {
            const inside = await failWhere(ctx, branch.steps, branch.internal_name, rule);
            if (!rule.branch(branch, inside))
                continue;
            below = true;
            await ctx.store.putBranch(ctx.runId, { internal_name: branch.internal_name, status: 'FAIL', parameters: branch.parameters }, step.internal_name);
        }
        const { branches: _b, ...record } = step;
        const failed = rule.step(record, below);
        if (!failed)
            continue;
        any = true;
        await ctx.store.putStep(ctx.runId, { ...failed, status: 'FAIL' }, parentBranch);
    }
    return any;
}
const unsettled = (status) => status === 'PROCESSING' || status === 'CREATED';
/** Interrupted: whatever is still running becomes FAIL with the reason. */
const sweepRule = (reason) => ({
    step: (s) => (unsettled(s.status) ? { ...s, message: reason } : undefined),
    branch: (b) => unsettled(b.status),
});
/**
 * Steps whose catalog files could not be stored, and every branch and composite around them: their attempt
 * did not really succeed (a put that fails at once fails the attempt the same way), and retry must run them
 * again rather than skip them.
 */
const unstoredRule = (lost, reason) => ({
    step(s, below) {
        if (!lost.has(s.internal_name))
            return below ? { ...s, message: 'a step inside could not store its catalog files' } : undefined;
        const last = s.attempts.at(-1);
        return { ...s, message: reason, attempts: last ? [...s.attempts.slice(0, -1), { ...last, status: 'FAIL', message: reason }] : s.attempts };
    },
    branch: (_b, below) => below,
});
/**
 * Settles the run. `interrupted` is the reason when the traversal did not finish normally (cancellation,
 * crash); then anything left PROCESSING becomes FAIL.
 */
async function finalizeRun(ctx, traversalStatus, interrupted) {
    try {
        return await settle(ctx, traversalStatus, interrupted);
    }
    finally {
        await ctx.store.releaseRun?.(ctx.runId);
    }
}
async function settle(ctx, traversalStatus, interrupted) {
    if (interrupted) {
        const log = await ctx.store.getRunLog(ctx.runId);
        await failWhere(ctx, log.steps, '', sweepRule(interrupted));
    }
    await ctx.store.updateRunHeader(ctx.runId, (h) => {
        if (interrupted)
            return { ...h, status: 'FAIL' };
        // A terminal node set the status; only if the traversal stopped short (it cannot, barring bugs) settle it here.
        if (h.status === 'PROCESSING' || h.status === 'CREATED')
            return { ...h, status: traversalStatus };
        return h;
    });
    // Remote catalogs upload in the background: what could not be stored fails its step, and the run.
    const [flushed] = await Promise.allSettled([ctx.catalog.flush()]);
    const lost = new Set(ctx.catalog.unstored?.(ctx.runId) ?? []);
    if (lost.size) {
        // Not the service's own text: it may echo a credential, and run logs are shared.
        const err = flushed?.status === 'rejected' ? flushed.reason : undefined;
        const why = err?.service ? ` (${String(err.service)}${err.status ? ` answered ${String(err.status)}` : ' failed'}; see the job log)` : '';
        if (await failWhere(ctx, (await ctx.store.getRunLog(ctx.runId)).steps, '', unstoredRule(lost, `catalog put failed: its files could not be stored${why}`))) {
            await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status: 'FAIL' }));
        }
    }
    await ctx.store.flush();
    if (ctx.resultRunLog === 'header')
        return (0,runlog_document/* runLogOf */.dG)(await ctx.store.getRunHeader(ctx.runId), {}, await ctx.store.getRunConfig(ctx.runId));
    return ctx.store.getRunLog(ctx.runId);
}

// EXTERNAL MODULE: ./src/context/frames.ts
var context_frames = __webpack_require__(30589);
// EXTERNAL MODULE: ./src/context/setup-run.ts + 10 modules
var setup_run = __webpack_require__(78142);
// EXTERNAL MODULE: ./src/context/execute-single-node.ts + 6 modules
var execute_single_node = __webpack_require__(5334);
// EXTERNAL MODULE: ./src/context/fan.ts
var fan = __webpack_require__(80670);
// EXTERNAL MODULE: ./src/context/limiter.ts
var limiter = __webpack_require__(59887);
;// CONCATENATED MODULE: ./src/traversal/local.ts




/** Runs a graph from its start to a terminal node; returns the graph's final status. */
async function traverseGraph(ctx, graph, frame) {
    let node = graph.nodes[graph.start_at];
    while (node) {
        if (ctx.signal.aborted)
            return 'FAIL';
        const status = await executeNode(ctx, node, frame);
        if (node.type === 'success')
            return 'SUCCESS';
        if (node.type === 'fail')
            return 'FAIL';
        const target = status === 'SUCCESS' ? node.next : (node.on_failure ?? 'fail');
        node = graph.nodes[target];
    }
    return 'FAIL';
}
async function executeNode(ctx, node, frame) {
    switch (node.type) {
        case 'task':
        case 'stub':
        case 'success':
        case 'fail':
            return (0,execute_single_node/* executeLeaf */._)(ctx, node, frame);
        case 'loop':
            return executeLoop(ctx, node, frame);
        default:
            return executeComposite(ctx, node, frame);
    }
}
async function runBranch(ctx, b) {
    if (ctx.isRetry) {
        const existing = await ctx.store.getBranch(ctx.runId, b.frame.branch);
        if (existing?.status === 'SUCCESS')
            return 'SUCCESS';
    }
    return traverseGraph(ctx, b.graph, b.frame);
}
async function executeComposite(ctx, node, frame) {
    const out = await (0,fan/* fanOut */.YO)(ctx, node, frame);
    if (out.kind === 'skip')
        return 'SUCCESS';
    if (out.kind === 'fail')
        return 'FAIL';
    const name = (0,context_frames/* stepPath */.qu)(frame, node);
    const total = out.branches.length;
    let done = 0;
    let failed = 0;
    await (0,limiter/* mapConcurrent */._)(out.branches, ctx.branchConcurrency, async (b) => {
        if (ctx.signal.aborted)
            return;
        const status = await runBranch(ctx, b);
        done++;
        if (status !== 'SUCCESS')
            failed++;
        if (node.type === 'map')
            ctx.reporter.branchProgress?.({ step: name, done, total, failed });
    });
    if (ctx.signal.aborted)
        return 'FAIL';
    return (0,fan/* fanIn */.RI)(ctx, node, frame);
}
async function executeLoop(ctx, node, frame) {
    if (!(await (0,fan/* loopStart */.tS)(ctx, node, frame)))
        return 'SUCCESS';
    for (let i = 0;; i++) {
        const b = await (0,fan/* loopIteration */.wu)(ctx, node, frame, i);
        await runBranch(ctx, b);
        if (ctx.signal.aborted)
            return 'FAIL';
        const decision = await (0,fan/* loopAfterIteration */.CV)(ctx, node, frame, i);
        if (decision.kind === 'done')
            return (0,fan/* loopFinish */.qA)(ctx, node, frame, i, decision);
    }
}

;// CONCATENATED MODULE: ./src/commands/execute.ts
/**
 * `runnable execute`: run a pipeline to the end in this process (executors `local` and `mocked`).
 * Returns the final run log; never prints or exits (the edges do).
 */






/** Runs the traversal; on cancellation or a crash the run log is still settled and flushed. */
async function runToEnd(ctx) {
    const t0 = external_node_perf_hooks_.performance.now();
    ctx.reporter.runStarted?.({ runId: ctx.runId, pipeline: ctx.pipeline, retry: ctx.isRetry });
    let status = 'FAIL';
    let interrupted;
    try {
        status = await traverseGraph(ctx, ctx.pipeline.dag, context_frames/* ROOT_FRAME */.F9);
        if (ctx.signal.aborted)
            interrupted = `cancelled: ${String(ctx.signal.reason ?? 'aborted')}`;
    }
    catch (err) {
        interrupted = `runner crashed: ${err instanceof Error ? err.message : String(err)}`;
        await finalizeRun(ctx, 'FAIL', interrupted).catch(() => undefined);
        throw err;
    }
    const runLog = await finalizeRun(ctx, status, interrupted);
    ctx.reporter.runFinished?.({ runId: ctx.runId, status: runLog.status });
    return {
        runId: ctx.runId,
        status: runLog.status,
        runLog,
        config: ctx.config,
        pipeline: ctx.pipeline,
        runLogLocation: ctx.store.describe(),
        durationMs: external_node_perf_hooks_.performance.now() - t0,
    };
}
async function executeCommand(opts, loaded, mode = 'new') {
    const inputs = loaded ?? (await (0,setup_run.loadInputs)(opts));
    if (inputs.config.pipelineExecutor.type === 'argo') {
        throw new errors/* UsageError */.eb("the argo executor does not run pipelines in this process: use 'runnable compile' or 'runnable submit'");
    }
    const ctx = await (0,setup_run/* setupRun */.f)(opts, mode, inputs);
    return runToEnd(ctx);
}


/***/ }),

/***/ 17928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retryCommand: () => (/* binding */ retryCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41230);
/* harmony import */ var _runlog_factory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24207);
/* harmony import */ var _context_setup_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78142);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56844);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/**
 * `runnable retry RUN_ID`: re-run a failed run in place (semantics §13.3, §19 i): same run id, same
 * pipeline structure (dag hash), original parameters; steps whose last attempt succeeded are skipped and
 * the others get a new attempt. Works for YAML and SDK pipelines. Without -f the pipeline file recorded in
 * the run log is used.
 */






async function retryCommand(opts) {
    if (!opts.runId)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('retry needs the run id of the run to retry');
    let pipelineFile = opts.pipelineFile;
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_5___default().resolve(opts.cwd ?? process.cwd());
    const env = opts.env ?? process.env;
    if (!pipelineFile && !opts.pipeline) {
        const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({ file: opts.configFile, cwd, env });
        const store = (0,_runlog_factory_js__WEBPACK_IMPORTED_MODULE_2__/* .createRunLogStore */ .j7)(config.runLogStore, cwd);
        const runConfig = await store.getRunConfig(opts.runId);
        pipelineFile = typeof runConfig.pipeline_definition_file === 'string' ? runConfig.pipeline_definition_file : undefined;
        if (!pipelineFile)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`run '${opts.runId}' has no pipeline file recorded: pass -f/--file`);
    }
    const retryEnv = { ...env, RUNNABLE_RETRY_RUN_ID: opts.runId, RUNNABLE_RETRY_INDICATOR: env.RUNNABLE_RETRY_INDICATOR || 'retry' };
    const o = { ...opts, pipelineFile, env: retryEnv, cwd };
    return (0,_execute_js__WEBPACK_IMPORTED_MODULE_4__.executeCommand)(o, await (0,_context_setup_run_js__WEBPACK_IMPORTED_MODULE_3__.loadInputs)(o), 'retry');
}


/***/ })

};
