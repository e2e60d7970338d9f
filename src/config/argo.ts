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
import * as z from 'zod/mini';
import '../pipeline/zod-locale.js';
import { setOwn } from '../pipeline/own.js';
import { renamesKeys, show } from '../pipeline/zod-issues.js';
import { once } from '../pipeline/schema.js';

/** A transform's issue (zod/mini gives transforms the parse payload, not classic's `ctx.addIssue`). */
function addIssue(payload: z.core.ParsePayload, message: string, path: PropertyKey[]): void {
  payload.issues.push({ code: 'custom', message, path, input: payload.value });
}

const camel = (k: string): string => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** A schema key's snake_case spelling, for messages (`podGC` stays as it is: `pod_g_c` helps no one). */
const snake = (k: string): string => (/[A-Z]{2}/.test(k) ? k : k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase()));

/**
 * A strict object whose keys may also be written in snake_case (two spellings of one key are an error);
 * `aliases` maps other accepted (camelCase) names onto schema keys. `pipe(transform, schema)` is classic zod's
 * `preprocess`; the transform is declared to zod-issues so that messages name, and point at, the key written.
 */
function model<T extends z.core.$ZodLooseShape>(shape: T, aliases: Record<string, keyof T & string> = {}) {
  const schemaKey = (k: string): string => {
    const c = camel(k);
    return Object.hasOwn(aliases, c) ? aliases[c]! : c;
  };
  const preprocess = z.transform((input: unknown, ctx) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    const out: Record<string, unknown> = {};
    const writtenAs = new Map<string, string>();
    for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
      const c = schemaKey(k);
      const first = writtenAs.get(c);
      if (first !== undefined) {
        addIssue(ctx, camel(first) === camel(k) ? `'${k}' given twice (snake_case and camelCase)` : `'${first}' and '${k}' are two spellings of one field; give one`, [k]);
        continue;
      }
      setOwn(out, c, v); // `__proto__` and `constructor` are keys like any other (and unknown ones)
      writtenAs.set(c, k);
    }
    return out;
  });
  return z.pipe(renamesKeys(preprocess, { schemaKey, spell: snake }), z.strictObject(shape));
}

/** A check's message in the loader's style: `expected <what>, got <the value written>`. */
const expected = (what: string) => ({ error: (iss: { input?: unknown }) => `expected ${what}, got ${show(iss.input)}` });
const absolutePath = () => z.startsWith('/', expected('an absolute path (starting with /)'));

