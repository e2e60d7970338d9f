export interface GitPersistOptions {
    /** A git repository (work tree or bare) whose remote receives the branch. */
    repoDir: string;
    /** Remote name or URL. @default 'origin' */
    remote?: string;
    branch: string;
    runId: string;
    /** Files to commit: `repoPath` under `runs/<run_id>/`, `source` an absolute local path. */
    files: {
        repoPath: string;
        source: string;
    }[];
    message?: string;
    /** @default github-actions[bot] */
    author?: {
        name: string;
        email: string;
    };
    /** Push attempts before giving up. @default 5 */
    maxAttempts?: number;
    /** Environment for git (e.g. to add GIT_CONFIG_* auth); merged over process.env. */
    env?: Record<string, string | undefined>;
}
export interface GitPersistResult {
    commit: string;
    branch: string;
    attempts: number;
    /** False when the branch already had exactly these files. */
    changed: boolean;
}
/** Lists a folder's files as `{repoPath: runs/<run_id>/<rel>, source}` (for the chunked run-log folder). */
export declare function filesUnder(dir: string, repoPrefix: string): Promise<{
    repoPath: string;
    source: string;
}[]>;
export declare function commitRunLogToGit(opts: GitPersistOptions): Promise<GitPersistResult>;
