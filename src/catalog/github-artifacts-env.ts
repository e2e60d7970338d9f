/**
 * Everything the artifact-backed catalog reads from the runner's environment, behind small accessors
 * (the toolkit's `config.ts` pattern), and the options the Action hands over in-process.
 *
 * Options travel as data (RunOptions.catalogOptions -> setup-run -> createCatalog), never through
 * `process.env`, so that a token the Action holds for cross-run reads never lands in an environment a step
 * process could inherit.
 */
import { createHash } from 'node:crypto';

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
export function backendIdsFromToken(token: string | undefined): { run: string; job: string } | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown };
    for (const scope of String(claims.scp ?? '').split(' ')) {
      const parts = scope.split(':');
      if (parts.length === 3 && parts[0] === 'Actions.Results') return { run: parts[1]!, job: parts[2]! };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export function readRuntime(env: NodeJS.ProcessEnv = process.env): GithubArtifactsRuntime {
  const ids = backendIdsFromToken(env.ACTIONS_RUNTIME_TOKEN);
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return {
    workflowRunId: env.GITHUB_RUN_ID ?? '',
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    repository: env.GITHUB_REPOSITORY ?? '',
    jobBackendId: ids?.job ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    tempDir: env.RUNNER_TEMP || undefined,
    hasRuntime: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL && ids),
  };
}

/** Characters artifact names may not contain, plus anything unusual: names keep to `[A-Za-z0-9._-]`. */
export function sanitizeNamePart(s: string, max = 40): string {
  const clean = s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._-]+/, '');
  if (clean === s && clean.length <= max) return clean;
  // Keep names readable but unique: a truncated readable prefix plus a hash of the original.
  const h = createHash('sha256').update(s).digest('hex').slice(0, 8);
  return `${clean.slice(0, Math.max(0, max - 9))}_${h}`.replace(/^_/, '');
}

/** The key of a run id inside artifact names (`rn-<runkey>-…`). */
export function runKey(runId: string): string {
  return sanitizeNamePart(runId, 40);
}

/** UI link of an artifact (platform doc §4). */
export function artifactUrl(rt: GithubArtifactsRuntime, artifactId: number | undefined, workflowRunId = rt.workflowRunId): string | undefined {
  if (!artifactId || !rt.repository || !workflowRunId) return undefined;
  return `${rt.serverUrl.replace(/\/$/, '')}/${rt.repository}/actions/runs/${workflowRunId}/artifacts/${artifactId}`;
}
