import type { BranchHeader, RunHeader, RunLog, StepRecord } from './model.js';
import type { RunLogStore } from './store.js';
export declare class BufferedRunLogStore implements RunLogStore {
    readonly kind = "buffered";
    /** As upstream: only chunked stores declare parallel writes (in-process concurrent writers are safe here). */
    readonly supportsParallelWrites = false;
    private readonly runs;
    describe(): string;
    private run;
    createRun(header: RunHeader, runConfig: Record<string, unknown>): Promise<void>;
    runExists(runId: string): Promise<boolean>;
    getRunHeader(runId: string): Promise<RunHeader>;
    updateRunHeader(runId: string, update: (header: RunHeader) => RunHeader): Promise<RunHeader>;
    getRunConfig(runId: string): Promise<Record<string, unknown>>;
    getStep(runId: string, internalName: string): Promise<StepRecord | undefined>;
    putStep(runId: string, step: StepRecord, parentBranch: string): Promise<void>;
    getBranch(runId: string, internalName: string): Promise<BranchHeader | undefined>;
    putBranch(runId: string, branch: BranchHeader, parentStep: string): Promise<void>;
    updateBranch(runId: string, internalName: string, update: (b: BranchHeader) => BranchHeader): Promise<BranchHeader>;
    failRun(runId: string, reason: string): Promise<void>;
    getRunLog(runId: string): Promise<RunLog>;
    flush(): Promise<void>;
}
