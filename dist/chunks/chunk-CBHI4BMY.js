import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  _enum,
  _minLength,
  _nonnegative,
  _positive,
  _regex,
  _startsWith,
  array,
  boolean,
  int,
  nullable,
  number,
  once,
  optional,
  pipe,
  record,
  strictObject,
  string,
  transform,
  union,
  unknown
} from "./chunk-IF2IPD7H.js";
import {
  renamesKeys,
  setOwn,
  show
} from "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/config/argo.ts
function addIssue(payload, message, path) {
  payload.issues.push({ code: "custom", message, path, input: payload.value });
}
__name(addIssue, "addIssue");
var camel = /* @__PURE__ */ __name((k) => k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()), "camel");
var snake = /* @__PURE__ */ __name((k) => /[A-Z]{2}/.test(k) ? k : k.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase()), "snake");
function model(shape, aliases = {}) {
  const schemaKey = /* @__PURE__ */ __name((k) => {
    const c = camel(k);
    return Object.hasOwn(aliases, c) ? aliases[c] : c;
  }, "schemaKey");
  const preprocess = transform((input, ctx) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
    const out = {};
    const writtenAs = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(input)) {
      const c = schemaKey(k);
      const first = writtenAs.get(c);
      if (first !== void 0) {
        addIssue(ctx, camel(first) === camel(k) ? `'${k}' given twice (snake_case and camelCase)` : `'${first}' and '${k}' are two spellings of one field; give one`, [k]);
        continue;
      }
      setOwn(out, c, v);
      writtenAs.set(c, k);
    }
    return out;
  });
  return pipe(renamesKeys(preprocess, { schemaKey, spell: snake }), strictObject(shape));
}
__name(model, "model");
var expected = /* @__PURE__ */ __name((what) => ({ error: /* @__PURE__ */ __name((iss) => `expected ${what}, got ${show(iss.input)}`, "error") }), "expected");
var absolutePath = /* @__PURE__ */ __name(() => _startsWith("/", expected("an absolute path (starting with /)")), "absolutePath");
function build() {
  const stringMap = record(string(), string());
  const quantity = union([string(), number()]);
  const intOrString = union([number().check(int()), string()]);
  const k8sObject = record(string(), unknown());
  const resourcesSchema = model({
    limits: optional(record(string(), quantity)),
    requests: optional(record(string(), quantity))
  });
  const envVarSchema = model({
    name: string().check(_minLength(1)),
    value: optional(string()),
    valueFrom: optional(k8sObject)
  });
  const backoffSchema = model({
    duration: optional(intOrString),
    factor: optional(intOrString),
    cap: optional(string()),
    maxDuration: optional(string())
  });
  const retryStrategySchema = model(
    {
      limit: optional(intOrString),
      retryPolicy: optional(_enum(["Always", "OnFailure", "OnError", "OnTransientError"])),
      backoff: optional(backoffSchema),
      expression: optional(string()),
      affinity: optional(k8sObject)
    },
    { backOff: "backoff" }
  );
  const podSettings = {
    imagePullPolicy: optional(_enum(["Always", "IfNotPresent", "Never", ""])),
    activeDeadlineSeconds: optional(nullable(number().check(int(), _positive()))),
    failFast: optional(nullable(boolean())),
    nodeSelector: optional(nullable(stringMap)),
    parallelism: optional(nullable(number().check(int(), _positive()))),
    retryStrategy: optional(nullable(retryStrategySchema)),
    timeout: optional(nullable(string())),
    tolerations: optional(nullable(array(k8sObject))),
    resources: optional(nullable(resourcesSchema)),
    env: optional(nullable(array(envVarSchema)))
  };
  const defaultsSchema = model({ image: string().check(_minLength(1)), ...podSettings });
  const overrideSchema = model({ image: optional(string().check(_minLength(1))), ...podSettings });
  const customVolumeSchema = model({
    mountPath: string().check(absolutePath()),
    persistentVolumeClaim: model({ claimName: string().check(_minLength(1)), readOnly: optional(boolean()) })
  });
  const workflowSpecSchema = model({
    serviceAccountName: optional(string()),
    podGC: optional(k8sObject),
    ttlStrategy: optional(k8sObject),
    parallelism: optional(number().check(int(), _positive())),
    activeDeadlineSeconds: optional(number().check(int(), _positive())),
    nodeSelector: optional(stringMap),
    tolerations: optional(array(k8sObject)),
    affinity: optional(k8sObject),
    securityContext: optional(k8sObject),
    priorityClassName: optional(string()),
    imagePullSecrets: optional(array(k8sObject)),
    podMetadata: optional(k8sObject),
    volumeClaimGC: optional(k8sObject),
    archiveLogs: optional(boolean()),
    /** Applied to the step (leaf) templates only, never to DAGs (argo-target.md §4.4). */
    retryStrategy: optional(retryStrategySchema)
  });
  const workflowSchema = model({
    metadata: optional(
      model({
        generateName: optional(string()),
        name: optional(string()),
        namespace: optional(string()),
        labels: optional(stringMap),
        annotations: optional(stringMap)
      })
    ),
    spec: optional(workflowSpecSchema)
  });
  const cronSchema = model({
    schedules: optional(array(string().check(_minLength(1))).check(_minLength(1))),
    schedule: optional(string().check(_minLength(1))),
    timezone: optional(string()),
    concurrencyPolicy: optional(_enum(["Allow", "Forbid", "Replace"])),
    startingDeadlineSeconds: optional(number().check(int(), _nonnegative())),
    suspend: optional(boolean()),
    successfulJobsHistoryLimit: optional(number().check(int(), _nonnegative())),
    failedJobsHistoryLimit: optional(number().check(int(), _nonnegative()))
  });
  const argoServerSchema = model({
    url: string().check(_regex(/^https?:\/\/[^\s/]+/, expected("an http(s) URL (e.g. https://argo.example.com)"))),
    // Not `got <value>`: a value refused here may be the token itself, pasted by mistake.
    tokenEnv: optional(string().check(_regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "expected the name of an environment variable (the token itself never goes in the config)")))
  });
  const seedVolumeSchema = model({ name: string().check(_minLength(1)), mountPath: string().check(absolutePath()) });
  const rawSchema = model({
    // runnable 0.50
    pvcForRunnable: optional(string().check(_minLength(1))),
    customVolumes: optional(array(customVolumeSchema)),
    exposeParametersAsInputs: optional(boolean()),
    secretFromK8s: optional(string().check(_minLength(1))),
    configmapCacheName: optional(string()),
    outputFile: optional(string()),
    logLevel: optional(_enum(["DEBUG", "INFO", "WARNING", "ERROR", "FATAL"])),
    cronSchedule: optional(cronSchema),
    defaults: optional(defaultsSchema),
    overrides: optional(record(string(), overrideSchema)),
    argoWorkflow: optional(workflowSchema),
    // ours: where `submit` reads offloaded node status
    argoServer: optional(argoServerSchema),
    // the seed page
    image: optional(string().check(_minLength(1))),
    serviceAccountName: optional(string().check(_minLength(1))),
    persistentVolumes: optional(array(seedVolumeSchema))
  });
  return { rawSchema, defaultsSchema, overrideSchema, cronSchema, workflowSchema, workflowSpecSchema };
}
__name(build, "build");
var schemas = once(build);
function normalise(raw, ctx) {
  const image = raw.defaults?.image ?? raw.image;
  if (raw.defaults && raw.image && raw.defaults.image !== raw.image) {
    addIssue(ctx, `'image' and 'defaults.image' disagree; give one`, ["image"]);
  }
  if (!image) addIssue(ctx, `an image is required: 'defaults: {image: ...}' (or the seed's top-level 'image')`, ["defaults"]);
  const spec = { ...raw.argoWorkflow?.spec ?? {} };
  if (raw.serviceAccountName) {
    if (spec.serviceAccountName && spec.serviceAccountName !== raw.serviceAccountName) {
      addIssue(ctx, `'service_account_name' and 'argoWorkflow.spec.serviceAccountName' disagree`, ["serviceAccountName"]);
    }
    spec.serviceAccountName = raw.serviceAccountName;
  }
  const customVolumes = [...raw.customVolumes ?? []];
  for (const v of raw.persistentVolumes ?? []) customVolumes.push({ mountPath: v.mountPath, persistentVolumeClaim: { claimName: v.name } });
  const out = {
    customVolumes,
    exposeParametersAsInputs: raw.exposeParametersAsInputs ?? true,
    defaults: { ...raw.defaults ?? {}, image: image ?? "" },
    overrides: raw.overrides ?? {},
    argoWorkflow: { ...raw.argoWorkflow?.metadata ? { metadata: raw.argoWorkflow.metadata } : {}, ...Object.keys(spec).length ? { spec } : {} }
  };
  if (raw.pvcForRunnable) out.pvcForRunnable = raw.pvcForRunnable;
  if (raw.secretFromK8s) out.secretFromK8s = raw.secretFromK8s;
  if (raw.configmapCacheName !== void 0) out.configmapCacheName = raw.configmapCacheName;
  if (raw.outputFile) out.outputFile = raw.outputFile;
  if (raw.logLevel) out.logLevel = raw.logLevel;
  if (raw.argoServer) out.argoServer = raw.argoServer;
  if (raw.cronSchedule) {
    if (!raw.cronSchedule.schedules && !raw.cronSchedule.schedule) {
      addIssue(ctx, `cron_schedule needs 'schedules' (a list of cron expressions)`, ["cronSchedule"]);
    }
    out.cronSchedule = raw.cronSchedule;
  }
  return out;
}
__name(normalise, "normalise");
var argoExecutorConfigSchema = once(() => pipe(schemas().rawSchema, transform((raw, ctx) => normalise(raw, ctx))));
function parseArgoExecutorConfig(config) {
  return argoExecutorConfigSchema().parse(config ?? {});
}
__name(parseArgoExecutorConfig, "parseArgoExecutorConfig");

export {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
};
