/**
 * Run-log persistence to a git branch, with a real local bare repository as the remote: orphan branch
 * creation, replacing a run's folder, concurrent writers (non-fast-forward pushes retried), the user's
 * work tree and index left untouched.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitRunLogToGit, filesUnder } from '../../src/github/persist-git.js';

// Real git processes: 23 s for the first test measured on a loaded machine (load 9); nothing here measures time.
jest.setTimeout(180_000);

let root: string;
let bare: string;
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' };
const g = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();

async function clone(name: string): Promise<string> {
  const dir = join(root, name);
  g(root, 'clone', '--quiet', bare, dir);
  return dir;
}

async function runFolder(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, 'logs', name);
  await mkdir(dir, { recursive: true });
  for (const [f, c] of Object.entries(files)) await writeFile(join(dir, f), c);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rn-git-'));
  bare = join(root, 'remote.git');
  g(root, 'init', '--quiet', '--bare', '-b', 'main', bare);
  const seed = join(root, 'seed');
  g(root, 'init', '--quiet', '-b', 'main', seed);
  await writeFile(join(seed, 'README.md'), 'project\n');
  g(seed, 'add', '.');
  g(seed, 'commit', '--quiet', '-m', 'init');
  g(seed, 'push', '--quiet', bare, 'main');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('commitRunLogToGit', () => {
  test('creates the branch, writes runs/<id>/, leaves the work tree alone, and replaces the folder on the next write', async () => {
    const ws = await clone('ws1');
    await writeFile(join(ws, 'README.md'), 'local edit\n');
    const dir = await runFolder('r1', { 'RunLog.json': '{"status":"PROCESSING"}', 'BranchLog-map.1.json': '{}' });
    const r = await commitRunLogToGit({ repoDir: ws, branch: 'runnable-runs', runId: 'r1', files: await filesUnder(dir, 'runs/r1') });
    expect(r).toMatchObject({ changed: true, attempts: 1 });
    expect(g(bare, 'ls-tree', '-r', '--name-only', 'runnable-runs').split('\n')).toEqual(['runs/r1/BranchLog-map.1.json', 'runs/r1/RunLog.json']);
    expect(g(bare, 'log', '--format=%an|%s', 'runnable-runs')).toBe('github-actions[bot]|runnable: run log of r1');
    // user's state untouched
    expect(await readFile(join(ws, 'README.md'), 'utf8')).toBe('local edit\n');
    expect(g(ws, 'status', '--porcelain')).toBe('M README.md');
    expect(g(ws, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');

    // second write of the same run: the removed chunk disappears, the run log is updated
    await rm(join(dir, 'BranchLog-map.1.json'));
    await writeFile(join(dir, 'RunLog.json'), '{"status":"SUCCESS"}');
    const r2 = await commitRunLogToGit({ repoDir: ws, branch: 'runnable-runs', runId: 'r1', files: await filesUnder(dir, 'runs/r1') });
    expect(r2.changed).toBe(true);
    expect(g(bare, 'ls-tree', '-r', '--name-only', 'runnable-runs')).toBe('runs/r1/RunLog.json');
    expect(g(bare, 'show', 'runnable-runs:runs/r1/RunLog.json')).toBe('{"status":"SUCCESS"}');
    // identical content: no new commit
    const r3 = await commitRunLogToGit({ repoDir: ws, branch: 'runnable-runs', runId: 'r1', files: await filesUnder(dir, 'runs/r1') });
    expect(r3).toMatchObject({ changed: false, commit: r2.commit });
  });

  test('concurrent writers of different runs all land (non-fast-forward pushes are retried)', async () => {
    // A run already on the branch (this test's own, not the previous test's): the writers must keep it.
    const keeper = await clone('w-keep');
    const kept = await runFolder('kept', { 'RunLog.json': '{"run":"kept"}' });
    await commitRunLogToGit({ repoDir: keeper, branch: 'runnable-runs', runId: 'kept', files: await filesUnder(kept, 'runs/kept') });
    const writers = await Promise.all(Array.from({ length: 6 }, (_, i) => clone(`w${i}`)));
    const results = await Promise.all(
      writers.map(async (ws, i) => {
        const dir = await runFolder(`c${i}`, { 'RunLog.json': `{"run":${i}}` });
        return commitRunLogToGit({ repoDir: ws, branch: 'runnable-runs', runId: `c${i}`, files: await filesUnder(dir, `runs/c${i}`), maxAttempts: 10 });
      }),
    );
    const files = g(bare, 'ls-tree', '-r', '--name-only', 'runnable-runs').split('\n');
    for (let i = 0; i < 6; i++) expect(files).toContain(`runs/c${i}/RunLog.json`);
    expect(files).toContain('runs/kept/RunLog.json');
    expect(Math.max(...results.map((r) => r.attempts))).toBeGreaterThan(1);
  }, 300_000); // 6 writers of several git processes each, retried: over 60 s measured on a loaded machine (load 9)

  test('refuses paths outside runs/<id>/ and bad branch names', async () => {
    const ws = await clone('ws-bad');
    await expect(commitRunLogToGit({ repoDir: ws, branch: 'runnable-runs', runId: 'x', files: [{ repoPath: 'runs/x/../../evil', source: '/etc/hostname' }] })).rejects.toThrow(/refusing to commit/);
    await expect(commitRunLogToGit({ repoDir: ws, branch: 'bad..name', runId: 'x', files: [] })).rejects.toThrow(/not a valid branch name/);
    await expect(commitRunLogToGit({ repoDir: ws, branch: 'b', runId: '../x', files: [] })).rejects.toThrow(/cannot be used as a folder name/);
  });
});
