/**
 * Warm python workers (src/tasks/python-warm.ts): a task's module is imported once per run and interpreter,
 * in the worker's parent, and every task runs in a child forked from it. These tests hold the isolation
 * promises with a real python3: nothing a task does to its process reaches another task.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PythonTaskRunner, clearPythonCaches } from '../../src/tasks/python.js';
import type { TaskReturn } from '../../src/pipeline/model.js';
import { MemorySink, invocation, params, tempDir } from './helpers.js';
import { readPids, waitGone } from '../support/wait.js';

const runner = new PythonTaskRunner();
const ret = (name: string): TaskReturn => ({ name, kind: 'json' });
const baseEnv = { ...(process.env as Record<string, string>), PYTHONDONTWRITEBYTECODE: '1' };
afterAll(() => clearPythonCaches());

/** A project folder with `mods/<name>.py` for each entry; each module counts its imports in `imports.log`. */
function project(modules: Record<string, string>): string {
  const cwd = tempDir('ra-warm-');
  mkdirSync(join(cwd, 'mods'));
  writeFileSync(join(cwd, 'mods', '__init__.py'), '');
  for (const [name, body] of Object.entries(modules)) {
    const counting = `import os as _os\nwith open(${JSON.stringify(join(cwd, 'imports.log'))}, 'a') as _f:\n    _f.write('${name} %d\\n' % _os.getpid())\n`;
    writeFileSync(join(cwd, 'mods', `${name}.py`), counting + body);
  }
  return cwd;
}
const importsOf = (cwd: string, name: string): number =>
  existsSync(join(cwd, 'imports.log')) ? readFileSync(join(cwd, 'imports.log'), 'utf8').split('\n').filter((l) => l.startsWith(`${name} `)).length : 0;

function call(cwd: string, command: string, extras: Parameters<typeof invocation>[1] = {}, returns: TaskReturn[] = [ret('v')], secrets: string[] = []) {
  const env = { ...baseEnv, RUNNABLE_RUN_ID: 'run-1', ...(extras.env ?? {}) };
  return invocation({ command_type: 'python', command, returns, secrets }, { cwd, ...extras, env });
}

const ISO = `
import os, signal, sys
CALLS = []
IMPORTED_IN = os.getpid()

def mutate():
    CALLS.append(1)
    sys.path.insert(0, '/nonexistent-warm-path')
    os.chdir('/')
    os.environ['WARM_LEAK'] = 'leaked'
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    global BIG
    BIG = bytearray(64 * 1024 * 1024)
    sys.modules['json'].LEAKED = True
    return len(CALLS)

def observe():
    import json
    return {
        'calls': len(CALLS),
        'path': '/nonexistent-warm-path' in sys.path,
        'cwd': os.getcwd(),
        'leak': os.environ.get('WARM_LEAK'),
        'sigterm_ignored': signal.getsignal(signal.SIGTERM) == signal.SIG_IGN,
        'big': 'BIG' in globals(),
        'json_patched': hasattr(json, 'LEAKED'),
        'forked': IMPORTED_IN != os.getpid(),
    }
`;

