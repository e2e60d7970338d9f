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
 * One key of our own: `argo_server: {url, token_env}` — the Argo Server that `submit --wait` reads offloaded
 * node status through (and links to); the token is read from the environment variable `token_env` names
 * (default ARGO_TOKEN, the Argo CLI's) at submit time, so it is never in a config file or a manifest.
 *
 * The output is the normalised 0.50 shape in camelCase ({@link ArgoExecutorConfig}); it is itself a valid
 * input, so parsing twice is harmless. Free-form maps (nodeSelector, labels, resources, env values, the pass-
 * through Kubernetes objects) keep their keys as written; the compiled manifest is validated against the Argo
 * CRD, which catches mistakes inside them.
 */
import * as z from 'zod';

const camel = (k: string): string => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A strict object whose keys may also be written in snake_case (two spellings of one key are an error). */
function model<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess((input, ctx) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
      const c = camel(k);
      if (c in out) {
        ctx.addIssue({ code: 'custom', message: `'${k}' given twice (snake_case and camelCase)`, path: [k] });
        continue;
      }
      out[c] = v;
    }
    return out;
  }, z.strictObject(shape));
}

/** Built on first use (≈ 10 ms of zod): only a config naming the argo executor, or a compile, pays for it. */
function build() {
  const stringMap = z.record(z.string(), z.string());
  const quantity = z.union([z.string(), z.number()]);
  const intOrString = z.union([z.number().int(), z.string()]);
  const k8sObject = z.record(z.string(), z.unknown());

  const resourcesSchema = model({
    limits: z.record(z.string(), quantity).optional(),
    requests: z.record(z.string(), quantity).optional(),
  });

  const envVarSchema = model({
    name: z.string().min(1),
    value: z.string().optional(),
    valueFrom: k8sObject.optional(),
  });

  const backoffSchema = model({
    duration: intOrString.optional(),
    factor: intOrString.optional(),
    cap: z.string().optional(),
    maxDuration: z.string().optional(),
  });

  /** runnable spells it `backOff` (Argo rejects that); both spellings are accepted and `backoff` is emitted. */
  const retryStrategySchema = z.preprocess(
    (input) => {
      if (input && typeof input === 'object' && !Array.isArray(input) && 'backOff' in input) {
        const { backOff, ...rest } = input as Record<string, unknown>;
        return 'backoff' in rest ? input : { ...rest, backoff: backOff };
      }
      return input;
    },
    model({
      limit: intOrString.optional(),
      retryPolicy: z.enum(['Always', 'OnFailure', 'OnError', 'OnTransientError']).optional(),
      backoff: backoffSchema.optional(),
      expression: z.string().optional(),
      affinity: k8sObject.optional(),
    }),
  );

  const podSettings = {
    imagePullPolicy: z.enum(['Always', 'IfNotPresent', 'Never', '']).optional(),
    activeDeadlineSeconds: z.number().int().positive().nullable().optional(),
    failFast: z.boolean().nullable().optional(),
    nodeSelector: stringMap.nullable().optional(),
    parallelism: z.number().int().positive().nullable().optional(),
    retryStrategy: retryStrategySchema.nullable().optional(),
    timeout: z.string().nullable().optional(),
    tolerations: z.array(k8sObject).nullable().optional(),
    resources: resourcesSchema.nullable().optional(),
    env: z.array(envVarSchema).nullable().optional(),
  };

  const defaultsSchema = model({ image: z.string().min(1), ...podSettings });
  const overrideSchema = model({ image: z.string().min(1).optional(), ...podSettings });

  const customVolumeSchema = model({
    mountPath: z.string().startsWith('/'),
    persistentVolumeClaim: model({ claimName: z.string().min(1), readOnly: z.boolean().optional() }),
  });

  const workflowSpecSchema = model({
    serviceAccountName: z.string().optional(),
    podGC: k8sObject.optional(),
    ttlStrategy: k8sObject.optional(),
    parallelism: z.number().int().positive().optional(),
    activeDeadlineSeconds: z.number().int().positive().optional(),
    nodeSelector: stringMap.optional(),
    tolerations: z.array(k8sObject).optional(),
    affinity: k8sObject.optional(),
    securityContext: k8sObject.optional(),
    priorityClassName: z.string().optional(),
    imagePullSecrets: z.array(k8sObject).optional(),
    podMetadata: k8sObject.optional(),
    volumeClaimGC: k8sObject.optional(),
    archiveLogs: z.boolean().optional(),
    /** Applied to the step (leaf) templates only, never to DAGs (argo-target.md §4.4). */
    retryStrategy: retryStrategySchema.optional(),
  });

  const workflowSchema = model({
    metadata: model({
      generateName: z.string().optional(),
      name: z.string().optional(),
      namespace: z.string().optional(),
      labels: stringMap.optional(),
      annotations: stringMap.optional(),
    }).optional(),
    spec: workflowSpecSchema.optional(),
  });

  const cronSchema = model({
    schedules: z.array(z.string().min(1)).min(1).optional(),
    schedule: z.string().min(1).optional(),
    timezone: z.string().optional(),
    concurrencyPolicy: z.enum(['Allow', 'Forbid', 'Replace']).optional(),
    startingDeadlineSeconds: z.number().int().nonnegative().optional(),
    suspend: z.boolean().optional(),
    successfulJobsHistoryLimit: z.number().int().nonnegative().optional(),
    failedJobsHistoryLimit: z.number().int().nonnegative().optional(),
  });

  const argoServerSchema = model({
    url: z.string().regex(/^https?:\/\/[^\s/]+/, 'an http(s) URL, e.g. https://argo.example.com'),
    tokenEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the name of an environment variable (the token itself never goes in the config)').optional(),
  });

  const seedVolumeSchema = model({ name: z.string().min(1), mountPath: z.string().startsWith('/') });

  const rawSchema = model({
    // runnable 0.50
    pvcForRunnable: z.string().min(1).optional(),
    customVolumes: z.array(customVolumeSchema).optional(),
    exposeParametersAsInputs: z.boolean().optional(),
    secretFromK8s: z.string().min(1).optional(),
    configmapCacheName: z.string().optional(),
    outputFile: z.string().optional(),
    logLevel: z.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL']).optional(),
    cronSchedule: cronSchema.optional(),
    defaults: defaultsSchema.optional(),
    overrides: z.record(z.string(), overrideSchema).optional(),
    argoWorkflow: workflowSchema.optional(),
    // ours: where `submit` reads offloaded node status
    argoServer: argoServerSchema.optional(),
    // the seed page
    image: z.string().min(1).optional(),
    serviceAccountName: z.string().min(1).optional(),
    persistentVolumes: z.array(seedVolumeSchema).optional(),
  });
  return { rawSchema, defaultsSchema, overrideSchema, cronSchema, workflowSchema, workflowSpecSchema };
}
type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= build());

