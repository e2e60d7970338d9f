/**
 * The one masking rule (src/secrets/mask.ts): longest first, each line of a multi-line secret, JSON-escaped
 * and base64 forms at every alignment; and the places that used to keep their own copy of the rule.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Masker, maskText, secretForms } from '../../src/secrets/mask.js';
import { OutputCollector } from '../../src/engine/output.js';
import { maskSecrets } from '../../src/github/summary.js';
import { maskOutcomeSecrets } from '../../src/tasks/common.js';

describe('one masking rule', () => {
  it('masks a secret containing another whole (longest first)', () => {
    expect(maskText('token=abcd1234wxyz', ['abcd', 'abcd1234wxyz'])).toBe('token=***');
  });

  it('masks each line of a multi-line secret on its own, and its JSON-escaped form', () => {
    const key = '-----BEGIN KEY-----\nMIIEvQIBADANBgkq\n-----END KEY-----';
    const m = new Masker([key]);
    expect(m.mask('line: MIIEvQIBADANBgkq')).toBe('line: ***');
    expect(m.mask(JSON.stringify({ v: key }))).toBe('{"v":"***"}');
    expect(m.mask(key)).toBe('***');
  });

  it('masks the base64 form of a secret at any alignment inside a larger encoded blob', () => {
    for (let i = 0; i < 300; i++) {
      const secret = `s3cr3t-${randomBytes(3 + (i % 9)).toString('hex')}`;
      const blob = Buffer.concat([randomBytes(i % 7), Buffer.from(secret), randomBytes(i % 5)]).toString('base64');
      const out = new Masker([secret]).mask(`auth: ${blob}`);
      expect(out).toContain('***');
      // What remains of the blob cannot be decoded back to the secret.
      expect(Buffer.from(out.replace('auth: ', '').replace('***', ''), 'base64').toString('latin1')).not.toContain(secret);
    }
    expect(new Masker(['hunter2-password']).mask(Buffer.from('hunter2-password').toString('base64'))).toBe('***');
  });

  it('secrets are text, not patterns: regular-expression characters match only themselves', () => {
    const m = new Masker(['a.b*c(d)|e\\f$']);
    expect(m.mask('x a.b*c(d)|e\\f$ y')).toBe('x *** y');
    expect(m.mask('x aXbbbc(d)|e\\f$ y')).toBe('x aXbbbc(d)|e\\f$ y');
  });

  it('leaves values shorter than 4 characters alone, as GitHub does', () => {
    expect(secretForms('abc')).toEqual([]);
    expect(maskText('abc abc', ['abc'])).toBe('abc abc');
  });

  it('a Masker over a live set sees values added later (the engine adds secrets as it resolves them)', () => {
    const set = new Set<string>();
    const m = new Masker(set);
    expect(m.mask('late-secret-1')).toBe('late-secret-1');
    set.add('late-secret-1');
    expect(m.mask('x late-secret-1')).toBe('x ***');
  });

  it('every former copy follows the rule: output collector, summary, task outcome messages', () => {
    const secret = 'multi-line-secret-A\nmulti-line-secret-B';
    const chunks: string[] = [];
    const out = new OutputCollector('s', new Set([secret]), { stepOutput: (e) => chunks.push(e.chunk) });
    out.write('stdout', 'b: multi-line-secret-B\nb64: ' + Buffer.from(secret).toString('base64') + '\n');
    const log = out.finish();
    expect(log).not.toContain('multi-line-secret-B');
    expect(log).not.toContain(Buffer.from(secret).toString('base64').slice(0, 20));
    expect(chunks.join('')).toBe(log);
    expect(maskSecrets('x multi-line-secret-A y', [secret])).toBe('x *** y');
    const outcome = maskOutcomeSecrets(
      { ok: false, message: 'failed with multi-line-secret-B', returns: {}, inputParameters: {} },
      { spec: { secrets: ['K'] } as never, env: { K: secret } },
    );
    expect(outcome.message).toBe('failed with ***');
  });
});
