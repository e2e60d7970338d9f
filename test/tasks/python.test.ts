import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TaskError } from '../../src/errors.js';
import { PythonTaskRunner, runPythonReducer } from '../../src/tasks/python.js';
import type { TaskReturn } from '../../src/pipeline/model.js';
import { FIXTURES, MemoryObjects, invocation, params, tempDir } from './helpers.js';

const runner = new PythonTaskRunner();
// No __pycache__ next to the fixtures (the overhead test below runs from a temp copy, with bytecode caching).
const env = { ...(process.env as Record<string, string>), PYTHONDONTWRITEBYTECODE: '1' };
const ret = (name: string, kind: TaskReturn['kind'] = 'json'): TaskReturn => ({ name, kind });

function py(command: string, extras: Parameters<typeof invocation>[1] = {}, returns: TaskReturn[] = [], commandType: 'python' | 'async-python' = 'python') {
  return invocation({ command_type: commandType, command, returns }, { env, ...extras });
}

describe('python runner', () => {
  it('binds parameters of every JSON type by name and casts them to the annotations', async () => {
    const inv = py('rapkg.funcs.typed', {
      parameters: params({ i: 3, f: 2, s: 5, b: 'false', l: [1, 2], d: { k: 'v' }, untyped: { deep: [null, true] }, unused: 1 }),
    }, [ret('out')]);
    const out = await runner.run(inv);
    expect(out.message).toBe('');
    expect(out.ok).toBe(true);
    // A float stays a float (2.0, as Python's json writes it) through the run log: compare the JSON text.
    expect(JSON.parse(JSON.stringify(out.returns.out!.value).replace('[2.0,', '["2.0 as written",'))).toEqual({
      i: [3, 'int'],
      f: ['2.0 as written', 'float'],
      s: ['5', 'str'],
      b: [false, 'bool'],
      l: [[1, 2], 'list'],
      d: [{ k: 'v' }, 'dict'],
      o: null,
      untyped: { deep: [null, true] },
    });
    expect(out.inputParameters.unused!.value).toBe(1);
  });

  it('casts strings to int/float/bool and generic origins', async () => {
    const inv = py('rapkg.funcs.cast_from_strings', { parameters: params({ i: '7', f: '0.5', b: 'true', l: [3] }) }, [ret('i'), ret('f'), ret('b'), ret('l')]);
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    expect(Object.values(out.returns).map((p) => p.value)).toEqual([7, 0.5, true, [3]]);
  });

  it('resolves string annotations (from __future__ import annotations)', async () => {
    const out = await runner.run(py('rapkg.future_ann.add', { parameters: params({ a: '2', b: '0.5' }) }, [ret('x')]));
    expect(out.ok).toBe(true);
    expect(out.returns.x!.value).toBe(2.5);
  });

  it('binds positional-only, keyword-only and decorated (functools.wraps) signatures', async () => {
    const a = await runner.run(py('rapkg.funcs.shapes', { parameters: params({ a: 1, b: '2', d: 4, e: 5 }) }, [ret('v')]));
    expect(a.message).toBe('');
    expect(a.returns.v!.value).toEqual([1, 2, 1.5, 4, { e: 5 }]);
    const b = await runner.run(py('rapkg.funcs.decorated', { parameters: params({ x: '3' }) }, [ret('v')]));
    expect(b.message).toBe('');
    expect(b.returns.v!.value).toEqual(['wrapped', 6]);
  });

  it('uses defaults and fails naming a missing required argument', async () => {
    const a = await runner.run(py('rapkg.funcs.with_default', { parameters: params({ x: 1 }) }, [ret('v')]));
    expect(a.returns.v!.value).toBe(11);
    const b = await runner.run(py('rapkg.funcs.needs', { parameters: params({ x: 1 }) }));
    expect(b.ok).toBe(false);
    expect(b.message).toBe("missing required arguments 'a', 'b' for rapkg.funcs.needs (parameters available: x)");
  });

  it('gives **kwargs, or an argparse.Namespace argument, the remaining parameters; ignores *args', async () => {
    const p = params({ x: 1, y: 'two', z: [3] });
    const a = await runner.run(py('rapkg.funcs.kwargs_rest', { parameters: p }, [ret('v')]));
    expect(a.returns.v!.value).toEqual({ x: 1, rest: { y: 'two', z: [3] } });
    const b = await runner.run(py('rapkg.funcs.namespace_rest', { parameters: p }, [ret('v')]));
    expect(b.returns.v!.value).toEqual({ x: 1, rest: { y: 'two', z: [3] } });
    const c = await runner.run(py('rapkg.funcs.star_args', { parameters: p }, [ret('v')]));
    expect(c.returns.v!.value).toEqual([1, []]);
  });

  it('injects map/loop iteration variables by name and records them as input parameters', async () => {
    const inv = py('rapkg.funcs.item_square', { iterVariables: { chunk: 7 } }, [ret('sq', 'metric')]);
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    expect(out.returns.sq).toEqual({ kind: 'metric', value: 49, description: 49 });
    expect(out.inputParameters.chunk!.value).toBe(7);
    expect(inv.output.stdout).toBe('processing 7\n');
  });

  it('matches returns positionally, single value or tuple, and fails on a length mismatch', async () => {
    const a = await runner.run(py('rapkg.funcs.two', {}, [ret('a'), ret('b')]));
    expect([a.returns.a!.value, a.returns.b!.value]).toEqual([1, 'two']);
    const b = await runner.run(py('rapkg.funcs.mismatch', {}, [ret('a'), ret('b')]));
    expect(b.ok).toBe(false);
    expect(b.message).toContain('Returns task signature does not match the function returns: 2 returns declared (a, b) but rapkg.funcs.mismatch returned 3 values');
    // runnable's rule: a tuple is positional even for one declared return.
    const c = await runner.run(py('rapkg.funcs.one_tuple', {}, [ret('a')]));
    expect(c.ok).toBe(false);
  });

  it('fails when a json return is not JSON-serialisable', async () => {
    const out = await runner.run(py('rapkg.funcs.not_json', {}, [ret('a')]));
    expect(out.ok).toBe(false);
    expect(out.message).toContain("return 'a' is not JSON-serialisable (object)");
  });

  it('pickles object returns through the object store and un-pickles object parameters', async () => {
    const objects = new MemoryObjects('run/step');
    const a = await runner.run(py('rapkg.funcs.make_model', { objects }, [ret('model', 'object'), ret('score', 'metric')]));
    expect(a.message).toBe('');
    expect(a.returns.model).toEqual({ kind: 'object', value: 'run/step/model.pickle', description: 'run/step/m...' });
    expect(objects.saved).toEqual([{ name: 'model', extension: '.pickle', key: 'run/step/model.pickle' }]);
    expect(objects.data.get('run/step/model.pickle')![0]).toBe(0x80); // pickle protocol marker
    const b = await runner.run(
      py('rapkg.funcs.use_model', { objects, parameters: { model: a.returns.model!, ...params({ v: 2 }) } }, [ret('y')]),
    );
    expect(b.message).toBe('');
    expect(b.returns.y!.value).toBe(12);
  });

  it('records the full traceback in the message and on stderr, keeping the output', async () => {
    const inv = py('rapkg.funcs.boom', { parameters: params({ x: 5 }) });
    const out = await runner.run(inv);
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/^Call to the function rapkg\.funcs\.boom did not succeed\.\nTraceback \(most recent call last\):/);
    expect(out.message).toContain('in boom');
    expect(out.message).toContain('in helper_that_raises');
    expect(out.message).toContain('ValueError: bad value 5');
    expect(out.message).not.toContain('runnable_action_shim'); // the shim's frames are cut
    expect(inv.output.stdout).toBe('about to fail\n');
    expect(inv.output.stderr).toContain('err line\n');
    expect(inv.output.stderr).toContain('ValueError: bad value 5');
  });

  it('reports import errors and missing attributes clearly', async () => {
    const a = await runner.run(py('no_such_module_xyz.f'));
    expect(a.ok).toBe(false);
    expect(a.message).toContain("ModuleNotFoundError: No module named 'no_such_module_xyz'");
    const b = await runner.run(py('rapkg.funcs.nope'));
    expect(b.message).toBe("module 'rapkg.funcs' has no attribute 'nope'");
  });

  it('runs with the cwd on sys.path and as the working directory', async () => {
    const out = await runner.run(py('rapkg.funcs.cwd_and_argv', {}, [ret('v')]));
    expect(out.returns.v!.value).toEqual([FIXTURES, ['rapkg.funcs.cwd_and_argv']]);
  });

  it('treats sys.exit(non-zero) as a failure', async () => {
    const out = await runner.run(py('rapkg.funcs.exits'));
    expect(out.ok).toBe(false);
    expect(out.message).toContain('sys.exit(3)');
    expect((await runner.run(py('rapkg.funcs.exits_zero'))).ok).toBe(true);
  });

  it('builds model-typed arguments through model_validate and dumps returned models (pydantic duck-typing)', async () => {
    const out = await runner.run(py('rapkg.funcs.takes_model', { parameters: params({ m: { a: 1, b: [2], extra: 'ignored' } }) }, [ret('m')]));
    expect(out.message).toBe('');
    expect(out.returns.m!.value).toEqual({ a: 1, b: [2] });
  });

  it('works without pydantic installed', async () => {
    const out = await runner.run(py('rapkg.funcs.pydantic_importable', {}, [ret('has')]));
    expect(out.ok).toBe(true);
    // This machine has no pydantic; the binding above never needed it.
    expect(typeof out.returns.has!.value).toBe('boolean');
  });

  it('uses RUNNABLE_PYTHON and explains a missing interpreter', async () => {
    const out = await runner.run(py('rapkg.funcs.two', { env: { ...env, RUNNABLE_PYTHON: '/nonexistent/python3' } }, [ret('a'), ret('b')]));
    expect(out.ok).toBe(false);
    expect(out.message).toContain("cannot start the Python interpreter '/nonexistent/python3': not found (ENOENT)");
  });

  it('is stopped by its timeout', async () => {
    const t0 = Date.now();
    const out = await runner.run(py('rapkg.funcs.sleeps', { timeoutMs: 1500 }));
    expect(out.ok).toBe(false);
    expect(out.message).toContain('timed out after 1.5s');
  });

  it('passes the environment (secrets set by the context) to the function', async () => {
    const out = await runner.run(py('rapkg.funcs.env_value', { env: { ...env, MY_SECRET: 's3cr3t' }, parameters: params({ name: 'MY_SECRET' }) }, [ret('v')]));
    expect(out.returns.v!.value).toBe('s3cr3t');
  });
});

