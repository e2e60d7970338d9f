/**
 * The run log store contract. Every executor writes through it a record at a time, so a crash never loses
 * more than the step in flight. Operations are granular (header, one step, one branch) so that a chunked
 * store can make each write O(1) in the size of the run; `getRunLog` assembles the full document.
 */
import type { BranchHeader, RunHeader, RunLog, StepRecord } from './model.js';
export interface RunLogStore {
    /** The `type:` this store was configured with, e.g. `chunked-fs`. */
    readonly kind: string;
    /** True when several processes/branches may write to one run at once (chunked stores). */
    readonly supportsParallelWrites: boolean;
    /** True when every change rewrites the whole run (file-system): O(N²) for a map of N items. */
    readonly rewritesWholeRun?: boolean;
    /** The folder a file-backed store writes in (absolute); undefined for a store in memory. */
    readonly logFolder?: string;
    /** Human-readable location for messages, e.g. `.run_log_store/` or `memory`. */
    describe(): string;
    /** Creates the run. Throws RunLogExistsError when it exists already. */
    createRun(header: RunHeader, runConfig: Record<string, unknown>): Promise<void>;
    runExists(runId: string): Promise<boolean>;
    /** Throws RunLogNotFoundError. */
    getRunHeader(runId: string): Promise<RunHeader>;
    /** Read-modify-write of the header, atomic against other writers of the same store. Returns the new header. */
    updateRunHeader(runId: string, update: (header: RunHeader) => RunHeader): Promise<RunHeader>;
    getRunConfig(runId: string): Promise<Record<string, unknown>>;
    /** The step record (without branches) or undefined. */
    getStep(runId: string, internalName: string): Promise<StepRecord | undefined>;
    /** Writes (creates or replaces) a step record. `parentBranch` is the branch's internal name, '' for the root. */
    putStep(runId: string, step: StepRecord, parentBranch: string): Promise<void>;
    /** The branch header (without steps) or undefined. */
    getBranch(runId: string, internalName: string): Promise<BranchHeader | undefined>;
    /** Writes a branch header. `parentStep` is the composite step's internal name. */
    putBranch(runId: string, branch: BranchHeader, parentStep: string): Promise<void>;
    /** Read-modify-write of a branch header, atomic against other writers. Throws if the branch does not exist. */
    updateBranch(runId: string, internalName: string, update: (b: BranchHeader) => BranchHeader): Promise<BranchHeader>;
    /**
     * The run was interrupted (cancelled, or its traversal crashed): its status becomes FAIL, and every step and
     * branch still CREATED or PROCESSING becomes FAIL (a step's `message` becomes `reason`). One write, whatever
     * the size of the run, where the store can (the owner's journal: one record that its readers apply; the
     * file-system document: one rewrite): a sweep writing a record per branch took a minute for a 200k-item map,
     * and a CI runner kills the process seconds after SIGTERM. A crash leaves it done or not done, never half.
     */
    failRun(runId: string, reason: string): Promise<void>;
    /** The whole run log in runnable's single-document shape (steps in execution order, branches attached). */
    getRunLog(runId: string): Promise<RunLog>;
    /** Flushes anything buffered (no-op for stores that write through). */
    flush(): Promise<void>;
    /**
     * Optional. This process becomes the run's only writer until `releaseRun` (the local executor, which runs
     * the whole run in-process), so the store may write more cheaply (chunked-fs appends to a journal). Throws
     * RunLogInUseError while another live process holds the run.
     */
    claimRun?(runId: string): Promise<void>;
    releaseRun?(runId: string): Promise<void>;
    /**
     * Optional. The run is settled (any process may say so: the local owner, the emulator, Argo's exit handler):
     * ends this process's claim, and the store may write what other tools read (chunked-fs: runnable's layout).
     */
    finishRun?(runId: string): Promise<void>;
}
