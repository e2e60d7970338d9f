/**
 * Outside a git work tree a run starts no git: there is no identity to read, and a spawn forks the whole CLI
 * process (≈ 10 ms of its start). A `git` first on PATH that leaves a mark shows whether it ran; with GIT_DIR
 * set, git decides where the repository is, so it is asked.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';

function fakeGit(): { bin: string; mark: string } {
  const bin = mkdtempSync(path.join(tmpdir(), 'ra-fakegit-'));
  const mark = path.join(bin, 'ran');
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$@" >> "${mark}"\nexit 128\n`, { mode: 0o755 });
  return { bin, mark };
}

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ra-nogit-'));
  writeFileSync(path.join(dir, 'p.yaml'), 'dag:\n  start_at: s\n  steps:\n    s:\n      type: task\n      command_type: shell\n      command: "true"\n      next: success\n');
  return dir;
}

describe('code identity outside a git work tree', () => {
  it('starts no git, and records no identity', async () => {
    const { bin, mark } = fakeGit();
    const cwd = project();
    const env = cleanEnv({ PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` });
    delete env.GIT_DIR;
    const r = await runCli(['execute', '-f', 'p.yaml', '--run-id', 'nogit'], { cwd, env });
    expect(r.code).toBe(0);
    expect(existsSync(mark)).toBe(false);
    const log = readFileSync(path.join(cwd, '.run_log_store', 'nogit.json'), 'utf8');
    expect(JSON.parse(log).steps.s.attempts[0].code_identities).toEqual([]);
  });

  it('asks git when GIT_DIR says where the repository is', async () => {
    const { bin, mark } = fakeGit();
    const cwd = project();
    const env = cleanEnv({ PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, GIT_DIR: path.join(bin, 'repo.git') });
    const r = await runCli(['execute', '-f', 'p.yaml', '--run-id', 'gitdir'], { cwd, env });
    expect(r.code).toBe(0);
    expect(readFileSync(mark, 'utf8')).toMatch(/^diff --name-only -z$/m);
  });
});
