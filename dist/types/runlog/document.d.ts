import type { BranchHeader, BranchLog, RunHeader, RunLog, Status, StepLog, StepRecord } from './model.js';
/** A deep copy through JSON: what a file store would give back (integral floats and big ints kept exact). */
export declare function jsonCopy<T>(value: T): T;
export declare function stepLogOf(record: StepRecord, branches: Record<string, BranchLog>): StepLog;
export declare function branchLogOf(header: BranchHeader, steps: Record<string, StepLog>): BranchLog;
export declare function runLogOf(header: RunHeader, steps: Record<string, StepLog>, runConfig: Record<string, unknown>): RunLog;
export declare function splitStep(log: StepLog): StepRecord;
export declare function splitBranch(log: BranchLog): BranchHeader;
export declare function splitRunLog(log: RunLog): {
    header: RunHeader;
    runConfig: Record<string, unknown>;
};
/** Checks the fields every store relies on; throws RunLogCorruptError naming `file`. */
export declare function checkHeader(v: unknown, file: string): RunHeader;
export declare function checkStep(v: unknown, file: string): StepRecord;
export declare function checkBranch(v: unknown, file: string): BranchHeader;
/** Not yet settled: what an interrupted run's `failRun` turns into FAIL. */
export declare function isUnsettled(status: unknown): boolean;
/** A step record as `failRun(reason)` leaves it: FAIL with the reason when it was unsettled, else unchanged. */
export declare function failedStep<T extends {
    status: Status;
    message: string;
}>(step: T, reason: string): T;
/** A branch header as `failRun` leaves it. */
export declare function failedBranch<T extends {
    status: Status;
}>(branch: T): T;
interface StepEntry {
    log: StepLog;
    parent: string;
}
interface BranchEntry {
    log: BranchLog;
    parent: string;
}
/** One run as runnable's nested document, with indexes. Insertion order = creation order. */
export declare class RunDocument {
    readonly steps: Map<string, StepEntry>;
    readonly branches: Map<string, BranchEntry>;
    readonly doc: RunLog;
    private constructor();
    static create(header: RunHeader, runConfig: Record<string, unknown>): RunDocument;
    /** Indexes a parsed document (e.g. read from disk); throws RunLogCorruptError naming `file`. */
    static fromJson(value: Record<string, unknown>, file: string): RunDocument;
    header(): RunHeader;
    setHeader(header: RunHeader): void;
    runConfig(): Record<string, unknown>;
    getStep(name: string): StepRecord | undefined;
    putStep(step: StepRecord, parentBranch: string): void;
    getBranch(name: string): BranchHeader | undefined;
    putBranch(branch: BranchHeader, parentStep: string): void;
    private container;
    /** `RunLogStore.failRun` in memory: the run FAIL, every unsettled step (message `reason`) and branch FAIL. */
    failRun(reason: string): void;
    toRunLog(): RunLog;
}
export {};
