/**
 * The bundled Action's outputs are multi-line file commands (`name<<ghadelimiter_<uuid>`). The build gives
 * @actions/core a randomUUID of its own (16 bytes of /dev/urandom, scripts/build.mjs) instead of node:crypto:
 * every delimiter must still be a version 4 UUID, and no two alike, or a value could end its own command.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION } from '../support/cli.js';

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function delimitersOfOneRun(): string[] {
  const ws = mkdtempSync(join(tmpdir(), 'ra-delim-'));
  writeFileSync(join(ws, 'p.yaml'), 'dag:\n  start_at: s\n  steps:\n    s:\n      type: stub\n      next: success\n');
  const out = join(ws, 'output');
  writeFileSync(out, '');
  writeFileSync(join(ws, 'summary'), '');
  const r = spawnSync(process.execPath, [ACTION], {
    cwd: ws,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: ws, GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, 'tmp'), GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: join(ws, 'summary'), INPUT_COMMAND: 'validate', INPUT_PIPELINE: 'p.yaml' },
  });
  expect(r.status).toBe(0);
  return [...readFileSync(out, 'utf8').matchAll(/^[^\n<]+<<ghadelimiter_(.*)$/gm)].map((m) => m[1]!);
}

describe('the Action\'s output delimiters', () => {
  test('are version 4 UUIDs, a new one for every output of every run', () => {
    const all = [...delimitersOfOneRun(), ...delimitersOfOneRun()];
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const d of all) expect(d).toMatch(UUID4);
    expect(new Set(all).size).toBe(all.length);
  });
});
