/**
 * The malformed-input corpus (test/fixtures/bad-input): every case is rejected with exactly its listed
 * issues, as a ValidationError. The README must list every expected line.
 * After a deliberate change of messages: `UPDATE_BAD_INPUT=1 SKIP_BUILD=1 npm test -- test/pipeline/bad-input`
 * rewrites cases.json and the README's lists from what the code says now (review the diff).
 */
import { describe, expect, test, beforeAll, afterAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError, formatIssue } from '../../src/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { loadInitialParameters } from '../../src/parameters/load.js';
import { parsePipelineFile } from '../../src/pipeline/parse.js';

const DIR = 'test/fixtures/bad-input';

interface Case {
  file: string;
  kind: 'pipeline' | 'config' | 'parameters';
  description: string;
  generated?: boolean;
  error: string;
  issues: string[];
}

// Read when the file is collected (no top-level await: the test transform may emit CommonJS).
const cases: Case[] = JSON.parse(readFileSync(`${DIR}/cases.json`, 'utf8'));
const UPDATE = process.env.UPDATE_BAD_INPUT === '1';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ra-bad-input-'));
  await writeFile(join(tmp, 'huge-file.yaml'), '#'.repeat(6 * 1024 * 1024));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
  if (!UPDATE) return;
  await writeFile(`${DIR}/cases.json`, `${JSON.stringify(cases, null, 2)}\n`);
  let readme = await readFile(`${DIR}/README.md`, 'utf8');
  for (const c of cases) {
    const heading = readme.indexOf(`### \`${c.file}\``);
    const open = readme.indexOf('```\n', heading);
    const close = readme.indexOf('\n```', open + 4);
    if (heading >= 0 && open > heading && close > open) readme = `${readme.slice(0, open + 4)}${c.issues.join('\n')}${readme.slice(close)}`;
  }
  await writeFile(`${DIR}/README.md`, readme);
});

async function run(kind: Case['kind'], file: string, cwd: string): Promise<unknown> {
  if (kind === 'pipeline') return parsePipelineFile(file, cwd);
  if (kind === 'config') return loadConfig({ file, cwd, env: {} });
  return loadInitialParameters({ file, cwd, env: {} });
}

describe('bad-input corpus', () => {
  test('has at least 30 cases covering pipelines, configs and parameter files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['pipeline', 'config', 'parameters']));
  });

  test.each(cases.map((c) => [c.file, c] as const))('%s', async (_name, c) => {
    let error: unknown;
    try {
      if (c.generated) await run(c.kind, c.file, tmp);
      else await run(c.kind, `${DIR}/${c.file}`, process.cwd());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const got = (error as ValidationError).issues.map(formatIssue).map((l) => (c.generated ? `${DIR}/${l}` : l));
    if (UPDATE) c.issues = got;
    expect(got).toEqual(c.issues);
    // every issue has a position
    for (const i of (error as ValidationError).issues) {
      expect(i.line).toBeGreaterThanOrEqual(1);
      expect(i.column).toBeGreaterThanOrEqual(1);
    }
    // user errors print without a stack: the message is the whole story
    expect((error as ValidationError).message).toContain(c.issues[0]!.replace(`${DIR}/`, c.generated ? '' : `${DIR}/`));
  });

  test('README.md lists every case and every expected line', async () => {
    const readme = await readFile(`${DIR}/README.md`, 'utf8');
    for (const c of cases) {
      expect(readme).toContain(`\`${c.file}\``);
      for (const line of c.issues) expect(readme).toContain(line);
    }
  });
});
