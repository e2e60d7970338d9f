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
/** Built on first use (≈ 10 ms of zod): only a config naming the argo executor, or a compile, pays for it. */
declare function build(): {
    rawSchema: z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        pvcForRunnable: z.ZodMiniOptional<z.ZodMiniString<string>>;
        customVolumes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            mountPath: z.ZodMiniString<string>;
            persistentVolumeClaim: z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                claimName: z.ZodMiniString<string>;
                readOnly: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>>;
        exposeParametersAsInputs: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        secretFromK8s: z.ZodMiniOptional<z.ZodMiniString<string>>;
        configmapCacheName: z.ZodMiniOptional<z.ZodMiniString<string>>;
        outputFile: z.ZodMiniOptional<z.ZodMiniString<string>>;
        logLevel: z.ZodMiniOptional<z.ZodMiniEnum<{
            DEBUG: "DEBUG";
            INFO: "INFO";
            WARNING: "WARNING";
            ERROR: "ERROR";
            FATAL: "FATAL";
        }>>;
        cronSchedule: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            schedules: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            schedule: z.ZodMiniOptional<z.ZodMiniString<string>>;
            timezone: z.ZodMiniOptional<z.ZodMiniString<string>>;
            concurrencyPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                Allow: "Allow";
                Forbid: "Forbid";
                Replace: "Replace";
            }>>;
            startingDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            suspend: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            successfulJobsHistoryLimit: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            failedJobsHistoryLimit: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        }, z.core.$strict>>>;
        defaults: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            imagePullPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                "": "";
                Always: "Always";
                IfNotPresent: "IfNotPresent";
                Never: "Never";
            }>>;
            activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
            failFast: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniBoolean<boolean>>>;
            nodeSelector: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>>;
            parallelism: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
            retryStrategy: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                    Always: "Always";
                    OnFailure: "OnFailure";
                    OnError: "OnError";
                    OnTransientError: "OnTransientError";
                }>>;
                backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                    duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                    factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                    cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                    maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>>>;
                expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
                affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            }, z.core.$strict>>>>;
            timeout: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
            tolerations: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>>;
            resources: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                limits: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
                requests: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
            }, z.core.$strict>>>>;
            env: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                name: z.ZodMiniString<string>;
                value: z.ZodMiniOptional<z.ZodMiniString<string>>;
                valueFrom: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            }, z.core.$strict>>>>>;
            image: z.ZodMiniString<string>;
        }, z.core.$strict>>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            imagePullPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                "": "";
                Always: "Always";
                IfNotPresent: "IfNotPresent";
                Never: "Never";
            }>>;
            activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
            failFast: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniBoolean<boolean>>>;
            nodeSelector: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>>;
            parallelism: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
            retryStrategy: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                    Always: "Always";
                    OnFailure: "OnFailure";
                    OnError: "OnError";
                    OnTransientError: "OnTransientError";
                }>>;
                backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                    duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                    factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                    cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                    maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>>>;
                expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
                affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            }, z.core.$strict>>>>;
            timeout: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
            tolerations: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>>;
            resources: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                limits: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
                requests: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
            }, z.core.$strict>>>>;
            env: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                name: z.ZodMiniString<string>;
                value: z.ZodMiniOptional<z.ZodMiniString<string>>;
                valueFrom: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            }, z.core.$strict>>>>>;
            image: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>>>>;
        argoWorkflow: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            metadata: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                generateName: z.ZodMiniOptional<z.ZodMiniString<string>>;
                name: z.ZodMiniOptional<z.ZodMiniString<string>>;
                namespace: z.ZodMiniOptional<z.ZodMiniString<string>>;
                labels: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
                annotations: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
            }, z.core.$strict>>>;
            spec: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                serviceAccountName: z.ZodMiniOptional<z.ZodMiniString<string>>;
                podGC: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
                ttlStrategy: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
                parallelism: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                nodeSelector: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
                tolerations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>;
                affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
                securityContext: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
                priorityClassName: z.ZodMiniOptional<z.ZodMiniString<string>>;
                imagePullSecrets: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>;
                podMetadata: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
                volumeClaimGC: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
                archiveLogs: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
                retryStrategy: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                    limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                    retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                        Always: "Always";
                        OnFailure: "OnFailure";
                        OnError: "OnError";
                        OnTransientError: "OnTransientError";
                    }>>;
                    backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                        duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                        factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                        cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                        maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
                    }, z.core.$strict>>>;
                    expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
                    affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
                }, z.core.$strict>>>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>>;
        argoServer: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            url: z.ZodMiniString<string>;
            tokenEnv: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>>>;
        image: z.ZodMiniOptional<z.ZodMiniString<string>>;
        serviceAccountName: z.ZodMiniOptional<z.ZodMiniString<string>>;
        persistentVolumes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            name: z.ZodMiniString<string>;
            mountPath: z.ZodMiniString<string>;
        }, z.core.$strict>>>>;
    }, z.core.$strict>>;
    defaultsSchema: z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        imagePullPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
            "": "";
            Always: "Always";
            IfNotPresent: "IfNotPresent";
            Never: "Never";
        }>>;
        activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        failFast: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniBoolean<boolean>>>;
        nodeSelector: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>>;
        parallelism: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        retryStrategy: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
            retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                Always: "Always";
                OnFailure: "OnFailure";
                OnError: "OnError";
                OnTransientError: "OnTransientError";
            }>>;
            backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>>>;
            expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
            affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>>>>;
        timeout: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        tolerations: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>>;
        resources: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            limits: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
            requests: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
        }, z.core.$strict>>>>;
        env: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            name: z.ZodMiniString<string>;
            value: z.ZodMiniOptional<z.ZodMiniString<string>>;
            valueFrom: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>>>>>;
        image: z.ZodMiniString<string>;
    }, z.core.$strict>>;
    overrideSchema: z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        imagePullPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
            "": "";
            Always: "Always";
            IfNotPresent: "IfNotPresent";
            Never: "Never";
        }>>;
        activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        failFast: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniBoolean<boolean>>>;
        nodeSelector: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>>;
        parallelism: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        retryStrategy: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
            retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                Always: "Always";
                OnFailure: "OnFailure";
                OnError: "OnError";
                OnTransientError: "OnTransientError";
            }>>;
            backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>>>;
            expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
            affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>>>>;
        timeout: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        tolerations: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>>;
        resources: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            limits: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
            requests: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
        }, z.core.$strict>>>>;
        env: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            name: z.ZodMiniString<string>;
            value: z.ZodMiniOptional<z.ZodMiniString<string>>;
            valueFrom: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>>>>>;
        image: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>;
    cronSchema: z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        schedules: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        schedule: z.ZodMiniOptional<z.ZodMiniString<string>>;
        timezone: z.ZodMiniOptional<z.ZodMiniString<string>>;
        concurrencyPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
            Allow: "Allow";
            Forbid: "Forbid";
            Replace: "Replace";
        }>>;
        startingDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        suspend: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        successfulJobsHistoryLimit: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        failedJobsHistoryLimit: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    }, z.core.$strict>>;
    workflowSchema: z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        metadata: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            generateName: z.ZodMiniOptional<z.ZodMiniString<string>>;
            name: z.ZodMiniOptional<z.ZodMiniString<string>>;
            namespace: z.ZodMiniOptional<z.ZodMiniString<string>>;
            labels: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
            annotations: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        }, z.core.$strict>>>;
        spec: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            serviceAccountName: z.ZodMiniOptional<z.ZodMiniString<string>>;
            podGC: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            ttlStrategy: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            parallelism: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            nodeSelector: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
            tolerations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>;
            affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            securityContext: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            priorityClassName: z.ZodMiniOptional<z.ZodMiniString<string>>;
            imagePullSecrets: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>;
            podMetadata: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            volumeClaimGC: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            archiveLogs: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            retryStrategy: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                    Always: "Always";
                    OnFailure: "OnFailure";
                    OnError: "OnError";
                    OnTransientError: "OnTransientError";
                }>>;
                backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                    duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                    factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                    cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                    maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>>>;
                expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
                affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    workflowSpecSchema: z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        serviceAccountName: z.ZodMiniOptional<z.ZodMiniString<string>>;
        podGC: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        ttlStrategy: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        parallelism: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        nodeSelector: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        tolerations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>;
        affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        securityContext: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        priorityClassName: z.ZodMiniOptional<z.ZodMiniString<string>>;
        imagePullSecrets: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>;
        podMetadata: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        volumeClaimGC: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        archiveLogs: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        retryStrategy: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
            retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                Always: "Always";
                OnFailure: "OnFailure";
                OnError: "OnError";
                OnTransientError: "OnTransientError";
            }>>;
            backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>>>;
            expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
            affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
};
type Schemas = ReturnType<typeof build>;
export type ArgoDefaults = z.infer<Schemas['defaultsSchema']>;
export type ArgoOverride = z.infer<Schemas['overrideSchema']>;
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
    cronSchedule?: z.infer<Schemas['cronSchema']>;
    defaults: ArgoDefaults;
    overrides: Record<string, ArgoOverride>;
    argoWorkflow: {
        metadata?: z.infer<Schemas['workflowSchema']>['metadata'] & object;
        spec?: z.infer<Schemas['workflowSpecSchema']>;
    };
    /** The Argo Server: `tokenEnv` names the variable holding its token (default ARGO_TOKEN). */
    argoServer?: {
        url: string;
        tokenEnv?: string;
    };
}
/** The argo executor config's schema (raw → normalised), built on first use. */
export declare const argoExecutorConfigSchema: () => z.ZodMiniPipe<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
    pvcForRunnable: z.ZodMiniOptional<z.ZodMiniString<string>>;
    customVolumes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        mountPath: z.ZodMiniString<string>;
        persistentVolumeClaim: z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            claimName: z.ZodMiniString<string>;
            readOnly: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>>;
    exposeParametersAsInputs: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    secretFromK8s: z.ZodMiniOptional<z.ZodMiniString<string>>;
    configmapCacheName: z.ZodMiniOptional<z.ZodMiniString<string>>;
    outputFile: z.ZodMiniOptional<z.ZodMiniString<string>>;
    logLevel: z.ZodMiniOptional<z.ZodMiniEnum<{
        DEBUG: "DEBUG";
        INFO: "INFO";
        WARNING: "WARNING";
        ERROR: "ERROR";
        FATAL: "FATAL";
    }>>;
    cronSchedule: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        schedules: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        schedule: z.ZodMiniOptional<z.ZodMiniString<string>>;
        timezone: z.ZodMiniOptional<z.ZodMiniString<string>>;
        concurrencyPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
            Allow: "Allow";
            Forbid: "Forbid";
            Replace: "Replace";
        }>>;
        startingDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        suspend: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        successfulJobsHistoryLimit: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        failedJobsHistoryLimit: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    }, z.core.$strict>>>;
    defaults: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        imagePullPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
            "": "";
            Always: "Always";
            IfNotPresent: "IfNotPresent";
            Never: "Never";
        }>>;
        activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        failFast: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniBoolean<boolean>>>;
        nodeSelector: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>>;
        parallelism: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        retryStrategy: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
            retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                Always: "Always";
                OnFailure: "OnFailure";
                OnError: "OnError";
                OnTransientError: "OnTransientError";
            }>>;
            backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>>>;
            expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
            affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>>>>;
        timeout: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        tolerations: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>>;
        resources: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            limits: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
            requests: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
        }, z.core.$strict>>>>;
        env: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            name: z.ZodMiniString<string>;
            value: z.ZodMiniOptional<z.ZodMiniString<string>>;
            valueFrom: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>>>>>;
        image: z.ZodMiniString<string>;
    }, z.core.$strict>>>;
    overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        imagePullPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
            "": "";
            Always: "Always";
            IfNotPresent: "IfNotPresent";
            Never: "Never";
        }>>;
        activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        failFast: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniBoolean<boolean>>>;
        nodeSelector: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>>;
        parallelism: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>;
        retryStrategy: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
            retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                Always: "Always";
                OnFailure: "OnFailure";
                OnError: "OnError";
                OnTransientError: "OnTransientError";
            }>>;
            backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>>>;
            expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
            affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>>>>;
        timeout: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniString<string>>>;
        tolerations: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>>;
        resources: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            limits: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
            requests: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniNumber<number>]>>>;
        }, z.core.$strict>>>>;
        env: z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            name: z.ZodMiniString<string>;
            value: z.ZodMiniOptional<z.ZodMiniString<string>>;
            valueFrom: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>>>>>;
        image: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>>>;
    argoWorkflow: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        metadata: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            generateName: z.ZodMiniOptional<z.ZodMiniString<string>>;
            name: z.ZodMiniOptional<z.ZodMiniString<string>>;
            namespace: z.ZodMiniOptional<z.ZodMiniString<string>>;
            labels: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
            annotations: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        }, z.core.$strict>>>;
        spec: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
            serviceAccountName: z.ZodMiniOptional<z.ZodMiniString<string>>;
            podGC: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            ttlStrategy: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            parallelism: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            activeDeadlineSeconds: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            nodeSelector: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
            tolerations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>;
            affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            securityContext: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            priorityClassName: z.ZodMiniOptional<z.ZodMiniString<string>>;
            imagePullSecrets: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>;
            podMetadata: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            volumeClaimGC: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            archiveLogs: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            retryStrategy: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                limit: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                retryPolicy: z.ZodMiniOptional<z.ZodMiniEnum<{
                    Always: "Always";
                    OnFailure: "OnFailure";
                    OnError: "OnError";
                    OnTransientError: "OnTransientError";
                }>>;
                backoff: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
                    duration: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                    factor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniString<string>]>>;
                    cap: z.ZodMiniOptional<z.ZodMiniString<string>>;
                    maxDuration: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>>>;
                expression: z.ZodMiniOptional<z.ZodMiniString<string>>;
                affinity: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
    argoServer: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        url: z.ZodMiniString<string>;
        tokenEnv: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>>;
    image: z.ZodMiniOptional<z.ZodMiniString<string>>;
    serviceAccountName: z.ZodMiniOptional<z.ZodMiniString<string>>;
    persistentVolumes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniObject<{
        name: z.ZodMiniString<string>;
        mountPath: z.ZodMiniString<string>;
    }, z.core.$strict>>>>;
}, z.core.$strict>>, z.ZodMiniTransform<ArgoExecutorConfig, {
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
