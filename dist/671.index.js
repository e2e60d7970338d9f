export const id = 671;
export const ids = [671];
export const modules = {

/***/ 38671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileCommand: () => (/* binding */ compileCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _parameters_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75750);


async function compileCommand(opts) {
    const { pipeline, config, cwd, env } = opts.loaded;
    if (config.pipelineExecutor.type !== 'argo') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`compile needs a config with the argo executor (pipeline-executor: {type: argo, ...}); this one uses '${config.pipelineExecutor.type}'`);
    }
    const initial = opts.parametersFile ? await (0,_parameters_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadInitialParameters */ .jo)({ file: opts.parametersFile, cwd, env }) : undefined;
    const initialParameters = initial ? Object.fromEntries(Object.entries(initial).map(([k, p]) => [k, p.value])) : undefined;
    const { compileArgo } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(7), __webpack_require__.e(327), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 67900));
    const { parseArgoExecutorConfig } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(83)]).then(__webpack_require__.bind(__webpack_require__, 93083));
    const { manifest, yaml } = compileArgo(pipeline, config, {
        pipelineFile: opts.pipelineFile,
        configFile: opts.configFile,
        parametersFile: opts.parametersFile,
        initialParameters,
        logLevel: opts.logLevel,
        tag: opts.tag,
    });
    const configured = parseArgoExecutorConfig(config.pipelineExecutor.config).outputFile;
    const outputFile = opts.outputFile === '-' ? undefined : (opts.outputFile ?? configured ?? 'argo-pipeline.yaml');
    return { kind: String(manifest.kind ?? 'Workflow'), manifest: manifest, yaml, outputFile: outputFile ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23))).resolve(cwd, outputFile) : undefined };
}


/***/ })

};
