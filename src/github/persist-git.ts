/**
 * Commits a run's log to a branch of a git repository (`runs/<run_id>/…`), e.g. a `runnable-runs` branch
 * of the repository the workflow checked out, so run logs outlive artifact retention and can be browsed.
 *
 * Built with plumbing (`read-tree`, `hash-object`, `update-index`, `write-tree`, `commit-tree`) on a private
 * index file: the user's working tree, index and HEAD are never touched, the branch may not exist yet (the
 * first commit is a root commit), and the credentials `actions/checkout` left in the repository's config are
 * reused. Concurrent jobs writing other runs race on the push: a rejected (non-fast-forward) push is retried
 * on top of the new tip, with backoff. Only `runs/<run_id>/` is replaced, so retries never lose others' runs.
 */
import { getExecOutput } from '@actions/exec';
import { randomBytes } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RemoteServiceError, UsageError } from '../errors.js';

export interface GitPersistOptions {
  /** A git repository (work tree or bare) whose remote receives the branch. */
  repoDir: string;
  /** Remote name or URL. @default 'origin' */
  remote?: string;
  branch: string;
  runId: string;
  /** Files to commit: `repoPath` under `runs/<run_id>/`, `source` an absolute local path. */
  files: { repoPath: string; source: string }[];
  message?: string;
  /** @default github-actions[bot] */
  author?: { name: string; email: string };
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

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface GitRun {
  cwd: string;
  env: Record<string, string>;
}

/**
 * One git command through @actions/exec: output captured and never echoed to the job log (`silent`), the exit
 * code left to the caller (`ignoreReturnCode`). Nothing goes to git's stdin: @actions/exec writes `input`
 * with no error handler, so a git that exits before reading it all kills the Action with EPIPE. Lists
 * travel as arguments instead (see `mustEach`).
 */
async function git(args: string[], run: GitRun): Promise<GitResult> {
  try {
    const r = await getExecOutput('git', args, { cwd: run.cwd, env: run.env, silent: true, ignoreReturnCode: true });
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    // git not on PATH, or the folder is missing: @actions/exec says which.
    throw new RemoteServiceError(`git could not be run: ${(err as Error).message}`, 'git');
  }
}

async function must(args: string[], run: GitRun): Promise<string> {
  const r = await git(args, run);
  if (r.code !== 0) throw new RemoteServiceError(`git ${args[0]} failed: ${r.stderr.trim() || r.stdout.trim()}`, 'git');
  return r.stdout.trim();
}

/** Argument bytes per git process: far below Linux's 2 MiB for arguments and environment together. */
const ARG_BYTES = 96 * 1024;

/** `git ...fixed ...items` in as few processes as ARG_BYTES allows (each item: that many arguments); their outputs, in order. */
async function mustEach(fixed: string[], items: string[][], run: GitRun): Promise<string[]> {
  const outs: string[] = [];
  for (let i = 0; i < items.length; ) {
    const batch: string[] = [];
    let bytes = 0;
    for (; i < items.length; i++) {
      const size = items[i]!.reduce((n, a) => n + Buffer.byteLength(a) + 1, 0);
      if (batch.length && bytes + size > ARG_BYTES) break;
      batch.push(...items[i]!);
      bytes += size;
    }
    outs.push(await must([...fixed, ...batch], run));
  }
  return outs;
}

/** The variables that are set (@actions/exec takes string values only). */
function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Lists a folder's files as `{repoPath: runs/<run_id>/<rel>, source}` (for the chunked run-log folder). */
export async function filesUnder(dir: string, repoPrefix: string): Promise<{ repoPath: string; source: string }[]> {
  const out: { repoPath: string; source: string }[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const ent of await readdir(abs, { withFileTypes: true })) {
      const p = join(abs, ent.name);
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) await walk(p, r);
      else if (ent.isFile() && !ent.name.endsWith('.lock') && !ent.name.endsWith('.tmp')) out.push({ repoPath: `${repoPrefix}/${r}`, source: p });
    }
  };
  if ((await stat(dir).catch(() => undefined))?.isDirectory()) await walk(dir, '');
  return out.sort((a, b) => (a.repoPath < b.repoPath ? -1 : 1));
}

