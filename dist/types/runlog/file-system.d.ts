import type { BranchHeader, RunHeader, RunLog, StepRecord } from './model.js';
import type { RunLogStore } from './store.js';
export interface FileSystemRunLogStoreOptions {
    /** Absolute folder holding `<run_id>.json`. */
    logFolder: string;
}
export declare class FileSystemRunLogStore implements RunLogStore {
    readonly kind = "file-system";
    /** Every change rewrites the whole document: big maps belong in chunked-fs (the engine warns above this). */
    readonly rewritesWholeRun = true;
    readonly supportsParallelWrites = true;
    readonly logFolder: string;
    private readonly runs;
    /** Runs this process owns (claimRun). */
    private readonly owned;
    constructor(options: FileSystemRunLogStoreOptions);
    describe(): string;
    fileFor(runId: string): string;
    /** The lock naming the run's one writer while it runs. */
    ownerLockFor(runId: string): string;
    claimRun(runId: string): Promise<void>;
    releaseRun(runId: string): Promise<void>;
    /** A process that does not own the run may not write it while its owner lives. */
    private checkWriter;
    /** The run's state, (re)loaded from disk when another process changed the file. Synchronous on purpose. */
    private load;
    private need;
    /** Resolves once a rewrite containing every change made so far is on disk. */
    private persist;
    createRun(header: RunHeader, runConfig: Record<string, unknown>): Promise<void>;
    runExists(runId: string): Promise<boolean>;
    getRunHeader(runId: string): Promise<RunHeader>;
    updateRunHeader(runId: string, update: (header: RunHeader) => RunHeader): Promise<RunHeader>;
    getRunConfig(runId: string): Promise<Record<string, unknown>>;
    /** Whether an attempt's input is the run's parameter of that name, unchanged (same kind and JSON text). */
    private runParameterTest;
    getStep(runId: string, internalName: string): Promise<StepRecord | undefined>;
    putStep(runId: string, step: StepRecord, parentBranch: string): Promise<void>;
    getBranch(runId: string, internalName: string): Promise<BranchHeader | undefined>;
    putBranch(runId: string, branch: BranchHeader, parentStep: string): Promise<void>;
    updateBranch(runId: string, internalName: string, update: (b: BranchHeader) => BranchHeader): Promise<BranchHeader>;
    /** One rewrite of the document, however many records it settles (a sweep wrote it once per branch). */
    failRun(runId: string, reason: string): Promise<void>;
    getRunLog(runId: string): Promise<RunLog>;
    flush(): Promise<void>;
}
