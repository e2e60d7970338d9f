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


/***/ }),

/***/ 75750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jo: () => (/* binding */ loadInitialParameters)
/* harmony export */ });
/* unused harmony exports decodeOverride, parameterOverrides, parseParametersText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8961);
/* harmony import */ var _pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25736);
/* harmony import */ var _pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30362);
/* harmony import */ var _runlog_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55992);
/**
 * Initial parameters (runnable semantics §5.1): the parameters file (a YAML mapping; each top-level key a
 * json parameter; `RUNNABLE_PARAMETERS_FILE` replaces the path given), then `extra` (e.g. workflow_dispatch
 * inputs), then `RUNNABLE_PRM_<name>` overrides (name lower-cased, value JSON-decoded when possible, else
 * the string).
 */





/** Decodes an override: JSON when it parses, otherwise the string itself. */
function decodeOverride(value) {
    try {
        return JSON.parse(value);
    }
    catch {
        return value;
    }
}
/** `RUNNABLE_PRM_<name>` variables: name (lower-cased) → decoded value. */
function parameterOverrides(env) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (!k.startsWith('RUNNABLE_PRM_') || v === undefined)
            continue;
        const name = k.slice('RUNNABLE_PRM_'.length).toLowerCase();
        if (name)
            (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(out, name, decodeOverride(v));
    }
    return out;
}
/** Finds values YAML can hold but JSON cannot (.inf, .nan), iteratively. */
function nonJsonIssues(doc, value) {
    const issues = [];
    const stack = [[value, []]];
    while (stack.length) {
        const [v, path] = stack.pop();
        if (typeof v === 'number' && !Number.isFinite(v))
            issues.push((0,_pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .issueAt */ .NC)(doc, path, 'value', `${v} is not a JSON number; parameters must be JSON values`));
        else if (Array.isArray(v))
            v.forEach((x, i) => stack.push([x, [...path, i]]));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                stack.push([x, [...path, k]]);
    }
    return issues;
}
/** Parses parameters YAML text: a mapping (or an empty file) → name → value. Throws ValidationError. */
function parseParametersText(text, file) {
    const doc = (0,_pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .loadYamlText */ .HF)(text, file);
    const issues = [...doc.issues];
    const value = doc.value;
    let out = {};
    if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        issues.push((0,_pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .issueAt */ .NC)(doc, [], 'value', `expected a mapping of parameter names to values, got ${(0,_pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .show */ .WU)(value)}`));
    }
    else if (value) {
        out = value;
        issues.push(...nonJsonIssues(doc, out));
    }
    if (issues.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI((0,_pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .sortIssues */ .V)(issues), file);
    return out;
}
/** The initial parameters of a run (see the module comment). Throws InputFileError / ValidationError. */
async function loadInitialParameters(opts) {
    const file = opts.env.RUNNABLE_PARAMETERS_FILE || opts.file || undefined;
    const values = {};
    if (file) {
        const text = await (0,_pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readSourceFile */ .uj)(file, file, opts.cwd);
        for (const [k, v] of Object.entries(parseParametersText(text, file)))
            (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(values, k, v);
    }
    for (const [k, v] of Object.entries(opts.extra ?? {}))
        (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(values, k, v);
    for (const [k, v] of Object.entries(parameterOverrides(opts.env)))
        (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(values, k, v);
    const params = {};
    for (const [k, v] of Object.entries(values))
        (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(params, k, (0,_runlog_model_js__WEBPACK_IMPORTED_MODULE_4__/* .makeParameter */ .mL)('json', v));
    return params;
}


/***/ }),

/***/ 55992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ir: () => (/* binding */ newStepRecord),
/* harmony export */   kF: () => (/* binding */ nowIso),
/* harmony export */   mL: () => (/* binding */ makeParameter)
/* harmony export */ });
/* unused harmony export describeValue */
/**
 * The run log, in runnable's JSON shape (semantics §8). Field names are runnable's (snake_case) so a run
 * log written here can be read by anyone who knows runnable's. Times are ISO-8601 UTC (§19 h).
 */
/** runnable's `description`: the value, or for strings longer than 10 characters the first 10 + `...`. */
function describeValue(value) {
    if (typeof value === 'string' && value.length > 10)
        return value.slice(0, 10) + '...';
    return value;
}
function makeParameter(kind, value) {
    return { kind, value, description: describeValue(value) };
}
/** ISO-8601 UTC with milliseconds, e.g. `2026-11-24T17:28:01.241Z`. */
function nowIso() {
    return new Date().toISOString();
}
function newStepRecord(name, internalName, stepType) {
    return {
        name,
        internal_name: internalName,
        status: 'CREATED',
        step_type: stepType,
        message: '',
        mock: false,
        attempts: [],
        data_catalog: [],
    };
}


/***/ })

};
