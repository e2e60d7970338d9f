export const id = 572;
export const ids = [572];
export const modules = {

/***/ 98572:
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

;// CONCATENATED MODULE: ./src/pipeline/internal-names.ts
/**
 * Internal names (runnable semantics §2, §12): template paths like `map_state.map_variable_placeholder.inner`,
 * their resolution with iteration values, the `%` encoding used on command lines, and lookups/walks over
 * the IR.
 */


/**
 * The branch-name form of a map item (§19 f/g): strings as they are, everything else its JSON text
 * (`true`, `1`, `1.5`, `{"a":1}`, `null`).
 */
function itemKey(value) {
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value) ?? 'null';
}
/**
 * Fills the placeholders of a template internal name, in order, outermost first: each
 * `map_variable_placeholder` segment takes the next map value (as `itemKey`), each
 * `loop_variable_placeholder` the next loop index. Throws UsageError when values are missing.
 */
function resolveInternalName(template, iter = {}) {
    const maps = Object.values(iter.map_variable ?? {});
    const loops = iter.loop_variable ?? [];
    let m = 0;
    let l = 0;
    return template
        .split('.')
        .map((seg) => {
        if (seg === MAP_PLACEHOLDER) {
            if (m >= maps.length)
                throw new UsageError(`'${template}' needs ${countOf(template, MAP_PLACEHOLDER)} map value(s) but the iteration variables give ${maps.length}`);
            return itemKey(maps[m++].value);
        }
        if (seg === LOOP_PLACEHOLDER) {
            if (l >= loops.length)
                throw new UsageError(`'${template}' needs ${countOf(template, LOOP_PLACEHOLDER)} loop value(s) but the iteration variables give ${loops.length}`);
            return String(loops[l++].value);
        }
        return seg;
    })
        .join('.');
}
function countOf(template, placeholder) {
    return template.split('.').filter((s) => s === placeholder).length;
}
/** A step path for the command line: spaces written as `%` (§12.1). */
function encodeStepPath(path) {
    return path.replace(/ /g, '%');
}
/** The inverse of encodeStepPath: `%` back to spaces. */
function decodeStepPath(path) {
    return path.replace(/%/g, ' ');
}
/**
 * Finds the node at a template internal name (`par.b1.t1`, `map.map_variable_placeholder.inner`; spaces,
 * not `%`). Throws UsageError naming the segment that does not exist.
 */
function findNode(pipeline, templateInternalName) {
    const segments = templateInternalName.split('.');
    let graph = pipeline.dag;
    const parents = [];
    for (let i = 0; i < segments.length; i += 2) {
        const seg = segments[i];
        const node = Object.prototype.hasOwnProperty.call(graph.nodes, seg) ? graph.nodes[seg] : undefined;
        if (!node) {
            throw new UsageError(`unknown step '${templateInternalName}': no step '${seg}' in ${graph.internalName ? `branch '${graph.internalName}'` : 'the pipeline'} (steps: ${Object.keys(graph.nodes).join(', ')})`);
        }
        if (i === segments.length - 1)
            return { node, graph, parents };
        const key = segments[i + 1];
        if (!isComposite(node))
            throw new UsageError(`unknown step '${templateInternalName}': '${node.internalName}' is a ${node.type} node and has no branches`);
        let branchKey;
        let next;
        if (node.type === 'map' || node.type === 'loop') {
            const placeholder = node.type === 'map' ? MAP_PLACEHOLDER : LOOP_PLACEHOLDER;
            if (key !== placeholder)
                throw new UsageError(`unknown step '${templateInternalName}': the branch of ${node.type} '${node.internalName}' is written '${node.internalName}.${placeholder}'`);
            branchKey = 'branch';
            next = node.branch;
        }
        else {
            branchKey = key;
            const all = branchesOf(node);
            next = Object.prototype.hasOwnProperty.call(all, key) ? all[key] : undefined;
            if (!next)
                throw new UsageError(`unknown step '${templateInternalName}': ${node.type} '${node.internalName}' has no branch '${key}' (branches: ${Object.keys(all).join(', ')})`);
        }
        parents.push({ node, branchKey, graph: next });
        graph = next;
    }
    throw new UsageError(`unknown step '${templateInternalName}': it names a branch, not a step`);
}
/** Finds the graph (the root or a branch) with this template internal name ('' for the root). */
function findGraph(pipeline, templateInternalName) {
    for (const g of allGraphs(pipeline))
        if (g.internalName === templateInternalName)
            return g;
    return undefined;
}
/** Every node of the pipeline in pre-order: each node, then its branches' nodes, then the next node. */
function* walkNodes(pipeline) {
    yield* walkGraph(pipeline.dag, []);
}
function* walkGraph(graph, parents) {
    for (const node of Object.values(graph.nodes)) {
        yield { node, graph, parents };
        if (isComposite(node)) {
            for (const [branchKey, g] of Object.entries(branchesOf(node)))
                yield* walkGraph(g, [...parents, { node, branchKey, graph: g }]);
        }
    }
}
/** Every node of the pipeline (see walkNodes for the order). */
function allNodes(pipeline) {
    return Array.from(walkNodes(pipeline), (v) => v.node);
}
/** Every graph: the root first, then branches depth first. */
function allGraphs(pipeline) {
    const out = [];
    const stack = [pipeline.dag];
    while (stack.length) {
        const g = stack.pop();
        out.push(g);
        const children = [];
        for (const node of Object.values(g.nodes))
            if (isComposite(node))
                children.push(...Object.values(branchesOf(node)));
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/context/frames.ts
/**
 * A frame is where a step runs: the resolved internal name of its branch, the iteration values of the
 * enclosing maps and loops (both as runnable's `--iter-variable` shape and by name, as tasks receive them).
 * Local traversal builds frames as it descends; the single-node CLI rebuilds one from a template path.
 */



const ROOT_FRAME = Object.freeze({ branch: '', scopes: [], iter: { map_variable: {}, loop_variable: [] }, vars: {} });
/** Resolved internal name of a node running in `frame`. */
function stepPath(frame, node) {
    return frame.branch ? `${frame.branch}.${node.name}` : node.name;
}
/** The frame of one branch of a composite: parallel/conditional key, map item, or loop index. */
function childFrame(frame, node, stepName, selector) {
    if ('item' in selector && node.type === 'map') {
        const branch = `${stepName}.${itemKey(selector.item)}`;
        return {
            branch,
            scopes: [...frame.scopes, branch],
            iter: { map_variable: { ...frame.iter.map_variable, [node.iterate_as]: { value: selector.item } }, loop_variable: frame.iter.loop_variable },
            vars: { ...frame.vars, [node.iterate_as]: selector.item },
        };
    }
    if ('index' in selector && node.type === 'loop') {
        const branch = `${stepName}.${selector.index}`;
        return {
            branch,
            scopes: [...frame.scopes, branch],
            iter: { map_variable: frame.iter.map_variable, loop_variable: [...frame.iter.loop_variable, { value: selector.index }] },
            vars: { ...frame.vars, [node.index_as]: selector.index },
        };
    }
    if ('key' in selector) {
        const branch = `${stepName}.${selector.key}`;
        return { branch, scopes: [...frame.scopes, branch], iter: frame.iter, vars: frame.vars };
    }
    throw new Error(`bad branch selector for ${node.type} ${stepName}`);
}
/**
 * Finds the node at a template internal name (`map.map_variable_placeholder.inner`, spaces already decoded)
 * and builds its frame from the iteration variables. Errors name the segment that does not exist.
 */
function locate(pipeline, templatePath, iter) {
    const segments = templatePath.split('.');
    let graph = pipeline.dag;
    let frame = ROOT_FRAME;
    let loopDepth = 0;
    for (let i = 0; i < segments.length; i += 2) {
        const node = graph.nodes[segments[i]];
        if (!node) {
            throw new UsageError(`step '${templatePath}': no step '${segments[i]}' in ${graph.internalName || 'the pipeline'} (steps: ${Object.keys(graph.nodes).join(', ')})`);
        }
        if (i === segments.length - 1)
            return { node, graph, frame };
        const key = segments[i + 1];
        const name = stepPath(frame, node);
        switch (node.type) {
            case 'map': {
                if (key !== MAP_PLACEHOLDER)
                    throw new UsageError(`step '${templatePath}': a map branch is written '${node.name}.${MAP_PLACEHOLDER}'`);
                const v = iter.map_variable?.[node.iterate_as];
                if (!v)
                    throw new UsageError(`step '${templatePath}': --iter-variable has no map_variable '${node.iterate_as}'`);
                frame = childFrame(frame, node, name, { item: v.value });
                graph = node.branch;
                break;
            }
            case 'loop': {
                if (key !== LOOP_PLACEHOLDER)
                    throw new UsageError(`step '${templatePath}': a loop branch is written '${node.name}.${LOOP_PLACEHOLDER}'`);
                const v = iter.loop_variable?.[loopDepth++];
                if (!v || typeof v.value !== 'number')
                    throw new UsageError(`step '${templatePath}': --iter-variable has no loop_variable for loop '${node.name}'`);
                frame = childFrame(frame, node, name, { index: v.value });
                graph = node.branch;
                break;
            }
            case 'parallel':
            case 'conditional': {
                const g = key === 'default' && node.type === 'conditional' ? node.default : node.branches[key];
                if (!g)
                    throw new UsageError(`step '${templatePath}': '${node.name}' has no branch '${key}'`);
                frame = childFrame(frame, node, name, { key });
                graph = g;
                break;
            }
            default:
                throw new UsageError(`step '${templatePath}': '${node.name}' is a ${node.type} and has no branches`);
        }
    }
    throw new UsageError(`step '${templatePath}' names a branch, not a step`);
}

// EXTERNAL MODULE: ./src/context/setup-run.ts + 6 modules
var setup_run = __webpack_require__(83191);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runlog/model.ts
var model = __webpack_require__(55992);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/tasks/common.ts
/**
 * Small helpers shared by the runners: the private temp directory for result channels, the recorded input
 * parameters, and outcome builders.
 */




let privateDir;
let counter = 0;
/**
 * A directory only this process uses (mode 0700), created on first use and removed when the process exits.
 * Result files, pickles and generated notebooks of task attempts live here.
 */
function privateTempDir() {
    if (privateDir === undefined) {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'runnable-action-'));
        privateDir = dir;
        process.once('exit', () => {
            try {
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            }
            catch {
                // best effort
            }
        });
    }
    return privateDir;
}
/** A fresh path (not created) in the private temp dir: `<dir>/<n><suffix>`. */
function tempPath(suffix) {
    return (0,external_node_path_.join)(privateTempDir(), `${process.pid}-${++counter}${suffix}`);
}
/**
 * What the task received, recorded as the attempt's `input_parameters`: the scope's parameters plus the
 * iteration variables as json parameters (semantics §4.2 rule 7).
 */
function inputParametersOf(inv) {
    const names = Object.keys(inv.iterVariables);
    if (names.length === 0)
        return { ...inv.parameters };
    const out = { ...inv.parameters };
    for (const name of names)
        out[name] = (0,model/* makeParameter */.mL)('json', inv.iterVariables[name]);
    return out;
}
/** JSON-decoded when the text parses (`42` → 42, `[1,2]` → list, `0.9` → float), else the string itself. */
function decodeTextValue(text) {
    const t = text.trim();
    if (t === '')
        return text;
    const c = t.charCodeAt(0);
    // Fast path: only try JSON for text that can start a JSON value.
    if (c === 0x7b /* { */ || c === 0x5b /* [ */ || c === 0x22 /* " */ || c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39) || t === 'true' || t === 'false' || t === 'null') {
        try {
            return JSON.parse(t);
        }
        catch {
            return text;
        }
    }
    return text;
}
function failure(inv, message, exitCode) {
    const out = { ok: false, message, returns: {}, inputParameters: inputParametersOf(inv) };
    if (exitCode !== undefined)
        out.exitCode = exitCode;
    return out;
}
function success(inv, returns, exitCode) {
    const out = { ok: true, message: '', returns, inputParameters: inputParametersOf(inv) };
    if (exitCode !== undefined)
        out.exitCode = exitCode;
    return out;
}
/** `<value>` for messages: JSON, shortened. */
function preview(value, max = 80) {
    let s;
    try {
        s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    }
    catch {
        s = String(value);
    }
    return s.length > max ? s.slice(0, max - 3) + '...' : s;
}
/**
 * The values of the step's own secrets (as set in its environment) replaced by `***` in the outcome's
 * message. The message is stored in the run log and shown in annotations; a task that puts a secret in an
 * exception or error text must not leak it there (its output is masked by the context as it streams).
 * Values shorter than 4 characters are left alone, as the output masking does.
 */
function maskOutcomeSecrets(outcome, inv) {
    if (!outcome.message)
        return outcome;
    const names = inv.spec.secrets ?? [];
    let message = outcome.message;
    const values = names.map((n) => inv.env[n]).filter((v) => typeof v === 'string' && v.length >= 4);
    // Longest first, so a secret containing another is masked whole.
    for (const v of values.sort((a, b) => b.length - a.length))
        if (message.includes(v))
            message = message.split(v).join('***');
    return message === outcome.message ? outcome : { ...outcome, message };
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
;// CONCATENATED MODULE: ./src/tasks/env.ts
/**
 * GitHub runtime and OIDC credentials: never passed to a step process. (`GITHUB_TOKEN` is handled apart:
 * passed only when the step lists it under `secrets`.)
 */
const RUNTIME_CREDENTIALS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_CACHE_SERVICE_V2',
];
const RUNTIME_SET = new Set(RUNTIME_CREDENTIALS);
/**
 * Copies `env` without the credentials a step was not given:
 * - the GitHub runtime/OIDC variables above, always;
 * - `GITHUB_TOKEN`, unless listed in `allowedSecretNames` (the step's `secrets`);
 * - `INPUT_*` (the action's own inputs, which may carry kubeconfigs or tokens), unless listed.
 * Undefined values are dropped. Everything else (PATH, HOME, RUNNER_*, GITHUB_* context, GITHUB_OUTPUT...)
 * is inherited, as a `run:` step would see it.
 */
function scrubEnvironment(env, allowedSecretNames = []) {
    const allowed = new Set(allowedSecretNames);
    const out = {};
    for (const key of Object.keys(env)) {
        const value = env[key];
        if (value === undefined)
            continue;
        if (isWithheld(key, allowed))
            continue;
        out[key] = value;
    }
    return out;
}
/** True for a variable a step does not get unless it lists it under `secrets` (the runtime ones: never). */
function isWithheld(key, allowed) {
    if (RUNTIME_SET.has(key))
        return true;
    return !allowed.has(key) && (key === 'GITHUB_TOKEN' || key.startsWith('INPUT_'));
}
/** Strings raw, everything else JSON-encoded (semantics §4.3): `{"x": 10}`, `[1, 2]`, `1`, `true`, `null`. */
function encodeEnvValue(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined)
        return '';
    return JSON.stringify(value) ?? '';
}
/**
 * The environment variables a shell task gets for its parameters: every json/metric parameter under its own
 * name (object parameters are not passed), then the iteration variables (map `iterate_as`, loop `index_as`),
 * which win on a clash. Names that cannot be environment variable names (empty, containing `=` or NUL) are
 * skipped.
 */
