export const id = 184;
export const ids = [184];
export const modules = {

/***/ 86184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The Action's inputs, read once into a typed settings object (the toolkit's `getInputs()` pattern). Input
 * names live here and in action.yml only; every other module takes `ActionSettings`.
 */




const COMMANDS = ['execute', 'validate', 'compile', 'submit', 'retry'];
const Inputs = {
    command: 'command',
    pipeline: 'pipeline',
    config: 'config',
    parametersFile: 'parameters-file',
    parameters: 'parameters',
    runId: 'run-id',
    tag: 'tag',
    workingDirectory: 'working-directory',
    logLevel: 'log-level',
    persistRunLog: 'persist-run-log',
    runLogBranch: 'run-log-branch',
    sourceRunId: 'source-run-id',
    githubToken: 'github-token',
    manifest: 'manifest',
    failOnDrift: 'fail-on-drift',
    argoUiUrl: 'argo-ui-url',
    kubeconfig: 'kubeconfig',
    retentionDays: 'retention-days',
    stepCache: 'step-cache',
};
const opt = (name) => core/* getInput */.V4(name) || undefined;
/** Parses the `parameters` input: a JSON or YAML mapping (workflow_dispatch inputs often arrive as JSON). */
function parseParametersInput(text) {
    if (!text || !text.trim())
        return undefined;
    let value;
    try {
        value = (0,dist/* parse */.qg)(text); // YAML 1.2 is a superset of JSON
    }
    catch (err) {
        throw new errors/* ValidationError */.yI([{ file: `input '${Inputs.parameters}'`, path: Inputs.parameters, message: `not valid JSON or YAML: ${err.message.split('\n')[0]}` }], 'action input');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ValidationError */.yI([{ file: `input '${Inputs.parameters}'`, path: Inputs.parameters, message: 'must be a mapping of parameter names to values, e.g. {"epochs": 3}' }], 'action input');
    }
    return value;
}
function getInputs(workspace) {
    const command = (opt(Inputs.command) ?? 'execute').toLowerCase();
    if (!COMMANDS.includes(command)) {
        throw new errors/* UsageError */.eb(`input 'command' must be one of ${COMMANDS.join(', ')}; got '${command}'`);
    }
    const pipeline = opt(Inputs.pipeline);
    if (!pipeline)
        throw new errors/* UsageError */.eb(`input 'pipeline' is required (path of the pipeline YAML, relative to working-directory)`);
    const logLevel = (opt(Inputs.logLevel) ?? 'INFO').toUpperCase();
    if (!['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL'].includes(logLevel))
        throw new errors/* UsageError */.eb(`input 'log-level' must be DEBUG, INFO, WARNING, ERROR or FATAL; got '${logLevel}'`);
    const persist = (opt(Inputs.persistRunLog) ?? 'artifact').toLowerCase();
    if (persist !== 'artifact' && persist !== 'none')
        throw new errors/* UsageError */.eb(`input 'persist-run-log' must be 'artifact' or 'none'; got '${persist}'`);
    const failOnDrift = (opt(Inputs.failOnDrift) ?? 'true').toLowerCase();
    if (!['true', 'false'].includes(failOnDrift))
        throw new errors/* UsageError */.eb(`input 'fail-on-drift' must be true or false`);
    const retention = opt(Inputs.retentionDays);
    const retentionDays = retention ? Number(retention) : undefined;
    if (retentionDays !== undefined && (!Number.isInteger(retentionDays) || retentionDays < 1))
        throw new errors/* UsageError */.eb(`input 'retention-days' must be a positive integer`);
    const stepCache = (opt(Inputs.stepCache) ?? 'false').toLowerCase();
    if (!['true', 'false'].includes(stepCache))
        throw new errors/* UsageError */.eb(`input 'step-cache' must be true or false; got '${stepCache}'`);
    const wd = opt(Inputs.workingDirectory) ?? '.';
    return {
        command: command,
        pipeline,
        config: opt(Inputs.config),
        parametersFile: opt(Inputs.parametersFile),
        parameters: parseParametersInput(core/* getInput */.V4(Inputs.parameters)),
        runId: opt(Inputs.runId),
        tag: opt(Inputs.tag),
        cwd: (0,external_node_path_.resolve)(workspace, wd),
        logLevel: logLevel,
        persistRunLog: persist,
        runLogBranch: opt(Inputs.runLogBranch),
        sourceRunId: opt(Inputs.sourceRunId),
        githubToken: opt(Inputs.githubToken),
        manifest: opt(Inputs.manifest),
        failOnDrift: failOnDrift === 'true',
        argoUiUrl: opt(Inputs.argoUiUrl),
        kubeconfig: opt(Inputs.kubeconfig),
        retentionDays,
        stepCache: stepCache === 'true',
    };
}

;// CONCATENATED MODULE: ./src/github/annotations.ts
/**
 * Annotations as data (pure functions; the Action prints them through `@actions/core`). GitHub displays at
 * most 10 annotations per level per step (platform doc §7.4): the first ones become annotations, the
 * rest go to the job summary, never silently dropped.
 */


