/**
 * The report's document without a browser: a run log in runnable's own shape (its time format, its DAG dump),
 * what is kept and cut for large maps, masking, and the JSON island's escaping.
 */
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRunLog } from '../../src/commands/timeline.js';
import { buildReportData } from '../../src/report/model.js';
import { renderHtmlReport, scriptSafeJson } from '../../src/report/render.js';
import type { RunLog, StepLog } from '../../src/runlog/model.js';

const p = (value: unknown) => ({ kind: 'json' as const, value, description: value });

function attempt(start: string, end: string, status: 'SUCCESS' | 'FAIL' = 'SUCCESS', extra: Record<string, unknown> = {}) {
  return { attempt_number: 1, start_time: start, end_time: end, status, message: status === 'FAIL' ? 'boom' : '', input_parameters: {}, output_parameters: {}, user_defined_metrics: {}, retry_indicator: '', code_identities: [], ...extra };
}

function step(name: string, internal: string, type: string, attempts: ReturnType<typeof attempt>[], extra: Partial<StepLog> = {}): StepLog {
  return { name, internal_name: internal, status: attempts.at(-1)?.status ?? 'SUCCESS', step_type: type, message: '', mock: false, attempts, branches: {}, data_catalog: [], ...extra } as StepLog;
}

/** A run log as runnable 0.50 writes it (semantics §8.1): local times with microseconds, its DAG dump. */
function runnableRunLog(items: number, failEvery = 0): RunLog {
  const branches: StepLog['branches'] = {};
  for (let i = 0; i < items; i++) {
    const fail = failEvery > 0 && i % failEvery === 3;
    const s = `2026-11-24 17:28:${String(2 + Math.floor(i / 1000)).padStart(2, '0')}.${String((i % 1000) * 1000).padStart(6, '0')}`;
    branches[`map_state.${i}`] = {
      internal_name: `map_state.${i}`,
      status: fail ? 'FAIL' : 'SUCCESS',
      parameters: { doubled: p(i * 2) },
      steps: {
        [`map_state.${i}.inmap`]: step('inmap', `map_state.${i}.inmap`, 'task', [attempt(s, s, fail ? 'FAIL' : 'SUCCESS', { input_parameters: { chunk: p(i) } })], {
          data_catalog: [{ name: `out/${i}.txt`, data_hash: 'a'.repeat(64), catalog_relative_path: `p1run/out/${i}.txt`, catalog_handler_location: '.catalog', stage: 'put' }],
        }),
        [`map_state.${i}.success`]: step('success', `map_state.${i}.success`, 'success', [attempt(s, s)]),
      },
    };
  }
  const leaf = (name: string, prefix: string, type: string, next: string) => ({ node_type: type, name, internal_name: `${prefix}${name}`, next_node: next, on_failure: '', overrides: {} });
  return {
    run_id: 'p1run',
    dag_hash: 'dcb4c5d1',
    tag: '',
    status: failEvery ? 'FAIL' : 'SUCCESS',
    parameters: { chunks: p(Array.from({ length: items }, (_, i) => i)) },
    job: null,
    steps: {
      write: step('write', 'write', 'task', [
        attempt('2026-11-24 17:28:01.241775', '2026-11-24 17:28:01.262010', 'SUCCESS', {
          user_defined_metrics: { score: { kind: 'metric', value: 0.9, description: 0.9 } },
          code_identities: [{ code_identifier: 'abc123', code_identifier_type: 'git', code_identifier_dependable: true, code_identifier_url: 'git@github.com:o/r.git', code_identifier_message: '' }],
        }),
      ]),
      map_state: step('map_state', 'map_state', 'map', [], { branches, status: failEvery ? 'FAIL' : 'SUCCESS' }),
    },
    run_config: {
      execution_mode: 'python',
      run_id: 'p1run',
      dag: {
        start_at: 'write',
        name: '',
        description: '',
        internal_branch_name: '',
        nodes: {
          write: { ...leaf('write', '', 'task', 'map_state'), command_type: 'python', command: 'pkg.write' },
          map_state: {
            ...leaf('map_state', '', 'map', 'success'),
            iterate_on: 'chunks',
            iterate_as: 'chunk',
            branch: {
              start_at: 'inmap',
              name: '',
              internal_branch_name: 'map_state.map_variable_placeholder',
              nodes: {
                inmap: { ...leaf('inmap', 'map_state.map_variable_placeholder.', 'task', 'success'), command_type: 'python', command: 'pkg.f' },
                success: { node_type: 'success', name: 'success', internal_name: 'map_state.map_variable_placeholder.success' },
                fail: { node_type: 'fail', name: 'fail', internal_name: 'map_state.map_variable_placeholder.fail' },
              },
            },
          },
          success: { node_type: 'success', name: 'success', internal_name: 'success' },
          fail: { node_type: 'fail', name: 'fail', internal_name: 'fail' },
        },
      },
    },
  } as unknown as RunLog;
}

