import { describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { configJsonSchema } from '../../src/config/json-schema.js';

const COMMITTED = 'schema/config.schema.json';

describe('schema/config.schema.json', () => {
  test('is in sync with the zod schemas (UPDATE_SCHEMAS=1 rewrites it)', async () => {
    const generated = JSON.stringify(configJsonSchema(), null, 2) + '\n';
    if (process.env.UPDATE_SCHEMAS === '1') await writeFile(COMMITTED, generated);
    const committed = await readFile(COMMITTED, 'utf8').catch(() => '');
    if (committed !== generated) {
      throw new Error(`${COMMITTED} is out of date: run 'UPDATE_SCHEMAS=1 SKIP_BUILD=1 npm test -- test/config/json-schema' and commit it`);
    }
  });

  test('accepts both service forms and rejects unknown keys and types', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(configJsonSchema());
    expect(validate({ 'pipeline-executor': { type: 'local', config: { enable_parallel: false } }, run_log_store: { type: 'chunked-fs', log_folder: 'x' } })).toBe(true);
    expect(validate({ executor: { type: 'mocked', config: { patches: { a: { command: 'exit 0' } } } }, secrets: { type: 'env' } })).toBe(true);
    expect(validate({ catalog: { type: 'github-artifacts', compression_level: 10 } })).toBe(false);
    expect(validate({ catalog: { type: 's3' } })).toBe(false);
    expect(validate({ experiment_tracker: { type: 'mlflow' } })).toBe(true);
    expect(validate({ experiment_trackers: { type: 'mlflow' } })).toBe(false);
    expect(validate({ 'pipeline-executor': { type: 'local', config: { object_serialisation: false } } })).toBe(true);
    expect(validate({ 'pipeline-executor': { type: 'mocked', config: { patches: {}, anything: 1 } } })).toBe(true);
    expect(validate({ 'run-log-store': { type: 'file-system', log_folder: 'x', extra: 1 } })).toBe(false);
  });
});
