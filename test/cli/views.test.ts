/**
 * What a person sees: `graph` (mermaid, dot), `timeline` of a finished run, `validate`, the live progress
 * line on a terminal, and an SDK-defined pipeline run through the same CLI.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, REPO, cleanEnv, makeProject, runCli } from '../support/cli.js';

const CHUNKED = ['-c', 'examples/configs/chunked.yaml'];

describe('graph', () => {
  it('renders mermaid with composites as subgraphs and on_failure edges', async () => {
    const cwd = makeProject();
    const r = await runCli(['graph', '-f', 'examples/02-sequential/on_failure_succeed.yaml'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('flowchart TD');
    expect(r.stdout).toMatch(/n_step_5f1 -\. on failure \.-> n_step_5f4/);
    const m = await runCli(['graph', '-f', 'examples/07-map/map.yaml'], { cwd });
    expect(m.stdout).toContain('subgraph');
    expect(m.stdout).toContain('map state (map)');
  });

  it('renders Graphviz dot', async () => {
    const cwd = makeProject();
    const r = await runCli(['graph', '-f', 'examples/06-parallel/parallel.yaml', '--format', 'dot'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^digraph pipeline \{/);
    expect(r.stdout).toContain('"parallel step" -> "after";');
  });
});

describe('timeline', () => {
  it('shows every step of a finished run with status, attempts and a bar', async () => {
    const cwd = makeProject();
    await runCli(['execute', '-f', 'examples/02-sequential/retries.yaml', '--run-id', 'tl', ...CHUNKED], { cwd });
    const r = await runCli(['timeline', 'tl', ...CHUNKED], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^run tl {2}status SUCCESS/);
    expect(r.stdout).toMatch(/flaky\s+task\s+SUCCESS\s+3\s+/);
    expect(r.stdout).toContain('█');
  });

  it('reads a run log JSON file too, and says clearly when a run does not exist', async () => {
    const cwd = makeProject();
    await runCli(['execute', '-f', 'examples/01-tasks/stub.yaml', '--run-id', 'tj'], { cwd });
    const r = await runCli(['timeline', '.run_log_store/tj.json'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('step 2');
    const missing = await runCli(['timeline', 'nope', ...CHUNKED], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no run log for run id 'nope'");
  });
});

describe('validate', () => {
  it('says valid for a good pipeline and config', async () => {
    const cwd = makeProject();
    const r = await runCli(['validate', '-f', 'examples/07-map/map.yaml', ...CHUNKED, '-p', 'examples/03-parameters/initial_parameters.yaml'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('examples/07-map/map.yaml: valid (8 steps; executor local)\n');
  });

  it('lists every problem of pipeline and config at once, with file:line:column, exit 2, no stack trace', async () => {
    const cwd = makeProject();
    writeFileSync(path.join(cwd, 'bad.yaml'), 'dag:\n  start_at: a\n  steps:\n    a:\n      type: task\n      command_type: shell\n      command: "true"\n      next: nowhere\n    b:\n      type: taks\n      next: success\n');
    writeFileSync(path.join(cwd, 'badc.yaml'), 'run-log-store:\n  type: chunky\n');
    const r = await runCli(['validate', '-f', 'bad.yaml', '-c', 'badc.yaml'], { cwd });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.some((l) => /^error: bad\.yaml:8:13: .*nowhere/.test(l))).toBe(true);
    expect(lines.some((l) => /^error: bad\.yaml:10:13: .*unknown node type 'taks'/.test(l))).toBe(true);
    expect(lines.some((l) => /^error: badc\.yaml:2:9: .*chunky/.test(l))).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('an SDK pipeline module', () => {
  it('runs with runnable execute -f module.mjs, importing the SDK as a package', async () => {
    const cwd = makeProject();
    mkdirSync(path.join(cwd, 'node_modules'));
    symlinkSync(REPO, path.join(cwd, 'node_modules', 'runnable-action'));
    const r = await runCli(['execute', '-f', 'examples/sdk/pipeline.mjs', ...CHUNKED], { cwd });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    expect(r.stdout).toContain('squares: [1, 4, 9]');
  });
});

describe('live progress on a terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? it : it.skip)('redraws a status line (running steps, map n/N) on a TTY and plain lines otherwise [needs util-linux script for a pty]', async () => {
    const cwd = makeProject();
    writeFileSync(path.join(cwd, 'slow-map.yaml'), 'dag:\n  start_at: m\n  steps:\n    m:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n      branch:\n        start_at: s\n        steps:\n          s:\n            type: task\n            command_type: shell\n            command: sleep 0.15\n            next: success\n');
    writeFileSync(path.join(cwd, 'items.yaml'), 'items: [1, 2, 3, 4, 5, 6]\n');
    const env = cleanEnv();
    delete env.CI;
    const cmd = `${process.execPath} ${CLI} execute -f slow-map.yaml -c examples/configs/chunked.yaml -p items.yaml`;
    const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd, env, encoding: 'utf8' });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain('\r\x1b[K');
    expect(tty.stdout).toMatch(/⏵ \d+ done/);
    expect(tty.stdout).toMatch(/m \d\/6/);
    const plain = await runCli(['execute', '-f', 'slow-map.yaml', '-c', 'examples/configs/chunked.yaml', '-p', 'items.yaml'], { cwd, env });
    expect(plain.stderr).not.toContain('\x1b[');
  });
});
