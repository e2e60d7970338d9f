/**
 * zod schemas of the pipeline YAML (runnable semantics §3), one per node type. The same definitions give
 * the validation (with shallow branches: the parser recurses into graphs itself, to build internal names
 * and positions) and the editor JSON Schema (deep, recursive; see json-schema.ts).
 */
import * as z from 'zod/mini';
import './zod-locale.js';

export const NODE_TYPES = ['task', 'stub', 'parallel', 'map', 'conditional', 'loop', 'success', 'fail'] as const;
export const COMMAND_TYPES = ['python', 'shell', 'notebook', 'node', 'async-python'] as const;
export const RETURN_KINDS = ['json', 'metric', 'object'] as const;

/** Conditional parameter names and branch keys (runnable's SDK enforces it; semantics §3.9). */
export const ALPHANUMERIC = /^[A-Za-z0-9_]+$/;
/** Names injected as variables into tasks: map `iterate_as`, loop `index_as`. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A non-empty string (`must not be empty`). */
export const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * A description for the editor JSON Schema (what `.describe()` does in zod's classic API). Registered on
 * the schema itself: every schema described here is built for it, so no copy is needed.
 */
export function describe<T extends z.ZodMiniType>(s: T, description: string): T {
  z.globalRegistry.add(s, { description });
  return s;
}

/**
 * A schema built on first use. zod builds each schema eagerly and not cheaply (≈ 0.1 ms an instance): built at
 * import, the schemas of every node type cost each CLI start ≈ 20 ms, though a run parses only the types its
 * pipeline has.
 */
export function once<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}

export const returnSchema = once(() =>
  describe(
    z.strictObject({
      name: describe(nonEmpty(), 'Name of the returned value (a parameter of the pipeline once returned)'),
      kind: describe(z._default(z.enum(RETURN_KINDS), 'json'), 'json (default), metric, or object (pickled; not for shell)'),
    }),
    'A value the task returns',
  ),
);

/** A catalog glob: relative, and never climbing out of the working directory (checked again at run time). */
const catalogGlob = once(() =>
  z.string().check(
    z.refine((g) => g.length > 0 && !g.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(g) && !g.split(/[\\/]/).includes('..'), {
      message: "a catalog glob must be a relative path inside the working directory (no leading '/', no '..')",
    }),
  ),
);

export const catalogSchema = once(() =>
  describe(
    z.strictObject({
      get: describe(z._default(z.array(catalogGlob()), []), 'Globs to copy from the catalog into the working directory before the task'),
      put: describe(z._default(z.array(catalogGlob()), []), 'Globs to copy into the catalog after the task'),
      store_copy: describe(z._default(z.boolean(), true), 'Store a copy (true) or only record the hash (false)'),
    }),
    'Files moved through the catalog',
  ),
);

/** The fields of a task that belong to the task itself (what a mocked patch may replace). */
const taskFields = () => ({
  command_type: describe(z._default(z.enum(COMMAND_TYPES), 'python'), 'How `command` runs; default python'),
  command: describe(
    nonEmpty(),
    'python/async-python: dotted path pkg.module.function; shell: script; notebook: path to an .ipynb; node: path/to/module.js:exportName',
  ),
  returns: describe(z._default(z.array(returnSchema()), []), 'Values the task returns, as {name, kind} mappings'),
  secrets: describe(z._default(z.array(nonEmpty()), []), 'Secret names exposed to the task as environment variables'),
  optional_ploomber_args: describe(z.optional(z.record(z.string(), z.unknown())), 'notebook only: extra arguments for the notebook engine'),
  stream_end_type: describe(z.optional(nonEmpty()), 'async-python only: event type carrying the return values; default "done"'),
});

const nodeCommon = () => ({
  next: describe(nonEmpty(), 'The step that runs after this one (success / fail for the terminals)'),
  on_failure: describe(z.optional(nonEmpty()), "The step to go to when this one fails; default the graph's fail"),
  overrides: describe(z.optional(z.record(z.string(), z.string())), '{<executor type>: <key into that executor config.overrides>}'),
});

export const taskNodeSchema = once(() =>
  describe(
    z.strictObject({
      type: z.literal('task'),
      ...taskFields(),
      catalog: z.optional(catalogSchema()),
      max_attempts: describe(z._default(z.int().check(z.gte(1)), 1), 'Attempts before the step fails (honoured, unlike runnable)'),
      timeout_seconds: describe(z.optional(z.number().check(z.positive())), 'Per-attempt timeout in seconds'),
      ...nodeCommon(),
    }),
    'A task: runs a python function, shell script, notebook or node module',
  ),
);

export const stubNodeSchema = once(() =>
  describe(z.looseObject({ type: z.literal('stub'), ...nodeCommon() }), 'A no-op that always succeeds; extra keys are accepted and ignored'),
);

