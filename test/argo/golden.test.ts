/**
 * Golden manifests: every example pipeline and every fixture compiles to the checked-in YAML in
 * test/argo/golden (regenerate with UPDATE_GOLDEN=1), validates, and compiles to the same bytes twice.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { compileArgo } from '../../src/argo/compile.js';
import { validateManifest } from '../../src/argo/validate.js';
import { parsePipelineFile } from '../../src/pipeline/parse.js';
import { config, examplePipelines, FIXTURES, GOLDEN, ROOT } from './helpers.js';

const cases: { name: string; pipeline: string; config: string; parametersFile?: string; initialParameters?: Record<string, unknown> }[] = [
  { name: 'seed-task-shell-simple', pipeline: 'examples/concepts/task_shell_simple.yaml', config: 'examples/configs/argo-config.yaml' },
  // runnable's own shape: pvc_for_runnable with default store locations (the pods move the stores onto the claim).
  { name: 'runnable-pvc-for-runnable', pipeline: 'examples/07-map/map.yaml', config: 'examples/configs/argo-runnable-pvc.yaml' },
  ...examplePipelines().map((p) => ({ name: p.replace(/^examples\//, '').replace(/\.ya?ml$/, '').replace(/[/_]/g, '-'), pipeline: p, config: 'examples/configs/argo-pipeline.yaml' })),
  ...['every-node', 'nested', 'failures', 'start-terminal'].map((f) => ({ name: `fixture-${f}`, pipeline: `test/argo/fixtures/${f}.yaml`, config: 'test/argo/fixtures/argo-test.yaml' })),
  {
    name: 'fixture-every-node-with-parameters',
    pipeline: 'test/argo/fixtures/every-node.yaml',
    config: 'test/argo/fixtures/argo-test.yaml',
    parametersFile: 'params.yaml',
    initialParameters: { alpha: 1, name: 'x', flag: true, ratio: 0.5, nested: { a: 1 }, list: [1, 2] },
  },
];

describe('golden Argo manifests', () => {
  test.each(cases)('$name', async (c) => {
    const pipeline = await parsePipelineFile(path.join(ROOT, c.pipeline));
    const cfg = await config(path.join(ROOT, c.config));
    const opts = { pipelineFile: c.pipeline, configFile: c.config, parametersFile: c.parametersFile, initialParameters: c.initialParameters };
    const a = compileArgo(pipeline, cfg, opts);
    const b = compileArgo(await parsePipelineFile(path.join(ROOT, c.pipeline)), cfg, opts);
    expect(b.yaml).toBe(a.yaml);
    // The YAML reads back (as kubectl's YAML 1.1 and as YAML 1.2) to exactly the manifest, and validates.
    expect(parse(a.yaml, { version: '1.1' })).toEqual(a.manifest);
    expect(parse(a.yaml)).toEqual(a.manifest);
    expect(validateManifest(parse(a.yaml, { version: '1.1' }))).toEqual([]);
    const file = path.join(GOLDEN, `${c.name}.yaml`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, a.yaml);
    }
    expect(a.yaml).toBe(readFileSync(file, 'utf8'));
  });

  test('every golden file has a case', () => {
    expect(FIXTURES).toBeTruthy();
  });
});