function paramsToEnv(params, iterVars = {}) {
    const out = {};
    for (const name of Object.keys(params)) {
        const p = params[name];
        if (p.kind === 'object' || !validEnvName(name))
            continue;
        out[name] = encodeEnvValue(p.value);
    }
    for (const name of Object.keys(iterVars)) {
        if (!validEnvName(name))
            continue;
        out[name] = encodeEnvValue(iterVars[name]);
    }
    return out;
}
function validEnvName(name) {
    return name.length > 0 && !name.includes('=') && !name.includes('\0');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./src/tasks/node.ts
/**
 * `command_type: node` (ours): call an exported JavaScript function.
 *
 * Command: `path/to/module.js:exportName` (also `.mjs`/`.cjs`, and `#` as the separator); the default
 * export when no name is given. The path is resolved against the invocation's cwd.
 *
 * In-process, by design. The budget is a 10,000-item map of node functions in ≤ 2 s, i.e. ≤ 200 µs per item
 * for everything (context, run log, runner). A process per call costs ~70 ms (`node -e ''`), a worker
 * thread ~25 ms, so both are out by two to three orders of magnitude; even a pool of long-lived workers
 * pays a structured-clone round trip and loses object identity and closures. In-process with a module
 * cache costs a few microseconds per call (measured in test/tasks/node.test.ts). The price is isolation:
 * - a synchronous infinite loop cannot be interrupted (the timeout and the abort signal settle the outcome
 *   as failed, but the function keeps running and blocks the event loop until it returns);
 * - a function that mutates globals or `process.env` affects the runner (the environment of the
 *   invocation is *not* applied to `process.env`: concurrent calls would race);
 * - `process.stdout.write` from the function goes to the runner's stdout unrouted; `console.*` is routed.
 * Users who need isolation run the same code as a shell task (`node script.js`).
 *
 * Calling convention: `fn({...parameters, ...iterationVariables}, { signal, stepName, attempt })`, awaited.
 * Object parameters are `v8.deserialize`d. Returns: with one return name, the value itself; with several,
 * an array (positional) or an object carrying those names. Object returns are `v8.serialize`d and saved
 * with the extension `.v8`.
 *
 * Console routing: `console.log/info/debug` (stdout) and `console.error/warn/trace` (stderr) are patched once
 * and routed through AsyncLocalStorage to the OutputSink of the invocation that is running, even when
 * several run concurrently; outside a node task they behave as before.
 */








/** Splits `path/to/module.js:exportName` / `module.mjs#name` / `module.js`. */
function parseNodeCommand(command) {
    const c = command.trim();
    const hash = c.lastIndexOf('#');
    if (hash >= 0)
        return { modulePath: c.slice(0, hash), exportName: c.slice(hash + 1) || 'default' };
    const colon = c.lastIndexOf(':');
    // A colon after the last path separator (and not a Windows drive letter) separates the export name.
    if (colon > 1 && colon > c.lastIndexOf('/') && colon > c.lastIndexOf('\\')) {
        return { modulePath: c.slice(0, colon), exportName: c.slice(colon + 1) || 'default' };
    }
    return { modulePath: c, exportName: 'default' };
}
// ---------------------------------------------------------------------------------------------------------
// Console routing
const outputStore = new external_node_async_hooks_.AsyncLocalStorage();
let consolePatched = false;
// ---------------------------------------------------------------------------------------------------------
// Environment hygiene: node functions run in our process, so they could read our process.env, which in the
// Action holds the runtime and OIDC tokens. process.env becomes a view that, inside a node task's async
// context, hides what scrubEnvironment keeps from step processes (children it spawns inherit the same
// view); everywhere else (the toolkit, our own code) it is the real environment.
/** The secret names the running node task was given; undefined outside node tasks. */
const taskSecrets = new external_node_async_hooks_.AsyncLocalStorage();
let envGuarded = false;
function guardProcessEnv() {
    if (envGuarded)
        return;
    envGuarded = true;
    const hidden = (key) => {
        const allowed = taskSecrets.getStore();
        return allowed !== undefined && typeof key === 'string' && isWithheld(key, allowed);
    };
    process.env = new Proxy(process.env, {
        get: (t, k) => (hidden(k) ? undefined : Reflect.get(t, k)),
        has: (t, k) => (hidden(k) ? false : Reflect.has(t, k)),
        ownKeys: (t) => Reflect.ownKeys(t).filter((k) => !hidden(k)),
        getOwnPropertyDescriptor: (t, k) => (hidden(k) ? undefined : Reflect.getOwnPropertyDescriptor(t, k)),
    });
}
function patchConsole() {
    if (consolePatched)
        return;
    consolePatched = true;
    const routes = [
        ['log', 'stdout'],
        ['info', 'stdout'],
        ['debug', 'stdout'],
        ['error', 'stderr'],
        ['warn', 'stderr'],
        ['trace', 'stderr'],
    ];
    const target = console;
    for (const [method, stream] of routes) {
        const original = target[method];
        if (typeof original !== 'function')
            continue;
        const bound = original.bind(console);
        target[method] = function routedConsole(...args) {
            const sink = outputStore.getStore();
            if (sink === undefined) {
                bound(...args);
                return;
            }
            let text = (0,external_node_util_.formatWithOptions)({ colors: false }, ...args);
            if (method === 'trace') {
                const stack = new Error().stack?.split('\n').slice(2).join('\n') ?? '';
                text = `Trace${text ? ': ' + text : ''}\n${stack}`;
            }
            sink.write(stream, text + '\n');
        };
    }
}
// ---------------------------------------------------------------------------------------------------------
// Module cache
const functionCache = new Map();
async function loadFunction(cwd, command) {
    const { modulePath, exportName } = parseNodeCommand(command);
    const file = (0,external_node_path_.isAbsolute)(modulePath) ? modulePath : (0,external_node_path_.resolve)(cwd, modulePath);
    const mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file).href));
    let fn = mod[exportName];
    // A CommonJS module's exports arrive as `default`.
    if (fn === undefined && exportName !== 'default' && mod.default && typeof mod.default === 'object') {
        fn = mod.default[exportName];
    }
    if (typeof fn !== 'function') {
        const have = Object.keys(mod).filter((k) => typeof mod[k] === 'function');
        throw new Error(`${file} has no exported function '${exportName}'` + (have.length ? ` (exported functions: ${have.join(', ')})` : ''));
    }
    return fn;
}
/** The function for a command, loaded once per (cwd, command). */
function getFunction(cwd, command) {
    const key = cwd + '\0' + command;
    const hit = functionCache.get(key);
    if (hit !== undefined)
        return hit;
    const p = loadFunction(cwd, command).then((fn) => {
        functionCache.set(key, fn); // later calls skip the promise
        return fn;
    }, (e) => {
        functionCache.delete(key);
        throw e;
    });
    functionCache.set(key, p);
    return p;
}
/** Forgets loaded modules' functions (Node's own ESM cache still holds the modules). */
function clearNodeFunctionCache() {
    functionCache.clear();
}
// ---------------------------------------------------------------------------------------------------------
function describeError(e) {
    if (e instanceof Error)
        return e.stack && e.stack.includes(e.message) ? e.stack : `${e.name}: ${e.message}\n${e.stack ?? ''}`;
    try {
        return `thrown value: ${typeof e === 'string' ? e : JSON.stringify(e)}`;
    }
    catch {
        return `thrown value: ${String(e)}`;
    }
}
function toJsonValue(name, value) {
    if (value === undefined)
        return null;
    const t = typeof value;
    if (value === null || t === 'string' || t === 'boolean')
        return value;
    if (t === 'number') {
        if (!Number.isFinite(value))
            throw new Error(`return '${name}' is not JSON-serialisable: ${String(value)}`);
        return value;
    }
    let text;
    try {
        text = JSON.stringify(value);
    }
    catch (e) {
        throw new Error(`return '${name}' is not JSON-serialisable: ${e.message}`);
    }
    if (text === undefined)
        throw new Error(`return '${name}' is not JSON-serialisable (${t})`);
    return JSON.parse(text);
}
class NodeTaskRunner {
    constructor() {
        patchConsole();
    }
    async run(inv) {
        const command = inv.spec.command;
        let fn;
        try {
            const got = getFunction(inv.cwd, command);
            fn = typeof got === 'function' ? got : await got;
        }
        catch (e) {
            return failure(inv, `cannot load the node function ${command}: ${e.message ?? String(e)}`);
        }
        // Arguments: parameters by name (objects deserialised), then iteration variables.
        const args = {};
        try {
            for (const name in inv.parameters) {
                const p = inv.parameters[name];
                args[name] = p.kind === 'object' ? (0,external_node_v8_.deserialize)(await inv.objects.load(String(p.value))) : p.value;
            }
        }
        catch (e) {
            return failure(inv, `cannot load an object parameter: ${e.message}`);
        }
        for (const name in inv.iterVariables)
            args[name] = inv.iterVariables[name];
        if (inv.signal.aborted)
            return failure(inv, `the node function ${command} was cancelled`);
        // The function's own signal: aborted by cancellation or the timeout.
        const local = new AbortController();
        const ctx = { signal: local.signal, stepName: inv.stepName, attempt: inv.attempt };
        let value;
        try {
            guardProcessEnv();
            const result = taskSecrets.run(new Set(inv.spec.secrets), () => outputStore.run(inv.output, fn, args, ctx));
            // Synchronous functions return here; only promises need the timeout / cancellation race.
            value = isThenable(result) ? await this.race(inv, command, result, local) : result;
        }
        catch (e) {
            if (e instanceof StopSignal)
                return failure(inv, e.message);
            return failure(inv, `Call to the function ${command} did not succeed.\n${describeError(e)}`);
        }
        const specReturns = inv.spec.returns;
        if (specReturns.length === 0)
            return success(inv, {});
        let values;
        if (specReturns.length === 1) {
            values = [value];
        }
        else if (Array.isArray(value)) {
            if (value.length !== specReturns.length) {
                return failure(inv, `Returns task signature does not match the function returns: ${specReturns.length} returns declared (${specReturns.map((r) => r.name).join(', ')}) but ${command} returned an array of ${value.length}`);
            }
            values = value;
        }
        else if (value !== null && typeof value === 'object') {
            const obj = value;
            const missing = specReturns.filter((r) => !(r.name in obj)).map((r) => r.name);
            if (missing.length) {
                return failure(inv, `${command} returned an object without the return${missing.length === 1 ? '' : 's'} ${missing.map((m) => `'${m}'`).join(', ')}`);
            }
            values = specReturns.map((r) => obj[r.name]);
        }
        else {
            return failure(inv, `Returns task signature does not match the function returns: ${specReturns.length} returns declared (${specReturns.map((r) => r.name).join(', ')}); return an array or an object with those names`);
        }
        const out = {};
        try {
            for (let i = 0; i < specReturns.length; i++) {
                const r = specReturns[i];
                if (r.kind === 'object') {
                    const key = await inv.objects.save(r.name, (0,external_node_v8_.serialize)(values[i]), '.v8');
                    out[r.name] = (0,model/* makeParameter */.mL)('object', key);
                }
                else {
                    out[r.name] = (0,model/* makeParameter */.mL)(r.kind, toJsonValue(r.name, values[i]));
                }
            }
        }
        catch (e) {
            return failure(inv, e.message);
        }
        return success(inv, out);
    }
    /** Awaits the function's promise, unless the invocation is cancelled or its timeout expires first. */
    race(inv, command, result, local) {
        return new Promise((resolvePromise, reject) => {
            let timer;
            const done = () => {
                if (timer)
                    clearTimeout(timer);
                inv.signal.removeEventListener('abort', onAbort);
            };
            const onAbort = () => {
                done();
                local.abort(inv.signal.reason);
                reject(new StopSignal(`the node function ${command} was cancelled`));
            };
            inv.signal.addEventListener('abort', onAbort, { once: true });
            if (inv.timeoutMs !== undefined && inv.timeoutMs > 0) {
                const ms = inv.timeoutMs;
                timer = setTimeout(() => {
                    done();
                    local.abort(new Error('timeout'));
                    reject(new StopSignal(`the node function ${command} timed out after ${ms / 1000}s (it runs in-process: its pending work may ` +
                        'continue in the background, and a synchronous loop cannot be interrupted)'));
                }, ms);
            }
            result.then((v) => {
                done();
                resolvePromise(v);
            }, (e) => {
                done();
                reject(e);
            });
        });
    }
}
function isThenable(v) {
    return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';
}
class StopSignal extends Error {
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/tasks/process.ts
/**
 * The one spawn helper every task runner uses (platform doc §8, zx's ProcessOutput).
 *
 * - Each task process is the leader of its own process group (`detached: true` → setsid), so a timeout or a
 *   cancellation signals the whole group (`kill(-pid)`): SIGTERM, then SIGKILL after a short grace.
 * - stdout/stderr chunks are decoded (UTF-8, safe across chunk boundaries) and handed to the OutputSink as
 *   they arrive; nothing is buffered unless `capture` asks for it.
 * - The result is a `ProcessOutput`: it *extends Error* and is also the success value, so a runner can
 *   return it, throw it, or record it. `spawnProcess` never rejects.
 * - No shell is added: the runner passes the exact argv it wants.
 *
 * Cost: one `spawn`, two stream listeners, one `exit` listener, and (only when asked) one timer and one
 * abort listener. Measured overhead beside a bare `spawn` + `close` is within noise (see test/tasks).
 */




/** @default 2000 — time between SIGTERM and SIGKILL when a process group is stopped. */
const DEFAULT_KILL_GRACE_MS = 2000;
/**
 * @default 1000 — after the leader exits, how long its output pipes may stay open (held by background
 * children) before the rest of its process group is stopped. When every leftover child detached its output
 * (`nohup x >/dev/null 2>&1 &`), the pipes close with the leader and nothing is killed; when one still holds
 * the step's output, the group (detached children included) is stopped after the grace. A daemon that must
 * outlive its step starts its own session (`setsid`).
 */
const DEFAULT_STDIO_GRACE_MS = 1000;
/** Plain-words meaning of a few well-known exit statuses (shell conventions). */
function explainExitCode(code) {
    switch (code) {
        case 0:
            return 'success';
        case 1:
            return 'general error';
        case 2:
            return 'misuse of a shell builtin or invalid usage';
        case 126:
            return 'command found but not executable (permission denied?)';
        case 127:
            return 'command not found';
        case 128:
            return 'invalid exit argument';
        case 130:
            return 'interrupted (SIGINT)';
        case 137:
            return 'killed (SIGKILL), for example by a timeout or the out-of-memory killer';
        case 139:
            return 'segmentation fault (SIGSEGV)';
        case 143:
            return 'terminated (SIGTERM)';
    }
    if (code > 128 && code < 128 + 65) {
        const name = signalName(code - 128);
        if (name)
            return `killed by ${name}`;
    }
    return undefined;
}
function signalName(num) {
    for (const [name, n] of Object.entries(external_node_os_.constants.signals))
        if (n === num)
            return name;
    return undefined;
}
/** Plain-words meaning of a spawn errno. */
function explainErrno(code) {
    switch (code) {
        case 'ENOENT':
            return 'command or interpreter not found (ENOENT); check PATH or the configured interpreter';
        case 'EACCES':
            return 'permission denied (EACCES): the file is not executable';
        case 'ENOTDIR':
        case 'ENOENT_CWD':
            return 'the working directory does not exist';
        case 'E2BIG':
            return 'argument list or environment too large (E2BIG)';
        case 'EMFILE':
        case 'ENFILE':
            return 'too many open files';
        default:
            return code ? `could not start (${code})` : 'could not start';
    }
}
/**
 * The result of one process (zx style): an Error that is also the success value. `ok` tells which it is;
 * `message` explains a failure in plain words (exit code meaning, timeout, cancellation, missing command).
 */
class ProcessOutput extends Error {
    command;
    pid;
    /** The exit status, or null when the process was ended by a signal (see `signal`) or never started. */
    exitCode;
    signal;
    durationMs;
    /** The timeout expired and the process group was stopped. */
    timedOut;
    /** The invocation was aborted (cancellation) and the process group was stopped. */
    cancelled;
    /** Set when the process could not be started (ENOENT for a missing interpreter, EACCES...). */
    spawnError;
    /** Captured output, only with `capture: true`. */
    stdout;
    stderr;
    constructor(init) {
        super(describe(init));
        this.command = init.command;
        this.pid = init.pid;
        this.exitCode = init.exitCode;
        this.signal = init.signal;
        this.durationMs = init.durationMs;
        this.timedOut = init.timedOut ?? false;
        this.cancelled = init.cancelled ?? false;
        this.spawnError = init.spawnError;
        this.stdout = init.stdout ?? '';
        this.stderr = init.stderr ?? '';
    }
    get ok() {
        return this.exitCode === 0 && !this.timedOut && !this.cancelled && !this.spawnError;
    }
    /** Exit status in shell convention: the code, or 128 + signal number; null when never started. */
    get status() {
        if (this.exitCode !== null)
            return this.exitCode;
        if (this.signal)
            return 128 + (external_node_os_.constants.signals[this.signal] ?? 0);
        return null;
    }
    toJSON() {
        return {
            command: this.command,
            exitCode: this.exitCode,
            signal: this.signal,
            durationMs: this.durationMs,
            timedOut: this.timedOut,
            cancelled: this.cancelled,
            ok: this.ok,
            message: this.message,
        };
    }
}
Object.defineProperty(ProcessOutput.prototype, 'name', { value: 'ProcessOutput', configurable: true });
function describe(i) {
    const what = i.command;
    if (i.spawnError)
        return `cannot start ${what}: ${explainErrno(i.spawnError.code)}`;
    if (i.timedOut)
        return `${what} timed out after ${formatSeconds(i.timeoutMs ?? i.durationMs)}; its process group was stopped`;
    if (i.cancelled)
        return `${what} was cancelled; its process group was stopped`;
    if (i.signal) {
        const num = external_node_os_.constants.signals[i.signal];
        const code = num ? 128 + num : undefined;
        const meaning = code !== undefined ? explainExitCode(code) : undefined;
        return `${what} was killed by ${i.signal}${meaning ? ` (${meaning})` : ''}`;
    }
    if (i.exitCode === 0)
        return `${what} exited with code 0`;
    const meaning = i.exitCode !== null ? explainExitCode(i.exitCode) : undefined;
    return `${what} exited with code ${i.exitCode}${meaning ? ` (${meaning})` : ''}`;
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`;
}
/** Sends a signal to a whole process group; ignores ESRCH (already gone). */
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether any process of the group still exists. */
function groupAlive(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * Spawns one process in its own process group and resolves when it has exited and its output is drained.
 * Never rejects: every failure (spawn error, timeout, cancellation, non-zero exit) is a `ProcessOutput`
 * with `ok === false`.
 */
function spawnProcess(opts) {
    const started = performance.now();
    const shortCommand = opts.label ?? opts.file;
    const capture = opts.capture === true;
    const graceMs = opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    return new Promise((resolve) => {
        if (opts.signal?.aborted) {
            resolve(new ProcessOutput({ command: shortCommand, exitCode: null, signal: null, durationMs: 0, cancelled: true }));
            return;
        }
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(opts.file, opts.args, {
                cwd: opts.cwd,
                env: opts.env,
                detached: true,
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                windowsHide: true,
            });
        }
        catch (e) {
            // Synchronous failures (invalid arguments, E2BIG...).
            resolve(new ProcessOutput({
                command: shortCommand,
                exitCode: null,
                signal: null,
                durationMs: performance.now() - started,
                spawnError: e,
            }));
            return;
        }
        let stdoutText = '';
        let stderrText = '';
        let timedOut = false;
        let cancelled = false;
        let spawnError;
        let exitCode = null;
        let exitSignal = null;
        let exited = false;
        let openStreams = 2;
        let settled = false;
        let timer;
        let killTimer;
        let stdioTimer;
        const pid = child.pid;
        const sink = opts.output;
        const outDecoder = new external_node_string_decoder_.StringDecoder('utf8');
        const errDecoder = new external_node_string_decoder_.StringDecoder('utf8');
        const onOut = (buf) => {
            const s = outDecoder.write(buf);
            if (s.length === 0)
                return;
            if (capture)
                stdoutText += s;
            sink?.write('stdout', s);
        };
        const onErr = (buf) => {
            const s = errDecoder.write(buf);
            if (s.length === 0)
                return;
            if (capture)
                stderrText += s;
            sink?.write('stderr', s);
        };
        const flushDecoders = () => {
            const o = outDecoder.end();
            if (o) {
                if (capture)
                    stdoutText += o;
                sink?.write('stdout', o);
            }
            const e = errDecoder.end();
            if (e) {
                if (capture)
                    stderrText += e;
                sink?.write('stderr', e);
            }
        };
        /** SIGTERM to the group now, SIGKILL after the grace if anything of it is left. */
        const stopGroup = () => {
            if (pid === undefined)
                return;
            killGroup(pid, 'SIGTERM');
            if (killTimer)
                return;
            killTimer = setTimeout(() => {
                if (groupAlive(pid))
                    killGroup(pid, 'SIGKILL');
                // Pipes held by a process that ignored everything cannot be waited for forever.
                setTimeout(forceFinish, 500).unref();
            }, graceMs);
            killTimer.unref();
        };
        const onAbort = () => {
            if (settled)
                return;
            cancelled = true;
            stopGroup();
        };
        const finish = () => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            if (stdioTimer)
                clearTimeout(stdioTimer);
            // killTimer is left running on purpose after a timeout/cancel: it SIGKILLs leftovers; it is unref'd.
            opts.signal?.removeEventListener('abort', onAbort);
            flushDecoders();
            resolve(new ProcessOutput({
                command: shortCommand,
                pid,
                exitCode,
                signal: exitSignal,
                durationMs: performance.now() - started,
                timedOut,
                timeoutMs: opts.timeoutMs,
                cancelled,
                spawnError,
                stdout: capture ? stdoutText : undefined,
                stderr: capture ? stderrText : undefined,
            }));
        };
        const forceFinish = () => {
            if (settled)
                return;
            child.stdout?.destroy();
            child.stderr?.destroy();
            finish();
        };
        const maybeFinish = () => {
            if (exited && openStreams === 0)
                finish();
        };
        child.stdout.on('data', onOut);
        child.stderr.on('data', onErr);
        const onStreamClose = () => {
            openStreams--;
            maybeFinish();
        };
        child.stdout.on('close', onStreamClose);
        child.stderr.on('close', onStreamClose);
        if (opts.input !== undefined) {
            child.stdin.on('error', () => { }); // EPIPE when the child does not read its input
            child.stdin.end(opts.input);
        }
        child.on('error', (err) => {
            // Spawn failure (ENOENT, EACCES, bad cwd): no exit event follows.
            if (pid === undefined || !exited) {
                spawnError = err;
                // Node reports a missing cwd as ENOENT too; tell the two apart for the message.
                if (err.code === 'ENOENT' && opts.cwd && !(0,external_node_fs_.existsSync)(opts.cwd))
                    spawnError = Object.assign(err, { code: 'ENOENT_CWD' });
                exited = true;
                forceFinish();
            }
        });
        child.on('exit', (code, sig) => {
            exited = true;
            exitCode = code;
            exitSignal = sig;
            if (openStreams === 0) {
                finish();
                return;
            }
            // Background children may still hold the pipes: give them a moment, then stop the group.
            stdioTimer = setTimeout(() => {
                if (settled)
                    return;
                stopGroup();
            }, opts.stdioGraceMs ?? DEFAULT_STDIO_GRACE_MS);
            stdioTimer.unref();
        });
        if (opts.timeoutMs !== undefined && opts.timeoutMs > 0) {
            timer = setTimeout(() => {
                if (settled)
                    return;
                timedOut = true;
                stopGroup();
            }, opts.timeoutMs);
            timer.unref();
        }
        opts.signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/tasks/python-shim.ts
/**
 * The Python side of the python, async-python and notebook runners and of map reducers, embedded as a
 * string so the bundles need no extra files. It is written once per process to the private temp dir and
 * run as `python3 <shim> <request.json>` (see python.ts for why a file and not `-c`).
 *
 * Protocol: the request is a JSON file; the result is a JSON file whose path the request names (a private
 * channel: the user's stdout/stderr are never parsed). The shim never prints anything itself except a
 * failure's traceback to stderr (and async-python stream events to stdout).
 *
 * Keep this source free of backticks and dollar-brace sequences (it lives in a template literal).
 */
const PYTHON_SHIM_SOURCE = String.raw `
# runnable-action python shim (generated; do not edit)
import json
import os
import sys

_SHIM_FILE = None  # set in _main: frames from this file are cut from user tracebacks


class _Failure(Exception):
    """A failure the user can fix, reported without a shim traceback."""

    def __init__(self, message, tb=None):
        Exception.__init__(self, message)
        self.message = message
        self.tb = tb


def _preview(value, limit=80):
    try:
        s = json.dumps(value, default=repr)
    except Exception:
        s = repr(value)
    return s if len(s) <= limit else s[: limit - 3] + "..."


def _user_traceback(exc):
    """The traceback of an exception raised by user code, without the shim's own frames."""
    import traceback

    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == _SHIM_FILE:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(exc), exc, tb))


