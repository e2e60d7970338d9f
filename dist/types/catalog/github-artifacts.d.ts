/**
 * The `github-artifacts` catalog: a run's catalog kept in GitHub Actions artifacts, through the unmodified
 * `@actions/artifact` client. Only a JavaScript action receives the runtime token, so this catalog works
 * inside the runnable-action Action (platform doc §4), not in `run:` steps.
 *
 * Layout and naming (why: artifacts are immutable, names are unique per workflow run across jobs and re-run
 * attempts, and a job may create at most 500 of them):
 *
 * - **Content-addressed blobs.** Every file is known by its sha256. A pack artifact holds files named by
 *   their digest, so a digest already uploaded (by this run, an earlier attempt, or another step) is never
 *   uploaded again; a path is only an index entry pointing at a digest.
 * - **Packs.** New blobs of all steps are gathered into one pending pack per run and uploaded when the pack
 *   reaches `pack_max_bytes` or `pack_max_files`, after `flush_interval_seconds`, or on `flush()`. A
 *   pipeline (even a 10,000-item map) therefore makes a handful of artifacts, not one per step.
 * - **Names.** `rn-<runkey>-a<attempt>-<nonce>-<seq>`: the run attempt, a random per-process nonce (two
 *   action steps of one job share the job's token) and a sequence. Names are fixed when a pack opens, so
 *   the lineage a put records (`artifact_name`) is final; they never collide across steps, map items,
 *   retries or re-run attempts, and a 409 is impossible by construction.
 * - **Index.** `flush()` uploads, per run, `rn-<runkey>-a<attempt>-<nonce>-<seq>-index`: path → digest, and
 *   digest → artifact. A later job (retry, re-run attempt, another workflow run via `findBy`) merges every
 *   index of the run, newest last, and downloads only the packs holding what it gets. An entry whose file
 *   name or step holds a declared secret is sealed (AES-256-GCM, key from that secret: github-artifacts-seal.ts),
 *   so the index artifact never shows the secret, yet a get or a retry that knows the secret still matches it.
 *
 * Downloads land in a private directory, are checked (no symlinks, nothing escaping) and each blob's
 * sha256 is verified against its name before use; index paths that are absolute or contain `..` are
 * rejected, so no archive or index can write outside the step's data folder.
 */
import type * as z from 'zod/mini';
import { githubArtifactsCatalogSchema } from '../config/schema.js';
import type { ServiceConfig } from '../config/model.js';
import type { DataCatalogEntry } from '../runlog/model.js';
import type { Catalog, CatalogGetRequest, CatalogPutRequest, PutOptions } from './catalog.js';
import { checkExtracted } from './github-artifacts-client.js';
import { type GithubArtifactsOptions, type GithubArtifactsRuntime } from './github-artifacts-env.js';
import type { CatalogContext } from './factory.js';
/** `catalog.config` of `type: github-artifacts` (defined once, in the config schema). */
export type GithubArtifactsCatalogConfig = z.output<ReturnType<typeof githubArtifactsCatalogSchema>>;
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
/** What one catalog instance did, for logs, the job summary and tests (the Action reads it from the run's result). */
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
/** A stored relative path is safe: relative, normalised, no `..`, no backslash or NUL. */
export declare function isSafeRelativePath(rel: string): boolean;
export declare class GithubArtifactsCatalog implements Catalog {
    readonly config: GithubArtifactsCatalogConfig;
    private readonly cwd;
    private readonly rt;
    private readonly stateDir;
    private readonly options;
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
    constructor(config: GithubArtifactsCatalogConfig, cwd: string, rt: GithubArtifactsRuntime, stateDir: string, options?: GithubArtifactsOptions, 
    /** The run's secret values (a live set): index entries whose name or step holds one are sealed. */
    secretValues?: ReadonlySet<string>);
    private readonly sealer;
    describe(): string;
    private log;
    /** Names of this instance's artifacts are `…-<nonce>-<seq>`: the nonce tells instances apart, the sequence artifacts. */
    private seq;
    private nextName;
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
    /** Folders a put never copies from (the run log store's), resolved. */
    private readonly excluded;
    excludeFolder(dir: string): void;
    put(req: CatalogPutRequest): Promise<DataCatalogEntry[]>;
    putBytes(runId: string, relativePath: string, data: Uint8Array | string, step: string, opts?: PutOptions): Promise<DataCatalogEntry | undefined>;
    putFile(runId: string, relativePath: string, file: string, step: string, opts?: PutOptions): Promise<DataCatalogEntry | undefined>;
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
/** Opens the catalog with options parsed by the config registry (catalog/factory.ts) and the run's context. */
export declare function openGithubArtifactsCatalog(config: GithubArtifactsCatalogConfig, ctx: CatalogContext): Promise<GithubArtifactsCatalog>;
/** The catalog from a `{type: github-artifacts, config}` service config (tests, tools). */
export declare function createGithubArtifactsCatalog(cfg: ServiceConfig, cwd: string, context?: Omit<CatalogContext, 'cwd'>): Promise<GithubArtifactsCatalog>;
export { checkExtracted };
