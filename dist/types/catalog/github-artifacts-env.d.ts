export interface GithubArtifactsRuntime {
    /** The workflow run's numeric id (`GITHUB_RUN_ID`); '' outside Actions. */
    workflowRunId: string;
    /** `GITHUB_RUN_ATTEMPT`, 1 when unset. */
    runAttempt: number;
    /** `owner/repo`. */
    repository: string;
    /** Backend job id from the runtime token (unique per job execution, attempts included). */
    jobBackendId: string;
    serverUrl: string;
    /** Temporary directory for staging (`RUNNER_TEMP`, else the OS temp dir). */
    tempDir: string | undefined;
    hasRuntime: boolean;
}
/** Options the Action gives the run's catalog (cross-run retry reads need a token with `actions: read`). */
export interface GithubArtifactsOptions {
    /** Token for reading artifacts of other workflow runs (`findBy`). */
    token?: string;
    /** Another workflow run whose artifacts hold the catalog of the run being retried. */
    sourceWorkflowRunId?: string;
    /** `owner/repo` of that run; defaults to the current repository. */
    sourceRepository?: string;
    /** Logger for upload/download notes (the Action routes it to core.info / core.debug). */
    log?: (message: string) => void;
}
/** The backend ids from the runtime token's `Actions.Results:<run>:<job>` scope (decoded, not verified). */
export declare function backendIdsFromToken(token: string | undefined): {
    run: string;
    job: string;
} | undefined;
export declare function readRuntime(env?: NodeJS.ProcessEnv): GithubArtifactsRuntime;
/** Characters artifact names may not contain, plus anything unusual: names keep to `[A-Za-z0-9._-]`. */
export declare function sanitizeNamePart(s: string, max?: number): string;
/** The key of a run id inside artifact names (`rn-<runkey>-…`). */
export declare function runKey(runId: string): string;
/** UI link of an artifact (platform doc §4). */
export declare function artifactUrl(rt: GithubArtifactsRuntime, artifactId: number | undefined, workflowRunId?: string): string | undefined;
