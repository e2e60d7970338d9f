import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessOutput, explainExitCode, spawnProcess } from '../../src/tasks/process.js';
import { ShellTaskRunner } from '../../src/tasks/shell.js';
import { getTaskRunner } from '../../src/tasks/index.js';
import { MemorySink, invocation, tempDir } from './helpers.js';
import { alive, readPid, waitGone } from '../support/wait.js';

const env = process.env as Record<string, string>;
const cwd = process.cwd();

describe('spawnProcess', () => {
  it('resolves a ProcessOutput that is an Error and the success value', async () => {
    const ok = await spawnProcess({ file: '/bin/sh', args: ['-c', 'exit 0'], cwd, env });
    expect(ok).toBeInstanceOf(ProcessOutput);
    expect(ok).toBeInstanceOf(Error);
    expect(ok.ok).toBe(true);
    expect(ok.exitCode).toBe(0);
    expect(ok.signal).toBeNull();
    expect(ok.durationMs).toBeGreaterThan(0);
    expect(ok.name).toBe('ProcessOutput');
    const bad = await spawnProcess({ file: '/bin/sh', args: ['-c', 'exit 4'], cwd, env, label: 'my step' });
    expect(bad.ok).toBe(false);
    expect(bad.message).toBe('my step exited with code 4');
    expect(() => {
      throw bad;
    }).toThrow('my step exited with code 4');
    expect(bad.toJSON()).toMatchObject({ exitCode: 4, ok: false, timedOut: false, cancelled: false });
  });

  it('explains exit codes and spawn errors in plain words', async () => {
    expect(explainExitCode(126)).toContain('not executable');
    expect(explainExitCode(127)).toBe('command not found');
    expect(explainExitCode(137)).toContain('SIGKILL');
    expect(explainExitCode(143)).toContain('SIGTERM');
    const missing = await spawnProcess({ file: '/no/such/python3', args: [], cwd, env });
    expect(missing.ok).toBe(false);
    expect(missing.spawnError?.code).toBe('ENOENT');
    expect(missing.exitCode).toBeNull();
    expect(missing.message).toContain('not found (ENOENT)');
    const dir = tempDir();
    const script = join(dir, 'noexec.sh');
    writeFileSync(script, '#!/bin/sh\necho hi\n');
    chmodSync(script, 0o644);
    const notExec = await spawnProcess({ file: '/bin/sh', args: ['-c', script], cwd, env });
    expect(notExec.exitCode).toBe(126);
    expect(notExec.message).toContain('code 126 (command found but not executable');
    const killed = await spawnProcess({ file: '/bin/sh', args: ['-c', 'kill -9 $$'], cwd, env });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.status).toBe(137);
    expect(killed.message).toContain('was killed by SIGKILL (killed (SIGKILL)');
    const noCwd = await spawnProcess({ file: '/bin/sh', args: ['-c', 'true'], cwd: '/no/such/dir', env });
    expect(noCwd.message).toContain('working directory does not exist');
  });

  it('streams chunks as they arrive and decodes UTF-8 split across chunks', async () => {
    const sink = new MemorySink();
    // Write "é€😀" one byte at a time, with pauses so they arrive as separate chunks.
    const bytes = [...Buffer.from('é€😀\n')].map((b) => `\\${b.toString(8).padStart(3, '0')}`);
    const script = bytes.map((b) => `printf '${b}'; sleep 0.01`).join('; ');
    const out = await spawnProcess({ file: '/bin/sh', args: ['-c', script], cwd, env, output: sink, capture: true });
    expect(out.ok).toBe(true);
    expect(sink.stdout).toBe('é€😀\n');
    expect(out.stdout).toBe('é€😀\n');
    expect(sink.chunks.length).toBeGreaterThan(1);
    expect(sink.chunks.every(([, c]) => !c.includes('\uFFFD'))).toBe(true);
  });

  it('writes input to stdin when given', async () => {
    const out = await spawnProcess({ file: '/bin/cat', args: [], cwd, env, input: 'piped', capture: true });
    expect(out.stdout).toBe('piped');
  });

  it('leaves a child that detached its output alone; stops children still holding the output after the grace', async () => {
    const dir = tempDir();
    const a = await spawnProcess({
      file: '/bin/sh',
      args: ['-c', `nohup sleep 30 >/dev/null 2>&1 & echo $! > ${dir}/detached; echo done`],
      cwd,
      env,
      stdioGraceMs: 200,
      capture: true,
    });
    expect(a.ok).toBe(true);
    expect(a.stdout).toBe('done\n');
    const detached = await readPid(join(dir, 'detached'));
    expect(alive(detached)).toBe(true);
    process.kill(detached, 'SIGKILL');

    const b = await spawnProcess({
      file: '/bin/sh',
      args: ['-c', `sleep 30 & echo $! > ${dir}/held; echo done`],
      cwd,
      env,
      stdioGraceMs: 200,
      capture: true,
    });
    expect(b.ok).toBe(true);
    expect(b.stdout).toBe('done\n');
    // Stopped after the grace (signals act asynchronously: poll, no fixed sleep).
    await waitGone([await readPid(join(dir, 'held'))]);
  });

  it('measures per-spawn overhead against a bare child_process.spawn', async () => {
    const N = 20; // a smoke run of each path: the figures that matter come from bench/
    const bare = (): Promise<void> =>
      new Promise((resolve) => {
        const c = spawn('/bin/sh', ['-c', 'true'], { stdio: ['ignore', 'pipe', 'pipe'] });
        c.stdout.resume();
        c.stderr.resume();
        c.on('close', () => resolve());
      });
    const sink = new MemorySink();
    const ours = (): Promise<unknown> => spawnProcess({ file: '/bin/sh', args: ['-c', 'true'], cwd, env, output: sink });
    const shell = new ShellTaskRunner();
    const shellStep = (): Promise<unknown> => shell.run(invocation({ command_type: 'shell', command: 'true' }, { cwd, env }));
    const shellWithReturn = (): Promise<unknown> =>
      shell.run(invocation({ command_type: 'shell', command: 'export X=1', returns: [{ name: 'X', kind: 'json' }] }, { cwd, env }));
    const time = async (f: () => Promise<unknown>): Promise<number> => {
      const t = performance.now();
      for (let i = 0; i < N; i++) await f();
      return ((performance.now() - t) / N) * 1000;
    };
    // Interleave rounds so machine noise hits all variants alike.
    const r = { bare: [] as number[], ours: [] as number[], shell: [] as number[], ret: [] as number[] };
    await time(bare);
    for (let round = 0; round < 3; round++) {
      r.bare.push(await time(bare));
      r.ours.push(await time(ours));
      r.shell.push(await time(shellStep));
      r.ret.push(await time(shellWithReturn));
    }
    const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[1]!;
    console.log(
      `spawn: bare spawn('/bin/sh',['-c','true']) ${med(r.bare).toFixed(0)} µs; spawnProcess ${med(r.ours).toFixed(0)} µs ` +
        `(${(med(r.ours) - med(r.bare)).toFixed(0)} µs); shell task 'true' ${med(r.shell).toFixed(0)} µs; ` +
        `shell task with one return ${med(r.ret).toFixed(0)} µs`,
    );
  }, 180_000); // 260 process spawns: slow on a loaded machine, and nothing here is asserted on time
});

describe('getTaskRunner', () => {
  it('returns one runner per command type; those other than shell load on first use and run', async () => {
    expect(getTaskRunner('shell')).toBeInstanceOf(ShellTaskRunner);
    for (const t of ['python', 'async-python', 'node', 'notebook'] as const) {
      expect(typeof getTaskRunner(t).run).toBe('function');
      expect(getTaskRunner(t)).toBe(getTaskRunner(t));
    }
    expect(getTaskRunner('shell')).toBe(getTaskRunner('shell'));
    expect(() => getTaskRunner('perl' as never)).toThrow("no task runner for command_type 'perl'");
    // The lazily loaded node runner runs a function and masks nothing it should not.
    const inv = invocation({ command_type: 'node', command: 'node/funcs.mjs:echoArgs' });
    const out = await getTaskRunner('node').run(inv);
    expect(out.ok).toBe(true);
    // A missing python module fails as the python runner says it does, not as a loading error.
    const py = await getTaskRunner('python').run(invocation({ command_type: 'python', command: 'no_such_module_here.fn' }));
    expect(py.ok).toBe(false);
    expect(py.message).toMatch(/no_such_module_here/);
  });
});
