/**
 * The job summary shows untrusted text (returned values, step names, map items, messages) as text: no live
 * Markdown link, image, autolink or HTML (issue #12, weak: "a Markdown link in a returned value stays live").
 */
import { describe, expect, it } from '@jest/globals';
import { renderSummary } from '../../src/github/summary.js';
import type { RunLog, StepLog } from '../../src/runlog/model.js';

const HOSTILE = ['[click here](https://evil.example/phish)', '![img](https://evil.example/t.png)', 'https://evil.example/bare', 'www.evil.example', 'mail admin@evil.example', '<a href="https://evil.example">x</a>', '*bold* _em_ `code` ~~strike~~'];

function step(name: string, value: unknown, message = ''): StepLog {
  return {
    name,
    internal_name: name,
    status: message ? 'FAIL' : 'SUCCESS',
    step_type: 'task',
    message,
    mock: false,
    attempts: [{ attempt_number: 1, start_time: '2026-12-04T10:00:00.000Z', end_time: '2026-12-04T10:00:01.000Z', status: message ? 'FAIL' : 'SUCCESS', message, input_parameters: {}, output_parameters: { out: { kind: 'json', value, description: '' } }, user_defined_metrics: {}, retry_indicator: '', code_identities: [] }],
    branches: {},
    data_catalog: [],
  } as StepLog;
}

describe('summary cells are inert', () => {
  it('links, images, autolinks, e-mail addresses and HTML in returned values, names and messages are not rendered', () => {
    const steps: Record<string, StepLog> = {};
    HOSTILE.forEach((h, i) => {
      steps[`s${i}`] = step(`s${i} ${h}`, h, i % 2 ? `failed: ${h}` : '');
    });
    const runLog = { run_id: 'inert', dag_hash: 'a'.repeat(40), tag: '', status: 'FAIL', job: null, run_config: {}, parameters: { p: { kind: 'json', value: HOSTILE[0], description: '' } }, steps } as unknown as RunLog;
    const md = renderSummary({ runLog });
    expect(md).not.toMatch(/(?<!\\)\]\(/); // no `[text](url)` / `![alt](url)`
    expect(md).not.toMatch(/https?:\/\//); // no bare URL to autolink
    expect(md).not.toMatch(/www\.evil/);
    expect(md).not.toMatch(/admin@evil/);
    expect(md).not.toContain('<a href');
    // The text is still there for the reader.
    expect(md).toContain('evil.example');
    expect(md).toContain('click here');
  });
});
