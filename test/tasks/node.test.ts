import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { NodeTaskRunner, parseNodeCommand } from '../../src/tasks/node.js';
import type { TaskReturn } from '../../src/pipeline/model.js';
import { FIXTURES, MemoryObjects, MemorySink, invocation, params } from './helpers.js';

const runner = new NodeTaskRunner();
const ret = (name: string, kind: TaskReturn['kind'] = 'json'): TaskReturn => ({ name, kind });
const node = (command: string, extras: Parameters<typeof invocation>[1] = {}, returns: TaskReturn[] = []) =>
  invocation({ command_type: 'node', command, returns }, extras);

describe('parseNodeCommand', () => {
  it('splits module and export name', () => {
    expect(parseNodeCommand('a/b.js:fn')).toEqual({ modulePath: 'a/b.js', exportName: 'fn' });
    expect(parseNodeCommand('a/b.mjs#fn')).toEqual({ modulePath: 'a/b.mjs', exportName: 'fn' });
    expect(parseNodeCommand('./b.js')).toEqual({ modulePath: './b.js', exportName: 'default' });
    expect(parseNodeCommand('/abs/x:y/b.js')).toEqual({ modulePath: '/abs/x:y/b.js', exportName: 'default' });
  });
});

describe('node runner', () => {
  it('passes parameters of every JSON type and iteration variables by name', async () => {
    const inv = node('node/funcs.mjs:echoArgs', {
      parameters: params({ s: 'x', i: 1, f: 0.5, b: false, n: null, l: [1], d: { k: 1 } }),
      iterVariables: { item: 3 },
    }, [ret('out')]);
    const out = await runner.run(inv);
    expect(out.message).toBe('');
    expect(out.returns.out!.value).toEqual({
      types: { s: 'string', i: 'number', f: 'number', b: 'boolean', n: 'null', l: 'array', d: 'object', item: 'number' },
      args: { s: 'x', i: 1, f: 0.5, b: false, n: null, l: [1], d: { k: 1 }, item: 3 },
    });
    expect(out.inputParameters.item!.value).toBe(3);
  });

  it('uses the default export, `#` separators, absolute paths and CommonJS modules', async () => {
    const a = await runner.run(node('node/funcs.mjs', { parameters: params({ x: 21 }) }, [ret('v')]));
    expect(a.returns.v!.value).toBe(42);
    const b = await runner.run(node(`${join(FIXTURES, 'node', 'funcs.mjs')}#inc`, { parameters: params({ x: 1 }) }, [ret('v', 'metric')]));
    expect(b.returns.v).toEqual({ kind: 'metric', value: 2, description: 2 });
    const c = await runner.run(node('node/cjs.cjs:hello', { parameters: params({ name: 'n' }) }, [ret('v')]));
    expect(c.message).toBe('');
    expect(c.returns.v!.value).toBe('hello n');
  });

  it('maps several returns from an array (positional) or an object (by name)', async () => {
    const a = await runner.run(node('node/funcs.mjs:pair', { parameters: params({ a: 1, b: 2 }) }, [ret('sum'), ret('label')]));
    expect([a.returns.sum!.value, a.returns.label!.value]).toEqual([3, '1-2']);
    const b = await runner.run(node('node/funcs.mjs:named', { parameters: params({ a: 1 }) }, [ret('sum', 'metric'), ret('label')]));
    expect([b.returns.sum!.value, b.returns.label!.value]).toEqual([2, 'L']);
    expect(b.returns).not.toHaveProperty('extra');
    const c = await runner.run(node('node/funcs.mjs:named', { parameters: params({ a: 1 }) }, [ret('sum'), ret('nope')]));
    expect(c.ok).toBe(false);
    expect(c.message).toContain("without the return 'nope'");
    const d = await runner.run(node('node/funcs.mjs:pair', { parameters: params({ a: 1, b: 2 }) }, [ret('a'), ret('b'), ret('c')]));
    expect(d.ok).toBe(false);
    expect(d.message).toContain('returned an array of 2');
  });

  it('serialises object returns with v8 and deserialises object parameters', async () => {
    const objects = new MemoryObjects('run/step');
    const a = await runner.run(node('node/funcs.mjs:makeObject', { objects }, [ret('model', 'object'), ret('score')]));
    expect(a.message).toBe('');
    expect(a.returns.model!.value).toBe('run/step/model.v8');
    expect(objects.saved[0]!.extension).toBe('.v8');
    const b = await runner.run(node('node/funcs.mjs:useObject', { objects, parameters: { model: a.returns.model!, ...params({ v: 2 }) } }, [ret('y')]));
    expect(b.message).toBe('');
    expect(b.returns.y!.value).toBe(12);
  });

  it('a thrown error (sync or async) fails with message and stack', async () => {
    const a = await runner.run(node('node/funcs.mjs:fails', { parameters: params({ why: 'reasons' }) }));
    expect(a.ok).toBe(false);
    expect(a.message).toMatch(/^Call to the function node\/funcs\.mjs:fails did not succeed\.\nTypeError: failing because reasons\n\s+at fails/);
    const b = await runner.run(node('node/funcs.mjs:failsAsync'));
    expect(b.message).toContain('RangeError: async failure');
  });

  it('reports a missing module or export', async () => {
    const a = await runner.run(node('node/nope.mjs:x'));
    expect(a.ok).toBe(false);
    expect(a.message).toContain('cannot load the node function node/nope.mjs:x');
    const b = await runner.run(node('node/funcs.mjs:nope'));
    expect(b.message).toContain("has no exported function 'nope' (exported functions:");
  });

  it('rejects non-JSON returns', async () => {
    const out = await runner.run(node('node/funcs.mjs:notJson', {}, [ret('v')]));
    expect(out.ok).toBe(false);
    expect(out.message).toContain("return 'v' is not JSON-serialisable");
  });

  it('routes console output to the right invocation when several run concurrently', async () => {
    const sinks = [new MemorySink(), new MemorySink(), new MemorySink()];
    const outs = await Promise.all(
      sinks.map((output, id) => runner.run(node('node/funcs.mjs:chatty', { output, parameters: params({ id, n: 5 }) }, [ret('id')]))),
    );
    outs.forEach((o, id) => expect(o.returns.id!.value).toBe(id));
    sinks.forEach((s, id) => {
      const expectedOut = Array.from({ length: 5 }, (_, i) => `log ${id} ${i}\n{ id: ${id}, i: ${i} }\n`).join('');
      expect(s.stdout).toBe(expectedOut);
      expect(s.stderr).toBe(Array.from({ length: 5 }, (_, i) => `err ${id} ${i}\n`).join(''));
    });
  });

  it('times out (and aborts the function signal) via the timeout; cancellation likewise', async () => {
    const a = await runner.run(node('node/funcs.mjs:slow', { timeoutMs: 100 }));
    expect(a.ok).toBe(false);
    expect(a.message).toContain('timed out after 0.1s');
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const b = await runner.run(node('node/funcs.mjs:slow', { signal: ac.signal }));
    expect(b.ok).toBe(false);
    expect(b.message).toContain('was cancelled');
  });

  it('gives the function a context with signal, step name and attempt', async () => {
    const out = await runner.run(node('node/funcs.mjs:context', { stepName: 'map.3.inner', attempt: 2 }, [ret('c')]));
    expect(out.returns.c!.value).toEqual({ stepName: 'map.3.inner', attempt: 2, hasSignal: true });
  });

  it('runs a 10,000-item map of in-process calls, one after another and all at once (times: bench/)', async () => {
    const N = 10_000;
    const make = (i: number) => node('node/funcs.mjs:inc', { parameters: params({ x: i }), iterVariables: { item: i } }, [ret('v')]);
    await runner.run(make(0)); // load the module
    const invs = Array.from({ length: N }, (_, i) => make(i));
    const t0 = performance.now();
    for (const inv of invs) {
      const out = await runner.run(inv);
      if (!out.ok) throw new Error(out.message);
    }
    const seq = performance.now() - t0;
    const t1 = performance.now();
    const outs = await Promise.all(invs.map((inv) => runner.run(inv)));
    const conc = performance.now() - t1;
    expect(outs[9999]!.returns.v!.value).toBe(10000);
    console.log(
      `node: ${N} in-process calls sequential ${seq.toFixed(0)} ms (${((seq * 1000) / N).toFixed(1)} µs/call), ` +
        `concurrent ${conc.toFixed(0)} ms (${((conc * 1000) / N).toFixed(1)} µs/call)`,
    );
  });
});
