export const id = 694;
export const ids = [694,83];
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


/***/ }),

/***/ 81567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ loadPipeline)
});

// UNUSED EXPORTS: isSdkModule

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/pipeline/model.ts
var model = __webpack_require__(18615);
// EXTERNAL MODULE: ./src/pipeline/schema.ts
var pipeline_schema = __webpack_require__(16659);
// EXTERNAL MODULE: ./src/pipeline/zod-issues.ts
var zod_issues = __webpack_require__(25736);
;// CONCATENATED MODULE: ./src/pipeline/validate.ts


/** Why a step (or parallel branch) name is invalid, or undefined when it is fine. */
function stepNameProblem(name, what = 'step name') {
    if (name.length === 0)
        return `${what} must not be empty`;
    if (name.includes('.') || name.includes('%'))
        return `${what} '${name}' must not contain '.' or '%' (they separate internal names)`;
    if (name === model/* MAP_PLACEHOLDER */.Jh || name === model/* LOOP_PLACEHOLDER */.lG)
        return `${what} '${name}' is reserved`;
    return undefined;
}
/** The names a target may refer to: declared steps in order, then the terminals. */
function stepList(declared) {
    const names = declared.filter((n) => n !== 'success' && n !== 'fail');
    return [...new Set(names), 'success', 'fail'];
}
/**
 * Checks one graph. `declared` holds every step name written in the document (even those whose node did
 * not validate), so a broken node does not also make every reference to it "dangling".
 */
function checkGraph(graph, declared, path, doc, issues) {
    const known = new Set(stepList(declared));
    const listText = () => stepList(declared).join(', ');
    if (!known.has(graph.start_at)) {
        issues.push((0,zod_issues/* issueAt */.NC)(doc, [...path, 'start_at'], 'value', `'${graph.start_at}' is not a step of this graph (steps: ${listText()})`));
    }
    for (const node of Object.values(graph.nodes)) {
        if ((0,model/* isTerminal */.Hd)(node))
            continue;
        for (const field of ['next', 'on_failure']) {
            const target = node[field];
            if (target === undefined || known.has(target))
                continue;
            issues.push((0,zod_issues/* issueAt */.NC)(doc, [...path, 'steps', node.name, field], 'value', `'${target}' is not a step of this graph (steps: ${listText()})`));
        }
    }
    findCycles(graph, path, doc, issues);
}
function findCycles(graph, path, doc, issues) {
    const edgesOf = (name) => {
        const node = graph.nodes[name];
        if (!node || (0,model/* isTerminal */.Hd)(node))
            return [];
        const out = [{ field: 'next', target: node.next }];
        if (node.on_failure !== undefined && node.on_failure !== node.next)
            out.push({ field: 'on_failure', target: node.on_failure });
        return out.filter((e) => {
            const t = graph.nodes[e.target];
            return t !== undefined && !(0,model/* isTerminal */.Hd)(t);
        });
    };
    const color = new Map();
    for (const start of Object.keys(graph.nodes)) {
        if (color.has(start))
            continue;
        const stack = [{ name: start, edges: edgesOf(start), i: 0 }];
        color.set(start, 1);
        while (stack.length) {
            const top = stack[stack.length - 1];
            if (top.i >= top.edges.length) {
                color.set(top.name, 2);
                stack.pop();
                continue;
            }
            const edge = top.edges[top.i++];
            const c = color.get(edge.target);
            if (c === undefined) {
                color.set(edge.target, 1);
                stack.push({ name: edge.target, edges: edgesOf(edge.target), i: 0 });
            }
            else if (c === 1) {
                const from = stack.findIndex((f) => f.name === edge.target);
                const names = [...stack.slice(from).map((f) => f.name), edge.target];
                issues.push((0,zod_issues/* issueAt */.NC)(doc, [...path, 'steps', top.name, edge.field], 'value', `cycle: ${names.join(' -> ')} (use a loop node to repeat steps)`));
            }
        }
    }
}

