/**
 * Issue #12, round 3: the CLI run inside a workflow's `run:` step (`GITHUB_ACTIONS=true`) is as safe as the
 * Action (SECURITY.md guarantee 8). Before, it printed step output, its status lines (step names, map items)
 * and its error messages as they were: a step printing `::add-mask::SUCCESS`, a map item "a\n::error::x" or a
 * pipeline key "##[error]x" acted on the job. The runner reads stdout and stderr separately and merges them in
 * arrival order, so each stream is checked on its own: stderr has no command at all (whatever window is open),
 * stdout's only commands are the CLI's own output windows, each a fresh 32-hex token, all closed at exit.
 * Without GITHUB_ACTIONS the output is exactly as before (no window, lines untouched).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';
import { effectiveCommands } from './action-harness.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'ra-cli-gha-'));
  dirs.push(cwd);
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(cwd, f), text);
  return cwd;
}

const CONFIG = 'run-log-store:\n  type: chunked-fs\n';

// A top-level step prints commands on stdout and stderr (one without a final line feed, one ending in a bare
// CR); a map's items carry commands after a line break; one item fails, so its FAIL line and message show.
const PIPELINE = `dag:
  start_at: loud
  steps:
    loud:
      type: task
      command_type: shell
      command: |
        echo '::add-mask::SUCCESS'
        echo '::error title=X::HACKED-out'
        echo '  ::stop-commands::guessed'
        echo '::guessed::'
        echo 'x ##[error]HACKED-legacy'
        echo '::warning::HACKED-stderr' >&2
        printf '::notice::HACKED-cr\\r'
      next: fan
    fan:
      type: map
      iterate_on: items
      iterate_as: item
      next: success
      branch:
        start_at: show
        steps:
          show:
            type: task
            command_type: shell
            command: |
              printf '%s\\n' "$item"
              case "$item" in f*) exit 3;; esac
            next: success
`;
const ITEMS = ['a\n::error::HACKED-item', 'b\n::add-mask::SUCCESS', 'c ##[warning]HACKED-item-legacy', 'd\r::stop-commands::zzz', 'f\n::error::HACKED-failing'];

const gha = (extra: Record<string, string> = {}) => cleanEnv({ GITHUB_ACTIONS: 'true', CI: 'true', ...extra });

describe('the CLI inside a workflow run: step', () => {
  it('step output, status lines with step names and map items: nothing acts on the job; windows close', async () => {
    const cwd = project({ 'p.yaml': PIPELINE, 'c.yaml': CONFIG, 'params.json': JSON.stringify({ items: ITEMS }) });
    const args = ['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.json', '--log-level', 'INFO'];
    const r = await runCli([...args, '--run-id', 'gha'], { cwd, env: gha(), timeoutMs: 120_000 });
    expect(r.code).toBe(1); // item f fails
    const out = effectiveCommands(r.stdout);
    expect([...out]).toEqual([]);
    expect(out.stops!.length).toBeGreaterThan(0);
    expect(out.stops!.filter((t) => !/^[0-9a-f]{32}$/.test(t))).toEqual([]);
    expect(new Set(out.stops).size).toBe(out.stops!.length);
    // Every window was closed: a command the `run:` script prints after the CLI still works.
    expect(effectiveCommands(`${r.stdout}::notice::after\n`).map((c) => c.name)).toEqual(['notice']);
    const err = effectiveCommands(r.stderr);
    expect([...err]).toEqual([]);
    expect(err.stops).toEqual([]);
    // The text is still there for the reader: output byte for byte, items and the failure inert.
    expect(r.stdout).toContain('::add-mask::SUCCESS\n::error title=X::HACKED-out\n');
    expect(r.stdout).toContain('::warning::HACKED-stderr');
    expect(r.stderr).toContain('HACKED-item');
    expect(r.stderr).toContain('HACKED-failing');
  }, 150_000);

  it('emulator executor: parallel step processes share stdout; a step printing after another ended is still inside a window', async () => {
    // a prints first and ends once b has printed; b prints again a second after a ended. Each step process used
    // to open its own window: b's opened inside a's (ignored by the runner), a's close ended both, b's late line acted.
    const branch = (cmd: string) => `          start_at: s\n          steps:\n            s:\n              type: task\n              command_type: shell\n              command: ${JSON.stringify(cmd)}\n              next: success\n`;
    const cwd = project({
      'c.yaml': 'pipeline-executor:\n  type: emulator\nrun-log-store:\n  type: chunked-fs\n',
      'p.yaml':
        'dag:\n  start_at: par\n  steps:\n    par:\n      type: parallel\n      next: success\n      branches:\n        a:\n' +
        branch('echo "x ##[error]HACKED-a"; touch a-printed; while [ ! -f b-printed ]; do sleep 0.05; done; touch a-done') +
        '        b:\n' +
        branch('while [ ! -f a-printed ]; do sleep 0.05; done; echo "x ##[error]HACKED-b-early"; touch b-printed; while [ ! -f a-done ]; do sleep 0.05; done; sleep 1; echo "x ##[error]HACKED-b-late"'),
    });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'em'], { cwd, env: gha(), timeoutMs: 120_000 });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr.slice(-2000) }).toEqual({ code: 0, err: '' });
    expect(r.stdout).toContain('HACKED-b-late');
    expect([...effectiveCommands(r.stdout)].filter((c) => c.name === 'error')).toEqual([]);
    expect([...effectiveCommands(r.stderr)]).toEqual([]);
    expect(effectiveCommands(`${r.stdout}::notice::after\n`).map((c) => c.name)).toContain('notice');
  }, 150_000);

  it('error messages quoting the pipeline are inert too', async () => {
    const cwd = project({ 'p.yaml': 'dag:\n  start_at: a\n  "x ##[error]HACKED-key": 1\n  "y\\n::add-mask::SUCCESS": 2\n  steps: {}\n' });
    const r = await runCli(['execute', '-f', 'p.yaml'], { cwd, env: gha(), timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('HACKED-key');
    expect([...effectiveCommands(r.stderr)]).toEqual([]);
    expect([...effectiveCommands(r.stdout)]).toEqual([]);
  }, 90_000);

  it('without GITHUB_ACTIONS the output is as before: no window, lines as printed', async () => {
    const cwd = project({ 'p.yaml': PIPELINE, 'c.yaml': CONFIG, 'params.json': JSON.stringify({ items: ITEMS.slice(0, 1) }) });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.json', '--run-id', 'plain'], { cwd, env: cleanEnv({ CI: 'true' }), timeoutMs: 120_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::stop-commands::[0-9a-f]{32}$/m);
    expect(r.stdout.startsWith('::add-mask::SUCCESS\n')).toBe(true);
    expect(r.stderr).toContain('::warning::HACKED-stderr\n');
  }, 150_000);
});
