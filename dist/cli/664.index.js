export const id = 664;
export const ids = [664];
export const modules = {

/***/ 28664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportError: () => (/* binding */ reportError),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
;// CONCATENATED MODULE: ./src/heap-tuning.ts
/**
 * V8 tuning for our own processes: the CLI and the Action call it, the library never does (it changes
 * process-wide settings). A large map is a stream of short-lived records and child-process handles: the live
 * heap stays small (≈ 25 MB at 10,000 items) but by default V8 keeps growing the young generation (up to two
 * 16 MB semi-spaces) and lets garbage pile up in the old space before its first full collections, so peak RSS
 * reached 365 MB — and every fork copies the page tables of that bigger process. When a map of ≥ 1,000 items
 * starts we freeze the young generation at its size and run a full collection now and then while its items
 * finish. The fan-out announces the map's size before it writes the branch records, so this starts before
 * that burst of allocation. Measured on a 10,000-item map of shell steps: peak RSS 365 → 140 MB, wall
 * 18.6 → 16.8 s; node functions 271 → 140 MB at the same speed (bench/README.md). Small runs are untouched
 * (these settings would cost them 2–4 %).
 */


const LARGE_MAP = 1000;
/**
 * A forced collection after every 250 finished items, but not more often than every 250 ms: a shell item
 * takes ≈ 1.6 ms, so about one per 0.4 s (each ≈ 10–15 ms, repaid by cheaper forks); node-function items
 * take ≈ 0.08 ms, so the time bound keeps them from paying for a collection every 20 ms.
 */
const COLLECT_ITEMS = 250;
const COLLECT_MS = 250;
let tuned = false;
let collect;
let last = { done: 0, at: 0 };
/** Call with a map's item count and how many have finished (the reporters' `branchProgress`). */
function tuneHeapForLargeMap(items, done = 0) {
    if (!tuned) {
        if (items < LARGE_MAP)
            return;
        tuned = true;
        external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
        try {
            // `gc` is installed in contexts created after the flag: take it from a fresh one, leave ours alone.
            external_node_v8_default().setFlagsFromString('--expose-gc');
            collect = external_node_vm_default().runInNewContext('gc');
        }
        catch {
            collect = undefined;
        }
        last = { done, at: performance.now() };
    }
    if (!collect)
        return;
    if (done < last.done)
        last = { done: 0, at: last.at }; // the next map
    const now = performance.now();
    if (done - last.done >= COLLECT_ITEMS && now - last.at >= COLLECT_MS) {
        collect();
        last = { done, at: performance.now() };
    }
}

;// CONCATENATED MODULE: ./src/cli/console-reporter.ts

const LEVELS = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL'];
class ConsoleReporter {
    o;
    running = new Map();
    maps = new Map();
    done = 0;
    failed = 0;
    statusShown = false;
    lastDraw = 0;
    timer;
    live;
    constructor(o) {
        this.o = o;
        this.live = o.live ?? Boolean(o.err.isTTY && !process.env.CI);
    }
    enabled(level) {
        return LEVELS.indexOf(level) >= LEVELS.indexOf(this.o.level);
    }
    clearStatus() {
        if (this.statusShown) {
            this.o.err.write('\r\x1b[K');
            this.statusShown = false;
        }
    }
    drawStatus(force = false) {
        if (!this.live)
            return;
        const now = Date.now();
        if (!force && now - this.lastDraw < 100) {
            this.timer ??= setTimeout(() => {
                this.timer = undefined;
                this.drawStatus(true);
            }, 100);
            return;
        }
        this.lastDraw = now;
        const names = [...this.running.keys()];
        const maps = [...this.maps.entries()].map(([k, v]) => `${k} ${v.done}/${v.total}${v.failed ? ` (${v.failed} failed)` : ''}`);
        let line = `⏵ ${this.done} done${this.failed ? `, ${this.failed} failed` : ''}`;
        if (maps.length)
            line += ` | ${maps.join(', ')}`;
        if (names.length)
            line += ` | running: ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` +${names.length - 4}` : ''}`;
        const width = (this.o.err.columns ?? 100) - 1;
        this.clearStatus();
        this.o.err.write(line.length > width ? line.slice(0, width - 1) + '…' : line);
        this.statusShown = true;
    }
    line(text) {
        this.clearStatus();
        this.o.err.write(text + '\n');
        this.drawStatus();
    }
    runStarted(e) {
        if (this.enabled('INFO') || this.live)
            this.line(`${e.retry ? 'retrying' : 'running'} ${e.runId}`);
    }
    stepStarted(e) {
        this.running.set(e.step, Date.now());
        if (this.enabled('DEBUG'))
            this.line(`▸ ${e.step} (${e.type})`);
        this.drawStatus();
    }
    stepOutput(e) {
        this.clearStatus();
        const target = e.stream === 'stdout' ? this.o.out : this.o.err;
        if (e.step.includes('.')) {
            const prefix = `[${e.step}] `;
            const text = e.chunk.endsWith('\n') ? e.chunk.slice(0, -1) : e.chunk;
            target.write(prefix + text.split('\n').join('\n' + prefix) + '\n');
        }
        else {
            target.write(e.chunk);
        }
        this.drawStatus();
    }
    stepFinished(e) {
        const started = this.running.get(e.step);
        this.running.delete(e.step);
        if (e.type === 'success' || e.type === 'fail')
            return;
        this.done++;
        if (e.status !== 'SUCCESS')
            this.failed++;
        const inBranch = e.step.includes('.');
        // Inside large maps, per-item lines would drown the log: only failures, unless asked for INFO.
        if (inBranch && e.status === 'SUCCESS' && !this.enabled('INFO')) {
            this.drawStatus();
            return;
        }
        const mark = e.skipped ? '↷' : e.status === 'SUCCESS' ? '✓' : '✗';
        const dur = started !== undefined ? ` ${Date.now() - started} ms` : '';
        const extra = e.skipped ? ` (skipped: ${e.skipped})` : e.status !== 'SUCCESS' && e.message ? `: ${e.message.split('\n')[0]}` : '';
        const att = e.attempt > 1 ? ` [attempt ${e.attempt}]` : '';
        this.line(`${mark} ${e.step} ${e.status}${dur}${att}${extra}`);
    }
    branchProgress(e) {
        tuneHeapForLargeMap(e.total, e.done);
        if (e.done >= e.total)
            this.maps.delete(e.step);
        else
            this.maps.set(e.step, e);
        this.drawStatus();
    }
    runFinished(e) {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        this.clearStatus();
        this.o.err.write(`run ${e.runId} ${e.status}\n`);
    }
    log(level, message) {
        if (this.enabled(level))
            this.line(`${level.toLowerCase()}: ${message}`);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/context/step-cache-fs.ts
/**
 * A step cache in a local folder (`runnable execute --step-cache DIR`): one folder per key holding the
 * record and the step's files. Entries are written to a temporary folder and renamed into place, so a
 * reader never sees half an entry; an existing entry is never overwritten (keys are content addresses).
 */




function inside(root, rel) {
    const abs = external_node_path_default().resolve(root, rel);
    if (abs !== root && !abs.startsWith(root + (external_node_path_default()).sep))
        throw new Error(`cached path '${rel}' escapes ${root}`);
    return abs;
}
class FileSystemStepCache {
    dir;
    kind = 'file-system';
    constructor(dir) {
        this.dir = dir;
    }
    async restore(key, workDir) {
        const entry = external_node_path_default().join(this.dir, key);
        let record;
        try {
            record = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(entry, 'record.json'), 'utf8'));
        }
        catch {
            return undefined;
        }
        for (const rel of record.files) {
            const target = inside(workDir, rel);
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            await (0,promises_.copyFile)(inside(external_node_path_default().join(entry, 'files'), rel), target);
        }
        return record;
    }
    async save(key, record, workDir) {
        const entry = external_node_path_default().join(this.dir, key);
        if ((0,external_node_fs_.existsSync)(entry))
            return;
        const tmp = external_node_path_default().join(this.dir, `.tmp-${key}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        try {
            for (const rel of record.files) {
                const target = inside(external_node_path_default().join(tmp, 'files'), rel);
                await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
                await (0,promises_.copyFile)(inside(workDir, rel), target);
            }
            await (0,promises_.mkdir)(tmp, { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().join(tmp, 'record.json'), JSON.stringify(record, null, 2));
            await (0,promises_.rename)(tmp, entry).catch(async (err) => {
                // Another run saved the same key first: identical content, keep theirs.
                if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST')
                    throw err;
            });
        }
        finally {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
/**
 * The CLI edge: parses arguments (commander), calls one command, prints its data, and maps errors to exit
 * codes in exactly one place (`reportError`). Exit codes: 0 success; 1 the run failed; 2 bad input or
 * usage; 130 cancelled; 70 a bug in runnable-action (printed with its stack).
 */







const LOG_LEVELS = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL'];
function logLevel(value) {
    const v = (value ?? 'WARNING').toUpperCase();
    if (!LOG_LEVELS.includes(v))
        throw new errors/* UsageError */.eb(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got '${value}'`);
    return v;
}
/** Maps any error to a message on stderr and an exit code. The only place that decides exit codes. */
function reportError(err, io) {
    if (err instanceof esm/* CommanderError */.b7)
        return err.exitCode === 0 ? 0 : 2;
    if (err instanceof errors/* ValidationError */.yI) {
        for (const issue of err.issues)
            io.err.write(`error: ${(0,errors/* formatIssue */.Hd)(issue)}\n`);
        io.err.write(`${err.issues.length} problem${err.issues.length === 1 ? '' : 's'} found [${err.code}]\n`);
        return err.exitCode;
    }
    if (err instanceof errors/* RunnableError */.GX) {
        io.err.write(`error [${err.code}]: ${err.message}\n`);
        return err.exitCode;
    }
    const stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.err.write(`internal error${err instanceof errors/* InternalError */.Gd ? ` [${err.code}]` : ''}: ${stack}\nThis is a bug in runnable-action ${VERSION}; please report it with the command you ran.\n`);
    return 70;
}
/** Aborts on SIGINT/SIGTERM (a cancelled CI job); a second signal exits at once. */
function cancellation() {
    const ac = new AbortController();
    const onSignal = (sig) => {
        if (ac.signal.aborted)
            process.exit(130);
        ac.abort(sig);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: ac.signal,
        dispose() {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}
function addCommon(cmd, what = {}) {
    cmd
        .option('-f, --file <pipeline>', 'pipeline definition (YAML)')
        .option('-c, --config-file <config>', 'configuration file (default: $RUNNABLE_CONFIGURATION_FILE, ./runnable-config.yaml, built-in defaults)')
        .addOption(new esm/* Option */.c$('--config <config>').hideHelp())
        .option('--log-level <level>', `one of ${LOG_LEVELS.join(', ')}`, 'WARNING')
        .option('--tag <tag>', 'free text stored in the run log');
    if (what.params !== false) {
        cmd.option('-p, --parameters-file <file>', 'initial parameters (YAML mapping)').addOption(new esm/* Option */.c$('--parameters <file>').hideHelp());
    }
    if (what.runId)
        cmd.option('--run-id <id>', 'run id (default: $RUNNABLE_RUN_ID or a generated one)');
    if (what.cache)
        cmd.option('--step-cache <dir>', 'restore unchanged steps (same definition, inputs and catalog inputs) from this folder instead of running them');
    return cmd;
}
function runOptions(flags, io, reporter, signal) {
    return {
        pipelineFile: flags.file,
        configFile: flags.configFile ?? flags.config,
        parametersFile: flags.parametersFile ?? flags.parameters,
        runId: flags.runId,
        tag: flags.tag,
        logLevel: logLevel(flags.logLevel),
        cwd: io.cwd,
        env: io.env,
        reporter,
        signal,
        stepCache: flags.stepCache ? new FileSystemStepCache(external_node_path_default().resolve(io.cwd, flags.stepCache)) : undefined,
    };
}
async function runAndReport(io, flags, fn) {
    const reporter = new ConsoleReporter({ out: io.out, err: io.err, level: logLevel(flags.logLevel) });
    const c = cancellation();
    try {
        // The CLI prints only the outcome: no need to assemble the whole run log at the end.
        const result = await fn({ ...runOptions(flags, io, reporter, c.signal), runLog: 'header' });
        if (c.signal.aborted) {
            io.err.write(`run ${result.runId} was cancelled (${String(c.signal.reason)}); the run log is saved: retry it with 'runnable retry ${result.runId}'\n`);
            return 130;
        }
        return result.status === 'SUCCESS' ? 0 : 1;
    }
    finally {
        c.dispose();
    }
}
async function runCli(argv, io) {
    let exitCode = 0;
    const program = new esm/* Command */.uB('runnable')
        .description('Run runnable-style pipelines locally, in GitHub Actions, or on Argo Workflows')
        .version(VERSION)
        .exitOverride()
        .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) })
        .showHelpAfterError('(run with --help for usage)');
    addCommon(program.command('execute').description('run a pipeline (or, with the argo executor, write its Workflow)'), { runId: true, cache: true })
        .argument('[pipeline]', 'pipeline file (same as -f)')
        .argument('[run_id]', 'run id (same as --run-id)')
        .action(async (file, runId, flags) => {
        flags.file ??= file;
        flags.runId ??= runId;
        if (!flags.file)
            throw new errors/* UsageError */.eb('execute needs a pipeline: runnable execute -f PIPELINE.yaml');
        const { loadInputs } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(567), __webpack_require__.e(230), __webpack_require__.e(207), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 78142));
        const o = runOptions(flags, io, undefined);
        const loaded = await loadInputs(o);
        if (loaded.config.pipelineExecutor.type === 'argo') {
            exitCode = await compileToFile(io, flags, loaded);
            return;
        }
        const { executeCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(567), __webpack_require__.e(230), __webpack_require__.e(207), __webpack_require__.e(142), __webpack_require__.e(969), __webpack_require__.e(844)]).then(__webpack_require__.bind(__webpack_require__, 56844));
        exitCode = await runAndReport(io, flags, (opts) => executeCommand(opts, loaded));
    });
    addCommon(program.command('retry').description('re-run a failed run in place: succeeded steps are skipped'), { params: false, cache: true })
        .argument('<run_id>', 'the run to retry')
        .action(async (runId, flags) => {
        const { retryCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(567), __webpack_require__.e(230), __webpack_require__.e(207), __webpack_require__.e(142), __webpack_require__.e(969), __webpack_require__.e(928)]).then(__webpack_require__.bind(__webpack_require__, 17928));
        exitCode = await runAndReport(io, flags, (o) => retryCommand({ ...o, runId }));
    });
    for (const name of ['execute-single-node', 'execute_single_node']) {
        addCommon(program.command(name, { hidden: name.includes('_') }).description('run one step of a run (what orchestrator pods call)'))
            .argument('<run_id>')
            .argument('<step>', 'template internal name, spaces as %')
            .argument('[pipeline]', 'pipeline file (same as -f)')
            .option('--iter-variable <json>', 'iteration variables {"map_variable": {...}, "loop_variable": [...]}')
            .addOption(new esm/* Option */.c$('-m, --mode <mode>').choices(['yaml', 'python']).hideHelp())
            .option('--no-follow', 'do not continue through following stubs and terminal nodes')
            .addOption(orchestratorOption())
            .option('--retry-index <n>', "the orchestrator's retry number (0-based): a failed attempt before the last leaves the step to be retried", parseIndex)
            .option('--fan-out-next <path>', 'after success, fan out the composite the route reaches and write its output here')
            .action(async (runId, step, file, flags) => {
            flags.file ??= file;
            const { executeSingleNodeCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(567), __webpack_require__.e(230), __webpack_require__.e(207), __webpack_require__.e(142), __webpack_require__.e(969), __webpack_require__.e(345)]).then(__webpack_require__.bind(__webpack_require__, 17345));
            const reporter = new ConsoleReporter({ out: io.out, err: io.err, level: logLevel(flags.logLevel), live: false });
            const c = cancellation();
            try {
                const r = await executeSingleNodeCommand({ ...runOptions(flags, io, reporter, c.signal), runId, stepPath: step, ...podOptions(flags) });
                exitCode = r.exitCode;
            }
            finally {
                c.dispose();
            }
        });
    }
    addCommon(program.command('fan').description('open (out) or close (in) a composite step of a run (what orchestrator pods call)'))
        .argument('<run_id>')
        .argument('<step>', 'template internal name, spaces as %')
        .argument('<direction>', 'in or out')
        .argument('[pipeline]', 'pipeline file (same as -f)')
        .option('--iter-variable <json>', 'iteration variables')
        .option('--output-file <path>', 'where fan out writes what to fan over', '/tmp/output.txt')
        .addOption(new esm/* Option */.c$('-m, --mode <mode>').choices(['yaml', 'python']).hideHelp())
        .option('--no-follow', 'do not continue through following stubs and terminal nodes')
        .addOption(orchestratorOption())
        .option('--fan-out-next <path>', 'after success, fan out the composite the route reaches and write its output here')
        .action(async (runId, step, direction, file, flags) => {
        if (direction !== 'in' && direction !== 'out')
            throw new errors/* UsageError */.eb(`fan direction must be 'in' or 'out', got '${direction}'`);
        flags.file ??= file;
        const { fanCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(567), __webpack_require__.e(230), __webpack_require__.e(207), __webpack_require__.e(142), __webpack_require__.e(969), __webpack_require__.e(345)]).then(__webpack_require__.bind(__webpack_require__, 17345));
        const reporter = new ConsoleReporter({ out: io.out, err: io.err, level: logLevel(flags.logLevel), live: false });
        const r = await fanCommand({ ...runOptions(flags, io, reporter), runId, stepPath: step, direction, outputFile: flags.outputFile, ...podOptions(flags) });
        exitCode = r.exitCode;
    });
    addCommon(program.command('validate').description('check a pipeline, its config and parameters; every problem with file:line:column'))
        .argument('[pipeline]', 'pipeline file (same as -f)')
        .action(async (file, flags) => {
        flags.file ??= file;
        if (!flags.file)
            throw new errors/* UsageError */.eb('validate needs a pipeline: runnable validate -f PIPELINE.yaml');
        const { validateCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(567), __webpack_require__.e(230), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 30010));
        const r = await validateCommand({ pipelineFile: flags.file, configFile: flags.configFile ?? flags.config, parametersFile: flags.parametersFile ?? flags.parameters, cwd: io.cwd, env: io.env });
        if (!r.ok)
            throw new errors/* ValidationError */.yI(r.issues, flags.file);
        const steps = r.pipeline ? countSteps(r.pipeline.dag) : 0;
        io.out.write(`${flags.file}: valid (${steps} steps; executor ${r.config?.pipelineExecutor.type})\n`);
    });
    program
        .command('graph')
        .description('print the pipeline graph as Mermaid or Graphviz dot')
        .option('-f, --file <pipeline>', 'pipeline definition (YAML)')
        .argument('[pipeline]')
        .addOption(new esm/* Option */.c$('--format <format>', 'output format').choices(['mermaid', 'dot']).default('mermaid'))
        .action(async (file, flags) => {
        const f = flags.file ?? file;
        if (!f)
            throw new errors/* UsageError */.eb('graph needs a pipeline: runnable graph -f PIPELINE.yaml');
        const { loadPipeline } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 81567));
        const { renderDot, renderMermaid } = await __webpack_require__.e(/* import() */ 478).then(__webpack_require__.bind(__webpack_require__, 79478));
        const p = await loadPipeline(io.cwd, f);
        io.out.write(flags.format === 'dot' ? renderDot(p) : renderMermaid(p));
    });
    program
        .command('timeline')
        .description('show a finished run: steps, durations, statuses on a time axis')
        .argument('<run>', 'run id (looked up in the configured run log store) or a run log JSON file')
        .option('-c, --config-file <config>', 'configuration file naming the run log store')
        .addOption(new esm/* Option */.c$('--config <config>').hideHelp())
        .action(async (target, flags) => {
        const { loadRunLog, renderTimeline } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(230), __webpack_require__.e(207), __webpack_require__.e(41)]).then(__webpack_require__.bind(__webpack_require__, 25879));
        const log = await loadRunLog({ target, configFile: flags.configFile ?? flags.config, cwd: io.cwd, env: io.env });
        io.out.write(renderTimeline(log, Math.max(20, (io.out.columns ?? 120) - 90)));
    });
    registerArgoCommands(program, io, (code) => (exitCode = code));
    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    }
    catch (err) {
        return reportError(err, io);
    }
}
function orchestratorOption() {
    return new esm/* Option */.c$('--orchestrator <name>', 'the orchestrator calling this pod (its protocol: src/argo/compile.ts)').choices(['argo']);
}
function parseIndex(v) {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
        throw new errors/* UsageError */.eb(`--retry-index must be a whole number ≥ 0, got '${v}'`);
    return n;
}
function podOptions(flags) {
    return { iterVariable: flags.iterVariable, followInline: flags.follow, orchestrator: flags.orchestrator, retryIndex: flags.retryIndex, fanOutNext: flags.fanOutNext };
}
function countSteps(g) {
    let n = 0;
    for (const node of Object.values(g.nodes)) {
        n++;
        if ('branches' in node && node.branches)
            for (const b of Object.values(node.branches))
                n += countSteps(b);
        if ('branch' in node && node.branch)
            n += countSteps(node.branch);
    }
    return n;
}
/** `execute` with the argo executor writes the Workflow (the seed's command), like `compile`. */
async function compileToFile(io, flags, loaded, outFile) {
    const { compileCommand } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(671)]).then(__webpack_require__.bind(__webpack_require__, 38671));
    const r = await compileCommand({ loaded, pipelineFile: flags.file, configFile: flags.configFile ?? flags.config, parametersFile: flags.parametersFile ?? flags.parameters, logLevel: logLevel(flags.logLevel), tag: flags.tag, outputFile: outFile });
    if (r.outputFile) {
        await (0,promises_.writeFile)(r.outputFile, r.yaml);
        io.err.write(`wrote ${r.kind} to ${r.outputFile}\n`);
    }
    else {
        io.out.write(r.yaml);
    }
    return 0;
}
function registerArgoCommands(program, io, setExit) {
    addCommon(program.command('compile').description('write the Argo Workflow for a pipeline (validated against the Argo CRD)'))
        .argument('[pipeline]', 'pipeline file (same as -f)')
        .option('-o, --output <file>', 'write the manifest here (default: the config output_file, else stdout)')
        .action(async (file, flags) => {
        flags.file ??= file;
        if (!flags.file)
            throw new errors/* UsageError */.eb('compile needs a pipeline: runnable compile -f PIPELINE.yaml -c ARGO_CONFIG.yaml');
        const { loadInputs } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(567), __webpack_require__.e(230), __webpack_require__.e(207), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 78142));
        const loaded = await loadInputs(runOptions(flags, io, undefined));
        setExit(await compileToFile(io, flags, loaded, flags.output ?? '-'));
    });
    addCommon(program.command('submit').description('compile and submit the pipeline to Argo Workflows; with --wait, follow it to the end'), { runId: true })
        .argument('[pipeline]', 'pipeline file (same as -f)')
        .option('--wait', 'poll until the workflow ends; exit code from its phase')
        .option('--kubeconfig <file>', 'kubeconfig (default: $KUBECONFIG, ~/.kube/config, then the in-cluster service account)')
        .option('--context <name>', 'kubeconfig context')
        .option('--namespace <ns>', 'namespace (default: the manifest\'s, else the context\'s)')
        .option('--argo-ui-url <url>', 'base URL of the Argo UI, for links')
        .action(async (file, flags) => {
        flags.file ??= file;
        if (!flags.file)
            throw new errors/* UsageError */.eb('submit needs a pipeline: runnable submit -f PIPELINE.yaml -c ARGO_CONFIG.yaml');
        const { loadInputs } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(567), __webpack_require__.e(230), __webpack_require__.e(207), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 78142));
        const { submitCommand } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(600), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 45300));
        const loaded = await loadInputs(runOptions(flags, io, undefined));
        const c = cancellation();
        let shown = '';
        try {
            const r = await submitCommand({
                loaded,
                pipelineFile: flags.file,
                configFile: flags.configFile ?? flags.config,
                parametersFile: flags.parametersFile ?? flags.parameters,
                logLevel: logLevel(flags.logLevel),
                tag: flags.tag,
                runId: flags.runId,
                kube: { kubeconfig: flags.kubeconfig, context: flags.context, namespace: flags.namespace },
                wait: Boolean(flags.wait),
                argoServerUrl: flags.argoUiUrl,
                signal: c.signal,
                onSubmitted: (wf) => io.err.write(`submitted workflow ${wf.namespace}/${wf.name}${wf.uiUrl ? ` (${wf.uiUrl})` : ''}\n`),
                onProgress: (rows) => {
                    for (const row of rows) {
                        const line = `${row.step} ${row.status}${row.attempts > 1 ? ` [attempt ${row.attempts}]` : ''}`;
                        if (!shown.includes(`\n${line}\n`)) {
                            shown += `\n${line}\n`;
                            io.err.write(`  ${line}${row.message && row.status === 'FAIL' ? `: ${row.message}` : ''}\n`);
                        }
                    }
                },
            });
            io.out.write(`${r.submitted.name}\n`);
            if (r.result) {
                io.err.write(`workflow ${r.submitted.name} ${r.result.phase}${r.result.message ? `: ${r.result.message}` : ''}\n`);
                setExit(r.result.cancelled ? 130 : r.result.phase === 'Succeeded' ? 0 : 1);
            }
        }
        finally {
            c.dispose();
        }
    });
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ RemoteServiceError),
/* harmony export */   Eg: () => (/* binding */ RunLogExistsError),
/* harmony export */   FF: () => (/* binding */ RunLogNotFoundError),
/* harmony export */   G$: () => (/* binding */ CatalogError),
/* harmony export */   GX: () => (/* binding */ RunnableError),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   Ik: () => (/* binding */ TaskError),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   TH: () => (/* binding */ InputFileError),
/* harmony export */   _k: () => (/* binding */ RunLogInUseError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hL: () => (/* binding */ RetryRefusedError),
/* harmony export */   oL: () => (/* binding */ SecretNotFoundError),
/* harmony export */   yI: () => (/* binding */ ValidationError),
/* harmony export */   zJ: () => (/* binding */ RunLogCorruptError)
/* harmony export */ });
/* unused harmony exports RunFailedError, CancelledError */
/**
 * Every error this project throws on purpose. One file, as in actions/toolkit; classes with structured
 * fields and stable codes, as in Temporal. The CLI and the Action map these classes to exit codes and
 * annotations in exactly one place each (src/cli/run-cli.ts, src/action/run-action.ts).
 *
 * `instanceof` must work across bundles (the Action bundle and the CLI can load two copies of this
 * module), so each class is branded with a `Symbol.for` marker and `Symbol.hasInstance` checks it.
 */