def _json_default(o):
    # numpy scalars and arrays, pandas objects... anything offering a plain-Python view
    if hasattr(o, "model_dump") and callable(o.model_dump):
        return o.model_dump(by_alias=True)
    for attr in ("tolist", "item"):
        f = getattr(o, attr, None)
        if callable(f):
            return f()
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)


def _to_json_value(name, value):
    """Checks a json/metric return is JSON-serialisable; returns its plain-JSON form."""
    if hasattr(value, "model_dump") and callable(value.model_dump):
        value = value.model_dump(by_alias=True)  # pydantic v2 model returned as json (4.1)
    elif hasattr(value, "dict") and hasattr(value, "__fields__") and callable(value.dict):
        value = value.dict(by_alias=True)  # pydantic v1
    try:
        return json.loads(json.dumps(value, allow_nan=False, default=_json_default))
    except (TypeError, ValueError) as e:
        raise _Failure("return '%s' is not JSON-serialisable (%s): %s" % (name, type(value).__name__, e))


# ---------------------------------------------------------------------------------------------------------
# Binding (semantics 4.2)

def _is_model_class(ann):
    return isinstance(ann, type) and (
        (hasattr(ann, "model_validate") and hasattr(ann, "model_fields"))
        or (hasattr(ann, "parse_obj") and hasattr(ann, "__fields__"))
    )


def _to_bool(name, value):
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("true", "1", "yes", "y", "on"):
            return True
        if v in ("false", "0", "no", "n", "off", ""):
            return False
        raise _Failure("cannot cast parameter '%s' (%s) to bool" % (name, _preview(value)))
    return bool(value)


def _cast(name, value, ann):
    if ann is _P.empty or isinstance(ann, str):
        return value
    if ann is bool:
        return _to_bool(name, value)
    if ann is int or ann is float or ann is str:
        try:
            return ann(value)
        except (TypeError, ValueError) as e:
            raise _Failure("cannot cast parameter '%s' (%s) to %s: %s" % (name, _preview(value), ann.__name__, e))
    if _is_model_class(ann):
        if isinstance(value, ann):
            return value
        if not isinstance(value, dict):
            raise _Failure(
                "parameter '%s' must be a JSON object to build %s, got %s" % (name, ann.__name__, type(value).__name__)
            )
        try:
            if hasattr(ann, "model_validate"):
                fields = getattr(ann, "model_fields", None)
                if isinstance(fields, dict):
                    value = {k: v for k, v in value.items() if k in fields or _has_alias(fields, k)}
                return ann.model_validate(value)
            return ann.parse_obj(value)
        except Exception as e:
            raise _Failure("cannot build %s from parameter '%s': %s" % (ann.__name__, name, e))
    import typing

    if ann is typing.Any:
        return value
    origin = typing.get_origin(ann)
    if origin is not None:
        args = typing.get_args(ann)
        import types

        if origin is typing.Union or origin is getattr(types, "UnionType", None):
            if value is None:
                return None
            rest = [a for a in args if a is not type(None)]
            if len(rest) == 1:
                return _cast(name, value, rest[0])
            return value
        if origin is typing.Annotated and args:
            return _cast(name, value, args[0])
        if isinstance(origin, type):
            if isinstance(value, origin):
                return value
            try:
                return origin(value)
            except Exception as e:
                raise _Failure("cannot cast parameter '%s' (%s) to %s: %s" % (name, _preview(value), origin.__name__, e))
        return value
    if isinstance(ann, type):
        if isinstance(value, ann):
            return value
        try:
            return ann(value)
        except Exception as e:
            raise _Failure("cannot cast parameter '%s' (%s) to %s: %s" % (name, _preview(value), ann.__name__, e))
    return value


def _has_alias(fields, key):
    for f in fields.values():
        if getattr(f, "alias", None) == key:
            return True
    return False


def _is_namespace(ann):
    return isinstance(ann, type) and ann.__name__ == "Namespace" and getattr(ann, "__module__", "") == "argparse"


class _P(object):
    """A parameter of a signature (what the binding needs of inspect.Parameter)."""

    POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD = range(5)
    empty = object()

    def __init__(self, name, kind, default, annotation):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation


