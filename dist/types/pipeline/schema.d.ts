/**
 * zod schemas of the pipeline YAML (runnable semantics §3), one per node type. The same definitions give
 * the validation (with shallow branches: the parser recurses into graphs itself, to build internal names
 * and positions) and the editor JSON Schema (deep, recursive; see json-schema.ts).
 */
import * as z from 'zod/mini';
import './zod-locale.js';
export declare const NODE_TYPES: readonly ["task", "stub", "parallel", "map", "conditional", "loop", "success", "fail"];
export declare const COMMAND_TYPES: readonly ["python", "shell", "notebook", "node", "async-python"];
export declare const RETURN_KINDS: readonly ["json", "metric", "object"];
/** Conditional parameter names and branch keys (runnable's SDK enforces it; semantics §3.9). */
export declare const ALPHANUMERIC: RegExp;
/** Names injected as variables into tasks: map `iterate_as`, loop `index_as`. */
export declare const IDENTIFIER: RegExp;
/** A non-empty string (`must not be empty`). */
export declare const nonEmpty: () => z.ZodMiniString<string>;
/**
 * A description for the editor JSON Schema (what `.describe()` does in zod's classic API). Registered on
 * the schema itself: every schema described here is built for it, so no copy is needed.
 */
export declare function describe<T extends z.ZodMiniType>(s: T, description: string): T;
/**
 * A schema built on first use. zod builds each schema eagerly and not cheaply (≈ 0.1 ms an instance): built at
 * import, the schemas of every node type cost each CLI start ≈ 20 ms, though a run parses only the types its
 * pipeline has.
 */
