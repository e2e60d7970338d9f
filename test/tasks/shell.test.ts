import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ShellTaskRunner, parseExportP, wrapShellScript } from '../../src/tasks/shell.js';
import { scrubEnvironment } from '../../src/tasks/env.js';
import { invocation, params, tempDir } from './helpers.js';
import { readPid, waitGone } from '../support/wait.js';

const runner = new ShellTaskRunner();

describe('shell runner', () => {
  it('runs a multi-line script and passes parameters of every JSON type as environment variables', async () => {
    const inv = invocation(
      {
        command_type: 'shell',
        command: [
          'echo "s=$s"',
          'echo "i=$i"',
          'echo "f=$f"',
          'echo "b=$b"',
          'echo "n=$n"',
          'echo "l=$l"',
          'echo "d=$d"',
          'echo "m=$m"',
          'echo "item=$item"',
          'printf "obj=%s\\n" "${obj-unset}"',
        ].join('\n'),
      },
      {
        parameters: {
          ...params({ s: 'hello world', i: 42, f: 0.5, b: true, n: null, l: [1, 2], d: { x: 10, foo: 'bar' } }),
          ...params({ m: 0.93 }, 'metric'),
          ...params({ obj: 'key/of/object' }, 'object'),
        },
        iterVariables: { item: { a: 1 } },
      },
    );
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    expect(out.message).toBe('');
    expect(out.exitCode).toBe(0);
    expect(inv.output.stdout).toBe(
      [
        's=hello world',
        'i=42',
        'f=0.5',
        'b=true',
        'n=null',
        'l=[1, 2]',
        'd={"x": 10, "foo": "bar"}',
        'm=0.93',
        'item={"a": 1}',
        'obj=unset',
        '',
      ].join('\n'),
    );
    // The iteration variable is recorded as an input parameter (§4.2 rule 7).
    expect(out.inputParameters.item).toEqual({ kind: 'json', value: { a: 1 }, description: { a: 1 } });
    expect(out.inputParameters.s!.value).toBe('hello world');
  });

  it('keeps injection strings inert: values are never interpolated into the command text', async () => {
    const dir = tempDir();
    const marker = join(dir, 'pwned');
    const evil = ['$(touch ' + marker + ')', '`touch ' + marker + '`', '"; touch ' + marker + '; echo "', "'; touch " + marker + "; '"];
    const inv = invocation(
      { command_type: 'shell', command: 'printf "%s\\n" "$a" "$b" "$c" "$d"' },
      { parameters: params({ a: evil[0], b: evil[1], c: evil[2], d: evil[3] }) },
    );
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    expect(existsSync(marker)).toBe(false);
    expect(inv.output.stdout).toBe(evil.join('\n') + '\n');
  });

  it('collects exported returns, JSON-decoding what parses, including multi-line and "=" values', async () => {
    const script = [
      'export NUM=42',
      'export FLT=0.9',
      'export LIST="[1,2]"',
      'export OBJ=\'{"a": [1, "x"]}\'',
      'export STR=hello',
      'export EQ="a=b=c"',
      'export ML="line1',
      "line2 with 'quotes' and \\\"dq\\\"",
      'export FAKE=1"',
      'export TRICKY="$(printf \'tab\\there\\\\back $dollar `tick`\')"',
      'export EMPTY=""',
      'export UNI="héllo → 世界"',
      'export ACC=0.93',
    ].join('\n');
    const inv = invocation({
      command_type: 'shell',
      command: script,
      returns: [
        { name: 'NUM', kind: 'json' },
        { name: 'FLT', kind: 'json' },
        { name: 'LIST', kind: 'json' },
        { name: 'OBJ', kind: 'json' },
        { name: 'STR', kind: 'json' },
        { name: 'EQ', kind: 'json' },
        { name: 'ML', kind: 'json' },
        { name: 'TRICKY', kind: 'json' },
        { name: 'EMPTY', kind: 'json' },
        { name: 'UNI', kind: 'json' },
        { name: 'ACC', kind: 'metric' },
      ],
    });
    const out = await runner.run(inv);
    expect(out.message).toBe('');
    expect(out.ok).toBe(true);
    const v = Object.fromEntries(Object.entries(out.returns).map(([k, p]) => [k, p.value]));
    expect(v).toEqual({
      NUM: 42,
      FLT: 0.9,
      LIST: [1, 2],
      OBJ: { a: [1, 'x'] },
      STR: 'hello',
      EQ: 'a=b=c',
      ML: 'line1\nline2 with \'quotes\' and "dq"\nexport FAKE=1',
      TRICKY: 'tab\there\\back $dollar `tick`',
      EMPTY: '',
      UNI: 'héllo → 世界',
      ACC: 0.93,
    });
    expect(out.returns.ACC!.kind).toBe('metric');
    expect(out.returns.NUM).toEqual({ kind: 'json', value: 42, description: 42 });
    expect(out.returns.ML!.description).toBe('line1\nline...');
    expect(out.returns).not.toHaveProperty('FAKE');
  });

  it('collects returns when the script calls exit 0 mid-script', async () => {
    const inv = invocation({
      command_type: 'shell',
      command: 'export X=1\nif true; then exit 0; fi\nexport X=2\necho never',
      returns: [{ name: 'X', kind: 'json' }],
    });
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    expect(out.returns.X!.value).toBe(1);
    expect(inv.output.stdout).toBe('');
  });

  it('a failing last command fails the step with its exit code, keeping stdout and stderr', async () => {
    const inv = invocation({
      command_type: 'shell',
      command: 'echo out\necho err >&2\nexport X=1\nexit 3',
      returns: [{ name: 'X', kind: 'json' }],
    });
    const out = await runner.run(inv);
    expect(out.ok).toBe(false);
    expect(out.exitCode).toBe(3);
    expect(out.message).toContain('exited with code 3');
    expect(out.returns).toEqual({});
    expect(inv.output.stdout).toBe('out\n');
    expect(inv.output.stderr).toBe('err\n');
  });

  it('explains 127 (command not found) and `false` as the last command', async () => {
    const a = await runner.run(invocation({ command_type: 'shell', command: 'no-such-command-xyz' }));
    expect(a.ok).toBe(false);
    expect(a.exitCode).toBe(127);
    expect(a.message).toMatch(/code 127 \(command not found\)/);
    const b = await runner.run(invocation({ command_type: 'shell', command: 'true\nfalse' }));
    expect(b.ok).toBe(false);
    expect(b.exitCode).toBe(1);
  });

  it('succeeds, warning about a listed return that was not exported (set but not exported counts as missing), as runnable does', async () => {
    const inv = invocation({
      command_type: 'shell',
      command: 'export A=1\nB=2',
      returns: [
        { name: 'A', kind: 'json' },
        { name: 'B', kind: 'json' },
        { name: 'C', kind: 'json' },
      ],
    });
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    expect(Object.keys(out.returns)).toEqual(['A']);
    expect(inv.output.stderr).toContain("did not export the returns 'B', 'C'");
  });

  it('reports the collector being replaced by a script calling exec', async () => {
    const inv = invocation({ command_type: 'shell', command: 'export A=1\nexec true', returns: [{ name: 'A', kind: 'json' }] });
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    expect(inv.output.stderr).toContain("'A'");
    expect(inv.output.stderr).toContain('calls exec');
  });

  it('rejects object returns (validation should have)', async () => {
    const out = await runner.run(invocation({ command_type: 'shell', command: 'true', returns: [{ name: 'o', kind: 'object' }] }));
    expect(out.ok).toBe(false);
    expect(out.message).toContain("cannot return objects");
  });

  it('without returns, runs the script unchanged', () => {
    expect(wrapShellScript('echo hi', undefined)).toBe('echo hi');
    expect(wrapShellScript('echo hi', '/tmp/x.env')).toBe(`trap '__ra_rc=$?; export -p >"/tmp/x.env"; exit $__ra_rc' EXIT\necho hi`);
  });

  it('does not let a planted runtime token or GITHUB_TOKEN reach the child unless allowed', async () => {
    const planted = { ...process.env, ACTIONS_RUNTIME_TOKEN: 'rt-secret', GITHUB_TOKEN: 'gh-secret', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc' } as Record<string, string>;
    const cmd = 'echo "rt=${ACTIONS_RUNTIME_TOKEN-none} gh=${GITHUB_TOKEN-none} oidc=${ACTIONS_ID_TOKEN_REQUEST_TOKEN-none} path=${PATH:+set}"';
    const denied = invocation({ command_type: 'shell', command: cmd }, { env: scrubEnvironment(planted, []) });
    expect((await runner.run(denied)).ok).toBe(true);
    expect(denied.output.stdout).toBe('rt=none gh=none oidc=none path=set\n');
    const allowed = invocation({ command_type: 'shell', command: cmd }, { env: scrubEnvironment(planted, ['GITHUB_TOKEN']) });
    expect((await runner.run(allowed)).ok).toBe(true);
    expect(allowed.output.stdout).toBe('rt=none gh=gh-secret oidc=none path=set\n');
  });

  it('a timeout kills the whole process group (background children included)', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'bg.pid');
    // The timeout runs from the spawn: long enough for a busy machine to start the background child first.
    const inv = invocation({ command_type: 'shell', command: `sleep 100 &\necho $! > ${pidFile}\nwait` }, { timeoutMs: 2000 });
    const out = await runner.run(inv);
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/timed out after 2s/);
    const bg = await readPid(pidFile, 1000);
    await waitGone([bg]);
  });

  it('an abort signal stops the process group', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'bg.pid');
    const ac = new AbortController();
    const inv = invocation({ command_type: 'shell', command: `sleep 100 &\necho $! > ${pidFile}\nwait` }, { signal: ac.signal });
    const running = runner.run(inv);
    const bg = await readPid(pidFile);
    ac.abort();
    const out = await running;
    expect(out.ok).toBe(false);
    expect(out.message).toContain('cancelled');
    await waitGone([bg]);
  });

  it('a script ignoring SIGTERM is SIGKILLed after the grace', async () => {
    const dir = tempDir();
    const ready = join(dir, 'ready');
    const ac = new AbortController();
    // Stopped only once it ignores SIGTERM (a timeout could fire before the trap is set on a busy machine).
    const inv = invocation({ command_type: 'shell', command: `trap '' TERM\necho $$ > ${ready}\nwhile :; do sleep 0.05; done` }, { signal: ac.signal });
    const running = runner.run(inv);
    const pid = await readPid(ready);
    ac.abort();
    const out = await running;
    expect(out.ok).toBe(false);
    expect(out.message).toContain('cancelled');
    // SIGTERM was ignored: only the SIGKILL that follows the grace ended it (status 128 + 9).
    expect(out.exitCode).toBe(137);
    await waitGone([pid]);
  });
});

