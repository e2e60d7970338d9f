export const id = 900;
export const ids = [900,83];
export const modules = {

/***/ 67900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compileArgo: () => (/* binding */ compileArgo)
});

// UNUSED EXPORTS: MAX_TASKS, MAX_TEMPLATES, NEXT_PATH, OUT_PATH, ROOT_TEMPLATE, dnsName, manifestDigest, toYaml

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/pipeline/model.ts
var model = __webpack_require__(18615);
// EXTERNAL MODULE: ./src/argo/config-schema.ts
var config_schema = __webpack_require__(93083);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/argo/names.ts
/**
 * Deterministic Argo names (argo-target.md §3, semantics §19 e): lowercase `[a-z0-9-]`, starting with a
 * letter, at most {@link NAME_BUDGET} characters; a long or colliding name is truncated and suffixed with a
 * short hash of the full source string — never a random suffix.
 */

const NAME_BUDGET = 50;
function names_shortHash(text, length = 6) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, length);
}
/** `Map State.inner_step` → `map-state-inner-step`. Never empty; starts with a letter. */
function sanitize(text) {
    let s = text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (!s)
        s = 'x';
    if (!/^[a-z]/.test(s))
        s = 'n' + s;
    return s;
}
/** A DNS-label-like name of at most `budget` characters; hash-suffixed (from `source`) when it had to be cut. */
function dnsName(text, source = text, budget = NAME_BUDGET) {
    const s = sanitize(text);
    if (s.length <= budget)
        return s;
    return `${s.slice(0, budget - 7).replace(/-+$/, '')}-${names_shortHash(source)}`;
}
/** Hands out names unique within one scope (a DAG's tasks, or the workflow's templates). */
class NameScope {
    used = new Set();
    constructor(reserved = []) {
        for (const r of reserved)
            this.used.add(r);
    }
    /** `text` sanitised; on a collision, the hash of `source` (then a counter) makes it unique. */
    take(text, source = text) {
        let name = dnsName(text, source);
        if (this.used.has(name)) {
            const base = sanitize(text).slice(0, NAME_BUDGET - 7).replace(/-+$/, '');
            name = `${base}-${names_shortHash(source)}`;
            for (let i = 2; this.used.has(name); i++)
                name = `${base}-${names_shortHash(`${source}#${i}`)}`;
        }
        this.used.add(name);
        return name;
    }
    has(name) {
        return this.used.has(name);
    }
}

// EXTERNAL MODULE: ./src/argo/validate.ts + 1 modules
var validate = __webpack_require__(71327);
;// CONCATENATED MODULE: ./src/argo/yaml-emit.ts
/**
 * A small, fast, deterministic YAML emitter for manifests (the `yaml` package takes ~200 ms on a 1,000-step
 * workflow). Block style, two-space indent, keys in insertion order. A string is written plain only when it
 * is unambiguous under YAML 1.1 *and* 1.2 (what kubectl and Argo parse); otherwise as a JSON double-quoted
 * string, which is valid YAML. So `yes`, `on`, `0755`, `1e3`, `{{workflow.uid}}`, `''` are always quoted.
 */
