export const id = 41;
export const ids = [41];
export const modules = {

/***/ 25879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadRunLog: () => (/* binding */ loadRunLog),
/* harmony export */   renderTimeline: () => (/* binding */ renderTimeline)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41230);
/* harmony import */ var _runlog_factory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24207);
/**
 * `runnable timeline RUN_ID|run-log.json`: a readable console view of a finished run — each step with its
 * start offset, duration, attempts and status, branches indented, and a bar on a shared time axis.
 */





async function loadRunLog(opts) {
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.cwd ?? process.cwd());
    if (opts.target.endsWith('.json')) {
        try {
            return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, opts.target), 'utf8'));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFileError */ .TH(opts.target, err instanceof Error ? err.message : String(err));
        }
    }
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)({ file: opts.configFile, cwd, env: opts.env ?? process.env });
    return (0,_runlog_factory_js__WEBPACK_IMPORTED_MODULE_4__/* .createRunLogStore */ .j7)(config.runLogStore, cwd).getRunLog(opts.target);
}
function collect(steps, depth, rows) {
    for (const s of Object.values(steps)) {
        const times = s.attempts.flatMap((a) => [Date.parse(a.start_time), Date.parse(a.end_time)]).filter((t) => !Number.isNaN(t));
        const row = { depth, name: depth ? s.internal_name.split('.').slice(-1)[0] : s.name, type: s.step_type, status: s.status, attempts: s.attempts.length };
        if (times.length) {
            row.start = Math.min(...times);
            row.end = Math.max(...times);
        }
        rows.push(row);
        for (const [bname, b] of Object.entries(s.branches)) {
            rows.push({ depth: depth + 1, name: `[${bname.split('.').slice(-1)[0]}]`, type: 'branch', status: b.status, attempts: 0 });
            collect(b.steps, depth + 2, rows);
        }
        // A composite spans its branches.
        if (row.start === undefined) {
            const inner = rows.slice(rows.indexOf(row) + 1).filter((r) => r.start !== undefined);
            if (inner.length) {
                row.start = Math.min(...inner.map((r) => r.start));
                row.end = Math.max(...inner.map((r) => r.end));
            }
        }
    }
}
function renderTimeline(log, width = 40) {
    const rows = [];
    collect(log.steps, 0, rows);
    const timed = rows.filter((r) => r.start !== undefined);
    const t0 = timed.length ? Math.min(...timed.map((r) => r.start)) : 0;
    const t1 = timed.length ? Math.max(...timed.map((r) => r.end)) : 0;
    const span = Math.max(1, t1 - t0);
    const nameWidth = Math.min(48, Math.max(10, ...rows.map((r) => r.depth * 2 + r.name.length)));
    const out = [`run ${log.run_id}  status ${log.status}  ${((t1 - t0) / 1000).toFixed(3)} s`, ''];
    out.push(`${'step'.padEnd(nameWidth)}  ${'type'.padEnd(11)} ${'status'.padEnd(10)} att  ${'start'.padStart(8)} ${'dur'.padStart(8)}  timeline`);
    for (const r of rows.slice(0, 500)) {
        const name = ('  '.repeat(r.depth) + r.name).slice(0, nameWidth).padEnd(nameWidth);
        let bar = '';
        let start = '';
        let dur = '';
        if (r.start !== undefined) {
            const a = Math.floor(((r.start - t0) / span) * width);
            const b = Math.max(a + 1, Math.ceil(((r.end - t0) / span) * width));
            bar = ' '.repeat(a) + (r.status === 'FAIL' ? 'x' : '█').repeat(b - a);
            start = `${((r.start - t0) / 1000).toFixed(3)}s`;
            dur = `${((r.end - r.start) / 1000).toFixed(3)}s`;
        }
        out.push(`${name}  ${r.type.padEnd(11)} ${r.status.padEnd(10)} ${String(r.attempts || '').padStart(3)}  ${start.padStart(8)} ${dur.padStart(8)}  ${bar}`);
    }
    if (rows.length > 500)
        out.push(`… ${rows.length - 500} more rows`);
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 16659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ shallowGraphSchema),
/* harmony export */   as: () => (/* binding */ COMMAND_TYPES),
/* harmony export */   jM: () => (/* binding */ NODE_TYPES),
/* harmony export */   jk: () => (/* binding */ nodeSchemas),
/* harmony export */   s: () => (/* binding */ ALPHANUMERIC),
/* harmony export */   sn: () => (/* binding */ returnSchema)
/* harmony export */ });
/* unused harmony exports RETURN_KINDS, IDENTIFIER, catalogSchema, taskFields, taskNodeSchema, stubNodeSchema, successNodeSchema, failNodeSchema, compositeSchemas, pipelineFileSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * zod schemas of the pipeline YAML (runnable semantics §3), one per node type. The same definitions give
 * the validation (with shallow branches: the parser recurses into graphs itself, to build internal names
 * and positions) and the editor JSON Schema (deep, recursive; see json-schema.ts).
 */

