import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  external_exports
} from "./chunk-75OWMVIH.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/config/argo.ts
var camel = /* @__PURE__ */ __name((k) => k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()), "camel");
function model(shape) {
  return external_exports.preprocess((input, ctx) => {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
    const out = {};
    for (const [k, v] of Object.entries(input)) {
      const c = camel(k);
      if (c in out) {
        ctx.addIssue({ code: "custom", message: `'${k}' given twice (snake_case and camelCase)`, path: [k] });
        continue;
      }
      out[c] = v;
    }
    return out;
  }, external_exports.strictObject(shape));
}
__name(model, "model");
var stringMap = external_exports.record(external_exports.string(), external_exports.string());
var quantity = external_exports.union([external_exports.string(), external_exports.number()]);
var intOrString = external_exports.union([external_exports.number().int(), external_exports.string()]);
var k8sObject = external_exports.record(external_exports.string(), external_exports.unknown());
var resourcesSchema = model({
  limits: external_exports.record(external_exports.string(), quantity).optional(),
  requests: external_exports.record(external_exports.string(), quantity).optional()
});
var envVarSchema = model({
  name: external_exports.string().min(1),
  value: external_exports.string().optional(),
  valueFrom: k8sObject.optional()
});
var backoffSchema = model({
  duration: intOrString.optional(),
  factor: intOrString.optional(),
  cap: external_exports.string().optional(),
  maxDuration: external_exports.string().optional()
});
var retryStrategySchema = external_exports.preprocess(
  (input) => {
    if (input && typeof input === "object" && !Array.isArray(input) && "backOff" in input) {
      const { backOff, ...rest } = input;
      return "backoff" in rest ? input : { ...rest, backoff: backOff };
    }
    return input;
  },
  model({
    limit: intOrString.optional(),
    retryPolicy: external_exports.enum(["Always", "OnFailure", "OnError", "OnTransientError"]).optional(),
    backoff: backoffSchema.optional(),
    expression: external_exports.string().optional(),
    affinity: k8sObject.optional()
  })
);
var podSettings = {
  imagePullPolicy: external_exports.enum(["Always", "IfNotPresent", "Never", ""]).optional(),
  activeDeadlineSeconds: external_exports.number().int().positive().nullable().optional(),
  failFast: external_exports.boolean().nullable().optional(),
  nodeSelector: stringMap.nullable().optional(),
  parallelism: external_exports.number().int().positive().nullable().optional(),
  retryStrategy: retryStrategySchema.nullable().optional(),
  timeout: external_exports.string().nullable().optional(),
  tolerations: external_exports.array(k8sObject).nullable().optional(),
  resources: resourcesSchema.nullable().optional(),
  env: external_exports.array(envVarSchema).nullable().optional()
};
var defaultsSchema = model({ image: external_exports.string().min(1), ...podSettings });
var overrideSchema = model({ image: external_exports.string().min(1).optional(), ...podSettings });
var customVolumeSchema = model({
  mountPath: external_exports.string().startsWith("/"),
  persistentVolumeClaim: model({ claimName: external_exports.string().min(1), readOnly: external_exports.boolean().optional() })
});
var workflowSpecSchema = model({
  serviceAccountName: external_exports.string().optional(),
  podGC: k8sObject.optional(),
  ttlStrategy: k8sObject.optional(),
  parallelism: external_exports.number().int().positive().optional(),
  activeDeadlineSeconds: external_exports.number().int().positive().optional(),
  nodeSelector: stringMap.optional(),
  tolerations: external_exports.array(k8sObject).optional(),
  affinity: k8sObject.optional(),
  securityContext: k8sObject.optional(),
  priorityClassName: external_exports.string().optional(),
  imagePullSecrets: external_exports.array(k8sObject).optional(),
  podMetadata: k8sObject.optional(),
  volumeClaimGC: k8sObject.optional(),
  archiveLogs: external_exports.boolean().optional(),
  /** Applied to the step (leaf) templates only, never to DAGs (argo-target.md §4.4). */
  retryStrategy: retryStrategySchema.optional()
});
var workflowSchema = model({
  metadata: model({
    generateName: external_exports.string().optional(),
    name: external_exports.string().optional(),
    namespace: external_exports.string().optional(),
    labels: stringMap.optional(),
    annotations: stringMap.optional()
  }).optional(),
  spec: workflowSpecSchema.optional()
});
var cronSchema = model({
  schedules: external_exports.array(external_exports.string().min(1)).min(1).optional(),
  schedule: external_exports.string().min(1).optional(),
  timezone: external_exports.string().optional(),
  concurrencyPolicy: external_exports.enum(["Allow", "Forbid", "Replace"]).optional(),
  startingDeadlineSeconds: external_exports.number().int().nonnegative().optional(),
  suspend: external_exports.boolean().optional(),
  successfulJobsHistoryLimit: external_exports.number().int().nonnegative().optional(),
  failedJobsHistoryLimit: external_exports.number().int().nonnegative().optional()
});
var argoServerSchema = model({
  url: external_exports.string().regex(/^https?:\/\/[^\s/]+/, "an http(s) URL, e.g. https://argo.example.com"),
  tokenEnv: external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "the name of an environment variable (the token itself never goes in the config)").optional()
});
var seedVolumeSchema = model({ name: external_exports.string().min(1), mountPath: external_exports.string().startsWith("/") });
var rawSchema = model({
  // runnable 0.50
  pvcForRunnable: external_exports.string().min(1).optional(),
  customVolumes: external_exports.array(customVolumeSchema).optional(),
  exposeParametersAsInputs: external_exports.boolean().optional(),
  secretFromK8s: external_exports.string().min(1).optional(),
  configmapCacheName: external_exports.string().optional(),
  outputFile: external_exports.string().optional(),
  logLevel: external_exports.enum(["DEBUG", "INFO", "WARNING", "ERROR", "FATAL"]).optional(),
  cronSchedule: cronSchema.optional(),
  defaults: defaultsSchema.optional(),
  overrides: external_exports.record(external_exports.string(), overrideSchema).optional(),
  argoWorkflow: workflowSchema.optional(),
  // ours: where `submit` reads offloaded node status
  argoServer: argoServerSchema.optional(),
  // the seed page
  image: external_exports.string().min(1).optional(),
  serviceAccountName: external_exports.string().min(1).optional(),
  persistentVolumes: external_exports.array(seedVolumeSchema).optional()
});
function normalise(raw, ctx) {
  const image = raw.defaults?.image ?? raw.image;
  if (raw.defaults && raw.image && raw.defaults.image !== raw.image) {
    ctx.addIssue({ code: "custom", message: `'image' and 'defaults.image' disagree; give one`, path: ["image"] });
  }
  if (!image) ctx.addIssue({ code: "custom", message: `an image is required: 'defaults: {image: ...}' (or the seed's top-level 'image')`, path: ["defaults"] });
  const spec = { ...raw.argoWorkflow?.spec ?? {} };
  if (raw.serviceAccountName) {
    if (spec.serviceAccountName && spec.serviceAccountName !== raw.serviceAccountName) {
      ctx.addIssue({ code: "custom", message: `'service_account_name' and 'argoWorkflow.spec.serviceAccountName' disagree`, path: ["serviceAccountName"] });
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
      ctx.addIssue({ code: "custom", message: `cron_schedule needs 'schedules' (a list of cron expressions)`, path: ["cronSchedule"] });
    }
    out.cronSchedule = raw.cronSchedule;
  }
  return out;
}
__name(normalise, "normalise");
var argoExecutorConfigSchema = rawSchema.transform((raw, ctx) => normalise(raw, ctx));
function parseArgoExecutorConfig(config) {
  return argoExecutorConfigSchema.parse(config ?? {});
}
__name(parseArgoExecutorConfig, "parseArgoExecutorConfig");

export {
  argoExecutorConfigSchema,
  parseArgoExecutorConfig
};
