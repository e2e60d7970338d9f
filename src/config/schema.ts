/**
 * zod schemas of the configuration file's services (runnable semantics §6), one per service type, strict
 * (unknown keys are errors). Defaults are filled by the schemas, except `max_workers` (CPU count, filled
 * by the loader).
 */
import * as z from 'zod/mini';
import { argoExecutorConfigSchema } from './argo.js';
import { COMMAND_TYPES, describe, nonEmpty, once, returnSchema } from '../pipeline/schema.js';

/** A mocked-executor patch: task fields that replace the task's own (semantics §15). */
export const taskPatchSchema = once(() =>
  describe(
    z.strictObject({
      command_type: z.optional(z.enum(COMMAND_TYPES)),
      command: z.optional(nonEmpty()),
      returns: z.optional(z.array(returnSchema())),
      secrets: z.optional(z.array(nonEmpty())),
      optional_ploomber_args: z.optional(z.record(z.string(), z.unknown())),
      stream_end_type: z.optional(nonEmpty()),
    }),
    'Task fields replacing the patched task\'s own; fields not given are not carried over',
  ),
);

/** runnable's `overrides` of every pipeline executor (per-step executor settings): accepted, no effect here. */
const overridesSchema = () => describe(z.optional(z.record(z.string(), z.unknown())), 'runnable: per-step executor overrides (no effect here)');

export const localExecutorSchema = once(() =>
  z.strictObject({
    enable_parallel: describe(z._default(z.boolean(), true), 'Run parallel/map branches concurrently'),
    max_workers: describe(z.optional(z.int().check(z.gte(1))), 'Most tasks running at once; default the number of CPUs'),
    object_serialisation: describe(z.optional(z.boolean()), 'runnable: keep objects in memory when false (no effect here: every task is its own process, objects are always serialised)'),
    overrides: overridesSchema(),
  }),
);

/** runnable's mocked executor ignores keys it does not know, by design (semantics §15): so do we, with a warning. */
export const mockedExecutorSchema = once(() =>
  z.looseObject({
    patches: describe(z._default(z.record(z.string(), taskPatchSchema()), {}), 'Patches keyed by step short name (applies in every branch)'),
  }),
);

/** The `emulator` executor: every step in its own process through execute-single-node, as an Argo pod runs it. */
export const emulatorExecutorSchema = once(() =>
  z.strictObject({
    overrides: overridesSchema(),
  }),
);

const supportsParallelWrites = () => describe(z.optional(z.boolean()), 'runnable: a property of the store (no effect here)');

export const fsRunLogStoreSchema = once(() =>
  z.strictObject({
    log_folder: describe(z._default(nonEmpty(), '.run_log_store'), 'Folder of the run logs'),
    supports_parallel_writes: supportsParallelWrites(),
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

const computeDataFolder = () => describe(z._default(nonEmpty(), '.'), 'Folder catalog globs are relative to');

export const fsCatalogSchema = once(() =>
  z.strictObject({
    catalog_location: describe(z._default(nonEmpty(), '.catalog'), 'Folder of the catalog'),
    compute_data_folder: computeDataFolder(),
  }),
);

/** An integer within [min, max] (written as a number, or a string from `$VAR` substitution). */
const coercedInt = (min: number, max: number) => z.coerce.number().check(z.int(), z.gte(min), z.lte(max));

/**
 * The github-artifacts catalog's options: the one definition, read by the config loader, the editor JSON
 * Schema and the catalog itself (src/catalog/github-artifacts.ts parses with it), so they cannot disagree.
 * Numbers may come as strings from `$VAR` substitution.
 */
export const githubArtifactsCatalogSchema = once(() =>
  z.strictObject({
    compute_data_folder: computeDataFolder(),
    retention_days: describe(z.optional(coercedInt(1, 400)), 'Days GitHub keeps the artifacts (capped by the repository setting)'),
    compression_level: describe(z._default(coercedInt(0, 9), 6), 'zlib compression level of the pack zips (0-9)'),
    pack_max_bytes: describe(z._default(coercedInt(1, 10 * 1024 ** 3), 64 * 1024 * 1024), 'Upload a pack when its new bytes reach this'),
    pack_max_files: describe(z._default(coercedInt(1, 1_000_000), 5000), 'Upload a pack when it holds this many new files'),
    flush_interval_seconds: describe(z._default(z.coerce.number().check(z.gte(0), z.lte(86_400)), 60), 'Upload a non-empty pack at most this long after it opened'),
    state_dir: describe(z.optional(nonEmpty()), 'Local staging and download cache (default $RUNNER_TEMP/runnable-catalog)'),
  }),
);

export const dotenvSecretsSchema = once(() =>
  z.strictObject({
    location: describe(z._default(nonEmpty(), '.env'), 'Path of the dotenv file'),
  }),
);

const empty = once(() => z.strictObject({}));
const emptyRunLogStore = once(() => z.strictObject({ supports_parallel_writes: supportsParallelWrites() }));
const doNothingCatalog = once(() =>
  z.strictObject({ compute_data_folder: describe(z.optional(nonEmpty()), 'runnable: folder catalog globs are relative to (no effect: nothing is copied)') }),
);
const argoSchema = (): z.ZodMiniType => argoExecutorConfigSchema() as z.ZodMiniType;

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
} as const satisfies Record<string, Record<string, z.ZodMiniType>>;

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
