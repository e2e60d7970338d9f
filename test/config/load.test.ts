import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputFileError, ValidationError, formatIssue } from '../../src/errors.js';
import { loadConfig, loadConfigWithWarnings, parseConfigText, substituteVariables } from '../../src/config/load.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ra-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const DEFAULTS = {
  pipelineExecutor: { type: 'local', config: { enable_parallel: true, max_workers: availableParallelism() } },
  runLogStore: { type: 'file-system', config: { log_folder: '.run_log_store' } },
  catalog: { type: 'file-system', config: { catalog_location: '.catalog', compute_data_folder: '.' } },
  secrets: { type: 'env-secrets', config: {} },
};

function issuesOf(text: string, env: Record<string, string> = {}): string[] {
  try {
    parseConfigText(text, 'c.yaml', env);
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map(formatIssue);
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('which file (semantics §6.1)', () => {
  test('built-in defaults when nothing is configured, defaults filled', async () => {
    expect(await loadConfig({ cwd: dir, env: {} })).toEqual(DEFAULTS);
  });

  test('./runnable-config.yaml in cwd', async () => {
    await writeFile(join(dir, 'runnable-config.yaml'), 'run-log-store: {type: buffered}\n');
    const c = await loadConfig({ cwd: dir, env: {} });
    expect(c.file).toBe('runnable-config.yaml');
    expect(c.runLogStore).toEqual({ type: 'buffered', config: {}, source: { file: 'runnable-config.yaml', line: 1, column: 1 } });
    expect(c.catalog).toEqual(DEFAULTS.catalog);
  });

  test('the given file beats ./runnable-config.yaml; RUNNABLE_CONFIGURATION_FILE beats both', async () => {
    await writeFile(join(dir, 'runnable-config.yaml'), 'run-log-store: {type: buffered}\n');
    await writeFile(join(dir, 'given.yaml'), 'run-log-store: {type: chunked-fs}\n');
    await mkdir(join(dir, 'cfg'));
    await writeFile(join(dir, 'cfg', 'env.yaml'), 'run-log-store: {type: file-system, log_folder: /tmp/x}\n');
    expect((await loadConfig({ file: 'given.yaml', cwd: dir, env: {} })).runLogStore.type).toBe('chunked-fs');
    const c = await loadConfig({ file: 'given.yaml', cwd: dir, env: { RUNNABLE_CONFIGURATION_FILE: 'cfg/env.yaml' } });
    expect(c.file).toBe('cfg/env.yaml');
    expect(c.runLogStore.config).toEqual({ log_folder: '/tmp/x' });
  });

  test('a missing file is an InputFileError', async () => {
    await expect(loadConfig({ file: 'nope.yaml', cwd: dir, env: {} })).rejects.toThrow(InputFileError);
    await expect(loadConfig({ file: 'nope.yaml', cwd: dir, env: {} })).rejects.toThrow('cannot read nope.yaml: no such file');
    await expect(loadConfig({ cwd: dir, env: { RUNNABLE_CONFIGURATION_FILE: 'gone.yaml' } })).rejects.toThrow('cannot read gone.yaml: no such file');
  });

  test('an empty file (or only comments) means the defaults', async () => {
    await writeFile(join(dir, 'c.yaml'), '# nothing configured yet\n');
    expect(await loadConfig({ file: 'c.yaml', cwd: dir, env: {} })).toEqual({ ...DEFAULTS, file: 'c.yaml' });
  });
});

describe('structure (semantics §6.2)', () => {
  test('{type, config} and {type, ...siblings}; - and _ interchangeable; positions recorded', () => {
    const { config } = parseConfigText(
      [
        'pipeline_executor:',
        '  type: local',
        '  config:',
        '    enable_parallel: false',
        '    max_workers: 3',
        'run_log_store:',
        '  type: chunked-fs',
        '  log_folder: logs',
        'catalog:',
        '  type: github-artifacts',
        '  compute_data_folder: data',
        '  retention_days: 5',
        '  compression_level: 0',
        'secrets: {type: dotenv}',
        'pickler: {type: pickle}',
        'job-executor: {type: local-container, docker_image: x}',
      ].join('\n'),
      'c.yaml',
    );
    expect(config).toEqual({
      file: 'c.yaml',
      pipelineExecutor: { type: 'local', config: { enable_parallel: false, max_workers: 3 }, source: { file: 'c.yaml', line: 1, column: 1 } },
      runLogStore: { type: 'chunked-fs', config: { log_folder: 'logs' }, source: { file: 'c.yaml', line: 6, column: 1 } },
      catalog: { type: 'github-artifacts', config: expect.objectContaining({ compute_data_folder: 'data', retention_days: 5, compression_level: 0 }), source: { file: 'c.yaml', line: 9, column: 1 } },
      secrets: { type: 'dotenv', config: { location: '.env' }, source: { file: 'c.yaml', line: 14, column: 1 } },
    });
  });

  test("the seed's shape: executor, run_log_store buffered, do-nothing catalog and secrets (§19 l)", () => {
    const { config } = parseConfigText('executor:\n  type: local\nrun_log_store:\n  type: buffered\ncatalog:\n  type: do-nothing\nsecrets:\n  type: do-nothing\n', 's.yaml');
    expect(config.pipelineExecutor.type).toBe('local');
    expect(config.runLogStore).toMatchObject({ type: 'buffered', config: {} });
    expect(config.catalog).toMatchObject({ type: 'do-nothing', config: {} });
    expect(config.secrets).toMatchObject({ type: 'do-nothing', config: {} });
  });

  test('the argo executor config is passed through the Argo schema', () => {
    const { config } = parseConfigText('executor:\n  type: argo\n  config:\n    image: img:1\n    service_account_name: sa\n', 's.yaml');
    expect(config.pipelineExecutor.type).toBe('argo');
    expect(config.pipelineExecutor.config).toMatchObject({});
  });

  test('env is an alias of env-secrets; config: null is an empty config', () => {
    const { config } = parseConfigText('secrets: {type: env}\nrun-log-store: {type: buffered, config: }\n', 'c.yaml');
    expect(config.secrets.type).toBe('env-secrets');
    expect(config.runLogStore.config).toEqual({});
  });

  test('mocked patches are validated and normalised', () => {
    const { config } = parseConfigText(
      ['pipeline-executor:', '  type: mocked', '  config:', '    patches:', '      step 1:', '        command: exit 0', '      Retrieve Content:', '        command: cat data/hello.txt', '        returns: [{name: content}]'].join('\n'),
      'm.yaml',
    );
    expect(config.pipelineExecutor.config).toEqual({
      patches: { 'step 1': { command: 'exit 0' }, 'Retrieve Content': { command: 'cat data/hello.txt', returns: [{ name: 'content', kind: 'json' }] } },
    });
    expect(parseConfigText('pipeline-executor: {type: mocked}', 'm.yaml').config.pipelineExecutor.config).toEqual({ patches: {} });
  });

  test('file-system defaults', () => {
    const { config } = parseConfigText('run-log-store: {type: file-system}\ncatalog: {type: file-system, catalog_location: /mnt/catalog}\n', 'c.yaml');
    expect(config.runLogStore.config).toEqual({ log_folder: '.run_log_store' });
    expect(config.catalog.config).toEqual({ catalog_location: '/mnt/catalog', compute_data_folder: '.' });
  });

  test('settings next to config are an error', () => {
    expect(issuesOf('catalog:\n  type: file-system\n  config: {}\n  catalog_location: x\n')).toEqual([
      "c.yaml:4:3: catalog.catalog_location: unknown field 'catalog_location' next to 'config' (put settings under 'config', or drop 'config' and write them next to 'type')",
    ]);
  });

  test('all issues across services are reported together', () => {
    expect(issuesOf('pipeline-executor: {type: local, max_workers: 1.5}\ncatalog: {type: s3}\nsecrets: {type: dotenv, location: 3}\nfoo: 1\n')).toEqual([
      'c.yaml:1:47: pipeline-executor.max_workers: expected an integer, got 1.5',
      "c.yaml:2:17: catalog.type: 's3' is a runnable catalog that runnable-action does not support (supported: do-nothing, file-system, github-artifacts)",
      'c.yaml:3:35: secrets.location: expected a string, got 3',
      "c.yaml:4:1: foo: unknown key 'foo' (expected one of: pipeline-executor, run-log-store, catalog, secrets, job-executor, pickler, experiment-tracker; '-' and '_' are interchangeable)",
    ]);
  });
});

describe('every key runnable 0.50 accepts', () => {
  test('object_serialisation, overrides, experiment_tracker, supports_parallel_writes: accepted, one warning naming them', () => {
    const text = [
      'pipeline-executor:',
      '  type: local',
      '  config:',
      '    object_serialisation: false',
      'run-log-store:',
      '  type: buffered',
      'catalog:',
      '  type: do-nothing',
      'experiment_tracker:',
      '  type: do-nothing',
      '',
    ].join('\n');
    const { config, warnings } = parseConfigText(text, 'c.yaml');
    expect(config.pipelineExecutor.type).toBe('local');
    expect(warnings).toEqual(['c.yaml: accepted for compatibility with runnable, but without effect here: pipeline-executor.config.object_serialisation (line 4), experiment_tracker (line 9)']);
  });

  test('the mocked executor ignores keys it does not know, and says so once', () => {
    const { config, warnings } = parseConfigText('pipeline-executor:\n  type: mocked\n  config:\n    patches: {}\n    enable_parallel: true\n    whatever: 1\n', 'm.yaml');
    expect(config.pipelineExecutor.config).toEqual({ patches: {} });
    expect(warnings).toEqual(['m.yaml: accepted for compatibility with runnable, but without effect here: pipeline-executor.config.enable_parallel (line 5), pipeline-executor.config.whatever (line 6)']);
  });

  test('a key no runnable version knows is still an error, with a position and a suggestion', () => {
    expect(issuesOf('pipeline-executor:\n  type: local\n  config:\n    enable_paralel: true\n')).toEqual([
      "c.yaml:4:5: pipeline-executor.config.enable_paralel: unknown field 'enable_paralel' for pipeline-executor 'local' (expected one of: enable_parallel, max_workers, object_serialisation, overrides); did you mean 'enable_parallel'?",
    ]);
    expect(issuesOf('run_log_stor:\n  type: chunked-fs\n')[0]).toMatch(/^c\.yaml:1:1: run_log_stor: unknown key 'run_log_stor' .*; did you mean 'run-log-store'\?$/);
    expect(issuesOf('zzz: 1\n')[0]).not.toMatch(/did you mean/);
  });
});

describe('$VAR substitution', () => {
  test('$name and ${name} from RUNNABLE_VAR_name; $$ is a literal $; unresolved stay, with a warning', async () => {
    expect(substituteVariables('a: $x ${y}z $$x $nope ${nope} $', { RUNNABLE_VAR_x: '1', RUNNABLE_VAR_y: 'two' })).toEqual({
      text: 'a: 1 twoz $x $nope ${nope} $',
      unresolved: ['nope'],
    });
    await writeFile(join(dir, 'c.yaml'), 'run-log-store:\n  type: $store\n  log_folder: ${base}/logs\ncatalog:\n  type: file-system\n  catalog_location: $where\n');
    const warnings: string[] = [];
    const c = await loadConfig({ file: 'c.yaml', cwd: dir, env: { RUNNABLE_VAR_store: 'chunked-fs', RUNNABLE_VAR_base: '/mnt' }, onWarning: (w) => warnings.push(w) });
    expect(c.runLogStore).toMatchObject({ type: 'chunked-fs', config: { log_folder: '/mnt/logs' } });
    expect(c.catalog.config.catalog_location).toBe('$where');
    expect(warnings).toEqual(["c.yaml: '$where' is not resolved (set RUNNABLE_VAR_where); it is left as it is"]);
    const again = await loadConfigWithWarnings({ file: 'c.yaml', cwd: dir, env: { RUNNABLE_VAR_store: 'chunked-fs' } });
    expect(again.config.runLogStore.config).toEqual({ log_folder: '${base}/logs' });
    expect(again.warnings).toEqual([
      "c.yaml: '$base' is not resolved (set RUNNABLE_VAR_base); it is left as it is",
      "c.yaml: '$where' is not resolved (set RUNNABLE_VAR_where); it is left as it is",
    ]);
  });

  test('a substituted value can make the file invalid, with a position', () => {
    expect(issuesOf('run-log-store:\n  type: $t\n', { RUNNABLE_VAR_t: 'nope' })).toEqual([
      "c.yaml:2:9: run-log-store.type: unknown run-log-store type 'nope' (expected one of buffered, file-system, chunked-fs)",
    ]);
  });
});
