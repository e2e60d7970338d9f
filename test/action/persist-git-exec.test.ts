/**
 * Run-log persistence to a git branch through @actions/exec, against a real local bare repository: git's
 * output stays out of the job log, lists larger than one command line are split over several git
 * processes, entries other runs left (any mode, any path) survive a write, and a missing git is a clear error.
 * Then the bundled Action with `run-log-branch`, as a workflow runs it.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RemoteServiceError } from '../../src/errors.js';
import { commitRunLogToGit, filesUnder } from '../../src/github/persist-git.js';
import type { ResultsService } from '../support/results-service.js';
import { effectiveCommands, runAction } from '../security/action-harness.js';

let root: string;
let bare: string;
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' };
const g = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).replace(/\n$/, '');

async function clone(name: string): Promise<string> {
  const dir = join(root, name);
  g(root, 'clone', '--quiet', bare, dir);
  return dir;
}

// Many git processes on a loaded machine: generous (nothing here measures time).
jest.setTimeout(300_000); // 48 s for one test measured on a loaded machine (load 9)

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rn-git-exec-'));
  bare = join(root, 'remote.git');
  g(root, 'init', '--quiet', '--bare', '-b', 'runnable-runs', bare);
  // The branch already holds another writer's files: an executable, a symlink, names with a tab, a comma
  // and a newline, and a folder of another run.
  const seed = join(root, 'seed');
  g(root, 'init', '--quiet', '-b', 'runnable-runs', seed);
  await mkdir(join(seed, 'runs/other'), { recursive: true });
  await writeFile(join(seed, 'runs/other/RunLog.json'), '{"run":"other"}');
  await writeFile(join(seed, 'tool.sh'), '#!/bin/sh\necho hi\n', { mode: 0o755 });
  await writeFile(join(seed, 'odd\tname, with comma\nand newline.txt'), 'odd\n');
  g(seed, 'add', '.');
  execFileSync('ln', ['-s', 'tool.sh', 'link'], { cwd: seed });
  g(seed, 'add', 'link');
  g(seed, 'commit', '--quiet', '-m', 'seed');
  g(seed, 'push', '--quiet', bare, 'runnable-runs');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('commitRunLogToGit through @actions/exec', () => {
  test('writes a run folder larger than one command line, prints nothing, keeps the other entries as they were', async () => {
    const ws = await clone('ws');
    const before = g(bare, 'ls-tree', '-r', '-z', 'runnable-runs').split('\0').filter(Boolean).sort();
    const dir = join(root, 'logs', 'big');
    await mkdir(dir, { recursive: true });
    // 1,500 files with long names: well over one git process's argument budget (96 KiB), for hash-object and update-index alike.
    const names = Array.from({ length: 1500 }, (_, i) => `StepLog-${'a-rather-long-step-name-'.repeat(3)}${String(i).padStart(4, '0')}.json`);
    for (const [i, n] of names.entries()) await writeFile(join(dir, n), `{"i":${i}}`);
    const written: string[] = [];
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    let r;
    try {
      r = await commitRunLogToGit({ repoDir: ws, branch: 'runnable-runs', runId: 'big', files: await filesUnder(dir, 'runs/big') });
    } finally {
      out.mockRestore();
    }
    // @actions/exec echoes each command and its output unless silent: the job log gets none of it.
    expect(written.join('')).toBe('');
    expect(r).toMatchObject({ changed: true, attempts: 1 });
    const after = g(bare, 'ls-tree', '-r', '-z', 'runnable-runs').split('\0').filter(Boolean);
    const ours = after.filter((l) => l.split('\t')[1]!.startsWith('runs/big/'));
    expect(ours).toHaveLength(1500);
    expect(g(bare, 'show', `runnable-runs:runs/big/${names[1234]}`)).toBe('{"i":1234}');
    // Every entry that was there (modes 100755 and 120000, the odd name, the other run) is unchanged.
    expect(after.filter((l) => !l.split('\t')[1]!.startsWith('runs/big/')).sort()).toEqual(before);
    expect(before.some((l) => l.startsWith('100755 ') && l.endsWith('\ttool.sh'))).toBe(true);
    expect(before.some((l) => l.startsWith('120000 ') && l.endsWith('\tlink'))).toBe(true);
  });

  test('without git on PATH: a RemoteServiceError naming git, not a crash', async () => {
    const ws = await clone('ws-nogit');
    const dir = join(root, 'logs', 'nogit');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'RunLog.json'), '{}');
    const files = await filesUnder(dir, 'runs/nogit');
    const path = process.env.PATH;
    process.env.PATH = join(root, 'no-such-bin');
    try {
      const err = await commitRunLogToGit({ repoDir: ws, branch: 'runnable-runs', runId: 'nogit', files }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RemoteServiceError);
      expect((err as Error).message).toMatch(/^git could not be run: .*git/);
    } finally {
      process.env.PATH = path;
    }
  });
});

// No artifact service (persist-run-log: none): only the branch is written.
const NO_SERVICE = { url: 'http://127.0.0.1:9', apiUrl: 'http://127.0.0.1:9' } as ResultsService;

describe('the bundled Action with run-log-branch', () => {
  test('commits the run log to the branch of the checked-out repository, without git noise in the job log', async () => {
    const ws = await clone('ws-action');
    await writeFile(join(ws, 'p.yaml'), 'dag:\n  start_at: a\n  steps:\n    a:\n      type: task\n      command_type: shell\n      command: echo hello\n      next: success\n');
    const r = await runAction(root, NO_SERVICE, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'branch-1', 'persist-run-log': 'none', 'run-log-branch': 'runnable-runs' }, {
      env: { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '', GIT_AUTHOR_NAME: '', GIT_COMMITTER_NAME: '' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/run log of branch-1 committed on branch runnable-runs \([0-9a-f]{12}, 1 attempt\(s\)\)/);
    expect(effectiveCommands(r.stdout).filter((c) => c.name === 'warning').map((c) => c.line).join('\n')).not.toMatch(/could not commit/);
    // @actions/exec echoes `[command]/usr/bin/git ...` unless told to be silent.
    expect(r.stdout).not.toContain('[command]');
    const files = g(bare, 'ls-tree', '-r', '--name-only', 'runnable-runs').split('\n');
    expect(files.filter((f) => f.startsWith('runs/branch-1/')).length).toBeGreaterThan(0);
    expect(files).toContain('runs/other/RunLog.json');
    expect(g(bare, 'log', '-1', '--format=%an|%s', 'runnable-runs')).toBe('github-actions[bot]|runnable: run log of branch-1');
  });
});
