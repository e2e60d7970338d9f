/**
 * zod schemas of the configuration file's services (runnable semantics §6), one per service type, strict
 * (unknown keys are errors). Defaults are filled by the schemas, except `max_workers` (CPU count, filled
 * by the loader).
 */
import * as z from 'zod/mini';
/** A mocked-executor patch: task fields that replace the task's own (semantics §15). */
export declare const taskPatchSchema: () => z.ZodMiniObject<{
    command_type: z.ZodMiniOptional<z.ZodMiniEnum<{
        python: "python";
        shell: "shell";
        notebook: "notebook";
        node: "node";
        "async-python": "async-python";
    }>>;
    command: z.ZodMiniOptional<z.ZodMiniString<string>>;
    returns: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        name: z.ZodMiniString<string>;
        kind: z.ZodMiniDefault<z.ZodMiniEnum<{
            object: "object";
            json: "json";
            metric: "metric";
        }>>;
    }, z.core.$strict>>>;
    secrets: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    optional_ploomber_args: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
    stream_end_type: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const localExecutorSchema: () => z.ZodMiniObject<{
    enable_parallel: z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
    max_workers: z.ZodMiniOptional<z.ZodMiniInt>;
    object_serialisation: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
}, z.core.$strict>;
/** runnable's mocked executor ignores keys it does not know, by design (semantics §15): so do we, with a warning. */
export declare const mockedExecutorSchema: () => z.ZodMiniObject<{
    patches: z.ZodMiniDefault<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniObject<{
        command_type: z.ZodMiniOptional<z.ZodMiniEnum<{
            python: "python";
            shell: "shell";
            notebook: "notebook";
            node: "node";
            "async-python": "async-python";
        }>>;
        command: z.ZodMiniOptional<z.ZodMiniString<string>>;
        returns: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
            name: z.ZodMiniString<string>;
            kind: z.ZodMiniDefault<z.ZodMiniEnum<{
                object: "object";
                json: "json";
                metric: "metric";
            }>>;
        }, z.core.$strict>>>;
        secrets: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        optional_ploomber_args: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        stream_end_type: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>>;
}, z.core.$loose>;
/** The `emulator` executor: every step in its own process through execute-single-node, as an Argo pod runs it. */
export declare const emulatorExecutorSchema: () => z.ZodMiniObject<{
    overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
}, z.core.$strict>;
export declare const fsRunLogStoreSchema: () => z.ZodMiniObject<{
    log_folder: z.ZodMiniDefault<z.ZodMiniString<string>>;
    supports_parallel_writes: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
}, z.core.$strict>;
/**
 * Keys runnable 0.50 accepts that change nothing here, per namespace and type (`*`: every type). The loader
 * accepts them and names them in one warning. Keys the mocked executor does not know are added to these.
 */
export declare const NO_EFFECT_KEYS: Record<string, Record<string, readonly string[]>>;
export declare const fsCatalogSchema: () => z.ZodMiniObject<{
    catalog_location: z.ZodMiniDefault<z.ZodMiniString<string>>;
    compute_data_folder: z.ZodMiniDefault<z.ZodMiniString<string>>;
}, z.core.$strict>;
/**
 * The github-artifacts catalog's options: the one definition, read by the config loader, the editor JSON
 * Schema and the catalog itself (src/catalog/github-artifacts.ts parses with it), so they cannot disagree.
 * Numbers may come as strings from `$VAR` substitution.
 */
