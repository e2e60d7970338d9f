export const id = 83;
export const ids = [83];
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


/***/ })

};
