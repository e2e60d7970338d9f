/**
 * `submit --wait` end to end, from the CLI and from the bundled Action: compile → the real
 * @kubernetes/client-node → a fake API server on 127.0.0.1 → the Argo-semantics runner executing each pod's
 * command (our CLI) → poll to the end; exit code from the workflow's phase, steps mirrored as they change.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ArgoRunner } from '../support/argo-runner.js';
import { startFakeKubeApi, type FakeKubeApi } from '../support/fake-kube-api.js';
import { ACTION, CLI, REPO, cleanEnv, makeProject, runCli } from '../support/cli.js';

const ARGO = `pipeline-executor:
  type: argo
  config:
    pvc_for_runnable: runnable
    defaults: {image: project:test}
run-log-store: {type: chunked-fs, config: {log_folder: /mnt/run_log_store}}
catalog: {type: file-system, config: {catalog_location: /mnt/catalog}}
`;

let api: FakeKubeApi;
let cwd: string;
let runs: Promise<string>[];

beforeEach(async () => {
  api = await startFakeKubeApi();
  cwd = makeProject('ra-submit-');
  writeFileSync(path.join(cwd, 'argo.yaml'), ARGO);
  writeFileSync(path.join(cwd, 'kubeconfig.yaml'), api.kubeconfig());
  const runner = new ArgoRunner({ api, projectDir: cwd, cli: [process.execPath, CLI], pvcRoot: path.join(cwd, '..', path.basename(cwd) + '-pvc') });
  runs = [];
  api.onCreate = (obj) => runs.push(runner.run(obj.metadata.namespace, obj.metadata.name));
});

afterEach(async () => {
  await Promise.allSettled(runs);
  await api.stop();
});

describe('runnable submit', () => {
  it('submits, follows the workflow to Succeeded and exits 0', async () => {
    const r = await runCli(['submit', '-f', 'examples/02-sequential/on_failure_succeed.yaml', '-c', 'argo.yaml', '--kubeconfig', 'kubeconfig.yaml', '--wait', '--run-id', 'sub1'], { cwd });
    expect(r.stderr).toMatch(/submitted workflow argo\/\S+/);
    expect(r.stderr).toMatch(/step_1 FAIL/);
    expect(r.stderr).toMatch(/workflow \S+ Succeeded/);
    expect(r.code).toBe(0);
  });

  it('exits 1 when the workflow fails', async () => {
    const r = await runCli(['submit', '-f', 'examples/02-sequential/on_failure_fail.yaml', '-c', 'argo.yaml', '--kubeconfig', 'kubeconfig.yaml', '--wait'], { cwd });
    expect(r.stderr).toMatch(/workflow \S+ Failed/);
    expect(r.code).toBe(1);
  });

  it('refuses a config without the argo executor, with a clear message', async () => {
    const r = await runCli(['submit', '-f', 'examples/01-tasks/shell.yaml', '-c', 'examples/configs/chunked.yaml', '--kubeconfig', 'kubeconfig.yaml'], { cwd, env: cleanEnv() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('compile needs a config with the argo executor');
  });
});

describe('the Action: command submit', () => {
  it('mirrors the workflow into the job summary and sets the outputs', async () => {
    const files = path.join(cwd, '..', path.basename(cwd) + '-gh');
    mkdirSync(files, { recursive: true });
    const out = path.join(files, 'output');
    const summary = path.join(files, 'summary');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    const env = cleanEnv({
      GITHUB_WORKSPACE: cwd,
      RUNNER_TEMP: files,
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: summary,
      INPUT_COMMAND: 'submit',
      INPUT_PIPELINE: 'examples/01-tasks/shell.yaml',
      INPUT_CONFIG: 'argo.yaml',
      INPUT_KUBECONFIG: api.kubeconfig(),
      'INPUT_ARGO-UI-URL': 'https://argo.example.test',
      'INPUT_RUN-ID': 'act-sub',
    });
    const child = spawn(process.execPath, [ACTION], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stdout += d));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect({ code, stdout: code === 0 ? '' : stdout }).toEqual({ code: 0, stdout: '' });
    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/Argo workflow `argo\/\S+` Succeeded/);
    expect(md).toContain('https://argo.example.test/workflows/argo/');
    expect(md).toMatch(/\| `shell` \| ✅ SUCCESS \| 1 \|/);
    expect(readFileSync(out, 'utf8')).toMatch(/status<<ghadelimiter[^\n]*\nSUCCESS/);
    // The kubeconfig's credentials are registered as secrets (the runner masks them) and never printed.
    expect(stdout).toContain('::add-mask::fake-token');
    const printed = stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(printed).not.toContain('fake-token');
  });
});
