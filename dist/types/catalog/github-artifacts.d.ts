import type { ServiceConfig } from '../config/model.js';
import type { DataCatalogEntry } from '../runlog/model.js';
import type { Catalog, CatalogGetRequest, CatalogPutRequest } from './catalog.js';
import { checkExtracted } from './github-artifacts-client.js';
import { type GithubArtifactsRuntime } from './github-artifacts-env.js';
/** `catalog.config` of `type: github-artifacts`. */
export interface GithubArtifactsCatalogConfig {
    /** Where step files are read from and written to, relative to the work dir. @default '.' */
    compute_data_folder: string;
    /** Artifact retention (capped by the repository setting). @default the repository default */
    retention_days?: number;
    /** zlib level of the pack zips, 0-9. @default 6 */
    compression_level: number;
    /** Upload a pack when its new bytes reach this. @default 64 MiB */
    pack_max_bytes: number;
    /** Upload a pack when it holds this many new files. @default 5000 */
    pack_max_files: number;
    /** Upload a non-empty pack at most this long after it opened. @default 60 */
    flush_interval_seconds: number;
    /** Local staging and download cache. @default $RUNNER_TEMP/runnable-catalog */
    state_dir?: string;
}
/** Lineage fields this catalog adds to every `DataCatalogEntry`. */
export interface GithubArtifactsLineage {
    /** `sha256:<hex>` of the file (the content address; `data_hash` is the bare hex). */
    digest: string;
    /** The pack artifact holding the bytes (unique per workflow run). */
    artifact_name?: string;
    /** Its id, when the bytes were uploaded before this entry was made (deduplicated content). */
    artifact_id?: number;
    /** The workflow run (GITHUB_RUN_ID) and attempt that produced the entry. */
    workflow_run_id: string;
    run_attempt: number;
    step: string;
    /** True when the bytes were already stored and nothing was uploaded for this entry. */
    deduplicated?: boolean;
}
/** What one catalog instance did, for logs, the job summary and tests. */
export interface GithubArtifactsStats {
    artifactsUploaded: number;
    filesUploaded: number;
    bytesUploaded: number;
    filesDeduplicated: number;
    artifactsDownloaded: number;
    uploaded: {
        name: string;
        id: number;
        url?: string;
        files: number;
        bytes: number;
        kind: 'pack' | 'index';
    }[];
}
/** Flushes every github-artifacts catalog of this process; rethrows the first failure (finalize swallows them). */
export declare function flushAllGithubArtifactCatalogs(): Promise<void>;
/** Combined statistics of every github-artifacts catalog of this process. */
export declare function githubArtifactsStats(): GithubArtifactsStats;
/** A stored relative path is safe: relative, normalised, no `..`, no backslash or NUL. */
export declare function isSafeRelativePath(rel: string): boolean;
export declare class GithubArtifactsCatalog implements Catalog {
    readonly config: GithubArtifactsCatalogConfig;
    private readonly cwd;
    private readonly rt;
    private readonly stateDir;
    readonly kind = "github-artifacts";
    readonly stats: GithubArtifactsStats;
    private readonly runs;
    private readonly locations;
    /** Digest → pending pack holding it (not uploaded yet). */
    private readonly pendingDigests;
    private readonly packs;
    private readonly downloads;
    private chain;
    private backgroundError;
    /**
     * Packs whose upload failed: their files are in no artifact. Unlike `backgroundError` (thrown once, by the
     * next get/put), these are reported by every later flush: the engine's flush at the end of a run swallows
     * errors, and the Action's flush after it must still learn that the run's files were not stored.
     */
    private readonly failedPacks;
    private readonly nonce;
    private readonly blobsDir;
    constructor(config: GithubArtifactsCatalogConfig, cwd: string, rt: GithubArtifactsRuntime, stateDir: string);
    describe(): string;
    private log;
    private dataDir;
    private run;
    private blobPath;
    private lineage;
    /** Makes `digest` part of a pending pack unless it is stored or pending already. Returns true when new. */
    private stage;
    /** Closes a pack and queues its upload (uploads run one at a time; failures surface at the next flush). */
    private closePack;
    private uploadPack;
    /** Merges every index artifact of `runId` (this workflow run, then the source run if configured). */
    private ensureIndex;
    private loadRemoteIndex;
    /** Makes the blob of `digest` present locally, downloading the pack that holds it if needed. */
    private ensureLocal;
    private downloadPack;
    get(req: CatalogGetRequest): Promise<DataCatalogEntry[]>;
    put(req: CatalogPutRequest): Promise<DataCatalogEntry[]>;
    putBytes(runId: string, relativePath: string, data: Uint8Array | string, step: string): Promise<DataCatalogEntry | undefined>;
    getBytes(runId: string, relativePath: string): Promise<Buffer>;
    private throwBackground;
    /**
     * Uploads every pending pack, then one index per run that changed. While a pack could not be uploaded, every
     * flush throws (RA600 for the artifact service) and uploads no index: an index never lists files whose
     * bytes are in no artifact.
     */
    flush(): Promise<void>;
    private notePutter;
    unstored(runId: string): string[];
    private uploadIndex;
}
export declare function createGithubArtifactsCatalog(cfg: ServiceConfig, cwd: string): Promise<Catalog>;
export { checkExtracted };
