import type { CachedStep, StepCache } from '../context/step-cache.js';
type CacheModule = Pick<typeof import('@actions/cache'), 'restoreCache' | 'saveCache' | 'isFeatureAvailable'>;
export interface StepCacheOp {
    op: 'restore' | 'save';
    key: string;
    /** hit / miss for restore; saved / exists / skipped for save; failed for either. */
    outcome: 'hit' | 'miss' | 'saved' | 'exists' | 'skipped' | 'failed';
    ms: number;
    step?: string;
    fromRun?: string;
    message?: string;
}
export interface ActionsStepCacheOptions {
    /** Folder holding the per-key staging folders (e.g. `<RUNNER_TEMP>/runnable-step-cache`). Absolute. */
    root: string;
    /** Plain log lines (never workflow commands). */
    info?: (message: string) => void;
    /** `@actions/cache` (tests may pass a stand-in). Loaded with `import()` when absent. */
    cache?: CacheModule;
    /** Show the toolkit's debug output (RUNNER_DEBUG=1). */
    debug?: boolean;
}
export declare class ActionsStepCache implements StepCache {
    private readonly cache;
    private readonly opts;
    readonly kind = "github-actions-cache";
    /** Every restore and save, in order (for the log, the summary and tests). */
    readonly ops: StepCacheOp[];
    /** Why the cache turned itself off, once it did. */
    readonly problems: string[];
    private readable;
    private writable;
    private readonly als;
    private readonly masks;
    private readonly locks;
    /** Keys this job already restored or saved: no second upload. */
    private readonly known;
    private unhook?;
    private constructor();
    /** A cache when the service is reachable from this job; otherwise undefined and the reason. */
    static create(opts: ActionsStepCacheOptions): Promise<{
        cache?: ActionsStepCache;
        reason?: string;
    }>;
    /** Stops watching stdout (the process exits soon after anyway). */
    close(): void;
    private folderOf;
    /**
     * Lines the toolkit writes from inside one of our calls are taken out of the stream: failures are recorded,
     * masks remembered, debug shown (masked, as plain text) only in debug mode, plain info dropped.
     */
    private hookStdout;
    private mask;
    /** One operation per key at a time (parallel branches can share a key). */
    private locked;
    private watched;
    private turnOff;
    private failure;
    restore(key: string, workDir: string): Promise<CachedStep | undefined>;
    save(key: string, record: CachedStep, workDir: string): Promise<void>;
    private record;
    /** One line for the log and the summary. */
    describe(): string;
}
export {};