const PLAIN = /^(--?)?[A-Za-z/][A-Za-z0-9_./%=+-]*$/;
const AMBIGUOUS = /^(y|n|yes|no|on|off|true|false|null|nan|inf)$/i;
function scalar(v) {
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            throw new TypeError(`cannot write ${v} to YAML`);
        return String(v);
    }
    const s = String(v);
    if (PLAIN.test(s) && !AMBIGUOUS.test(s))
        return s;
    return JSON.stringify(s);
}
function isEmptyCollection(v) {
    if (Array.isArray(v) && v.length === 0)
        return '[]';
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0)
        return '{}';
    return undefined;
}
function emit(v, indent, out) {
    if (Array.isArray(v)) {
        for (const item of v) {
            const empty = isEmptyCollection(item);
            if (item !== null && typeof item === 'object' && !empty) {
                // First key on the dash line.
                const lines = [];
                emit(item, indent + '  ', lines);
                out.push(`${indent}- ${lines[0].slice(indent.length + 2)}`, ...lines.slice(1));
            }
            else {
                out.push(`${indent}- ${empty ?? scalar(item)}`);
            }
        }
        return;
    }
    for (const [k, val] of Object.entries(v)) {
        if (val === undefined)
            continue;
        const key = scalar(k);
        const empty = isEmptyCollection(val);
        if (val !== null && typeof val === 'object' && !empty) {
            out.push(`${indent}${key}:`);
            emit(val, Array.isArray(val) ? indent + '  ' : indent + '  ', out);
        }
        else {
            out.push(`${indent}${key}: ${empty ?? scalar(val)}`);
        }
    }
}
function toYamlDocument(value) {
    const out = [];
    emit(value, '', out);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/argo/compile.ts
/**
 * Pipeline IR → one Argo `Workflow` (or `CronWorkflow`), deterministic to the byte (semantics §19 e).
 *
 * ## Layout (argo-target.md §5)
 *
 * - One DAG template per graph (root: `runnable-dag`; each branch its own), `depends` only, explicit
 *   `X.Succeeded` / `X.Failed`. Only **pod nodes** become DAG tasks: task nodes, composites, and a graph's
 *   start node when it is a stub or terminal. Stubs, `success` and `fail` anywhere else cost no pod: the pod
 *   before them follows the route inline (the CLI's `followInline`).
 * - Leaf templates are shared per *pod profile* (image, resources, env, secrets, retries, deadline, ...):
 *   the step travels as the input parameter `step`, so a 1,000-step pipeline needs a handful of templates.
 * - Composites: the fan-out is merged into the previous pod when the composite is reached by exactly one
 *   success route from a task or a (non-loop) fan-in in the same graph (`--fan-out-next`); otherwise it is a
 *   pod of its own. parallel/map/conditional then cost **one** extra pod (the fan-in), two when they start a
 *   graph. map: one branch task with `withParam` over the item list; conditional: one task per branch key with
 *   `withParam` over the fan-out's one-key list and `when: '{{item}}' == '<key>'` (quote-safe for govaluate);
 *   loop: a recursive DAG template `<loop>-iter(i)`: body → `fan in` for iteration i (outputs `[i+1]` or
 *   `[]`) → itself via `withParam` over that list; the last `fan in` closes the loop, so a loop costs one pod
 *   per iteration.
 * - Handled failures end Succeeded (§19 k, argo-target.md §5.3): when any failure route of a graph does not
 *   end at `fail`, the DAG gets `failFast: false` and a pod-less join `done` that is the DAG's only leaf;
 *   it runs when the route reached `success` (see {@link GraphPlan.join}).
 * - The join is a "no-op" DAG template whose single task is `when: 'false'` (Skipped, so the DAG Succeeds
 *   without a pod): Argo has no plugin-less pod-less no-op other than `suspend`, and a `suspend` node shows
 *   the workflow as suspended and is re-examined on a requeue timer.
 *
 * ## Protocol the CLI implements for this layout (pods run `runnable ... --orchestrator argo`)
 *
 * Every container runs either
 *   `runnable execute-single-node RUN_ID STEP --file F --config-file C --log-level L --orchestrator argo
 *        [--iter-variable JSON] [--retry-index N] [--fan-out-next PATH] [--parameters-file P] [--tag T]`
 * or
 *   `runnable fan RUN_ID STEP out|in --file F --config-file C --log-level L --orchestrator argo
 *        [--iter-variable JSON] [--output-file PATH] [--fan-out-next PATH] [--parameters-file P] [--tag T]`
 * with RUN_ID `{{workflow.parameters.run_id}}`. `--orchestrator argo` means:
 *
 * 1. Exit code: non-zero iff the node itself FAILED (task step; composite at `fan in`) **or** the graph
 *    ended at a `fail` node in this call (the node itself is `fail`, or the route followed inline after it
 *    reached `fail`). (So a pod's Argo phase tells which route
 *    was taken, and a graph that ends at `fail` always ends with a Failed pod.) Crashes also exit non-zero.
 * 2. `execute-single-node` makes exactly ONE attempt (Argo's `retryStrategy` makes the others). `--retry-index
 *    N` (Argo's `{{retries}}`, 0-based; only passed when max_attempts > 1): when the attempt fails and
 *    N + 1 < max_attempts, exit 1 at once — no inline route, no branch/run status change (the step stays
 *    PROCESSING with the failed attempt recorded). Otherwise (final attempt) behave as usual.
 * 3. `fan out` never follows a route and exits 0 when the composite fails at fan-out (e.g. `iterate_on`
 *    missing): it writes `[]`; the composite's `fan in` (which recomputes the branches) records FAIL and
 *    routes. Output file content (`--output-file`, default /tmp/output.txt), always a JSON array:
 *    - map: the items' **JSON texts**, in order — items `[1, "a", {"k": 2}]` → `["1","\"a\"","{\"k\":2}"]`
 *      (Argo renders `{{item}}` of a string item as the bare string, which the compiler splices into
 *      `--iter-variable` `{"map_variable":{"x":{"value":{{item}}}}}`, so every JSON type arrives intact);
 *    - conditional: `[<key>]` (the matching key, or `"default"`); parallel: the branch keys (unused);
 *    - loop (index 0, from `--iter-variable` without an entry for this loop): starts the loop, opens
 *      iteration 0 and writes `[0]` (`[]` when a retry finds the loop already succeeded).
 * 4. Loop `fan in` with `--iter-variable` whose `loop_variable` holds this loop's index i: decides after
 *    iteration i. To continue: **opens iteration i+1** (its branch log, scope copied from i) and writes
 *    `[i+1]`, exit 0, no route. To stop: finishes the loop (status, parameters to the parent), writes `[]`,
 *    follows the route inline; exit code per rule 1.
 * 5. `--fan-out-next PATH` (on `execute-single-node` and non-loop `fan in`): when the node SUCCEEDED and the
 *    inline route (through stubs) reaches a composite node, perform that composite's `fan out` (rule 3, same
 *    `--iter-variable`) in the same process and write its output to PATH. Nothing written otherwise (the
 *    template's `valueFrom.default` is `[]`).
 *
 * The first pod (the root graph's first task) gets `RUNNABLE_PRM_<name>` env vars from the workflow
 * arguments (scalar and JSON initial parameters as JSON text); every pod gets `--parameters-file` when one
 * was given, `RUNNABLE_RETRY_RUN_ID`, `RUNNABLE_RETRY_INDICATOR` (empty = unset) and
 * `RUNNABLE_CODE_ID_ARGO_WORKFLOW_UID`.
 */






const ROOT_TEMPLATE = 'runnable-dag';
const OUT_PATH = '/tmp/runnable/out.json';
const NEXT_PATH = '/tmp/runnable/next.json';
const MAX_TASKS = 200;
const MAX_TEMPLATES = 200;
const CONTROL_ARGS = ['run_id', 'retry_run_id', 'retry_indicator', 'log_level'];
/* ------------------------------------------------------------------------------------------ entry */
function compileArgo(pipeline, config, opts) {
    if (config.pipelineExecutor.type !== 'argo') {
        throw new errors/* ManifestError */.Sh([`the pipeline executor is '${config.pipelineExecutor.type}', not 'argo'`], 'Argo compilation');
    }
    let argo;
    try {
        argo = (0,config_schema.parseArgoExecutorConfig)(config.pipelineExecutor.config);
    }
    catch (err) {
        const issues = err.issues;
        throw new errors/* ManifestError */.Sh(issues ? issues.map((i) => `pipeline-executor.config${i.path.length ? '.' + i.path.map(String).join('.') : ''}: ${i.message}`) : [String(err)], 'argo executor config');
    }
    const ctx = {
        pipeline,
        config,
        argo,
        opts,
        templates: [],
        templateNames: new NameScope([ROOT_TEMPLATE]),
        leafByBody: new Map(),
        names: { graphs: {}, tasks: {} },
        warnings: [],
        volumeMounts: [],
        volumes: [],
        firstTaskDone: false,
        workflowArgs: [],
    };
    setUpVolumes(ctx);
    checkStores(ctx);
    ctx.workflowArgs = workflowArguments(ctx);
    compileGraph(ctx, pipeline.dag, [], ROOT_TEMPLATE);
    // Entry point first, then the rest by name: stable and easy to read.
    // Keep only templates reachable from the entry point (a merged fan-out replaces a leaf variant).
    const byName = new Map(ctx.templates.map((t) => [String(t.name), t]));
    const used = new Set();
    const stack = [ROOT_TEMPLATE];
    while (stack.length) {
        const n = stack.pop();
        if (used.has(n))
            continue;
        used.add(n);
        const t = byName.get(n);
        for (const task of t?.dag?.tasks ?? [])
            stack.push(String(task.template));
    }
    const root = byName.get(ROOT_TEMPLATE);
    const others = ctx.templates.filter((t) => t !== root && used.has(String(t.name))).sort((a, b) => (String(a.name) < String(b.name) ? -1 : 1));
    if (others.length + 1 > MAX_TEMPLATES) {
        throw new errors/* ManifestError */.Sh([`the workflow needs ${others.length + 1} templates (max ${MAX_TEMPLATES}): too many branches; split the pipeline`]);
    }
    const templates = [root, ...others];
    const spec = workflowSpec(ctx, templates);
    const md = ctx.argo.argoWorkflow.metadata ?? {};
    const generateName = md.generateName ?? (md.name ? undefined : 'runnable-dag-');
    let manifest;
    if (ctx.argo.cronSchedule) {
        const cron = ctx.argo.cronSchedule;
        const name = (md.name ?? generateName ?? 'runnable-dag').replace(/-+$/, '');
        const cronSpec = {};
        cronSpec.schedules = cron.schedules ?? [cron.schedule];
        if (cron.timezone)
            cronSpec.timezone = cron.timezone;
        for (const k of ['concurrencyPolicy', 'startingDeadlineSeconds', 'suspend', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) {
            if (cron[k] !== undefined)
                cronSpec[k] = cron[k];
        }
        cronSpec.workflowSpec = spec;
        manifest = { apiVersion: 'argoproj.io/v1alpha1', kind: 'CronWorkflow', metadata: metadata(md, { name }), spec: cronSpec };
    }
    else {
        manifest = {
            apiVersion: 'argoproj.io/v1alpha1',
            kind: 'Workflow',
            metadata: metadata(md, md.name ? { name: md.name } : { generateName: generateName }),
            spec,
        };
    }
    const problems = (0,validate/* validateManifest */.yl)(manifest);
    if (problems.length)
        throw new errors/* ManifestError */.Sh(problems);
    const yaml = toYaml(manifest);
    return { manifest, yaml, names: ctx.names, warnings: ctx.warnings };
}
/** YAML 1.1-safe output (kubectl parses 1.1): `yes`/`no`/octal-looking strings and `{{…}}` get quoted. */
function toYaml(manifest) {
    return toYamlDocument(manifest);
}
function metadata(md, name) {
    const out = { ...name };
    if (md.namespace)
        out.namespace = md.namespace;
    if (md.labels && Object.keys(md.labels).length)
        out.labels = sortKeys(md.labels);
    if (md.annotations && Object.keys(md.annotations).length)
        out.annotations = sortKeys(md.annotations);
    return out;
}
function sortKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/* ------------------------------------------------------------------------------- workflow level */
function workflowArguments(ctx) {
    const args = [];
    if (ctx.argo.exposeParametersAsInputs) {
        for (const [name, value] of Object.entries(ctx.opts.initialParameters ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            if (CONTROL_ARGS.includes(name)) {
                throw new errors/* ManifestError */.Sh([`initial parameter '${name}' has the name of a workflow control argument (${CONTROL_ARGS.join(', ')}); rename it`]);
            }
            if (!/^[a-z0-9_-]+$/.test(name)) {
                // RUNNABLE_PRM_<name> is lower-cased by the CLI, and Argo names allow only [-a-zA-Z0-9_].
                ctx.warnings.push(`initial parameter '${name}' is not exposed as a workflow argument (only lower-case [a-z0-9_-] names are); it still comes from the parameters file`);
                continue;
            }
            if (value !== null && typeof value === 'object') {
                // Lists and mappings stay out of the manifest (its size must not grow with a map's items); the pods
                // read them from the parameters file, as runnable does.
                if (!ctx.opts.parametersFile)
                    ctx.warnings.push(`initial parameter '${name}' is a list or mapping: it reaches the pods only through a parameters file, and none was given`);
                continue;
            }
            args.push({ name, value: JSON.stringify(value) ?? 'null' });
        }
    }
    args.push({ name: 'run_id', value: '{{workflow.uid}}' });
    args.push({ name: 'retry_run_id', value: '' });
    args.push({ name: 'retry_indicator', value: '' });
    args.push({ name: 'log_level', value: ctx.opts.logLevel ?? ctx.argo.logLevel ?? 'WARNING' });
    return args;
}
function setUpVolumes(ctx) {
    const seen = new Set();
    const add = (name, claimName, mountPath, readOnly) => {
        if (seen.has(mountPath))
            throw new errors/* ManifestError */.Sh([`two volumes are mounted at ${mountPath}`], 'argo executor config');
        seen.add(mountPath);
        ctx.volumes.push({ name, persistentVolumeClaim: { claimName, ...(readOnly ? { readOnly: true } : {}) } });
        ctx.volumeMounts.push({ name, mountPath, ...(readOnly ? { readOnly: true } : {}) });
    };
    if (ctx.argo.pvcForRunnable)
        add('runnable', ctx.argo.pvcForRunnable, '/mnt');
    ctx.argo.customVolumes.forEach((v, i) => add(`custom-volume-${i}`, v.persistentVolumeClaim.claimName, v.mountPath, v.persistentVolumeClaim.readOnly));
}
/** Every pod must see the same run log store and catalog: they must live on a mounted volume. */
function checkStores(ctx) {
    const mounts = ctx.volumeMounts.map((m) => ({ path: String(m.mountPath), readOnly: Boolean(m.readOnly) }));
    const onVolume = (p) => mounts.some((m) => !m.readOnly && (p === m.path || p.startsWith(m.path.replace(/\/+$/, '') + '/')));
    const problems = [];
    const store = ctx.config.runLogStore;
    if (store.type === 'buffered')
        problems.push(`run-log-store 'buffered' keeps the run log in memory; Argo pods need a shared store (chunked-fs on a volume)`);
    if (store.type === 'file-system' || store.type === 'chunked-fs') {
        const folder = String(store.config.log_folder ?? '.run_log_store');
        if (!onVolume(folder))
            problems.push(`run-log-store log_folder '${folder}' is not on a volume mounted in the pods (mounts: ${mounts.map((m) => m.path).join(', ') || 'none'})`);
        if (store.type === 'file-system')
            ctx.warnings.push(`run-log-store 'file-system' is not safe with parallel pods; use 'chunked-fs'`);
    }
    const cat = ctx.config.catalog;
    if (cat.type === 'file-system') {
        const loc = String(cat.config.catalog_location ?? '.catalog');
        if (!onVolume(loc))
            problems.push(`catalog catalog_location '${loc}' is not on a volume mounted in the pods (mounts: ${mounts.map((m) => m.path).join(', ') || 'none'})`);
    }
    if (problems.length)
        throw new errors/* ManifestError */.Sh(problems, 'Argo configuration');
}
function workflowSpec(ctx, templates) {
    const s = ctx.argo.argoWorkflow.spec ?? {};
    const spec = { entrypoint: ROOT_TEMPLATE, arguments: { parameters: ctx.workflowArgs } };
    if (s.serviceAccountName)
        spec.serviceAccountName = s.serviceAccountName;
    spec.activeDeadlineSeconds = s.activeDeadlineSeconds ?? 172800;
    spec.podGC = s.podGC ?? { strategy: 'OnPodSuccess' };
    if (s.ttlStrategy)
        spec.ttlStrategy = s.ttlStrategy;
    if (s.parallelism)
        spec.parallelism = s.parallelism;
    if (s.nodeSelector && Object.keys(s.nodeSelector).length)
        spec.nodeSelector = sortKeys(s.nodeSelector);
    if (s.tolerations?.length)
        spec.tolerations = s.tolerations;
    for (const k of ['affinity', 'securityContext', 'priorityClassName', 'imagePullSecrets', 'podMetadata', 'volumeClaimGC', 'archiveLogs']) {
        if (s[k] !== undefined)
            spec[k] = s[k];
    }
    if (ctx.volumes.length)
        spec.volumes = ctx.volumes;
    spec.templates = templates;
    return spec;
}
/* ----------------------------------------------------------------------------------- graphs */
function encodeStep(internalName) {
    return internalName.replace(/ /g, '%');
}
/** `--iter-variable` text for a scope, with `{{inputs.parameters.iv-n}}` where the values go. */
function iterSkeleton(scope, extra) {
    const vars = extra ? [...scope, extra] : scope;
    if (!vars.length)
        return undefined;
    const maps = vars.filter((v) => v.kind === 'map');
    const loops = vars.filter((v) => v.kind === 'loop');
    const mv = maps.map((v) => `${JSON.stringify(v.as)}:{"value":{{inputs.parameters.${v.param}}}}`).join(',');
    const lv = loops.map((v) => `{"value":{{inputs.parameters.${v.param}}}}`).join(',');
    return `{"map_variable":{${mv}},"loop_variable":[${lv}]}`;
}
function scopeInputs(scope) {
    return scope.length ? { parameters: scope.map((v) => ({ name: v.param })) } : undefined;
}
/** Arguments passing a scope's values on to a child template (plus optional extra parameters). */
function passScope(scope, extra = []) {
    const parameters = [...scope.map((v) => ({ name: v.param, value: `{{inputs.parameters.${v.param}}}` })), ...extra];
    return parameters.length ? { parameters } : undefined;
}
function routeTarget(graph, from, podNodes) {
    let name = from ?? 'fail';
    for (let guard = 0; guard < 10000; guard++) {
        const node = graph.nodes[name];
        if (!node)
            throw new errors/* ManifestError */.Sh([`graph '${graph.internalName || 'dag'}' has no node '${name}'`]);
        if (podNodes.has(name))
            return { kind: 'pod', node: name };
        if (node.type === 'success')
            return { kind: 'success' };
        if (node.type === 'fail')
            return { kind: 'fail' };
        if (node.type !== 'stub')
            return { kind: 'pod', node: name };
        name = node.next;
    }
    throw new errors/* ManifestError */.Sh([`graph '${graph.internalName || 'dag'}': the route from '${from}' does not end`]);
}
/** Compiles `graph` into DAG template `templateName` (and everything under it). */
function compileGraph(ctx, graph, scope, templateName) {
    ctx.names.graphs[templateName] = graph.internalName;
    // Pod nodes: tasks and composites reachable from the start, plus the start node itself.
    const reachable = [];
    const seen = new Set();
    const stack = [graph.start_at];
    while (stack.length) {
        const name = stack.pop();
        if (seen.has(name))
            continue;
        const node = graph.nodes[name];
        if (!node)
            throw new errors/* ManifestError */.Sh([`graph '${graph.internalName || 'dag'}': start_at/next/on_failure names '${name}', which does not exist`]);
        seen.add(name);
        reachable.push(name);
        if (node.type !== 'success' && node.type !== 'fail') {
            if (node.on_failure)
                stack.push(node.on_failure);
            stack.push(node.next);
        }
    }
    // Declaration order, for stable output.
    const order = Object.keys(graph.nodes).filter((n) => seen.has(n));
    const podNodes = new Set(order.filter((n) => n === graph.start_at || !['stub', 'success', 'fail'].includes(graph.nodes[n].type)));
    const succ = new Map();
    const fail = new Map();
    for (const name of podNodes) {
        const node = graph.nodes[name];
        if (node.type === 'success' || node.type === 'fail')
            continue;
        succ.set(name, routeTarget(graph, node.next, podNodes));
        if (node.type !== 'stub')
            fail.set(name, routeTarget(graph, node.on_failure ?? 'fail', podNodes));
        const s = succ.get(name);
        const f = fail.get(name);
        if (s.kind === 'fail' && f && f.kind !== 'fail') {
            throw new errors/* ManifestError */.Sh([
                `step '${node.internalName}': its next route ends at 'fail' while its on_failure route does not; Argo cannot tell the two apart (a pod that ends its graph at 'fail' exits non-zero). Route the success path through a step.`,
            ]);
        }
    }
    // Incoming edges per pod node, in a stable order.
    const incoming = new Map();
    for (const name of order) {
        if (!podNodes.has(name))
            continue;
        for (const [map, outcome] of [
            [succ, 'Succeeded'],
            [fail, 'Failed'],
        ]) {
            const t = map.get(name);
            if (t?.kind === 'pod') {
                const list = incoming.get(t.node) ?? [];
                list.push({ from: name, outcome });
                incoming.set(t.node, list);
            }
        }
    }
    const taskNames = new NameScope();
    // Topological order of pod nodes (the graph is acyclic; runnable validates it).
    const topo = topoOrder(order.filter((n) => podNodes.has(n)), (n) => [succ.get(n), fail.get(n)].flatMap((t) => (t?.kind === 'pod' ? [t.node] : [])));
    // Which composites get their fan-out from the previous pod.
    const merged = new Map(); // composite -> predecessor
    for (const name of topo) {
        const node = graph.nodes[name];
        const inc = incoming.get(name) ?? [];
        if (isCompositeNode(node) && name !== graph.start_at && inc.length === 1 && inc[0].outcome === 'Succeeded') {
            const pred = graph.nodes[inc[0].from];
            if (pred.type !== 'loop')
                merged.set(name, inc[0].from);
        }
    }
    const units = new Map();
    for (const name of topo) {
        const node = graph.nodes[name];
        units.set(name, buildUnit(ctx, graph, node, scope, taskNames, merged.has(name) ? units.get(merged.get(name)) : undefined));
    }
    // Inbound depends.
    for (const name of topo) {
        const unit = units.get(name);
        const inc = incoming.get(name) ?? [];
        if (merged.has(name))
            continue; // entries already depend on the predecessor's Succeeded
        if (inc.length) {
            const expr = inc.map((e) => `${units.get(e.from).exit.name}.${e.outcome}`).join(' || ');
            for (const t of unit.entries)
                t.depends = expr;
        }
    }
    // The join for handled failures.
    const handled = [...fail.values()].some((t) => t.kind !== 'fail');
    let join;
    if (handled) {
        const terms = [];
        for (const name of topo) {
            const exit = units.get(name).exit.name;
            const s = succ.get(name);
            const f = fail.get(name);
            const dangling = s?.kind === 'fail' && (!f || f.kind === 'fail');
            if (s?.kind === 'success' || dangling || (!s && graph.nodes[name].type === 'success'))
                terms.push(`${exit}.Succeeded`);
            if (f?.kind === 'success')
                terms.push(`${exit}.Failed`);
        }
        if (terms.length) {
            join = { name: taskNames.take('done', `${graph.internalName}#join`), template: noopTemplate(ctx), depends: terms.join(' || ') };
        }
    }
    const tasks = [];
    for (const name of topo)
        tasks.push(...units.get(name).tasks);
    if (join)
        tasks.push(join);
    for (const name of topo)
        for (const t of units.get(name).tasks)
            ctx.names.tasks[`${templateName}/${t.name}`] = graph.nodes[name].internalName;
    const dag = {};
    if (join)
        dag.failFast = false;
    if (tasks.length <= MAX_TASKS) {
        dag.tasks = tasks.map(cleanTask);
        ctx.templates.push(dagTemplate(templateName, scope, dag));
        return;
    }
    // Too many tasks for one DAG: split the (linear) chain of units into nested DAG templates.
    if (join) {
        throw new errors/* ManifestError */.Sh([`graph '${graph.internalName || 'dag'}' has ${tasks.length} Argo tasks (max ${MAX_TASKS} per DAG) and on_failure routes; split it into branches`]);
    }
    const chain = topo.map((n) => units.get(n));
    splitChain(ctx, chain, scope, templateName, merged, graph);
}
function cleanTask(t) {
    const o = { name: t.name, template: t.template };
    if (t.depends)
        o.depends = t.depends;
    if (t.withParam)
        o.withParam = t.withParam;
    if (t.when)
        o.when = t.when;
    if (t.arguments)
        o.arguments = t.arguments;
    return o;
}
function dagTemplate(name, scope, dag) {
    const t = { name };
    const inputs = scopeInputs(scope);
    if (inputs)
        t.inputs = inputs;
    t.dag = dag;
    return t;
}
/** Packs a linear chain of units into DAG templates of at most MAX_TASKS tasks (nested when needed). */
function splitChain(ctx, chain, scope, templateName, merged, graph) {
    // Groups of consecutive units that must stay together (a merged fan-out references the predecessor's outputs).
    const groups = [];
    for (const u of chain) {
        if (groups.length && merged.get(u.node.name) !== undefined)
            groups.at(-1).push(u);
        else
            groups.push([u]);
    }
    const parts = [];
    let current = [];
    let count = 0;
    for (const g of groups) {
        const n = g.reduce((a, u) => a + u.tasks.length, 0);
        if (n > MAX_TASKS)
            throw new errors/* ManifestError */.Sh([`graph '${graph.internalName || 'dag'}': one composite needs ${n} Argo tasks (max ${MAX_TASKS})`]);
        if (count + n > MAX_TASKS && current.length) {
            parts.push(current);
            current = [];
            count = 0;
        }
        current.push(g);
        count += n;
    }
    if (current.length)
        parts.push(current);
    const partTasks = [];
    parts.forEach((part, i) => {
        const units = part.flat();
        const name = ctx.templateNames.take(`${templateName}-part-${i + 1}`, `${graph.internalName}#part${i + 1}`);
        const tasks = units.flatMap((u) => u.tasks);
        // The first unit of a part has no predecessor inside it.
        for (const t of units[0].entries)
            delete t.depends;
        ctx.templates.push(dagTemplate(name, scope, { tasks: tasks.map(cleanTask) }));
        const task = { name: `part-${i + 1}`, template: name };
        const args = passScope(scope);
        if (args)
            task.arguments = args;
        if (i > 0)
            task.depends = `part-${i}.Succeeded`;
        partTasks.push(task);
    });
    // More than MAX_TASKS parts would also mean more than MAX_TEMPLATES templates: reported by compileArgo.
    ctx.templates.push(dagTemplate(templateName, scope, { tasks: partTasks.map(cleanTask) }));
}
function topoOrder(nodes, succs) {
    const index = new Map(nodes.map((n, i) => [n, i]));
    const indeg = new Map(nodes.map((n) => [n, 0]));
    for (const n of nodes)
        for (const s of succs(n))
            indeg.set(s, (indeg.get(s) ?? 0) + 1);
    const out = [];
    // Ready nodes kept sorted by declaration index (small in practice: a runnable graph is a walk).
    const ready = nodes.filter((n) => indeg.get(n) === 0);
    while (ready.length) {
        const n = ready.shift();
        out.push(n);
        for (const s of succs(n)) {
            indeg.set(s, indeg.get(s) - 1);
            if (indeg.get(s) === 0) {
                const si = index.get(s);
                let pos = ready.length;
                while (pos > 0 && index.get(ready[pos - 1]) > si)
                    pos--;
                ready.splice(pos, 0, s);
            }
        }
    }
    if (out.length !== nodes.length) {
        const done = new Set(out);
        throw new errors/* ManifestError */.Sh([`the pipeline graph has a cycle among ${nodes.filter((n) => !done.has(n)).join(', ')}`]);
    }
    return out;
}
function isCompositeNode(node) {
    return node.type === 'parallel' || node.type === 'map' || node.type === 'conditional' || node.type === 'loop';
}
/* ------------------------------------------------------------------------------------ units */
function buildUnit(ctx, graph, node, scope, names, mergedFrom) {
    const iter = iterSkeleton(scope);
    const base = node.name;
    if (!isCompositeNode(node)) {
        const first = !ctx.firstTaskDone && graph.internalName === '';
        ctx.firstTaskDone = true;
        const template = leafTemplate(ctx, node.type === 'task' ? node : undefined, { first, iter: iter !== undefined, fanOutNext: false });
        const task = { name: names.take(base, node.internalName), template, arguments: leafArgs(node.internalName, iter) };
        return { node, entries: [task], exit: task, tasks: [task] };
    }
    // Composite.
    let source; // `tasks.<x>.outputs.parameters.<p>` of what the branches fan over
    const tasks = [];
    let entries;
    let fanOut;
    if (mergedFrom) {
        // The predecessor pod opens this composite: switch its template to the `--fan-out-next` variant.
        enableFanOutNext(ctx, mergedFrom, scope);
        mergedFrom.mergesNext = node.name;
        source = `{{tasks.${mergedFrom.exit.name}.outputs.parameters.next}}`;
    }
    else {
        const first = !ctx.firstTaskDone && graph.internalName === '';
        ctx.firstTaskDone = true;
        fanOut = { name: names.take(`${base}-fan-out`, `${node.internalName}#fan-out`), template: fanTemplate(ctx, 'out', { first, iter: iter !== undefined, loopClose: false, fanOutNext: false }), arguments: leafArgs(node.internalName, iter) };
        tasks.push(fanOut);
        source = `{{tasks.${fanOut.name}.outputs.parameters.out}}`;
    }
    const branchDeps = mergedFrom ? `${mergedFrom.exit.name}.Succeeded` : `${fanOut.name}.Succeeded`;
    const branchTasks = [];
    if (node.type === 'loop') {
        const iterTemplate = loopTemplate(ctx, node, scope);
        const v = { kind: 'loop', param: `iv-${scope.length}` };
        const t = {
            name: names.take(base, node.internalName),
            template: iterTemplate,
            depends: branchDeps,
            withParam: source,
            arguments: passScope(scope, [{ name: v.param, value: '{{item}}' }]),
        };
        tasks.push(t);
        entries = fanOut ? [fanOut] : [t];
        return { node, entries, exit: t, tasks };
    }
    if (node.type === 'map') {
        const v = { kind: 'map', as: node.iterate_as, param: `iv-${scope.length}` };
        const childScope = [...scope, v];
        const tmpl = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-branch`, `${node.internalName}.${model/* MAP_PLACEHOLDER */.Jh}`);
        compileGraph(ctx, node.branch, childScope, tmpl);
        branchTasks.push({
            name: names.take(`${base}-items`, `${node.internalName}#items`),
            template: tmpl,
            depends: branchDeps,
            withParam: source,
            arguments: passScope(scope, [{ name: v.param, value: '{{item}}' }]),
        });
    }
    else {
        const branches = Object.entries(node.type === 'conditional' && node.default ? { ...node.branches, default: node.default } : node.branches);
        for (const [key, g] of branches) {
            const tmpl = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-${key}`, g.internalName || `${node.internalName}.${key}`);
            compileGraph(ctx, g, scope, tmpl);
            const t = { name: names.take(`${base}-${key}`, `${node.internalName}.${key}`), template: tmpl, depends: branchDeps };
            if (node.type === 'conditional') {
                if (/['"\\]/.test(key))
                    throw new errors/* ManifestError */.Sh([`conditional '${node.internalName}': branch key ${JSON.stringify(key)} contains a quote or backslash, which Argo's 'when' cannot compare`]);
                t.withParam = source;
                t.when = `'{{item}}' == '${key}'`;
            }
            const args = passScope(scope);
            if (args)
                t.arguments = args;
            branchTasks.push(t);
        }
    }
    tasks.push(...branchTasks);
    const fanIn = {
        name: names.take(`${base}-fan-in`, `${node.internalName}#fan-in`),
        template: fanTemplate(ctx, 'in', { first: false, iter: iter !== undefined, loopClose: false, fanOutNext: false }),
        depends: branchTasks.map((b) => `${b.name}.Succeeded || ${b.name}.Failed || ${b.name}.Errored`).join(' || '),
        arguments: leafArgs(node.internalName, iter),
    };
    tasks.push(fanIn);
    entries = fanOut ? [fanOut] : branchTasks;
    return { node, entries, exit: fanIn, tasks };
}
function stripPlaceholders(internalName) {
    return internalName.split('.').filter((p) => p !== model/* MAP_PLACEHOLDER */.Jh && p !== model/* LOOP_PLACEHOLDER */.lG).join('.');
}
function leafArgs(internalName, iter) {
    const parameters = [{ name: 'step', value: encodeStep(internalName) }];
    if (iter !== undefined)
        parameters.push({ name: 'iter', value: iter });
    return { parameters };
}
/** Switches a unit's exit pod to the template variant that also opens the next composite. */
function enableFanOutNext(ctx, unit, scope) {
    const iter = scope.length > 0;
    const exit = unit.exit;
    const tmpl = ctx.templates.find((t) => t.name === exit.template);
    const meta = tmpl._variant;
    if (!meta)
        throw new errors/* ManifestError */.Sh([`internal: template ${exit.template} has no variant record`]);
    const variant = { ...meta.variant, fanOutNext: true, iter };
    exit.template = meta.kind === 'step' ? leafTemplate(ctx, meta.task, variant) : fanTemplate(ctx, meta.direction, { ...variant, loopClose: false });
}
/* ------------------------------------------------------------------------------------ loops */
function loopTemplate(ctx, node, scope) {
    const v = { kind: 'loop', param: `iv-${scope.length}` };
    const childScope = [...scope, v];
    const name = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-iter`, `${node.internalName}#iter`);
    const body = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-branch`, `${node.internalName}.${model/* LOOP_PLACEHOLDER */.lG}`);
    compileGraph(ctx, node.branch, childScope, body);
    const iter = iterSkeleton(childScope);
    const pass = passScope(childScope);
    const tasks = [
        { name: 'body', template: body, ...(pass ? { arguments: pass } : {}) },
        {
            name: 'close',
            template: fanTemplate(ctx, 'in', { first: false, iter: true, loopClose: true, fanOutNext: false }),
            depends: 'body.Succeeded || body.Failed || body.Errored',
            arguments: leafArgs(node.internalName, iter),
        },
        {
            name: 'again',
            template: name,
            depends: 'close.Succeeded',
            withParam: '{{tasks.close.outputs.parameters.out}}',
            arguments: passScope(scope, [{ name: v.param, value: '{{item}}' }]),
        },
    ];
    ctx.names.tasks[`${name}/close`] = node.internalName;
    ctx.names.tasks[`${name}/body`] = node.branch.internalName;
    ctx.templates.push(dagTemplate(name, childScope, { tasks: tasks.map(cleanTask) }));
    return name;
}
function commonArgs(ctx) {
    const a = ['--file', ctx.opts.pipelineFile];
    if (ctx.opts.configFile)
        a.push('--config-file', ctx.opts.configFile);
    a.push('--log-level', '{{workflow.parameters.log_level}}', '--orchestrator', 'argo');
    return a;
}
function tailArgs(ctx) {
    const a = [];
    if (ctx.opts.parametersFile)
        a.push('--parameters-file', ctx.opts.parametersFile);
    if (ctx.opts.tag)
        a.push('--tag', ctx.opts.tag);
    return a;
}
function baseEnv(ctx, first) {
    const env = [
        { name: 'RUNNABLE_CODE_ID_ARGO_WORKFLOW_UID', value: '{{workflow.uid}}' },
        { name: 'RUNNABLE_RETRY_INDICATOR', value: '{{workflow.parameters.retry_indicator}}' },
        { name: 'RUNNABLE_RETRY_RUN_ID', value: '{{workflow.parameters.retry_run_id}}' },
    ];
    if (first) {
        for (const a of ctx.workflowArgs) {
            if (!CONTROL_ARGS.includes(a.name))
                env.push({ name: `RUNNABLE_PRM_${a.name}`, value: `{{workflow.parameters.${a.name}}}` });
        }
    }
    return env;
}
function mergeEnv(...lists) {
    const byName = new Map();
    for (const list of lists)
        for (const e of list ?? [])
            byName.set(String(e.name), e);
    return [...byName.values()];
}
function resources(r) {
    if (!r)
        return undefined;
    const conv = (m) => {
        if (!m)
            return undefined;
        const out = {};
        for (const [k, v] of Object.entries(m))
            out[k === 'gpu' ? 'nvidia.com/gpu' : k] = k === 'gpu' ? String(v) : v;
        return sortKeys(out);
    };
    const o = {};
    const limits = conv(r.limits);
    const requests = conv(r.requests);
    if (limits)
        o.limits = limits;
    if (requests)
        o.requests = requests;
    return Object.keys(o).length ? o : undefined;
}
function retryStrategy(rs, attempts) {
    if (attempts <= 1)
        return undefined;
    const o = { limit: String(attempts - 1), retryPolicy: rs?.retryPolicy ?? 'OnFailure' };
    if (rs?.expression)
        o.expression = rs.expression;
    if (rs?.backoff) {
        const b = {};
        if (rs.backoff.duration !== undefined)
            b.duration = String(rs.backoff.duration);
        if (rs.backoff.factor !== undefined)
            b.factor = rs.backoff.factor;
        if (rs.backoff.cap !== undefined)
            b.cap = rs.backoff.cap;
        if (rs.backoff.maxDuration !== undefined)
            b.maxDuration = rs.backoff.maxDuration;
        o.backoff = b;
    }
    if (rs?.affinity)
        o.affinity = rs.affinity;
    return o;
}
function overrideFor(ctx, task) {
    const key = task?.overrides?.argo;
    if (!key)
        return {};
    const o = ctx.argo.overrides[key];
    if (!o)
        throw new errors/* ManifestError */.Sh([`step '${task.internalName}': overrides.argo '${key}' is not a key of the argo executor's config.overrides (${Object.keys(ctx.argo.overrides).join(', ') || 'none defined'})`]);
    return { key, o };
}
function secretEnv(ctx, task) {
    const secrets = task?.task.secrets ?? [];
    if (!secrets.length)
        return [];
    if (!ctx.argo.secretFromK8s) {
        if (ctx.config.secrets.type === 'env-secrets') {
            throw new errors/* ManifestError */.Sh([`step '${task.internalName}' needs secrets (${secrets.join(', ')}) but the argo config has no 'secret_from_k8s' to read them from`]);
        }
        return [];
    }
    return [...secrets].sort().map((s) => ({ name: s, valueFrom: { secretKeyRef: { name: ctx.argo.secretFromK8s, key: s } } }));
}
/** Registers a leaf template body (deduplicated by content) and returns its name. */
function registerLeaf(ctx, prefix, body, meta) {
    const key = prefix + '|' + JSON.stringify(body);
    const existing = ctx.leafByBody.get(key);
    if (existing)
        return existing;
    const name = ctx.templateNames.take(`${prefix}-${names_shortHash(key)}`, key);
    const t = { name, ...body };
    Object.defineProperty(t, '_variant', { value: meta, enumerable: false });
    ctx.templates.push(t);
    ctx.leafByBody.set(key, name);
    return name;
}
function leafTemplate(ctx, task, variant) {
    const { key, o } = overrideFor(ctx, task);
    const d = ctx.argo.defaults;
    const pick = (k) => (o && o[k] !== undefined && o[k] !== null ? o[k] : d[k]);
    const command = ['runnable', 'execute-single-node', '{{workflow.parameters.run_id}}', '{{inputs.parameters.step}}', ...commonArgs(ctx)];
    if (variant.iter)
        command.push('--iter-variable', '{{inputs.parameters.iter}}');
    const attempts = task ? Math.max(1, task.max_attempts ?? 1) : 1;
    const rs = retryStrategy(pick('retryStrategy') ?? ctx.argo.argoWorkflow.spec?.retryStrategy, attempts);
    if (rs)
        command.push('--retry-index', '{{retries}}');
    if (variant.fanOutNext)
        command.push('--fan-out-next', NEXT_PATH);
    command.push(...tailArgs(ctx));
    const body = {};
    body.inputs = { parameters: [{ name: 'step' }, ...(variant.iter ? [{ name: 'iter' }] : [])] };
    if (variant.fanOutNext)
        body.outputs = { parameters: [{ name: 'next', valueFrom: { path: NEXT_PATH, default: '[]' } }] };
    if (rs)
        body.retryStrategy = rs;
    const deadline = task?.timeout_seconds ? task.timeout_seconds + 300 : pick('activeDeadlineSeconds');
    if (deadline)
        body.activeDeadlineSeconds = deadline;
    const timeout = pick('timeout');
    if (timeout)
        body.timeout = timeout;
    const nodeSelector = pick('nodeSelector');
    if (nodeSelector && Object.keys(nodeSelector).length)
        body.nodeSelector = sortKeys(nodeSelector);
    const tolerations = pick('tolerations');
    if (tolerations?.length)
        body.tolerations = tolerations;
    const container = { image: o?.image ?? d.image };
    const pull = pick('imagePullPolicy');
    if (pull)
        container.imagePullPolicy = pull;
    container.command = command;
    container.env = mergeEnv(baseEnv(ctx, variant.first), d.env, o?.env, secretEnv(ctx, task));
    const res = resources(pick('resources'));
    if (res)
        container.resources = res;
    if (ctx.volumeMounts.length)
        container.volumeMounts = ctx.volumeMounts;
    body.container = container;
    return registerLeaf(ctx, key ? `step-${sanitize(key)}`.slice(0, 30).replace(/-+$/, '') : 'step', body, { kind: 'step', task, variant });
}
function fanTemplate(ctx, direction, variant) {
    const d = ctx.argo.defaults;
    const command = ['runnable', 'fan', '{{workflow.parameters.run_id}}', '{{inputs.parameters.step}}', direction, ...commonArgs(ctx)];
    if (variant.iter)
        command.push('--iter-variable', '{{inputs.parameters.iter}}');
    const out = direction === 'out' || variant.loopClose;
    if (out)
        command.push('--output-file', OUT_PATH);
    if (variant.fanOutNext)
        command.push('--fan-out-next', NEXT_PATH);
    command.push(...tailArgs(ctx));
    const body = {};
    body.inputs = { parameters: [{ name: 'step' }, ...(variant.iter ? [{ name: 'iter' }] : [])] };
    const outputs = [];
    if (out)
        outputs.push({ name: 'out', valueFrom: { path: OUT_PATH, default: '[]' } });
    if (variant.fanOutNext)
        outputs.push({ name: 'next', valueFrom: { path: NEXT_PATH, default: '[]' } });
    if (outputs.length)
        body.outputs = { parameters: outputs };
    if (d.activeDeadlineSeconds)
        body.activeDeadlineSeconds = d.activeDeadlineSeconds;
    if (d.nodeSelector && Object.keys(d.nodeSelector).length)
        body.nodeSelector = sortKeys(d.nodeSelector);
    if (d.tolerations?.length)
        body.tolerations = d.tolerations;
    const container = { image: d.image };
    if (d.imagePullPolicy)
        container.imagePullPolicy = d.imagePullPolicy;
    container.command = command;
    container.env = mergeEnv(baseEnv(ctx, variant.first), d.env);
    const res = resources(d.resources);
    if (res)
        container.resources = res;
    if (ctx.volumeMounts.length)
        container.volumeMounts = ctx.volumeMounts;
    body.container = container;
    return registerLeaf(ctx, `fan-${direction}`, body, { kind: 'fan', direction, variant });
}
/** The pod-less join: a DAG whose only task is skipped (`when: 'false'`), so the DAG node Succeeds. */
function noopTemplate(ctx) {
    if (ctx.noop)
        return ctx.noop;
    const name = ctx.templateNames.take('noop');
    ctx.templates.push({ name, dag: { tasks: [{ name: 'skip', template: name, when: 'false' }] } });
    ctx.noop = name;
    return name;
}
/** Short, stable id of a pipeline+config, handy for labels (not used in names). */
function manifestDigest(yaml) {
    return shortHash(yaml, 12);
}