export const successNodeSchema = once(() => describe(z.strictObject({ type: z.literal('success') }), 'Terminal success node (added automatically)'));
export const failNodeSchema = once(() => describe(z.strictObject({ type: z.literal('fail') }), 'Terminal fail node (added automatically)'));

function refineNonEmpty<T extends z.ZodMiniType<Record<string, unknown>>>(s: T, what: string): T {
  return s.check(z.refine((r) => Object.keys(r).length > 0, { message: `expected at least one ${what}` }));
}

const IDENTIFIER_MESSAGE = 'must be an identifier (letters, digits, underscores; not starting with a digit)';

/** Schemas of the composite nodes, given the schema used for their graphs. */
export function compositeSchemas(graph: () => z.ZodMiniType) {
  const parallel = describe(
    z.strictObject({
      type: z.literal('parallel'),
      get branches() {
        return describe(refineNonEmpty(z.record(z.string(), graph()), 'branch'), 'Branches run in parallel, each a graph');
      },
      ...nodeCommon(),
    }),
    'Runs every branch',
  );
  const map = describe(
    z.strictObject({
      type: z.literal('map'),
      iterate_on: describe(nonEmpty(), 'Name of a list parameter'),
      iterate_as: describe(z.string().check(z.regex(IDENTIFIER, IDENTIFIER_MESSAGE)), 'Name each item reaches the branch under'),
      reducer: describe(z.optional(nonEmpty()), 'Python lambda source or dotted path reducing each returned name over items'),
      get branch() {
        return graph();
      },
      ...nodeCommon(),
    }),
    'Runs the branch once per item of a list parameter',
  );
  const conditional = describe(
    z.strictObject({
      type: z.literal('conditional'),
      parameter: describe(z.string().check(z.regex(ALPHANUMERIC, 'must be alphanumeric (letters, digits, underscores)')), 'Parameter whose value picks the branch'),
      get branches() {
        return describe(refineNonEmpty(z.record(z.string(), graph()), 'branch'), 'Branches keyed by the value that selects them');
      },
      get default() {
        return describe(z.optional(graph()), 'Runs when no branch key matches');
      },
      ...nodeCommon(),
    }),
    'Runs the branch whose key matches the parameter',
  );
  const loop = describe(
    z.strictObject({
      type: z.literal('loop'),
      get branch() {
        return graph();
      },
      max_iterations: describe(z.int().check(z.gte(1)), 'Safety limit on iterations'),
      break_on: describe(nonEmpty(), 'Boolean parameter; the loop exits when it is true'),
      index_as: describe(z.string().check(z.regex(IDENTIFIER, IDENTIFIER_MESSAGE)), 'Name of the 0-based iteration index'),
      ...nodeCommon(),
    }),
    'Runs the branch repeatedly until break_on is true or max_iterations',
  );
  return { parallel, map, conditional, loop };
}

/** A graph with its steps left unchecked (the parser validates steps one by one). */
export const shallowGraphSchema = once(() =>
  z.strictObject({
    start_at: nonEmpty(),
    description: z.optional(z.string()),
    steps: z.record(z.string(), z.unknown()),
  }),
);

const shallowComposites = once(() => compositeSchemas(() => z.unknown()));

/** The per-type schemas the parser validates each step with (branches unchecked: parsed recursively); built when first asked for. */
export const nodeSchemas = {
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
  },
};

/**
 * The full, recursive schema of a pipeline file, for the editor JSON Schema only (the parser validates one
 * step at a time with `nodeSchemas`). Built on first use: every CLI start would otherwise pay for it.
 */
let deepSchema: z.ZodMiniType | undefined;

export function pipelineFileSchema(): z.ZodMiniType {
  if (deepSchema) return deepSchema;
  const graphSchema: z.ZodMiniType = z
    .strictObject({
      start_at: describe(nonEmpty(), 'The first step'),
      description: z.optional(z.string()),
      get steps() {
        return describe(z.record(z.string(), stepSchema), 'Steps keyed by name (no "." or "%")');
      },
    })
    .register(z.globalRegistry, { id: 'graph', description: 'A graph: the dag or a branch' });
  const deepComposites = compositeSchemas(() => graphSchema);
  const stepSchema = z.discriminatedUnion('type', [
    taskNodeSchema(),
    stubNodeSchema(),
    deepComposites.parallel,
    deepComposites.map,
    deepComposites.conditional,
    deepComposites.loop,
    successNodeSchema(),
    failNodeSchema(),
  ]);
  /** A pipeline file: `dag:` plus any other top-level keys (ignored; people park YAML anchors there). */
  deepSchema = describe(z.looseObject({ dag: graphSchema }), 'A runnable pipeline definition');
  return deepSchema;
}