/** Built on first use (≈ 10 ms of zod): only a config naming the argo executor, or a compile, pays for it. */
function build() {
  const stringMap = z.record(z.string(), z.string());
  const quantity = z.union([z.string(), z.number()]);
  const intOrString = z.union([z.number().check(z.int()), z.string()]);
  const k8sObject = z.record(z.string(), z.unknown());

  const resourcesSchema = model({
    limits: z.optional(z.record(z.string(), quantity)),
    requests: z.optional(z.record(z.string(), quantity)),
  });

  const envVarSchema = model({
    name: z.string().check(z.minLength(1)),
    value: z.optional(z.string()),
    valueFrom: z.optional(k8sObject),
  });

  const backoffSchema = model({
    duration: z.optional(intOrString),
    factor: z.optional(intOrString),
    cap: z.optional(z.string()),
    maxDuration: z.optional(z.string()),
  });

  /** runnable spells it `back_off` / `backOff` (Argo rejects those); all spellings are accepted and `backoff` is emitted. */
  const retryStrategySchema = model(
    {
      limit: z.optional(intOrString),
      retryPolicy: z.optional(z.enum(['Always', 'OnFailure', 'OnError', 'OnTransientError'])),
      backoff: z.optional(backoffSchema),
      expression: z.optional(z.string()),
      affinity: z.optional(k8sObject),
    },
    { backOff: 'backoff' },
  );

  const podSettings = {
    imagePullPolicy: z.optional(z.enum(['Always', 'IfNotPresent', 'Never', ''])),
    activeDeadlineSeconds: z.optional(z.nullable(z.number().check(z.int(), z.positive()))),
    failFast: z.optional(z.nullable(z.boolean())),
    nodeSelector: z.optional(z.nullable(stringMap)),
    parallelism: z.optional(z.nullable(z.number().check(z.int(), z.positive()))),
    retryStrategy: z.optional(z.nullable(retryStrategySchema)),
    timeout: z.optional(z.nullable(z.string())),
    tolerations: z.optional(z.nullable(z.array(k8sObject))),
    resources: z.optional(z.nullable(resourcesSchema)),
    env: z.optional(z.nullable(z.array(envVarSchema))),
  };

  const defaultsSchema = model({ image: z.string().check(z.minLength(1)), ...podSettings });
  const overrideSchema = model({ image: z.optional(z.string().check(z.minLength(1))), ...podSettings });

  const customVolumeSchema = model({
    mountPath: z.string().check(absolutePath()),
    persistentVolumeClaim: model({ claimName: z.string().check(z.minLength(1)), readOnly: z.optional(z.boolean()) }),
  });

  const workflowSpecSchema = model({
    serviceAccountName: z.optional(z.string()),
    podGC: z.optional(k8sObject),
    ttlStrategy: z.optional(k8sObject),
    parallelism: z.optional(z.number().check(z.int(), z.positive())),
    activeDeadlineSeconds: z.optional(z.number().check(z.int(), z.positive())),
    nodeSelector: z.optional(stringMap),
    tolerations: z.optional(z.array(k8sObject)),
    affinity: z.optional(k8sObject),
    securityContext: z.optional(k8sObject),
    priorityClassName: z.optional(z.string()),
    imagePullSecrets: z.optional(z.array(k8sObject)),
    podMetadata: z.optional(k8sObject),
    volumeClaimGC: z.optional(k8sObject),
    archiveLogs: z.optional(z.boolean()),
    /** Applied to the step (leaf) templates only, never to DAGs (argo-target.md §4.4). */
    retryStrategy: z.optional(retryStrategySchema),
  });

  const workflowSchema = model({
    metadata: z.optional(
      model({
        generateName: z.optional(z.string()),
        name: z.optional(z.string()),
        namespace: z.optional(z.string()),
        labels: z.optional(stringMap),
        annotations: z.optional(stringMap),
      }),
    ),
    spec: z.optional(workflowSpecSchema),
  });

  const cronSchema = model({
    schedules: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
    schedule: z.optional(z.string().check(z.minLength(1))),
    timezone: z.optional(z.string()),
    concurrencyPolicy: z.optional(z.enum(['Allow', 'Forbid', 'Replace'])),
    startingDeadlineSeconds: z.optional(z.number().check(z.int(), z.nonnegative())),
    suspend: z.optional(z.boolean()),
    successfulJobsHistoryLimit: z.optional(z.number().check(z.int(), z.nonnegative())),
    failedJobsHistoryLimit: z.optional(z.number().check(z.int(), z.nonnegative())),
  });

  const argoServerSchema = model({
    url: z.string().check(z.regex(/^https?:\/\/[^\s/]+/, expected('an http(s) URL (e.g. https://argo.example.com)'))),
    // Not `got <value>`: a value refused here may be the token itself, pasted by mistake.
    tokenEnv: z.optional(z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the name of an environment variable (the token itself never goes in the config)'))),
  });

  const seedVolumeSchema = model({ name: z.string().check(z.minLength(1)), mountPath: z.string().check(absolutePath()) });

  const rawSchema = model({
    // runnable 0.50
    pvcForRunnable: z.optional(z.string().check(z.minLength(1))),
    customVolumes: z.optional(z.array(customVolumeSchema)),
    exposeParametersAsInputs: z.optional(z.boolean()),
    secretFromK8s: z.optional(z.string().check(z.minLength(1))),
    configmapCacheName: z.optional(z.string()),
    outputFile: z.optional(z.string()),
    logLevel: z.optional(z.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL'])),
    cronSchedule: z.optional(cronSchema),
    defaults: z.optional(defaultsSchema),
    overrides: z.optional(z.record(z.string(), overrideSchema)),
    argoWorkflow: z.optional(workflowSchema),
    // ours: where `submit` reads offloaded node status
    argoServer: z.optional(argoServerSchema),
    // the seed page
    image: z.optional(z.string().check(z.minLength(1))),
    serviceAccountName: z.optional(z.string().check(z.minLength(1))),
    persistentVolumes: z.optional(z.array(seedVolumeSchema)),
  });
  return { rawSchema, defaultsSchema, overrideSchema, cronSchema, workflowSchema, workflowSpecSchema };
}
type Schemas = ReturnType<typeof build>;
const schemas = once(build);

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

function normalise(raw: Raw, ctx: z.core.ParsePayload): ArgoExecutorConfig {
  const image = raw.defaults?.image ?? raw.image;
  if (raw.defaults && raw.image && raw.defaults.image !== raw.image) {
    addIssue(ctx, `'image' and 'defaults.image' disagree; give one`, ['image']);
  }
  if (!image) addIssue(ctx, `an image is required: 'defaults: {image: ...}' (or the seed's top-level 'image')`, ['defaults']);
  const spec = { ...(raw.argoWorkflow?.spec ?? {}) };
  if (raw.serviceAccountName) {
    if (spec.serviceAccountName && spec.serviceAccountName !== raw.serviceAccountName) {
      addIssue(ctx, `'service_account_name' and 'argoWorkflow.spec.serviceAccountName' disagree`, ['serviceAccountName']);
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
      addIssue(ctx, `cron_schedule needs 'schedules' (a list of cron expressions)`, ['cronSchedule']);
    }
    out.cronSchedule = raw.cronSchedule;
  }
  return out;
}

/** The argo executor config's schema (raw → normalised), built on first use. */
export const argoExecutorConfigSchema = once(() => z.pipe(schemas().rawSchema, z.transform((raw: Raw, ctx) => normalise(raw, ctx))));

/** Parses and normalises an argo executor config (raw, or already normalised). Throws zod's error. */
export function parseArgoExecutorConfig(config: unknown): ArgoExecutorConfig {
  return argoExecutorConfigSchema().parse(config ?? {});
}
