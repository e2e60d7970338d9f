/**
 * The catalog contract: moves files between a step's working directory and the run's storage, recording
 * sha256 lineage. Also stores the step's execution log and pickled/serialised objects (opaque bytes).
 */
import type { DataCatalogEntry } from '../runlog/model.js';
export interface CatalogGetRequest {
    runId: string;
    /** Globs relative to the run's storage root; `**` recursive. */
    patterns: string[];
    /** Where files land (runnable's `compute_data_folder`, resolved against the work dir). */
    workDir: string;
    /** Resolved internal name of the step asking (for lineage and remote naming). */
    step: string;
    /** Cancellation: a copy or hash in progress stops (its temp file removed) and the call throws CatalogError. */
    signal?: AbortSignal;
}
export interface CatalogPutRequest extends CatalogGetRequest {
    /** `store_copy: false` records name and hash but copies nothing. */
    storeCopy: boolean;
    /** After a failed task, missing files are tolerated. */
    allowNoMatch: boolean;
}
export interface Catalog {
    readonly kind: string;
    describe(): string;
    /** Copies matches into workDir; throws CatalogError when a glob matches nothing or escapes workDir. */
    get(req: CatalogGetRequest): Promise<DataCatalogEntry[]>;
    /** Copies matches from workDir into the run's storage; throws CatalogError on no match (unless allowNoMatch). */
    put(req: CatalogPutRequest): Promise<DataCatalogEntry[]>;
    /**
     * Stores bytes under `<run>/<relativePath>` (execution logs, objects). Returns the entry, or undefined when
     * nothing is stored. `opts.output: false` marks a record about the step (its execution log), not an output
     * of it: a remote catalog that cannot store it warns, and never fails the step for it.
     */
    putBytes(runId: string, relativePath: string, data: Uint8Array | string, step: string, opts?: PutOptions): Promise<DataCatalogEntry | undefined>;
    /** Stores a copy of the local file `file` under `<run>/<relativePath>`, streamed (a large execution log). */
    putFile(runId: string, relativePath: string, file: string, step: string, opts?: PutOptions): Promise<DataCatalogEntry | undefined>;
    /** Reads bytes stored by putBytes/put. Throws CatalogError when missing. */
    getBytes(runId: string, relativePath: string): Promise<Buffer>;
    /** Flushes pending uploads (remote catalogs batch small files). */
    flush(): Promise<void>;
    /**
     * Optional, for catalogs that store asynchronously: the steps (resolved internal names) of `runId` whose
     * files or logs are in no stored artifact because an upload failed for good. Ask after `flush()`.
     */
    unstored?(runId: string): string[];
    /**
     * Optional: a folder whose files a put never copies, even when a glob (`**`) matches them — the run log
     * store's folder when it lies inside the data folder (the catalog's own folder is always left out).
     */
    excludeFolder?(dir: string): void;
}
export interface PutOptions {
    /** false: not an output of the step (an execution log); its loss is not the step's failure. @default true */
    output?: boolean;
}