const NODE_TYPES = ['task', 'stub', 'parallel', 'map', 'conditional', 'loop', 'success', 'fail'];
const COMMAND_TYPES = ['python', 'shell', 'notebook', 'node', 'async-python'];
const RETURN_KINDS = ['json', 'metric', 'object'];
/** Conditional parameter names and branch keys (runnable's SDK enforces it; semantics §3.9). */
const ALPHANUMERIC = /^[A-Za-z0-9_]+$/;
/** Names injected as variables into tasks: map `iterate_as`, loop `index_as`. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const nonEmpty = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
const returnSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    name: nonEmpty().describe('Name of the returned value (a parameter of the pipeline once returned)'),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RETURN_KINDS).default('json').describe('json (default), metric, or object (pickled; not for shell)'),
})
    .describe('A value the task returns');
/** A catalog glob: relative, and never climbing out of the working directory (checked again at run time). */
const catalogGlob = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine((g) => g.length > 0 && !g.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(g) && !g.split(/[\\/]/).includes('..'), {
    message: "a catalog glob must be a relative path inside the working directory (no leading '/', no '..')",
});
const catalogSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    get: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(catalogGlob).default([]).describe('Globs to copy from the catalog into the working directory before the task'),
    put: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(catalogGlob).default([]).describe('Globs to copy into the catalog after the task'),
    store_copy: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('Store a copy (true) or only record the hash (false)'),
})
    .describe('Files moved through the catalog');
/** The fields of a task that belong to the task itself (what a mocked patch may replace). */
const taskFields = {
    command_type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(COMMAND_TYPES).default('python').describe('How `command` runs; default python'),
    command: nonEmpty().describe('python/async-python: dotted path pkg.module.function; shell: script; notebook: path to an .ipynb; node: path/to/module.js:exportName'),
    returns: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(returnSchema).default([]).describe('Values the task returns, as {name, kind} mappings'),
    secrets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty()).default([]).describe('Secret names exposed to the task as environment variables'),
    optional_ploomber_args: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).optional().describe('notebook only: extra arguments for the notebook engine'),
    stream_end_type: nonEmpty().optional().describe('async-python only: event type carrying the return values; default "done"'),
};
const nodeCommon = {
    next: nonEmpty().describe('The step that runs after this one (success / fail for the terminals)'),
    on_failure: nonEmpty().optional().describe("The step to go to when this one fails; default the graph's fail"),
    overrides: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional().describe('{<executor type>: <key into that executor config.overrides>}'),
};
const taskNodeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('task'),
    ...taskFields,
    catalog: catalogSchema.optional(),
    max_attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).default(1).describe('Attempts before the step fails (honoured, unlike runnable)'),
    timeout_seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional().describe('Per-attempt timeout in seconds'),
    ...nodeCommon,
})
    .describe('A task: runs a python function, shell script, notebook or node module');
const stubNodeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('stub'), ...nodeCommon })
    .describe('A no-op that always succeeds; extra keys are accepted and ignored');
const successNodeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('success') }).describe('Terminal success node (added automatically)');
const failNodeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('fail') }).describe('Terminal fail node (added automatically)');
function refineNonEmpty(s, what) {
    return s.refine((r) => Object.keys(r).length > 0, { message: `expected at least one ${what}` });
}
/** Schemas of the composite nodes, given the schema used for their graphs. */
function compositeSchemas(graph) {
    const parallel = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('parallel'),
        get branches() {
            return refineNonEmpty(zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), graph()), 'branch').describe('Branches run in parallel, each a graph');
        },
        ...nodeCommon,
    })
        .describe('Runs every branch');
    const map = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('map'),
        iterate_on: nonEmpty().describe('Name of a list parameter'),
        iterate_as: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(IDENTIFIER, 'must be an identifier (letters, digits, underscores; not starting with a digit)').describe('Name each item reaches the branch under'),
        reducer: nonEmpty().optional().describe('Python lambda source or dotted path reducing each returned name over items'),
        get branch() {
            return graph();
        },
        ...nodeCommon,
    })
        .describe('Runs the branch once per item of a list parameter');
    const conditional = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('conditional'),
        parameter: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(ALPHANUMERIC, 'must be alphanumeric (letters, digits, underscores)').describe('Parameter whose value picks the branch'),
        get branches() {
            return refineNonEmpty(zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), graph()), 'branch').describe('Branches keyed by the value that selects them');
        },
        get default() {
            return graph().optional().describe('Runs when no branch key matches');
        },
        ...nodeCommon,
    })
        .describe('Runs the branch whose key matches the parameter');
    const loop = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('loop'),
        get branch() {
            return graph();
        },
        max_iterations: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).describe('Safety limit on iterations'),
        break_on: nonEmpty().describe('Boolean parameter; the loop exits when it is true'),
        index_as: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(IDENTIFIER, 'must be an identifier (letters, digits, underscores; not starting with a digit)').describe('Name of the 0-based iteration index'),
        ...nodeCommon,
    })
        .describe('Runs the branch repeatedly until break_on is true or max_iterations');
    return { parallel, map, conditional, loop };
}
/** A graph with its steps left unchecked (the parser validates steps one by one). */
const shallowGraphSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    start_at: nonEmpty(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    steps: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()),
});
const shallowComposites = compositeSchemas(() => zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J());
/** The per-type schemas the parser validates each step with (branches unchecked: parsed recursively). */
const nodeSchemas = {
    task: taskNodeSchema,
    stub: stubNodeSchema,
    success: successNodeSchema,
    fail: failNodeSchema,
    ...shallowComposites,
};
/**
 * The full, recursive schema of a pipeline file, for the editor JSON Schema only (the parser validates one
 * step at a time with `nodeSchemas`). Built on first use: every CLI start would otherwise pay for it.
 */
let deepSchema;
function pipelineFileSchema() {
    if (deepSchema)
        return deepSchema;
    const graphSchema = z
        .strictObject({
        start_at: nonEmpty().describe('The first step'),
        description: z.string().optional(),
        get steps() {
            return z.record(z.string(), stepSchema).describe('Steps keyed by name (no "." or "%")');
        },
    })
        .meta({ id: 'graph', description: 'A graph: the dag or a branch' });
    const deepComposites = compositeSchemas(() => graphSchema);
    const stepSchema = z.discriminatedUnion('type', [
        taskNodeSchema,
        stubNodeSchema,
        deepComposites.parallel,
        deepComposites.map,
        deepComposites.conditional,
        deepComposites.loop,
        successNodeSchema,
        failNodeSchema,
    ]);
    /** A pipeline file: `dag:` plus any other top-level keys (ignored; people park YAML anchors there). */
    deepSchema = z.looseObject({ dag: graphSchema }).describe('A runnable pipeline definition');
    return deepSchema;
}


/***/ })

};
