/**
 * `runnable timeline RUN --html FILE [--open]` through the bundled CLI (a real process): the report of a stored
 * run, of a run log JSON file, and the errors a user sees.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ra-report-cli-'));
  writeFileSync(
    path.join(dir, 'pipeline.yaml'),
    'dag:\n  start_at: hello\n  steps:\n    hello:\n      type: task\n      command_type: shell\n      command: echo "hi from the step"\n      next: success\n',
  );
  writeFileSync(path.join(dir, 'config.yaml'), 'run-log-store:\n  type: file-system\ncatalog:\n  type: file-system\n');
  return dir;
}

/** The JSON island of a report, parsed. */
function dataOf(html: string): { run: { id: string; status: string }; details: { logs: [string, string][] }[] } {
  const m = /<script type="application\/json" id="run-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]!);
}

describe('runnable timeline --html', () => {
  test('writes one self-contained file with the run, its graph data and the step log from the catalog', async () => {
    const dir = project();
    const run = await runCli(['execute', 'pipeline.yaml', '-c', 'config.yaml', '--run-id', 'cli-run'], { cwd: dir });
    expect(run.code).toBe(0);
    const r = await runCli(['timeline', 'cli-run', '-c', 'config.yaml', '--html', 'out/report.html'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^report of run cli-run written to out\/report\.html \(\d+ KiB, \d+ execution log\(s\)\)\n$/);
    const html = readFileSync(path.join(dir, 'out/report.html'), 'utf8');
    // Self-contained: no external reference of any kind, a CSP that forbids the network.
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|base)\b[^>]*\s(src|href|data)\s*=/i);
    expect(html).toContain(`default-src 'none'`);
    const data = dataOf(html);
    expect(data.run).toMatchObject({ id: 'cli-run', status: 'S' });
    expect(data.details[0]!.logs[0]![1]).toContain('hi from the step');
    // The run log file itself (runnable's `timeline path/to/run.json`), default output name as runnable's.
    const j = await runCli(['timeline', '.run_log_store/cli-run.json', '-c', 'config.yaml', '--html', 'from-json.html'], { cwd: dir });
    expect(j.code).toBe(0);
    expect(dataOf(readFileSync(path.join(dir, 'from-json.html'), 'utf8')).run.id).toBe('cli-run');
  }, 120_000);

  test('--open without a desktop opener says where the file is; the default name is <run_id>_timeline.html', async () => {
    const dir = project();
    expect((await runCli(['execute', 'pipeline.yaml', '-c', 'config.yaml', '--run-id', 'open-run'], { cwd: dir })).code).toBe(0);
    const env = cleanEnv({ PATH: path.dirname(process.execPath) });
    const r = await runCli(['timeline', 'open-run', '-c', 'config.yaml', '--open'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('report of run open-run written to open-run_timeline.html');
    expect(r.stdout).toContain(`no browser opener found: open ${path.join(dir, 'open-run_timeline.html')} yourself`);
    expect(existsSync(path.join(dir, 'open-run_timeline.html'))).toBe(true);
  }, 120_000);

  test('an unknown run: the CLI not-found error (RA201, exit 1), no stack trace, no file', async () => {
    const dir = project();
    const r = await runCli(['timeline', 'no-such-run', '-c', 'config.yaml', '--html', 'x.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \[RA201\]: no run log for run id 'no-such-run'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'x.html'))).toBe(false);
  }, 60_000);
});
