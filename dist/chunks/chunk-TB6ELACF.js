import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  _default,
  _enum,
  _gte,
  _minLength,
  _positive,
  _regex,
  array,
  boolean,
  globalRegistry,
  int,
  literal,
  looseObject,
  number,
  optional,
  record,
  refine,
  strictObject,
  string,
  unknown
} from "./chunk-EYBPC3VO.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/pipeline/schema.ts
var NODE_TYPES = ["task", "stub", "parallel", "map", "conditional", "loop", "success", "fail"];
var COMMAND_TYPES = ["python", "shell", "notebook", "node", "async-python"];
var RETURN_KINDS = ["json", "metric", "object"];
var ALPHANUMERIC = /^[A-Za-z0-9_]+$/;
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
var nonEmpty = /* @__PURE__ */ __name(() => string().check(_minLength(1)), "nonEmpty");
function describe(s, description) {
  globalRegistry.add(s, { description });
  return s;
}
__name(describe, "describe");
function once(make) {
  let v;
  return () => v ??= make();
}
__name(once, "once");
var returnSchema = once(
  () => describe(
    strictObject({
      name: describe(nonEmpty(), "Name of the returned value (a parameter of the pipeline once returned)"),
      kind: describe(_default(_enum(RETURN_KINDS), "json"), "json (default), metric, or object (pickled; not for shell)")
    }),
    "A value the task returns"
  )
);
var catalogGlob = once(
  () => string().check(
    refine((g) => g.length > 0 && !g.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(g) && !g.split(/[\\/]/).includes(".."), {
      message: "a catalog glob must be a relative path inside the working directory (no leading '/', no '..')"
    })
  )
);
var catalogSchema = once(
  () => describe(
    strictObject({
      get: describe(_default(array(catalogGlob()), []), "Globs to copy from the catalog into the working directory before the task"),
      put: describe(_default(array(catalogGlob()), []), "Globs to copy into the catalog after the task"),
      store_copy: describe(_default(boolean(), true), "Store a copy (true) or only record the hash (false)")
    }),
    "Files moved through the catalog"
  )
);
var taskFields = /* @__PURE__ */ __name(() => ({
  command_type: describe(_default(_enum(COMMAND_TYPES), "python"), "How `command` runs; default python"),
  command: describe(
    nonEmpty(),
    "python/async-python: dotted path pkg.module.function; shell: script; notebook: path to an .ipynb; node: path/to/module.js:exportName"
  ),
  returns: describe(_default(array(returnSchema()), []), "Values the task returns, as {name, kind} mappings"),
  secrets: describe(_default(array(nonEmpty()), []), "Secret names exposed to the task as environment variables"),
  optional_ploomber_args: describe(optional(record(string(), unknown())), "notebook only: extra arguments for the notebook engine"),
  stream_end_type: describe(optional(nonEmpty()), 'async-python only: event type carrying the return values; default "done"')
}), "taskFields");
var nodeCommon = /* @__PURE__ */ __name(() => ({
  next: describe(nonEmpty(), "The step that runs after this one (success / fail for the terminals)"),
  on_failure: describe(optional(nonEmpty()), "The step to go to when this one fails; default the graph's fail"),
  overrides: describe(optional(record(string(), string())), "{<executor type>: <key into that executor config.overrides>}")
}), "nodeCommon");
var taskNodeSchema = once(
  () => describe(
    strictObject({
      type: literal("task"),
      ...taskFields(),
      catalog: optional(catalogSchema()),
      max_attempts: describe(_default(int().check(_gte(1)), 1), "Attempts before the step fails (honoured, unlike runnable)"),
      timeout_seconds: describe(optional(number().check(_positive())), "Per-attempt timeout in seconds"),
      ...nodeCommon()
    }),
    "A task: runs a python function, shell script, notebook or node module"
  )
);
var stubNodeSchema = once(
  () => describe(looseObject({ type: literal("stub"), ...nodeCommon() }), "A no-op that always succeeds; extra keys are accepted and ignored")
);
var successNodeSchema = once(() => describe(strictObject({ type: literal("success") }), "Terminal success node (added automatically)"));
var failNodeSchema = once(() => describe(strictObject({ type: literal("fail") }), "Terminal fail node (added automatically)"));
function refineNonEmpty(s, what) {
  return s.check(refine((r) => Object.keys(r).length > 0, { message: `expected at least one ${what}` }));
}
__name(refineNonEmpty, "refineNonEmpty");
var IDENTIFIER_MESSAGE = "must be an identifier (letters, digits, underscores; not starting with a digit)";
function compositeSchemas(graph) {
  const parallel = describe(
    strictObject({
      type: literal("parallel"),
      get branches() {
        return describe(refineNonEmpty(record(string(), graph()), "branch"), "Branches run in parallel, each a graph");
      },
      ...nodeCommon()
    }),
    "Runs every branch"
  );
  const map = describe(
    strictObject({
      type: literal("map"),
      iterate_on: describe(nonEmpty(), "Name of a list parameter"),
      iterate_as: describe(string().check(_regex(IDENTIFIER, IDENTIFIER_MESSAGE)), "Name each item reaches the branch under"),
      reducer: describe(optional(nonEmpty()), "Python lambda source or dotted path reducing each returned name over items"),
      get branch() {
        return graph();
      },
      ...nodeCommon()
    }),
    "Runs the branch once per item of a list parameter"
  );
  const conditional = describe(
    strictObject({
      type: literal("conditional"),
      parameter: describe(string().check(_regex(ALPHANUMERIC, "must be alphanumeric (letters, digits, underscores)")), "Parameter whose value picks the branch"),
      get branches() {
        return describe(refineNonEmpty(record(string(), graph()), "branch"), "Branches keyed by the value that selects them");
      },
      get default() {
        return describe(optional(graph()), "Runs when no branch key matches");
      },
      ...nodeCommon()
    }),
    "Runs the branch whose key matches the parameter"
  );
  const loop = describe(
    strictObject({
      type: literal("loop"),
      get branch() {
        return graph();
      },
      max_iterations: describe(int().check(_gte(1)), "Safety limit on iterations"),
      break_on: describe(nonEmpty(), "Boolean parameter; the loop exits when it is true"),
      index_as: describe(string().check(_regex(IDENTIFIER, IDENTIFIER_MESSAGE)), "Name of the 0-based iteration index"),
      ...nodeCommon()
    }),
    "Runs the branch repeatedly until break_on is true or max_iterations"
  );
  return { parallel, map, conditional, loop };
}
__name(compositeSchemas, "compositeSchemas");
var shallowGraphSchema = once(
  () => strictObject({
    start_at: nonEmpty(),
    description: optional(string()),
    steps: record(string(), unknown())
  })
);
var shallowComposites = once(() => compositeSchemas(() => unknown()));
var nodeSchemas = {
  get task() {
    return taskNodeSchema();
  },
  get stub() {
    return stubNodeSchema();
  },
  get success() {
    return successNodeSchema();
  },
  get fail() {
    return failNodeSchema();
  },
  get parallel() {
    return shallowComposites().parallel;
  },
  get map() {
    return shallowComposites().map;
  },
  get conditional() {
    return shallowComposites().conditional;
  },
  get loop() {
    return shallowComposites().loop;
  }
};

export {
  NODE_TYPES,
  COMMAND_TYPES,
  ALPHANUMERIC,
  IDENTIFIER,
  nonEmpty,
  describe,
  once,
  returnSchema,
  shallowGraphSchema,
  nodeSchemas
};
