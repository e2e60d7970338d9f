export const id = 928;
export const ids = [928];
export const modules = {

/***/ 17928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retryCommand: () => (/* binding */ retryCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41230);
/* harmony import */ var _runlog_factory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24207);
/* harmony import */ var _context_setup_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83191);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98572);
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