// EXTERNAL MODULE: ./src/pipeline/own.ts
var own = __webpack_require__(30362);
// EXTERNAL MODULE: ./src/pipeline/yaml-source.ts
var yaml_source = __webpack_require__(8961);
;// CONCATENATED MODULE: ./src/pipeline/build.ts
/**
 * From a loaded document (YAML, or the SDK's equivalent object) to the IR: validates every step against its
 * node type's schema, recurses into branches, injects `success` / `fail`, assigns template internal names,
 * runs the graph checks, and throws one ValidationError with every issue found.
 */







function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Builds the IR from a whole pipeline document (`{dag: ...}`); throws ValidationError. */
function pipelineFromDocument(doc, mode, file) {
    const ctx = { doc, issues: [...doc.issues] };
    const value = doc.value;
    let dag;
    if (value === undefined) {
        ctx.issues.push({ file: doc.file, line: 1, column: 1, path: '', message: "the file is empty; expected a mapping with a 'dag' key" });
    }
    else if (!isPlainObject(value)) {
        ctx.issues.push((0,zod_issues/* issueAt */.NC)(doc, [], 'value', `expected a mapping with a 'dag' key, got ${(0,zod_issues/* show */.WU)(value)}`));
    }
    else if (!('dag' in value)) {
        const pos = doc.locate([], 'value');
        ctx.issues.push({ file: doc.file, ...(pos ?? {}), path: 'dag', message: "missing required key 'dag' (the pipeline goes under 'dag:'; other top-level keys are ignored)" });
    }
    else {
        dag = buildGraph(value.dag, ['dag'], '', ctx, new Map());
    }
    if (ctx.issues.length || !dag)
        throw new errors/* ValidationError */.yI((0,yaml_source/* sortIssues */.V)(ctx.issues), doc.file);
    const pipeline = { dag, execution_mode: mode };
    if (file !== undefined)
        pipeline.file = file;
    return pipeline;
}
function sourceOf(ctx, path) {
    const pos = ctx.doc.locate(path, 'key');
    if (!pos)
        return undefined;
    return { file: ctx.doc.file, line: pos.line, column: pos.column };
}
function buildGraph(raw, path, prefix, ctx, iterNames) {
    if (!isPlainObject(raw)) {
        ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, path, 'value', `expected a graph (a mapping with start_at and steps), got ${(0,zod_issues/* show */.WU)(raw)}`));
        return undefined;
    }
    const before = ctx.issues.length;
    const parsed = pipeline_schema/* shallowGraphSchema */._7.safeParse(raw);
    if (!parsed.success)
        ctx.issues.push(...(0,zod_issues/* fromZod */.sq)(parsed.error, raw, { doc: ctx.doc, base: path, schema: pipeline_schema/* shallowGraphSchema */._7, label: 'a graph' }));
    const steps = isPlainObject(raw.steps) ? raw.steps : undefined;
    const declared = steps ? Object.keys(steps) : [];
    if (steps && declared.length === 0)
        ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'steps'], 'value', 'expected at least one step'));
    const nodes = {};
    const terminals = {};
    for (const name of declared) {
        const npath = [...path, 'steps', name];
        const problem = stepNameProblem(name);
        if (problem)
            ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, npath, 'key', problem));
        const node = buildNode(name, steps[name], npath, prefix, ctx, iterNames);
        if (!node)
            continue;
        if (node.type === 'success' || node.type === 'fail') {
            if (name === node.type)
                terminals[node.type] = node.source;
            else {
                ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...npath, 'type'], 'value', `a graph has exactly one ${node.type} node, '${node.type}', added automatically; '${name}' cannot be another (point next at '${node.type}' instead)`));
            }
        }
        else if (name === 'success' || name === 'fail') {
            ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...npath, 'type'], 'value', `the step name '${name}' is reserved for the graph's ${name} node; its type must be ${name}`));
        }
        else {
            (0,own/* setOwn */.P)(nodes, name, node);
        }
    }
    for (const t of ['success', 'fail']) {
        const node = { name: t, internalName: prefix ? `${prefix}.${t}` : t, type: t };
        const src = terminals[t];
        if (src)
            node.source = src;
        nodes[t] = node;
    }
    if (!parsed.success)
        return undefined;
    const graph = { internalName: prefix, start_at: parsed.data.start_at, nodes };
    if (parsed.data.description !== undefined)
        graph.description = parsed.data.description;
    checkGraph(graph, declared, path, ctx.doc, ctx.issues);
    return ctx.issues.length === before ? graph : undefined;
}
function buildNode(name, raw, path, prefix, ctx, iterNames) {
    const internalName = prefix ? `${prefix}.${name}` : name;
    const source = sourceOf(ctx, path);
    const expectedTypes = pipeline_schema/* NODE_TYPES */.jM.join(', ');
    if (!isPlainObject(raw)) {
        ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, path, 'value', `expected a step (a mapping with a 'type' field), got ${(0,zod_issues/* show */.WU)(raw)}`));
        return undefined;
    }
    const type = raw.type;
    if (type === undefined) {
        ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'type'], 'key', `missing required field 'type' (expected one of ${expectedTypes})`));
        return undefined;
    }
    if (typeof type !== 'string' || !pipeline_schema/* NODE_TYPES */.jM.includes(type)) {
        ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'type'], 'value', `unknown node type ${(0,zod_issues/* show */.WU)(type)} (expected one of ${expectedTypes})`));
        return undefined;
    }
    const nodeType = type;
    const schema = pipeline_schema/* nodeSchemas */.jk[nodeType];
    const before = ctx.issues.length;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        ctx.issues.push(...(0,zod_issues/* fromZod */.sq)(parsed.error, raw, { doc: ctx.doc, base: path, schema, label: `a ${nodeType} node` }));
    }
    const base = { name, internalName, ...(source ? { source } : {}) };
    switch (nodeType) {
        case 'success':
        case 'fail':
            return parsed.success ? { ...base, type: nodeType } : undefined;
        case 'task': {
            taskChecks(raw, path, ctx);
            if (!parsed.success || ctx.issues.length !== before)
                return undefined;
            return buildTask(parsed.data, base);
        }
        case 'stub': {
            if (!parsed.success)
                return undefined;
            const extra = {};
            for (const [k, v] of Object.entries(raw))
                if (!['type', 'next', 'on_failure', 'overrides'].includes(k))
                    (0,own/* setOwn */.P)(extra, k, v);
            const node = { ...base, type: 'stub', ...common(parsed.data), extra };
            return node;
        }
        case 'parallel': {
            const branches = buildBranches(raw.branches, path, internalName, ctx, iterNames, 'parallel');
            if (!parsed.success || !branches || ctx.issues.length !== before)
                return undefined;
            const node = { ...base, type: 'parallel', ...common(parsed.data), branches };
            return node;
        }
        case 'conditional': {
            const branches = buildBranches(raw.branches, path, internalName, ctx, iterNames, 'conditional');
            let def;
            if (raw.default !== undefined) {
                if (isPlainObject(raw.branches) && 'default' in raw.branches) {
                    ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'default'], 'key', "a conditional cannot have both a branch named 'default' and a default branch"));
                }
                def = buildGraph(raw.default, [...path, 'default'], `${internalName}.default`, ctx, iterNames);
            }
            if (!parsed.success || !branches || ctx.issues.length !== before)
                return undefined;
            const d = parsed.data;
            const node = { ...base, type: 'conditional', ...common(d), parameter: d.parameter, branches };
            if (def)
                node.default = def;
            return node;
        }
        case 'map': {
            const iterateAs = typeof raw.iterate_as === 'string' ? raw.iterate_as : undefined;
            let inner = iterNames;
            if (iterateAs !== undefined) {
                const owner = iterNames.get(iterateAs);
                if (owner)
                    ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'iterate_as'], 'value', `'${iterateAs}' is already the iteration variable of the enclosing '${owner}'`));
                inner = new Map([...iterNames, [iterateAs, internalName]]);
            }
            const branch = raw.branch === undefined ? undefined : buildGraph(raw.branch, [...path, 'branch'], `${internalName}.${model/* MAP_PLACEHOLDER */.Jh}`, ctx, inner);
            if (!parsed.success || !branch || ctx.issues.length !== before)
                return undefined;
            const d = parsed.data;
            const node = { ...base, type: 'map', ...common(d), iterate_on: d.iterate_on, iterate_as: d.iterate_as, branch };
            if (d.reducer !== undefined)
                node.reducer = d.reducer;
            return node;
        }
        case 'loop': {
            const indexAs = typeof raw.index_as === 'string' ? raw.index_as : undefined;
            let inner = iterNames;
            if (indexAs !== undefined) {
                const owner = iterNames.get(indexAs);
                if (owner)
                    ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'index_as'], 'value', `'${indexAs}' is already the iteration variable of the enclosing '${owner}'`));
                inner = new Map([...iterNames, [indexAs, internalName]]);
            }
            const branch = raw.branch === undefined ? undefined : buildGraph(raw.branch, [...path, 'branch'], `${internalName}.${model/* LOOP_PLACEHOLDER */.lG}`, ctx, inner);
            if (!parsed.success || !branch || ctx.issues.length !== before)
                return undefined;
            const d = parsed.data;
            const node = {
                ...base,
                type: 'loop',
                ...common(d),
                branch,
                max_iterations: d.max_iterations,
                break_on: d.break_on,
                index_as: d.index_as,
            };
            return node;
        }
    }
}
function common(d) {
    const out = {
        next: d.next,
        overrides: { ...(d.overrides ?? {}) },
    };
    if (d.on_failure !== undefined)
        out.on_failure = d.on_failure;
    return out;
}
function buildBranches(raw, path, internalName, ctx, iterNames, kind) {
    if (!isPlainObject(raw))
        return undefined; // the node schema reports it
    const out = {};
    let ok = true;
    for (const [key, g] of Object.entries(raw)) {
        const bpath = [...path, 'branches', key];
        const problem = kind === 'conditional'
            ? pipeline_schema/* ALPHANUMERIC */.s.test(key) ? undefined : `branch key '${key}' must be alphanumeric (letters, digits, underscores)`
            : stepNameProblem(key, 'branch name');
        if (problem) {
            ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, bpath, 'key', problem));
            ok = false;
        }
        const graph = buildGraph(g, bpath, `${internalName}.${key}`, ctx, iterNames);
        if (graph)
            (0,own/* setOwn */.P)(out, key, graph);
        else
            ok = false;
    }
    return ok ? out : undefined;
}
/** Cross-field checks of a task, on the raw mapping (so they run even when other fields are invalid). */
function taskChecks(raw, path, ctx) {
    const commandType = typeof raw.command_type === 'string' ? raw.command_type : 'python';
    if (Array.isArray(raw.returns)) {
        const seen = new Set();
        raw.returns.forEach((r, i) => {
            if (!isPlainObject(r))
                return;
            if (typeof r.name === 'string') {
                if (seen.has(r.name))
                    ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'returns', i, 'name'], 'value', `duplicate return name '${r.name}'`));
                seen.add(r.name);
            }
            if (r.kind === 'object' && commandType === 'shell') {
                ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'returns', i, 'kind'], 'value', "kind 'object' is not allowed for shell tasks (they return json or metric values)"));
            }
        });
    }
    if (raw.optional_ploomber_args !== undefined && commandType !== 'notebook') {
        ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'optional_ploomber_args'], 'key', `optional_ploomber_args is only for notebook tasks (command_type is '${commandType}')`));
    }
    if (raw.stream_end_type !== undefined && commandType !== 'async-python') {
        ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'stream_end_type'], 'key', `stream_end_type is only for async-python tasks (command_type is '${commandType}')`));
    }
    if (commandType === 'notebook' && typeof raw.command === 'string' && raw.command !== '' && !raw.command.endsWith('.ipynb')) {
        ctx.issues.push((0,zod_issues/* issueAt */.NC)(ctx.doc, [...path, 'command'], 'value', `a notebook command must be the path of an .ipynb file, got ${(0,zod_issues/* show */.WU)(raw.command)}`));
    }
}
function buildTask(d, base) {
    const commandType = d.command_type;
    const returns = d.returns;
    const task = {
        command_type: commandType,
        command: d.command,
        returns: returns.map((r) => ({ name: r.name, kind: r.kind })),
        secrets: [...d.secrets],
    };
    if (d.optional_ploomber_args !== undefined)
        task.optional_ploomber_args = d.optional_ploomber_args;
    if (commandType === 'async-python')
        task.stream_end_type = d.stream_end_type ?? 'done';
    const node = { ...base, type: 'task', ...common(d), task, max_attempts: d.max_attempts };
    if (d.catalog !== undefined)
        node.catalog = d.catalog;
    if (d.timeout_seconds !== undefined)
        node.timeout_seconds = d.timeout_seconds;
    return node;
}

