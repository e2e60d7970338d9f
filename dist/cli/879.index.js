export const id = 879;
export const ids = [879];
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
/* harmony import */ var _runlog_factory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13447);
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


/***/ })

};