/***/ }),

/***/ 93083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ argoExecutorConfigSchema),
/* harmony export */   parseArgoExecutorConfig: () => (/* binding */ parseArgoExecutorConfig)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * zod schema of the `argo` pipeline-executor config. Two accepted shapes (semantics §14.1, §19 l):
 *
 * - runnable 0.50's: `pvc_for_runnable`, `custom_volumes`, `expose_parameters_as_inputs`, `secret_from_k8s`,
 *   `configmap_cache_name`, `output_file`, `log_level`, `cron_schedule`, `defaults` (image...), `overrides`,
 *   `argoWorkflow` — keys in snake_case or camelCase at every level of the model, unknown keys rejected;
 * - the seed page's: `{image, service_account_name, persistent_volumes: [{name, mount_path}]}`, mapped onto
 *   the 0.50 shape (`defaults.image`, `argoWorkflow.spec.serviceAccountName`, `custom_volumes` PVCs mounted
 *   at `mount_path`).
 *
 * The output is the normalised 0.50 shape in camelCase ({@link ArgoExecutorConfig}); it is itself a valid
 * input, so parsing twice is harmless. Free-form maps (nodeSelector, labels, resources, env values, the pass-
 * through Kubernetes objects) keep their keys as written; the compiled manifest is validated against the Argo
 * CRD, which catches mistakes inside them.
 */

