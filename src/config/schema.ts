/**
 * zod schemas of the configuration file's services (runnable semantics §6), one per service type, strict
 * (unknown keys are errors). Defaults are filled by the schemas, except `max_workers` (CPU count, filled
 * by the loader).
 */
import * as z from 'zod';
import { argoExecutorConfigSchema } from './argo.js';
import { COMMAND_TYPES, once, returnSchema } from '../pipeline/schema.js';

/** A mocked-executor patch: task fields that replace the task's own (semantics §15). */
export const taskPatchSchema = once(() =>
  z
    .strictObject({
      command_type: z.enum(COMMAND_TYPES).optional(),
      command: z.string().min(1).optional(),
      returns: z.array(returnSchema()).optional(),
      secrets: z.array(z.string().min(1)).optional(),
      optional_ploomber_args: z.record(z.string(), z.unknown()).optional(),
      stream_end_type: z.string().min(1).optional(),
    })
    .describe('Task fields replacing the patched task\'s own; fields not given are not carried over'),
);

/** runnable's `overrides` of every pipeline executor (per-step executor settings): accepted, no effect here. */
const overridesSchema = () => z.record(z.string(), z.unknown()).optional().describe('runnable: per-step executor overrides (no effect here)');

export const localExecutorSchema = once(() =>
  z.strictObject({
    enable_parallel: z.boolean().default(true).describe('Run parallel/map branches concurrently'),
    max_workers: z.int().min(1).optional().describe('Most tasks running at once; default the number of CPUs'),
    object_serialisation: z.boolean().optional().describe('runnable: keep objects in memory when false (no effect here: every task is its own process, objects are always serialised)'),
    overrides: overridesSchema(),
  }),
);

/** runnable's mocked executor ignores keys it does not know, by design (semantics §15): so do we, with a warning. */
export const mockedExecutorSchema = once(() =>
  z.looseObject({
    patches: z.record(z.string(), taskPatchSchema()).default({}).describe('Patches keyed by step short name (applies in every branch)'),
  }),
);

/** The `emulator` executor: every step in its own process through execute-single-node, as an Argo pod runs it. */
export const emulatorExecutorSchema = once(() =>
  z.strictObject({
    overrides: overridesSchema(),
  }),
);

export const fsRunLogStoreSchema = once(() =>
  z.strictObject({
    log_folder: z.string().min(1).default('.run_log_store').describe('Folder of the run logs'),
    supports_parallel_writes: z.boolean().optional().describe('runnable: a property of the store (no effect here)'),
  }),
);

/**
 * Keys runnable 0.50 accepts that change nothing here, per namespace and type (`*`: every type). The loader
 * accepts them and names them in one warning. Keys the mocked executor does not know are added to these.
 */
export const NO_EFFECT_KEYS: Record<string, Record<string, readonly string[]>> = {
  'pipeline-executor': { local: ['object_serialisation', 'overrides'], mocked: ['overrides'], emulator: ['overrides'] },
  'run-log-store': { '*': ['supports_parallel_writes'] },
  catalog: { 'do-nothing': ['compute_data_folder'] },
};

export const fsCatalogSchema = once(() =>
  z.strictObject({
    catalog_location: z.string().min(1).default('.catalog').describe('Folder of the catalog'),
    compute_data_folder: z.string().min(1).default('.').describe('Folder catalog globs are relative to'),
  }),
);

/**
 * The github-artifacts catalog's options: the one definition, read by the config loader, the editor JSON
 * Schema and the catalog itself (src/catalog/github-artifacts.ts parses with it), so they cannot disagree.
 * Numbers may come as strings from `$VAR` substitution.
 */