export declare function once<T>(make: () => T): () => T;
export declare const returnSchema: () => z.ZodMiniObject<{
    name: z.ZodMiniString<string>;
    kind: z.ZodMiniDefault<z.ZodMiniEnum<{
        object: "object";
        json: "json";
        metric: "metric";
    }>>;
}, z.core.$strict>;
export declare const catalogSchema: () => z.ZodMiniObject<{
    get: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    put: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    store_copy: z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
}, z.core.$strict>;
export declare const taskNodeSchema: () => z.ZodMiniObject<{
    next: z.ZodMiniString<string>;
    on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
    overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
    catalog: z.ZodMiniOptional<z.ZodMiniObject<{
        get: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        put: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        store_copy: z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
    }, z.core.$strict>>;
    max_attempts: z.ZodMiniDefault<z.ZodMiniInt>;
    timeout_seconds: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    command_type: z.ZodMiniDefault<z.ZodMiniEnum<{
        python: "python";
        shell: "shell";
        notebook: "notebook";
        node: "node";
        "async-python": "async-python";
    }>>;
    command: z.ZodMiniString<string>;
    returns: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniObject<{
        name: z.ZodMiniString<string>;
        kind: z.ZodMiniDefault<z.ZodMiniEnum<{
            object: "object";
            json: "json";
            metric: "metric";
        }>>;
    }, z.core.$strict>>>;
    secrets: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    optional_ploomber_args: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
    stream_end_type: z.ZodMiniOptional<z.ZodMiniString<string>>;
    type: z.ZodMiniLiteral<"task">;
}, z.core.$strict>;
export declare const stubNodeSchema: () => z.ZodMiniObject<{
    next: z.ZodMiniString<string>;
    on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
    overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
    type: z.ZodMiniLiteral<"stub">;
}, z.core.$loose>;
export declare const successNodeSchema: () => z.ZodMiniObject<{
    type: z.ZodMiniLiteral<"success">;
}, z.core.$strict>;
export declare const failNodeSchema: () => z.ZodMiniObject<{
    type: z.ZodMiniLiteral<"fail">;
}, z.core.$strict>;
/** Schemas of the composite nodes, given the schema used for their graphs. */
export declare function compositeSchemas(graph: () => z.ZodMiniType): {
    parallel: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        type: z.ZodMiniLiteral<"parallel">;
        branches: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    }, z.core.$strict>;
    map: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        type: z.ZodMiniLiteral<"map">;
        iterate_on: z.ZodMiniString<string>;
        iterate_as: z.ZodMiniString<string>;
        reducer: z.ZodMiniOptional<z.ZodMiniString<string>>;
        branch: z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>;
    }, z.core.$strict>;
    conditional: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        type: z.ZodMiniLiteral<"conditional">;
        parameter: z.ZodMiniString<string>;
        branches: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        default: z.ZodMiniOptional<z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    }, z.core.$strict>;
    loop: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        type: z.ZodMiniLiteral<"loop">;
        branch: z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>;
        max_iterations: z.ZodMiniInt;
        break_on: z.ZodMiniString<string>;
        index_as: z.ZodMiniString<string>;
    }, z.core.$strict>;
};
/** A graph with its steps left unchecked (the parser validates steps one by one). */
export declare const shallowGraphSchema: () => z.ZodMiniObject<{
    start_at: z.ZodMiniString<string>;
    description: z.ZodMiniOptional<z.ZodMiniString<string>>;
    steps: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>;
}, z.core.$strict>;
/** The per-type schemas the parser validates each step with (branches unchecked: parsed recursively); built when first asked for. */
export declare const nodeSchemas: {
    readonly task: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        catalog: z.ZodMiniOptional<z.ZodMiniObject<{
            get: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
            put: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
            store_copy: z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
        }, z.core.$strict>>;
        max_attempts: z.ZodMiniDefault<z.ZodMiniInt>;
        timeout_seconds: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        command_type: z.ZodMiniDefault<z.ZodMiniEnum<{
            python: "python";
            shell: "shell";
            notebook: "notebook";
            node: "node";
            "async-python": "async-python";
        }>>;
        command: z.ZodMiniString<string>;
        returns: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniObject<{
            name: z.ZodMiniString<string>;
            kind: z.ZodMiniDefault<z.ZodMiniEnum<{
                object: "object";
                json: "json";
                metric: "metric";
            }>>;
        }, z.core.$strict>>>;
        secrets: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        optional_ploomber_args: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>;
        stream_end_type: z.ZodMiniOptional<z.ZodMiniString<string>>;
        type: z.ZodMiniLiteral<"task">;
    }, z.core.$strict>;
    readonly stub: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        type: z.ZodMiniLiteral<"stub">;
    }, z.core.$loose>;
    readonly success: z.ZodMiniObject<{
        type: z.ZodMiniLiteral<"success">;
    }, z.core.$strict>;
    readonly fail: z.ZodMiniObject<{
        type: z.ZodMiniLiteral<"fail">;
    }, z.core.$strict>;
    readonly parallel: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        type: z.ZodMiniLiteral<"parallel">;
        branches: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    }, z.core.$strict>;
    readonly map: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        type: z.ZodMiniLiteral<"map">;
        iterate_on: z.ZodMiniString<string>;
        iterate_as: z.ZodMiniString<string>;
        reducer: z.ZodMiniOptional<z.ZodMiniString<string>>;
        branch: z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>;
    }, z.core.$strict>;
    readonly conditional: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        type: z.ZodMiniLiteral<"conditional">;
        parameter: z.ZodMiniString<string>;
        branches: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        default: z.ZodMiniOptional<z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    }, z.core.$strict>;
    readonly loop: z.ZodMiniObject<{
        next: z.ZodMiniString<string>;
        on_failure: z.ZodMiniOptional<z.ZodMiniString<string>>;
        overrides: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniString<string>>>;
        type: z.ZodMiniLiteral<"loop">;
        branch: z.ZodMiniType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>;
        max_iterations: z.ZodMiniInt;
        break_on: z.ZodMiniString<string>;
        index_as: z.ZodMiniString<string>;
    }, z.core.$strict>;
};
export declare function pipelineFileSchema(): z.ZodMiniType;