describe('the report document', () => {
  test("runnable's own run log: its time format, its DAG dump, map items under the template name", () => {
    const d = buildReportData(runnableRunLog(3));
    expect(d.graphFromSteps).toBe(false);
    expect(d.graph.nodes.map((n) => [n.name, n.type])).toEqual([['write', 'task'], ['map_state', 'map'], ['success', 'success'], ['fail', 'fail']]);
    expect(d.graph.nodes[1]!.branches![0]![1].nodes[0]!.key).toBe('map_state.map_variable_placeholder.inmap');
    const inmap = d.steps.filter((s) => d.strings[s[2]] === 'map_state.map_variable_placeholder.inmap');
    expect(inmap).toHaveLength(3);
    // Times: write starts the run; its attempt lasted 20.235 ms (microseconds dropped to milliseconds).
    const write = d.steps.find((s) => d.strings[s[0]] === 'write')!;
    expect(write[5][0]!.slice(0, 2)).toEqual([0, 21]);
    expect(new Date(d.run.t0).getMilliseconds()).toBe(241);
    // An ssh remote is no link; the identity stays as text.
    expect(d.run.code).toEqual([['git', 'abc123', '', '']]);
    expect(d.details[write[6]]!.metrics).toEqual([['score', 'metric', '0.9']]);
  });

  test('a run written by runnable 0.50 itself (its chunked-fs layout): graph, map items, lineage, times', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ra-report-runnable-'));
    cpSync(fileURLToPath(new URL('./fixtures/runnable-0.50/rn-made', import.meta.url)), path.join(dir, '.run_log_store/rn-made'), { recursive: true });
    writeFileSync(path.join(dir, 'cfg.yaml'), 'run-log-store:\n  type: chunked-fs\n');
    const log = await loadRunLog({ target: 'rn-made', configFile: 'cfg.yaml', cwd: dir, env: {} });
    const d = buildReportData(log);
    expect(d.run).toMatchObject({ id: 'rn-made', status: 'S' });
    expect(d.graphFromSteps).toBe(false);
    expect(d.graph.nodes.map((n) => n.name)).toEqual(['generate', 'map state', 'read', 'success', 'fail']);
    const name = (s: (typeof d.steps)[number]) => d.strings[s[0]];
    const doubles = d.steps.filter((s) => d.strings[s[2]] === 'map state.map_variable_placeholder.double');
    expect(doubles.map((s) => [d.branches[s[1]]![1], s[4]])).toEqual([['1', 'S'], ['2', 'S'], ['3', 'S']]);
    expect(d.details[doubles[1]![6]]!.out).toEqual([['doubled', 'json', '4']]);
    // df.csv: put by generate, got by read, same sha256.
    expect(d.files).toHaveLength(1);
    expect(d.uses.map((u) => [u[1], name(d.steps[u[2]]!)])).toEqual([['put', 'generate'], ['get', 'read']]);
    // Local times with microseconds, in order; the run spans a positive time.
    const starts = d.steps.filter((s) => s[5].length).map((s) => s[5][0]![0]);
    expect(starts.every((t) => Number.isFinite(t) && t >= 0)).toBe(true);
    expect(d.run.span).toBeGreaterThan(0);
  });

  test('a run log without run_config.dag: the graph is rebuilt from the steps in the order they ran', () => {
    const log = runnableRunLog(2);
    log.run_config = {};
    const d = buildReportData(log);
    expect(d.graphFromSteps).toBe(true);
    expect(d.graph.nodes.map((n) => n.name)).toEqual(['write', 'map_state', 'success']);
    expect(d.graph.nodes[1]!.branches![0]![1].nodes.map((n) => n.key)).toEqual(['map_state.map_variable_placeholder.inmap', 'map_state.map_variable_placeholder.success']);
  });

  test('a large map keeps detail for its first items and its failed ones only, and stays small', () => {
    const d = buildReportData(runnableRunLog(2000, 500), { itemsInDetail: 20 });
    const detailed = d.steps.filter((s) => d.strings[s[2]] === 'map_state.map_variable_placeholder.inmap' && s[6] >= 0);
    // 20 first items + the failed ones (3, 503, 1003, 1503; item 3 is among the first 20).
    expect(detailed).toHaveLength(23);
    expect(d.omitted.detailBranches).toBe(2000 - 23);
    // Every item is still there with its status and times (graph counts, Gantt).
    expect(d.branches).toHaveLength(2000);
    expect(d.steps.filter((s) => s[4] === 'F').map((s) => d.strings[s[0]])).toEqual(['map_state', ...Array(4).fill('inmap')]);
    // The long list in the run's parameters is shown as its start and its length.
    expect(d.run.parameters[0]![2]).toMatch(/^\[0,1,2,3,.*,… \(2000 items\)\]$/);
    expect(d.run.parameters[0]![2].length).toBeLessThan(2100);
    const bytes = Buffer.byteLength(renderHtmlReport(runnableRunLog(2000, 500)));
    expect(bytes).toBeLessThan(600_000);
  });

  test('secret values are masked everywhere: values, names, messages, logs, config', () => {
    const log = runnableRunLog(1);
    const secret = 'hunter2-Secret';
    log.parameters[`key_${secret}`] = p(`value ${secret}`);
    log.steps.write!.attempts[0]!.message = `failed with ${secret}`;
    (log.run_config as Record<string, unknown>).note = secret;
    log.steps.write!.data_catalog = [{ name: 'write.attempt-1.execution.log', data_hash: '', catalog_relative_path: 'p1run/write.attempt-1.execution.log', catalog_handler_location: '', stage: 'put' }];
    const html = renderHtmlReport(log, { secrets: [secret], logs: new Map([['write.attempt-1.execution.log', `printed ${secret}\n`]]) });
    expect(html).not.toContain(secret);
    expect(html).toContain('printed ***');
    expect(html).toContain('key_***');
  });

  test('the JSON island: no value can close the script element or open a comment', () => {
    const hostile = '</script><!-- <script>alert(1)</script> & \u2028\u2029';
    const text = scriptSafeJson({ a: hostile });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ a: hostile });
    const log = runnableRunLog(1);
    log.tag = hostile;
    const html = renderHtmlReport(log);
    // Only the page's three script elements close; the title is HTML-escaped text.
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toContain('<!--');
  });
});
