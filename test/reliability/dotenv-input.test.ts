/**
 * Issue #12 item 12, the dotenv secrets file: `location` is read like every input file (regular files only,
 * at most 1 MiB). Before, `/dev/zero` as location grew without bound and a FIFO blocked the run for ever.
 * Now the step that asks for a secret fails at once with the reason; the run ends FAIL with nothing PROCESSING.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { cleanup, project, runLog } from './support.js';

afterAll(cleanup);

const PIPELINE = 'dag:\n  start_at: a\n  steps:\n    a:\n      type: task\n      command_type: shell\n      command: echo "got $K"\n      secrets: [K]\n      next: success\n';
const config = (location: string) => `secrets:\n  type: dotenv\n  config:\n    location: ${location}\n`;

describe('dotenv secrets location that is not a regular file', () => {
  for (const [what, location, reason] of [
    ['/dev/zero', '/dev/zero', 'a character device'],
    ['a FIFO', 'secrets.fifo', 'a named pipe (FIFO)'],
    ['a 2 MiB file', 'big.env', 'larger than the 1 MiB limit'],
  ] as const) {
    it(`${what}: the step fails with the reason, the run ends FAIL, nothing PROCESSING`, async () => {
      const cwd = project({ 'p.yaml': PIPELINE, 'c.yaml': config(location) });
      if (location === 'secrets.fifo') execFileSync('mkfifo', [path.join(cwd, location)]);
      if (location === 'big.env') writeFileSync(path.join(cwd, location), `K=${'x'.repeat(2 * 1024 * 1024)}\n`);
      // A bounded child: the old reader never returned from a FIFO and read /dev/zero until memory ran out.
      const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'dz'], { cwd, timeoutMs: 60_000 });
      expect(r.signal).toBeNull();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(reason);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const log = await runLog(cwd, 'dz');
      expect(log.status).toBe('FAIL');
      expect(log.steps.a!.message).toContain(reason);
      expect(JSON.stringify(log)).not.toContain('"PROCESSING"');
    }, 90_000);
  }
});
