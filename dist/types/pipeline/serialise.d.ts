import type { Pipeline } from './model.js';
/** The pipeline document (`{dag: ...}`) as plain data, before YAML encoding. */
export declare function toDocument(pipeline: Pipeline): Record<string, unknown>;
/** runnable pipeline YAML for the IR; `parsePipelineText(toYaml(p))` gives back `p` (positions aside). */
export declare function toYaml(pipeline: Pipeline): string;
