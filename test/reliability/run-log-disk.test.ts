/**
 * A full or read-only run-log folder (issue 12, item 16) used to be reported as a bug in runnable-action
 * (exit 70, stack trace) and could leave a temp file behind. Now: a clear error naming the folder and the
 * errno ([RA205]), a non-zero exit without a stack trace, no temp file, and what is on disk still parses.
 * The folders are tiny tmpfs mounts (needs root, as in CI's container; skipped with the reason otherwise).
 *
 * Round 3: a disk that a step fills mid-run used to leave the run PROCESSING, since the run's final records
 * could not be written either. Now the owner keeps a small reserve file beside the run, freed by the first
 * ENOSPC: the run log ends consistent (FAIL, nothing PROCESSING), and `retry` works once space is freed.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { cleanup, project, runLog } from './support.js';

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

  for (const type of ['file-system', 'chunked-fs'] as const) {
    itMounted(`a step fills the disk (${type}): RA205 naming the folder and ENOSPC, run FAIL with nothing PROCESSING, retry after freeing space`, async () => {
      const cwd = project({
        'c.yaml': `run-log-store:\n  type: ${type}\n`,
        // `fill` fills the disk (while the file fill-now exists) and succeeds; its 8 KiB return needs new blocks (a value file, a rewrite), so the
        // write of its SUCCESS is the first to find the disk full, whatever room the last page had left.
        'fill.py':
          'import os\ndef fill():\n    try:\n        with open(".run_log_store/filler", "wb") as f:\n            while os.path.exists("fill-now"):\n' +
          '                f.write(b"\\0" * 65536)\n                f.flush()\n    except OSError:\n        pass\n    return "x" * 8192\n',
        'p.yaml':
          'dag:\n  start_at: fill\n  steps:\n    fill:\n      type: task\n      command_type: python\n' +
          '      command: fill.fill\n      returns: [{name: big}]\n      next: after\n' +
          '    after:\n      type: task\n      command_type: shell\n      command: echo after > after.txt\n      next: success\n',
      });
      const folder = path.join(cwd, '.run_log_store');
      expect(tmpfs(folder, 'size=2m')).toBe(true);
      writeFileSync(path.join(cwd, 'fill-now'), '');
      const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'filled'], { cwd, timeoutMs: 60_000 });
      expectClearError(r, folder, 'ENOSPC');
      expect(temps(folder)).toEqual([]);
      const log = await runLog(cwd, 'filled', type);
      expect(log.status).toBe('FAIL');
      expect(JSON.stringify(log)).not.toContain('"PROCESSING"');
      expect(log.steps.after).toBeUndefined();

      rmSync(path.join(folder, 'filler'));
      rmSync(path.join(cwd, 'fill-now'));
      const retry = await runCli(['retry', 'filled', '-c', 'c.yaml'], { cwd, timeoutMs: 60_000 });
      expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr.slice(-2000) }).toEqual({ code: 0, err: '' });
      expect((await runLog(cwd, 'filled', type)).status).toBe('SUCCESS');
      expect(readFileSync(path.join(cwd, 'after.txt'), 'utf8')).toBe('after\n');
      // The reserve went with the run's release.
      expect(readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.reserve'))).toEqual([]);
    }, 150_000);
  }
});
