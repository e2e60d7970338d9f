export const id = 230;
export const ids = [230,83];
export const modules = {

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

/***/ 41230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_FILE, configFromDocument, loadConfigWithWarnings, parseConfigText, substituteVariables

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/pipeline/yaml-source.ts
var yaml_source = __webpack_require__(8961);
// EXTERNAL MODULE: ./src/pipeline/own.ts
var own = __webpack_require__(30362);
// EXTERNAL MODULE: ./src/pipeline/zod-issues.ts
var zod_issues = __webpack_require__(25736);
;// CONCATENATED MODULE: ./src/config/model.ts
/** Built-in defaults: local executor, file-system run log and catalog, env secrets (runnable §6.2). */
function defaultConfig() {
    return {
        pipelineExecutor: { type: 'local', config: {} },
        runLogStore: { type: 'file-system', config: {} },
        catalog: { type: 'file-system', config: {} },
        secrets: { type: 'env-secrets', config: {} },
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/argo/config-schema.ts
var config_schema = __webpack_require__(93083);
// EXTERNAL MODULE: ./src/pipeline/schema.ts
var schema = __webpack_require__(16659);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * zod schemas of the configuration file's services (runnable semantics §6), one per service type, strict
 * (unknown keys are errors). Defaults are filled by the schemas, except `max_workers` (CPU count, filled
 * by the loader).
 */



/** A mocked-executor patch: task fields that replace the task's own (semantics §15). */
const taskPatchSchema = schemas/* strictObject */.rej({
    command_type: schemas/* enum */.k5n(schema/* COMMAND_TYPES */.as).optional(),
    command: schemas/* string */.YjP().min(1).optional(),
    returns: schemas/* array */.YOg(schema/* returnSchema */.sn).optional(),
    secrets: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    optional_ploomber_args: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    stream_end_type: schemas/* string */.YjP().min(1).optional(),
})
    .describe('Task fields replacing the patched task\'s own; fields not given are not carried over');
const localExecutorSchema = schemas/* strictObject */.rej({
    enable_parallel: schemas/* boolean */.zMY().default(true).describe('Run parallel/map branches concurrently'),
    max_workers: schemas/* int */.Whr().min(1).optional().describe('Most tasks running at once; default the number of CPUs'),
});
const mockedExecutorSchema = schemas/* strictObject */.rej({
    patches: schemas/* record */.g1P(schemas/* string */.YjP(), taskPatchSchema).default({}).describe('Patches keyed by step short name (applies in every branch)'),
});
const fsRunLogStoreSchema = schemas/* strictObject */.rej({
    log_folder: schemas/* string */.YjP().min(1).default('.run_log_store').describe('Folder of the run logs'),
});
const fsCatalogSchema = schemas/* strictObject */.rej({
    catalog_location: schemas/* string */.YjP().min(1).default('.catalog').describe('Folder of the catalog'),
    compute_data_folder: schemas/* string */.YjP().min(1).default('.').describe('Folder catalog globs are relative to'),
});
const githubArtifactsCatalogSchema = schemas/* strictObject */.rej({
    name_prefix: schemas/* string */.YjP().min(1).optional().describe('Prefix of the artifact names'),
    retention_days: schemas/* int */.Whr().min(1).max(90).optional().describe('Days GitHub keeps the artifacts (1-90)'),
    compression_level: schemas/* int */.Whr().min(0).max(9).optional().describe('zlib compression level of the uploads (0-9)'),
});
const dotenvSecretsSchema = schemas/* strictObject */.rej({
    location: schemas/* string */.YjP().min(1).default('.env').describe('Path of the dotenv file'),
});
const empty = () => schemas/* strictObject */.rej({});
/** Namespaces of the config file (canonical spelling) and, per namespace, the config schema of each type. */
const SERVICE_TYPES = {
    'pipeline-executor': {
        local: localExecutorSchema,
        mocked: mockedExecutorSchema,
        argo: config_schema/* argoExecutorConfigSchema */.o,
    },
    'run-log-store': {
        buffered: empty(),
        'file-system': fsRunLogStoreSchema,
        'chunked-fs': fsRunLogStoreSchema,
    },
    catalog: {
        'do-nothing': empty(),
        'file-system': fsCatalogSchema,
        'github-artifacts': githubArtifactsCatalogSchema,
    },
    secrets: {
        'do-nothing': empty(),
        'env-secrets': empty(),
        env: empty(),
        dotenv: dotenvSecretsSchema,
    },
};
/** Type aliases, normalised to the canonical type name. */
const TYPE_ALIASES = {
    secrets: { env: 'env-secrets' },
};
/** Plugins runnable has that this project does not implement (for a clearer message). */
const UPSTREAM_ONLY_TYPES = {
    'pipeline-executor': ['local-container', 'emulator'],
    'run-log-store': ['minio', 'chunked-minio'],
    catalog: ['minio', 's3'],
    secrets: [],
};
/** Top-level keys accepted and ignored. */
const IGNORED_KEYS = ['job-executor', 'pickler'];

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * The configuration loader (runnable semantics §6, §19 l). Which file: `RUNNABLE_CONFIGURATION_FILE` >
 * the file given > `./runnable-config.yaml` in cwd > built-in defaults. `$name` / `${name}` are replaced from
 * `RUNNABLE_VAR_name` before parsing. Top-level keys: `-` and `_` are interchangeable; `executor` is read as
 * `pipeline-executor`; `job-executor` and `pickler` are accepted and ignored; anything else is an error.
 * Each service is `{type, config}` or `{type, ...settings}`, validated strictly per type, defaults filled.
 */









/** The default config file looked for in cwd. */
const DEFAULT_CONFIG_FILE = 'runnable-config.yaml';
const NAMESPACES = Object.keys(SERVICE_TYPES);
const FIELD = {
    'pipeline-executor': 'pipelineExecutor',
    'run-log-store': 'runLogStore',
    catalog: 'catalog',
    secrets: 'secrets',
};
/** Loads the configuration (see the module comment). Throws InputFileError / ValidationError. */
async function loadConfig(opts) {
    const { config, warnings } = await loadConfigWithWarnings(opts);
    for (const w of warnings)
        opts.onWarning?.(w);
    return config;
}
/** loadConfig, also returning the warnings. */
async function loadConfigWithWarnings(opts) {
    const envFile = opts.env.RUNNABLE_CONFIGURATION_FILE;
    let file = envFile || opts.file || undefined;
    if (!file && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(opts.cwd, DEFAULT_CONFIG_FILE)))
        file = DEFAULT_CONFIG_FILE;
    if (!file)
        return { config: withDefaults(defaultConfig()), warnings: [] };
    const raw = await (0,yaml_source/* readSourceFile */.uj)(file, file, opts.cwd);
    return parseConfigText(raw, file, opts.env);
}
/**
 * Replaces `$name` / `${name}` with `RUNNABLE_VAR_name` (Python `string.Template.safe_substitute`: `$$` is a
 * literal `$`, unknown names stay as they are). Returns the text and the names left unresolved.
 */
function substituteVariables(text, env) {
    const unresolved = [];
    const out = text.replace(/\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\})/gi, (whole, dollar, bare, braced) => {
        if (dollar)
            return '$';
        const name = (bare ?? braced);
        const value = env[`RUNNABLE_VAR_${name}`];
        if (value === undefined) {
            if (!unresolved.includes(name))
                unresolved.push(name);
            return whole;
        }
        return value;
    });
    return { text: out, unresolved };
}
/** Parses config YAML text (`file` names it in issues). Variables are substituted from `env` first. */
function parseConfigText(text, file, env = {}) {
    const { text: substituted, unresolved } = substituteVariables(text, env);
    const warnings = unresolved.map((n) => `${file}: '$${n}' is not resolved (set RUNNABLE_VAR_${n}); it is left as it is`);
    const doc = (0,yaml_source/* loadYamlText */.HF)(substituted, file);
    return { config: configFromDocument(doc), warnings };
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function canonicalKey(key) {
    const k = key.replace(/_/g, '-');
    return k === 'executor' ? 'pipeline-executor' : k;
}
/** Validates a loaded config document; throws ValidationError with every issue. */
function configFromDocument(doc) {
    const issues = [...doc.issues];
    const config = defaultConfig();
    config.file = doc.file;
    const value = doc.value;
    if (value !== undefined && !isPlainObject(value)) {
        issues.push((0,zod_issues/* issueAt */.NC)(doc, [], 'value', `expected a mapping of services (pipeline-executor, run-log-store, catalog, secrets), got ${(0,zod_issues/* show */.WU)(value)}`));
    }
    else if (value) {
        const seen = new Map();
        for (const [key, raw] of Object.entries(value)) {
            const canon = canonicalKey(key);
            const first = seen.get(canon);
            if (first !== undefined) {
                issues.push((0,zod_issues/* issueAt */.NC)(doc, [key], 'key', `'${key}' configures ${canon} again ('${first}' already does); keep one`));
                continue;
            }
            seen.set(canon, key);
            if (IGNORED_KEYS.includes(canon))
                continue;
            if (!NAMESPACES.includes(canon)) {
                issues.push((0,zod_issues/* issueAt */.NC)(doc, [key], 'key', `unknown key '${key}' (expected one of: pipeline-executor, run-log-store, catalog, secrets, job-executor, pickler; '-' and '_' are interchangeable)`));
                continue;
            }
            const ns = canon;
            const svc = parseService(ns, raw, [key], doc, issues);
            if (svc)
                config[FIELD[ns]] = svc;
        }
    }
    if (issues.length)
        throw new errors/* ValidationError */.yI((0,yaml_source/* sortIssues */.V)(issues), doc.file);
    return withDefaults(config);
}
function parseService(ns, raw, path, doc, issues) {
    const types = SERVICE_TYPES[ns];
    const known = Object.keys(types);
    if (!isPlainObject(raw)) {
        issues.push((0,zod_issues/* issueAt */.NC)(doc, path, 'value', `expected a mapping with a 'type' field (one of ${known.join(', ')}), got ${(0,zod_issues/* show */.WU)(raw)}`));
        return undefined;
    }
    const before = issues.length;
    const type = raw.type;
    if (type === undefined) {
        issues.push((0,zod_issues/* issueAt */.NC)(doc, [...path, 'type'], 'key', `missing required field 'type' (one of ${known.join(', ')})`));
        return undefined;
    }
    if (typeof type !== 'string' || !known.includes(type)) {
        const upstream = typeof type === 'string' && UPSTREAM_ONLY_TYPES[ns].includes(type);
        issues.push((0,zod_issues/* issueAt */.NC)(doc, [...path, 'type'], 'value', upstream
            ? `'${type}' is a runnable ${ns} that runnable-action does not support (supported: ${known.join(', ')})`
            : `unknown ${ns} type ${(0,zod_issues/* show */.WU)(type)} (expected one of ${known.join(', ')})`));
        return undefined;
    }
    let settings;
    let base;
    if ('config' in raw) {
        for (const k of Object.keys(raw)) {
            if (k === 'type' || k === 'config')
                continue;
            issues.push((0,zod_issues/* issueAt */.NC)(doc, [...path, k], 'key', `unknown field '${k}' next to 'config' (put settings under 'config', or drop 'config' and write them next to 'type')`));
        }
        settings = raw.config ?? {};
        base = [...path, 'config'];
    }
    else {
        const rest = {};
        for (const [k, v] of Object.entries(raw))
            if (k !== 'type')
                (0,own/* setOwn */.P)(rest, k, v);
        settings = rest;
        base = path;
    }
    const schema = types[type];
    if (!isPlainObject(settings)) {
        issues.push((0,zod_issues/* issueAt */.NC)(doc, base, 'value', `expected a mapping of settings, got ${(0,zod_issues/* show */.WU)(settings)}`));
        return undefined;
    }
    const parsed = schema.safeParse(settings);
    if (!parsed.success) {
        issues.push(...(0,zod_issues/* fromZod */.sq)(parsed.error, settings, { doc, base, schema, label: `${ns} '${type}'` }));
    }
    if (issues.length !== before || !parsed.success)
        return undefined;
    const pos = doc.locate(path, 'key');
    const svc = { type: TYPE_ALIASES[ns]?.[type] ?? type, config: parsed.data };
    if (pos)
        svc.source = { file: doc.file, line: pos.line, column: pos.column };
    return svc;
}
/** Fills each service's defaults (schemas' defaults, max_workers = CPU count). */
function withDefaults(config) {
    for (const ns of NAMESPACES) {
        const svc = config[FIELD[ns]];
        const schema = SERVICE_TYPES[ns][svc.type];
        if (schema && !svc.source) {
            const parsed = schema.safeParse(svc.config);
            if (parsed.success)
                svc.config = parsed.data;
        }
        if (ns === 'pipeline-executor' && svc.type === 'local' && svc.config.max_workers === undefined) {
            svc.config = { ...svc.config, max_workers: (0,external_node_os_.availableParallelism)() };
        }
    }
    return config;
}


/***/ })

};
