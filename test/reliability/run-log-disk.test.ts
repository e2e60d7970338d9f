/**
 * A full or read-only run-log folder (issue 12, item 16) used to be reported as a bug in runnable-action
 * (exit 70, stack trace) and could leave a temp file behind. Now: a clear error naming the folder and the
 * errno ([RA205]), a non-zero exit without a stack trace, no temp file, and what is on disk still parses.
 * The folders are tiny tmpfs mounts (needs root, as in CI's container; skipped with the reason otherwise).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { cleanup, project } from './support.js';

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.splice(0)) {
    try {
      execFileSync('umount', ['-l', m]);
    } catch {
      /* already gone */
    }
  }
  cleanup();
});

function tmpfs(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}

const canMount = (() => {
  const cwd = project({});
  return tmpfs(path.join(cwd, 'probe'), 'size=64k');
})();
// Mounting a tmpfs needs root (CI's container is root); elsewhere the skip says so in the test's name.
const itMounted = canMount ? it : (name: string, fn: () => Promise<void>, timeout?: number) => it.skip(`${name} [skipped: mounting a tmpfs needs root]`, fn, timeout);

// A map over 300 items: the file-system document and the chunked-fs journal outgrow 64 KiB half-way.
const MAP =
  'dag:\n  start_at: fan\n  steps:\n    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n' +
  '      branch:\n        start_at: s\n        steps:\n          s:\n            type: stub\n            next: success\n';
const PARAMS = `items: [${Array.from({ length: 300 }, (_, i) => `"item-${i}"`).join(', ')}]\n`;

function expectClearError(r: { code: number | null; stderr: string }, folder: string, errno: string): void {
  expect(r.code).not.toBe(0);
  expect(r.code).not.toBe(70);
  expect(r.stderr).toContain('[RA205]');
  expect(r.stderr).toContain(folder);
  expect(r.stderr).toContain(errno);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

const temps = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => path.basename(f).endsWith('.tmp'));

describe('run-log folder on a full or read-only disk', () => {
  itMounted('read-only folder: RA205 naming the folder and EROFS, exit non-zero, no stack trace', async () => {
    const cwd = project({ 'p.yaml': MAP, 'params.yaml': PARAMS });
    expect(tmpfs(path.join(cwd, '.run_log_store'), 'ro,size=64k')).toBe(true);
    const r = await runCli(['execute', '-f', 'p.yaml', '-p', 'params.yaml', '--run-id', 'ro'], { cwd });
    expectClearError(r, path.join(cwd, '.run_log_store'), 'EROFS');
  }, 60_000);

  for (const type of ['file-system', 'chunked-fs'] as const) {
    itMounted(`full folder (${type}): RA205 naming the folder and ENOSPC, no temp file, what is on disk parses`, async () => {
      const cwd = project({ 'p.yaml': MAP, 'params.yaml': PARAMS, 'c.yaml': `run-log-store:\n  type: ${type}\n  config:\n    log_folder: rl\n` });
      const folder = path.join(cwd, 'rl');
      expect(tmpfs(folder, 'size=64k')).toBe(true);
      const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'full'], { cwd });
      expectClearError(r, folder, 'ENOSPC');
      expect(temps(folder)).toEqual([]);
      if (type === 'file-system') {
        // The previous complete version of the document (a rewrite is atomic).
        expect(() => JSON.parse(readFileSync(path.join(folder, 'full.json'), 'utf8'))).not.toThrow();
      } else {
        // Every complete journal line parses (a torn last line is not committed and is ignored by readers).
        const text = readFileSync(path.join(folder, 'full', 'Journal.jsonl'), 'utf8');
        for (const line of text.slice(0, text.lastIndexOf('\n')).split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
      }
    }, 60_000);
  }
});