export const githubArtifactsCatalogSchema = once(() =>
  z.strictObject({
    compute_data_folder: z.string().min(1).default('.').describe('Folder catalog globs are relative to'),
    retention_days: z.coerce.number().int().min(1).max(400).optional().describe('Days GitHub keeps the artifacts (capped by the repository setting)'),
    compression_level: z.coerce.number().int().min(0).max(9).default(6).describe('zlib compression level of the pack zips (0-9)'),
    pack_max_bytes: z.coerce.number().int().min(1).max(10 * 1024 ** 3).default(64 * 1024 * 1024).describe('Upload a pack when its new bytes reach this'),
    pack_max_files: z.coerce.number().int().min(1).max(1_000_000).default(5000).describe('Upload a pack when it holds this many new files'),
    flush_interval_seconds: z.coerce.number().min(0).max(86_400).default(60).describe('Upload a non-empty pack at most this long after it opened'),
    state_dir: z.string().min(1).optional().describe('Local staging and download cache (default $RUNNER_TEMP/runnable-catalog)'),
  }),
);

export const dotenvSecretsSchema = once(() =>
  z.strictObject({
    location: z.string().min(1).default('.env').describe('Path of the dotenv file'),
  }),
);

const empty = once(() => z.strictObject({}));
const emptyRunLogStore = once(() => z.strictObject({ supports_parallel_writes: z.boolean().optional().describe('runnable: a property of the store (no effect here)') }));
const doNothingCatalog = once(() =>
  z.strictObject({ compute_data_folder: z.string().min(1).optional().describe('runnable: folder catalog globs are relative to (no effect: nothing is copied)') }),
);
const argoSchema = (): z.ZodType => argoExecutorConfigSchema() as z.ZodType;

/**
 * Namespaces of the config file (canonical spelling) and, per namespace, the canonical types with the
 * schema of each one's options (getters: each schema is built when first asked for). The registry (services.ts) resolves names against it, and each service
 * folder's factory table is typed against it (`ServiceFactories`), so a type cannot exist here without a
 * factory, nor a factory without it.
 */
export const SERVICE_TYPES = {
  'pipeline-executor': {
    get local() {
      return localExecutorSchema();
    },
    get mocked() {
      return mockedExecutorSchema();
    },
    get emulator() {
      return emulatorExecutorSchema();
    },
    get argo() {
      return argoSchema();
    },
  },
  'run-log-store': {
    get buffered() {
      return emptyRunLogStore();
    },
    get 'file-system'() {
      return fsRunLogStoreSchema();
    },
    get 'chunked-fs'() {
      return fsRunLogStoreSchema();
    },
  },
  catalog: {
    get 'do-nothing'() {
      return doNothingCatalog();
    },
    get 'file-system'() {
      return fsCatalogSchema();
    },
    get 'github-artifacts'() {
      return githubArtifactsCatalogSchema();
    },
  },
  secrets: {
    get 'do-nothing'() {
      return empty();
    },
    get 'env-secrets'() {
      return empty();
    },
    get dotenv() {
      return dotenvSecretsSchema();
    },
  },
} as const satisfies Record<string, Record<string, z.ZodType>>;

export type ServiceNamespace = keyof typeof SERVICE_TYPES;

/** Other names of a type (runnable's), resolved to the canonical name by the loader and the factories alike. */
export const TYPE_ALIASES: { readonly [NS in ServiceNamespace]?: Readonly<Record<string, keyof (typeof SERVICE_TYPES)[NS]>> } = {
  secrets: { env: 'env-secrets' },
};

/** Plugins runnable has that this project does not implement (for a clearer message). */
export const UPSTREAM_ONLY_TYPES: Record<ServiceNamespace, string[]> = {
  'pipeline-executor': ['local-container'],
  'run-log-store': ['minio', 'chunked-minio'],
  catalog: ['minio', 's3'],
  secrets: [],
};

/** Top-level keys accepted and ignored. */
export const IGNORED_KEYS = ['job-executor', 'pickler'] as const;

/** Top-level keys runnable accepts that have no effect here: accepted, named in one warning. */
export const NO_EFFECT_TOP_KEYS = ['experiment-tracker'] as const;
