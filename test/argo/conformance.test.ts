/**
 * Conformance: the same pipeline run locally (`runnable execute`) and through compile → submit to the fake
 * API → Argo-semantics runner (pods = the real CLI) → poll must produce the same run log: statuses,
 * parameters and catalog digests. Over every example that runs without external services, plus a bounded
 * fast-check property over random DAGs.
 *
 * Needs dist/cli/index.js with the Argo pod protocol of src/argo/compile.ts (`--orchestrator argo`,
 * `--retry-index`, `--fan-out-next`).
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { compileArgo } from '../../src/argo/compile.js';
import { pollWorkflow } from '../../src/argo/poll.js';
import { submitWorkflow } from '../../src/argo/submit.js';
import { parsePipelineFile } from '../../src/pipeline/parse.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import type { RunLog, StepLog, BranchLog } from '../../src/runlog/model.js';
import { ArgoRunner } from '../support/argo-runner.js';
import { startFakeKubeApi } from '../support/fake-kube-api.js';
import { config, ROOT } from './helpers.js';

import { CLI } from '../support/cli.js';
const supported = existsSync(CLI) && /--orchestrator/.test(spawnSync(process.execPath, [CLI, 'execute-single-node', '--help'], { encoding: 'utf8' }).stdout ?? '');
const maybe = describe;

const LOCAL = `run-log-store: {type: chunked-fs, config: {log_folder: .run_log_store}}\ncatalog: {type: file-system, config: {catalog_location: .catalog}}\n`;
const ARGO = `pipeline-executor:
  type: argo
  config:
    pvc_for_runnable: runnable
    defaults: {image: project:test}
run-log-store: {type: chunked-fs, config: {log_folder: /mnt/run_log_store}}
catalog: {type: file-system, config: {catalog_location: /mnt/catalog}}
`;

/** What must agree: per step/branch status, parameters, catalog digests (not times, ids, messages). */
function essence(log: RunLog): unknown {
  const step = (s: StepLog): unknown => ({
    status: s.status,
    type: s.step_type,
    attempts: s.attempts.map((a) => ({ status: a.status, out: a.output_parameters })),
    catalog: s.data_catalog.filter((d) => !d.name.endsWith('.execution.log')).map((d) => [d.name, d.data_hash, d.stage]).sort(),
    branches: Object.fromEntries(Object.entries(s.branches).map(([k, b]) => [k, branch(b)])),
  });
  const branch = (b: BranchLog): unknown => ({ status: b.status, parameters: values(b.parameters), steps: Object.fromEntries(Object.entries(b.steps).map(([k, s]) => [k, step(s)])) });
  const values = (p: Record<string, { kind: string; value: unknown }>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, [v.kind, v.value]]));
  return { status: log.status, parameters: values(log.parameters), steps: Object.fromEntries(Object.entries(log.steps).map(([k, s]) => [k, step(s)])) };
}

async function runBoth(pipelineRel: string, projectSrc: string, params?: string): Promise<{ local: unknown; argo: unknown }> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'conformance-'));
  try {
    const localDir = path.join(work, 'local');
    cpSync(projectSrc, localDir, { recursive: true, filter: (s) => !s.includes('node_modules') && !s.includes('.run_log_store') && !s.includes('/dist') });
    writeFileSync(path.join(localDir, 'local.yaml'), LOCAL);
    writeFileSync(path.join(localDir, 'argo.yaml'), ARGO);
    const args = [CLI, 'execute', '-f', pipelineRel, '-c', 'local.yaml', '--run-id', 'conf', ...(params ? ['-p', params] : [])];
    spawnSync(process.execPath, args, { cwd: localDir, encoding: 'utf8' });
    const local = await createRunLogStore((await config(path.join(localDir, 'local.yaml'))).runLogStore, localDir).getRunLog('conf');

    const api = await startFakeKubeApi();
    try {
      const cfg = await config(path.join(localDir, 'argo.yaml'));
      const pipeline = await parsePipelineFile(path.join(localDir, pipelineRel));
      const { manifest } = compileArgo(pipeline, cfg, { pipelineFile: pipelineRel, configFile: 'argo.yaml', ...(params ? { parametersFile: params } : {}) });
      const args0 = (manifest.spec as { arguments: { parameters: { name: string; value: string }[] } }).arguments.parameters;
      args0.find((p) => p.name === 'run_id')!.value = 'conf';
      const pvcRoot = path.join(work, 'pvc');
      const runner = new ArgoRunner({ api, projectDir: localDir, cli: [process.execPath, CLI], pvcRoot });
      let runPromise: Promise<string> | undefined;
      api.onCreate = (obj) => (runPromise = runner.run(obj.metadata.namespace, obj.metadata.name));
      const s = await submitWorkflow(manifest, { kubeconfigText: api.kubeconfig() });
      await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig() });
      await runPromise;
      const store = createRunLogStore({ type: 'chunked-fs', config: { log_folder: path.join(pvcRoot, 'runnable', 'run_log_store') } }, localDir);
      const argoLog = await store.getRunLog('conf').catch(() => undefined);
      return { local: essence(local), argo: argoLog ? essence(argoLog) : undefined };
    } finally {
      await api.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

maybe('conformance: local run vs Argo (fake API + runner)', () => {
  const examples = ['examples/01-tasks/shell.yaml', 'examples/01-tasks/stub.yaml', 'examples/02-sequential/on_failure_fail.yaml', 'examples/02-sequential/on_failure_succeed.yaml', 'examples/02-sequential/retries.yaml', 'examples/03-parameters/passing_parameters_shell.yaml', 'examples/04-catalog/catalog.yaml', 'examples/04-catalog/catalog_on_fail.yaml', 'examples/06-parallel/parallel.yaml', 'examples/07-map/map.yaml', 'examples/08-conditional/conditional.yaml', 'examples/09-loop/loop.yaml'];
  test.each(examples)('%s', async (p) => {
    const params = p.includes('08-conditional') ? 'examples/08-conditional/params.yaml' : undefined;
    const { local, argo } = await runBoth(p, ROOT, params);
    expect(argo).toEqual(local);
  }, 120_000);

  test('random DAGs (fast-check, bounded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ fail: fc.boolean(), handled: fc.boolean() }), { minLength: 1, maxLength: 4 }), async (steps) => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'conf-prop-'));
        try {
          const names = steps.map((_, i) => `s${i}`);
          const lines = ['dag:', '  start_at: s0', '  steps:'];
          steps.forEach((s, i) => {
            lines.push(`    s${i}: {type: task, command_type: shell, command: "${s.fail ? 'exit 1' : 'export v' + i + '=' + i}", ${s.fail ? '' : `returns: [{name: v${i}}], `}next: ${i + 1 < names.length ? names[i + 1] : 'success'}${s.handled ? `, on_failure: h${i}` : ''}}`);
            if (s.handled) lines.push(`    h${i}: {type: stub, next: success}`);
          });
          writeFileSync(path.join(dir, 'p.yaml'), lines.join('\n') + '\n');
          const { local, argo } = await runBoth('p.yaml', dir);
          expect(argo).toEqual(local);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 5 },
    );
  }, 300_000);
});

test('the bundled CLI implements the Argo pod protocol (--orchestrator argo)', () => {
  expect(supported).toBe(true);
});
