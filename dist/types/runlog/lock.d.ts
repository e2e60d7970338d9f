export interface FileLockOptions {
    /** Age after which a lock whose holder cannot be checked is considered abandoned. Default 10,000 ms. */
    staleMs?: number;
    /** How long to wait for the lock before failing. Default 60,000 ms. */
    timeoutMs?: number;
}
/** Runs `fn` while holding the cross-process lock `lockPath` (a path that must not be used for anything else). */
export declare function withFileLock<T>(lockPath: string, fn: () => T | Promise<T>, options?: FileLockOptions): Promise<T>;
/**
 * A long-held lock naming the one process that writes a run (the local executor, for the whole run). Unlike
 * the short locks above it has no age limit: it is broken only when its holder is provably gone — a dead pid
 * on this host, or a live pid whose start time differs from the holder's (the pid was reused, e.g. in a new
 * container) — or when it is unreadable and older than a few seconds (a holder killed between create and write).
 */
export interface OwnerLease {
    readonly lockPath: string;
    readonly token: string;
}
/**
 * Takes the owner lock at `lockPath`, breaking it when its holder is gone. Throws `inUse(holder)` when a live
 * process holds it. Not re-entrant: a second claim from this process sees itself as the live holder.
 */
export declare function acquireOwnerLock(lockPath: string, inUse: (holder: string) => Error): OwnerLease;
/** The owner's disk reserve, beside its lock (a dot file: no reader takes it for a record). */
export declare function reservePath(lockPath: string): string;
export declare function releaseOwnerLock(lease: OwnerLease): void;
export declare function groupLedgerPath(lockPath: string): string;
/** Records that this process started (`true`) or finished with (`false`) the process group `pgid`. */
export declare function noteProcessGroup(pgid: number, started: boolean): void;
/** Stops the process groups a dead owner left open in `ledger` and waits (≤ ~3 s) until they are gone. */
export declare function stopOrphanGroups(ledger: string, graceMs?: number): number[];
/** The holder of an owner lock when it is a live process (undefined when there is none or it is gone). */
export declare function liveOwner(lockPath: string): string | undefined;