export async function commitRunLogToGit(opts: GitPersistOptions): Promise<GitPersistResult> {
  const remote = opts.remote ?? 'origin';
  const prefix = `runs/${opts.runId}`;
  if (!/^[A-Za-z0-9._-]+$/.test(opts.runId) || opts.runId === '.' || opts.runId === '..') throw new UsageError(`run id '${opts.runId}' cannot be used as a folder name`);
  const check = await git(['check-ref-format', `refs/heads/${opts.branch}`], { cwd: opts.repoDir, env: definedOnly(process.env) });
  if (check.code !== 0) throw new UsageError(`'${opts.branch}' is not a valid branch name`);
  for (const f of opts.files) {
    if (!f.repoPath.startsWith(`${prefix}/`) || f.repoPath.split('/').some((s) => s === '..' || s === '')) {
      throw new UsageError(`refusing to commit '${f.repoPath}': run-log files go under ${prefix}/`);
    }
  }
  const author = opts.author ?? { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
  const indexFile = join(tmpdir(), `runnable-git-index-${randomBytes(6).toString('hex')}`);
  const trackingRef = `refs/runnable-action/persist/${opts.branch}`;
  const env: Record<string, string> = {
    ...definedOnly({ ...process.env, ...opts.env }),
    GIT_INDEX_FILE: indexFile,
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
  };
  const run: GitRun = { cwd: opts.repoDir, env };
  const maxAttempts = opts.maxAttempts ?? 5;
  try {
    const shallow = (await git(['rev-parse', '--is-shallow-repository'], run)).stdout.trim() === 'true';
    // Blobs do not depend on the tip: write them once.
    const shas = (await mustEach(['hash-object', '-w', '--no-filters', '--'], opts.files.map((f) => [f.source]), run)).flatMap((out) => out.split('\n'));
    if (shas.length !== opts.files.length) throw new RemoteServiceError(`git hash-object wrote ${shas.length} object(s) for ${opts.files.length} file(s)`, 'git');
    let lastError = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const fetched = await git(['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), remote, `+refs/heads/${opts.branch}:${trackingRef}`], run);
      let parent: string | undefined;
      if (fetched.code === 0) parent = await must(['rev-parse', '--verify', `${trackingRef}^{commit}`], run);
      else if (!/couldn't find remote ref|no such ref|not found/i.test(fetched.stderr)) {
        throw new RemoteServiceError(`git fetch ${remote} ${opts.branch} failed: ${fetched.stderr.trim()}`, 'git');
      }
      // The tip's entries minus runs/<run_id>/, plus the new files (ls-tree -z: any path is safe; --cacheinfo
      // takes the path as given, never relative to the current folder).
      await rm(indexFile, { force: true });
      await must(['read-tree', '--empty'], run);
      const kept = parent
        ? (await must(['ls-tree', '-r', '-z', '--full-tree', parent], run))
            .split('\0')
            .filter(Boolean)
            .map((l) => {
              // `<mode> <type> <sha>\t<path>`; the path may itself hold tabs.
              const tab = l.indexOf('\t');
              const [mode, , sha] = l.slice(0, tab).split(' ');
              return { path: l.slice(tab + 1), entry: `${mode},${sha},${l.slice(tab + 1)}` };
            })
            .filter((e) => !e.path.startsWith(`${prefix}/`))
            .map((e) => e.entry)
        : [];
      const added = opts.files.map((f, i) => `100644,${shas[i]},${f.repoPath}`);
      await mustEach(['update-index', '--add'], [...kept, ...added].map((e) => ['--cacheinfo', e]), run);
      const tree = await must(['write-tree'], run);
      if (parent && tree === (await must(['rev-parse', `${parent}^{tree}`], run))) {
        return { commit: parent, branch: opts.branch, attempts: attempt, changed: false };
      }
      const message = opts.message ?? `runnable: run log of ${opts.runId}`;
      const commit = await must(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message], run);
      const pushed = await git(['push', '--quiet', '--porcelain', remote, `${commit}:refs/heads/${opts.branch}`], run);
      if (pushed.code === 0) return { commit, branch: opts.branch, attempts: attempt, changed: true };
      lastError = (pushed.stderr + pushed.stdout).trim();
      if (!/non-fast-forward|fetch first|rejected|stale info|failed to update ref|cannot lock ref/i.test(lastError)) {
        throw new RemoteServiceError(`git push to ${remote} ${opts.branch} failed: ${lastError}`, 'git');
      }
      // Someone else pushed meanwhile: rebuild on the new tip after a short, jittered pause.
      await sleep(Math.min(2000, 100 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 100));
    }
    throw new RemoteServiceError(`git push to ${remote} ${opts.branch} still rejected after ${maxAttempts} attempts: ${lastError}`, 'git');
  } finally {
    await rm(indexFile, { force: true });
  }
}