def _signature(func):
    """The parameters of func. Plain functions are read from their code object: importing inspect costs
    ~5 ms, a third of this shim's own start-up; anything else (decorated, builtins, classes) uses inspect."""
    code = getattr(func, "__code__", None)
    if (
        code is not None
        and type(func).__name__ == "function"
        and not hasattr(func, "__wrapped__")
        and not hasattr(func, "__signature__")
    ):
        anns = getattr(func, "__annotations__", None) or {}
        if any(isinstance(a, str) for a in anns.values()):
            try:
                import typing

                anns = typing.get_type_hints(func)
            except Exception:
                pass
        pos = code.co_argcount
        kwonly = code.co_kwonlyargcount
        posonly = code.co_posonlyargcount
        names = code.co_varnames
        defaults = func.__defaults__ or ()
        kwdefaults = func.__kwdefaults__ or {}
        first_default = pos - len(defaults)
        out = []
        for i in range(pos):
            n = names[i]
            kind = _P.POSITIONAL_ONLY if i < posonly else _P.POSITIONAL_OR_KEYWORD
            d = defaults[i - first_default] if i >= first_default else _P.empty
            out.append(_P(n, kind, d, anns.get(n, _P.empty)))
        idx = pos + kwonly
        if code.co_flags & 0x04:  # CO_VARARGS
            out.append(_P(names[idx], _P.VAR_POSITIONAL, _P.empty, _P.empty))
            idx += 1
        for i in range(pos, pos + kwonly):
            n = names[i]
            out.append(_P(n, _P.KEYWORD_ONLY, kwdefaults.get(n, _P.empty), anns.get(n, _P.empty)))
        if code.co_flags & 0x08:  # CO_VARKEYWORDS
            out.append(_P(names[idx], _P.VAR_KEYWORD, _P.empty, _P.empty))
        return out
    import inspect

    try:
        sig = inspect.signature(func, eval_str=True)
    except Exception:
        sig = inspect.signature(func)
    kinds = {
        inspect.Parameter.POSITIONAL_ONLY: _P.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD: _P.POSITIONAL_OR_KEYWORD,
        inspect.Parameter.VAR_POSITIONAL: _P.VAR_POSITIONAL,
        inspect.Parameter.KEYWORD_ONLY: _P.KEYWORD_ONLY,
        inspect.Parameter.VAR_KEYWORD: _P.VAR_KEYWORD,
    }
    e = inspect.Parameter.empty
    return [
        _P(p.name, kinds[p.kind], _P.empty if p.default is e else p.default, _P.empty if p.annotation is e else p.annotation)
        for p in sig.parameters.values()
    ]


def _bind(func, label, values, objects):
    """values: json/metric parameters and iteration variables; objects: names of un-pickled object parameters."""
    args = []
    kwargs = {}
    used = set()
    var_kw = None
    ns_name = None
    missing = []
    for p in _signature(func):
        name = p.name
        if p.kind == p.VAR_POSITIONAL:
            continue  # rule 6: *args is ignored
        if p.kind == p.VAR_KEYWORD:
            var_kw = name
            continue
        if _is_namespace(p.annotation):
            ns_name = name
            continue
        if name in values:
            v = values[name]
            if name not in objects:
                v = _cast(name, v, p.annotation)
            used.add(name)
            if p.kind == p.POSITIONAL_ONLY:
                args.append(v)
            else:
                kwargs[name] = v
        elif p.default is not _P.empty:
            if p.kind == p.POSITIONAL_ONLY:
                args.append(p.default)
            continue
        else:
            missing.append(name)
    if missing:
        have = ", ".join(sorted(values)) or "none"
        raise _Failure(
            "missing required argument%s %s for %s (parameters available: %s)"
            % ("s" if len(missing) > 1 else "", ", ".join("'%s'" % m for m in missing), label, have)
        )
    rest = dict((k, v) for k, v in values.items() if k not in used)
    if var_kw is not None:
        kwargs.update(rest)  # rule 5: **kwargs receives the rest
    elif ns_name is not None:
        import argparse

        kwargs[ns_name] = argparse.Namespace(**rest)
    return args, kwargs


# ---------------------------------------------------------------------------------------------------------
# Modes

def _load_callable(command):
    import importlib

    module_name, _, attr = command.rpartition(".")
    if not module_name or not attr:
        raise _Failure("'%s' is not a dotted path 'module.function'" % command)
    module = importlib.import_module(module_name)
    try:
        return getattr(module, attr)
    except AttributeError:
        raise _Failure("module '%s' has no attribute '%s'" % (module_name, attr))


def _write_objects(req, name, value):
    import pickle

    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
    path = os.path.join(req["out_dir"], "%s-%s.pickle" % (os.path.basename(req["result"]), safe))
    with open(path, "wb") as f:
        pickle.dump(value, f)
    return path


def _collect_returns(req, result, label):
    returns = req["returns"]
    if not returns:
        return {}
    values = result if isinstance(result, tuple) else (result,)
    if len(values) != len(returns):
        raise _Failure(
            "Returns task signature does not match the function returns: %d return%s declared (%s) but %s returned %d value%s"
            % (
                len(returns),
                "" if len(returns) == 1 else "s",
                ", ".join(r["name"] for r in returns),
                label,
                len(values),
                "" if len(values) == 1 else "s",
            )
        )
    out = {}
    for r, v in zip(returns, values):
        if r["kind"] == "object":
            out[r["name"]] = {"kind": "object", "file": _write_objects(req, r["name"], v)}
        else:
            out[r["name"]] = {"kind": r["kind"], "value": _to_json_value(r["name"], v)}
    return out


def _input_values(req):
    values = dict(req.get("params") or {})
    objects = set()
    obj_files = req.get("objects") or {}
    if obj_files:
        import pickle

        for name, path in obj_files.items():
            with open(path, "rb") as f:
                values[name] = pickle.load(f)
            objects.add(name)
    values.update(req.get("iter") or {})  # rule 7: iteration variables by name
    for name in req.get("iter") or {}:
        objects.discard(name)
    return values, objects


def _mode_call(req):
    command = req["command"]
    label = "the function " + command
    cwd = req["cwd"]
    if cwd not in sys.path:
        sys.path.insert(0, cwd)
    sys.argv = [command]
    try:
        func = _load_callable(command)
        values, objects = _input_values(req)
        args, kwargs = _bind(func, command, values, objects)
    except _Failure:
        raise
    except BaseException as e:
        raise _Failure("Call to %s did not succeed." % label, _user_traceback(e))
    try:
        result = func(*args, **kwargs)
        rtype = type(result).__name__
        if rtype == "async_generator":
            result = _drain_async_gen(result, req.get("stream_end_type") or "done")
        elif hasattr(result, "__await__"):
            import asyncio

            async def _await(x):
                return await x

            result = asyncio.run(_await(result))
        elif rtype == "generator" and req.get("async"):
            raise _Failure("%s returned a generator; async-python expects a coroutine or an async generator" % command)
    except _Failure:
        raise
    except SystemExit as e:
        if e.code not in (None, 0):
            raise _Failure("Call to %s did not succeed: it called sys.exit(%r)." % (label, e.code))
        result = None
    except BaseException as e:
        raise _Failure("Call to %s did not succeed." % label, _user_traceback(e))
    return {"ok": True, "returns": _collect_returns(req, result, command)}


def _drain_async_gen(agen, end_type):
    import asyncio

    async def _drain():
        found = None
        async for item in agen:
            if isinstance(item, dict) and "type" in item:
                if item.get("type") == end_type:
                    data = dict((k, v) for k, v in item.items() if k != "type")
                    if len(data) == 1:
                        found = list(data.values())[0]
                    elif len(data) > 1:
                        found = tuple(data.values())
                    else:
                        found = None
                else:
                    try:
                        line = json.dumps(item, default=repr)
                    except Exception:
                        line = repr(item)
                    sys.stdout.write(line + "\n")
        return found

    return asyncio.run(_drain())


def _mode_reduce(req):
    src = req["reducer"].strip()
    try:
        if src.startswith("lambda"):
            fn = eval(compile(src, "<reducer>", "eval"), {"__builtins__": __builtins__}, {})
        else:
            cwd = req.get("cwd")
            if cwd and cwd not in sys.path:
                sys.path.insert(0, cwd)
            fn = _load_callable(src)
        if not callable(fn):
            raise _Failure("reducer %r is not callable" % src)
        result = fn(*req["values"])
    except _Failure:
        raise
    except BaseException as e:
        raise _Failure("the reducer %r failed." % src, _user_traceback(e))
    return {"ok": True, "value": _to_json_value("reduced value", result)}


def _mode_probe(req):
    import importlib.util

    def has(m):
        try:
            return importlib.util.find_spec(m) is not None
        except Exception:
            return False

    engines = []
    if has("papermill"):
        engines.append("papermill")
    if has("ploomber_engine"):
        engines.append("ploomber-engine")
    if has("nbclient") and has("nbformat") and has("ipykernel"):
        engines.append("nbclient")
    res = {"ok": True, "executable": sys.executable, "version": sys.version.split()[0], "engines": engines}
    if req.get("environ"):
        res["environ"] = dict(os.environ)  # what the interpreter's launcher (pyenv exec) set up
    return res


# ---------------------------------------------------------------------------------------------------------
# Notebooks

_RETURNS_TAG = "runnable-action-returns"


def _code_cell(source, tags, with_id):
    cell = {"cell_type": "code", "execution_count": None, "metadata": {"tags": list(tags)}, "outputs": [], "source": source}
    if with_id:
        import uuid

        cell["id"] = uuid.uuid4().hex[:8]
    return cell


def _dump_cell_source(returns, names_file):
    # Runs inside the notebook's namespace: writes the requested names as JSON (objects pickled).
    items = [(r["lookup"], r["name"], r["kind"], r.get("file")) for r in returns]
    return "\n".join(
        [
            "def _runnable_action_dump():",
            "    import json, pickle",
            "    g = globals()",
            "    out = {}",
            "    for lookup, name, kind, path in %r:" % (items,),
            "        if lookup not in g:",
            "            out[name] = {'missing': True}",
            "            continue",
            "        v = g[lookup]",
            "        if kind == 'object':",
            "            with open(path, 'wb') as f:",
            "                pickle.dump(v, f)",
            "            out[name] = {'file': path}",
            "            continue",
            "        if hasattr(v, 'model_dump'):",
            "            v = v.model_dump(by_alias=True)",
            "        def dflt(o):",
            "            for a in ('tolist', 'item'):",
            "                f = getattr(o, a, None)",
            "                if callable(f):",
            "                    return f()",
            "            raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)",
            "        try:",
            "            out[name] = {'value': json.loads(json.dumps(v, allow_nan=False, default=dflt))}",
            "        except (TypeError, ValueError) as e:",
            "            out[name] = {'error': '%s: %s' % (type(v).__name__, e)}",
            "    with open(%r, 'w', encoding='utf-8') as f:" % names_file,
            "        json.dump(out, f)",
            "_runnable_action_dump()",
            "del _runnable_action_dump",
        ]
    )


def _params_cell_source(params):
    lines = ["# Parameters injected by runnable-action"]
    import keyword

    for k, v in params.items():
        if k.isidentifier() and not keyword.iskeyword(k):
            lines.append("%s = %r" % (k, v))
    return "\n".join(lines)


def _strip_ansi(s):
    import re

    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", s)


def _print_cell_outputs(cell):
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream":
            text = o.get("text", "")
            if isinstance(text, list):
                text = "".join(text)
            (sys.stderr if o.get("name") == "stderr" else sys.stdout).write(text)
        elif o.get("output_type") == "error":
            sys.stderr.write(_strip_ansi("\n".join(o.get("traceback", []))) + "\n")
    sys.stdout.flush()


def _mode_notebook(req):
    engine = req["engine"]
    src_path = req["input"]
    out_path = req["output"]
    cwd = req["cwd"]
    params = req.get("params") or {}
    engine_args = req.get("engine_args") or {}
    returns = req.get("returns") or []
    names_file = req["result"] + ".names.json"
    with open(src_path, encoding="utf-8") as f:
        nb = json.load(f)
    # nbformat allows a cell's source as one string or as a list of lines: make it one string.
    for cell in nb.get("cells", []):
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(cell["source"])
    with_id = (nb.get("nbformat", 4), nb.get("nbformat_minor", 0)) >= (4, 5)
    for r in returns:
        if r["kind"] == "object":
            safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in r["name"])
            r["file"] = os.path.join(req["out_dir"], "%s-%s.pickle" % (os.path.basename(req["result"]), safe))
    if returns:
        nb.setdefault("cells", []).append(_code_cell(_dump_cell_source(returns, names_file), [_RETURNS_TAG], with_id))
    run_input = req["result"] + ".input.ipynb"
    error = None
    if engine == "nbclient":
        error = _run_nbclient(nb, run_input, out_path, cwd, params, engine_args, with_id)
    else:
        with open(run_input, "w", encoding="utf-8") as f:
            json.dump(nb, f)
        try:
            if engine == "papermill":
                import papermill

                kw = {"parameters": params, "progress_bar": False, "log_output": False,
                      "stdout_file": sys.stdout, "stderr_file": sys.stderr, "cwd": cwd}
                kw.update(engine_args)
                papermill.execute_notebook(run_input, out_path, **kw)
            else:
                import inspect
                from ploomber_engine import execute_notebook

                kw = {"parameters": params, "log_output": True, "progress_bar": False, "cwd": cwd}
                accepted = inspect.signature(execute_notebook).parameters
                kw = dict((k, v) for k, v in kw.items() if k in accepted)
                kw.update(engine_args)
                old = os.getcwd()
                os.chdir(cwd)
                try:
                    execute_notebook(run_input, out_path, **kw)
                finally:
                    os.chdir(old)
        except BaseException as e:
            error = _strip_ansi(str(e)) or type(e).__name__
    _remove_tagged_cells(out_path, _RETURNS_TAG)
    if error is not None:
        raise _Failure("Call to the notebook %s did not succeed.\n%s" % (req["command"], error))
    if not returns:
        return {"ok": True, "returns": {}}
    try:
        with open(names_file, encoding="utf-8") as f:
            dumped = json.load(f)
    except OSError:
        raise _Failure("the notebook %s ran but its returns could not be read" % req["command"])
    out = {}
    missing = []
    for r in returns:
        d = dumped.get(r["name"], {"missing": True})
        if d.get("missing"):
            missing.append(r["lookup"])
        elif "error" in d:
            raise _Failure("return '%s' of the notebook is not JSON-serialisable (%s)" % (r["name"], d["error"]))
        elif r["kind"] == "object":
            out[r["name"]] = {"kind": "object", "file": d["file"]}
        else:
            out[r["name"]] = {"kind": r["kind"], "value": d["value"]}
    if missing:
        raise _Failure(
            "the notebook %s did not define the return%s %s"
            % (req["command"], "" if len(missing) == 1 else "s", ", ".join("'%s'" % m for m in missing))
        )
    return {"ok": True, "returns": out}


def _remove_tagged_cells(path, tag):
    try:
        with open(path, encoding="utf-8") as f:
            nb = json.load(f)
    except (OSError, ValueError):
        return
    cells = nb.get("cells", [])
    kept = [c for c in cells if tag not in (c.get("metadata", {}).get("tags") or [])]
    if len(kept) != len(cells):
        nb["cells"] = kept
        with open(path, "w", encoding="utf-8") as f:
            json.dump(nb, f, indent=1, ensure_ascii=False)
            f.write("\n")


def _run_nbclient(nb_dict, run_input, out_path, cwd, params, engine_args, with_id):
    """papermill's core, without papermill: inject parameters the way papermill does, execute with nbclient."""
    import nbformat
    from nbclient import NotebookClient

    cells = nb_dict.setdefault("cells", [])
    if params:
        pos = 0
        for i, c in enumerate(cells):
            if "parameters" in (c.get("metadata", {}).get("tags") or []):
                pos = i + 1
                break
        cells.insert(pos, _code_cell(_params_cell_source(params), ["injected-parameters"], with_id))
    nb = nbformat.from_dict(nb_dict)
    kernel = engine_args.pop("kernel_name", None) or nb.metadata.get("kernelspec", {}).get("name") or "python3"
    kw = {"timeout": None, "kernel_name": kernel, "resources": {"metadata": {"path": cwd}}}
    kw.update(engine_args)
    client = NotebookClient(nb, **kw)
    try:
        client.on_cell_executed = lambda cell, cell_index, execute_reply, **_: _print_cell_outputs(cell)
    except Exception:
        pass
    error = None
    try:
        client.execute()
    except BaseException as e:
        error = _strip_ansi(str(e)) or type(e).__name__
    finally:
        with open(out_path, "w", encoding="utf-8") as f:
            nbformat.write(nb, f)
    return error


