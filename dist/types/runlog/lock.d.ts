export interface FileLockOptions {
    /** Age after which a lock whose holder cannot be checked is considered abandoned. Default 10,000 ms. */
    staleMs?: number;
    /** How long to wait for the lock before failing. Default 60,000 ms. */
    timeoutMs?: number;
}
/** Runs `fn` while holding the cross-process lock `lockPath` (a path that must not be used for anything else). */
export declare function withFileLock<T>(lockPath: string, fn: () => T | Promise<T>, options?: FileLockOptions): Promise<T>;
