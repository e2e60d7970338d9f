/**
 * Messages for a bad argo executor config. Its keys may be written in snake_case or camelCase (argo.ts), while
 * zod reports issues in the schema's camelCase: each message must name the key as the user wrote it, say what
 * is wrong with the value actually written, and point at it (line:column), in either spelling.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError, formatIssue } from '../../src/errors.js';
import { parseConfigText } from '../../src/config/load.js';
import { cleanEnv, makeProject, runCli } from '../support/cli.js';

function issuesOf(text: string): string[] {
  try {
    parseConfigText(text, 'c.yaml', {});
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map(formatIssue);
    throw e;
  }
  throw new Error('expected a ValidationError');
}

const HEAD = 'pipeline-executor:\n  type: argo\n  config:\n';

/** Each case: the config in snake_case and in camelCase, and the issues each must produce. */
const CASES: { name: string; snake: string; snakeIssues: string[]; camel: string; camelIssues: string[] }[] = [
  {
    name: 'a non-integer active_deadline_seconds under argo_workflow.spec',
    snake: HEAD + '    defaults:\n      image: img:1\n    argo_workflow:\n      spec:\n        active_deadline_seconds: 1.5\n',
    snakeIssues: ['c.yaml:8:34: pipeline-executor.config.argo_workflow.spec.active_deadline_seconds: expected an integer, got 1.5'],
    camel: HEAD + '    defaults:\n      image: img:1\n    argoWorkflow:\n      spec:\n        activeDeadlineSeconds: 1.5\n',
    camelIssues: ['c.yaml:8:32: pipeline-executor.config.argoWorkflow.spec.activeDeadlineSeconds: expected an integer, got 1.5'],
  },
  {
    name: 'a non-integer active_deadline_seconds in defaults',
    snake: HEAD + '    defaults:\n      image: img:1\n      active_deadline_seconds: 1.5\n',
    snakeIssues: ['c.yaml:6:32: pipeline-executor.config.defaults.active_deadline_seconds: expected an integer, got 1.5'],
    camel: HEAD + '    defaults:\n      image: img:1\n      activeDeadlineSeconds: 1.5\n',
    camelIssues: ['c.yaml:6:30: pipeline-executor.config.defaults.activeDeadlineSeconds: expected an integer, got 1.5'],
  },
  {
    name: 'a number in node_selector',
    snake: HEAD + '    defaults:\n      image: img:1\n      node_selector: {a: 1}\n',
    snakeIssues: ['c.yaml:6:26: pipeline-executor.config.defaults.node_selector.a: expected a string, got 1'],
    camel: HEAD + '    defaults:\n      image: img:1\n      nodeSelector: {a: 1}\n',
    camelIssues: ['c.yaml:6:25: pipeline-executor.config.defaults.nodeSelector.a: expected a string, got 1'],
  },
  {
    name: 'bad values inside retry_strategy (runnable spells its backoff back_off / backOff)',
    snake: HEAD + '    defaults:\n      image: img:1\n      retry_strategy:\n        limit: 1.5\n        retry_policy: Sometimes\n        back_off:\n          max_duration: 5\n',
    snakeIssues: [
      'c.yaml:7:16: pipeline-executor.config.defaults.retry_strategy.limit: expected an integer or a string, got 1.5',
      "c.yaml:8:23: pipeline-executor.config.defaults.retry_strategy.retry_policy: expected one of Always, OnFailure, OnError, OnTransientError, got 'Sometimes'",
      'c.yaml:10:25: pipeline-executor.config.defaults.retry_strategy.back_off.max_duration: expected a string, got 5',
    ],
    camel: HEAD + '    defaults:\n      image: img:1\n      retryStrategy:\n        limit: 1.5\n        retryPolicy: Sometimes\n        backOff:\n          maxDuration: 5\n',
    camelIssues: [
      'c.yaml:7:16: pipeline-executor.config.defaults.retryStrategy.limit: expected an integer or a string, got 1.5',
      "c.yaml:8:22: pipeline-executor.config.defaults.retryStrategy.retryPolicy: expected one of Always, OnFailure, OnError, OnTransientError, got 'Sometimes'",
      'c.yaml:10:24: pipeline-executor.config.defaults.retryStrategy.backOff.maxDuration: expected a string, got 5',
    ],
  },
  {
    name: 'a bad value inside argo_workflow.spec.retry_strategy',
    snake: HEAD + '    defaults:\n      image: img:1\n    argo_workflow:\n      spec:\n        retry_strategy: {retry_policy: true}\n',
    snakeIssues: ['c.yaml:8:40: pipeline-executor.config.argo_workflow.spec.retry_strategy.retry_policy: expected one of Always, OnFailure, OnError, OnTransientError, got true'],
    camel: HEAD + '    defaults:\n      image: img:1\n    argoWorkflow:\n      spec:\n        retryStrategy: {retryPolicy: true}\n',
    camelIssues: ['c.yaml:8:38: pipeline-executor.config.argoWorkflow.spec.retryStrategy.retryPolicy: expected one of Always, OnFailure, OnError, OnTransientError, got true'],
  },
  {
    name: 'an unknown key and a missing required one',
    snake: HEAD + '    defaults:\n      image: img:1\n      node_selektor: {a: b}\n    custom_volumes:\n      - mount_path: /x\n        persistent_volume_claim: {read_only: true}\n',
    snakeIssues: [
      "c.yaml:6:7: pipeline-executor.config.defaults.node_selektor: unknown field 'node_selektor' (expected one of: image, image_pull_policy, active_deadline_seconds, fail_fast, node_selector, parallelism, retry_strategy, timeout, tolerations, resources, env); did you mean 'node_selector'?",
      "c.yaml:9:9: pipeline-executor.config.custom_volumes.0.persistent_volume_claim.claim_name: missing required field 'claim_name'",
    ],
    camel: HEAD + '    defaults:\n      image: img:1\n      nodeSelektor: {a: b}\n    customVolumes:\n      - mountPath: /x\n        persistentVolumeClaim: {readOnly: true}\n',
    camelIssues: [
      "c.yaml:6:7: pipeline-executor.config.defaults.nodeSelektor: unknown field 'nodeSelektor' (expected one of: image, imagePullPolicy, activeDeadlineSeconds, failFast, nodeSelector, parallelism, retryStrategy, timeout, tolerations, resources, env); did you mean 'nodeSelector'?",
      "c.yaml:9:9: pipeline-executor.config.customVolumes.0.persistentVolumeClaim.claimName: missing required field 'claimName'",
    ],
  },
];

