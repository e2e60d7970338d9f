import { describe, expect, test } from '@jest/globals';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { pipelineJsonSchema } from '../../src/pipeline/json-schema.js';

const COMMITTED = 'schema/pipeline.schema.json';

describe('schema/pipeline.schema.json', () => {
  test('is in sync with the zod schema (UPDATE_SCHEMAS=1 rewrites it)', async () => {
    const generated = JSON.stringify(pipelineJsonSchema(), null, 2) + '\n';
    if (process.env.UPDATE_SCHEMAS === '1') await writeFile(COMMITTED, generated);
    const committed = await readFile(COMMITTED, 'utf8').catch(() => '');
    if (committed !== generated) {
      throw new Error(`${COMMITTED} is out of date: run 'UPDATE_SCHEMAS=1 SKIP_BUILD=1 npm test -- test/pipeline/json-schema' and commit it`);
    }
  });

  test('accepts every good fixture and rejects common mistakes', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(pipelineJsonSchema());
    for (const f of (await readdir('test/pipeline/fixtures')).filter((x) => x.endsWith('.yaml'))) {
      const doc = parse(await readFile(`test/pipeline/fixtures/${f}`, 'utf8'), { merge: true });
      expect([f, validate(doc), validate.errors]).toEqual([f, true, null]);
    }
    const bad = (step: unknown) => validate({ dag: { start_at: 'a', steps: { a: step } } });
    expect(bad({ type: 'taks', next: 'success' })).toBe(false);
    expect(bad({ type: 'task', command: 'x', next: 'success', foo: 1 })).toBe(false);
    expect(bad({ type: 'task', command: 'x', next: 'success', returns: ['bare'] })).toBe(false);
    expect(bad({ type: 'task', command: 'x', next: 'success', max_attempts: 0 })).toBe(false);
    expect(bad({ type: 'stub', next: 'success', anything: 1 })).toBe(true);
  });
});