# ---------------------------------------------------------------------------------------------------------

_MODES = {"call": _mode_call, "reduce": _mode_reduce, "probe": _mode_probe, "notebook": _mode_notebook}


def _main():
    global _SHIM_FILE
    _SHIM_FILE = _main.__code__.co_filename
    # The script's own directory is not the user's: the cwd is (runnable puts the cwd on sys.path).
    if sys.path and sys.path[0] == os.path.dirname(os.path.abspath(_SHIM_FILE)):
        del sys.path[0]
    try:
        sys.stdout.reconfigure(line_buffering=True)
        sys.stderr.reconfigure(line_buffering=True)
    except Exception:
        pass
    with open(sys.argv[1], encoding="utf-8") as f:
        req = json.load(f)
    try:
        res = _MODES[req["mode"]](req)
    except _Failure as e:
        res = {"ok": False, "error": e.message, "traceback": e.tb}
        if e.tb:
            sys.stderr.write(e.tb)
    except BaseException as e:
        import traceback

        tb = traceback.format_exc()
        sys.stderr.write(tb)
        res = {"ok": False, "error": "runnable-action python shim failed: %s" % e, "traceback": tb}
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        pass
    try:
        text = json.dumps(res, allow_nan=False, default=_json_default)
    except (TypeError, ValueError) as e:
        text = json.dumps({"ok": False, "error": "could not encode the result: %s" % e})
    tmp = req["result"] + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, req["result"])


if __name__ == "__main__":
    _main()
`;

;// CONCATENATED MODULE: ./src/tasks/python.ts
/**
 * `command_type: python` and `async-python` (semantics §4.1, §4.2, §4.6, §19 j), and map reducers.
 *
 * Each attempt is one real `python3` process running the embedded shim (python-shim.ts): it imports
 * `module.function` with the cwd on sys.path, binds parameters by name (defaults, casts to annotations,
 * pydantic models when the annotation is one, `**kwargs` / `argparse.Namespace` for the rest, iteration
 * variables by name), calls it (awaiting coroutines, draining async generators), and writes the result to a
 * private JSON file (never mixed with the user's stdout). A failure carries the full traceback.
 *
 * Interpreter: `RUNNABLE_PYTHON` from the invocation's environment, else `python3` on its PATH.
 *
 * Decisions (measured, see test/tasks/python.test.ts):
 * - The shim is written once per process to the private temp dir and imported as a module by a one-line
 *   `-c` launcher, so its bytecode is cached after the first call. Measured: `-c <whole source>` and
 *   `python3 shim.py` both recompile the 20 kB source each call (~4.5 ms); the cached import does not.
 * - pyenv shims (`~/.pyenv/shims/python3`, a bash script that re-executes through `pyenv exec`) cost
 *   ~50 ms per call. When the interpreter is such a shim, the real executable and the environment changes
 *   `pyenv exec` makes (PATH...) are resolved once per (interpreter, cwd, PATH, PYENV_VERSION) and reused:
 *   the same interpreter runs with the same environment, ~2.5x faster.
 */









let shimArgs;
/**
 * The interpreter arguments that run the shim, written once per process: `-c <launcher>` importing the shim
 * as a module from the private dir, so CPython caches its bytecode (__pycache__) after the first call
 * instead of compiling 20 kB of source (~4.5 ms) on every call.
 */
function pythonShimArgs() {
    if (shimArgs === undefined) {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(PYTHON_SHIM_SOURCE).digest('hex').slice(0, 12);
        const dir = privateTempDir();
        const mod = `runnable_action_shim_${hash}`;
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, `${mod}.py`), PYTHON_SHIM_SOURCE, { mode: 0o600 });
        const launcher = `import sys; sys.path.insert(0, ${JSON.stringify(dir)}); import ${mod} as m; del sys.path[0]; ` +
            `sys.modules.pop(${JSON.stringify(mod)}, None); m._main()`;
        shimArgs = ['-c', launcher];
    }
    return shimArgs;
}
/** The interpreter the invocation asks for: `RUNNABLE_PYTHON`, else `python3`. */
function pythonInterpreter(env) {
    const p = env.RUNNABLE_PYTHON;
    return p && p.trim() !== '' ? p.trim() : 'python3';
}
const resolvedCache = new Map();
const shimFileCache = new Map();
const whichCache = new Map();
/** The file `cmd` resolves to through PATH (cached per cmd, cwd and PATH). */
function whichSync(cmd, env, cwd) {
    if (cmd.includes('/'))
        return (0,external_node_path_.isAbsolute)(cmd) ? cmd : (0,external_node_path_.join)(cwd, cmd);
    const key = cmd + '\0' + cwd + '\0' + (env.PATH ?? '');
    if (whichCache.has(key))
        return whichCache.get(key);
    let found;
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        const p = (0,external_node_path_.join)(dir || cwd, cmd);
        try {
            (0,external_node_fs_.accessSync)(p, external_node_fs_.constants.X_OK);
            if (!(0,external_node_fs_.statSync)(p).isFile())
                continue;
            found = p;
            break;
        }
        catch {
            // next
        }
    }
    whichCache.set(key, found);
    return found;
}
function isPyenvShim(path) {
    let v = shimFileCache.get(path);
    if (v === undefined) {
        v = false;
        if (/[/\\]shims[/\\][^/\\]+$/.test(path)) {
            try {
                const head = (0,external_node_fs_.readFileSync)(path, 'utf8').slice(0, 2000);
                v = head.startsWith('#!') && head.includes('pyenv') && head.includes('exec');
            }
            catch {
                v = false;
            }
        }
        shimFileCache.set(path, v);
    }
    return v;
}
/**
 * The executable to spawn and the environment changes to apply: the interpreter itself, except for a pyenv
 * shim, which is resolved once (see the module comment).
 */
async function resolveInterpreter(interpreter, env, cwd) {
    const found = whichSync(interpreter, env, cwd);
    if (!found || !isPyenvShim(found))
        return { file: interpreter, envDelta: {} };
    const key = JSON.stringify([found, cwd, env.PATH ?? '', env.PYENV_VERSION ?? '', env.PYENV_ROOT ?? '']);
    let p = resolvedCache.get(key);
    if (!p) {
        p = (async () => {
            const res = await runShimRaw(interpreter, { mode: 'probe', environ: true }, { cwd, env });
            if (!res.ok || typeof res.executable !== 'string' || !res.executable)
                return { file: interpreter, envDelta: {} };
            const environ = (res.environ ?? {});
            const envDelta = {};
            for (const [k, v] of Object.entries(environ)) {
                if (k === '_' || k === 'OLDPWD' || k === 'SHLVL' || k === 'PWD')
                    continue;
                if (env[k] !== v)
                    envDelta[k] = v;
            }
            return { file: res.executable, envDelta };
        })();
        resolvedCache.set(key, p);
        // A failed probe is not cached.
        p.then((r) => {
            if (r.file === interpreter)
                resolvedCache.delete(key);
        }, () => resolvedCache.delete(key));
    }
    return p;
}
/** Runs the shim once with `request` using exactly this interpreter (no resolution). */
async function runShimRaw(file, request, opts) {
    const resultPath = tempPath('.result.json');
    const reqPath = resultPath.replace(/\.result\.json$/, '.req.json');
    await (0,promises_.writeFile)(reqPath, JSON.stringify({ ...request, result: resultPath, out_dir: privateTempDir(), cwd: opts.cwd }));
    const proc = await spawnProcess({
        file,
        args: [...pythonShimArgs(), reqPath],
        label: opts.label ?? file,
        cwd: opts.cwd,
        env: opts.env,
        output: opts.output,
        signal: opts.signal,
        timeoutMs: opts.timeoutMs,
    });
    void (0,promises_.rm)(reqPath, { force: true }).catch(() => { });
    let result;
    try {
        result = JSON.parse(await (0,promises_.readFile)(resultPath, 'utf8'));
    }
    catch {
        result = undefined;
    }
    void (0,promises_.rm)(resultPath, { force: true }).catch(() => { });
    if (!result) {
        return { ok: false, error: proc.ok ? `${opts.label ?? file} exited without a result` : proc.message, process: proc };
    }
    if (!proc.ok) {
        // The result was written, but the process then failed (killed after returning, os._exit(1) in atexit...).
        return { ...result, ok: false, error: result.ok ? proc.message : result.error, process: proc };
    }
    return { ...result, process: proc };
}
/** Runs the shim with the configured interpreter (pyenv shims resolved). */
async function runShim(request, opts) {
    const interpreter = pythonInterpreter(opts.env);
    const resolved = await resolveInterpreter(interpreter, opts.env, opts.cwd);
    const env = Object.keys(resolved.envDelta).length ? { ...opts.env, ...resolved.envDelta } : opts.env;
    const run = await runShimRaw(resolved.file, request, { ...opts, env, label: opts.label ?? interpreter });
    if (run.process?.spawnError?.code === 'ENOENT') {
        run.error = `cannot start the Python interpreter '${interpreter}': not found (ENOENT); install Python 3 or set RUNNABLE_PYTHON to its path`;
    }
    return run;
}
/** Composes an outcome message from the shim's error and traceback. */
function shimMessage(run) {
    const err = run.error ?? 'the Python task failed';
    return run.traceback ? `${err}\n${run.traceback.trimEnd()}` : err;
}
/** Turns the shim's returns into parameters, saving object returns through the invocation's object store. */
async function shimReturnsToParameters(inv, returns) {
    const out = {};
    for (const r of inv.spec.returns) {
        const got = returns[r.name];
        if (!got)
            continue;
        if (got.kind === 'object') {
            const bytes = await (0,promises_.readFile)(got.file);
            void (0,promises_.rm)(got.file, { force: true }).catch(() => { });
            const key = await inv.objects.save(r.name, bytes, '.pickle');
            out[r.name] = (0,model/* makeParameter */.mL)('object', key);
        }
        else {
            out[r.name] = (0,model/* makeParameter */.mL)(r.kind, got.value);
        }
    }
    return out;
}
/** Loads object parameters to pickle files the shim un-pickles. */
async function objectFiles(inv) {
    const files = {};
    for (const [name, p] of Object.entries(inv.parameters)) {
        if (p.kind !== 'object' || name in inv.iterVariables)
            continue;
        const bytes = await inv.objects.load(String(p.value));
        const file = tempPath('.in.pickle');
        await (0,promises_.writeFile)(file, bytes);
        files[name] = file;
    }
    return files;
}
class PythonTaskRunner {
    async run(inv) {
        const isAsync = inv.spec.command_type === 'async-python';
        const values = {};
        for (const [name, p] of Object.entries(inv.parameters))
            if (p.kind !== 'object')
                values[name] = p.value;
        let objects;
        try {
            objects = await objectFiles(inv);
        }
        catch (e) {
            return failure(inv, `cannot load an object parameter: ${e.message}`);
        }
        try {
            const run = await runShim({
                mode: 'call',
                command: inv.spec.command,
                async: isAsync,
                stream_end_type: inv.spec.stream_end_type ?? 'done',
                params: values,
                objects,
                iter: inv.iterVariables,
                returns: inv.spec.returns,
            }, { cwd: inv.cwd, env: inv.env, output: inv.output, signal: inv.signal, timeoutMs: inv.timeoutMs, label: `python ${inv.spec.command}` });
            const status = run.process?.status ?? null;
            if (!run.ok)
                return failure(inv, shimMessage(run), status);
            try {
                return success(inv, await shimReturnsToParameters(inv, run.returns ?? {}), status);
            }
            catch (e) {
                return failure(inv, `cannot store a return of ${inv.spec.command}: ${e.message}`, status);
            }
        }
        finally {
            for (const f of Object.values(objects))
                void (0,promises_.rm)(f, { force: true }).catch(() => { });
        }
    }
}
/**
 * Applies a map reducer — Python lambda source (`lambda *x: max(x)`) or a dotted path — to the collected
 * values, in python3 (never in this process). Resolves the JSON result; throws TaskError with the traceback.
 */
async function runPythonReducer(reducer, values, opts) {
    const run = await runShim({ mode: 'reduce', reducer, values }, { ...opts, label: 'python reducer' });
    if (!run.ok)
        throw new errors/* TaskError */.Ik(shimMessage(run));
    return run.value;
}
const probeCache = new Map();
/** What the configured interpreter offers (cached per interpreter, cwd and PATH). */
function probePython(opts) {
    const key = JSON.stringify([pythonInterpreter(opts.env), opts.cwd, opts.env.PATH ?? '', opts.env.PYTHONPATH ?? '', opts.env.VIRTUAL_ENV ?? '']);
    let p = probeCache.get(key);
    if (!p) {
        p = runShim({ mode: 'probe' }, { ...opts, label: 'python probe' }).then((r) => r.ok ? { executable: String(r.executable), version: String(r.version), engines: (r.engines ?? []) } : { error: shimMessage(r) });
        probeCache.set(key, p);
    }
    return p;
}
/** Forgets cached probes (tests; after installing packages). */
function clearPythonCaches() {
    probeCache.clear();
    resolvedCache.clear();
    whichCache.clear();
    shimFileCache.clear();
}

;// CONCATENATED MODULE: ./src/tasks/notebook.ts
/**
 * `command_type: notebook` (semantics §4.1, §4.5).
 *
 * The `.ipynb` is executed by the first engine the runner's Python can import — papermill, ploomber-engine,
 * or (ours) nbclient + ipykernel, which is papermill's own execution core — checked once per interpreter
 * and cached (python.ts `probePython`). json/metric parameters and the iteration variables are injected as
 * notebook parameters (objects are not passed). The executed notebook is written next to the source as
 * `<stem>-<tag>_out.ipynb`, `<tag>` being the resolved step name's alphanumerics; the context puts it in the
 * catalog: the outcome carries its path as `outputNotebook` (`NotebookTaskOutcome`), and
 * `notebookOutputPath()` computes the same path ahead of time.
 *
 * Returns are read from the executed notebook's namespace: a last cell (removed from the saved notebook)
 * dumps the requested names as JSON (objects pickled) to a private file. A return name may contain
 * `${<iteration variable>}`, substituted before the lookup; the return is keyed by the substituted name.
 */






/** `<dir>/<stem>-<tag>_out.ipynb`, tag = the resolved step name's letters and digits (runnable §4.5). */
function notebookOutputPath(command, stepName) {
    const tag = stepName.replace(/[^\p{L}\p{N}]/gu, '');
    const stem = (0,external_node_path_.basename)(command).replace(/\.ipynb$/, '');
    const dir = (0,external_node_path_.dirname)(command);
    const file = `${stem}-${tag}_out.ipynb`;
    return dir === '.' ? file : (0,external_node_path_.join)(dir, file);
}
/** Substitutes `${name}` with the iteration variable's value (strings raw, other values as JSON). */
function substituteIterVars(text, iterVars) {
    return text.replace(/\$\{([^}]+)\}/g, (m, name) => {
        if (!(name in iterVars))
            return m;
        const v = iterVars[name];
        return typeof v === 'string' ? v : JSON.stringify(v);
    });
}
const NOTEBOOK_ENGINE_HELP = "install one for that interpreter: 'pip install papermill' or 'pip install ploomber-engine' " +
    '(or nbclient with ipykernel, e.g. the Debian packages python3-nbclient python3-ipykernel), ' +
    'or point RUNNABLE_PYTHON at a Python that has one';
class NotebookTaskRunner {
    async run(inv) {
        const command = inv.spec.command;
        if (!command.endsWith('.ipynb'))
            return failure(inv, `a notebook task's command must be an .ipynb file, got '${command}'`);
        const input = (0,external_node_path_.isAbsolute)(command) ? command : (0,external_node_path_.resolve)(inv.cwd, command);
        if (!(0,external_node_fs_.existsSync)(input))
            return failure(inv, `notebook ${command} not found (looked in ${inv.cwd})`);
        const probe = await probePython({ cwd: inv.cwd, env: inv.env });
        if ('error' in probe)
            return failure(inv, `cannot run notebook ${command}: ${probe.error}`);
        const engine = probe.engines[0];
        if (!engine) {
            return failure(inv, `cannot run notebook ${command}: no notebook engine (papermill, ploomber-engine) is importable by ` +
                `${probe.executable} (Python ${probe.version}); ${NOTEBOOK_ENGINE_HELP}`);
        }
        const outputNotebook = notebookOutputPath(command, inv.stepName);
        const output = (0,external_node_path_.isAbsolute)(outputNotebook) ? outputNotebook : (0,external_node_path_.resolve)(inv.cwd, outputNotebook);
        const params = {};
        for (const [name, p] of Object.entries(inv.parameters))
            if (p.kind !== 'object')
                params[name] = p.value;
        Object.assign(params, inv.iterVariables);
        const returns = inv.spec.returns.map((r) => {
            const name = substituteIterVars(r.name, inv.iterVariables);
            return { name, lookup: name, kind: r.kind };
        });
        const run = await runShim({
            mode: 'notebook',
            engine,
            command,
            input,
            output,
            params,
            returns,
            engine_args: inv.spec.optional_ploomber_args ?? {},
        }, { cwd: inv.cwd, env: inv.env, output: inv.output, signal: inv.signal, timeoutMs: inv.timeoutMs, label: `notebook ${command}` });
        const status = run.process?.status ?? null;
        const withPath = (o) => ((0,external_node_fs_.existsSync)(output) ? { ...o, outputNotebook } : o);
        if (!run.ok) {
            const msg = run.traceback ? `${run.error}\n${run.traceback.trimEnd()}` : (run.error ?? 'the notebook failed');
            return withPath(failure(inv, msg, status));
        }
        const out = {};
        try {
            for (const r of returns) {
                const got = run.returns?.[r.name];
                if (!got)
                    continue;
                if (got.kind === 'object') {
                    const bytes = await (0,promises_.readFile)(got.file);
                    void (0,promises_.rm)(got.file, { force: true }).catch(() => { });
                    out[r.name] = (0,model/* makeParameter */.mL)('object', await inv.objects.save(r.name, bytes, '.pickle'));
                }
                else {
                    out[r.name] = (0,model/* makeParameter */.mL)(r.kind, got.value);
                }
            }
        }
        catch (e) {
            return withPath(failure(inv, `cannot store a return of notebook ${command}: ${e.message}`, status));
        }
        return withPath(success(inv, out, status));
    }
}

