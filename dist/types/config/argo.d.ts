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
import { z } from 'zod';
declare const defaultsSchema: z.ZodPreprocess<z.ZodObject<{
    imagePullPolicy: z.ZodOptional<z.ZodEnum<{
        "": "";
        Always: "Always";
        IfNotPresent: "IfNotPresent";
        Never: "Never";
    }>>;
    activeDeadlineSeconds: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    failFast: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
    nodeSelector: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
    parallelism: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    retryStrategy: z.ZodOptional<z.ZodNullable<z.ZodPreprocess<z.ZodPreprocess<z.ZodObject<{
        limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        retryPolicy: z.ZodOptional<z.ZodEnum<{
            Always: "Always";
            OnFailure: "OnFailure";
            OnError: "OnError";
            OnTransientError: "OnTransientError";
        }>>;
        backoff: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
            duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            factor: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            cap: z.ZodOptional<z.ZodString>;
            maxDuration: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>, unknown>>;
        expression: z.ZodOptional<z.ZodString>;
        affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>, unknown>, unknown>>>;
    timeout: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    tolerations: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>>;
    resources: z.ZodOptional<z.ZodNullable<z.ZodPreprocess<z.ZodObject<{
        limits: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        requests: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
    }, z.core.$strict>, unknown>>>;
    env: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        name: z.ZodString;
        value: z.ZodOptional<z.ZodString>;
        valueFrom: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>, unknown>>>>;
    image: z.ZodString;
}, z.core.$strict>, unknown>;
declare const overrideSchema: z.ZodPreprocess<z.ZodObject<{
    imagePullPolicy: z.ZodOptional<z.ZodEnum<{
        "": "";
        Always: "Always";
        IfNotPresent: "IfNotPresent";
        Never: "Never";
    }>>;
    activeDeadlineSeconds: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    failFast: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
    nodeSelector: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
    parallelism: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    retryStrategy: z.ZodOptional<z.ZodNullable<z.ZodPreprocess<z.ZodPreprocess<z.ZodObject<{
        limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        retryPolicy: z.ZodOptional<z.ZodEnum<{
            Always: "Always";
            OnFailure: "OnFailure";
            OnError: "OnError";
            OnTransientError: "OnTransientError";
        }>>;
        backoff: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
            duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            factor: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            cap: z.ZodOptional<z.ZodString>;
            maxDuration: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>, unknown>>;
        expression: z.ZodOptional<z.ZodString>;
        affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>, unknown>, unknown>>>;
    timeout: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    tolerations: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>>;
    resources: z.ZodOptional<z.ZodNullable<z.ZodPreprocess<z.ZodObject<{
        limits: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        requests: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
    }, z.core.$strict>, unknown>>>;
    env: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        name: z.ZodString;
        value: z.ZodOptional<z.ZodString>;
        valueFrom: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>, unknown>>>>;
    image: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, unknown>;
declare const workflowSpecSchema: z.ZodPreprocess<z.ZodObject<{
    serviceAccountName: z.ZodOptional<z.ZodString>;
    podGC: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    ttlStrategy: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    parallelism: z.ZodOptional<z.ZodNumber>;
    activeDeadlineSeconds: z.ZodOptional<z.ZodNumber>;
    nodeSelector: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    tolerations: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    securityContext: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    priorityClassName: z.ZodOptional<z.ZodString>;
    imagePullSecrets: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    podMetadata: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    volumeClaimGC: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    archiveLogs: z.ZodOptional<z.ZodBoolean>;
    retryStrategy: z.ZodOptional<z.ZodPreprocess<z.ZodPreprocess<z.ZodObject<{
        limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
        retryPolicy: z.ZodOptional<z.ZodEnum<{
            Always: "Always";
            OnFailure: "OnFailure";
            OnError: "OnError";
            OnTransientError: "OnTransientError";
        }>>;
        backoff: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
            duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            factor: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            cap: z.ZodOptional<z.ZodString>;
            maxDuration: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>, unknown>>;
        expression: z.ZodOptional<z.ZodString>;
        affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>, unknown>, unknown>>;
}, z.core.$strict>, unknown>;
declare const workflowSchema: z.ZodPreprocess<z.ZodObject<{
    metadata: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
        generateName: z.ZodOptional<z.ZodString>;
        name: z.ZodOptional<z.ZodString>;
        namespace: z.ZodOptional<z.ZodString>;
        labels: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        annotations: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>, unknown>>;
    spec: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
        serviceAccountName: z.ZodOptional<z.ZodString>;
        podGC: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        ttlStrategy: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        parallelism: z.ZodOptional<z.ZodNumber>;
        activeDeadlineSeconds: z.ZodOptional<z.ZodNumber>;
        nodeSelector: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        tolerations: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
        affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        securityContext: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        priorityClassName: z.ZodOptional<z.ZodString>;
        imagePullSecrets: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
        podMetadata: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        volumeClaimGC: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        archiveLogs: z.ZodOptional<z.ZodBoolean>;
        retryStrategy: z.ZodOptional<z.ZodPreprocess<z.ZodPreprocess<z.ZodObject<{
            limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            retryPolicy: z.ZodOptional<z.ZodEnum<{
                Always: "Always";
                OnFailure: "OnFailure";
                OnError: "OnError";
                OnTransientError: "OnTransientError";
            }>>;
            backoff: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
                duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                factor: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                cap: z.ZodOptional<z.ZodString>;
                maxDuration: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>, unknown>>;
            expression: z.ZodOptional<z.ZodString>;
            affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>, unknown>, unknown>>;
    }, z.core.$strict>, unknown>>;
}, z.core.$strict>, unknown>;
declare const cronSchema: z.ZodPreprocess<z.ZodObject<{
    schedules: z.ZodOptional<z.ZodArray<z.ZodString>>;
    schedule: z.ZodOptional<z.ZodString>;
    timezone: z.ZodOptional<z.ZodString>;
    concurrencyPolicy: z.ZodOptional<z.ZodEnum<{
        Allow: "Allow";
        Forbid: "Forbid";
        Replace: "Replace";
    }>>;
    startingDeadlineSeconds: z.ZodOptional<z.ZodNumber>;
    suspend: z.ZodOptional<z.ZodBoolean>;
    successfulJobsHistoryLimit: z.ZodOptional<z.ZodNumber>;
    failedJobsHistoryLimit: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>, unknown>;
export type ArgoDefaults = z.infer<typeof defaultsSchema>;
export type ArgoOverride = z.infer<typeof overrideSchema>;
export type ArgoRetryStrategy = NonNullable<ArgoDefaults['retryStrategy']>;
/** The normalised argo executor config the compiler reads. */
export interface ArgoExecutorConfig {
    pvcForRunnable?: string;
    customVolumes: {
        mountPath: string;
        persistentVolumeClaim: {
            claimName: string;
            readOnly?: boolean;
        };
    }[];
    exposeParametersAsInputs: boolean;
    secretFromK8s?: string;
    configmapCacheName?: string;
    outputFile?: string;
    logLevel?: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'FATAL';
    cronSchedule?: z.infer<typeof cronSchema>;
    defaults: ArgoDefaults;
    overrides: Record<string, ArgoOverride>;
    argoWorkflow: {
        metadata?: z.infer<typeof workflowSchema>['metadata'] & object;
        spec?: z.infer<typeof workflowSpecSchema>;
    };
    /** The Argo Server: `tokenEnv` names the variable holding its token (default ARGO_TOKEN). */
    argoServer?: {
        url: string;
        tokenEnv?: string;
    };
}
export declare const argoExecutorConfigSchema: z.ZodPipe<z.ZodPreprocess<z.ZodObject<{
    pvcForRunnable: z.ZodOptional<z.ZodString>;
    customVolumes: z.ZodOptional<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        mountPath: z.ZodString;
        persistentVolumeClaim: z.ZodPreprocess<z.ZodObject<{
            claimName: z.ZodString;
            readOnly: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>, unknown>;
    }, z.core.$strict>, unknown>>>;
    exposeParametersAsInputs: z.ZodOptional<z.ZodBoolean>;
    secretFromK8s: z.ZodOptional<z.ZodString>;
    configmapCacheName: z.ZodOptional<z.ZodString>;
    outputFile: z.ZodOptional<z.ZodString>;
    logLevel: z.ZodOptional<z.ZodEnum<{
        DEBUG: "DEBUG";
        INFO: "INFO";
        WARNING: "WARNING";
        ERROR: "ERROR";
        FATAL: "FATAL";
    }>>;
    cronSchedule: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
        schedules: z.ZodOptional<z.ZodArray<z.ZodString>>;
        schedule: z.ZodOptional<z.ZodString>;
        timezone: z.ZodOptional<z.ZodString>;
        concurrencyPolicy: z.ZodOptional<z.ZodEnum<{
            Allow: "Allow";
            Forbid: "Forbid";
            Replace: "Replace";
        }>>;
        startingDeadlineSeconds: z.ZodOptional<z.ZodNumber>;
        suspend: z.ZodOptional<z.ZodBoolean>;
        successfulJobsHistoryLimit: z.ZodOptional<z.ZodNumber>;
        failedJobsHistoryLimit: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>, unknown>>;
    defaults: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
        imagePullPolicy: z.ZodOptional<z.ZodEnum<{
            "": "";
            Always: "Always";
            IfNotPresent: "IfNotPresent";
            Never: "Never";
        }>>;
        activeDeadlineSeconds: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        failFast: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
        nodeSelector: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        parallelism: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        retryStrategy: z.ZodOptional<z.ZodNullable<z.ZodPreprocess<z.ZodPreprocess<z.ZodObject<{
            limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            retryPolicy: z.ZodOptional<z.ZodEnum<{
                Always: "Always";
                OnFailure: "OnFailure";
                OnError: "OnError";
                OnTransientError: "OnTransientError";
            }>>;
            backoff: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
                duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                factor: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                cap: z.ZodOptional<z.ZodString>;
                maxDuration: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>, unknown>>;
            expression: z.ZodOptional<z.ZodString>;
            affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>, unknown>, unknown>>>;
        timeout: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        tolerations: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>>;
        resources: z.ZodOptional<z.ZodNullable<z.ZodPreprocess<z.ZodObject<{
            limits: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
            requests: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        }, z.core.$strict>, unknown>>>;
        env: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
            valueFrom: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>, unknown>>>>;
        image: z.ZodString;
    }, z.core.$strict>, unknown>>;
    overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodPreprocess<z.ZodObject<{
        imagePullPolicy: z.ZodOptional<z.ZodEnum<{
            "": "";
            Always: "Always";
            IfNotPresent: "IfNotPresent";
            Never: "Never";
        }>>;
        activeDeadlineSeconds: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        failFast: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
        nodeSelector: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        parallelism: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        retryStrategy: z.ZodOptional<z.ZodNullable<z.ZodPreprocess<z.ZodPreprocess<z.ZodObject<{
            limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            retryPolicy: z.ZodOptional<z.ZodEnum<{
                Always: "Always";
                OnFailure: "OnFailure";
                OnError: "OnError";
                OnTransientError: "OnTransientError";
            }>>;
            backoff: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
                duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                factor: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                cap: z.ZodOptional<z.ZodString>;
                maxDuration: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>, unknown>>;
            expression: z.ZodOptional<z.ZodString>;
            affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>, unknown>, unknown>>>;
        timeout: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        tolerations: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>>;
        resources: z.ZodOptional<z.ZodNullable<z.ZodPreprocess<z.ZodObject<{
            limits: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
            requests: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        }, z.core.$strict>, unknown>>>;
        env: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodOptional<z.ZodString>;
            valueFrom: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>, unknown>>>>;
        image: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, unknown>>>;
    argoWorkflow: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
        metadata: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
            generateName: z.ZodOptional<z.ZodString>;
            name: z.ZodOptional<z.ZodString>;
            namespace: z.ZodOptional<z.ZodString>;
            labels: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            annotations: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strict>, unknown>>;
        spec: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
            serviceAccountName: z.ZodOptional<z.ZodString>;
            podGC: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            ttlStrategy: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            parallelism: z.ZodOptional<z.ZodNumber>;
            activeDeadlineSeconds: z.ZodOptional<z.ZodNumber>;
            nodeSelector: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            tolerations: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
            affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            securityContext: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            priorityClassName: z.ZodOptional<z.ZodString>;
            imagePullSecrets: z.ZodOptional<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
            podMetadata: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            volumeClaimGC: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            archiveLogs: z.ZodOptional<z.ZodBoolean>;
            retryStrategy: z.ZodOptional<z.ZodPreprocess<z.ZodPreprocess<z.ZodObject<{
                limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                retryPolicy: z.ZodOptional<z.ZodEnum<{
                    Always: "Always";
                    OnFailure: "OnFailure";
                    OnError: "OnError";
                    OnTransientError: "OnTransientError";
                }>>;
                backoff: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
                    duration: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                    factor: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
                    cap: z.ZodOptional<z.ZodString>;
                    maxDuration: z.ZodOptional<z.ZodString>;
                }, z.core.$strict>, unknown>>;
                expression: z.ZodOptional<z.ZodString>;
                affinity: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            }, z.core.$strict>, unknown>, unknown>>;
        }, z.core.$strict>, unknown>>;
    }, z.core.$strict>, unknown>>;
    argoServer: z.ZodOptional<z.ZodPreprocess<z.ZodObject<{
        url: z.ZodString;
        tokenEnv: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, unknown>>;
    image: z.ZodOptional<z.ZodString>;
    serviceAccountName: z.ZodOptional<z.ZodString>;
    persistentVolumes: z.ZodOptional<z.ZodArray<z.ZodPreprocess<z.ZodObject<{
        name: z.ZodString;
        mountPath: z.ZodString;
    }, z.core.$strict>, unknown>>>;
}, z.core.$strict>, unknown>, z.ZodTransform<ArgoExecutorConfig, {
    pvcForRunnable?: string | undefined;
    customVolumes?: {
        mountPath: string;
        persistentVolumeClaim: {
            claimName: string;
            readOnly?: boolean | undefined;
        };
    }[] | undefined;
    exposeParametersAsInputs?: boolean | undefined;
    secretFromK8s?: string | undefined;
    configmapCacheName?: string | undefined;
    outputFile?: string | undefined;
    logLevel?: "DEBUG" | "INFO" | "WARNING" | "ERROR" | "FATAL" | undefined;
    cronSchedule?: {
        schedules?: string[] | undefined;
        schedule?: string | undefined;
        timezone?: string | undefined;
        concurrencyPolicy?: "Allow" | "Forbid" | "Replace" | undefined;
        startingDeadlineSeconds?: number | undefined;
        suspend?: boolean | undefined;
        successfulJobsHistoryLimit?: number | undefined;
        failedJobsHistoryLimit?: number | undefined;
    } | undefined;
    defaults?: {
        image: string;
        imagePullPolicy?: "" | "Always" | "IfNotPresent" | "Never" | undefined;
        activeDeadlineSeconds?: number | null | undefined;
        failFast?: boolean | null | undefined;
        nodeSelector?: Record<string, string> | null | undefined;
        parallelism?: number | null | undefined;
        retryStrategy?: {
            limit?: string | number | undefined;
            retryPolicy?: "Always" | "OnFailure" | "OnError" | "OnTransientError" | undefined;
            backoff?: {
                duration?: string | number | undefined;
                factor?: string | number | undefined;
                cap?: string | undefined;
                maxDuration?: string | undefined;
            } | undefined;
            expression?: string | undefined;
            affinity?: Record<string, unknown> | undefined;
        } | null | undefined;
        timeout?: string | null | undefined;
        tolerations?: Record<string, unknown>[] | null | undefined;
        resources?: {
            limits?: Record<string, string | number> | undefined;
            requests?: Record<string, string | number> | undefined;
        } | null | undefined;
        env?: {
            name: string;
            value?: string | undefined;
            valueFrom?: Record<string, unknown> | undefined;
        }[] | null | undefined;
    } | undefined;
    overrides?: Record<string, {
        imagePullPolicy?: "" | "Always" | "IfNotPresent" | "Never" | undefined;
        activeDeadlineSeconds?: number | null | undefined;
        failFast?: boolean | null | undefined;
        nodeSelector?: Record<string, string> | null | undefined;
        parallelism?: number | null | undefined;
        retryStrategy?: {
            limit?: string | number | undefined;
            retryPolicy?: "Always" | "OnFailure" | "OnError" | "OnTransientError" | undefined;
            backoff?: {
                duration?: string | number | undefined;
                factor?: string | number | undefined;
                cap?: string | undefined;
                maxDuration?: string | undefined;
            } | undefined;
            expression?: string | undefined;
            affinity?: Record<string, unknown> | undefined;
        } | null | undefined;
        timeout?: string | null | undefined;
        tolerations?: Record<string, unknown>[] | null | undefined;
        resources?: {
            limits?: Record<string, string | number> | undefined;
            requests?: Record<string, string | number> | undefined;
        } | null | undefined;
        env?: {
            name: string;
            value?: string | undefined;
            valueFrom?: Record<string, unknown> | undefined;
        }[] | null | undefined;
        image?: string | undefined;
    }> | undefined;
    argoWorkflow?: {
        metadata?: {
            generateName?: string | undefined;
            name?: string | undefined;
            namespace?: string | undefined;
            labels?: Record<string, string> | undefined;
            annotations?: Record<string, string> | undefined;
        } | undefined;
        spec?: {
            serviceAccountName?: string | undefined;
            podGC?: Record<string, unknown> | undefined;
            ttlStrategy?: Record<string, unknown> | undefined;
            parallelism?: number | undefined;
            activeDeadlineSeconds?: number | undefined;
            nodeSelector?: Record<string, string> | undefined;
            tolerations?: Record<string, unknown>[] | undefined;
            affinity?: Record<string, unknown> | undefined;
            securityContext?: Record<string, unknown> | undefined;
            priorityClassName?: string | undefined;
            imagePullSecrets?: Record<string, unknown>[] | undefined;
            podMetadata?: Record<string, unknown> | undefined;
            volumeClaimGC?: Record<string, unknown> | undefined;
            archiveLogs?: boolean | undefined;
            retryStrategy?: {
                limit?: string | number | undefined;
                retryPolicy?: "Always" | "OnFailure" | "OnError" | "OnTransientError" | undefined;
                backoff?: {
                    duration?: string | number | undefined;
                    factor?: string | number | undefined;
                    cap?: string | undefined;
                    maxDuration?: string | undefined;
                } | undefined;
                expression?: string | undefined;
                affinity?: Record<string, unknown> | undefined;
            } | undefined;
        } | undefined;
    } | undefined;
    argoServer?: {
        url: string;
        tokenEnv?: string | undefined;
    } | undefined;
    image?: string | undefined;
    serviceAccountName?: string | undefined;
    persistentVolumes?: {
        name: string;
        mountPath: string;
    }[] | undefined;
}>>;
/** Parses and normalises an argo executor config (raw, or already normalised). Throws zod's error. */
export declare function parseArgoExecutorConfig(config: unknown): ArgoExecutorConfig;
export {};
