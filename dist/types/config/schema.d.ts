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
    object_serialisation: z.ZodOptional<z.ZodBoolean>;
    overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>;
/** runnable's mocked executor ignores keys it does not know, by design (semantics §15): so do we, with a warning. */
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
}, z.core.$loose>;
/** The `emulator` executor: every step in its own process through execute-single-node, as an Argo pod runs it. */
export declare const emulatorExecutorSchema: z.ZodObject<{
    overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>;
export declare const fsRunLogStoreSchema: z.ZodObject<{
    log_folder: z.ZodDefault<z.ZodString>;
    supports_parallel_writes: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
/**
 * Keys runnable 0.50 accepts that change nothing here, per namespace and type (`*`: every type). The loader
 * accepts them and names them in one warning. Keys the mocked executor does not know are added to these.
 */
export declare const NO_EFFECT_KEYS: Record<string, Record<string, readonly string[]>>;
export declare const fsCatalogSchema: z.ZodObject<{
    catalog_location: z.ZodDefault<z.ZodString>;
    compute_data_folder: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
/**
 * The github-artifacts catalog's options: the one definition, read by the config loader, the editor JSON
 * Schema and the catalog itself (src/catalog/github-artifacts.ts parses with it), so they cannot disagree.
 * Numbers may come as strings from `$VAR` substitution.
 */
export declare const githubArtifactsCatalogSchema: z.ZodObject<{
    compute_data_folder: z.ZodDefault<z.ZodString>;
    retention_days: z.ZodOptional<z.ZodCoercedNumber<unknown>>;
    compression_level: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
    pack_max_bytes: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
    pack_max_files: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
    flush_interval_seconds: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
    state_dir: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const dotenvSecretsSchema: z.ZodObject<{
    location: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
/**
 * Namespaces of the config file (canonical spelling) and, per namespace, the canonical types with the
 * schema of each one's options. The registry (services.ts) resolves names against it, and each service
 * folder's factory table is typed against it (`ServiceFactories`), so a type cannot exist here without a
 * factory, nor a factory without it.
 */
export declare const SERVICE_TYPES: {
    readonly 'pipeline-executor': {
        readonly local: z.ZodObject<{
            enable_parallel: z.ZodDefault<z.ZodBoolean>;
            max_workers: z.ZodOptional<z.ZodInt>;
            object_serialisation: z.ZodOptional<z.ZodBoolean>;
            overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
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
        }, z.core.$loose>;
        readonly emulator: z.ZodObject<{
            overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>;
        readonly argo: z.ZodType;
    };
    readonly 'run-log-store': {
        readonly buffered: z.ZodObject<{
            supports_parallel_writes: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>;
        readonly 'file-system': z.ZodObject<{
            log_folder: z.ZodDefault<z.ZodString>;
            supports_parallel_writes: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>;
        readonly 'chunked-fs': z.ZodObject<{
            log_folder: z.ZodDefault<z.ZodString>;
            supports_parallel_writes: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>;
    };
    readonly catalog: {
        readonly 'do-nothing': z.ZodObject<{
            compute_data_folder: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>;
        readonly 'file-system': z.ZodObject<{
            catalog_location: z.ZodDefault<z.ZodString>;
            compute_data_folder: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>;
        readonly 'github-artifacts': z.ZodObject<{
            compute_data_folder: z.ZodDefault<z.ZodString>;
            retention_days: z.ZodOptional<z.ZodCoercedNumber<unknown>>;
            compression_level: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
            pack_max_bytes: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
            pack_max_files: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
            flush_interval_seconds: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
            state_dir: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>;
    };
    readonly secrets: {
        readonly 'do-nothing': z.ZodObject<{}, z.core.$strict>;
        readonly 'env-secrets': z.ZodObject<{}, z.core.$strict>;
        readonly dotenv: z.ZodObject<{
            location: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>;
    };
};
export type ServiceNamespace = keyof typeof SERVICE_TYPES;
/** Other names of a type (runnable's), resolved to the canonical name by the loader and the factories alike. */
export declare const TYPE_ALIASES: {
    readonly [NS in ServiceNamespace]?: Readonly<Record<string, keyof (typeof SERVICE_TYPES)[NS]>>;
};
/** Plugins runnable has that this project does not implement (for a clearer message). */
export declare const UPSTREAM_ONLY_TYPES: Record<ServiceNamespace, string[]>;
/** Top-level keys accepted and ignored. */
export declare const IGNORED_KEYS: readonly ["job-executor", "pickler"];
/** Top-level keys runnable accepts that have no effect here: accepted, named in one warning. */
export declare const NO_EFFECT_TOP_KEYS: readonly ["experiment-tracker"];
