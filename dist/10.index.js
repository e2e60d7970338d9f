export const id = 10;
export const ids = [10];
export const modules = {

/***/ 30010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _context_load_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81567);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41230);
/* harmony import */ var _parameters_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75750);
/**
 * `runnable validate`: pipeline, config and parameters file checked together; every problem returned with
 * its file, line and column (the PR check turns each into an annotation).
 */





async function validateCommand(opts) {
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(opts.cwd ?? process.cwd());
    const env = opts.env ?? process.env;
    const issues = [];
    const collect = (err, file) => {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ValidationError */ .yI)
            issues.push(...err.issues);
        else if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputFileError */ .TH)
            issues.push({ file: err.file, path: '', message: err.message });
        else
            throw err;
        void file;
    };
    let pipeline;
    let config;
    try {
        pipeline = await (0,_context_load_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPipeline */ .B)(cwd, opts.pipelineFile);
    }
    catch (err) {
        collect(err, opts.pipelineFile);
    }
    try {
        config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)({ file: opts.configFile, cwd, env });
    }
    catch (err) {
        collect(err, opts.configFile ?? '');
    }
    if (opts.parametersFile) {
        try {
            await (0,_parameters_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadInitialParameters */ .jo)({ file: opts.parametersFile, cwd, env });
        }
        catch (err) {
            collect(err, opts.parametersFile);
        }
    }
    return { ok: issues.length === 0, issues, pipeline, config };
}


/***/ })

};
