/**
 * Units behind guarantees 4 and 8 (SECURITY.md): which parameter names a shell step's environment takes, when
 * values move to `<NAME>_FILE`, and the one escaping rule for the Action's own log lines.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parameterEnvironmentWarnings, parametersEnvironment, MAX_ENV_STRING_BYTES } from '../../src/tasks/env.js';
import { inertLine, inertOneLine, inertText } from '../../src/github/workflow-commands.js';
import type { Parameters } from '../../src/runlog/model.js';

const params = (o: Record<string, unknown>): Parameters =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { kind: 'json', value: v, description: '' }])) as Parameters;

describe('parameter names and sizes in a shell step environment', () => {
  it('keeps the environment\'s own names, reserved names and impossible names out, one notice each', () => {
    const { vars, notices } = parametersEnvironment(
      params({ PATH: '/x', LD_PRELOAD: '/x.so', BASH_ENV: 'x', NODE_OPTIONS: '-r x', PYTHONSTARTUP: 'x', RUNNABLE_RUN_ID: 'x', HOME_DIR: 'ok', 'a-b': 1, '9x': 1, 'é': 1, TOKEN: 'p' }),
      { TOKEN: 'iter' },
      { TOKEN: 'the-secret', HOME_DIR: undefined },
    );
    expect(vars).toEqual({});
    expect(notices.map((n) => `${n.name}:${n.reason}`).sort()).toEqual(
      ['9x:not-a-shell-name', 'BASH_ENV:reserved', 'HOME_DIR:set-by-runner', 'LD_PRELOAD:reserved', 'NODE_OPTIONS:reserved', 'PATH:reserved', 'PYTHONSTARTUP:reserved', 'RUNNABLE_RUN_ID:reserved', 'TOKEN:set-by-runner', 'a-b:not-a-shell-name', 'é:not-a-shell-name'].sort(),
    );
  });

  it('moves values over 128 KiB, then the largest while the total passes 1 MiB, to files; the rest stay', () => {
    const big = 'b'.repeat(MAX_ENV_STRING_BYTES);
    const mids = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`m${i}`, String(i).repeat(120 * 1024 - i)]));
    const { vars, notices } = parametersEnvironment(params({ big, small: 's', ...mids }));
    expect(vars.big).toBeUndefined();
    expect(readFileSync(vars.big_FILE!, 'utf8')).toBe(big);
    expect(vars.small).toBe('s');
    const kept = Object.keys(vars).filter((k) => /^m\d$/.test(k));
    const moved = notices.filter((n) => n.reason === 'too-large').map((n) => n.name);
    expect(kept.length + moved.length - 1).toBe(10); // every mid either kept or moved (big is moved too)
    expect(Object.values(vars).reduce((t, v) => t + v.length, 0)).toBeLessThanOrEqual(1024 * 1024);
    expect(moved).toContain('m0'); // the largest mid goes first
  });

  it('a parameter named __proto__ is an ordinary name (no prototype games)', () => {
    const { vars } = parametersEnvironment(JSON.parse('{"__proto__": {"kind": "json", "value": "p", "description": ""}}') as Parameters);
    expect(Object.keys(vars)).toEqual(['__proto__']);
    expect({ ...vars }.__proto__).toBe('p');
  });

  it('validate\'s warnings write no file', () => {
    expect(parameterEnvironmentWarnings(params({ PATH: 'x', big: 'x'.repeat(200 * 1024) }))).toEqual([
      "parameter 'PATH' is not exported: the name is reserved (it would change how programs start, or it is the runner's or runnable's own)",
      "parameter 'big' (204800 bytes) is too large for the environment: 'big' is unset; its value is in the file named by $big_FILE",
    ]);
  });
});

describe('the escaping rule for the Action\'s own lines', () => {
  it('a line that would be a workflow command is not one, and reads the same', () => {
    for (const line of ['::error::x', '  ::add-mask::x', '\t::stop-commands::t', 'text ##[error]x', '##[set-output name=a;]b']) {
      const out = inertLine(line);
      expect(out.trim().startsWith('::')).toBe(false);
      expect(out).not.toContain('##[');
      expect(out.replace(/\u200b/g, '')).toBe(line);
    }
    expect(inertLine('✅ step SUCCESS')).toBe('✅ step SUCCESS');
    expect(inertOneLine('a\n::error::x\r::warning::y')).toBe('a ::error::x ::warning::y');
    expect(inertText('ok\n::error::x\r\n::notice::y').split('\n').every((l) => !l.trim().startsWith('::'))).toBe(true);
  });
});
