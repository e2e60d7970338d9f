import type { DataCatalogEntry } from '../runlog/model.js';
import type { Catalog, CatalogGetRequest, CatalogPutRequest } from './catalog.js';
export interface CatalogStats {
    /** Bytes written into the catalog or a work dir by this instance. */
    bytesWritten: number;
    /** Files written. */
    filesWritten: number;
    /** Files not written because the target already had the same content. */
    filesSkipped: number;
}
export interface FileSystemCatalogOptions {
    /** Absolute path of the catalog folder. */
    catalogLocation: string;
    /** `catalog_location` as configured, recorded as `catalog_handler_location`. Defaults to catalogLocation. */
    handlerLocation?: string;
    /** `compute_data_folder`, resolved against each request's workDir. Default `.`. */
    computeDataFolder?: string;
    /** Big files (> 1 MiB) hashed and copied at once. Default 4. */
    concurrency?: number;
}
export declare class FileSystemCatalog implements Catalog {
    readonly kind = "file-system";
    readonly catalogLocation: string;
    readonly handlerLocation: string;
    readonly computeDataFolder: string;
    readonly stats: CatalogStats;
    private readonly concurrency;
    /** Folders a put never copies from (excludeFolder), besides the catalog's own. */
    private readonly excluded;
    /** sha256 of catalog files this instance wrote or hashed, valid while their identity is unchanged. */
    private readonly known;
    /** Per folder, the empty file that later empty execution logs there are hard links to (createEmpty). */
    private readonly emptyFiles;
    private linksRefused;
    constructor(options: FileSystemCatalogOptions);
    describe(): string;
    excludeFolder(dir: string): void;
    /** Where a run's files are stored. */
    runFolder(runId: string): string;
    /** The folder files are matched in (put) and copied to (get) for a step working in `workDir`. */
    dataFolder(workDir: string): string;
    put(req: CatalogPutRequest): Promise<DataCatalogEntry[]>;
    get(req: CatalogGetRequest): Promise<DataCatalogEntry[]>;
    putBytes(runId: string, relativePath: string, data: Uint8Array | string, _step: string): Promise<DataCatalogEntry | undefined>;
    putFile(runId: string, relativePath: string, file: string, _step: string): Promise<DataCatalogEntry | undefined>;
    getBytes(runId: string, relativePath: string): Promise<Buffer>;
    flush(): Promise<void>;
    /** Hashes every transfer's source and copies it unless the target has the same content. Returns the hashes. */
    private transferAll;
    /**
     * A big file, abortable between 1 MiB chunks (a SIGTERM during a 2 GB put must not wait for the copy). When
     * the target may hold the same content (same size), the source is hashed first and the copy skipped if
     * equal; otherwise it is hashed while it is copied, in one read.
     */
    private transferBig;
    /** get never writes through a symbolic link planted at the destination. */
    private refuseLink;
    private tmpFor;
    /**
     * Creates `dest` as a new empty file, or returns false when `dest` exists (the caller then takes the general
     * path, which compares and replaces it). Every node that ran has an execution log and most are empty: the
     * first empty one in a folder is created (O_EXCL, no temp file: an empty file is never seen partial), the
     * others are hard links to it — a directory entry each instead of a new inode (creating inodes costs
     * 40 µs–1.5 ms each on a busy virtual disk; a 10,000-item map stores 20,000 logs). Catalog files are
     * replaced by rename, never written in place, so the shared inode stays empty; a link whose target is not
     * that empty regular file any more (replaced, written to, a link planted by a step) is removed and the log
     * created afresh. Readers see either no file or an empty one.
     */
    private createEmpty;
    private ensureDir;
    private writeAtomicSync;
    /** True when `dest` is a regular file with this size and sha256 (from memory while the file is unchanged). */
    private sameContent;
    private remember;
}