;// CONCATENATED MODULE: ./src/tasks/shell.ts
/**
 * `command_type: shell` (semantics §4.3, §4.4, §19 b).
 *
 * The script runs under `/bin/sh -c`, exactly one process spawn per attempt. Parameters reach it only as
 * environment variables (never interpolated into the command text, so `$(rm -rf ~)` in a value is inert).
 *
 * Returns (our protocol, not runnable's `&& env`): when the task lists `returns`, one line is put before the
 * user's script:
 *
 *     trap '__ra_rc=$?; export -p >"<private file>"; exit $__ra_rc' EXIT
 *
 * The EXIT trap runs however the script ends (last command failing, `exit 0` mid-script, `set -e`), keeps
 * the script's exit status, and uses only shell builtins (no extra fork/exec). `export -p` prints every
 * exported variable quoted for re-input to the shell, so multi-line values and values containing `=` or
 * quotes survive; `parseExportP` reads that format (dash/ash `'...'`, bash `"..."` and `$'...'`).
 * Without `returns`, the script is run as is.
 *
 * Limits: a script that installs its own EXIT trap, or `exec`s another program, replaces the collector;
 * the returns are then reported missing with a hint.
 */





/** @default '/bin/sh' */
const SHELL = '/bin/sh';
/** The script actually run: the user's script, preceded by the EXIT-trap collector when returns are asked. */
function wrapShellScript(script, returnsFile) {
    if (returnsFile === undefined)
        return script;
    if (/["$`\\\n]/.test(returnsFile))
        throw new Error(`unsafe temp path for the shell collector: ${returnsFile}`);
    return `trap '__ra_rc=$?; export -p >"${returnsFile}"; exit $__ra_rc' EXIT\n${script}`;
}
class ShellTaskRunner {
    async run(inv) {
        const returns = inv.spec.returns;
        for (const r of returns) {
            if (r.kind === 'object') {
                return failure(inv, `shell tasks cannot return objects: return '${r.name}' has kind 'object' (use json or metric)`);
            }
        }
        const returnsFile = returns.length > 0 ? tempPath('.env') : undefined;
        const env = { ...inv.env, ...paramsToEnv(inv.parameters, inv.iterVariables) };
        const result = await spawnProcess({
            file: SHELL,
            args: ['-c', wrapShellScript(inv.spec.command, returnsFile)],
            label: 'shell command',
            cwd: inv.cwd,
            env,
            output: inv.output,
            timeoutMs: inv.timeoutMs,
            signal: inv.signal,
        });
        let exported;
        let readError;
        if (returnsFile !== undefined) {
            // Synchronous on purpose: a few kB from a private local file (~20 µs) beats four thread-pool hops.
            try {
                exported = parseExportP((0,external_node_fs_.readFileSync)(returnsFile, 'utf8'));
                (0,external_node_fs_.unlinkSync)(returnsFile);
            }
            catch (e) {
                const err = e;
                if (err.code !== 'ENOENT')
                    readError = err.message;
            }
        }
        if (!result.ok)
            return failure(inv, result.message, result.status);
        if (returnsFile === undefined)
            return success(inv, {}, result.status);
        if (readError !== undefined)
            return failure(inv, `could not read the exported variables of the shell command: ${readError}`, result.status);
        const out = {};
        const missing = [];
        for (const r of returns) {
            const raw = exported?.get(r.name);
            if (raw === undefined) {
                missing.push(r.name);
                continue;
            }
            out[r.name] = (0,model/* makeParameter */.mL)(r.kind, decodeTextValue(raw));
        }
        if (missing.length > 0) {
            const names = missing.map((n) => `'${n}'`).join(', ');
            let msg = `the shell command did not export the return${missing.length === 1 ? '' : 's'} ${names}; ` +
                `set ${missing.length === 1 ? 'it' : 'them'} with 'export ${missing[0]}=<value>'`;
            if (exported === undefined) {
                msg += ' (no variables were collected: a script that sets its own EXIT trap or calls exec replaces the collector)';
            }
            return failure(inv, msg, result.status);
        }
        return success(inv, out, result.status);
    }
}
/**
 * Parses the output of the `export -p` builtin into name → value. Handles the formats of dash/ash
 * (`export N='v'`, with `'"'"'` for quotes), bash in POSIX mode (`export N="v"`, `export N=$'a\nb'`) and
 * bash (`declare -x N="v"`). Names exported without a value (`export N`) are left out.
 */
function parseExportP(text) {
    const out = new Map();
    let i = 0;
    const n = text.length;
    const skipSpaces = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t'))
            i++;
    };
    while (i < n) {
        // Start of a record: skip blank lines.
        while (i < n && (text[i] === '\n' || text[i] === ' ' || text[i] === '\t'))
            i++;
        if (i >= n)
            break;
        // Keyword: `export` or `declare -FLAGS` / `typeset -FLAGS`.
        const kwStart = i;
        while (i < n && text[i] !== ' ' && text[i] !== '\n')
            i++;
        const kw = text.slice(kwStart, i);
        if (kw !== 'export' && kw !== 'declare' && kw !== 'typeset') {
            throw new Error(`unexpected 'export -p' output near: ${JSON.stringify(text.slice(kwStart, kwStart + 40))}`);
        }
        skipSpaces();
        // Options (`-x`, `-rx`, `--`).
        while (i < n && text[i] === '-') {
            while (i < n && text[i] !== ' ' && text[i] !== '\n')
                i++;
            skipSpaces();
        }
        const nameStart = i;
        while (i < n && text[i] !== '=' && text[i] !== '\n' && text[i] !== ' ')
            i++;
        const name = text.slice(nameStart, i);
        if (i >= n || text[i] !== '=') {
            // Exported but unset: skip to the end of the line.
            while (i < n && text[i] !== '\n')
                i++;
            continue;
        }
        i++; // '='
        let value = '';
        while (i < n) {
            const c = text[i];
            if (c === '\n' || c === ' ' || c === '\t')
                break;
            if (c === "'") {
                const end = text.indexOf("'", i + 1);
                if (end < 0)
                    throw new Error(`unterminated quote in 'export -p' output for ${name}`);
                value += text.slice(i + 1, end);
                i = end + 1;
            }
            else if (c === '"') {
                i++;
                while (i < n && text[i] !== '"') {
                    if (text[i] === '\\' && i + 1 < n) {
                        const d = text[i + 1];
                        if (d === '$' || d === '`' || d === '"' || d === '\\') {
                            value += d;
                            i += 2;
                            continue;
                        }
                        if (d === '\n') {
                            i += 2;
                            continue;
                        }
                    }
                    value += text[i];
                    i++;
                }
                if (i >= n)
                    throw new Error(`unterminated quote in 'export -p' output for ${name}`);
                i++; // closing "
            }
            else if (c === '$' && text[i + 1] === "'") {
                i += 2;
                const r = readAnsiC(text, i);
                value += r.value;
                i = r.end;
            }
            else if (c === '\\' && i + 1 < n) {
                value += text[i + 1];
                i += 2;
            }
            else {
                value += c;
                i++;
            }
        }
        out.set(name, value);
    }
    return out;
}
/** Reads bash's `$'...'` body starting after the opening quote; returns the value and the index after the closing quote. */
function readAnsiC(text, start) {
    let i = start;
    const bytes = [];
    const pushStr = (s) => {
        for (const b of Buffer.from(s, 'utf8'))
            bytes.push(b);
    };
    const n = text.length;
    while (i < n && text[i] !== "'") {
        const c = text[i];
        if (c !== '\\' || i + 1 >= n) {
            // Keep surrogate pairs together.
            const cp = text.codePointAt(i);
            pushStr(String.fromCodePoint(cp));
            i += cp > 0xffff ? 2 : 1;
            continue;
        }
        const d = text[i + 1];
        i += 2;
        switch (d) {
            case 'n':
                bytes.push(10);
                break;
            case 't':
                bytes.push(9);
                break;
            case 'r':
                bytes.push(13);
                break;
            case 'a':
                bytes.push(7);
                break;
            case 'b':
                bytes.push(8);
                break;
            case 'e':
            case 'E':
                bytes.push(27);
                break;
            case 'f':
                bytes.push(12);
                break;
            case 'v':
                bytes.push(11);
                break;
            case '\\':
                bytes.push(92);
                break;
            case "'":
                bytes.push(39);
                break;
            case '"':
                bytes.push(34);
                break;
            case '?':
                bytes.push(63);
                break;
            case 'x': {
                const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i, i + 2));
                if (m) {
                    bytes.push(parseInt(m[0], 16));
                    i += m[0].length;
                }
                else
                    pushStr('\\x');
                break;
            }
            case 'u':
            case 'U': {
                const m = (d === 'u' ? /^[0-9a-fA-F]{1,4}/ : /^[0-9a-fA-F]{1,8}/).exec(text.slice(i, i + (d === 'u' ? 4 : 8)));
                if (m) {
                    pushStr(String.fromCodePoint(parseInt(m[0], 16)));
                    i += m[0].length;
                }
                else
                    pushStr('\\' + d);
                break;
            }
            case 'c': {
                const ch = text[i];
                if (ch !== undefined) {
                    bytes.push(ch.charCodeAt(0) & 0x1f);
                    i++;
                }
                break;
            }
            default: {
                if (d >= '0' && d <= '7') {
                    const m = /^[0-7]{1,2}/.exec(text.slice(i, i + 2));
                    let digits = d;
                    if (m) {
                        digits += m[0];
                        i += m[0].length;
                    }
                    bytes.push(parseInt(digits, 8) & 0xff);
                }
                else {
                    pushStr('\\' + d);
                }
            }
        }
    }
    return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
}

;// CONCATENATED MODULE: ./src/tasks/index.ts
/**
 * Task runners (semantics §4): one per `command_type`, all behind the `TaskRunner` contract of task.ts.
 * Runners only run: the step context prepares parameters, environment (scrubEnvironment) and secrets, and
 * records the outcome. Process hygiene (own process group, timeout/cancel kill, streamed output) lives in
 * process.ts; parameter → environment encoding and credential scrubbing in env.ts.
 */












let runners = {};
/** The runner for a command type (one shared instance per type: runners are stateless apart from caches). */
function getTaskRunner(commandType) {
    let r = runners[commandType];
    if (r)
        return r;
    switch (commandType) {
        case 'shell':
            r = new ShellTaskRunner();
            break;
        case 'python':
        case 'async-python':
            r = new PythonTaskRunner();
            break;
        case 'node':
            r = new NodeTaskRunner();
            break;
        case 'notebook':
            r = new NotebookTaskRunner();
            break;
        default:
            throw new errors/* InternalError */.Gd(`no task runner for command_type '${String(commandType)}'`);
    }
    runners[commandType] = withMaskedMessages(r);
    return runners[commandType];
}
/**
 * The runner with its outcome messages masked (maskOutcomeSecrets). An object whose prototype is the runner,
 * so `instanceof ShellTaskRunner` and the runner's own fields keep working.
 */
function withMaskedMessages(r) {
    const wrapped = Object.create(r);
    wrapped.run = async (inv) => maskOutcomeSecrets(await r.run(inv), inv);
    return wrapped;
}
/** Drops the shared runner instances (tests). */
function resetTaskRunners() {
    runners = {};
}

;// CONCATENATED MODULE: ./src/context/output.ts
const MASK = '***';
function maskSecrets(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (s && out.includes(s))
            out = out.split(s).join(MASK);
    return out;
}
class OutputCollector {
    step;
    secrets;
    reporter;
    parts = [];
    pending = { stdout: '', stderr: '' };
    constructor(step, secrets, reporter) {
        this.step = step;
        this.secrets = secrets;
        this.reporter = reporter;
    }
    write(stream, chunk) {
        const text = this.pending[stream] + chunk;
        const cut = text.lastIndexOf('\n');
        if (cut < 0) {
            this.pending[stream] = text;
            return;
        }
        this.pending[stream] = text.slice(cut + 1);
        this.emit(stream, text.slice(0, cut + 1));
    }
    /** Flushes partial lines; returns the whole (masked) log. */
    finish() {
        for (const stream of ['stdout', 'stderr']) {
            if (this.pending[stream]) {
                this.emit(stream, this.pending[stream] + '\n');
                this.pending[stream] = '';
            }
        }
        return this.parts.join('');
    }
    /** Adds a line of our own (e.g. the failure message) to the execution log. */
    note(line) {
        this.parts.push(maskSecrets(line, this.secrets) + '\n');
    }
    emit(stream, text) {
        const masked = this.secrets.size ? maskSecrets(text, this.secrets) : text;
        this.parts.push(masked);
        this.reporter.stepOutput?.({ step: this.step, stream, chunk: masked });
    }
}