describe('warm python workers', () => {
  it('import a module once per run and isolate globals, sys.path, cwd, environment, signal handlers and memory', async () => {
    const cwd = project({ iso: ISO });
    const first = await runner.run(call(cwd, 'mods.iso.mutate'));
    expect(first.message).toBe('');
    expect(first.returns.v!.value).toBe(1);
    const seen = await runner.run(call(cwd, 'mods.iso.observe'));
    expect(seen.message).toBe('');
    expect(seen.returns.v!.value).toEqual({
      calls: 0,
      path: false,
      cwd,
      leak: null,
      sigterm_ignored: false,
      big: false,
      json_patched: false,
      forked: true,
    });
    expect(importsOf(cwd, 'iso')).toBe(1);
  });

  it("never shows a step a secret that a module kept from another step's import", async () => {
    const cwd = project({ cfg: "import os\nTOKEN = os.environ.get('WARM_TOKEN')\ndef token():\n    return TOKEN\n" });
    const withSecret = await runner.run(call(cwd, 'mods.cfg.token', { env: { WARM_TOKEN: 'the-secret-value' } }, [ret('v')], ['WARM_TOKEN']));
    expect(withSecret.returns.v!.value).toBe('the-secret-value');
    const without = await runner.run(call(cwd, 'mods.cfg.token'));
    expect(without.message).toBe('');
    expect(without.returns.v!.value).toBeNull();
  });

  it('runs each task in its own process: os._exit and a segfault fail only their task', async () => {
    const cwd = project({
      crash: `
import ctypes, os
def exit3():
    print('before exit', flush=True)
    os._exit(3)
def segfault():
    ctypes.string_at(0)
def fine(x):
    return x + 1
`,
    });
    const exited = await runner.run(call(cwd, 'mods.crash.exit3'));
    expect(exited.ok).toBe(false);
    expect(exited.message).toMatch(/exited with code 3/);
    expect(exited.exitCode).toBe(3);
    const crashed = await runner.run(call(cwd, 'mods.crash.segfault'));
    expect(crashed.ok).toBe(false);
    expect(crashed.message).toMatch(/SIGSEGV/);
    const after = await runner.run(call(cwd, 'mods.crash.fine', { parameters: params({ x: 41 }) }));
    expect(after.message).toBe('');
    expect(after.returns.v!.value).toBe(42);
    expect(importsOf(cwd, 'crash')).toBe(1);
  });

  it('stops a task that hangs past its timeout, with its subprocesses, and keeps serving', async () => {
    const cwd = project({
      hang: `
import os, subprocess, time
def hang(pids):
    p = subprocess.Popen(['sleep', '60'])
    with open(pids, 'w') as f:
        f.write('%d %d\\n' % (os.getpid(), p.pid))
    time.sleep(60)
def fine():
    return 'ok'
`,
    });
    const pids = join(cwd, 'pids.txt');
    // The timeout runs from the call: long enough for a busy machine to import, fork and write the pids first.
    const out = await runner.run(call(cwd, 'mods.hang.hang', { timeoutMs: 4000, parameters: params({ pids }) }, []));
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/timed out after 4s/);
    // Both stop (signals act asynchronously: poll).
    await waitGone(await readPids(pids, 1000));
    const after = await runner.run(call(cwd, 'mods.hang.fine'));
    expect(after.returns.v!.value).toBe('ok');
  });

  it('stops a running task and its process group when the run is cancelled', async () => {
    const cwd = project({
      slow: `
import os, subprocess, time
def slow(pids):
    p = subprocess.Popen(['sleep', '60'])
    with open(pids, 'w') as f:
        f.write('%d %d\\n' % (os.getpid(), p.pid))
    time.sleep(60)
`,
    });
    const pids = join(cwd, 'pids.txt');
    const ac = new AbortController();
    const running = runner.run(call(cwd, 'mods.slow.slow', { signal: ac.signal, parameters: params({ pids }) }, []));
    const both = await readPids(pids);
    expect(both).toHaveLength(2);
    ac.abort();
    const out = await running;
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/was cancelled; its process group was stopped/);
    await waitGone(both);
  });

  it('re-imports a module edited between two runs (within a run, the first import stands)', async () => {
    const cwd = project({ ver: "VERSION = 'one'\ndef version():\n    return VERSION\n" });
    const run = (id: string) => runner.run(call(cwd, 'mods.ver.version', { env: { RUNNABLE_RUN_ID: id } }));
    expect((await run('run-a')).returns.v!.value).toBe('one');
    writeFileSync(join(cwd, 'mods', 'ver.py'), "VERSION = 'two, edited'\ndef version():\n    return VERSION\n");
    expect((await run('run-a')).returns.v!.value).toBe('one');
    expect((await run('run-b')).returns.v!.value).toBe('two, edited');
  });

  it('sends what an import prints to the task that imported it, and a failed import to its task only, once', async () => {
    const cwd = project({
      noisy: "print('importing noisy')\ndef hello():\n    print('hello from the task')\n    return 1\n",
      broken: "print('importing broken')\nraise RuntimeError('broken at import')\ndef f():\n    return 1\n",
    });
    const a = call(cwd, 'mods.noisy.hello');
    expect((await runner.run(a)).ok).toBe(true);
    expect(a.output.stdout).toBe('importing noisy\nhello from the task\n');
    const b = call(cwd, 'mods.noisy.hello');
    await runner.run(b);
    expect(b.output.stdout).toBe('hello from the task\n');
    const c = call(cwd, 'mods.broken.f');
    const failed = await runner.run(c);
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/RuntimeError: broken at import/);
    expect(failed.message).toMatch(/mods\/broken\.py", line 5/);
    expect(failed.message).not.toMatch(/runnable_action_/);
    expect(c.output.stdout).toBe('importing broken\n');
    // Each attempt imports again (a retry may find the problem fixed).
    writeFileSync(join(cwd, 'mods', 'broken.py'), 'def f():\n    return 2\n');
    expect((await runner.run(call(cwd, 'mods.broken.f'))).returns.v!.value).toBe(2);
  });

  it('survives a module whose import kills the worker, and hangs in an import stop at the timeout', async () => {
    const cwd = project({
      killer: "import os\nos._exit(7)\ndef f():\n    return 1\n",
      stuck: 'import time\ntime.sleep(60)\ndef f():\n    return 1\n',
      fine: 'def f():\n    return "fine"\n',
    });
    const killed = await runner.run(call(cwd, 'mods.killer.f'));
    expect(killed.ok).toBe(false);
    expect(killed.message).toMatch(/exited with code 7/);
    const stuck = await runner.run(call(cwd, 'mods.stuck.f', { timeoutMs: 1000 }));
    expect(stuck.ok).toBe(false);
    expect(stuck.message).toMatch(/timed out/);
    expect((await runner.run(call(cwd, 'mods.fine.f'))).returns.v!.value).toBe('fine');
  });

  it('keeps serving after an import takes SIGCHLD and the signal wake-up fd', async () => {
    const cwd = project({ grabby: "import signal\nsignal.signal(signal.SIGCHLD, signal.SIG_DFL)\nsignal.set_wakeup_fd(-1)\ndef f():\n    return 'served'\n" });
    for (let i = 0; i < 2; i++) {
      const out = await runner.run(call(cwd, 'mods.grabby.f', { timeoutMs: 20_000 }));
      expect(out.message).toBe('');
      expect(out.returns.v!.value).toBe('served');
    }
  });

  const debian = '/usr/bin/python3';
  const onPath = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8', env: baseEnv }).stdout?.trim();
  const noSecond = !existsSync(debian) ? `${debian} is missing; apt-get install python3` : !onPath || onPath === debian ? `python3 on PATH is ${debian} itself; no second interpreter` : '';
  (noSecond ? it.skip : it)(`keeps one worker per interpreter: two interpreters in one run${noSecond ? ` [skipped: ${noSecond}]` : ''}`, async () => {
    const cwd = project({ which: 'import sys\ndef which():\n    return sys.executable\n' });
    const [a, b, a2] = await Promise.all([
      runner.run(call(cwd, 'mods.which.which')),
      runner.run(call(cwd, 'mods.which.which', { env: { RUNNABLE_PYTHON: debian } })),
      runner.run(call(cwd, 'mods.which.which')),
    ]);
    expect([a.message, b.message, a2.message]).toEqual(['', '', '']);
    expect(a.returns.v!.value).toBe(onPath);
    expect(a2.returns.v!.value).toBe(onPath);
    expect(b.returns.v!.value).toBe(debian);
    expect(importsOf(cwd, 'which')).toBe(2);
  });

  const hasNumpy = spawnSync(debian, ['-c', 'import numpy']).status === 0;
  (hasNumpy ? it : it.skip)(`gives each task its own numpy random state, as fresh interpreters have${hasNumpy ? '' : ` [skipped: ${debian} lacks numpy; apt-get install python3-numpy]`}`, async () => {
    const cwd = project({ rnd: 'import numpy as np, random\ndef draw():\n    return [float(np.random.rand()), random.random()]\n' });
    const draws = await Promise.all([1, 2, 3].map(() => runner.run(call(cwd, 'mods.rnd.draw', { env: { RUNNABLE_PYTHON: debian } }))));
    const values = draws.map((d) => JSON.stringify(d.returns.v!.value));
    expect(new Set(values).size).toBe(3);
    expect(importsOf(cwd, 'rnd')).toBe(1);
  });

  it('runs cold when RUNNABLE_PYTHON_WARM=0', async () => {
    const cwd = project({ cold: 'import os\nPID = os.getpid()\ndef f():\n    return PID == os.getpid()\n' });
    const env = { RUNNABLE_PYTHON_WARM: '0' };
    expect((await runner.run(call(cwd, 'mods.cold.f', { env }))).returns.v!.value).toBe(true);
    expect((await runner.run(call(cwd, 'mods.cold.f', { env }))).returns.v!.value).toBe(true);
    expect(importsOf(cwd, 'cold')).toBe(2);
  });

  it('delivers all of a task\'s output and its exit status when the child reports them itself, before it is reaped', async () => {
    // The child ends its streams and reports its status on its own connection, then the kernel tears it down:
    // output written without a flush, and by an atexit handler, must still all arrive.
    const cwd = project({
      tail: "import atexit, sys\natexit.register(lambda: sys.stdout.write('from atexit\\n'))\ndef big(n):\n    sys.stdout.write(''.join('line %d\\n' % i for i in range(n)))\n    sys.stderr.write('tail without newline')\n    return n\n",
    });
    const inv = call(cwd, 'mods.tail.big', { parameters: params({ n: 20000 }), output: new MemorySink() });
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    expect(out.returns.v!.value).toBe(20000);
    const lines = inv.output.stdout.split('\n');
    expect(lines[0]).toBe('line 0');
    expect(lines[19999]).toBe('line 19999');
    expect(lines[20000]).toBe('from atexit');
    expect(inv.output.stderr).toBe('tail without newline');
    const other = project({ quit: 'import sys\ndef quit():\n    print("bye")\n    sys.exit(3)\n' });
    const q = call(other, 'mods.quit.quit', { output: new MemorySink() }, []);
    const failed = await runner.run(q);
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/sys\.exit\(3\)/);
    expect(q.output.stdout).toBe('bye\n');
  });

  it('captures stdout and stderr of each task apart while tasks run concurrently', async () => {
    const cwd = project({ talk: "import sys, time\ndef talk(n):\n    for i in range(3):\n        print('out %s %d' % (n, i), flush=True)\n        print('err %s %d' % (n, i), file=sys.stderr, flush=True)\n        time.sleep(0.05)\n    return n\n" });
    const invs = [1, 2, 3, 4].map((n) => call(cwd, 'mods.talk.talk', { parameters: params({ n }), output: new MemorySink() }));
    const outs = await Promise.all(invs.map((i) => runner.run(i)));
    outs.forEach((o, k) => {
      const n = k + 1;
      expect(o.returns.v!.value).toBe(n);
      expect(invs[k]!.output.stdout).toBe(`out ${n} 0\nout ${n} 1\nout ${n} 2\n`);
      expect(invs[k]!.output.stderr).toBe(`err ${n} 0\nerr ${n} 1\nerr ${n} 2\n`);
    });
  });
});
