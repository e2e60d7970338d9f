/**
 * The bundled Action (dist/index.js) run as the runner runs it: INPUT_* variables, GITHUB_OUTPUT /
 * GITHUB_STATE / GITHUB_STEP_SUMMARY files, ACTIONS_RESULTS_URL + ACTIONS_RUNTIME_TOKEN pointing at the
 * Results service double, Azurite as the blob store.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { runtimeToken, startResultsService, type ResultsService } from '../support/results-service.js';
import { ACTION } from '../support/cli.js';

jest.setTimeout(360_000); // 77 s for one test measured on a loaded machine (load 9)

const DIST = ACTION;
const SECRET = 's3cr3t-Value-9f8e7d';
let az: AzuriteHandle;
let svc: ResultsService;
let root: string;

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  workspace: string;
}

function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  opts: { job?: string; attempt?: number; env?: Record<string, string>; state?: Record<string, string>; onStdout?: (all: string, kill: (sig: NodeJS.Signals) => void) => void } = {},
): Promise<ActionRun> {
  const files = join(workspace, '..', `files-${Math.random().toString(16).slice(2)}`);
  await mkdir(files, { recursive: true });
  const outFile = join(files, 'output');
  const stateFile = join(files, 'state');
  const summaryFile = join(files, 'summary');
  for (const f of [outFile, stateFile, summaryFile]) await writeFile(f, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(files, 'tmp'),
    GITHUB_OUTPUT: outFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '777',
    GITHUB_RUN_ATTEMPT: String(opts.attempt ?? 1),
    GITHUB_REPOSITORY: 'octo/pipelines',
    GITHUB_API_URL: svc.apiUrl,
    GITHUB_TOKEN: 'ghs_FAKE_TOKEN_for_tests_0001',
    ACTIONS_RESULTS_URL: svc.url,
    ACTIONS_RUNTIME_TOKEN: runtimeToken('run-777', opts.job ?? 'job-1'),
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-xyz',
    ...Object.fromEntries(Object.entries(opts.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  await mkdir(env.RUNNER_TEMP!, { recursive: true });
  const child = spawn(process.execPath, [DIST], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  const kill = (sig: NodeJS.Signals) => child.kill(sig);
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    opts.onStdout?.(stdout, kill);
  });
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  return {
    code,
    stdout,
    outputs: parseFileCommands(await readFile(outFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    state: parseFileCommands(await readFile(stateFile, 'utf8')),
    workspace,
  };
}

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const ws = await mkdtemp(join(root, 'ws-'));
  for (const [f, c] of Object.entries(files)) {
    await mkdir(join(ws, f, '..'), { recursive: true });
    await writeFile(join(ws, f), c);
  }
  return ws;
}

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(join(e.parentPath, e.name));
  return out;
}

const CATALOG_PIPELINE = `
dag:
  start_at: produce
  steps:
    produce:
      type: task
      command_type: shell
      command: |
        mkdir -p data
        echo "rows: 3" > data/table.txt
        echo "::error::injected by a step"
        echo "::add-mask::nothing"
        echo "secret is $MY_TOKEN"
        env | grep -E '^(ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|GITHUB_TOKEN|INPUT_)' > leaks.txt || true
      secrets:
        - MY_TOKEN
      catalog:
        put:
          - data/*.txt
      next: consume
    consume:
      type: task
      command_type: shell
      command: |
        rm -rf data
        echo "nothing here" > /dev/null
      next: read
    read:
      type: task
      command_type: shell
      command: |
        grep -q "rows: 3" data/table.txt
        echo "read ok"
      catalog:
        get:
          - data/*.txt
      next: success
    success:
      type: success
    fail:
      type: fail
`;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: build it with 'flock /tmp/build.lock node scripts/build.mjs'`);
  root = await mkdtemp(join(tmpdir(), 'rn-action-'));
  az = await startAzurite();
  svc = await startResultsService({ azurite: az });
});

afterAll(async () => {
  await svc?.close();
  await az?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the bundled Action', () => {
  test('execute: B gets what A put through artifacts; outputs, summary, masking, stop-commands, scrubbed env', async () => {
    const ws = await workspaceWith({ 'pipeline.yaml': CATALOG_PIPELINE });
    const before = svc.artifacts().length;
    const r = await runAction(ws, { command: 'execute', pipeline: 'pipeline.yaml', 'run-id': 'e2e-catalog' }, { env: { MY_TOKEN: SECRET } });
    expect(r.code).toBe(0);
    expect(r.outputs['run-id']).toBe('e2e-catalog');
    expect(r.outputs.status).toBe('SUCCESS');
    expect(r.outputs['run-log-artifact']).toMatch(/^rn-e2e-catalog-a1-runlog-[0-9a-f]{16}$/);
    const made = svc.artifacts().slice(before).map((a) => a.name);
    // one catalog pack (data + execution logs), one catalog index, one run log, one run report
    expect(made).toHaveLength(4);
    expect(svc.count(409)).toBe(0);
    // the step's "::error::" line is inside a stop-commands window
    const lines = r.stdout.split('\n');
    const inj = lines.findIndex((l) => l === '::error::injected by a step');
    expect(inj).toBeGreaterThan(0);
    const open = lines.slice(0, inj).reverse().find((l) => l.startsWith('::stop-commands::'));
    expect(open).toBeDefined();
    const token = open!.slice('::stop-commands::'.length);
    expect(lines.slice(inj).some((l) => l === `::${token}::`)).toBe(true);
    expect(r.stdout).toContain('::group::produce');
    // the secret: registered with the masker, and nowhere else
    expect(r.stdout).toContain(`::add-mask::${SECRET}`);
    expect(lines.filter((l) => l.includes(SECRET) && !l.startsWith('::add-mask::'))).toEqual([]);
    expect(r.summary).not.toContain(SECRET);
    expect(JSON.stringify(r.outputs)).not.toContain(SECRET);
    for (const f of await allFiles(join(ws, '.run_log_store'))) expect(await readFile(f, 'utf8')).not.toContain(SECRET);
    // the step saw none of the runtime credentials
    expect(await readFile(join(ws, 'leaks.txt'), 'utf8')).toBe('');
    // summary
    expect(r.summary).toContain('runnable run `e2e-catalog`: SUCCESS');
    expect(r.summary).toContain('| ✅ produce | task | SUCCESS | 1 |');
    expect(r.summary).toContain('```mermaid');
    expect(r.summary).toContain(r.outputs['run-log-artifact']!);
    // post step: nothing left to do
    const post = await runAction(ws, { command: 'execute', pipeline: 'pipeline.yaml' }, { state: r.state });
    expect(post.code).toBe(0);
    expect(svc.artifacts().length).toBe(before + 4);
  });

  test('a map whose items put files stays at a handful of artifacts', async () => {
    const pipeline = `
dag:
  start_at: fan
  steps:
    fan:
      type: map
      iterate_on: items
      iterate_as: item
      branch:
        start_at: work
        steps:
          work:
            type: task
            command_type: shell
            command: |
              mkdir -p out
              echo "item $item" > out/part-$item.txt
            catalog:
              put:
                - out/part-*.txt
            next: success
          success:
            type: success
          fail:
            type: fail
      next: success
    success:
      type: success
    fail:
      type: fail
`;
    const ws = await workspaceWith({ 'map.yaml': pipeline, 'params.yaml': `items: [${Array.from({ length: 40 }, (_, i) => i).join(', ')}]\n` });
    const before = svc.artifacts().length;
    const r = await runAction(ws, { pipeline: 'map.yaml', 'parameters-file': 'params.yaml', 'run-id': 'e2e-map' });
    expect(r.code).toBe(0);
    const made = svc.artifacts().slice(before);
    // eslint-disable-next-line no-console
    console.log(`40-item map: ${made.length} artifacts: ${made.map((a) => a.name).join(', ')}`);
    expect(made.length).toBeLessThanOrEqual(4);
    expect(r.summary).toMatch(/40 branches · ✅ 40/);
    expect(svc.count(409)).toBe(0);
  });

  test('retry in a new job (re-run attempt 2): run log and catalog come from artifacts, succeeded steps are skipped', async () => {
    const pipeline = `
dag:
  start_at: make
  steps:
    make:
      type: task
      command_type: shell
      command: |
        echo made >> made-count.txt
        mkdir -p d && echo payload > d/x.txt
      catalog:
        put: [d/x.txt]
      next: flaky
    flaky:
      type: task
      command_type: shell
      command: |
        grep -q payload d/x.txt && test "$PASS" = "1"
      catalog:
        get: [d/x.txt]
      next: success
    success:
      type: success
    fail:
      type: fail
`;
    const ws1 = await workspaceWith({ 'p.yaml': pipeline });
    const first = await runAction(ws1, { pipeline: 'p.yaml', 'run-id': 'e2e-retry' }, { job: 'job-a1' });
    expect(first.code).not.toBe(0);
    expect(first.outputs.status).toBe('FAIL');
    expect(first.stdout).toMatch(/::error title=step flaky failed/);
    // a fresh machine: only the pipeline file, another job backend id, attempt 2
    const ws2 = await workspaceWith({ 'p.yaml': pipeline });
    const second = await runAction(ws2, { command: 'retry', pipeline: 'p.yaml', 'run-id': 'e2e-retry' }, { job: 'job-a2', attempt: 2, env: { PASS: '1' } });
    expect(second.stdout).toContain('restored the run log of e2e-retry');
    expect(second.code).toBe(0);
    expect(second.outputs.status).toBe('SUCCESS');
    expect(existsSync(join(ws2, 'made-count.txt'))).toBe(false); // make was skipped
    expect(await readFile(join(ws2, 'd', 'x.txt'), 'utf8')).toBe('payload\n');
    expect(second.outputs['run-log-artifact']).toMatch(/^rn-e2e-retry-a2-runlog-/);
    expect(svc.count(409)).toBe(0);
  });

  test('validate: one annotation per problem at file, line and column; the step fails', async () => {
    const ws = await workspaceWith({
      'bad.yaml': `dag:\n  start_at: first\n  steps:\n    first:\n      type: task\n      command_type: shell\n      command: echo hi\n      next: nowhere\n    success:\n      type: success\n    fail:\n      type: fail\n`,
    });
    const r = await runAction(ws, { command: 'validate', pipeline: 'bad.yaml' });
    expect(r.code).not.toBe(0);
    const ann = r.stdout.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file='));
    expect(ann.length).toBeGreaterThanOrEqual(1);
    expect(ann[0]).toMatch(/,file=bad\.yaml,line=8,.*col=13/);
    expect(r.outputs.status).toBe('FAIL');
  });

  test('validate: a parameter no step provides is a warning annotation at the consuming field; the step passes', async () => {
    const ws = await workspaceWith({
      'flow.yaml': [
        'dag:',
        '  start_at: fan',
        '  steps:',
        '    fan:',
        '      type: map',
        '      iterate_on: items',
        '      iterate_as: item',
        '      branch:',
        '        start_at: echo',
        '        steps:',
        '          echo: {type: task, command_type: shell, command: \'echo "$item"\', next: success}',
        '          success: {type: success}',
        '          fail: {type: fail}',
        '      next: success',
        '    success: {type: success}',
        '    fail: {type: fail}',
        '',
      ].join('\n'),
    });
    const r = await runAction(ws, { command: 'validate', pipeline: 'flow.yaml' });
    expect(r.code).toBe(0);
    const warn = r.stdout.split('\n').filter((l) => l.startsWith('::warning ') && l.includes('file=flow.yaml'));
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatch(/line=6,/);
    expect(warn[0]).toContain('items');
    expect(r.summary).toContain('some paths may not provide');
    expect(r.outputs.status).toBe('SUCCESS');
  });

  test('cancellation: SIGTERM mid-run marks the run log FAIL and stores it as an artifact', async () => {
    const pipeline = `
dag:
  start_at: slow
  steps:
    slow:
      type: task
      command_type: shell
      command: |
        echo "step-running-$((6 * 7))"
        sleep 60
      next: success
    success:
      type: success
    fail:
      type: fail
`;
    const ws = await workspaceWith({ 'slow.yaml': pipeline });
    const before = svc.artifacts().length;
    let sent = false;
    const r = await runAction(ws, { pipeline: 'slow.yaml', 'run-id': 'e2e-cancel' }, {
      onStdout: (all, kill) => {
        // The step's own output (the shell computes 42), not its command's text that a log line could echo.
        if (!sent && all.includes('step-running-42')) {
          sent = true;
          kill('SIGTERM');
        }
      },
    });
    expect(sent).toBe(true);
    expect(r.code).toBe(130);
    // The run log is stored: by this step in the seconds it allows itself before the runner's kill, or — a busy
    // machine may need longer for the upload — by the post step, which this step's saved state sends to do it.
    const runlog = () => svc.artifacts().slice(before).find((a) => /^rn-e2e-cancel-a1-runlog-/.test(a.name));
    if (!runlog()) {
      expect(r.state.persisted).not.toBe('true');
      const post = await runAction(ws, { pipeline: 'slow.yaml', 'run-id': 'e2e-cancel' }, { state: r.state });
      expect({ code: post.code, tail: post.code === 0 ? '' : post.stdout.slice(-3000) }).toEqual({ code: 0, tail: '' });
    }
    expect(runlog()).toBeDefined();
    const head = JSON.parse(await readFile(join(ws, '.run_log_store', 'e2e-cancel', 'RunLog.json'), 'utf8')) as { status?: string; header?: { status?: string } };
    expect(head.status ?? head.header?.status).toBe('FAIL');
  });
});