describe('async-python', () => {
  it('awaits coroutines', async () => {
    const out = await runner.run(py('rapkg.funcs.coro', { parameters: params({ x: '4' }) }, [ret('a'), ret('b')], 'async-python'));
    expect(out.message).toBe('');
    expect([out.returns.a!.value, out.returns.b!.value]).toEqual([8, 'async']);
  });

  it('drains async generators: events are printed, the stream_end_type event carries the returns', async () => {
    const inv = py('rapkg.funcs.stream', { parameters: params({ n: 2 }) }, [ret('total'), ret('label')], 'async-python');
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    expect([out.returns.total!.value, out.returns.label!.value]).toEqual([2, 'finished']);
    expect(inv.output.stdout).toBe('{"type": "progress", "i": 0}\n{"type": "progress", "i": 1}\n');
    const custom = invocation(
      { command_type: 'async-python', command: 'rapkg.funcs.stream_custom_end', returns: [ret('v')], stream_end_type: 'end' },
      { env },
    );
    const c = await runner.run(custom);
    expect(c.returns.v!.value).toBe(42);
  });
});

describe('runPythonReducer', () => {
  const opts = { cwd: FIXTURES, env };
  it('evaluates lambda source in python3', async () => {
    expect(await runPythonReducer('lambda *x: max(x)', [3, 9, 2], opts)).toBe(9);
    expect(await runPythonReducer('lambda *x: sorted(x, reverse=True)', [1, 3, 2], opts)).toEqual([3, 2, 1]);
    expect(await runPythonReducer('lambda *x: {"n": len(x), "s": sum(x) / len(x)}', [1, 2], opts)).toEqual({ n: 2, s: 1.5 });
  });
  it('imports a dotted path', async () => {
    expect(await runPythonReducer('rapkg.funcs.total', [1, 2, 3], opts)).toBe(6);
  });
  it('throws a TaskError with the traceback', async () => {
    const p = runPythonReducer('lambda *x: 1 / 0', [1], opts);
    await expect(p).rejects.toBeInstanceOf(TaskError);
    await expect(runPythonReducer('lambda *x: 1 / 0', [1], opts)).rejects.toThrow(/ZeroDivisionError/);
  });
});

