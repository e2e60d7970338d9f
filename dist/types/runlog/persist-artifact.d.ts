export interface PersistedRunLog {
    name: string;
    id: number;
    /** Files, relative to the log folder (`<run_id>/RunLog.json`, …). */
    files: string[];
    url?: string;
    /** True when an identical state was already stored and nothing was uploaded. */
    alreadyStored: boolean;
}
/** Files of the run under the log folder, relative to it, `/`-separated, sorted. */
export declare function runLogFiles(logFolder: string, runId: string): Promise<string[]>;
/** Uploads the run's log files. Throws RunLogNotFoundError when there is nothing to persist. */
export declare function persistRunLogArtifact(opts: {
    runId: string;
    logFolder: string;
    retentionDays?: number;
    stagingDir?: string;
}): Promise<PersistedRunLog>;
/** Where to look for an earlier run's log: this workflow run, and optionally another one. */
export interface RestoreSource {
    /** Another workflow run (numeric id) to search first; needs `token`. */
    workflowRunId?: string;
    repository?: string;
    token?: string;
}
/**
 * Downloads the newest persisted log of `runId` into `logFolder` (replacing local files of that run).
 * Returns undefined when no artifact holds it.
 */
export declare function restoreRunLogArtifact(opts: {
    runId: string;
    logFolder: string;
    source?: RestoreSource;
    stagingDir?: string;
}): Promise<PersistedRunLog | undefined>;
