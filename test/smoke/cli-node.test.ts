/**
 * The CLI on every Node it claims (package.json engines: >= 20.19): each command a user meets first, run by
 * the Node in RUNNABLE_SMOKE_NODE (.ci/run sets it to the machine's own Node 20; otherwise the test's Node).
 * `submit` talks to the fake Kubernetes API: the Kubernetes client's HTTP stack must load on that Node.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startFakeKubeApi, type FakeKubeApi } from '../support/fake-kube-api.js';
import { CLI, cleanEnv, makeProject } from '../support/cli.js';

const NODE = process.env.RUNNABLE_SMOKE_NODE || process.execPath;
const NODE_VERSION = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
const ARGO = `pipeline-executor:
  type: argo
  config:
    pvc_for_runnable: runnable
    defaults: {image: project:test}
run-log-store: {type: chunked-fs, config: {log_folder: /mnt/run_log_store}}
catalog: {type: file-system, config: {catalog_location: /mnt/catalog}}
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const c = spawn(NODE, [CLI, ...args], { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => c.kill('SIGKILL'), 60_000);
    c.on('error', reject);
    c.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let cwd: string;
let api: FakeKubeApi;

beforeAll(async () => {
  cwd = makeProject('ra-smoke-node-');
  writeFileSync(path.join(cwd, 'argo.yaml'), ARGO);
  api = await startFakeKubeApi();
  writeFileSync(path.join(cwd, 'kubeconfig.yaml'), api.kubeconfig());
});

afterAll(async () => {
  await api?.stop();
});

// Each test starts a few CLI processes: generous on a loaded machine (no test here measures time).
jest.setTimeout(180_000);

describe(`the CLI on ${NODE_VERSION} (${NODE})`, () => {
  it('--version', async () => {
    const r = await cli(['--version'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('execute: shell and python steps, then timeline of that run', async () => {
    const r = await cli(['execute', '-f', 'examples/01-tasks/python.yaml', '--run-id', 'smoke-py'], cwd);
    expect(r.stderr).toContain('run smoke-py SUCCESS');
    expect(r.code).toBe(0);
    const s = await cli(['execute', '-f', 'examples/concepts/task_shell_simple.yaml', '--run-id', 'smoke-sh'], cwd);
    expect(s.stdout).toContain('Hello World');
    expect(s.code).toBe(0);
    const t = await cli(['timeline', 'smoke-py'], cwd);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^run smoke-py {2}status SUCCESS/);
  });

  it('validate: valid, and a broken pipeline with its position', async () => {
    const ok = await cli(['validate', '-f', 'examples/02-sequential/on_failure_succeed.yaml'], cwd);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('valid');
    writeFileSync(path.join(cwd, 'bad.yaml'), 'dag:\n  start_at: a\n  steps:\n    a:\n      type: taks\n');
    const bad = await cli(['validate', '-f', 'bad.yaml'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:5:\d+/);
  });

  it('compile: an Argo Workflow', async () => {
    const r = await cli(['compile', '-f', 'examples/02-sequential/on_failure_succeed.yaml', '-c', 'argo.yaml', '-o', 'wf.yaml'], cwd);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(cwd, 'wf.yaml'))).toBe(true);
  });

  it('submit: creates the Workflow through the Kubernetes client', async () => {
    const r = await cli(['submit', '-f', 'examples/02-sequential/on_failure_succeed.yaml', '-c', 'argo.yaml', '--kubeconfig', 'kubeconfig.yaml'], cwd);
    expect(r.stderr).toMatch(/submitted workflow \S+\/\S+/);
    expect(r.code).toBe(0);
    expect(api.objects.size).toBe(1);
  });

  it('submit to a cluster that is not there: said after a few quick tries, not the full backoff', async () => {
    writeFileSync(path.join(cwd, 'nowhere.yaml'), api.kubeconfig().replace(/server: \S+/, 'server: https://127.0.0.1:2'));
    const r = await cli(['submit', '-f', 'examples/02-sequential/on_failure_succeed.yaml', '-c', 'argo.yaml', '--kubeconfig', 'nowhere.yaml'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot reach the Kubernetes API server \(ECONNREFUSED; 3 tries\)/);
    expect(r.stderr).not.toContain('internal error');
  });
});
