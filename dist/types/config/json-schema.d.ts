export declare const CONFIG_SCHEMA_ID = "https://github.com/runnable-action/runnable-action/schema/config.schema.json";
/** JSON Schema (draft 2020-12) of a configuration YAML file. */
export declare function configJsonSchema(): Record<string, unknown>;
