/**
 * The git code identity recorded on every attempt, read from the repository's files, checked against what
 * git itself says: loose and packed refs, a dirty work tree, a detached HEAD, a linked worktree, no git.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gitCodeIdentity } from '../../src/engine/code-identity.js';
import { POLL_MS } from '../support/wait.js';

// Where a test needs git's own answer: a deadline a busy machine's git meets (the run's 1.5 s default can pass
// before git answers, and the identity is then the commit alone, not dependable, by design).
const ANSWER_MS = POLL_MS;

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ra-git-'));
  const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  g('init', '-q', '-b', 'main');
  g('config', 'user.email', 't@example.test');
  g('config', 'user.name', 't');
  g('remote', 'add', 'origin', 'https://example.test/org/repo.git');
  writeFileSync(path.join(dir, 'a.txt'), 'one\n');
  g('add', 'a.txt');
  g('commit', '-qm', 'one');
  return dir;
}

const head = (dir: string) => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();

describe('git code identity', () => {
  it('leaves no timer behind once git has answered (the deadline timer used to hold every run open after its end)', async () => {
    const dir = repo();
    const created: unknown[] = [];
    const cleared = new Set<unknown>();
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    const setSpy = jest.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const t = realSet(fn, ms);
      if (ms === ANSWER_MS) created.push(t);
      return t;
    }) as typeof setTimeout);
    const clearSpy = jest.spyOn(globalThis, 'clearTimeout').mockImplementation(((t: NodeJS.Timeout) => {
      cleared.add(t);
      realClear(t);
    }) as typeof clearTimeout);
    try {
      const [id] = await gitCodeIdentity(dir, ANSWER_MS);
      expect(id!.code_identifier_dependable).toBe(true); // git answered (not the deadline's fallback)
    } finally {
      setSpy.mockRestore();
      clearSpy.mockRestore();
    }
    expect(created).toHaveLength(1);
    expect(cleared.has(created[0])).toBe(true);
  });

  it('matches git rev-parse and the origin URL; dependable when clean', async () => {
    const dir = repo();
    const [id] = await gitCodeIdentity(path.join(dir), ANSWER_MS);
    expect(id).toEqual({ code_identifier: head(dir), code_identifier_type: 'git', code_identifier_dependable: true, code_identifier_url: 'https://example.test/org/repo.git', code_identifier_message: '' });
  });

  it('reads packed refs, a detached HEAD, and a subfolder of the work tree', async () => {
    const dir = repo();
    execFileSync('git', ['pack-refs', '--all'], { cwd: dir });
    expect((await gitCodeIdentity(dir))[0]!.code_identifier).toBe(head(dir));
    execFileSync('git', ['checkout', '-q', '--detach'], { cwd: dir });
    execFileSync('mkdir', ['-p', path.join(dir, 'sub/deeper')]);
    expect((await gitCodeIdentity(path.join(dir, 'sub/deeper')))[0]!.code_identifier).toBe(head(dir));
  });

  it('is not dependable when tracked files changed, and names them', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'a.txt'), 'two\n');
    const [id] = await gitCodeIdentity(dir, ANSWER_MS);
    expect(id!.code_identifier_dependable).toBe(false);
    expect(id!.code_identifier_message).toBe('changes found in a.txt');
  });

  it('follows a linked worktree to its commit', async () => {
    const dir = repo();
    const wt = path.join(dir, '..', path.basename(dir) + '-wt');
    execFileSync('git', ['worktree', 'add', '-q', '-b', 'other', wt], { cwd: dir });
    writeFileSync(path.join(wt, 'b.txt'), 'b\n');
    execFileSync('git', ['add', 'b.txt'], { cwd: wt });
    execFileSync('git', ['commit', '-qm', 'two'], { cwd: wt });
    const [id] = await gitCodeIdentity(wt);
    expect(id!.code_identifier).toBe(head(wt));
    expect(id!.code_identifier).not.toBe(head(dir));
  });

  it('is empty outside a git work tree', async () => {
    expect(await gitCodeIdentity(mkdtempSync(path.join(tmpdir(), 'ra-nogit-')))).toEqual([]);
  });
});
