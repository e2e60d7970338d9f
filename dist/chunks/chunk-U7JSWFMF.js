import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  external_exports
} from "./chunk-75OWMVIH.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/pipeline/schema.ts
var NODE_TYPES = ["task", "stub", "parallel", "map", "conditional", "loop", "success", "fail"];
var COMMAND_TYPES = ["python", "shell", "notebook", "node", "async-python"];
var RETURN_KINDS = ["json", "metric", "object"];
var ALPHANUMERIC = /^[A-Za-z0-9_]+$/;
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
var nonEmpty = /* @__PURE__ */ __name(() => external_exports.string().min(1), "nonEmpty");
var returnSchema = external_exports.strictObject({
  name: nonEmpty().describe("Name of the returned value (a parameter of the pipeline once returned)"),
  kind: external_exports.enum(RETURN_KINDS).default("json").describe("json (default), metric, or object (pickled; not for shell)")
}).describe("A value the task returns");
var catalogGlob = external_exports.string().refine((g) => g.length > 0 && !g.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(g) && !g.split(/[\\/]/).includes(".."), {
  message: "a catalog glob must be a relative path inside the working directory (no leading '/', no '..')"
});
var catalogSchema = external_exports.strictObject({
  get: external_exports.array(catalogGlob).default([]).describe("Globs to copy from the catalog into the working directory before the task"),
  put: external_exports.array(catalogGlob).default([]).describe("Globs to copy into the catalog after the task"),
  store_copy: external_exports.boolean().default(true).describe("Store a copy (true) or only record the hash (false)")
}).describe("Files moved through the catalog");
var taskFields = {
  command_type: external_exports.enum(COMMAND_TYPES).default("python").describe("How `command` runs; default python"),
  command: nonEmpty().describe(
    "python/async-python: dotted path pkg.module.function; shell: script; notebook: path to an .ipynb; node: path/to/module.js:exportName"
  ),
  returns: external_exports.array(returnSchema).default([]).describe("Values the task returns, as {name, kind} mappings"),
  secrets: external_exports.array(nonEmpty()).default([]).describe("Secret names exposed to the task as environment variables"),
  optional_ploomber_args: external_exports.record(external_exports.string(), external_exports.unknown()).optional().describe("notebook only: extra arguments for the notebook engine"),
  stream_end_type: nonEmpty().optional().describe('async-python only: event type carrying the return values; default "done"')
};
var nodeCommon = {
  next: nonEmpty().describe("The step that runs after this one (success / fail for the terminals)"),
  on_failure: nonEmpty().optional().describe("The step to go to when this one fails; default the graph's fail"),
  overrides: external_exports.record(external_exports.string(), external_exports.string()).optional().describe("{<executor type>: <key into that executor config.overrides>}")
};
var taskNodeSchema = external_exports.strictObject({
  type: external_exports.literal("task"),
  ...taskFields,
  catalog: catalogSchema.optional(),
  max_attempts: external_exports.int().min(1).default(1).describe("Attempts before the step fails (honoured, unlike runnable)"),
  timeout_seconds: external_exports.number().positive().optional().describe("Per-attempt timeout in seconds"),
  ...nodeCommon
}).describe("A task: runs a python function, shell script, notebook or node module");
var stubNodeSchema = external_exports.looseObject({ type: external_exports.literal("stub"), ...nodeCommon }).describe("A no-op that always succeeds; extra keys are accepted and ignored");
var successNodeSchema = external_exports.strictObject({ type: external_exports.literal("success") }).describe("Terminal success node (added automatically)");
var failNodeSchema = external_exports.strictObject({ type: external_exports.literal("fail") }).describe("Terminal fail node (added automatically)");
function refineNonEmpty(s, what) {
  return s.refine((r) => Object.keys(r).length > 0, { message: `expected at least one ${what}` });
}
__name(refineNonEmpty, "refineNonEmpty");
function compositeSchemas(graph) {
  const parallel = external_exports.strictObject({
    type: external_exports.literal("parallel"),
    get branches() {
      return refineNonEmpty(external_exports.record(external_exports.string(), graph()), "branch").describe("Branches run in parallel, each a graph");
    },
    ...nodeCommon
  }).describe("Runs every branch");
  const map = external_exports.strictObject({
    type: external_exports.literal("map"),
    iterate_on: nonEmpty().describe("Name of a list parameter"),
    iterate_as: external_exports.string().regex(IDENTIFIER, "must be an identifier (letters, digits, underscores; not starting with a digit)").describe("Name each item reaches the branch under"),
    reducer: nonEmpty().optional().describe("Python lambda source or dotted path reducing each returned name over items"),
    get branch() {
      return graph();
    },
    ...nodeCommon
  }).describe("Runs the branch once per item of a list parameter");
  const conditional = external_exports.strictObject({
    type: external_exports.literal("conditional"),
    parameter: external_exports.string().regex(ALPHANUMERIC, "must be alphanumeric (letters, digits, underscores)").describe("Parameter whose value picks the branch"),
    get branches() {
      return refineNonEmpty(external_exports.record(external_exports.string(), graph()), "branch").describe("Branches keyed by the value that selects them");
    },
    get default() {
      return graph().optional().describe("Runs when no branch key matches");
    },
    ...nodeCommon
  }).describe("Runs the branch whose key matches the parameter");
  const loop = external_exports.strictObject({
    type: external_exports.literal("loop"),
    get branch() {
      return graph();
    },
    max_iterations: external_exports.int().min(1).describe("Safety limit on iterations"),
    break_on: nonEmpty().describe("Boolean parameter; the loop exits when it is true"),
    index_as: external_exports.string().regex(IDENTIFIER, "must be an identifier (letters, digits, underscores; not starting with a digit)").describe("Name of the 0-based iteration index"),
    ...nodeCommon
  }).describe("Runs the branch repeatedly until break_on is true or max_iterations");
  return { parallel, map, conditional, loop };
}
__name(compositeSchemas, "compositeSchemas");
var shallowGraphSchema = external_exports.strictObject({
  start_at: nonEmpty(),
  description: external_exports.string().optional(),
  steps: external_exports.record(external_exports.string(), external_exports.unknown())
});
var shallowComposites = compositeSchemas(() => external_exports.unknown());
var nodeSchemas = {
  task: taskNodeSchema,
  stub: stubNodeSchema,
  success: successNodeSchema,
  fail: failNodeSchema,
  ...shallowComposites
};

export {
  NODE_TYPES,
  COMMAND_TYPES,
  ALPHANUMERIC,
  IDENTIFIER,
  returnSchema,
  shallowGraphSchema,
  nodeSchemas
};
