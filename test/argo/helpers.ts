/** Shared helpers of the Argo tests: example discovery, config loading, IR builders. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import type { RunnableConfig } from '../../src/config/model.js';
import type { Graph, Pipeline, PipelineNode } from '../../src/pipeline/model.js';

export const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
export const FIXTURES = path.join(ROOT, 'test/argo/fixtures');
export const GOLDEN = path.join(ROOT, 'test/argo/golden');

/** Every pipeline YAML under examples/ (files with a top-level `dag:`), relative to the repo root. */
export function examplePipelines(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(ROOT, dir)).sort()) {
      const rel = path.join(dir, e);
      if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel);
      else if (/\.ya?ml$/.test(e) && /^dag:/m.test(readFileSync(path.join(ROOT, rel), 'utf8'))) out.push(rel);
    }
  };
  walk('examples');
  return out;
}

export async function config(file: string): Promise<RunnableConfig> {
  return loadConfig({ file, cwd: ROOT, env: {} });
}

/** A linear pipeline of `n` shell tasks (root graph), built as IR. */
export function chainPipeline(n: number): Pipeline {
  const nodes: Record<string, PipelineNode> = {};
  for (let i = 0; i < n; i++) {
    const name = `step ${i}`;
    nodes[name] = {
      name,
      internalName: name,
      type: 'task',
      next: i + 1 < n ? `step ${i + 1}` : 'success',
      overrides: {},
      max_attempts: 1,
      task: { command_type: 'shell', command: `echo ${i}`, returns: [], secrets: [] },
    };
  }
  nodes.success = { name: 'success', internalName: 'success', type: 'success' };
  nodes.fail = { name: 'fail', internalName: 'fail', type: 'fail' };
  const dag: Graph = { internalName: '', start_at: 'step 0', nodes };
  return { dag, execution_mode: 'yaml' };
}