describe('parseExportP', () => {
  it('reads dash, bash --posix and bash formats', () => {
    const dash = "export A='x=1'\nexport U\nexport W='a'\"'\"'b\"c\nline2 $x \\ =y'\nexport E=''\n";
    expect(Object.fromEntries(parseExportP(dash))).toEqual({ A: 'x=1', W: 'a\'b"c\nline2 $x \\ =y', E: '' });
    const bashPosix = 'export A="x=1"\nexport U\nexport W=$\'a\\\'b"c\\nline2 $x \\\\ =y\'\nexport Q="a\\"b\\$c\\\\d"\n';
    expect(Object.fromEntries(parseExportP(bashPosix))).toEqual({ A: 'x=1', W: 'a\'b"c\nline2 $x \\ =y', Q: 'a"b$c\\d' });
    const bash = 'declare -x A="1"\ndeclare -rx R="ro"\ndeclare -x U\n';
    expect(Object.fromEntries(parseExportP(bash))).toEqual({ A: '1', R: 'ro' });
    expect(parseExportP("export X=$'\\u00e9\\x41\\101\\t'").get('X')).toBe('éAA\t');
  });

  it('round-trips arbitrary values through the real /bin/sh', async () => {
    const values = ['', 'plain', "it's", 'a"b', 'x\ny\n', '$HOME `x` \\', '=', ' lead and trail ', '\t\r', 'ünï'];
    const inv = invocation({
      command_type: 'shell',
      command: values.map((_, i) => `export R${i}="$V${i}"`).join('\n'),
      returns: values.map((_, i) => ({ name: `R${i}`, kind: 'json' as const })),
    }, { parameters: params(Object.fromEntries(values.map((v, i) => [`V${i}`, v]))) });
    const out = await runner.run(inv);
    expect(out.ok).toBe(true);
    values.forEach((v, i) => expect(out.returns[`R${i}`]!.value).toBe(v));
  });
});