export declare const githubArtifactsCatalogSchema: () => z.ZodMiniObject<{
    compute_data_folder: z.ZodMiniDefault<z.ZodMiniString<string>>;
    retention_days: z.ZodMiniOptional<z.ZodMiniNumber<unknown>>;
    compression_level: z.ZodMiniDefault<z.ZodMiniNumber<unknown>>;
    pack_max_bytes: z.ZodMiniDefault<z.ZodMiniNumber<unknown>>;
    pack_max_files: z.ZodMiniDefault<z.ZodMiniNumber<unknown>>;
    flush_interval_seconds: z.ZodMiniDefault<z.ZodMiniNumber<unknown>>;
    state_dir: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const dotenvSecretsSchema: () => z.ZodMiniObject<{
    location: z.ZodMiniDefault<z.ZodMiniString<string>>;
}, z.core.$strict>;
/**
 * Namespaces of the config file (canonical spelling) and, per namespace, the canonical types with the
 * schema of each one's options (getters: each schema is built when first asked for). The registry (services.ts) resolves names against it, and each service
 * folder's factory table is typed against it (`ServiceFactories`), so a type cannot exist here without a
 * factory, nor a factory without it.
 */
export declare const SERVICE_TYPES: {
    readonly 'pipeline-executor': {
        readonly local: z.ZodMiniObject<{
            enable_parallel: z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
            max_workers: z.ZodMiniOptional<z.ZodMiniInt>;
            object_serialisation: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
            overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>;
        readonly mocked: z.ZodMiniObject<{
            patches: z.ZodMiniDefault<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniObject<{
                command_type: z.ZodMiniOptional<z.ZodMiniEnum<{
                    python: "python";
                    shell: "shell";
                    notebook: "notebook";
                    node: "node";
                    "async-python": "async-python";
                }>>;
                command: z.ZodMiniOptional<z.ZodMiniString<string>>;
                returns: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
                    name: z.ZodMiniString<string>;
                    kind: z.ZodMiniDefault<z.ZodMiniEnum<{
                        object: "object";
                        json: "json";
                        metric: "metric";
                    }>>;
                }, z.core.$strict>>>;
                secrets: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
                optional_ploomber_args: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
                stream_end_type: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>>>;
        }, z.core.$loose>;
        readonly emulator: z.ZodMiniObject<{
            overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        }, z.core.$strict>;
        readonly argo: z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>;
    };
    readonly 'run-log-store': {
        readonly buffered: z.ZodMiniObject<{
            supports_parallel_writes: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        }, z.core.$strict>;
        readonly 'file-system': z.ZodMiniObject<{
            log_folder: z.ZodMiniDefault<z.ZodMiniString<string>>;
            supports_parallel_writes: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        }, z.core.$strict>;
        readonly 'chunked-fs': z.ZodMiniObject<{
            log_folder: z.ZodMiniDefault<z.ZodMiniString<string>>;
            supports_parallel_writes: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        }, z.core.$strict>;
    };
    readonly catalog: {
        readonly 'do-nothing': z.ZodMiniObject<{
            compute_data_folder: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>;
        readonly 'file-system': z.ZodMiniObject<{
            catalog_location: z.ZodMiniDefault<z.ZodMiniString<string>>;
            compute_data_folder: z.ZodMiniDefault<z.ZodMiniString<string>>;
        }, z.core.$strict>;
        readonly 'github-artifacts': z.ZodMiniObject<{
            compute_data_folder: z.ZodMiniDefault<z.ZodMiniString<string>>;
            retention_days: z.ZodMiniOptional<z.ZodMiniNumber<unknown>>;
            compression_level: z.ZodMiniDefault<z.ZodMiniNumber<unknown>>;
            pack_max_bytes: z.ZodMiniDefault<z.ZodMiniNumber<unknown>>;
            pack_max_files: z.ZodMiniDefault<z.ZodMiniNumber<unknown>>;
            flush_interval_seconds: z.ZodMiniDefault<z.ZodMiniNumber<unknown>>;
            state_dir: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>;
    };
    readonly secrets: {
        readonly 'do-nothing': z.ZodMiniObject<{}, z.core.$strict>;
        readonly 'env-secrets': z.ZodMiniObject<{}, z.core.$strict>;
        readonly dotenv: z.ZodMiniObject<{
            location: z.ZodMiniDefault<z.ZodMiniString<string>>;
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
