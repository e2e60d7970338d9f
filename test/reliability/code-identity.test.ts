/**
 * The git code identity (issue 12, item 13):
 * - a slow `git diff` (a huge or cold work tree) no longer holds back the first steps' SUCCESS records: a
 *   kill -9 while the second step runs, then retry, does not run the first step again;
 * - a work tree with thousands of changed files is named in a bounded message (a few files and "and more"),
 *   not copied whole into every attempt.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';
import { allSteps, cleanup, lines, project, runLog, start, waitFor } from './support.js';

afterAll(cleanup);

function gitRepo(cwd: string, files: number): void {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, stdio: 'ignore' });
  git('init', '-q');
  mkdirSync(path.join(cwd, 'src'));
  for (let i = 0; i < files; i++) writeFileSync(path.join(cwd, 'src', `file-${i}.txt`), 'v1\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
}

describe('git code identity', () => {
  it('a git diff that does not answer does not hold back the first step: kill -9 + retry does not run it again', async () => {
    const cwd = project({
      'p.yaml':
        'dag:\n  start_at: one\n  steps:\n' +
        '    one:\n      type: task\n      command_type: shell\n      command: echo one >> ledger\n      next: two\n' +
        '    two:\n      type: task\n      command_type: shell\n      command: echo two >> ledger; while [ ! -f go.marker ]; do sleep 0.05; done\n      next: success\n',
    });
    gitRepo(cwd, 1);
    writeFileSync(path.join(cwd, '.gitignore'), '*\n');
    // A git whose `diff` hangs (everything else is the real git).
    const bin = path.join(cwd, 'fakebin');
    mkdirSync(bin);
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nif [ "$1" = diff ]; then exec sleep 120; fi\nexec ${realGit} "$@"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    const env = cleanEnv({ PATH: `${bin}:${process.env.PATH}` });
    const run = start(['execute', '-f', 'p.yaml', '--run-id', 'slowgit'], cwd, env);
    await waitFor(() => lines(path.join(cwd, 'ledger')).includes('one'), undefined, 'the first step to run');
    // Kill once the second step runs — or, if the first step's record is still held back (the bug: the hanging
    // diff runs 120 s), after a deadline generous enough for a busy machine and short of the hang.
    await waitFor(() => lines(path.join(cwd, 'ledger')).includes('two'), 60_000).catch(() => undefined);
    run.child.kill('SIGKILL');
    await run.exit;
    writeFileSync(path.join(cwd, 'go.marker'), '');
    const retry = await runCli(['retry', 'slowgit', '-f', 'p.yaml'], { cwd, env, timeoutMs: 120_000 });
    expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr }).toEqual({ code: 0, err: '' });
    expect(lines(path.join(cwd, 'ledger')).filter((l) => l === 'one')).toHaveLength(1);
    const log = await runLog(cwd, 'slowgit');
    const identity = log.steps.one!.attempts[0]!.code_identities[0]!;
    expect(identity).toMatchObject({ code_identifier_type: 'git', code_identifier_dependable: false });
    expect(identity.code_identifier_message).toMatch(/not checked/);
  }, 300_000);

  it('3,000 changed files: every attempt names a few of them, bounded', async () => {
    const cwd = project({
      'p.yaml':
        // The first step gives git time to answer: the later attempts record its answer.
        'dag:\n  start_at: wait\n  steps:\n    wait:\n      type: task\n      command_type: shell\n      command: sleep 5\n      next: s0\n' +
        Array.from({ length: 20 }, (_, i) => `    s${i}:\n      type: stub\n      next: ${i === 19 ? 'success' : `s${i + 1}`}\n`).join(''),
    });
    gitRepo(cwd, 3000);
    for (let i = 0; i < 3000; i++) writeFileSync(path.join(cwd, 'src', `file-${i}.txt`), 'v2\n');
    const r = await runCli(['execute', '-f', 'p.yaml', '--run-id', 'dirty'], { cwd, timeoutMs: 120_000 });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    const log = await runLog(cwd, 'dirty');
    const identities = allSteps(log.steps).flatMap((s) => s.attempts.flatMap((a) => a.code_identities));
    expect(identities.length).toBeGreaterThanOrEqual(20);
    for (const id of identities) {
      expect(id.code_identifier_dependable).toBe(false);
      expect(id.code_identifier_message).toMatch(/^changes found in src\/file-\d+\.txt, .* and more$|^the work tree was not checked for changes yet/);
      expect(id.code_identifier_message.length).toBeLessThan(2500);
    }
    expect(log.steps.s19!.attempts[0]!.code_identities[0]!.code_identifier_message).toMatch(/^changes found in (src\/file-\d+\.txt, ){9}src\/file-\d+\.txt and more$/);
    expect(JSON.stringify(log).length).toBeLessThan(200_000);
  }, 240_000);
});