const camel = (k) => k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
/** A strict object whose keys may also be written in snake_case (two spellings of one key are an error). */
function model(shape) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((input, ctx) => {
        if (input === null || typeof input !== 'object' || Array.isArray(input))
            return input;
        const out = {};
        for (const [k, v] of Object.entries(input)) {
            const c = camel(k);
            if (c in out) {
                ctx.addIssue({ code: 'custom', message: `'${k}' given twice (snake_case and camelCase)`, path: [k] });
                continue;
            }
            out[c] = v;
        }
        return out;
    }, zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(shape));
}
const stringMap = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP());
const quantity = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()]);
const intOrString = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()]);
const k8sObject = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J());
const resourcesSchema = model({
    limits: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), quantity).optional(),
    requests: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), quantity).optional(),
});
const envVarSchema = model({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    valueFrom: k8sObject.optional(),
});
const backoffSchema = model({
    duration: intOrString.optional(),
    factor: intOrString.optional(),
    cap: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    maxDuration: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
/** runnable spells it `backOff` (Argo rejects that); both spellings are accepted and `backoff` is emitted. */
const retryStrategySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((input) => {
    if (input && typeof input === 'object' && !Array.isArray(input) && 'backOff' in input) {
        const { backOff, ...rest } = input;
        return 'backoff' in rest ? input : { ...rest, backoff: backOff };
    }
    return input;
}, model({
    limit: intOrString.optional(),
    retryPolicy: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['Always', 'OnFailure', 'OnError', 'OnTransientError']).optional(),
    backoff: backoffSchema.optional(),
    expression: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    affinity: k8sObject.optional(),
}));
const podSettings = {
    imagePullPolicy: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['Always', 'IfNotPresent', 'Never', '']).optional(),
    activeDeadlineSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().nullable().optional(),
    failFast: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().nullable().optional(),
    nodeSelector: stringMap.nullable().optional(),
    parallelism: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().nullable().optional(),
    retryStrategy: retryStrategySchema.nullable().optional(),
    timeout: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    tolerations: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(k8sObject).nullable().optional(),
    resources: resourcesSchema.nullable().optional(),
    env: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(envVarSchema).nullable().optional(),
};
const defaultsSchema = model({ image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), ...podSettings });
const overrideSchema = model({ image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(), ...podSettings });
const customVolumeSchema = model({
    mountPath: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/'),
    persistentVolumeClaim: model({ claimName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), readOnly: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional() }),
});
const workflowSpecSchema = model({
    serviceAccountName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    podGC: k8sObject.optional(),
    ttlStrategy: k8sObject.optional(),
    parallelism: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional(),
    activeDeadlineSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional(),
    nodeSelector: stringMap.optional(),
    tolerations: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(k8sObject).optional(),
    affinity: k8sObject.optional(),
    securityContext: k8sObject.optional(),
    priorityClassName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    imagePullSecrets: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(k8sObject).optional(),
    podMetadata: k8sObject.optional(),
    volumeClaimGC: k8sObject.optional(),
    archiveLogs: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    /** Applied to the step (leaf) templates only, never to DAGs (argo-target.md §4.4). */
    retryStrategy: retryStrategySchema.optional(),
});
const workflowSchema = model({
    metadata: model({
        generateName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        namespace: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        labels: stringMap.optional(),
        annotations: stringMap.optional(),
    }).optional(),
    spec: workflowSpecSchema.optional(),
});
const cronSchema = model({
    schedules: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1).optional(),
    schedule: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    timezone: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    concurrencyPolicy: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['Allow', 'Forbid', 'Replace']).optional(),
    startingDeadlineSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
    suspend: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    successfulJobsHistoryLimit: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
    failedJobsHistoryLimit: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
});
const seedVolumeSchema = model({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), mountPath: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/') });
const rawSchema = model({
    // runnable 0.50
    pvcForRunnable: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    customVolumes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(customVolumeSchema).optional(),
    exposeParametersAsInputs: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    secretFromK8s: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    configmapCacheName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    outputFile: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    logLevel: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL']).optional(),
    cronSchedule: cronSchema.optional(),
    defaults: defaultsSchema.optional(),
    overrides: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), overrideSchema).optional(),
    argoWorkflow: workflowSchema.optional(),
    // the seed page
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    serviceAccountName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    persistentVolumes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(seedVolumeSchema).optional(),
});
function normalise(raw, ctx) {
    const image = raw.defaults?.image ?? raw.image;
    if (raw.defaults && raw.image && raw.defaults.image !== raw.image) {
        ctx.addIssue({ code: 'custom', message: `'image' and 'defaults.image' disagree; give one`, path: ['image'] });
    }
    if (!image)
        ctx.addIssue({ code: 'custom', message: `an image is required: 'defaults: {image: ...}' (or the seed's top-level 'image')`, path: ['defaults'] });
    const spec = { ...(raw.argoWorkflow?.spec ?? {}) };
    if (raw.serviceAccountName) {
        if (spec.serviceAccountName && spec.serviceAccountName !== raw.serviceAccountName) {
            ctx.addIssue({ code: 'custom', message: `'service_account_name' and 'argoWorkflow.spec.serviceAccountName' disagree`, path: ['serviceAccountName'] });
        }
        spec.serviceAccountName = raw.serviceAccountName;
    }
    const customVolumes = [...(raw.customVolumes ?? [])];
    for (const v of raw.persistentVolumes ?? [])
        customVolumes.push({ mountPath: v.mountPath, persistentVolumeClaim: { claimName: v.name } });
    const out = {
        customVolumes,
        exposeParametersAsInputs: raw.exposeParametersAsInputs ?? true,
        defaults: { ...(raw.defaults ?? {}), image: image ?? '' },
        overrides: raw.overrides ?? {},
        argoWorkflow: { ...(raw.argoWorkflow?.metadata ? { metadata: raw.argoWorkflow.metadata } : {}), ...(Object.keys(spec).length ? { spec } : {}) },
    };
    if (raw.pvcForRunnable)
        out.pvcForRunnable = raw.pvcForRunnable;
    if (raw.secretFromK8s)
        out.secretFromK8s = raw.secretFromK8s;
    if (raw.configmapCacheName !== undefined)
        out.configmapCacheName = raw.configmapCacheName;
    if (raw.outputFile)
        out.outputFile = raw.outputFile;
    if (raw.logLevel)
        out.logLevel = raw.logLevel;
    if (raw.cronSchedule) {
        if (!raw.cronSchedule.schedules && !raw.cronSchedule.schedule) {
            ctx.addIssue({ code: 'custom', message: `cron_schedule needs 'schedules' (a list of cron expressions)`, path: ['cronSchedule'] });
        }
        out.cronSchedule = raw.cronSchedule;
    }
    return out;
}
const argoExecutorConfigSchema = rawSchema.transform((raw, ctx) => normalise(raw, ctx));
/** Parses and normalises an argo executor config (raw, or already normalised). Throws zod's error. */
function parseArgoExecutorConfig(config) {
    return argoExecutorConfigSchema.parse(config ?? {});
}


/***/ }),

/***/ 18615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   IJ: () => (/* binding */ branchesOf),
/* harmony export */   Jh: () => (/* binding */ MAP_PLACEHOLDER),
/* harmony export */   lG: () => (/* binding */ LOOP_PLACEHOLDER),
/* harmony export */   mO: () => (/* binding */ isComposite)
/* harmony export */ });
const MAP_PLACEHOLDER = 'map_variable_placeholder';
const LOOP_PLACEHOLDER = 'loop_variable_placeholder';
function isComposite(node) {
    return node.type === 'parallel' || node.type === 'map' || node.type === 'conditional' || node.type === 'loop';
}
function isTerminal(node) {
    return node.type === 'success' || node.type === 'fail';
}
/** The graphs directly under a composite node, keyed by branch key (map/loop: the single key `branch`). */
function branchesOf(node) {
    switch (node.type) {
        case 'parallel':
            return node.branches;
        case 'conditional':
            return node.default ? { ...node.branches, default: node.default } : node.branches;
        case 'map':
        case 'loop':
            return { branch: node.branch };
    }
}


/***/ })

};