/** Displayed annotations per level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** A path as GitHub wants it in an annotation: relative to the repository root, `/`-separated. */
function annotationPath(file, workspace) {
    let p = file;
    if (workspace && (0,external_node_path_.isAbsolute)(p)) {
        const rel = (0,external_node_path_.relative)(workspace, p);
        if (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
            p = rel;
    }
    return p.split(external_node_path_.sep).join('/');
}
/** One error annotation per issue at its file/line/column, up to `limit`; the rest is returned as overflow. */
function issueAnnotations(issues, opts = {}) {
    const limit = opts.limit ?? ANNOTATIONS_PER_LEVEL;
    const sorted = [...issues];
    const shown = sorted.slice(0, limit).map((i) => ({
        level: 'error',
        title: opts.title ?? (i.path ? `runnable: ${i.path}` : 'runnable'),
        message: i.message,
        file: annotationPath(i.file, opts.workspace),
        ...(i.line !== undefined ? { startLine: i.line } : {}),
        ...(i.endLine !== undefined ? { endLine: i.endLine } : {}),
        ...(i.column !== undefined && (i.endLine === undefined || i.endLine === i.line) ? { startColumn: i.column } : {}),
        ...(i.endColumn !== undefined && (i.endLine === undefined || i.endLine === i.line) ? { endColumn: i.endColumn } : {}),
    }));
    return { shown, overflow: sorted.slice(limit) };
}
/** Markdown list of issues (for the summary: all of them, or the overflow). */
function issuesMarkdown(issues, workspace) {
    return issues.map((i) => `- \`${(0,errors/* formatIssue */.Hd)({ ...i, file: annotationPath(i.file, workspace) }).replace(/`/g, "'")}\``).join('\n');
}
/** Leaf steps that failed, depth first, in run-log order. */
function failedLeafSteps(runLog) {
    const out = [];
    const walk = (steps) => {
        for (const s of Object.values(steps)) {
            const branches = Object.values(s.branches ?? {});
            if (branches.length) {
                for (const b of branches)
                    walk(b.steps);
            }
            else if (s.status === 'FAIL' && s.step_type !== 'fail')
                out.push({ path: s.internal_name, step: s });
        }
    };
    walk(runLog.steps);
    return out;
}
/** Error annotations for failed steps (≤ limit); `more` counts the rest, which the summary lists. */
function failedStepAnnotations(runLog, opts = {}) {
    const limit = opts.limit ?? ANNOTATIONS_PER_LEVEL;
    const failed = failedLeafSteps(runLog);
    const shown = failed.slice(0, limit).map(({ path, step }) => {
        const last = step.attempts[step.attempts.length - 1];
        const tries = step.attempts.length > 1 ? ` after ${step.attempts.length} attempts` : '';
        const msg = (step.message || last?.message || 'failed').split('\n').slice(0, 20).join('\n');
        return {
            level: 'error',
            title: `step ${path} failed${tries}`,
            message: msg,
            ...(opts.pipelineFile ? { file: annotationPath(opts.pipelineFile, opts.workspace) } : {}),
        };
    });
    return { shown, more: Math.max(0, failed.length - limit) };
}

;// CONCATENATED MODULE: ./src/action/run-action.ts
/**
 * The Action edge. `run()` picks main or post (the toolkit idiom: one bundle, `isPost` in saved state),
 * reads the inputs, runs one command, and maps every error to annotations, summary and exit code in
 * exactly one place (`reportError`).
 *
 * main: execute | validate | compile | submit | retry. Cancellation (SIGINT, then SIGTERM 7.5 s later, then
 * a kill 2.5 s after that) aborts the run: the engine stops the steps and marks the run log FAIL; the
 * run log is then persisted as an artifact before the deadline. post (always runs): persists the run log
 * if main could not (crash, hard kill before it finished).
 */








