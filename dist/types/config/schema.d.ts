/**
 * zod schemas of the configuration file's services (runnable semantics §6), one per service type, strict
 * (unknown keys are errors). Defaults are filled by the schemas, except `max_workers` (CPU count, filled
 * by the loader).
 */
import { z } from 'zod';
/** A mocked-executor patch: task fields that replace the task's own (semantics §15). */
export declare const taskPatchSchema: z.ZodObject<{
    command_type: z.ZodOptional<z.ZodEnum<{
        python: "python";
        shell: "shell";
        notebook: "notebook";
        node: "node";
        "async-python": "async-python";
    }>>;
    command: z.ZodOptional<z.ZodString>;
    returns: z.ZodOptional<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        kind: z.ZodDefault<z.ZodEnum<{
            object: "object";
            json: "json";
            metric: "metric";
        }>>;
    }, z.core.$strict>>>;
    secrets: z.ZodOptional<z.ZodArray<z.ZodString>>;
    optional_ploomber_args: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    stream_end_type: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const localExecutorSchema: z.ZodObject<{
    enable_parallel: z.ZodDefault<z.ZodBoolean>;
    max_workers: z.ZodOptional<z.ZodInt>;
}, z.core.$strict>;
export declare const mockedExecutorSchema: z.ZodObject<{
    patches: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
        command_type: z.ZodOptional<z.ZodEnum<{
            python: "python";
            shell: "shell";
            notebook: "notebook";
            node: "node";
            "async-python": "async-python";
        }>>;
        command: z.ZodOptional<z.ZodString>;
        returns: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            kind: z.ZodDefault<z.ZodEnum<{
                object: "object";
                json: "json";
                metric: "metric";
            }>>;
        }, z.core.$strict>>>;
        secrets: z.ZodOptional<z.ZodArray<z.ZodString>>;
        optional_ploomber_args: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        stream_end_type: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const fsRunLogStoreSchema: z.ZodObject<{
    log_folder: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
export declare const fsCatalogSchema: z.ZodObject<{
    catalog_location: z.ZodDefault<z.ZodString>;
    compute_data_folder: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
export declare const githubArtifactsCatalogSchema: z.ZodObject<{
    name_prefix: z.ZodOptional<z.ZodString>;
    retention_days: z.ZodOptional<z.ZodInt>;
    compression_level: z.ZodOptional<z.ZodInt>;
}, z.core.$strict>;
export declare const dotenvSecretsSchema: z.ZodObject<{
    location: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
/** Namespaces of the config file (canonical spelling) and, per namespace, the config schema of each type. */
export declare const SERVICE_TYPES: {
    readonly 'pipeline-executor': {
        readonly local: z.ZodObject<{
            enable_parallel: z.ZodDefault<z.ZodBoolean>;
            max_workers: z.ZodOptional<z.ZodInt>;
        }, z.core.$strict>;
        readonly mocked: z.ZodObject<{
            patches: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
                command_type: z.ZodOptional<z.ZodEnum<{
                    python: "python";
                    shell: "shell";
                    notebook: "notebook";
                    node: "node";
                    "async-python": "async-python";
                }>>;
                command: z.ZodOptional<z.ZodString>;
                returns: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    name: z.ZodString;
                    kind: z.ZodDefault<z.ZodEnum<{
                        object: "object";
                        json: "json";
                        metric: "metric";
                    }>>;
                }, z.core.$strict>>>;
                secrets: z.ZodOptional<z.ZodArray<z.ZodString>>;
                optional_ploomber_args: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
                stream_end_type: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>>>;
        }, z.core.$strict>;
        readonly argo: z.ZodType;
    };
    readonly 'run-log-store': {
        readonly buffered: z.ZodObject<{}, z.core.$strict>;
        readonly 'file-system': z.ZodObject<{
            log_folder: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>;
        readonly 'chunked-fs': z.ZodObject<{
            log_folder: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>;
    };
    readonly catalog: {
        readonly 'do-nothing': z.ZodObject<{}, z.core.$strict>;
        readonly 'file-system': z.ZodObject<{
            catalog_location: z.ZodDefault<z.ZodString>;
            compute_data_folder: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>;
        readonly 'github-artifacts': z.ZodObject<{
            name_prefix: z.ZodOptional<z.ZodString>;
            retention_days: z.ZodOptional<z.ZodInt>;
            compression_level: z.ZodOptional<z.ZodInt>;
        }, z.core.$strict>;
    };
    readonly secrets: {
        readonly 'do-nothing': z.ZodObject<{}, z.core.$strict>;
        readonly 'env-secrets': z.ZodObject<{}, z.core.$strict>;
        readonly env: z.ZodObject<{}, z.core.$strict>;
        readonly dotenv: z.ZodObject<{
            location: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>;
    };
};
export type ServiceNamespace = keyof typeof SERVICE_TYPES;
/** Type aliases, normalised to the canonical type name. */
export declare const TYPE_ALIASES: Partial<Record<ServiceNamespace, Record<string, string>>>;
/** Plugins runnable has that this project does not implement (for a clearer message). */
export declare const UPSTREAM_ONLY_TYPES: Record<ServiceNamespace, string[]>;
/** Top-level keys accepted and ignored. */
export declare const IGNORED_KEYS: readonly ["job-executor", "pickler"];
