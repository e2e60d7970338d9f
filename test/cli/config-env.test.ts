/**
 * How runnable chooses configuration, parameters and run ids from the environment, end to end through the
 * CLI; and per-step timeouts.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanEnv, makeProject, runCli } from '../support/cli.js';
import { createRunLogStore } from '../../src/runlog/factory.js';

const ECHO = 'dag:\n  start_at: a\n  steps:\n    a:\n      type: task\n      command_type: shell\n      command: echo "x=$x"\n      next: success\n';

async function chunked(cwd: string, folder: string, id: string) {
  return createRunLogStore({ type: 'chunked-fs', config: { log_folder: folder } }, cwd).getRunLog(id);
}

describe('configuration from the environment', () => {
  it('uses ./runnable-config.yaml when no -c is given', async () => {
    const cwd = makeProject();
    writeFileSync(path.join(cwd, 'p.yaml'), ECHO);
    writeFileSync(path.join(cwd, 'runnable-config.yaml'), 'run-log-store:\n  type: chunked-fs\n  config:\n    log_folder: from-default-file\n');
    const r = await runCli(['execute', '-f', 'p.yaml', '--run-id', 'd1'], { cwd });
    expect(r.code).toBe(0);
    expect((await chunked(cwd, 'from-default-file', 'd1')).status).toBe('SUCCESS');
  });

  it('RUNNABLE_CONFIGURATION_FILE wins over -c, and $name takes RUNNABLE_VAR_name', async () => {
    const cwd = makeProject();
    writeFileSync(path.join(cwd, 'p.yaml'), ECHO);
    writeFileSync(path.join(cwd, 'env.yaml'), 'run_log_store:\n  type: chunked-fs\n  config:\n    log_folder: ${folder}\n');
    const env = cleanEnv({ RUNNABLE_CONFIGURATION_FILE: 'env.yaml', RUNNABLE_VAR_folder: 'var-folder' });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'examples/configs/default.yaml', '--run-id', 'v1'], { cwd, env });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(cwd, 'var-folder/v1'))).toBe(true);
  });

  it('RUNNABLE_PARAMETERS_FILE replaces -p, RUNNABLE_PRM_ overrides both, RUNNABLE_RUN_ID names the run', async () => {
    const cwd = makeProject();
    writeFileSync(path.join(cwd, 'p.yaml'), ECHO);
    writeFileSync(path.join(cwd, 'a.yaml'), 'x: from-a\ny: 1\n');
    writeFileSync(path.join(cwd, 'b.yaml'), 'x: from-b\ny: 2\n');
    const r1 = await runCli(['execute', '-f', 'p.yaml', '-c', 'examples/configs/chunked.yaml', '-p', 'a.yaml'], { cwd, env: cleanEnv({ RUNNABLE_PARAMETERS_FILE: 'b.yaml', RUNNABLE_RUN_ID: 'envrun' }) });
    expect(r1.code).toBe(0);
    expect(r1.stdout).toContain('x=from-b');
    const r2 = await runCli(['execute', '-f', 'p.yaml', '-c', 'examples/configs/chunked.yaml', '-p', 'a.yaml', '--run-id', 'prm'], { cwd, env: cleanEnv({ RUNNABLE_PRM_x: '"over"' }) });
    expect(r2.stdout).toContain('x=over');
    const log = await chunked(cwd, '.run_log_store', 'envrun');
    expect(log.parameters.y?.value).toBe(2);
  });

  it('RUNNABLE_RETRY_RUN_ID turns execute into a retry of that run', async () => {
    const cwd = makeProject();
    const first = await runCli(['execute', '-f', 'examples/11-retry/retry.yaml', '-c', 'examples/configs/chunked.yaml', '--run-id', 'rr'], { cwd });
    expect(first.code).toBe(1);
    writeFileSync(path.join(cwd, 'retry.marker'), '');
    const again = await runCli(['execute', '-f', 'examples/11-retry/retry.yaml', '-c', 'examples/configs/chunked.yaml'], { cwd, env: cleanEnv({ RUNNABLE_RETRY_RUN_ID: 'rr', RUNNABLE_RETRY_INDICATOR: '2' }) });
    expect(again.code).toBe(0);
    const log = await chunked(cwd, '.run_log_store', 'rr');
    expect(log.steps.train!.attempts.map((a) => a.retry_indicator)).toEqual(['', '2']);
    expect(log.steps.prepare!.attempts).toHaveLength(1);
  });
});

describe('timeout_seconds', () => {
  it('kills a step that runs too long (its whole process group) and records why', async () => {
    const cwd = makeProject();
    mkdirSync(path.join(cwd, 'x'));
    writeFileSync(path.join(cwd, 'p.yaml'), 'dag:\n  start_at: slow\n  steps:\n    slow:\n      type: task\n      command_type: shell\n      command: sleep 30 & wait\n      timeout_seconds: 1\n      next: success\n');
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'examples/configs/chunked.yaml', '--run-id', 't1'], { cwd });
    expect(r.code).toBe(1);
    const log = await chunked(cwd, '.run_log_store', 't1');
    expect(log.steps.slow!.status).toBe('FAIL');
    expect(log.steps.slow!.message).toMatch(/time/i);
  });
});