/** Environment accessors (tests run the bundle with these set to temp files). */
const env = {
    workspace: () => process.env.GITHUB_WORKSPACE || process.cwd(),
    temp: () => process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
    runId: () => process.env.GITHUB_RUN_ID || '',
    repository: () => process.env.GITHUB_REPOSITORY || '',
    hasArtifactRuntime: () => Boolean(process.env.ACTIONS_RUNTIME_TOKEN && process.env.ACTIONS_RESULTS_URL),
    serverUrl: () => process.env.GITHUB_SERVER_URL || 'https://github.com',
};
const REPORT_URL = 'https://github.com/runnable-action/runnable-action/issues/new';
const state = { secrets: [], summaryAppendix: [], artifacts: [], notes: [], deferredWarnings: [] };
function annotate(a) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn, endColumn: a.endColumn };
    if (a.level === 'error')
        core/* error */.z3(a.message, props);
    else if (a.level === 'warning')
        core/* warning */.$e(a.message, props);
    else
        core/* notice */.lm(a.message, props);
}
/** Registers a secret with the runner's masker (values too short to mask safely are skipped). */
function addSecret(value) {
    if (!value || value.length < 4 || state.secrets.includes(value))
        return;
    state.secrets.push(value);
    core/* setSecret */.Pq(value);
}
/** Secret names the pipeline's tasks declare (`secrets: [...]`), wherever they sit in the model. */
function secretNames(pipeline) {
    const names = new Set();
    const seen = new Set();
    const walk = (v) => {
        if (!v || typeof v !== 'object' || seen.has(v))
            return;
        seen.add(v);
        if (Array.isArray(v))
            return v.forEach(walk);
        for (const [k, child] of Object.entries(v)) {
            if (k === 'secrets' && Array.isArray(child))
                child.forEach((n) => typeof n === 'string' && names.add(n));
            else
                walk(child);
        }
    };
    walk(pipeline);
    return [...names];
}
async function maskPipelineSecrets(pipeline, settings, config, runEnv) {
    const names = secretNames(pipeline);
    if (!names.length)
        return;
    try {
        const { createSecrets } = await Promise.all(/* import() */[__webpack_require__.e(207), __webpack_require__.e(480)]).then(__webpack_require__.bind(__webpack_require__, 14480));
        const svc = createSecrets(config.secrets, settings.cwd, runEnv);
        for (const n of names)
            addSecret(await svc.get(n).catch(() => undefined));
    }
    catch {
        for (const n of names)
            addSecret(runEnv[n]);
    }
}
/** The environment the run (and through the engine's scrubbing, its steps) sees. */
function runEnvironment() {
    return { ...process.env };
}
/** Writes the job summary; degrades to a file when $GITHUB_STEP_SUMMARY is missing (act, local runners). */
async function writeSummary(markdown, name) {
    const file = (0,external_node_path_.join)(env.temp(), `runnable-summary-${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.md`);
    await (0,promises_.mkdir)(env.temp(), { recursive: true });
    await (0,promises_.writeFile)(file, markdown);
    if (process.env.GITHUB_STEP_SUMMARY) {
        try {
            await core/* summary */.z.addRaw(markdown).addEOL().write();
        }
        catch (err) {
            core/* warning */.$e(`could not write the job summary: ${err.message}; it is in ${file}`);
        }
    }
    else {
        core/* info */.pq(`GITHUB_STEP_SUMMARY is not set: summary written to ${file}`);
    }
    core/* setOutput */.uH('summary', file);
    state.summaryWritten = true;
    return file;
}
function setStatus(status) {
    core/* setOutput */.uH('status', status);
    state.statusSet = true;
}
/** `[RA600] message`, masked: how an error reads in the summary and the annotation. */
function errorLine(err) {
    if (err instanceof errors/* RunnableError */.GX)
        return `[${err.code}] ${maskAll(err.message)}`;
    return `[RA999] internal error in runnable-action: ${maskAll(err instanceof Error ? err.message : String(err))}`;
}
/** Log folder of file-system / chunked-fs stores, when the config uses one. */
async function logFolderFor(config, cwd) {
    const type = String(config.runLogStore.type).replace(/_/g, '-');
    if (type !== 'file-system' && type !== 'chunked-fs')
        return undefined;
    const { logFolderOf } = await __webpack_require__.e(/* import() */ 207).then(__webpack_require__.bind(__webpack_require__, 24207));
    return logFolderOf(config.runLogStore, cwd);
}
/**
 * Persists the run log: artifact (default) and/or a git branch. Never throws: failures become warnings (and a
 * line of the summary). Main tries once; when that fails, the post step tries again.
 */
