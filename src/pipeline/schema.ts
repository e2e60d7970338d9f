/**
 * zod schemas of the pipeline YAML (runnable semantics §3), one per node type. The same definitions give
 * the validation (with shallow branches: the parser recurses into graphs itself, to build internal names
 * and positions) and the editor JSON Schema (deep, recursive; see json-schema.ts).
 */
import * as z from 'zod';

export const NODE_TYPES = ['task', 'stub', 'parallel', 'map', 'conditional', 'loop', 'success', 'fail'] as const;
export const COMMAND_TYPES = ['python', 'shell', 'notebook', 'node', 'async-python'] as const;
export const RETURN_KINDS = ['json', 'metric', 'object'] as const;

/** Conditional parameter names and branch keys (runnable's SDK enforces it; semantics §3.9). */
export const ALPHANUMERIC = /^[A-Za-z0-9_]+$/;
/** Names injected as variables into tasks: map `iterate_as`, loop `index_as`. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const nonEmpty = () => z.string().min(1);

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
  z
    .strictObject({
      name: nonEmpty().describe('Name of the returned value (a parameter of the pipeline once returned)'),
      kind: z.enum(RETURN_KINDS).default('json').describe('json (default), metric, or object (pickled; not for shell)'),
    })
    .describe('A value the task returns'),
);

/** A catalog glob: relative, and never climbing out of the working directory (checked again at run time). */
const catalogGlob = once(() =>
  z.string().refine((g) => g.length > 0 && !g.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(g) && !g.split(/[\\/]/).includes('..'), {
    message: "a catalog glob must be a relative path inside the working directory (no leading '/', no '..')",
    }),
);

export const catalogSchema = once(() =>
  z
    .strictObject({
      get: z.array(catalogGlob()).default([]).describe('Globs to copy from the catalog into the working directory before the task'),
      put: z.array(catalogGlob()).default([]).describe('Globs to copy into the catalog after the task'),
      store_copy: z.boolean().default(true).describe('Store a copy (true) or only record the hash (false)'),
    })
    .describe('Files moved through the catalog'),
);

/** The fields of a task that belong to the task itself (what a mocked patch may replace). */
const taskFields = () => ({
  command_type: z.enum(COMMAND_TYPES).default('python').describe('How `command` runs; default python'),
  command: nonEmpty().describe(
    'python/async-python: dotted path pkg.module.function; shell: script; notebook: path to an .ipynb; node: path/to/module.js:exportName',
  ),
  returns: z.array(returnSchema()).default([]).describe('Values the task returns, as {name, kind} mappings'),
  secrets: z.array(nonEmpty()).default([]).describe('Secret names exposed to the task as environment variables'),
  optional_ploomber_args: z.record(z.string(), z.unknown()).optional().describe('notebook only: extra arguments for the notebook engine'),
  stream_end_type: nonEmpty().optional().describe('async-python only: event type carrying the return values; default "done"'),
});

const nodeCommon = () => ({
  next: nonEmpty().describe('The step that runs after this one (success / fail for the terminals)'),
  on_failure: nonEmpty().optional().describe("The step to go to when this one fails; default the graph's fail"),
  overrides: z.record(z.string(), z.string()).optional().describe('{<executor type>: <key into that executor config.overrides>}'),
});

export const taskNodeSchema = once(() =>
  z
    .strictObject({
      type: z.literal('task'),
      ...taskFields(),
      catalog: catalogSchema().optional(),
      max_attempts: z.int().min(1).default(1).describe('Attempts before the step fails (honoured, unlike runnable)'),
      timeout_seconds: z.number().positive().optional().describe('Per-attempt timeout in seconds'),
      ...nodeCommon(),
    })
    .describe('A task: runs a python function, shell script, notebook or node module'),
);

export const stubNodeSchema = once(() =>
  z.looseObject({ type: z.literal('stub'), ...nodeCommon() }).describe('A no-op that always succeeds; extra keys are accepted and ignored'),
);

export const successNodeSchema = once(() => z.strictObject({ type: z.literal('success') }).describe('Terminal success node (added automatically)'));
export const failNodeSchema = once(() => z.strictObject({ type: z.literal('fail') }).describe('Terminal fail node (added automatically)'));

function refineNonEmpty<T extends z.ZodType<Record<string, unknown>>>(s: T, what: string): T {
  return s.refine((r) => Object.keys(r).length > 0, { message: `expected at least one ${what}` }) as T;
}

/** Schemas of the composite nodes, given the schema used for their graphs. */
export function compositeSchemas(graph: () => z.ZodType) {
  const parallel = z
    .strictObject({
      type: z.literal('parallel'),
      get branches() {
        return refineNonEmpty(z.record(z.string(), graph()), 'branch').describe('Branches run in parallel, each a graph');
      },
      ...nodeCommon(),
    })
    .describe('Runs every branch');
  const map = z
    .strictObject({
      type: z.literal('map'),
      iterate_on: nonEmpty().describe('Name of a list parameter'),
      iterate_as: z.string().regex(IDENTIFIER, 'must be an identifier (letters, digits, underscores; not starting with a digit)').describe('Name each item reaches the branch under'),
      reducer: nonEmpty().optional().describe('Python lambda source or dotted path reducing each returned name over items'),
      get branch() {
        return graph();
      },
      ...nodeCommon(),
    })
    .describe('Runs the branch once per item of a list parameter');
  const conditional = z
    .strictObject({
      type: z.literal('conditional'),
      parameter: z.string().regex(ALPHANUMERIC, 'must be alphanumeric (letters, digits, underscores)').describe('Parameter whose value picks the branch'),
      get branches() {
        return refineNonEmpty(z.record(z.string(), graph()), 'branch').describe('Branches keyed by the value that selects them');
      },
      get default() {
        return graph().optional().describe('Runs when no branch key matches');
      },
      ...nodeCommon(),
    })
    .describe('Runs the branch whose key matches the parameter');
  const loop = z
    .strictObject({
      type: z.literal('loop'),
      get branch() {
        return graph();
      },
      max_iterations: z.int().min(1).describe('Safety limit on iterations'),
      break_on: nonEmpty().describe('Boolean parameter; the loop exits when it is true'),
      index_as: z.string().regex(IDENTIFIER, 'must be an identifier (letters, digits, underscores; not starting with a digit)').describe('Name of the 0-based iteration index'),
      ...nodeCommon(),
    })
    .describe('Runs the branch repeatedly until break_on is true or max_iterations');
  return { parallel, map, conditional, loop };
}

/** A graph with its steps left unchecked (the parser validates steps one by one). */
export const shallowGraphSchema = once(() =>
  z.strictObject({
      start_at: nonEmpty(),
      description: z.string().optional(),
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
let deepSchema: z.ZodType | undefined;

export function pipelineFileSchema(): z.ZodType {
  if (deepSchema) return deepSchema;
  const graphSchema: z.ZodType = z
    .strictObject({
      start_at: nonEmpty().describe('The first step'),
      description: z.string().optional(),
      get steps() {
        return z.record(z.string(), stepSchema).describe('Steps keyed by name (no "." or "%")');
      },
    })
    .meta({ id: 'graph', description: 'A graph: the dag or a branch' });
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
  deepSchema = z.looseObject({ dag: graphSchema }).describe('A runnable pipeline definition');
  return deepSchema;
}
