/**
 * File names in the github-artifacts catalog, against the unmodified @actions/artifact client, the Results
 * service double and Azurite: a name holding a declared secret never appears in the index artifact (it is
 * sealed), yet a later get in the same run and a retry in another job that knows the secret still match it
 * by glob; a job that does not know the secret cannot. And `**` finds names holding a line break, on put and
 * on get, as the file-system catalog does.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { runtimeToken, startResultsService, type ResultsService } from '../support/results-service.js';
import { base64Forms } from '../../src/secrets/mask.js';

jest.setTimeout(120_000);

let az: AzuriteHandle;
let svc: ResultsService;
let root: string;
type CatalogModule = typeof import('../../src/catalog/github-artifacts.js');
let mod: CatalogModule;

const SECRET = 'tok-9f8e7d6c5b4a';

function job(jobId: string, attempt: number): void {
  process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken('run-5151', jobId);
  process.env.GITHUB_RUN_ATTEMPT = String(attempt);
}

async function newCatalog(name: string, secrets: string[] = [], logs: string[] = []) {
  const cwd = join(root, name);
  await mkdir(cwd, { recursive: true });
  const cat = await mod.createGithubArtifactsCatalog({ type: 'github-artifacts', config: { state_dir: join(root, `${name}-state`), flush_interval_seconds: 0 } }, cwd, {
    secretValues: new Set(secrets),
    githubArtifacts: { log: (m) => logs.push(m) },
  });
  return { cat, cwd };
}

/** The index.json of the newest index artifact, as text (what anyone who can read the run downloads). */
async function newestIndexText(): Promise<string> {
  const index = svc.artifacts().filter((a) => a.name.endsWith('-index')).at(-1)!;
  const files = unzipSync(new Uint8Array(await svc.readBlob(index.id)));
  return Buffer.from(files['index.json']!).toString('utf8');
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rn-gha-names-'));
  az = await startAzurite();
  svc = await startResultsService({ azurite: az });
  for (const k of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'GITHUB_SERVER_URL']) delete process.env[k];
  process.env.ACTIONS_RESULTS_URL = svc.url;
  process.env.GITHUB_WORKSPACE = root;
  process.env.RUNNER_TEMP = root;
  process.env.GITHUB_RUN_ID = '5151';
  process.env.GITHUB_REPOSITORY = 'octo/pipelines';
  process.env.GITHUB_API_URL = svc.apiUrl;
  job('job-1', 1);
  mod = await import('../../src/catalog/github-artifacts.js');
});

afterAll(async () => {
  await svc?.close();
  await az?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('github-artifacts catalog: file names', () => {
  test('a file name holding a declared secret is sealed in the index; same-run and retry gets still match it', async () => {
    const { cat, cwd } = await newCatalog('secret', [SECRET]);
    await mkdir(join(cwd, 'data'), { recursive: true });
    await writeFile(join(cwd, 'data', `report-${SECRET}.csv`), 'secret-named\n');
    await writeFile(join(cwd, 'data', 'plain.csv'), 'plain\n');
    const put = await cat.put({ runId: 'run-s', patterns: ['data/*.csv'], workDir: cwd, step: 'make', storeCopy: true, allowNoMatch: false });
    expect(put.map((e) => e.name)).toEqual(['data/plain.csv', `data/report-${SECRET}.csv`]);
    // A step name holding the secret (a map item) is sealed too.
    await cat.putBytes('run-s', `map.${SECRET}.attempt-1.execution.log`, 'log', `map.${SECRET}`);
    await cat.flush();

    const text = await newestIndexText();
    expect(text).toContain('data/plain.csv');
    expect(text).not.toContain(SECRET);
    for (const form of base64Forms(SECRET)) expect(text).not.toContain(form);
    const doc = JSON.parse(text) as { sealed?: unknown[]; seal?: { kdf: string } };
    expect(doc.sealed).toHaveLength(2);
    expect(doc.seal?.kdf).toBe('scrypt');

    // Same run, same process: the glob matches the real name.
    const later = join(cwd, 'later');
    expect((await cat.get({ runId: 'run-s', patterns: ['data/report-*.csv'], workDir: later, step: 'use' })).map((e) => e.name)).toEqual([`data/report-${SECRET}.csv`]);

    // A retry in another job that resolves the same secret reads the sealed entries back.
    job('job-2', 2);
    try {
      const { cat: retry, cwd: rcwd } = await newCatalog('secret-retry', [SECRET]);
      const got = await retry.get({ runId: 'run-s', patterns: ['data/*.csv'], workDir: rcwd, step: 'use' });
      expect(got.map((e) => e.name)).toEqual(['data/plain.csv', `data/report-${SECRET}.csv`]);
      expect(await readFile(join(rcwd, 'data', `report-${SECRET}.csv`), 'utf8')).toBe('secret-named\n');
      expect((await retry.getBytes('run-s', `map.${SECRET}.attempt-1.execution.log`)).toString()).toBe('log');

      // A job without the secret sees only what is in clear, and says why.
      const logs: string[] = [];
      const { cat: stranger, cwd: scwd } = await newCatalog('secret-stranger', [], logs);
      expect((await stranger.get({ runId: 'run-s', patterns: ['data/*.csv'], workDir: scwd, step: 'use' })).map((e) => e.name)).toEqual(['data/plain.csv']);
      expect(logs.join('\n')).toMatch(/2 entries of rn-run-s-a1-[0-9a-f]{8}-\d{4}-index sealed with a secret this run does not know/);
    } finally {
      job('job-1', 1);
    }
  });

  test('`**` puts and gets a file whose name holds a line break', async () => {
    const { cat, cwd } = await newCatalog('newline');
    await mkdir(join(cwd, 'out', 'sub'), { recursive: true });
    await writeFile(join(cwd, 'out', 'a\nb.txt'), 'two lines in the name\n');
    await writeFile(join(cwd, 'out', 'sub', 'c.txt'), 'c\n');
    const put = await cat.put({ runId: 'run-n', patterns: ['out/**'], workDir: cwd, step: 'make', storeCopy: true, allowNoMatch: false });
    expect(put.map((e) => e.name)).toEqual(['out/a\nb.txt', 'out/sub/c.txt']);
    await cat.flush();

    job('job-3', 3);
    try {
      const { cat: next, cwd: ncwd } = await newCatalog('newline-next');
      const got = await next.get({ runId: 'run-n', patterns: ['**/*.txt'], workDir: ncwd, step: 'use' });
      expect(got.map((e) => e.name)).toEqual(['out/a\nb.txt', 'out/sub/c.txt']);
      expect(await readFile(join(ncwd, 'out', 'a\nb.txt'), 'utf8')).toBe('two lines in the name\n');
    } finally {
      job('job-1', 1);
    }
  });
});