describe('the loader names the key as written and the value written', () => {
  for (const c of CASES) {
    test(`${c.name}: snake_case`, () => expect(issuesOf(c.snake)).toEqual(c.snakeIssues));
    test(`${c.name}: camelCase`, () => expect(issuesOf(c.camel)).toEqual(c.camelIssues));
  }

  test('both spellings of the backoff are accepted and mean the same; giving two of them is an error', () => {
    const backoffOf = (text: string) => (parseConfigText(text, 'c.yaml', {}).config.pipelineExecutor.config.defaults as { retryStrategy: unknown }).retryStrategy;
    const expected = { limit: 2, backoff: { duration: '5s', maxDuration: '1m' } };
    expect(backoffOf(HEAD + '    defaults:\n      image: i\n      retry_strategy: {limit: 2, back_off: {duration: 5s, max_duration: 1m}}\n')).toEqual(expected);
    expect(backoffOf(HEAD + '    defaults:\n      image: i\n      retryStrategy: {limit: 2, backOff: {duration: 5s, maxDuration: 1m}}\n')).toEqual(expected);
    expect(backoffOf(HEAD + '    defaults:\n      image: i\n      retryStrategy: {limit: 2, backoff: {duration: 5s, maxDuration: 1m}}\n')).toEqual(expected);
    expect(issuesOf(HEAD + '    defaults:\n      image: i\n      retry_strategy: {backoff: {}, back_off: {}}\n')).toEqual([
      "c.yaml:6:47: pipeline-executor.config.defaults.retry_strategy.back_off: 'backoff' and 'back_off' are two spellings of one field; give one",
    ]);
  });
});

describe('other checks of the config, in snake_case', () => {
  test('paths, the Argo Server URL, a missing key spelled like its neighbours, an empty choice, keys named like Object members', () => {
    const text =
      HEAD +
      '    image: i\n' +
      '    persistent_volumes: [{name: a}]\n' +
      '    custom_volumes:\n' +
      '      - {mount_path: x, persistent_volume_claim: {claim_name: c}}\n' +
      '    argo_server: {url: argo.example.com}\n' +
      '    defaults:\n' +
      '      image: i\n' +
      '      image_pull_policy: Sometimes\n' +
      '      constructor: 1\n' +
      '      __proto__: {a: b}\n';
    const keys = 'image, image_pull_policy, active_deadline_seconds, fail_fast, node_selector, parallelism, retry_strategy, timeout, tolerations, resources, env';
    expect(issuesOf(text)).toEqual([
      "c.yaml:5:26: pipeline-executor.config.persistent_volumes.0.mount_path: missing required field 'mount_path'",
      "c.yaml:7:22: pipeline-executor.config.custom_volumes.0.mount_path: expected an absolute path (starting with /), got 'x'",
      "c.yaml:8:24: pipeline-executor.config.argo_server.url: expected an http(s) URL (e.g. https://argo.example.com), got 'argo.example.com'",
      "c.yaml:11:26: pipeline-executor.config.defaults.image_pull_policy: expected one of Always, IfNotPresent, Never, '', got 'Sometimes'",
      `c.yaml:12:7: pipeline-executor.config.defaults.constructor: unknown field 'constructor' (expected one of: ${keys})`,
      `c.yaml:13:7: pipeline-executor.config.defaults.__proto__: unknown field '__proto__' (expected one of: ${keys})`,
    ]);
  });

  test('a token pasted as token_env is not printed back', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0.c2ln';
    expect(issuesOf(HEAD + `    image: i\n    argo_server: {url: 'https://a', token_env: ${token}}\n`)).toEqual([
      "c.yaml:5:48: pipeline-executor.config.argo_server.token_env: expected the name of an environment variable (the token itself never goes in the config)",
    ]);
  });
});

describe('validate and compile print the same messages (the built CLI)', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = makeProject('ra-argomsg-');
    writeFileSync(
      join(cwd, 'c.yaml'),
      HEAD + '    defaults:\n      image: img:1\n      node_selector: {a: 1}\n      retry_strategy: {retry_policy: Sometimes}\n    argo_workflow:\n      spec:\n        active_deadline_seconds: 1.5\n',
    );
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  for (const command of ['validate', 'compile']) {
    test(command, async () => {
      const r = await runCli([command, '-f', 'examples/01-tasks/stub.yaml', '-c', 'c.yaml'], { cwd, env: cleanEnv() });
      expect(r.code).toBe(2);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
      expect(errors).toEqual([
        'error: c.yaml:6:26: pipeline-executor.config.defaults.node_selector.a: expected a string, got 1',
        "error: c.yaml:7:38: pipeline-executor.config.defaults.retry_strategy.retry_policy: expected one of Always, OnFailure, OnError, OnTransientError, got 'Sometimes'",
        'error: c.yaml:10:34: pipeline-executor.config.argo_workflow.spec.active_deadline_seconds: expected an integer, got 1.5',
      ]);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }
});
