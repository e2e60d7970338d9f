/**
 * zod schemas of the pipeline YAML (runnable semantics §3), one per node type. The same definitions give
 * the validation (with shallow branches: the parser recurses into graphs itself, to build internal names
 * and positions) and the editor JSON Schema (deep, recursive; see json-schema.ts).
 */
import { z } from 'zod';
export declare const NODE_TYPES: readonly ["task", "stub", "parallel", "map", "conditional", "loop", "success", "fail"];
export declare const COMMAND_TYPES: readonly ["python", "shell", "notebook", "node", "async-python"];
export declare const RETURN_KINDS: readonly ["json", "metric", "object"];
/** Conditional parameter names and branch keys (runnable's SDK enforces it; semantics §3.9). */
export declare const ALPHANUMERIC: RegExp;
/** Names injected as variables into tasks: map `iterate_as`, loop `index_as`. */
export declare const IDENTIFIER: RegExp;
export declare const returnSchema: z.ZodObject<{
    name: z.ZodString;
    kind: z.ZodDefault<z.ZodEnum<{
        object: "object";
        json: "json";
        metric: "metric";
    }>>;
}, z.core.$strict>;
export declare const catalogSchema: z.ZodObject<{
    get: z.ZodDefault<z.ZodArray<z.ZodString>>;
    put: z.ZodDefault<z.ZodArray<z.ZodString>>;
    store_copy: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/** The fields of a task that belong to the task itself (what a mocked patch may replace). */
export declare const taskFields: {
    command_type: z.ZodDefault<z.ZodEnum<{
        python: "python";
        shell: "shell";
        notebook: "notebook";
        node: "node";
        "async-python": "async-python";
    }>>;
    command: z.ZodString;
    returns: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        kind: z.ZodDefault<z.ZodEnum<{
            object: "object";
            json: "json";
            metric: "metric";
        }>>;
    }, z.core.$strict>>>;
    secrets: z.ZodDefault<z.ZodArray<z.ZodString>>;
    optional_ploomber_args: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    stream_end_type: z.ZodOptional<z.ZodString>;
};
export declare const taskNodeSchema: z.ZodObject<{
    next: z.ZodString;
    on_failure: z.ZodOptional<z.ZodString>;
    overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    catalog: z.ZodOptional<z.ZodObject<{
        get: z.ZodDefault<z.ZodArray<z.ZodString>>;
        put: z.ZodDefault<z.ZodArray<z.ZodString>>;
        store_copy: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    max_attempts: z.ZodDefault<z.ZodInt>;
    timeout_seconds: z.ZodOptional<z.ZodNumber>;
    command_type: z.ZodDefault<z.ZodEnum<{
        python: "python";
        shell: "shell";
        notebook: "notebook";
        node: "node";
        "async-python": "async-python";
    }>>;
    command: z.ZodString;
    returns: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        kind: z.ZodDefault<z.ZodEnum<{
            object: "object";
            json: "json";
            metric: "metric";
        }>>;
    }, z.core.$strict>>>;
    secrets: z.ZodDefault<z.ZodArray<z.ZodString>>;
    optional_ploomber_args: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    stream_end_type: z.ZodOptional<z.ZodString>;
    type: z.ZodLiteral<"task">;
}, z.core.$strict>;
export declare const stubNodeSchema: z.ZodObject<{
    next: z.ZodString;
    on_failure: z.ZodOptional<z.ZodString>;
    overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    type: z.ZodLiteral<"stub">;
}, z.core.$loose>;
export declare const successNodeSchema: z.ZodObject<{
    type: z.ZodLiteral<"success">;
}, z.core.$strict>;
export declare const failNodeSchema: z.ZodObject<{
    type: z.ZodLiteral<"fail">;
}, z.core.$strict>;
/** Schemas of the composite nodes, given the schema used for their graphs. */
export declare function compositeSchemas(graph: () => z.ZodType): {
    parallel: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        type: z.ZodLiteral<"parallel">;
        branches: z.ZodRecord<z.ZodString, z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    }, z.core.$strict>;
    map: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        type: z.ZodLiteral<"map">;
        iterate_on: z.ZodString;
        iterate_as: z.ZodString;
        reducer: z.ZodOptional<z.ZodString>;
        branch: z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>;
    }, z.core.$strict>;
    conditional: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        type: z.ZodLiteral<"conditional">;
        parameter: z.ZodString;
        branches: z.ZodRecord<z.ZodString, z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        default: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    }, z.core.$strict>;
    loop: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        type: z.ZodLiteral<"loop">;
        branch: z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>;
        max_iterations: z.ZodInt;
        break_on: z.ZodString;
        index_as: z.ZodString;
    }, z.core.$strict>;
};
/** A graph with its steps left unchecked (the parser validates steps one by one). */
export declare const shallowGraphSchema: z.ZodObject<{
    start_at: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    steps: z.ZodRecord<z.ZodString, z.ZodUnknown>;
}, z.core.$strict>;
/** The per-type schemas the parser validates each step with (branches unchecked: parsed recursively). */
export declare const nodeSchemas: {
    readonly parallel: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        type: z.ZodLiteral<"parallel">;
        branches: z.ZodRecord<z.ZodString, z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    }, z.core.$strict>;
    readonly map: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        type: z.ZodLiteral<"map">;
        iterate_on: z.ZodString;
        iterate_as: z.ZodString;
        reducer: z.ZodOptional<z.ZodString>;
        branch: z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>;
    }, z.core.$strict>;
    readonly conditional: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        type: z.ZodLiteral<"conditional">;
        parameter: z.ZodString;
        branches: z.ZodRecord<z.ZodString, z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
        default: z.ZodOptional<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
    }, z.core.$strict>;
    readonly loop: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        type: z.ZodLiteral<"loop">;
        branch: z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>;
        max_iterations: z.ZodInt;
        break_on: z.ZodString;
        index_as: z.ZodString;
    }, z.core.$strict>;
    readonly task: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        catalog: z.ZodOptional<z.ZodObject<{
            get: z.ZodDefault<z.ZodArray<z.ZodString>>;
            put: z.ZodDefault<z.ZodArray<z.ZodString>>;
            store_copy: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>>;
        max_attempts: z.ZodDefault<z.ZodInt>;
        timeout_seconds: z.ZodOptional<z.ZodNumber>;
        command_type: z.ZodDefault<z.ZodEnum<{
            python: "python";
            shell: "shell";
            notebook: "notebook";
            node: "node";
            "async-python": "async-python";
        }>>;
        command: z.ZodString;
        returns: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            kind: z.ZodDefault<z.ZodEnum<{
                object: "object";
                json: "json";
                metric: "metric";
            }>>;
        }, z.core.$strict>>>;
        secrets: z.ZodDefault<z.ZodArray<z.ZodString>>;
        optional_ploomber_args: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        stream_end_type: z.ZodOptional<z.ZodString>;
        type: z.ZodLiteral<"task">;
    }, z.core.$strict>;
    readonly stub: z.ZodObject<{
        next: z.ZodString;
        on_failure: z.ZodOptional<z.ZodString>;
        overrides: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        type: z.ZodLiteral<"stub">;
    }, z.core.$loose>;
    readonly success: z.ZodObject<{
        type: z.ZodLiteral<"success">;
    }, z.core.$strict>;
    readonly fail: z.ZodObject<{
        type: z.ZodLiteral<"fail">;
    }, z.core.$strict>;
};
export declare function pipelineFileSchema(): z.ZodType;