;// CONCATENATED MODULE: ./src/context/step-cache.ts
/**
 * Step caching (opt-in): a task whose definition, inputs and catalog inputs are unchanged since a cached
 * successful run is not run again; its returns and the files it put are restored instead, and the run log
 * says so (the attempt's message names the cache key and the run it came from).
 *
 * The key is a sha256 over: the task spec (command type, command, returns, secret *names*), the node's
 * catalog settings, the step's input parameters (kinds and values, sorted), the iteration variables, the
 * sha256 of every file the step got from the catalog, and the git commit when the code is in a clean git
 * work tree. A step in a dirty tree, or with no git, is keyed on the rest only: opting in asserts the
 * steps are deterministic functions of those inputs. Secret values never enter the key.
 */

function stable(value) {
    if (Array.isArray(value))
        return `[${value.map(stable).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${stable(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** The cache key of a step: `runnable-step-<sha256>`. */
function stepCacheKey(k) {
    const git = k.code.find((c) => c.code_identifier_type === 'git' && c.code_identifier_dependable);
    const material = {
        v: 1,
        task: { command_type: k.spec.command_type, command: k.spec.command, returns: k.spec.returns, secrets: k.spec.secrets, args: k.spec.optional_ploomber_args ?? null },
        catalog: k.catalog ?? null,
        inputs: Object.fromEntries(Object.entries(k.inputs).map(([n, p]) => [n, [p.kind, p.value]])),
        iter: k.iterVariables,
        gets: k.gets.filter((e) => e.stage === 'get').map((e) => [e.name, e.data_hash]).sort(),
        code: git ? git.code_identifier : null,
    };
    return 'runnable-step-' + (0,external_node_crypto_.createHash)('sha256').update(stable(material)).digest('hex');
}

;// CONCATENATED MODULE: ./src/context/scope.ts
const caches = new WeakMap();
function cacheOf(ctx) {
    let c = caches.get(ctx);
    if (!c)
        caches.set(ctx, (c = new Map()));
    return c;
}
/** The parameters stored at one level: the root's full scope, or a branch's own values. */
async function level(ctx, branch) {
    const cache = cacheOf(ctx);
    const hit = cache.get(branch);
    if (hit)
        return hit;
    let params;
    if (!branch)
        params = (await ctx.store.getRunHeader(ctx.runId)).parameters;
    else {
        const b = await ctx.store.getBranch(ctx.runId, branch);
        if (!b)
            throw new Error(`branch log '${branch}' is missing from run '${ctx.runId}'`);
        params = b.parameters;
    }
    cache.set(branch, params);
    return params;
}
/** The scope of a frame: root parameters overlaid with each enclosing branch's own. */
async function readScope(ctx, frame) {
    const root = await level(ctx, '');
    if (frame.scopes.length === 0)
        return root;
    const merged = { ...root };
    for (const b of frame.scopes)
        Object.assign(merged, await level(ctx, b));
    return merged;
}
/** Only a branch's own parameters (what it set or changed). */
function readOwn(ctx, branch) {
    return level(ctx, branch);
}
/** Merges `values` into the frame's own level (read-modify-write under the store's lock). */
async function writeScope(ctx, branch, values) {
    if (Object.keys(values).length === 0)
        return;
    const cache = cacheOf(ctx);
    if (!branch) {
        const h = await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, parameters: { ...h.parameters, ...values } }));
        cache.set('', h.parameters);
    }
    else {
        const b = await ctx.store.updateBranch(ctx.runId, branch, (b) => ({ ...b, parameters: { ...b.parameters, ...values } }));
        cache.set(branch, b.parameters);
    }
}
/** Records what a branch log was opened with (so reads need not go back to the store). */
function noteBranchOpened(ctx, branch, parameters) {
    cacheOf(ctx).set(branch, parameters);
}
/** Sets the status of the run (root) or of a branch: what `success` and `fail` nodes do. */
async function setScopeStatus(ctx, branch, status) {
    if (!branch)
        await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status }));
    else
        await ctx.store.updateBranch(ctx.runId, branch, (b) => ({ ...b, status }));
}
/** True when two parameter values are the same JSON value (used to merge only what a branch changed). */
function sameValue(a, b) {
    if (a === b)
        return true;
    return JSON.stringify(a) === JSON.stringify(b);
}

;// CONCATENATED MODULE: ./src/context/execute-single-node.ts
/**
 * The step context (the seed's `execute_single_node`): every leaf step, whoever traverses the graph, runs
 * through here: read the run log → catalog get → pick parameters → run the task → record returns →
 * catalog put → status. Failures of any kind end as a FAIL attempt with a message (semantics §19 c): this
 * function never leaves a step in PROCESSING unless the process itself dies, and `retry` recovers that.
 *
 * Write order is chosen for crash safety: a step's returns reach its scope *before* the step is marked
 * SUCCESS, so a retry never skips a step whose outputs were lost.
 */










/** File-name-safe form of a resolved internal name. */
function safeName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '_');
}
async function startStep(ctx, node, name, frame) {
    // A new run has no record for this step yet (resolved names are unique per run): no lookup needed.
    const existing = ctx.isRetry || ctx.attach ? await ctx.store.getStep(ctx.runId, name) : undefined;
    // Retry (semantics §13.3): a task or stub whose last attempt succeeded is skipped; terminals always run.
    if (existing && ctx.isRetry && (node.type === 'task' || node.type === 'stub') && existing.attempts.at(-1)?.status === 'SUCCESS') {
        return { record: existing, skip: true };
    }
    const record = existing ?? (0,model/* newStepRecord */.ir)(node.name, name, node.type);
    record.status = 'PROCESSING';
    record.message = '';
    // Stubs and terminals finish at once: one write at the end is enough. A task is recorded as started
    // first, so a crash mid-task leaves a trace that retry picks up.
    if (node.type === 'task')
        await ctx.store.putStep(ctx.runId, record, frame.branch);
    return { record, skip: false };
}
/** Runs one leaf node in `frame` and returns its step status ('PROCESSING' only under AttemptPolicy.moreToCome). */
async function executeLeaf(ctx, node, frame, policy = {}) {
    const name = stepPath(frame, node);
    const { record, skip } = await startStep(ctx, node, name, frame);
    if (skip) {
        ctx.reporter.stepFinished?.({ step: name, type: node.type, status: 'SUCCESS', message: '', attempt: record.attempts.length, skipped: 'succeeded in an earlier attempt of this run' });
        return 'SUCCESS';
    }
    ctx.reporter.stepStarted?.({ step: name, type: node.type, attempt: record.attempts.length + 1 });
    if (node.type !== 'task') {
        const now = (0,model/* nowIso */.kF)();
        record.attempts.push(await attemptRecord(ctx, record.attempts.length + 1, now, now, 'SUCCESS', '', {}, {}));
        record.status = 'SUCCESS';
        // The step's own record first: a retry skips a branch whose status is SUCCESS, so the status must
        // never be on disk before the record of the terminal that set it.
        await ctx.store.putStep(ctx.runId, record, frame.branch);
        if (node.type === 'success' || node.type === 'fail') {
            // A terminal decides the status of the graph it ends: the run at the root, else its branch (§3.6).
            await setScopeStatus(ctx, frame.branch, node.type === 'success' ? 'SUCCESS' : 'FAIL');
        }
        ctx.reporter.stepFinished?.({ step: name, type: node.type, status: 'SUCCESS', message: '', attempt: record.attempts.length });
        return 'SUCCESS';
    }
    const maxAttempts = Math.max(1, policy.attempts ?? node.max_attempts);
    let status = 'FAIL';
    let skipped;
    for (let i = 0; i < maxAttempts; i++) {
        const { attempt, entries, returns, cachedFrom } = await runAttempt(ctx, node, name, frame, record.attempts.length + 1);
        skipped = cachedFrom;
        if (attempt.status === 'SUCCESS') {
            await writeScope(ctx, frame.branch, returns);
        }
        record.attempts.push(attempt);
        record.data_catalog.push(...entries);
        record.status = attempt.status;
        record.message = attempt.message;
        status = attempt.status;
        if (status === 'SUCCESS' || ctx.signal.aborted || i === maxAttempts - 1)
            break;
        // Keep the failed attempt even if the process dies during the next one.
        record.status = 'PROCESSING';
        await ctx.store.putStep(ctx.runId, record, frame.branch);
        ctx.reporter.log?.('WARNING', `step '${name}' failed attempt ${attempt.attempt_number} of ${maxAttempts}: ${firstLine(attempt.message)}; retrying`);
    }
    if (status === 'FAIL' && policy.moreToCome && !ctx.signal.aborted) {
        record.status = 'PROCESSING';
        await ctx.store.putStep(ctx.runId, record, frame.branch);
        ctx.reporter.log?.('WARNING', `step '${name}' failed attempt ${record.attempts.length}; the orchestrator will retry it`);
        return 'PROCESSING';
    }
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status, message: record.message, attempt: record.attempts.length, skipped });
    return status;
}
function firstLine(s) {
    const i = s.indexOf('\n');
    return i < 0 ? s : s.slice(0, i);
}
async function attemptRecord(ctx, attemptNumber, start, end, status, message, inputs, outputs, exitCode) {
    const metrics = {};
    for (const [k, p] of Object.entries(outputs))
        if (p.kind === 'metric')
            metrics[k] = p;
    const attempt = {
        attempt_number: attemptNumber,
        start_time: start,
        end_time: end,
        status,
        message,
        input_parameters: inputs,
        output_parameters: outputs,
        user_defined_metrics: metrics,
        retry_indicator: ctx.retryIndicator,
        code_identities: await ctx.codeIdentities(),
    };
    if (exitCode !== undefined)
        attempt.exit_code = exitCode;
    return attempt;
}
/** The task spec to run: the node's own, or under the mocked executor its patch (or nothing: §15). */
function effectiveSpec(ctx, node) {
    if (!ctx.patches)
        return node.task;
    const patch = ctx.patches[node.name];
    if (!patch)
        return undefined;
    return {
        command_type: patch.command_type ?? node.task.command_type,
        command: patch.command ?? '',
        returns: patch.returns ?? [],
        secrets: patch.secrets ?? [],
    };
}
function objectStore(ctx, step) {
    return {
        load: (key) => ctx.catalog.getBytes(ctx.runId, key),
        async save(name, data, extension) {
            // Scoped by the producing step (semantics §19 j): the same name from two steps or items never collides.
            const key = `objects/${safeName(step)}/${safeName(name)}${extension}`;
            await ctx.catalog.putBytes(ctx.runId, key, data, step);
            return key;
        },
    };
}
function messageOf(err) {
    if (err instanceof errors/* RunnableError */.GX)
        return err.message;
    if (err instanceof Error)
        return `internal error: ${err.stack ?? err.message}`;
    return String(err);
}
async function runAttempt(ctx, node, name, frame, attemptNumber) {
    const start = (0,model/* nowIso */.kF)();
    const entries = [];
    const out = new OutputCollector(name, ctx.secretValues, ctx.reporter);
    let outcome;
    let inputs = {};
    let cacheKey;
    let cachedFrom;
    try {
        const scope = await readScope(ctx, frame);
        inputs = scope;
        if (node.catalog?.get.length) {
            entries.push(...(await ctx.catalog.get({ runId: ctx.runId, patterns: node.catalog.get, workDir: ctx.cwd, step: name })));
        }
        const spec = effectiveSpec(ctx, node);
        if (!spec) {
            outcome = { ok: true, message: '', returns: {}, inputParameters: { ...scope, ...varsAsParameters(frame) } };
        }
        else {
            // Object returns live in the producing run's catalog: such steps are not cached.
            if (ctx.stepCache && !spec.returns.some((r) => r.kind === 'object')) {
                cacheKey = stepCacheKey({ spec, catalog: node.catalog, inputs: scope, iterVariables: frame.vars, gets: entries, code: await ctx.codeIdentities() });
                const hit = await ctx.stepCache.restore(cacheKey, ctx.cwd).catch((err) => {
                    ctx.reporter.log?.('WARNING', `step cache: could not restore '${name}': ${err instanceof Error ? err.message : String(err)}; running it`);
                    return undefined;
                });
                if (hit) {
                    cachedFrom = `cached result of step '${hit.step}' in run '${hit.runId}' (${hit.savedAt}), key ${cacheKey}`;
                    out.note(`[runnable] ${name}: not run: its definition, inputs and catalog inputs are unchanged; ${cachedFrom}`);
                    outcome = { ok: true, message: `skipped: ${cachedFrom}`, returns: hit.returns, inputParameters: { ...scope, ...varsAsParameters(frame) } };
                }
            }
            outcome ??= await runTask(ctx, spec, node, name, frame, scope, attemptNumber, out);
        }
    }
    catch (err) {
        outcome = { ok: false, message: messageOf(err), returns: {}, inputParameters: { ...inputs, ...varsAsParameters(frame) } };
    }
    if (ctx.signal.aborted && !outcome.ok && !outcome.message.includes('cancel')) {
        outcome = { ...outcome, message: `cancelled: ${outcome.message}` };
    }
    // Catalog put also after a failure: whatever exists is kept (missing files tolerated then, §10).
    if (node.catalog?.put.length) {
        try {
            entries.push(...(await ctx.catalog.put({
                runId: ctx.runId,
                patterns: node.catalog.put,
                workDir: ctx.cwd,
                step: name,
                storeCopy: node.catalog.store_copy,
                allowNoMatch: !outcome.ok,
            })));
        }
        catch (err) {
            if (outcome.ok)
                outcome = { ...outcome, ok: false, message: `catalog put failed: ${messageOf(err)}` };
        }
    }
    if (cacheKey && !cachedFrom && outcome.ok && ctx.stepCache) {
        const files = entries.filter((e) => e.stage === 'put').map((e) => e.name);
        await ctx.stepCache
            .save(cacheKey, { returns: outcome.returns, files, runId: ctx.runId, step: name, savedAt: (0,model/* nowIso */.kF)() }, ctx.cwd)
            .catch((err) => ctx.reporter.log?.('WARNING', `step cache: could not save '${name}': ${err instanceof Error ? err.message : String(err)}`));
    }
    // Notebook tasks leave the executed notebook next to the source: it belongs to the run (§4.5).
    const notebook = outcome.outputNotebook;
    if (notebook) {
        try {
            const entry = await ctx.catalog.putBytes(ctx.runId, notebook, await (0,promises_.readFile)(external_node_path_default().resolve(ctx.cwd, notebook)), name);
            if (entry)
                entries.push(entry);
        }
        catch (err) {
            ctx.reporter.log?.('WARNING', `could not store the executed notebook of '${name}': ${messageOf(err)}`);
        }
    }
    if (!outcome.ok)
        out.note(`[runnable] step '${name}' attempt ${attemptNumber} failed: ${outcome.message}`);
    const log = out.finish();
    // A step that printed nothing has no execution log (one file fewer per silent step).
    if (log.length > 0) {
        try {
            const entry = await ctx.catalog.putBytes(ctx.runId, `${safeName(name)}.attempt-${attemptNumber}.execution.log`, log, name);
            if (entry)
                entries.push(entry);
        }
        catch (err) {
            ctx.reporter.log?.('WARNING', `could not store the execution log of '${name}': ${messageOf(err)}`);
        }
    }
    const status = outcome.ok ? 'SUCCESS' : 'FAIL';
    const returns = outcome.ok ? outcome.returns : {};
    const attempt = await attemptRecord(ctx, attemptNumber, start, (0,model/* nowIso */.kF)(), status, outcome.message, outcome.inputParameters, returns, outcome.exitCode);
    return { attempt, entries, returns, cachedFrom };
}
const baseEnvironments = new WeakMap();
/** The scrubbed runner environment, computed once per run (most steps ask for no secrets). */
function baseEnvironment(ctx) {
    let env = baseEnvironments.get(ctx);
    if (!env)
        baseEnvironments.set(ctx, (env = scrubEnvironment(ctx.env, [])));
    return env;
}
function varsAsParameters(frame) {
    const out = {};
    for (const [k, v] of Object.entries(frame.vars))
        out[k] = (0,model/* makeParameter */.mL)('json', v);
    return out;
}
async function runTask(ctx, spec, node, name, frame, scope, attemptNumber, out) {
    const env = spec.secrets.length ? scrubEnvironment(ctx.env, spec.secrets) : { ...baseEnvironment(ctx) };
    for (const secret of spec.secrets) {
        const value = await ctx.secrets.get(secret);
        if (value)
            ctx.secretValues.add(value);
        env[secret] = value;
    }
    env.RUNNABLE_RUN_ID = ctx.runId;
    env.RUNNABLE_STEP_ATTEMPT = String(attemptNumber);
    env.RUNNABLE_RETRY_INDICATOR = ctx.retryIndicator;
    if (ctx.tag)
        env.RUNNABLE_RUN_TAG = ctx.tag;
    const runner = getTaskRunner(spec.command_type);
    return ctx.taskLimiter.run(() => runner.run({
        spec,
        parameters: scope,
        iterVariables: frame.vars,
        env,
        cwd: ctx.cwd,
        attempt: attemptNumber,
        stepName: name,
        timeoutMs: node.timeout_seconds ? node.timeout_seconds * 1000 : undefined,
        signal: ctx.signal,
        output: out,
        objects: objectStore(ctx, name),
    }));
}

;// CONCATENATED MODULE: ./src/context/fan.ts
/**
 * Composite nodes (parallel, map, conditional, loop): fan-out creates the composite's step log and its
 * branch logs (each branch starting with a copy of the parent scope, semantics §19 a); fan-in decides the
 * composite's status from its branch logs and merges or reduces parameters into the parent scope (§5.3).
 *
 * Both are stateless beyond the run log, so the local traversal and `runnable fan … out|in` (one Argo pod
 * each) share them: which branches exist is always recomputed from the parent scope.
 */






function describeKeys(p) {
    const keys = Object.keys(p);
    return keys.length ? keys.join(', ') : 'none';
}
/** Which branches a composite runs, from the parent scope (semantics §3.7-3.9, §19 f). */
function expectedBranches(node, name, frame, scope) {
    switch (node.type) {
        case 'parallel':
            return { ok: true, branches: Object.entries(node.branches).map(([key, graph]) => ({ key, graph, frame: childFrame(frame, node, name, { key }) })) };
        case 'map': {
            const p = scope[node.iterate_on];
            if (!p)
                return { ok: false, message: `map '${name}': iterate_on parameter '${node.iterate_on}' does not exist (parameters: ${describeKeys(scope)})` };
            if (!Array.isArray(p.value)) {
                return { ok: false, message: `map '${name}': iterate_on parameter '${node.iterate_on}' must be a list, got ${JSON.stringify(p.value)?.slice(0, 80)}` };
            }
            const items = p.value;
            const seen = new Map();
            const branches = [];
            for (let i = 0; i < items.length; i++) {
                const key = itemKey(items[i]);
                if (seen.has(key)) {
                    return { ok: false, message: `map '${name}': items ${seen.get(key)} and ${i} have the same key '${key}'; map items must be distinct` };
                }
                seen.set(key, i);
                branches.push({ key, graph: node.branch, frame: childFrame(frame, node, name, { item: items[i] }) });
            }
            return { ok: true, branches, items };
        }
        case 'conditional': {
            const p = scope[node.parameter];
            if (!p)
                return { ok: false, message: `conditional '${name}': parameter '${node.parameter}' does not exist (parameters: ${describeKeys(scope)})` };
            const v = p.value;
            if (v === null || !['string', 'number', 'boolean'].includes(typeof v)) {
                return { ok: false, message: `conditional '${name}': parameter '${node.parameter}' must be a string, number or boolean, got ${JSON.stringify(v)?.slice(0, 80)}` };
            }
            const key = itemKey(v);
            const graph = node.branches[key];
            if (graph)
                return { ok: true, branches: [{ key, graph, frame: childFrame(frame, node, name, { key }) }] };
            if (node.default)
                return { ok: true, branches: [{ key: 'default', graph: node.default, frame: childFrame(frame, node, name, { key: 'default' }) }] };
            return { ok: false, message: `conditional '${name}': no branch matches ${node.parameter}=${JSON.stringify(v)} (branches: ${Object.keys(node.branches).join(', ')}) and there is no default` };
        }
    }
}
async function startComposite(ctx, node, name, frame) {
    const existing = ctx.isRetry || ctx.attach ? await ctx.store.getStep(ctx.runId, name) : undefined;
    if (existing && ctx.isRetry && existing.status === 'SUCCESS')
        return { record: existing, skip: true };
    const record = existing ?? (0,model/* newStepRecord */.ir)(node.name, name, node.type);
    record.status = 'PROCESSING';
    record.message = '';
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    return { record, skip: false };
}
async function finishComposite(ctx, record, frame, status, message) {
    record.status = status;
    record.message = message;
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    ctx.reporter.stepFinished?.({ step: record.internal_name, type: record.step_type, status, message, attempt: 0 });
    return status;
}
/**
 * Creates (or, on a retry, reuses) a branch log. Its scope starts as a copy of the parent's, stored
 * copy-on-write (see scope.ts): `own` is what the branch holds beyond the parent, `{}` except for loop
 * iterations, which start from the previous iteration's values.
 */
async function openBranch(ctx, branch, parentStep, own = {}) {
    const existing = ctx.isRetry || ctx.attach ? await ctx.store.getBranch(ctx.runId, branch) : undefined;
    if (existing) {
        if (existing.status !== 'SUCCESS')
            await ctx.store.putBranch(ctx.runId, { ...existing, status: 'PROCESSING' }, parentStep);
        noteBranchOpened(ctx, branch, existing.parameters);
        return;
    }
    await ctx.store.putBranch(ctx.runId, { internal_name: branch, status: 'PROCESSING', parameters: own }, parentStep);
    noteBranchOpened(ctx, branch, own);
}
async function fanOut(ctx, node, frame) {
    const name = stepPath(frame, node);
    const { record, skip } = await startComposite(ctx, node, name, frame);
    if (skip) {
        ctx.reporter.stepFinished?.({ step: name, type: node.type, status: 'SUCCESS', message: '', attempt: 0, skipped: 'succeeded in an earlier attempt of this run' });
        return { kind: 'skip' };
    }
    ctx.reporter.stepStarted?.({ step: name, type: node.type, attempt: 0 });
    const scope = await readScope(ctx, frame);
    const expected = expectedBranches(node, name, frame, scope);
    if (!expected.ok) {
        await finishComposite(ctx, record, frame, 'FAIL', expected.message);
        return { kind: 'fail', message: expected.message };
    }
    // The map's size is known: tell the edges before the branch records are written (a progress display, and
    // the CLI's heap tuning for large maps, which must start before this burst of allocation).
    if (node.type === 'map')
        ctx.reporter.branchProgress?.({ step: name, done: 0, total: expected.branches.length, failed: 0 });
    // Branch logs are independent files in chunked stores: open them concurrently.
    const width = ctx.store.supportsParallelWrites ? 64 : 1;
    for (let i = 0; i < expected.branches.length; i += width) {
        await Promise.all(expected.branches.slice(i, i + width).map((b) => openBranch(ctx, b.frame.branch, name)));
    }
    return { kind: 'run', branches: expected.branches, items: expected.items };
}
/** Return names of the task nodes directly in a map's branch: what fan-in reduces (§3.8). */
function mapReturnNames(node) {
    const names = [];
    for (const n of Object.values(node.branch.nodes)) {
        if (n.type === 'task')
            for (const r of n.task.returns)
                if (!names.includes(r.name))
                    names.push(r.name);
    }
    return names;
}
async function fanIn(ctx, node, frame) {
    const name = stepPath(frame, node);
    const record = (await ctx.store.getStep(ctx.runId, name)) ?? (0,model/* newStepRecord */.ir)(node.name, name, node.type);
    if (ctx.isRetry && record.status === 'SUCCESS')
        return 'SUCCESS';
    const scope = await readScope(ctx, frame);
    const expected = expectedBranches(node, name, frame, scope);
    if (!expected.ok)
        return finishComposite(ctx, record, frame, 'FAIL', expected.message);
    const headers = await Promise.all(expected.branches.map((b) => ctx.store.getBranch(ctx.runId, b.frame.branch)));
    const failed = expected.branches.filter((_, i) => headers[i]?.status !== 'SUCCESS').map((b) => b.key);
    if (failed.length) {
        const shown = failed.slice(0, 5).join(', ') + (failed.length > 5 ? ` and ${failed.length - 5} more` : '');
        return finishComposite(ctx, record, frame, 'FAIL', `${failed.length} of ${expected.branches.length} branch${expected.branches.length === 1 ? '' : 'es'} did not succeed: ${shown}`);
    }
    const updates = {};
    try {
        if (node.type === 'map') {
            for (const ret of mapReturnNames(node)) {
                // A branch that did not set the name sees the parent's value (its scope is a copy of the parent's).
                const values = headers.map((h) => (h.parameters[ret] ?? scope[ret])?.value ?? null);
                let value = values;
                if (node.reducer) {
                    value = await runPythonReducer(node.reducer, values, { cwd: ctx.cwd, env: scrubEnvironment(ctx.env, []), signal: ctx.signal });
                }
                updates[ret] = (0,model/* makeParameter */.mL)(scope[ret]?.kind === 'metric' ? 'metric' : 'json', value);
            }
        }
        else {
            // parallel: every branch in declaration order, last wins; conditional: the branch that ran.
            // A branch's own parameters are what it set; only real changes are merged.
            for (const h of headers) {
                for (const [k, p] of Object.entries(h.parameters)) {
                    if (!scope[k] || !sameValue(scope[k].value, p.value) || scope[k].kind !== p.kind)
                        updates[k] = p;
                }
            }
        }
    }
    catch (err) {
        return finishComposite(ctx, record, frame, 'FAIL', `reducer of '${name}' failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    await writeScope(ctx, frame.branch, updates);
    return finishComposite(ctx, record, frame, 'SUCCESS', '');
}
/** Starts a loop: the composite's step log. Returns false when a retry finds it already succeeded. */
async function loopStart(ctx, node, frame) {
    const name = stepPath(frame, node);
    const { skip } = await startComposite(ctx, node, name, frame);
    if (skip) {
        ctx.reporter.stepFinished?.({ step: name, type: node.type, status: 'SUCCESS', message: '', attempt: 0, skipped: 'succeeded in an earlier attempt of this run' });
        return false;
    }
    ctx.reporter.stepStarted?.({ step: name, type: node.type, attempt: 0 });
    return true;
}
/** Opens iteration `index`: its scope is a copy of the parent's (index 0) or of the previous iteration's. */
async function loopIteration(ctx, node, frame, index) {
    const name = stepPath(frame, node);
    const branchFrame = childFrame(frame, node, name, { index });
    const own = index === 0 ? {} : await readOwn(ctx, childFrame(frame, node, name, { index: index - 1 }).branch);
    await openBranch(ctx, branchFrame.branch, name, own);
    return { key: String(index), graph: node.branch, frame: branchFrame };
}
/** After iteration `index`: stop on failure, on `break_on` true, or at `max_iterations`. */
async function loopAfterIteration(ctx, node, frame, index) {
    const name = stepPath(frame, node);
    const branch = childFrame(frame, node, name, { index }).branch;
    const header = await ctx.store.getBranch(ctx.runId, branch);
    if (!header || header.status !== 'SUCCESS') {
        return { kind: 'done', status: 'FAIL', message: `iteration ${index} did not succeed` };
    }
    const brk = header.parameters[node.break_on];
    if (brk !== undefined && typeof brk.value !== 'boolean') {
        return { kind: 'done', status: 'FAIL', message: `loop '${name}': break_on parameter '${node.break_on}' must be a boolean, got ${JSON.stringify(brk.value)?.slice(0, 80)}` };
    }
    if (brk?.value === true)
        return { kind: 'done', status: 'SUCCESS', message: '' };
    if (index + 1 >= node.max_iterations)
        return { kind: 'done', status: 'SUCCESS', message: '' };
    return { kind: 'continue' };
}
/** Ends a loop: on success the last iteration's scope becomes the parent's (§5.3). */
async function loopFinish(ctx, node, frame, lastIndex, decision) {
    const name = stepPath(frame, node);
    const record = (await ctx.store.getStep(ctx.runId, name)) ?? (0,model/* newStepRecord */.ir)(node.name, name, node.type);
    if (decision.status === 'SUCCESS' && lastIndex >= 0) {
        const last = await ctx.store.getBranch(ctx.runId, childFrame(frame, node, name, { index: lastIndex }).branch);
        const parent = await readScope(ctx, frame);
        const updates = {};
        for (const [k, p] of Object.entries(last?.parameters ?? {}))
            if (!parent[k] || !sameValue(parent[k].value, p.value))
                updates[k] = p;
        await writeScope(ctx, frame.branch, updates);
    }
    return finishComposite(ctx, record, frame, decision.status, decision.message);
}

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
            return executeLeaf(ctx, node, frame);
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
    const out = await fanOut(ctx, node, frame);
    if (out.kind === 'skip')
        return 'SUCCESS';
    if (out.kind === 'fail')
        return 'FAIL';
    const name = stepPath(frame, node);
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
    return fanIn(ctx, node, frame);
}
async function executeLoop(ctx, node, frame) {
    if (!(await loopStart(ctx, node, frame)))
        return 'SUCCESS';
    for (let i = 0;; i++) {
        const b = await loopIteration(ctx, node, frame, i);
        await runBranch(ctx, b);
        if (ctx.signal.aborted)
            return 'FAIL';
        const decision = await loopAfterIteration(ctx, node, frame, i);
        if (decision.kind === 'done')
            return loopFinish(ctx, node, frame, i, decision);
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
        status = await traverseGraph(ctx, ctx.pipeline.dag, ROOT_FRAME);
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


/***/ })

};