type Raw = z.infer<Schemas['rawSchema']>;
export type ArgoDefaults = z.infer<Schemas['defaultsSchema']>;
export type ArgoOverride = z.infer<Schemas['overrideSchema']>;
export type ArgoRetryStrategy = NonNullable<ArgoDefaults['retryStrategy']>;

/** The normalised argo executor config the compiler reads. */
export interface ArgoExecutorConfig {
  pvcForRunnable?: string;
  customVolumes: { mountPath: string; persistentVolumeClaim: { claimName: string; readOnly?: boolean } }[];
  exposeParametersAsInputs: boolean;
  secretFromK8s?: string;
  configmapCacheName?: string;
  outputFile?: string;
  logLevel?: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'FATAL';
  cronSchedule?: z.infer<Schemas['cronSchema']>;
  defaults: ArgoDefaults;
  overrides: Record<string, ArgoOverride>;
  argoWorkflow: { metadata?: z.infer<Schemas['workflowSchema']>['metadata'] & object; spec?: z.infer<Schemas['workflowSpecSchema']> };
  /** The Argo Server: `tokenEnv` names the variable holding its token (default ARGO_TOKEN). */
  argoServer?: { url: string; tokenEnv?: string };
}

function normalise(raw: Raw, ctx: z.RefinementCtx): ArgoExecutorConfig {
  const image = raw.defaults?.image ?? raw.image;
  if (raw.defaults && raw.image && raw.defaults.image !== raw.image) {
    ctx.addIssue({ code: 'custom', message: `'image' and 'defaults.image' disagree; give one`, path: ['image'] });
  }
  if (!image) ctx.addIssue({ code: 'custom', message: `an image is required: 'defaults: {image: ...}' (or the seed's top-level 'image')`, path: ['defaults'] });
  const spec = { ...(raw.argoWorkflow?.spec ?? {}) };
  if (raw.serviceAccountName) {
    if (spec.serviceAccountName && spec.serviceAccountName !== raw.serviceAccountName) {
      ctx.addIssue({ code: 'custom', message: `'service_account_name' and 'argoWorkflow.spec.serviceAccountName' disagree`, path: ['serviceAccountName'] });
    }
    spec.serviceAccountName = raw.serviceAccountName;
  }
  const customVolumes = [...(raw.customVolumes ?? [])];
  for (const v of raw.persistentVolumes ?? []) customVolumes.push({ mountPath: v.mountPath, persistentVolumeClaim: { claimName: v.name } });
  const out: ArgoExecutorConfig = {
    customVolumes,
    exposeParametersAsInputs: raw.exposeParametersAsInputs ?? true,
    defaults: { ...(raw.defaults ?? {}), image: image ?? '' },
    overrides: raw.overrides ?? {},
    argoWorkflow: { ...(raw.argoWorkflow?.metadata ? { metadata: raw.argoWorkflow.metadata } : {}), ...(Object.keys(spec).length ? { spec } : {}) },
  };
  if (raw.pvcForRunnable) out.pvcForRunnable = raw.pvcForRunnable;
  if (raw.secretFromK8s) out.secretFromK8s = raw.secretFromK8s;
  if (raw.configmapCacheName !== undefined) out.configmapCacheName = raw.configmapCacheName;
  if (raw.outputFile) out.outputFile = raw.outputFile;
  if (raw.logLevel) out.logLevel = raw.logLevel;
  if (raw.argoServer) out.argoServer = raw.argoServer;
  if (raw.cronSchedule) {
    if (!raw.cronSchedule.schedules && !raw.cronSchedule.schedule) {
      ctx.addIssue({ code: 'custom', message: `cron_schedule needs 'schedules' (a list of cron expressions)`, path: ['cronSchedule'] });
    }
    out.cronSchedule = raw.cronSchedule;
  }
  return out;
}

let configSchema: ReturnType<typeof makeConfigSchema> | undefined;
const makeConfigSchema = () => schemas().rawSchema.transform((raw, ctx) => normalise(raw, ctx));
/** The argo executor config's schema (raw → normalised), built on first use. */
export const argoExecutorConfigSchema = () => (configSchema ??= makeConfigSchema());

/** Parses and normalises an argo executor config (raw, or already normalised). Throws zod's error. */
export function parseArgoExecutorConfig(config: unknown): ArgoExecutorConfig {
  return argoExecutorConfigSchema().parse(config ?? {});
}