const BRAND = Symbol.for('runnable-action.error');
// The name is passed explicitly so that a minifier renaming classes cannot break the brand.
function brand(cls, code) {
    {
        Object.defineProperty(cls.prototype, 'name', { value: code, configurable: true });
        Object.defineProperty(cls, Symbol.hasInstance, {
            value(instance) {
                if (instance === null || typeof instance !== 'object')
                    return false;
                let proto = Object.getPrototypeOf(instance);
                while (proto) {
                    if (Object.prototype.hasOwnProperty.call(proto, BRAND) && proto[BRAND] === code)
                        return true;
                    proto = Object.getPrototypeOf(proto);
                }
                return false;
            },
        });
        Object.defineProperty(cls.prototype, BRAND, { value: code });
    }
}
/** Base class: an error the user can fix (bad input, missing file...). Printed without a stack trace. */
class RunnableError extends Error {
    /** Stable code, printed in brackets, useful to search for. */
    code = 'RA000';
    /** Process exit code the edges use for this error. */
    exitCode = 1;
    constructor(message, options) {
        super(message, options);
    }
}
/** Formats an issue as `file:line:column: path: message` (the form editors and CI logs link). */
function formatIssue(issue) {
    let where = issue.file;
    if (issue.line !== undefined)
        where += `:${issue.line}`;
    if (issue.line !== undefined && issue.column !== undefined)
        where += `:${issue.column}`;
    return `${where}: ${issue.path ? issue.path + ': ' : ''}${issue.message}`;
}
/** Thrown when a pipeline, config or parameters file is invalid. Carries every issue found, not just the first. */
class ValidationError extends RunnableError {
    code = 'RA100';
    exitCode = 2;
    issues;
    constructor(issues, what = 'input') {
        super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in ${what}:\n` +
            issues.map((i) => '  ' + formatIssue(i)).join('\n'));
        this.issues = issues;
    }
}
/** A file the user named could not be read. */
class InputFileError extends RunnableError {
    file;
    code = 'RA101';
    exitCode = 2;
    constructor(file, reason, options) {
        super(`cannot read ${file}: ${reason}`, options);
        this.file = file;
    }
}
/** Wrong command-line usage. */
class UsageError extends RunnableError {
    code = 'RA102';
    exitCode = 2;
}
/** A run log with this id already exists where a new run was asked for. */
class RunLogExistsError extends RunnableError {
    runId;
    code = 'RA200';
    constructor(runId) {
        super(`a run log for run id '${runId}' already exists; pick another --run-id or use 'runnable retry ${runId}'`);
        this.runId = runId;
    }
}
/** No run log for this id in the configured store. */
class RunLogNotFoundError extends RunnableError {
    runId;
    code = 'RA201';
    constructor(runId, where) {
        super(`no run log for run id '${runId}' in ${where}`);
        this.runId = runId;
    }
}
/** A retry whose pipeline structure differs from the original run's. */
class RetryRefusedError extends RunnableError {
    runId;
    code = 'RA202';
    constructor(runId, reason) {
        super(`cannot retry run '${runId}': ${reason}`);
        this.runId = runId;
    }
}
/** A stored run-log chunk or document is not valid JSON or not of the expected shape. */
class RunLogCorruptError extends RunnableError {
    path;
    code = 'RA203';
    constructor(path, reason) {
        super(`run log chunk ${path} is corrupt: ${reason}`);
        this.path = path;
    }
}
/** Another live process is the writer of this run (the local executor holds a run while it runs it). */
class RunLogInUseError extends RunnableError {
    runId;
    holder;
    lockFile;
    code = 'RA204';
    constructor(runId, holder, lockFile) {
        super(`run '${runId}' is being written by ${holder}; wait for it to finish (if that process is gone, delete ${lockFile})`);
        this.runId = runId;
        this.holder = holder;
        this.lockFile = lockFile;
    }
}
/** A catalog get/put failed (no match, glob escaping the work dir, IO error). Fails the step, not the process. */
class CatalogError extends RunnableError {
    code = 'RA300';
}
/** A secret was asked for that the secrets service does not have. Fails the step. */
class SecretNotFoundError extends RunnableError {
    secretName;
    code = 'RA301';
    constructor(secretName, where) {
        super(`secret '${secretName}' not found in ${where}`);
        this.secretName = secretName;
    }
}
/** A task could not be started or its protocol failed (e.g. python3 missing, bad returns). Fails the step. */
class TaskError extends RunnableError {
    code = 'RA400';
}
/** The run finished, but not with SUCCESS. The run log is complete; exit code 1. */
class RunFailedError extends RunnableError {
    runId;
    status;
    code = 'RA500';
    constructor(runId, status) {
        super(`run '${runId}' ended with status ${status}`);
        this.runId = runId;
        this.status = status;
    }
}
/** The run was cancelled by SIGINT/SIGTERM; the run log was marked FAIL and persisted. */
class CancelledError extends RunnableError {
    runId;
    signal;
    code = 'RA501';
    exitCode = 130;
    constructor(runId, signal) {
        super(`run '${runId}' cancelled by ${signal}; retry it with 'runnable retry ${runId}'`);
        this.runId = runId;
        this.signal = signal;
    }
}
/** Talking to a remote service (artifact service, Kubernetes API) failed after retries. */
class RemoteServiceError extends RunnableError {
    service;
    status;
    code = 'RA600';
    constructor(message, service, status, options) {
        super(message, options);
        this.service = service;
        this.status = status;
    }
}
/** A generated manifest failed validation: a bug in the compiler or an invalid override. */
class ManifestError extends RunnableError {
    problems;
    code = 'RA700';
    constructor(problems, what = 'Argo manifest') {
        super(`${what} is invalid:\n` + problems.map((p) => '  ' + p).join('\n'));
        this.problems = problems;
    }
}
/** A bug in runnable-action itself. Printed with its stack and a request to report it. */
class InternalError extends Error {
    code = 'RA999';
}
brand(RunnableError, 'RunnableError');
brand(ValidationError, 'ValidationError');
brand(InputFileError, 'InputFileError');
brand(UsageError, 'UsageError');
brand(RunLogExistsError, 'RunLogExistsError');
brand(RunLogNotFoundError, 'RunLogNotFoundError');
brand(RetryRefusedError, 'RetryRefusedError');
brand(RunLogCorruptError, 'RunLogCorruptError');
brand(CatalogError, 'CatalogError');
brand(SecretNotFoundError, 'SecretNotFoundError');
brand(TaskError, 'TaskError');
brand(RunFailedError, 'RunFailedError');
brand(CancelledError, 'CancelledError');
brand(RemoteServiceError, 'RemoteServiceError');
brand(ManifestError, 'ManifestError');
brand(InternalError, 'InternalError');


/***/ })

};
