import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  argoExecutorConfigSchema
} from "./chunk-CBHI4BMY.js";
import {
  COMMAND_TYPES,
  _default,
  _enum,
  _gte,
  _lte,
  array,
  boolean,
  coerce_exports,
  describe,
  int,
  looseObject,
  nonEmpty,
  once,
  optional,
  record,
  returnSchema,
  strictObject,
  string,
  unknown
} from "./chunk-IF2IPD7H.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/config/schema.ts
var taskPatchSchema = once(
  () => describe(
    strictObject({
      command_type: optional(_enum(COMMAND_TYPES)),
      command: optional(nonEmpty()),
      returns: optional(array(returnSchema())),
      secrets: optional(array(nonEmpty())),
      optional_ploomber_args: optional(record(string(), unknown())),
      stream_end_type: optional(nonEmpty())
    }),
    "Task fields replacing the patched task's own; fields not given are not carried over"
  )
);
var overridesSchema = /* @__PURE__ */ __name(() => describe(optional(record(string(), unknown())), "runnable: per-step executor overrides (no effect here)"), "overridesSchema");
var localExecutorSchema = once(
  () => strictObject({
    enable_parallel: describe(_default(boolean(), true), "Run parallel/map branches concurrently"),
    max_workers: describe(optional(int().check(_gte(1))), "Most tasks running at once; default the number of CPUs"),
    object_serialisation: describe(optional(boolean()), "runnable: keep objects in memory when false (no effect here: every task is its own process, objects are always serialised)"),
    overrides: overridesSchema()
  })
);
var mockedExecutorSchema = once(
  () => looseObject({
    patches: describe(_default(record(string(), taskPatchSchema()), {}), "Patches keyed by step short name (applies in every branch)")
  })
);
var emulatorExecutorSchema = once(
  () => strictObject({
    overrides: overridesSchema()
  })
);
var supportsParallelWrites = /* @__PURE__ */ __name(() => describe(optional(boolean()), "runnable: a property of the store (no effect here)"), "supportsParallelWrites");
var fsRunLogStoreSchema = once(
  () => strictObject({
    log_folder: describe(_default(nonEmpty(), ".run_log_store"), "Folder of the run logs"),
    supports_parallel_writes: supportsParallelWrites()
  })
);
var NO_EFFECT_KEYS = {
  "pipeline-executor": { local: ["object_serialisation", "overrides"], mocked: ["overrides"], emulator: ["overrides"] },
  "run-log-store": { "*": ["supports_parallel_writes"] },
  catalog: { "do-nothing": ["compute_data_folder"] }
};
var computeDataFolder = /* @__PURE__ */ __name(() => describe(_default(nonEmpty(), "."), "Folder catalog globs are relative to"), "computeDataFolder");
var fsCatalogSchema = once(
  () => strictObject({
    catalog_location: describe(_default(nonEmpty(), ".catalog"), "Folder of the catalog"),
    compute_data_folder: computeDataFolder()
  })
);
var coercedInt = /* @__PURE__ */ __name((min, max) => coerce_exports.number().check(int(), _gte(min), _lte(max)), "coercedInt");
var githubArtifactsCatalogSchema = once(
  () => strictObject({
    compute_data_folder: computeDataFolder(),
    retention_days: describe(optional(coercedInt(1, 400)), "Days GitHub keeps the artifacts (capped by the repository setting)"),
    compression_level: describe(_default(coercedInt(0, 9), 6), "zlib compression level of the pack zips (0-9)"),
    pack_max_bytes: describe(_default(coercedInt(1, 10 * 1024 ** 3), 64 * 1024 * 1024), "Upload a pack when its new bytes reach this"),
    pack_max_files: describe(_default(coercedInt(1, 1e6), 5e3), "Upload a pack when it holds this many new files"),
    flush_interval_seconds: describe(_default(coerce_exports.number().check(_gte(0), _lte(86400)), 60), "Upload a non-empty pack at most this long after it opened"),
    state_dir: describe(optional(nonEmpty()), "Local staging and download cache (default $RUNNER_TEMP/runnable-catalog)")
  })
);
var dotenvSecretsSchema = once(
  () => strictObject({
    location: describe(_default(nonEmpty(), ".env"), "Path of the dotenv file")
  })
);
var empty = once(() => strictObject({}));
var emptyRunLogStore = once(() => strictObject({ supports_parallel_writes: supportsParallelWrites() }));
var doNothingCatalog = once(
  () => strictObject({ compute_data_folder: describe(optional(nonEmpty()), "runnable: folder catalog globs are relative to (no effect: nothing is copied)") })
);
var argoSchema = /* @__PURE__ */ __name(() => argoExecutorConfigSchema(), "argoSchema");
var SERVICE_TYPES = {
  "pipeline-executor": {
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
    }
  },
  "run-log-store": {
    get buffered() {
      return emptyRunLogStore();
    },
    get "file-system"() {
      return fsRunLogStoreSchema();
    },
    get "chunked-fs"() {
      return fsRunLogStoreSchema();
    }
  },
  catalog: {
    get "do-nothing"() {
      return doNothingCatalog();
    },
    get "file-system"() {
      return fsCatalogSchema();
    },
    get "github-artifacts"() {
      return githubArtifactsCatalogSchema();
    }
  },
  secrets: {
    get "do-nothing"() {
      return empty();
    },
    get "env-secrets"() {
      return empty();
    },
    get dotenv() {
      return dotenvSecretsSchema();
    }
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
