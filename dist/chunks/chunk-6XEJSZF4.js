import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  COMMAND_TYPES,
  returnSchema
} from "./chunk-U7JSWFMF.js";
import {
  argoExecutorConfigSchema
} from "./chunk-3OAK2VX7.js";
import {
  external_exports
} from "./chunk-75OWMVIH.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/config/schema.ts
var taskPatchSchema = external_exports.strictObject({
  command_type: external_exports.enum(COMMAND_TYPES).optional(),
  command: external_exports.string().min(1).optional(),
  returns: external_exports.array(returnSchema).optional(),
  secrets: external_exports.array(external_exports.string().min(1)).optional(),
  optional_ploomber_args: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
  stream_end_type: external_exports.string().min(1).optional()
}).describe("Task fields replacing the patched task's own; fields not given are not carried over");
var overridesSchema = external_exports.record(external_exports.string(), external_exports.unknown()).optional().describe("runnable: per-step executor overrides (no effect here)");
var localExecutorSchema = external_exports.strictObject({
  enable_parallel: external_exports.boolean().default(true).describe("Run parallel/map branches concurrently"),
  max_workers: external_exports.int().min(1).optional().describe("Most tasks running at once; default the number of CPUs"),
  object_serialisation: external_exports.boolean().optional().describe("runnable: keep objects in memory when false (no effect here: every task is its own process, objects are always serialised)"),
  overrides: overridesSchema
});
var mockedExecutorSchema = external_exports.looseObject({
  patches: external_exports.record(external_exports.string(), taskPatchSchema).default({}).describe("Patches keyed by step short name (applies in every branch)")
});
var emulatorExecutorSchema = external_exports.strictObject({
  overrides: overridesSchema
});
var fsRunLogStoreSchema = external_exports.strictObject({
  log_folder: external_exports.string().min(1).default(".run_log_store").describe("Folder of the run logs"),
  supports_parallel_writes: external_exports.boolean().optional().describe("runnable: a property of the store (no effect here)")
});
var NO_EFFECT_KEYS = {
  "pipeline-executor": { local: ["object_serialisation", "overrides"], mocked: ["overrides"], emulator: ["overrides"] },
  "run-log-store": { "*": ["supports_parallel_writes"] },
  catalog: { "do-nothing": ["compute_data_folder"] }
};
var fsCatalogSchema = external_exports.strictObject({
  catalog_location: external_exports.string().min(1).default(".catalog").describe("Folder of the catalog"),
  compute_data_folder: external_exports.string().min(1).default(".").describe("Folder catalog globs are relative to")
});
var githubArtifactsCatalogSchema = external_exports.strictObject({
  compute_data_folder: external_exports.string().min(1).default(".").describe("Folder catalog globs are relative to"),
  retention_days: external_exports.coerce.number().int().min(1).max(400).optional().describe("Days GitHub keeps the artifacts (capped by the repository setting)"),
  compression_level: external_exports.coerce.number().int().min(0).max(9).default(6).describe("zlib compression level of the pack zips (0-9)"),
  pack_max_bytes: external_exports.coerce.number().int().min(1).max(10 * 1024 ** 3).default(64 * 1024 * 1024).describe("Upload a pack when its new bytes reach this"),
  pack_max_files: external_exports.coerce.number().int().min(1).max(1e6).default(5e3).describe("Upload a pack when it holds this many new files"),
  flush_interval_seconds: external_exports.coerce.number().min(0).max(86400).default(60).describe("Upload a non-empty pack at most this long after it opened"),
  state_dir: external_exports.string().min(1).optional().describe("Local staging and download cache (default $RUNNER_TEMP/runnable-catalog)")
});
var dotenvSecretsSchema = external_exports.strictObject({
  location: external_exports.string().min(1).default(".env").describe("Path of the dotenv file")
});
var empty = /* @__PURE__ */ __name(() => external_exports.strictObject({}), "empty");
var emptyRunLogStore = /* @__PURE__ */ __name(() => external_exports.strictObject({ supports_parallel_writes: external_exports.boolean().optional().describe("runnable: a property of the store (no effect here)") }), "emptyRunLogStore");
var SERVICE_TYPES = {
  "pipeline-executor": {
    local: localExecutorSchema,
    mocked: mockedExecutorSchema,
    emulator: emulatorExecutorSchema,
    argo: argoExecutorConfigSchema
  },
  "run-log-store": {
    buffered: emptyRunLogStore(),
    "file-system": fsRunLogStoreSchema,
    "chunked-fs": fsRunLogStoreSchema
  },
  catalog: {
    "do-nothing": external_exports.strictObject({ compute_data_folder: external_exports.string().min(1).optional().describe("runnable: folder catalog globs are relative to (no effect: nothing is copied)") }),
    "file-system": fsCatalogSchema,
    "github-artifacts": githubArtifactsCatalogSchema
  },
  secrets: {
    "do-nothing": empty(),
    "env-secrets": empty(),
    dotenv: dotenvSecretsSchema
  }
};
var TYPE_ALIASES = {
  secrets: { env: "env-secrets" }
};
var UPSTREAM_ONLY_TYPES = {
  "pipeline-executor": ["local-container"],
  "run-log-store": ["minio", "chunked-minio"],
  catalog: ["minio", "s3"],
  secrets: []
};
var IGNORED_KEYS = ["job-executor", "pickler"];
var NO_EFFECT_TOP_KEYS = ["experiment-tracker"];

export {
  NO_EFFECT_KEYS,
  githubArtifactsCatalogSchema,
  SERVICE_TYPES,
  TYPE_ALIASES,
  UPSTREAM_ONLY_TYPES,
  IGNORED_KEYS,
  NO_EFFECT_TOP_KEYS
};