async function persistRunLog(reason) {
    const s = state.settings;
    if (!s || !state.runId || !state.logFolder || state.persisted !== undefined)
        return;
    state.persisted = true;
    if (s.persistRunLog === 'artifact' && env.hasArtifactRuntime()) {
        try {
            const { persistRunLogArtifact } = await __webpack_require__.e(/* import() */ 956).then(__webpack_require__.bind(__webpack_require__, 33956));
            const r = await persistRunLogArtifact({ runId: state.runId, logFolder: state.logFolder, retentionDays: s.retentionDays });
            core/* info */.pq(`run log of ${state.runId} ${r.alreadyStored ? 'already stored' : 'stored'} as artifact ${r.name} (id ${r.id}, ${r.files.length} file(s); ${reason})`);
            core/* setOutput */.uH('run-log-artifact', r.name);
            state.artifacts.unshift({ name: r.name, url: r.url, kind: 'run log', files: r.files.length });
        }
        catch (err) {
            state.persisted = false;
            core/* warning */.$e(`could not store the run log as an artifact: ${maskAll(err.message)}`);
            state.notes.push(`⚠️ the run log could not be stored as an artifact (the post step tries again; a retry in another job needs it): ${errorLine(err)}`);
        }
    }
    if (s.runLogBranch) {
        try {
            const { commitRunLogToGit, filesUnder } = await __webpack_require__.e(/* import() */ 832).then(__webpack_require__.bind(__webpack_require__, 39832));
            const files = await filesUnder((0,external_node_path_.join)(state.logFolder, state.runId), `runs/${state.runId}`);
            const single = (0,external_node_path_.join)(state.logFolder, `${state.runId}.json`);
            if ((0,external_node_fs_.existsSync)(single))
                files.push({ repoPath: `runs/${state.runId}/${state.runId}.json`, source: single });
            const r = await commitRunLogToGit({ repoDir: env.workspace(), branch: s.runLogBranch, runId: state.runId, files });
            core/* info */.pq(`run log of ${state.runId} ${r.changed ? 'committed' : 'unchanged'} on branch ${s.runLogBranch} (${r.commit.slice(0, 12)}, ${r.attempts} attempt(s))`);
        }
        catch (err) {
            core/* warning */.$e(`could not commit the run log to branch ${s.runLogBranch}: ${maskAll(err.message)}`);
        }
    }
    core/* saveState */.LZ('persisted', state.persisted ? 'true' : 'false');
}
/** Template-name → status map for the mermaid diagram (top-level steps; composites carry their own status). */
function statusesOf(log) {
    const out = {};
    for (const s of Object.values(log.steps))
        out[s.internal_name] = s.status;
    return out;
}
async function summarise(result, failure) {
    let mermaid;
    try {
        const { renderMermaid } = await __webpack_require__.e(/* import() */ 478).then(__webpack_require__.bind(__webpack_require__, 79478));
        mermaid = renderMermaid(result.pipeline, statusesOf(result.runLog));
    }
    catch {
        mermaid = undefined;
    }
    let catalogArtifacts = [];
    if (env.hasArtifactRuntime()) {
        const { githubArtifactsStats } = await __webpack_require__.e(/* import() */ 142).then(__webpack_require__.bind(__webpack_require__, 18142));
        const st = githubArtifactsStats();
        catalogArtifacts = st.uploaded.map((u) => ({ name: u.name, url: u.url, kind: u.kind === 'pack' ? 'catalog pack' : 'catalog index', files: u.files, bytes: u.bytes }));
        if (st.artifactsUploaded || st.filesDeduplicated || st.artifactsDownloaded) {
            state.notes.push(`catalog: ${st.filesUploaded} file(s) uploaded in ${st.artifactsUploaded} artifact(s), ${st.filesDeduplicated} unchanged file(s) not uploaded again, ${st.artifactsDownloaded} artifact(s) downloaded`);
        }
    }
    const { renderSummary } = await __webpack_require__.e(/* import() */ 935).then(__webpack_require__.bind(__webpack_require__, 92935));
    const md = renderSummary({
        runLog: result.runLog,
        mermaid,
        artifacts: [...state.artifacts, ...catalogArtifacts],
        secrets: state.secrets,
        notes: state.notes,
        appendix: state.summaryAppendix.join('\n\n') || undefined,
        durationMs: result.durationMs,
        failure,
    });
    await writeSummary(md, result.runLog.run_id);
}
/** Default config when none is given: local executor, chunked-fs run log, artifact catalog on Actions. */
async function defaultConfigFile(settings) {
    if (settings.config || process.env.RUNNABLE_CONFIGURATION_FILE || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(settings.cwd, 'runnable-config.yaml')))
        return settings.config;
    const catalog = env.hasArtifactRuntime() ? 'github-artifacts' : 'file-system';
    const file = (0,external_node_path_.join)(env.temp(), 'runnable-action-default-config.yaml');
    await (0,promises_.mkdir)(env.temp(), { recursive: true });
    await (0,promises_.writeFile)(file, ['# written by runnable-action: no config input and no runnable-config.yaml', 'pipeline-executor:', '  type: local', 'run-log-store:', '  type: chunked-fs', 'catalog:', `  type: ${catalog}`, 'secrets:', '  type: env-secrets', ''].join('\n'));
    return file;
}
async function runCommandWithRun(settings, retry) {
    const { loadInputs } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(750), __webpack_require__.e(207), __webpack_require__.e(694), __webpack_require__.e(191)]).then(__webpack_require__.bind(__webpack_require__, 83191));
    const configFile = await defaultConfigFile(settings);
    const runEnv = runEnvironment();
    const base = {
        pipelineFile: settings.pipeline,
        configFile,
        parametersFile: settings.parametersFile,
        parameters: settings.parameters,
        runId: settings.runId,
        tag: settings.tag,
        logLevel: settings.logLevel,
        cwd: settings.cwd,
        env: runEnv,
    };
    const loaded = await loadInputs(base);
    state.logFolder = await logFolderFor(loaded.config, settings.cwd);
    if (state.logFolder)
        core/* saveState */.LZ('logFolder', state.logFolder);
    await maskPipelineSecrets(loaded.pipeline, settings, loaded.config, runEnv);
    if (retry) {
        if (!settings.runId)
            throw new errors/* UsageError */.eb(`command 'retry' needs the input 'run-id'`);
        if (state.logFolder && env.hasArtifactRuntime()) {
            const { restoreRunLogArtifact } = await __webpack_require__.e(/* import() */ 956).then(__webpack_require__.bind(__webpack_require__, 33956));
            const r = await restoreRunLogArtifact({
                runId: settings.runId,
                logFolder: state.logFolder,
                source: settings.sourceRunId ? { workflowRunId: settings.sourceRunId, repository: env.repository(), token: settings.githubToken } : undefined,
            });
            if (r) {
                state.notes.push(`retry of run ${settings.runId}: run log restored from artifact ${r.name}; steps that succeeded before are skipped`);
                core/* info */.pq(`restored the run log of ${settings.runId} from artifact ${r.name} (id ${r.id})`);
            }
        }
    }
    const stepCache = settings.stepCache ? await openStepCache() : undefined;
    const { StepLogRelay } = await __webpack_require__.e(/* import() */ 136).then(__webpack_require__.bind(__webpack_require__, 71136));
    const relay = new StepLogRelay((t) => process.stdout.write(t));
    const ac = new AbortController();
    let signalled;
    let deadline;
    const onSignal = (sig) => {
        if (signalled) {
            core/* info */.pq(`received ${sig} again: still finishing the run log`);
            return;
        }
        signalled = sig;
        process.stdout.write(`\n`);
        core/* warning */.$e(`received ${sig}: cancelling the run (steps are stopped, the run log is marked FAIL and stored)`);
        ac.abort(sig);
        // The runner kills everything ~10 s after SIGINT: if the engine has not settled within 6 s, say so in the
        // outputs and the summary first (cheap, local), then store what is on disk for at most 2.5 s, then leave.
        deadline = setTimeout(() => {
            void (async () => {
                relay.finish();
                const runId = state.runId ?? settings.runId;
                if (!state.statusSet)
                    setStatus('FAIL');
                if (!state.summaryWritten) {
                    await writeSummary(`## ❌ run \`${runId ?? '?'}\` cancelled by ${sig}\n\n` +
                        `The run did not settle within 6 s of the signal (a store or an upload was still busy): its run log is ` +
                        `stored as it is on disk (a retry runs again whatever it does not show as succeeded). Retry it with \`command: retry\`` +
                        `${runId ? `, \`run-id: ${runId}\`` : ''}.\n`, runId ?? 'cancelled').catch(() => undefined);
                }
                await Promise.race([
                    Promise.allSettled([flushCatalogs(), persistRunLog(`after ${sig}, engine still settling`)]),
                    new Promise((r) => setTimeout(r, 2500).unref()),
                ]);
                process.exit(130);
            })();
        }, 6000);
        deadline.unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const reporter = {
        ...relay.reporter,
        runStarted: (e) => {
            state.runId = e.runId;
            core/* saveState */.LZ('runId', e.runId);
            core/* setOutput */.uH('run-id', e.runId);
            core/* info */.pq(`run id: ${e.runId}`);
        },
        log: (level, message) => {
            // Step-cache warnings come from inside a step's stop-commands window, where `::warning::` would print
            // as text: they are shown as text now and annotated once the steps are done.
            if (level === 'WARNING' && message.startsWith('step cache:')) {
                state.deferredWarnings.push(message);
                core/* info */.pq(`warning: ${message}`);
                return;
            }
            if (level === 'DEBUG')
                core/* debug */.Yz(message);
            else if (level === 'WARNING')
                core/* warning */.$e(message);
            else if (level === 'ERROR' || level === 'FATAL')
                core/* error */.z3(message);
            else
                core/* info */.pq(message);
        },
    };
    let result;
    try {
        if (retry) {
            const { retryCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(750), __webpack_require__.e(207), __webpack_require__.e(694), __webpack_require__.e(191), __webpack_require__.e(572), __webpack_require__.e(928)]).then(__webpack_require__.bind(__webpack_require__, 17928));
            result = await retryCommand({ ...base, runId: settings.runId, reporter, signal: ac.signal, stepCache });
        }
        else {
            const { executeCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(750), __webpack_require__.e(207), __webpack_require__.e(694), __webpack_require__.e(191), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 98572));
            result = await executeCommand({ ...base, reporter, signal: ac.signal, stepCache }, loaded);
        }
    }
    finally {
        relay.finish();
        stepCache?.close();
        for (const w of state.deferredWarnings.splice(0))
            core/* warning */.$e(maskAll(w));
    }
    state.runId = result.runId;
    // The run is over and its log settled on disk. If its catalog files cannot be stored (the artifact service
    // keeps failing), the outputs, annotations and summary are still written, then the error is reported.
    let notStored;
    await flushCatalogs().catch((err) => {
        notStored = err;
    });
    const cachedSteps = relay.skipped.filter((s) => CACHED_RE.test(s.reason));
    const otherSkipped = relay.skipped.filter((s) => !CACHED_RE.test(s.reason));
    if (cachedSteps.length) {
        const byRun = new Map();
        for (const s of cachedSteps) {
            const run = CACHED_RE.exec(s.reason)[2];
            byRun.set(run, [...(byRun.get(run) ?? []), s.step]);
        }
        const parts = [...byRun].map(([run, steps]) => `${steps.slice(0, 10).join(', ')}${steps.length > 10 ? ', …' : ''} from run ${run}`);
        state.notes.push(`♻️ ${cachedSteps.length} step(s) not run: their definition, inputs and catalog inputs are unchanged, so their results were restored from the step cache (${parts.join('; ')})`);
    }
    if (otherSkipped.length) {
        state.notes.push(`${otherSkipped.length} step(s) skipped: ${otherSkipped.slice(0, 10).map((s) => `${s.step} (${s.reason})`).join(', ')}${otherSkipped.length > 10 ? ', …' : ''}`);
    }
    if (stepCache) {
        const line = stepCache.describe();
        core/* info */.pq(line);
        state.notes.push(line);
    }
    if (signalled)
        state.notes.push(`cancelled by ${signalled}: the run log was marked FAIL; retry with command: retry, run-id: ${result.runId}`);
    await persistRunLog(signalled ? `cancelled by ${signalled}` : 'end of run');
    core/* setOutput */.uH('run-id', result.runId);
    // FAIL when the files the run's steps put could not be stored: a later job or step would not find them.
    setStatus(notStored ? 'FAIL' : result.status);
    if (notStored)
        state.notes.push(`files the run's steps put in the catalog are in no artifact: those steps are marked FAIL in the run log, so a retry (command: retry, run-id: ${result.runId}) runs them again`);
    if (state.logFolder)
        core/* setOutput */.uH('run-log', (0,external_node_fs_.existsSync)((0,external_node_path_.join)(state.logFolder, result.runId)) ? (0,external_node_path_.join)(state.logFolder, result.runId) : (0,external_node_path_.join)(state.logFolder, `${result.runId}.json`));
    const failed = failedStepAnnotations(result.runLog, { pipelineFile: (0,external_node_path_.resolve)(settings.cwd, settings.pipeline), workspace: env.workspace() });
    for (const a of failed.shown)
        annotate({ ...a, message: maskAll(a.message) });
    if (failed.more)
        state.summaryAppendix.push(`${failed.more} more failed step(s) are not annotated (GitHub shows 10 per step): see the table above and the run-log artifact.`);
    await summarise(result, notStored ? { status: 'FAIL', message: errorLine(notStored) } : undefined);
    if (deadline)
        clearTimeout(deadline);
    if (signalled)
        throw new errors/* CancelledError */.cc(result.runId, signalled);
    if (notStored)
        throw notStored;
    if (result.status !== 'SUCCESS')
        throw new errors/* RunFailedError */.fg(result.runId, result.status);
}
/** `cached result of step '<step>' in run '<run>' …` — the engine's reason for a step restored from the cache. */
const CACHED_RE = /^cached result of step '(.*?)' in run '(.*?)'/;
/** The step cache on GitHub's cache service, or undefined (with a warning) when this job cannot reach it. */
async function openStepCache() {
    const { ActionsStepCache } = await __webpack_require__.e(/* import() */ 751).then(__webpack_require__.bind(__webpack_require__, 28751));
    try {
        const r = await ActionsStepCache.create({ root: (0,external_node_path_.join)(env.temp(), 'runnable-step-cache'), info: (m) => core/* info */.pq(m), debug: core/* isDebug */._o() });
        if (r.cache) {
            core/* info */.pq(`step cache: on (GitHub cache service); unchanged steps are restored instead of run`);
            return r.cache;
        }
        core/* warning */.$e(`step-cache: ${r.reason}; every step runs`);
        state.notes.push(`step cache requested but off: ${r.reason}`);
    }
    catch (err) {
        core/* warning */.$e(`step-cache: could not load the cache client: ${err.message}; every step runs`);
    }
    return undefined;
}
function maskAll(text) {
    let t = text;
    for (const s of state.secrets)
        t = t.split(s).join('***');
    return t;
}
async function flushCatalogs() {
    if (!env.hasArtifactRuntime())
        return;
    const { flushAllGithubArtifactCatalogs } = await __webpack_require__.e(/* import() */ 142).then(__webpack_require__.bind(__webpack_require__, 18142));
    await flushAllGithubArtifactCatalogs();
}
async function validateAction(settings) {
    const { validateCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(750), __webpack_require__.e(694), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 30010));
    const r = await validateCommand({ pipelineFile: settings.pipeline, configFile: settings.config, parametersFile: settings.parametersFile, cwd: settings.cwd, env: runEnvironment() });
    setStatus(r.ok ? 'SUCCESS' : 'FAIL');
    if (!r.ok)
        throw new errors/* ValidationError */.yI(r.issues, (0,external_node_path_.relative)(env.workspace(), (0,external_node_path_.resolve)(settings.cwd, settings.pipeline)) || settings.pipeline);
    const lines = [`## ✅ ${settings.pipeline} is valid`, ''];
    if (r.pipeline) {
        try {
            const { renderMermaid } = await __webpack_require__.e(/* import() */ 478).then(__webpack_require__.bind(__webpack_require__, 79478));
            lines.push('```mermaid', renderMermaid(r.pipeline).trim(), '```', '');
        }
        catch {
            /* graph rendering is optional */
        }
    }
    core/* info */.pq(`${settings.pipeline}: valid`);
    await writeSummary(lines.join('\n'), 'validate');
}
async function compileAction(settings) {
    const { loadInputs } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(750), __webpack_require__.e(207), __webpack_require__.e(694), __webpack_require__.e(191)]).then(__webpack_require__.bind(__webpack_require__, 83191));
    const loaded = await loadInputs({ pipelineFile: settings.pipeline, configFile: settings.config, cwd: settings.cwd, env: runEnvironment() });
    let text;
    let kind;
    let outFile;
    if (loaded.config.pipelineExecutor.type === 'argo') {
        const { compileCommand } = await Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(671)]).then(__webpack_require__.bind(__webpack_require__, 38671));
        const r = await compileCommand({ loaded, pipelineFile: settings.pipeline, configFile: settings.config, parametersFile: settings.parametersFile, logLevel: settings.logLevel, tag: settings.tag });
        text = r.yaml;
        kind = `Argo ${r.kind}`;
        outFile = r.outputFile ?? (0,external_node_path_.resolve)(settings.cwd, 'argo-pipeline.yaml');
    }
    else {
        const { renderMermaid } = await __webpack_require__.e(/* import() */ 478).then(__webpack_require__.bind(__webpack_require__, 79478));
        text = renderMermaid(loaded.pipeline).trim() + '\n';
        kind = 'mermaid graph';
        outFile = (0,external_node_path_.resolve)(settings.cwd, settings.pipeline.replace(/\.ya?ml$/i, '') + '.mmd');
    }
    const lines = [`## ${kind} of ${settings.pipeline}`, ''];
    if (settings.manifest) {
        const committed = (0,external_node_path_.resolve)(settings.cwd, settings.manifest);
        const before = (0,external_node_fs_.existsSync)(committed) ? await (0,promises_.readFile)(committed, 'utf8') : undefined;
        const generated = (0,external_node_path_.join)(env.temp(), 'runnable-compiled-' + settings.manifest.replace(/[^A-Za-z0-9._-]+/g, '_'));
        await (0,promises_.mkdir)(env.temp(), { recursive: true });
        await (0,promises_.writeFile)(generated, text);
        core/* setOutput */.uH('manifest', generated);
        if (before === text) {
            core/* info */.pq(`${settings.manifest} is up to date`);
            lines.push(`✅ \`${settings.manifest}\` matches the pipeline.`);
            await writeSummary(lines.join('\n'), 'compile');
            return;
        }
        const diffLine = firstDiffLine(before ?? '', text);
        lines.push(`❌ \`${settings.manifest}\` ${before === undefined ? 'does not exist' : `differs from the compiled ${kind} (first difference at line ${diffLine})`}. Regenerate it with \`runnable compile\` and commit it.`, '', '<details><summary>expected</summary>', '', '```yaml', text.slice(0, 200_000), '```', '', '</details>');
        await writeSummary(lines.join('\n'), 'compile');
        if (settings.failOnDrift) {
            const file = (0,external_node_path_.relative)(env.workspace(), committed);
            throw new errors/* ValidationError */.yI([{ file, line: before === undefined ? undefined : diffLine, path: '', message: `${before === undefined ? 'missing' : 'out of date'}: the committed manifest does not match the pipeline; run 'runnable compile' and commit the result` }], 'compiled manifest');
        }
        core/* warning */.$e(`${settings.manifest} is out of date (fail-on-drift is false)`);
        return;
    }
    await (0,promises_.mkdir)((0,external_node_path_.resolve)(outFile, '..'), { recursive: true });
    await (0,promises_.writeFile)(outFile, text);
    core/* setOutput */.uH('manifest', outFile);
    core/* info */.pq(`${kind} written to ${outFile}`);
    lines.push('```' + (kind.startsWith('Argo') ? 'yaml' : 'mermaid'), text.slice(0, 200_000).trim(), '```');
    await writeSummary(lines.join('\n'), 'compile');
}
function firstDiffLine(a, b) {
    const x = a.split('\n');
    const y = b.split('\n');
    for (let i = 0; i < Math.max(x.length, y.length); i++)
        if (x[i] !== y[i])
            return i + 1;
    return 1;
}
/** Markdown table of Argo step rows: the same columns as a local run's summary. */
function argoRowsMarkdown(rows) {
    const icon = (s) => (s === 'SUCCESS' ? '✅' : s === 'FAIL' ? '❌' : '⏳');
    const esc = (t) => maskAll(t).replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = ['| step | status | attempts | duration | message |', '| --- | --- | --- | --- | --- |'];
    for (const r of rows.slice(0, 500)) {
        lines.push(`| \`${esc(r.step)}\` | ${icon(r.status)} ${r.status} | ${r.attempts} | ${r.duration !== undefined ? `${r.duration.toFixed(1)} s` : ''} | ${esc((r.message ?? '').slice(0, 200))} |`);
    }
    if (rows.length > 500)
        lines.push(`| … ${rows.length - 500} more steps | | | | |`);
    return lines.join('\n') + '\n';
}
/** submit: compile, create the Workflow, poll it to the end mirroring step status; SIGINT/SIGTERM stop it. */
async function submitAction(settings) {
    const { loadInputs } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(750), __webpack_require__.e(207), __webpack_require__.e(694), __webpack_require__.e(191)]).then(__webpack_require__.bind(__webpack_require__, 83191));
    const { submitCommand } = await Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(300)]).then(__webpack_require__.bind(__webpack_require__, 45300));
    const loaded = await loadInputs({ pipelineFile: settings.pipeline, configFile: settings.config, cwd: settings.cwd, env: runEnvironment() });
    if (settings.kubeconfig) {
        // GitHub masks line by line: register every credential value of the kubeconfig on its own.
        for (const line of settings.kubeconfig.split('\n')) {
            const m = /^\s*-?\s*[\w.-]*(token|certificate|key|password|secret)[\w.-]*:\s*(\S.*?)\s*$/i.exec(line);
            if (m && m[2].length >= 4)
                core/* setSecret */.Pq(m[2]);
        }
    }
    const ac = new AbortController();
    const onSignal = (sig) => {
        core/* warning */.$e(`received ${sig}: stopping the workflow`);
        ac.abort(sig);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let seen = '';
    try {
        const r = await submitCommand({
            loaded,
            pipelineFile: settings.pipeline,
            configFile: settings.config,
            parametersFile: settings.parametersFile,
            logLevel: settings.logLevel,
            tag: settings.tag,
            runId: settings.runId,
            kube: settings.kubeconfig ? { kubeconfigText: settings.kubeconfig } : {},
            wait: true,
            argoServerUrl: settings.argoUiUrl,
            signal: ac.signal,
            onSubmitted: (wf) => {
                core/* info */.pq(`submitted workflow ${wf.namespace}/${wf.name}${wf.uiUrl ? ` — ${wf.uiUrl}` : ''}`);
                core/* setOutput */.uH('run-id', settings.runId ?? wf.uid);
            },
            onProgress: (rows) => {
                for (const row of rows) {
                    const line = `${row.step} ${row.status} ${row.attempts}`;
                    if (!seen.includes(`|${line}|`)) {
                        seen += `|${line}|`;
                        core/* info */.pq(`${row.status === 'SUCCESS' ? '✓' : row.status === 'FAIL' ? '✗' : '…'} ${row.step} ${row.status}${row.attempts > 1 ? ` [attempt ${row.attempts}]` : ''}`);
                    }
                }
            },
        });
        const wf = r.submitted;
        const manifestFile = (0,external_node_path_.join)(env.temp(), 'runnable-submitted-workflow.yaml');
        await (0,promises_.mkdir)(env.temp(), { recursive: true });
        await (0,promises_.writeFile)(manifestFile, r.yaml);
        core/* setOutput */.uH('manifest', manifestFile);
        const phase = r.result?.phase ?? 'Unknown';
        setStatus(phase === 'Succeeded' ? 'SUCCESS' : 'FAIL');
        const link = wf.uiUrl ? ` — [open in the Argo UI](${wf.uiUrl})` : '';
        await writeSummary(`## ${phase === 'Succeeded' ? '✅' : '❌'} Argo workflow \`${wf.namespace}/${wf.name}\` ${phase}${link}\n\n` +
            (r.result?.message ? `${maskAll(r.result.message)}\n\n` : '') +
            argoRowsMarkdown(r.result?.rows ?? []), 'submit');
        if (r.result?.cancelled)
            throw new errors/* CancelledError */.cc(settings.runId ?? wf.uid, String(ac.signal.reason ?? 'cancel'));
        if (phase !== 'Succeeded')
            throw new errors/* RunFailedError */.fg(settings.runId ?? wf.uid, phase);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/**
 * The one place errors become annotations, summary lines and an exit code. Whatever failed, a command that
 * runs a pipeline ends with the `status` output (FAIL unless the run had set it), the `run-id` output when
 * known, and a job summary saying what failed.
 */
async function reportError(err, isPost = false) {
    const command = state.settings?.command;
    const runId = state.runId ?? state.settings?.runId;
    if (!isPost && (command === 'execute' || command === 'retry' || command === 'submit')) {
        if (!state.statusSet)
            setStatus('FAIL');
        if (runId)
            core/* setOutput */.uH('run-id', runId);
    }
    if (!isPost && !state.summaryWritten && !(err instanceof errors/* ValidationError */.yI)) {
        const what = command ? `\`${command}\`${runId ? ` of run \`${runId}\`` : ''}` : 'runnable-action';
        await writeSummary(`## ❌ ${what} failed\n\n${errorLine(err)}\n`, runId ?? command ?? 'error').catch(() => undefined);
    }
    if (err instanceof errors/* ValidationError */.yI) {
        const { shown, overflow } = issueAnnotations(err.issues, { workspace: env.workspace() });
        for (const a of shown)
            annotate(a);
        if (overflow.length) {
            const md = `### ${overflow.length} more problem(s)\n\nGitHub shows 10 annotations per step; the rest:\n\n${issuesMarkdown(overflow, env.workspace())}\n`;
            await writeSummary(md, 'validation').catch(() => undefined);
        }
        else if (err.issues.length) {
            await writeSummary(`## ❌ ${err.issues.length} problem(s)\n\n${issuesMarkdown(err.issues, env.workspace())}\n`, 'validation').catch(() => undefined);
        }
        core/* setFailed */.C1(`[${err.code}] ${err.issues.length} problem(s) found:\n${err.issues.map((i) => '  ' + (0,errors/* formatIssue */.Hd)(i)).join('\n')}`);
        process.exitCode = err.exitCode;
    }
    else if (err instanceof errors/* ManifestError */.Sh || err instanceof errors/* RunnableError */.GX) {
        core/* setFailed */.C1(`[${err.code}] ${maskAll(err.message)}`);
        process.exitCode = err.exitCode;
    }
    else {
        const e = err instanceof Error ? err : new errors/* InternalError */.Gd(String(err));
        core/* error */.z3(maskAll(e.stack ?? e.message));
        core/* setFailed */.C1(`[RA999] internal error in runnable-action: ${maskAll(e.message)}. This is a bug: please report it at ${REPORT_URL} with the log above.`);
        process.exitCode = 1;
    }
}
async function main() {
    core/* saveState */.LZ('isPost', 'true');
    const settings = getInputs(env.workspace());
    state.settings = settings;
    addSecret(settings.githubToken);
    addSecret(settings.kubeconfig);
    if (settings.command !== 'validate') {
        // Only runs use the artifact catalog; validate does not load it.
        const { setGithubArtifactsOptions } = await __webpack_require__.e(/* import() */ 99).then(__webpack_require__.bind(__webpack_require__, 91480));
        setGithubArtifactsOptions({
            token: settings.githubToken,
            sourceWorkflowRunId: settings.sourceRunId,
            sourceRepository: env.repository(),
            log: (m) => core/* info */.pq(m),
        });
    }
    switch (settings.command) {
        case 'execute':
            return runCommandWithRun(settings, false);
        case 'retry':
            return runCommandWithRun(settings, true);
        case 'validate':
            return validateAction(settings);
        case 'compile':
            return compileAction(settings);
        case 'submit':
            return submitAction(settings);
    }
}
/** post: store the run log if main started a run and could not store it (crash, kill). */
async function post() {
    const runId = core/* getState */.Gu('runId');
    const logFolder = core/* getState */.Gu('logFolder');
    if (!runId || !logFolder || core/* getState */.Gu('persisted') === 'true')
        return;
    state.settings = getInputs(env.workspace());
    state.runId = runId;
    state.logFolder = logFolder;
    core/* info */.pq(`post: the run log of ${runId} was not stored by the main step; storing it now`);
    await persistRunLog('post step');
}
async function run() {
    const isPost = core/* getState */.Gu('isPost') === 'true';
    try {
        await (isPost ? post() : main());
    }
    catch (err) {
        if (!isPost && state.runId && state.persisted === undefined)
            await persistRunLog('after an error').catch(() => undefined);
        await reportError(err, isPost);
    }
    // Dangling HTTP keep-alives or retry timers of the toolkit must not keep the job step alive.
    process.exit(process.exitCode ?? 0);
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
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fg: () => (/* binding */ RunFailedError),
/* harmony export */   hL: () => (/* binding */ RetryRefusedError),
/* harmony export */   oL: () => (/* binding */ SecretNotFoundError),
/* harmony export */   yI: () => (/* binding */ ValidationError),
/* harmony export */   zJ: () => (/* binding */ RunLogCorruptError)
/* harmony export */ });
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
