/**
 * Input files are read only when they are regular files, and only up to the size limit (issue 12, item 12):
 * `-f /dev/zero` used to grow to 7 GB and a FIFO as pipeline or parameters file blocked forever. Each case is
 * now a clear error at once: exit 2, the file and what it is, no stack trace. (The CLI is killed after 60 s,
 * so the old behaviour fails the test rather than hanging it.)
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { cleanup, project } from './support.js';
import { readRegularFileSync } from '../../src/fs-read.js';

afterAll(cleanup);

const PIPELINE = 'dag:\n  start_at: s\n  steps:\n    s:\n      type: stub\n      next: success\n';

function withFifo(): string {
  const cwd = project({ 'p.yaml': PIPELINE });
  execFileSync('mkfifo', [path.join(cwd, 'fifo')]);
  // The Python SDK path (`-f pipeline.py`, round 3): python3 itself used to read these, blocking for ever.
  execFileSync('mkfifo', [path.join(cwd, 'fifo.py')]);
  symlinkSync('/dev/zero', path.join(cwd, 'zero.py'));
  return cwd;
}

describe('only regular input files, bounded', () => {
  const cases: Array<[string, (cwd: string) => string[], RegExp]> = [
    ['pipeline -f /dev/zero', () => ['validate', '-f', '/dev/zero'], /\/dev\/zero.*character device/],
    ['pipeline as a FIFO', () => ['execute', '-f', 'fifo'], /fifo.*named pipe/],
    ['parameters file as a FIFO', () => ['execute', '-f', 'p.yaml', '-p', 'fifo'], /fifo.*named pipe/],
    ['parameters file /dev/zero', () => ['execute', '-f', 'p.yaml', '-p', '/dev/zero'], /\/dev\/zero.*character device/],
    ['config file as a FIFO', () => ['execute', '-f', 'p.yaml', '-c', 'fifo'], /fifo.*named pipe/],
    ['pipeline is a directory', () => ['validate', '-f', '.'], /directory/],
    ['python SDK pipeline as a FIFO', () => ['execute', '-f', 'fifo.py'], /fifo\.py.*named pipe/],
    ['python SDK pipeline linked to /dev/zero', () => ['execute', '-f', 'zero.py'], /zero\.py.*character device/],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: exit 2, a clear error, no stack trace, nothing run`, async () => {
      const cwd = withFifo();
      const r = await runCli(args(cwd), { cwd, timeoutMs: 60_000 });
      expect({ code: r.code, signal: r.signal }).toEqual({ code: 2, signal: null });
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }, 90_000);
  }

  it('a file over the limit is refused by size without being read whole; one under it is read whole', () => {
    const cwd = project({ 'small.yaml': 'a: 1\n' });
    writeFileSync(path.join(cwd, 'big.yaml'), Buffer.alloc(2 * 1024 * 1024, 0x61));
    expect(readRegularFileSync(path.join(cwd, 'big.yaml'), 1024 * 1024)).toEqual({ tooLarge: 2 * 1024 * 1024 });
    expect(readRegularFileSync(path.join(cwd, 'small.yaml'), 1024 * 1024).data?.toString()).toBe('a: 1\n');
    // /proc files say they are empty: read until EOF, still bounded.
    const status = readRegularFileSync('/proc/self/status', 1024 * 1024).data?.toString() ?? '';
    expect(status).toMatch(/^Name:/);
    expect(readRegularFileSync('/proc/self/status', 10)).toEqual({ tooLarge: 11 });
  });
});
