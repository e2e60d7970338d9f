import type { Pipeline } from './model.js';
/** The DAG in runnable's dump shape: `run_config.dag` of the run log. Plain JSON. */
export declare function dagDump(pipeline: Pipeline): Record<string, unknown>;
/** JSON with object keys sorted at every level (arrays keep their order). */
export declare function stableStringify(value: unknown): string;
/** sha1 (hex) of the sorted-key JSON of dagDump: the run log's `dag_hash`. */
export declare function dagHash(pipeline: Pipeline): string;