;// CONCATENATED MODULE: ./src/pipeline/parse.ts


function duplicateKeyMessage(path, key, firstLine) {
    const last = path[path.length - 1];
    const what = last === 'steps' ? 'step name' : last === 'branches' ? 'branch name' : 'key';
    return `duplicate ${what} '${key}' (first defined at line ${firstLine})`;
}
/**
 * Parses pipeline YAML text. `file` names the source in issues (and becomes `Pipeline.file`).
 * Throws ValidationError with every problem found.
 */
function parsePipelineText(text, file) {
    const doc = (0,yaml_source/* loadYamlText */.HF)(text, file, { duplicateKeyMessage });
    return pipelineFromDocument(doc, 'yaml', file);
}
/**
 * Reads and parses a pipeline YAML file. `path` is used as given in messages and in `Pipeline.file`;
 * relative paths resolve against `cwd` (default: the process's). Throws InputFileError when the file cannot
 * be read, ValidationError when it is invalid.
 */
async function parsePipelineFile(path, cwd) {
    const text = await (0,yaml_source/* readSourceFile */.uj)(path, path, cwd);
    return parsePipelineText(text, path);
}

;// CONCATENATED MODULE: ./src/context/paths.ts

/** The path to open for `file` given relative to `cwd`, written the way users like to read it in messages. */
function userPath(cwd, file) {
    const abs = external_node_path_default().resolve(cwd, file);
    const rel = external_node_path_default().relative(process.cwd(), abs);
    return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel : abs;
}

