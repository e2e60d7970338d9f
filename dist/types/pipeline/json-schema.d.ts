export declare const PIPELINE_SCHEMA_ID = "https://github.com/runnable-action/runnable-action/schema/pipeline.schema.json";
/** JSON Schema (draft 2020-12) of a pipeline YAML file. */
export declare function pipelineJsonSchema(): Record<string, unknown>;
