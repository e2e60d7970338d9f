import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SecretNotFoundError, ValidationError } from '../../src/errors.js';
import { DoNothingSecrets } from '../../src/secrets/do-nothing.js';
import { DotenvSecrets } from '../../src/secrets/dotenv.js';
import { EnvSecrets } from '../../src/secrets/env.js';
import { createSecrets } from '../../src/secrets/factory.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('secrets', () => {
  it('do-nothing resolves every secret to ""', async () => {
    const s = createSecrets({ type: 'do-nothing', config: {} }, root, {});
    expect(s).toBeInstanceOf(DoNothingSecrets);
    expect(await s.get('ANYTHING')).toBe('');
  });

  it('env / env-secrets read the given environment object only', async () => {
    const env = { TOKEN: 'abc', EMPTY: '', UNSET: undefined };
    for (const type of ['env', 'env-secrets', 'env_secrets']) {
      const s = createSecrets({ type, config: {} }, root, env);
      expect(s).toBeInstanceOf(EnvSecrets);
      expect(await s.get('TOKEN')).toBe('abc');
      expect(await s.get('EMPTY')).toBe('');
      await expect(s.get('UNSET')).rejects.toBeInstanceOf(SecretNotFoundError);
      await expect(s.get('PATH')).rejects.toThrow("secret 'PATH' not found in the runner's environment variables");
      await expect(s.get('toString')).rejects.toBeInstanceOf(SecretNotFoundError); // no prototype leaks
    }
  });

  it('dotenv parses the file at location (default .env) relative to cwd', async () => {
    fs.writeFileSync(
      path.join(root, '.env'),
      ['# comment', 'A=1', 'B="quoted value"', "C='single'", 'export D=exported', 'E=', 'MULTI="line1\\nline2"', 'F=x # trailing comment', ''].join('\n'),
    );
    const s = createSecrets({ type: 'dotenv', config: {} }, root, {});
    expect(s).toBeInstanceOf(DotenvSecrets);
    expect((s as DotenvSecrets).file).toBe(path.join(root, '.env'));
    expect(await s.get('A')).toBe('1');
    expect(await s.get('B')).toBe('quoted value');
    expect(await s.get('C')).toBe('single');
    expect(await s.get('D')).toBe('exported');
    expect(await s.get('E')).toBe('');
    expect(await s.get('MULTI')).toBe('line1\nline2');
    expect(await s.get('F')).toBe('x');
    const err = await s.get('NOPE').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SecretNotFoundError);
    expect((err as Error).message).toBe(`secret 'NOPE' not found in dotenv file ${path.join(root, '.env')}`);

    fs.mkdirSync(path.join(root, 'conf'));
    fs.writeFileSync(path.join(root, 'conf/secrets.env'), 'X=y\n');
    expect(await createSecrets({ type: 'dotenv', config: { location: 'conf/secrets.env' } }, root, {}).get('X')).toBe('y');
  });

  it('dotenv with a missing file fails at the first get, with a clear message', async () => {
    const s = createSecrets({ type: 'dotenv', config: { location: 'missing.env' } }, root, {});
    const err = await s.get('A').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SecretNotFoundError);
    expect((err as Error).message).toContain(`dotenv file ${path.join(root, 'missing.env')}, which does not exist`);
  });

  it('refuses unknown types', () => {
    expect(() => createSecrets({ type: 'vault', config: {} }, root, {})).toThrow(ValidationError);
    expect(() => createSecrets({ type: 'vault', config: {} }, root, {})).toThrow(/unknown secrets type 'vault'/);
    expect(() => createSecrets({ type: 'dotenv', config: { location: 5 } }, root, {})).toThrow(/location: must be a string/);
  });
});