;// CONCATENATED MODULE: ./src/context/load-pipeline.ts
/**
 * A pipeline comes from a YAML file or from a module written with the TS SDK (`.mjs`, `.js`, `.ts` on
 * Node ≥ 22.18). A module exports the pipeline (or a function returning it) as `default` or `pipeline`;
 * orchestrator pods import the same module again, so it must build the same graph every time.
 */





const MODULE = /\.(mjs|cjs|js|mts|ts)$/;
function isSdkModule(file) {
    return MODULE.test(file);
}
async function loadPipeline(cwd, file) {
    const shown = userPath(cwd, file);
    if (!isSdkModule(file))
        return { ...(await parsePipelineFile(shown)), file };
    let mod;
    try {
        mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(external_node_path_default().resolve(cwd, file)).href));
    }
    catch (err) {
        throw new errors/* InputFileError */.TH(shown, `importing the pipeline module failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    let candidate = mod.default ?? mod.pipeline;
    try {
        if (typeof candidate === 'function')
            candidate = await candidate();
        if (candidate && typeof candidate.build === 'function')
            candidate = candidate.build();
    }
    catch (err) {
        // The SDK's own validation errors carry their issues; anything else the module threw is the user's code.
        if (err instanceof errors/* ValidationError */.yI)
            throw err;
        throw new errors/* InputFileError */.TH(shown, `building the pipeline failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const ir = candidate;
    if (!ir || typeof ir !== 'object' || !ir.dag) {
        throw new errors/* InputFileError */.TH(shown, "the module must export a Pipeline (or a function returning one) as 'default' or 'pipeline'");
    }
    return { ...ir, execution_mode: 'sdk', file };
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
