import type { CatalogSettings, TaskSpec } from '../pipeline/model.js';
import type { CodeIdentity, DataCatalogEntry, Parameters } from '../runlog/model.js';
/** What a cache keeps for one step. */
export interface CachedStep {
    /** The step's returns, as they were recorded. */
    returns: Parameters;
    /** Files the step put (paths relative to the work dir), restored before the catalog put runs again. */
    files: string[];
    /** Where the result came from, for the log. */
    runId: string;
    step: string;
    savedAt: string;
}
export interface StepCache {
    readonly kind: string;
    /** Restores the step's files into `workDir` and returns the record, or undefined on a miss. */
    restore(key: string, workDir: string): Promise<CachedStep | undefined>;
    /** Saves the record and its files (relative to `workDir`). */
    save(key: string, record: CachedStep, workDir: string): Promise<void>;
}
export interface CacheKeyInputs {
    spec: TaskSpec;
    catalog?: CatalogSettings;
    inputs: Parameters;
    iterVariables: Record<string, unknown>;
    gets: DataCatalogEntry[];
    code: CodeIdentity[];
}
/** The cache key of a step: `runnable-step-<sha256>`. */
export declare function stepCacheKey(k: CacheKeyInputs): string;
