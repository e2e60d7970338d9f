/**
 * The artifact-backed catalog against the unmodified @actions/artifact client, the Results service double and
 * Azurite as the blob store: put/get between steps, a map whose items put files, a later "job" (re-run
 * attempt) reading the catalog back, content addressing (nothing uploaded twice), zip-slip defences.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdtemp, mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { runtimeToken, startResultsService, type ResultsService } from '../support/results-service.js';
import { makeZip } from './zip-fixture.js';

jest.setTimeout(300_000); // 50 s for one test measured on a loaded machine (load 9)

let az: AzuriteHandle;
let svc: ResultsService;
let root: string;
type CatalogModule = typeof import('../../src/catalog/github-artifacts.js');
let mod: CatalogModule;

function job(jobId: string, attempt: number): void {
  process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken('run-4242', jobId);
  process.env.GITHUB_RUN_ATTEMPT = String(attempt);
}

async function newCatalog(name: string, config: Record<string, unknown> = {}) {
  const cwd = join(root, name);
  await mkdir(cwd, { recursive: true });
  const cat = await mod.createGithubArtifactsCatalog({ type: 'github-artifacts', config: { state_dir: join(root, `${name}-state`), flush_interval_seconds: 0, ...config } }, cwd);
  return { cat, cwd };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rn-gha-cat-'));
  az = await startAzurite();
  svc = await startResultsService({ azurite: az });
  for (const k of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'GITHUB_SERVER_URL']) delete process.env[k];
  process.env.ACTIONS_RESULTS_URL = svc.url;
  process.env.GITHUB_WORKSPACE = root;
  process.env.RUNNER_TEMP = root;
  process.env.GITHUB_RUN_ID = '4242';
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

describe('github-artifacts catalog', () => {
  test('step B gets what step A put; identical content is stored once; one pack + one index per flush', async () => {
    const { cat, cwd } = await newCatalog('job1');
    await mkdir(join(cwd, 'data'), { recursive: true });
    await writeFile(join(cwd, 'data', 'a.csv'), 'x,y\n1,2\n');
    await writeFile(join(cwd, 'data', 'copy.csv'), 'x,y\n1,2\n');
    await writeFile(join(cwd, 'model.bin'), Buffer.alloc(3 * 1024 * 1024 + 17, 7));
    const before = svc.artifacts().length;
    const put = await cat.put({ runId: 'run-a', patterns: ['data/*.csv', '*.bin'], workDir: cwd, step: 'train', storeCopy: true, allowNoMatch: false });
    expect(put.map((e) => e.name)).toEqual(['data/a.csv', 'data/copy.csv', 'model.bin']);
    expect(put[0]!.data_hash).toBe(put[1]!.data_hash);
    expect(put[0]).toMatchObject({ stage: 'put', catalog_relative_path: 'run-a/data/a.csv', step: 'train', workflow_run_id: '4242', run_attempt: 1 });
    expect(put[0]!.digest).toBe(`sha256:${put[0]!.data_hash}`);
    expect(put[0]!.artifact_name).toMatch(/^rn-run-a-a1-[0-9a-f]{8}-\d{4}$/);
    expect(put[1]!.deduplicated).toBe(true);
    await cat.putBytes('run-a', 'train.attempt-1.execution.log', 'hello log', 'train');
    await cat.flush();
    const made = svc.artifacts().slice(before);
    expect(made.map((a) => a.name)).toEqual([put[0]!.artifact_name, expect.stringMatching(/-index$/)]);

    // step B in a fresh folder (same job): served from the local blob cache
    const b = join(cwd, 'stepB');
    const got = await cat.get({ runId: 'run-a', patterns: ['data/a.csv', '**/*.bin'], workDir: b, step: 'evaluate' });
    expect(got.map((e) => e.name)).toEqual(['data/a.csv', 'model.bin']);
    expect(await readFile(join(b, 'data', 'a.csv'), 'utf8')).toBe('x,y\n1,2\n');
    expect((await readFile(join(b, 'model.bin'))).length).toBe(3 * 1024 * 1024 + 17);
    await expect(cat.get({ runId: 'run-a', patterns: ['nothing/*'], workDir: b, step: 'evaluate' })).rejects.toThrow(/nothing in the catalog of run 'run-a' matches 'nothing\/\*'/);
    await expect(cat.put({ runId: 'run-a', patterns: ['../*'], workDir: b, step: 'x', storeCopy: true, allowNoMatch: false })).rejects.toThrow(/escapes the data folder/);
    expect(svc.count(409)).toBe(0);
  });

  test('a map whose 200 items put files makes one pack, and a re-run attempt in a new job reads it back without re-uploading', async () => {
    const { cat, cwd } = await newCatalog('map');
    const before = svc.artifacts().length;
    await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const dir = join(cwd, `item-${i}`);
        await mkdir(join(dir, 'out'), { recursive: true });
        await writeFile(join(dir, 'out', `part-${i}.txt`), `item ${i}\n`);
        await cat.put({ runId: 'run-map', patterns: ['out/*.txt'], workDir: dir, step: `map.${i}.work`, storeCopy: true, allowNoMatch: false });
        await cat.putBytes('run-map', `map.${i}.work.attempt-1.execution.log`, `log of ${i}`, `map.${i}.work`);
      }),
    );
    await cat.flush();
    const made = svc.artifacts().slice(before);
    expect(made).toHaveLength(2); // one pack of 400 blobs + the index

    // Re-run attempt 2, another job backend id, empty local state: reads the index and one pack.
    job('job-2', 2);
    try {
      const { cat: cat2, cwd: cwd2 } = await newCatalog('map-rerun');
      const got = await cat2.get({ runId: 'run-map', patterns: ['out/part-1*.txt'], workDir: cwd2, step: 'reduce' });
      expect(got).toHaveLength(111);
      expect(await readFile(join(cwd2, 'out', 'part-150.txt'), 'utf8')).toBe('item 150\n');
      expect((await cat2.getBytes('run-map', 'map.7.work.attempt-1.execution.log')).toString()).toBe('log of 7');
      // Unchanged content put again in the new attempt: nothing uploaded, lineage points at the old artifact.
      const again = await cat2.put({ runId: 'run-map', patterns: ['out/part-150.txt'], workDir: cwd2, step: 'reduce', storeCopy: true, allowNoMatch: false });
      expect(again[0]).toMatchObject({ deduplicated: true, artifact_name: made[0]!.name, artifact_id: made[0]!.id });
      const n = svc.artifacts().length;
      await cat2.flush();
      // only the (changed) index is new
      expect(svc.artifacts().slice(n).map((a) => a.name)).toEqual([expect.stringMatching(/^rn-run-map-a2-[0-9a-f]{8}-\d{4}-index$/)]);
      expect((cat2 as unknown as { stats: { artifactsDownloaded: number } }).stats.artifactsDownloaded).toBe(1);
    } finally {
      job('job-1', 1);
    }
    expect(svc.count(409)).toBe(0);
  });

  test('zip slip: hostile index paths and archive entries never escape', async () => {
    // A hostile index (as another run could upload) naming ../ paths, pointing at a hostile pack.
    const evilData = Buffer.from('pwned');
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update(evilData).digest('hex');
    const pack = await svc.plant('run-4242', 'job-x', 'rn-evil-a1-deadbeef-0001', makeZip([
      { name: '../../../escaped.txt', data: evilData },
      { name: digest, data: evilData },
    ]));
    const index = {
      format: 'runnable-action/catalog-index@1',
      run_id: 'evil',
      workflow_run_id: '4242',
      run_attempt: 1,
      files: { '../outside.txt': { digest, size: 5, step: 's' }, 'ok/inside.txt': { digest, size: 5, step: 's' } },
      locations: { [digest]: { artifact_name: pack.name, artifact_id: pack.id, workflow_run_id: '4242' } },
    };
    await svc.plant('run-4242', 'job-x', 'rn-evil-a1-deadbeef-0002-index', makeZip([{ name: 'index.json', data: Buffer.from(JSON.stringify(index)) }]));
    const { cat, cwd } = await newCatalog('evil');
    const work = join(cwd, 'w');
    await expect(cat.get({ runId: 'evil', patterns: ['**'], workDir: work, step: 's' })).resolves.toHaveLength(1);
    expect(await readFile(join(work, 'ok', 'inside.txt'), 'utf8')).toBe('pwned');
    expect(existsSync(join(cwd, 'outside.txt'))).toBe(false);
    // the ../../../ entry did not land outside the private download directory
    expect(existsSync(join(root, 'escaped.txt'))).toBe(false);
    expect(existsSync(join(root, '..', 'escaped.txt'))).toBe(false);
    expect((await readdir(work)).sort()).toEqual(['ok']);
  });

  test('a corrupted member is refused', async () => {
    const { createHash } = await import('node:crypto');
    const claimed = createHash('sha256').update('good').digest('hex');
    const pack = await svc.plant('run-4242', 'job-x', 'rn-bad-a1-deadbeef-0003', makeZip([{ name: claimed, data: Buffer.from('bad!') }]));
    const index = {
      format: 'runnable-action/catalog-index@1',
      run_id: 'bad',
      workflow_run_id: '4242',
      run_attempt: 1,
      files: { 'f.txt': { digest: claimed, size: 4, step: 's' } },
      locations: { [claimed]: { artifact_name: pack.name, artifact_id: pack.id, workflow_run_id: '4242' } },
    };
    await svc.plant('run-4242', 'job-x', 'rn-bad-a1-deadbeef-0004-index', makeZip([{ name: 'index.json', data: Buffer.from(JSON.stringify(index)) }]));
    const { cat, cwd } = await newCatalog('bad');
    await expect(cat.get({ runId: 'bad', patterns: ['f.txt'], workDir: cwd, step: 's' })).rejects.toThrow(/refusing corrupted content/);
  });

  test('globs over the remote index follow the same pathlib-like rules as on disk (no brace expansion, dotfiles match)', async () => {
    const { globMatcher } = await import('../../src/catalog/paths.js');
    const m = async (pattern: string, rel: string) => (await globMatcher(pattern))(rel);
    expect(await m('data/*.csv', 'data/a.csv')).toBe(true);
    expect(await m('data/*.csv', 'data/x/a.csv')).toBe(false);
    expect(await m('**/*.csv', 'a.csv')).toBe(true);
    expect(await m('**/*.csv', 'x/y/a.csv')).toBe(true);
    expect(await m('data/**', 'data/x/y')).toBe(true);
    expect(await m('f?.md', 'f1.md')).toBe(true);
    expect(await m('f.{txt,md}', 'f.md')).toBe(false);
    expect(await m('f.{txt,md}', 'f.{txt,md}')).toBe(true);
    expect(await m('data/*', 'data/.hidden')).toBe(true);
    await expect(globMatcher('../x')).rejects.toThrow(/outside|\.\./);
    expect(mod.isSafeRelativePath('a/../b')).toBe(false);
    expect(mod.isSafeRelativePath('/etc/passwd')).toBe(false);
    expect(mod.isSafeRelativePath('a/b.txt')).toBe(true);
  });
});
