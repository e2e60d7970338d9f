/**
 * The bundled Action writes the run report at the end of `execute`, uploads it as its own artifact next to the
 * run log's (against the Results-service test double, built-in blob store) and links it from the job summary.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runtimeToken, startResultsService, type ResultsService } from '../support/results-service.js';
import { ACTION, runCli } from '../support/cli.js';

const SECRET = 'rep0rt-S3cret-7781';
let svc: ResultsService;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ra-report-action-'));
  svc = await startResultsService();
});

afterAll(async () => {
  await svc?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** One entry of a zip, read with python3's zipfile (python3 is a dependency of the project anyway). */
function unzipEntry(zip: Buffer, name: string): string {
  const r = spawnSync('python3', ['-c', 'import sys, zipfile, io; z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); print("\\n".join(z.namelist())) if sys.argv[1] == "" else sys.stdout.buffer.write(z.read(sys.argv[1]))', name], { input: zip, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return r.stdout.toString('utf8');
}

test('execute: the report is an artifact next to the run log, linked from the summary, secrets masked', async () => {
  const ws = join(root, 'ws');
  const files = join(root, 'files');
  await mkdir(ws, { recursive: true });
  await mkdir(join(files, 'tmp'), { recursive: true });
  await writeFile(
    join(ws, 'pipeline.yaml'),
    'dag:\n  start_at: hello\n  steps:\n    hello:\n      type: task\n      command_type: shell\n      command: echo "token $MY_TOKEN"\n      secrets: [MY_TOKEN]\n      next: success\n',
  );
  for (const f of ['output', 'state', 'summary']) await writeFile(join(files, f), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: join(files, 'tmp'),
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STATE: join(files, 'state'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GITHUB_RUN_ID: '901',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo/pipelines',
    GITHUB_API_URL: svc.apiUrl,
    ACTIONS_RESULTS_URL: svc.url,
    ACTIONS_RUNTIME_TOKEN: runtimeToken('run-901', 'job-1'),
    MY_TOKEN: SECRET,
    INPUT_COMMAND: 'execute',
    INPUT_PIPELINE: 'pipeline.yaml',
    'INPUT_RUN-ID': 'act-report',
  };
  const child = spawn(process.execPath, [ACTION], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  expect({ code, out: code === 0 ? '' : out }).toEqual({ code: 0, out: '' });

  const names = svc.artifacts().map((a) => a.name);
  expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^rn-act-report-a1-runlog-[0-9a-f]{16}$/), expect.stringMatching(/^rn-act-report-a1-report-[0-9a-f]{16}$/)]));
  const report = svc.artifacts().find((a) => /^rn-act-report-a1-report-[0-9a-f]{16}$/.test(a.name))!;
  const zip = await svc.readBlob(report.id);
  expect(unzipEntry(zip, '').trim()).toBe('act-report.report.html');
  const html = unzipEntry(zip, 'act-report.report.html');
  expect(html).toContain('<title>run act-report — SUCCESS</title>');
  expect(html).toContain('token ***'); // the step's execution log, masked by the engine
  expect(html).not.toContain(SECRET);
  // The summary lists it, with the artifact's link, after the run log.
  const summary = await readFile(join(files, 'summary'), 'utf8');
  const url = `/octo/pipelines/actions/runs/901/artifacts/${report.id}`;
  expect(summary).toContain(`[${report.name}](`);
  expect(summary).toContain(url);
  expect(summary.indexOf('-runlog-')).toBeLessThan(summary.indexOf(report.name));
  expect(out).toMatch(/run report: .*act-report\.report\.html \(artifact rn-act-report-a1-report-/);

  // The run-log artifact as a person downloads it (a zip): `runnable timeline that.zip --html` reports it too.
  const runlog = svc.artifacts().find((a) => /^rn-act-report-a1-runlog-[0-9a-f]{16}$/.test(a.name))!;
  const zipFile = join(root, 'downloaded-runlog.zip');
  await writeFile(zipFile, await svc.readBlob(runlog.id));
  const r = await runCli(['timeline', zipFile, '--html', join(root, 'from-artifact.html')], { cwd: root });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  const fromZip = await readFile(join(root, 'from-artifact.html'), 'utf8');
  expect(fromZip).toContain('<title>run act-report — SUCCESS</title>');
  expect(fromZip).toContain('"hello"'); // the step, from the run log inside the zip
}, 120_000);
