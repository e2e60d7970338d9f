/**
 * runnable compatibility (issue 14, small items) with our own pipelines of the shapes runnable's examples
 * use: shell parameters as Python's json.dumps, floats that stay floats, integers beyond 2^53, a shell
 * return the script did not export, map fan-in over branches that did not set a return, and an execution
 * log for every node that ran. Engine from src/ (no build).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { executeCommand } from '../../src/commands/execute.js';
import { cleanEnv } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), 'ra-compat-'));
  dirs.push(d);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(d, name), text);
  return d;
}

const run = (cwd: string, parametersFile?: string) =>
  executeCommand({ pipelineFile: 'pipeline.yaml', cwd, env: cleanEnv(), parametersFile, runId: 'r1', configFile: undefined });

/** The run log JSON file as written on disk (file-system store). */
const runLogText = (cwd: string) => readFileSync(path.join(cwd, '.run_log_store', 'r1.json'), 'utf8');

describe('shell parameters are encoded as runnable encodes them (json.dumps)', () => {
  it('dicts, lists, floats (also from python returns), non-ASCII, ints beyond 2^53', async () => {
    const cwd = project({
      'funcs.py': [
        'def produce():',
        '    return 1.0, {"x": 10, "foo": "bar"}, 2**70 + 1',
        'def check(big, f, lst):',
        '    assert big == 2**70 + 3 and isinstance(big, int), repr(big)',
        '    assert isinstance(f, float) and f == 1.0, repr(f)',
        '    assert lst == [1.0, 2] and isinstance(lst[0], float), repr(lst)',
      ].join('\n'),
      'params.yaml': 'f: 1.0\nlst: [1.0, 2]\nname: "café ☕"\nbig: 1180591620717411303427\nplain: 3\n',
      'pipeline.yaml': [
        'dag:',
        '  start_at: produce',
        '  steps:',
        '    produce:',
        '      type: task',
        '      command: funcs.produce',
        '      returns: [{name: pf}, {name: pd}, {name: pbig}]',
        '      next: show',
        '    show:',
        '      type: task',
        '      command_type: shell',
        '      command: printf "%s|%s|%s|%s|%s|%s|%s|%s\\n" "$pf" "$pd" "$pbig" "$f" "$lst" "$name" "$big" "$plain" > out.txt',
        '      next: check',
        '    check:',
        '      type: task',
        '      command: funcs.check',
        '      next: success',
        '    success: {type: success}',
        '',
      ].join('\n'),
    });
    const r = await run(cwd, 'params.yaml');
    expect(r.status).toBe('SUCCESS');
    expect(readFileSync(path.join(cwd, 'out.txt'), 'utf8')).toBe(
      '1.0|{"x": 10, "foo": "bar"}|1180591620717411303425|1.0|[1.0, 2]|café ☕|1180591620717411303427|3\n',
    );
    const log = runLogText(cwd);
    expect(log).toMatch(/"pf":\s*\{\s*"kind":\s*"json",\s*"value":\s*1\.0,/);
    expect(log).toMatch(/"value":\s*1180591620717411303425\b/);
    expect(log).toMatch(/"value":\s*1180591620717411303427\b/);
  });

  it('the non-ASCII in a nested value is \\uXXXX, as json.dumps writes it', async () => {
    const cwd = project({
      'params.yaml': 'd: {name: "café"}\n',
      'pipeline.yaml': 'dag:\n  start_at: s\n  steps:\n    s:\n      type: task\n      command_type: shell\n      command: printf "%s" "$d" > out.txt\n      next: success\n    success: {type: success}\n',
    });
    expect((await run(cwd, 'params.yaml')).status).toBe('SUCCESS');
    expect(readFileSync(path.join(cwd, 'out.txt'), 'utf8')).toBe('{"name": "caf\\u00e9"}');
  });
});

describe('a shell return the script did not export', () => {
  it('the step succeeds, the name stays unset, and its log says so', async () => {
    const cwd = project({
      'pipeline.yaml': [
        'dag:',
        '  start_at: s',
        '  steps:',
        '    s:',
        '      type: task',
        '      command_type: shell',
        '      command: export made=yes',
        '      returns: [{name: made}, {name: forgotten}]',
        '      next: success',
        '    success: {type: success}',
        '',
      ].join('\n'),
    });
    const r = await run(cwd);
    expect(r.status).toBe('SUCCESS');
    expect(r.runLog.parameters['made']?.value).toBe('yes');
    expect(r.runLog.parameters['forgotten']).toBeUndefined();
    const logs = readdirSync(path.join(cwd, '.catalog', 'r1')).filter((f) => f.endsWith('.execution.log'));
    const sLog = logs.find((f) => f.startsWith('s.'))!;
    expect(readFileSync(path.join(cwd, '.catalog', 'r1', sLog), 'utf8')).toMatch(/did not export the return 'forgotten'; it stays unset/);
  });
});

describe('map fan-in when branches did not set a return', () => {
  const pipeline = (setWhen: string) =>
    [
      'dag:',
      '  start_at: m',
      '  steps:',
      '    m:',
      '      type: map',
      '      iterate_on: items',
      '      iterate_as: item',
      '      next: success',
      '      branch:',
      '        start_at: t',
      '        steps:',
      '          t:',
      '            type: task',
      '            command_type: shell',
      `            command: 'if [ "$item" ${setWhen} ]; then export res=$item; fi'`,
      '            returns: [{name: res}]',
      '            next: success',
      '          success: {type: success}',
      '    success: {type: success}',
      '',
    ].join('\n');

  it('branches without the return are skipped', async () => {
    const cwd = project({ 'params.yaml': 'items: [1, 2, 3]\n', 'pipeline.yaml': pipeline('!= 2') });
    const r = await run(cwd, 'params.yaml');
    expect(r.status).toBe('SUCCESS');
    expect(r.runLog.parameters['res']?.value).toEqual([1, 3]);
  });

  it('"" when no branch set it', async () => {
    const cwd = project({ 'params.yaml': 'items: [1, 2]\n', 'pipeline.yaml': pipeline('= 9') });
    const r = await run(cwd, 'params.yaml');
    expect(r.status).toBe('SUCCESS');
    expect(r.runLog.parameters['res']?.value).toBe('');
  });
});

describe('execution logs', () => {
  it('one for every node that ran, also when it printed nothing', async () => {
    const cwd = project({
      'pipeline.yaml': [
        'dag:',
        '  start_at: quiet',
        '  steps:',
        '    quiet: {type: task, command_type: shell, command: "true", next: stub}',
        '    stub: {type: stub, next: success}',
        '    success: {type: success}',
        '',
      ].join('\n'),
    });
    const r = await run(cwd);
    expect(r.status).toBe('SUCCESS');
    const logs = readdirSync(path.join(cwd, '.catalog', 'r1')).filter((f) => f.endsWith('.execution.log')).sort();
    expect(logs.map((f) => f.split('.')[0])).toEqual(['quiet', 'stub', 'success']);
  });
});
