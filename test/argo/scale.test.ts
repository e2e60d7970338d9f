/** Caps, names and scale: ≤ 200 templates and tasks per DAG, bounded names, size independent of map items. */
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { compileArgo } from '../../src/argo/compile.js';
import { dnsName, NameScope, sanitize } from '../../src/argo/names.js';
import { validateManifest, warmUpValidator } from '../../src/argo/validate.js';
import type { Graph, Pipeline } from '../../src/pipeline/model.js';
import { chainPipeline, config, ROOT } from './helpers.js';

type T = { name: string; dag?: { tasks: { name: string }[] } };

describe('names', () => {
  test('sanitised, letter-first, bounded, hash-suffixed deterministically', () => {
    expect(sanitize('Map State.inner_step')).toBe('map-state-inner-step');
    expect(sanitize('1st')).toBe('n1st');
    expect(sanitize('___')).toBe('x');
    const long = 'a very long step name '.repeat(10);
    const n = dnsName(long);
    expect(n.length).toBeLessThanOrEqual(50);
    expect(n).toMatch(/^[a-z][-a-z0-9]*-[0-9a-f]{6}$/);
    expect(dnsName(long)).toBe(n);
    expect(dnsName(long + 'x')).not.toBe(n);
    const scope = new NameScope();
    expect(scope.take('A b', 'x')).toBe('a-b');
    expect(scope.take('a_b', 'y')).toMatch(/^a-b-[0-9a-f]{6}$/);
  });

  test('long and colliding step names compile to valid, unique task names', async () => {
    const p = chainPipeline(3);
    const rename = (g: Graph, from: string, to: string) => {
      const node = g.nodes[from]!;
      delete g.nodes[from];
      g.nodes[to] = { ...node, name: to, internalName: to } as never;
      for (const n of Object.values(g.nodes)) if ('next' in n && n.next === from) n.next = to;
      if (g.start_at === from) g.start_at = to;
    };
    rename(p.dag, 'step 0', 'Train The Very Large Model With A Name Far Longer Than Any Kubernetes Limit Allows 1');
    rename(p.dag, 'step 1', 'train the very large model with a name far longer than any kubernetes limit allows 1');
    rename(p.dag, 'step 2', 'TRAIN_the_very_large_model_with_a_name_far_longer_than_any_kubernetes_limit_allows_1');
    const cfg = await config(path.join(ROOT, 'test/argo/fixtures/argo-test.yaml'));
    const { manifest } = compileArgo(p, cfg, { pipelineFile: 'p.yaml' });
    const tasks = ((manifest.spec as { templates: T[] }).templates[0]!.dag!.tasks).map((t) => t.name);
    expect(new Set(tasks).size).toBe(3);
    for (const t of tasks) expect(t).toMatch(/^[a-z][-a-z0-9]{0,49}$/);
  });
});

describe('scale', () => {
  test('a 1,000-step pipeline compiles within the caps (its time is logged, not asserted: bench/)', async () => {
    const cfg = await config(path.join(ROOT, 'test/argo/fixtures/argo-test.yaml'));
    warmUpValidator();
    compileArgo(chainPipeline(10), cfg, { pipelineFile: 'p.yaml' }); // warm-up
    // Best of 3 (the test machine runs other suites concurrently).
    let ms = Infinity;
    let r = compileArgo(chainPipeline(1000), cfg, { pipelineFile: 'p.yaml' });
    for (let i = 0; i < 3; i++) {
      const p = chainPipeline(1000);
      const t0 = performance.now();
      r = compileArgo(p, cfg, { pipelineFile: 'p.yaml' });
      ms = Math.min(ms, performance.now() - t0);
    }
    const templates = (r.manifest.spec as { templates: T[] }).templates;
    const maxTasks = Math.max(...templates.map((t) => t.dag?.tasks.length ?? 0));
    console.log(`1,000-step pipeline: ${ms.toFixed(1)} ms, ${templates.length} templates, max ${maxTasks} tasks per DAG, ${Buffer.byteLength(JSON.stringify(r.manifest))} bytes JSON`);
    expect(templates.length).toBeLessThanOrEqual(200);
    expect(maxTasks).toBeLessThanOrEqual(200);
    expect(validateManifest(r.manifest)).toEqual([]);
    // 5,000 steps: 25 nested part templates, still within the caps; 10,000 exceed Argo's 1 MiB object limit
    // (about 145 bytes per step), which is reported as a ManifestError rather than produced.
    const big = compileArgo(chainPipeline(5_000), cfg, { pipelineFile: 'p.yaml' });
    const bt = (big.manifest.spec as { templates: T[] }).templates;
    console.log(`5,000-step pipeline: ${bt.length} templates, ${Buffer.byteLength(JSON.stringify(big.manifest))} bytes JSON`);
    expect(bt.length).toBeLessThanOrEqual(200);
    expect(Math.max(...bt.map((t) => t.dag?.tasks.length ?? 0))).toBeLessThanOrEqual(200);
    expect(() => compileArgo(chainPipeline(10_000), cfg, { pipelineFile: 'p.yaml' })).toThrow(/bytes of JSON/);
  });

  test('map manifest size does not depend on the item count', async () => {
    const { parsePipelineFile } = await import('../../src/pipeline/parse.js');
    const cfg = await config(path.join(ROOT, 'test/argo/fixtures/argo-test.yaml'));
    const pipeline: Pipeline = await parsePipelineFile(path.join(ROOT, 'examples/07-map/map.yaml'));
    const sizes: Record<number, number> = {};
    const yamls: string[] = [];
    for (const n of [10, 10_000]) {
      const items = Array.from({ length: n }, (_, i) => i);
      const r = compileArgo(pipeline, cfg, { pipelineFile: 'examples/07-map/map.yaml', parametersFile: 'params.yaml', initialParameters: { chunks: items, scale: 2 } });
      sizes[n] = Buffer.byteLength(r.yaml);
      yamls.push(r.yaml);
    }
    console.log(`map manifest: ${sizes[10]} bytes for 10 items, ${sizes[10_000]} bytes for 10,000 items`);
    expect(yamls[1]).toBe(yamls[0]);
  });

  test('too many branches for 200 templates is a ManifestError, not an invalid manifest', async () => {
    const cfg = await config(path.join(ROOT, 'test/argo/fixtures/argo-test.yaml'));
    const branches: Record<string, Graph> = {};
    for (let i = 0; i < 205; i++) {
      const b = chainPipeline(1).dag;
      const key = `b${i}`;
      const node = b.nodes['step 0']!;
      b.internalName = `par.${key}`;
      for (const n of Object.values(b.nodes)) n.internalName = `par.${key}.${n.name}`;
      void node;
      branches[key] = b;
    }
    const p = chainPipeline(1);
    p.dag.nodes.par = { name: 'par', internalName: 'par', type: 'parallel', next: 'success', overrides: {}, branches };
    (p.dag.nodes['step 0'] as { next: string }).next = 'par';
    expect(() => compileArgo(p, cfg, { pipelineFile: 'p.yaml' })).toThrow(/templates|tasks/);
  });
});