describe('python overhead', () => {
  it('measures the per-call overhead beside a bare interpreter start', async () => {
    const N = 10;
    const cwd = tempDir();
    mkdirSync(join(cwd, 'rapkg'));
    writeFileSync(join(cwd, 'rapkg', '__init__.py'), '');
    copyFileSync(join(FIXTURES, 'rapkg', 'tiny.py'), join(cwd, 'rapkg', 'tiny.py'));
    const { PYTHONDONTWRITEBYTECODE: _unused, ...cachingEnv } = env;
    const call1 = (): ReturnType<typeof py> => py('rapkg.tiny.inc', { cwd, env: cachingEnv, parameters: params({ x: 1 }) }, [ret('v')]);
    const bare = (file: string): number => {
      const t = performance.now();
      for (let i = 0; i < N; i++) spawnSync(file, ['-c', 'pass'], { env: cachingEnv });
      return (performance.now() - t) / N;
    };
    const exe = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { env, encoding: 'utf8' }).stdout.trim();
    await runner.run(call1()); // warm caches (pyenv resolution, bytecode)
    const t = performance.now();
    for (let i = 0; i < N; i++) {
      const out = await runner.run(call1());
      expect(out.ok).toBe(true);
    }
    const call = (performance.now() - t) / N;
    const viaShim = bare('python3');
    const real = bare(exe);
    console.log(
      `python: runner call ${call.toFixed(1)} ms; bare 'python3 -c pass' ${viaShim.toFixed(1)} ms (PATH python3); ` +
        `bare '${exe} -c pass' ${real.toFixed(1)} ms; overhead vs real interpreter ${(call - real).toFixed(1)} ms`,
    );
  }, 300_000); // 31 interpreter starts: 76 s measured on a loaded machine (load 9); nothing here is asserted on time
});
