/** The job summary (pure): size budget for a 10,000-item map, folding, masking; annotations and their limit. */
import { describe, expect, test } from '@jest/globals';
import { renderSummary, maskSecrets } from '../../src/github/summary.js';
import { issueAnnotations, failedStepAnnotations } from '../../src/github/annotations.js';
import type { BranchLog, RunLog, StepLog, Status } from '../../src/runlog/model.js';

function leaf(name: string, internal: string, status: Status, extra: Partial<StepLog> = {}): StepLog {
  return {
    name,
    internal_name: internal,
    status,
    step_type: 'task',
    message: status === 'FAIL' ? `exit code 3 in ${internal}` : '',
    mock: false,
    attempts: [
      {
        attempt_number: 1,
        start_time: '2026-11-24T17:28:01.000Z',
        end_time: '2026-11-24T17:28:03.500Z',
        status,
        message: '',
        input_parameters: {},
        output_parameters: { score: { kind: 'json', value: 0.91, description: 0.91 } },
        user_defined_metrics: {},
        retry_indicator: '',
        code_identities: [],
      },
    ],
    branches: {},
    data_catalog: [{ name: 'out/part.csv', data_hash: 'ab'.repeat(32), catalog_relative_path: 'r/out/part.csv', catalog_handler_location: 'x', stage: 'put' }],
    ...extra,
  };
}

function bigMap(n: number, failEvery: number): RunLog {
  const branches: Record<string, BranchLog> = {};
  for (let i = 0; i < n; i++) {
    const st: Status = i % failEvery === 7 ? 'FAIL' : 'SUCCESS';
    const bn = `fan.${i}`;
    branches[bn] = {
      internal_name: bn,
      status: st,
      parameters: {},
      steps: {
        [`${bn}.work`]: leaf('work', `${bn}.work`, st),
        [`${bn}.success`]: { ...leaf('success', `${bn}.success`, 'SUCCESS'), step_type: 'success' },
      },
    };
  }
  return {
    run_id: 'big-run',
    dag_hash: 'f'.repeat(40),
    tag: '',
    status: 'FAIL',
    job: null,
    run_config: {},
    parameters: { items: { kind: 'json', value: Array.from({ length: n }, (_, i) => i), description: '' }, token: { kind: 'json', value: 'sk-SECRET-123456', description: '' } },
    steps: {
      prepare: leaf('prepare', 'prepare', 'SUCCESS'),
      fan: { ...leaf('fan', 'fan', 'FAIL'), step_type: 'map', attempts: [], branches },
      fail: { ...leaf('fail', 'fail', 'SUCCESS'), step_type: 'fail' },
    },
  };
}

describe('job summary', () => {
  test('a 10,000-item map stays far below 1 MiB, folds branches, shows first failures and counts', () => {
    const log = bigMap(10_000, 500);
    const md = renderSummary({ runLog: log, mermaid: 'flowchart TD\n  prepare --> fan', secrets: ['sk-SECRET-123456'], artifacts: [{ name: 'rn-big-run-a1-runlog-0123456789abcdef', url: 'https://github.com/o/r/actions/runs/1/artifacts/9' }] });
    const bytes = Buffer.byteLength(md);
    // eslint-disable-next-line no-console
    console.log(`summary bytes for a 10,000-item map: ${bytes}`);
    expect(bytes).toBeLessThan(1024 * 1024);
    expect(bytes).toBeLessThan(64 * 1024);
    expect(md).toContain('10000 branches · ✅ 9980 · ❌ 20');
    expect(md).toContain('<details open><summary><b>fan</b> (map)');
    expect(md).toContain('7 › work'); // first failure listed
    expect(md).toMatch(/9970 more branches \(0 of them not successful\)/);
    expect(md).toContain('```mermaid');
    expect(md).not.toContain('sk-SECRET-123456');
    expect(md).toContain('***');
  });

  test('degrades detail, then truncates, to honour the byte budget', () => {
    const log = bigMap(200, 3);
    const full = renderSummary({ runLog: log });
    const small = renderSummary({ runLog: log, maxBytes: 1500 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(1500);
    const tiny = renderSummary({ runLog: log, maxBytes: 600 });
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(600);
    expect(tiny).toContain('Summary truncated');
    expect(Buffer.byteLength(full)).toBeGreaterThan(1500);
  });

  test('masking covers escaped forms', () => {
    expect(maskSecrets('a "p<a|ss" b p&lt;a&#124;ss', ['p<a|ss'])).toBe('a "***" b ***');
    expect(maskSecrets('abc', ['ab'])).toBe('abc'); // too short to mask
  });
});

describe('annotations', () => {
  test('10 per level; the rest overflow to the summary; paths relative to the workspace', () => {
    const issues = Array.from({ length: 13 }, (_, i) => ({ file: `/ws/pipelines/p.yaml`, line: i + 1, column: 3, path: `dag.steps.s${i}`, message: `bad ${i}` }));
    const { shown, overflow } = issueAnnotations(issues, { workspace: '/ws' });
    expect(shown).toHaveLength(10);
    expect(overflow).toHaveLength(3);
    expect(shown[0]).toEqual({ level: 'error', title: 'runnable: dag.steps.s0', message: 'bad 0', file: 'pipelines/p.yaml', startLine: 1, startColumn: 3 });
  });

  test('failed leaf steps of a map become annotations, capped', () => {
    const { shown, more } = failedStepAnnotations(bigMap(10_000, 500));
    expect(shown).toHaveLength(10);
    expect(more).toBe(10);
    expect(shown[0]!.title).toBe('step fan.7.work failed');
  });
});
