import { type FileLockOptions } from './lock.js';
import type { BranchHeader, RunHeader, RunLog, StepRecord } from './model.js';
import type { RunLogStore } from './store.js';
export declare const RUN_LOG_FILE = "RunLog.json";
export declare const RUN_CONFIG_FILE = "RunConfig.json";
export declare const JOURNAL_FILE = "Journal.jsonl";
export declare const OWNER_LOCK_FILE = "Owner.lock";
export declare function stepFileName(internalName: string): string;
export declare function branchFileName(internalName: string): string;
interface StepChunk {
    parent_branch: string;
    sequence: number;
    step: StepRecord;
}
interface BranchChunk {
    parent_step: string;
    sequence: number;
    branch: BranchHeader;
}
export declare function valueFileName(hash: string): string;
export interface ChunkedFsRunLogStoreOptions {
    /** Absolute folder holding one folder per run. */
    logFolder: string;
    /** Cross-process lock tuning (tests use short stale times). */
    lock?: FileLockOptions;
}
export declare class ChunkedFsRunLogStore implements RunLogStore {
    readonly kind = "chunked-fs";
    readonly supportsParallelWrites = true;
    readonly logFolder: string;
    private readonly lockOptions;
    private readonly cache;
    constructor(options: ChunkedFsRunLogStoreOptions);
    describe(): string;
    /** The folder of one run. */
    runDir(runId: string): string;
    private runCache;
    /** The run's folder, after checking (once per process) that the run exists. */
    private need;
    createRun(header: RunHeader, runConfig: Record<string, unknown>): Promise<void>;
    /**
     * Makes this process the run's only writer until `releaseRun` (the local executor, which runs the whole run
     * in-process). Its records are then appended to `Journal.jsonl` — one write(2) per record instead of a file
     * created and renamed — and read back from memory. Other processes read the journal over the chunk files;
     * one that writes to the run later first folds the journal into chunk files (`compact`).
     */
    claimRun(runId: string): Promise<void>;
    /**
     * Ends `claimRun`: the journal stays (it is part of the run log) and the owner lock goes. The final header
     * is also written to RunLog.json, so that a person or tool looking at the folder sees the run's status.
     */
    releaseRun(runId: string): Promise<void>;
    private dropOwner;
    /**
     * The run is settled: it is also written in runnable's layout (see the module comment), and this process's
     * claim ends. Any process may call it — the local owner at its end, the emulator's walker, Argo's exit
     * handler: one that does not own the run claims it first (skipped while another live process owns it; that
     * one exports at its own end), then folds every chunk file into the journal and removes them, so that
     * runnable's `BranchLog-<name>.json` files replace none of ours and the journal holds the whole run.
     */
    finishRun(runId: string): Promise<void>;
    /**
     * Moves every chunk file of ours into the owner's journal (the journal is newer: a record it holds wins),
     * then removes them. Crash-safe: until a file is removed its record is in both places, and equal.
     */
    private foldChunks;
    /**
     * Writes the owner's run in runnable's layout: BranchLog-<name>.json per branch (its steps and parameters),
     * then RunLog.json (header, root steps, run_config). Built straight from the journal's latest records (no
     * whole-document assembly); compact JSON, written a few files at a time.
     */
    private writeRunnableLayout;
    /** A run in runnable's layout (no journal of ours), read as journal records; cached per RunLog.json version. */
    private runnableLayout;
    /** Appends a record's line to the owner's journal; returns its entry. */
    private record;
    /** The line of an entry (read back from the owner's journal, or from `whole`, the file's bytes, when given). */
    private text;
    /** The journal records that override chunk files: the owner's, or a non-owner's read of the file. */
    private journal;
    /** A non-owner about to write a run runnable wrote: its records become chunk files of ours (under a lock). */
    private convertRunnable;
    private compact;
    /**
     * The run, for a write. A non-owner that finds a journal folds it into chunk files first (under a lock, so
     * that two writers never fold at once), unless its owner is still alive (RunLogInUseError).
     */
    private forWrite;
    runExists(runId: string): Promise<boolean>;
    private readHeader;
    getRunHeader(runId: string): Promise<RunHeader>;
    updateRunHeader(runId: string, update: (header: RunHeader) => RunHeader): Promise<RunHeader>;
    getRunConfig(runId: string): Promise<Record<string, unknown>>;
    /** Writes the large values of `params` to value files; returns the parameters with references instead. */
    private externalize;
    private externalizeStep;
    private externalizeBranch;
    /** Replaces references by values, in place (on freshly parsed chunks). `seen` shares values within one read. */
    private resolve;
    private resolveStep;
    private resolveBranch;
    private readStep;
    private readBranch;
    getStep(runId: string, internalName: string): Promise<StepRecord | undefined>;
    putStep(runId: string, step: StepRecord, parentBranch: string): Promise<void>;
    private branchExists;
    private stepExists;
    /** Where a branch record goes: its existing parent and sequence, or (its parent step must exist) new ones. */
    private branchPlace;
    getBranch(runId: string, internalName: string): Promise<BranchHeader | undefined>;
    putBranch(runId: string, branch: BranchHeader, parentStep: string): Promise<void>;
    updateBranch(runId: string, internalName: string, update: (b: BranchHeader) => BranchHeader): Promise<BranchHeader>;
    getRunLog(runId: string): Promise<RunLog>;
    failRun(runId: string, reason: string): Promise<void>;
    private appendBranch;
    flush(): Promise<void>;
}
/** Rebuilds runnable's single document from flat step and branch records. */
export declare function assemble(header: RunHeader, runConfig: Record<string, unknown>, stepChunks: Array<StepChunk & {
    file: string;
}>, branchChunks: Array<BranchChunk & {
    file: string;
}>): RunLog;
/**
 * Parses a chunk file's text (exported for tools and tests that inspect a run folder). Large parameter values
 * stay references (`$value_ref` / `$description_ref` → `Value-<hash>.json` in the same folder); the store's
 * read methods resolve them.
 */
export declare function parseChunk(text: string, file: string): StepChunk | BranchChunk;
export {};
