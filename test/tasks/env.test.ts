import { describe, expect, it } from '@jest/globals';
import { RUNTIME_CREDENTIALS, encodeEnvValue, paramsToEnv, scrubEnvironment } from '../../src/tasks/env.js';
import { params } from './helpers.js';

describe('scrubEnvironment', () => {
  const planted: Record<string, string | undefined> = {
    PATH: '/usr/bin',
    HOME: '/home/u',
    GITHUB_OUTPUT: '/tmp/out',
    GITHUB_REPOSITORY: 'o/r',
    ACTIONS_RUNTIME_TOKEN: 't',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
    ACTIONS_RESULTS_URL: 'u',
    ACTIONS_CACHE_URL: 'u',
    ACTIONS_RUNTIME_URL: 'u',
    ACTIONS_CACHE_SERVICE_V2: 'True',
    GITHUB_TOKEN: 'ghs_x',
    INPUT_KUBECONFIG: 'apiVersion: v1',
    UNDEF: undefined,
  };

  it('removes runtime/OIDC credentials, GITHUB_TOKEN and INPUT_* but keeps the rest', () => {
    expect(scrubEnvironment(planted, [])).toEqual({ PATH: '/usr/bin', HOME: '/home/u', GITHUB_OUTPUT: '/tmp/out', GITHUB_REPOSITORY: 'o/r' });
    for (const k of RUNTIME_CREDENTIALS) expect(scrubEnvironment(planted, [k])).not.toHaveProperty(k);
  });

  it('keeps GITHUB_TOKEN (or an INPUT_*) only when the step lists it under secrets', () => {
    const env = scrubEnvironment(planted, ['GITHUB_TOKEN', 'INPUT_KUBECONFIG']);
    expect(env.GITHUB_TOKEN).toBe('ghs_x');
    expect(env.INPUT_KUBECONFIG).toBe('apiVersion: v1');
    expect(env).not.toHaveProperty('ACTIONS_RUNTIME_TOKEN');
  });
});

describe('paramsToEnv', () => {
  it('passes json/metric parameters under their own names: strings raw, the rest as Python json.dumps; not objects', () => {
    const env = paramsToEnv(
      {
        ...params({ s: 'raw "text"', i: 1, f: 0.5, b: true, n: null, l: [1, 2], d: { x: 10, foo: 'bar' } }),
        ...params({ m: 0.9 }, 'metric'),
        ...params({ o: 'catalog/key' }, 'object'),
      },
      { item: 'chunk-1', idx: 2, obj: { a: 1 } },
    );
    expect(env).toEqual({
      s: 'raw "text"',
      i: '1',
      f: '0.5',
      b: 'true',
      n: 'null',
      l: '[1, 2]',
      d: '{"x": 10, "foo": "bar"}',
      m: '0.9',
      item: 'chunk-1',
      idx: '2',
      obj: '{"a": 1}',
    });
  });

  it('lets iteration variables win over parameters of the same name and skips impossible names', () => {
    expect(paramsToEnv(params({ x: 1, 'a=b': 2, '': 3 }), { x: 'iter' })).toEqual({ x: 'iter' });
    expect(encodeEnvValue(undefined)).toBe('');
  });
});
