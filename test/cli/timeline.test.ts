/**
 * `timeline` finds a run in any store layout: a run id (either file layout, no -c needed), a run's folder, its
 * RunLog.json, a `<run_id>.json`, a folder holding one run, a downloaded run-log artifact zip; `--json`; and
 * malformed input is a clear error (exit 2, the file named, no stack trace).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { makeProject, runCli, type CliRun } from '../support/cli.js';

const STACK = /^\s+at .+/m;
let cwd: string;

/** Every file under `dir`, keyed by its path relative to `base` (what an artifact zip holds). */
function filesUnder(dir: string, base: string, out: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) filesUnder(p, base, out);
    else out[path.relative(base, p)] = readFileSync(p);
  }
  return out;
}

function expectClean(r: CliRun, code: number): void {
  expect(r.code).toBe(code);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain('internal error');
}

beforeAll(async () => {
  cwd = makeProject('ra-timeline-');
  // The Action's layout (chunked-fs in .run_log_store) and the CLI's default (file-system) side by side.
  expect((await runCli(['execute', '-f', 'examples/02-sequential/on_failure_succeed.yaml', '-c', 'examples/configs/chunked.yaml', '--run-id', 'chunked-run'], { cwd })).code).toBe(0);
  expect((await runCli(['execute', '-f', 'examples/02-sequential/on_failure_succeed.yaml', '--run-id', 'plain-run'], { cwd })).code).toBe(0);
}, 180_000); // two runs: slow only on a loaded machine

describe('timeline finds the run', () => {
  it.each([
    ['a chunked-fs run id without -c (what the Action writes)', 'chunked-run', 'chunked-run'],
    ['a file-system run id', 'plain-run', 'plain-run'],
    ["a run's folder", '.run_log_store/chunked-run', 'chunked-run'],
    ["a run's folder given with a trailing slash", '.run_log_store/chunked-run/', 'chunked-run'],
    ["a run's RunLog.json", '.run_log_store/chunked-run/RunLog.json', 'chunked-run'],
    ['a <run_id>.json document', '.run_log_store/plain-run.json', 'plain-run'],
  ])('from %s', async (_what, target, runId) => {
    const r = await runCli(['timeline', target], { cwd });
    expectClean(r, 0);
    expect(r.stdout).toMatch(new RegExp(`^run ${runId} {2}status SUCCESS`));
    expect(r.stdout).toContain('step_4');
  });

  it('from a folder holding exactly one run (a downloaded artifact unpacked)', async () => {
    const dl = path.join(cwd, 'download');
    mkdirSync(dl, { recursive: true });
    for (const [rel, bytes] of Object.entries(filesUnder(path.join(cwd, '.run_log_store/chunked-run'), path.join(cwd, '.run_log_store')))) {
      mkdirSync(path.dirname(path.join(dl, rel)), { recursive: true });
      writeFileSync(path.join(dl, rel), bytes);
    }
    const r = await runCli(['timeline', 'download'], { cwd });
    expectClean(r, 0);
    expect(r.stdout).toMatch(/^run chunked-run {2}status SUCCESS/);
  });

  it('from a downloaded run-log artifact zip, as --json', async () => {
    writeFileSync(path.join(cwd, 'runlog.zip'), zipSync(filesUnder(path.join(cwd, '.run_log_store/chunked-run'), path.join(cwd, '.run_log_store'))));
    const r = await runCli(['timeline', 'runlog.zip', '--json'], { cwd });
    expectClean(r, 0);
    const log = JSON.parse(r.stdout);
    expect(log.run_id).toBe('chunked-run');
    expect(log.status).toBe('SUCCESS');
    expect(Object.keys(log.steps)).toContain('step_4');
  });

  it('--json prints the same document for either layout', async () => {
    const a = JSON.parse((await runCli(['timeline', 'plain-run', '--json'], { cwd })).stdout);
    const b = JSON.parse((await runCli(['timeline', '.run_log_store/plain-run.json', '--json'], { cwd })).stdout);
    expect(a).toEqual(b);
    expect(a.run_id).toBe('plain-run');
  });
});

describe('timeline refuses, clearly', () => {
  it('a malformed run log JSON: the file and the line, exit 2, no stack', async () => {
    writeFileSync(path.join(cwd, 'broken.json'), '{\n  "run_id": "x",\n  "steps": {,\n}\n');
    const r = await runCli(['timeline', 'broken.json'], { cwd });
    expectClean(r, 2);
    expect(r.stderr).toMatch(/cannot read broken\.json: not valid JSON: .*line 3/);
  });

  it('JSON that is not a run log: what is wrong, where', async () => {
    writeFileSync(path.join(cwd, 'shape.json'), JSON.stringify({ run_id: 'x', steps: { a: { attempts: 'no' } } }));
    const r = await runCli(['timeline', 'shape.json'], { cwd });
    expectClean(r, 2);
    expect(r.stderr).toContain('not a run log: steps.a.attempts is missing or not a list');
    writeFileSync(path.join(cwd, 'array.json'), '[1, 2]');
    expectClean(await runCli(['timeline', 'array.json'], { cwd }), 2);
  });

  it('a malformed record inside a run folder', async () => {
    const dir = path.join(cwd, 'bad-store/bad-run');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'RunLog.json'), '{"run_id": "bad-run", "status": ');
    const r = await runCli(['timeline', 'bad-store/bad-run'], { cwd });
    expectClean(r, 1);
    expect(r.stderr).toMatch(/bad-store\/bad-run\/RunLog\.json is corrupt: invalid JSON/);
  });

  it('a zip that is not one, and a zip entry leaving the archive', async () => {
    writeFileSync(path.join(cwd, 'fake.zip'), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 7)]));
    const fake = await runCli(['timeline', 'fake.zip'], { cwd });
    expectClean(fake, 2);
    expect(fake.stderr).toContain('cannot read fake.zip: not a readable zip');
    writeFileSync(path.join(cwd, 'evil.zip'), zipSync({ '../../evil/RunLog.json': new TextEncoder().encode('{}') }));
    const evil = await runCli(['timeline', 'evil.zip'], { cwd });
    expectClean(evil, 2);
    expect(evil.stderr).toContain('points outside the archive');
  });

  it('a folder with several runs lists them', async () => {
    const r = await runCli(['timeline', '.run_log_store'], { cwd });
    expectClean(r, 2);
    expect(r.stderr).toContain('holds 2 runs; name one');
    expect(r.stderr).toContain('.run_log_store/chunked-run');
    expect(r.stderr).toContain('.run_log_store/plain-run.json');
  });

  it('a run id that is in no store, and a path that does not exist', async () => {
    const none = await runCli(['timeline', 'no-such-run'], { cwd });
    expectClean(none, 1);
    expect(none.stderr).toContain("no run log for run id 'no-such-run'");
    const missing = await runCli(['timeline', 'nowhere/run.json'], { cwd });
    expectClean(missing, 2);
    expect(missing.stderr).toContain('cannot read nowhere/run.json: no such file or folder');
  });
});
