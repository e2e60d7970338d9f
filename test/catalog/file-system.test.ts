/** The file-system and do-nothing catalogs, on real files in temp dirs. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CatalogError, ValidationError } from '../../src/errors.js';
import { DoNothingCatalog } from '../../src/catalog/do-nothing.js';
import { computeDataFolderOf, createCatalog } from '../../src/catalog/factory.js';
import { FileSystemCatalog } from '../../src/catalog/file-system.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;

/** A fresh work dir with some files, and a catalog inside it (the default layout: `.catalog`). */
function setup(files: Record<string, string> = {}) {
  const work = path.join(root, `w${++n}`);
  fs.mkdirSync(work, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
    fs.writeFileSync(path.join(work, rel), text);
  }
  const catalog = new FileSystemCatalog({ catalogLocation: path.join(work, '.catalog'), handlerLocation: '.catalog' });
  return { work, catalog };
}

const put = (c: FileSystemCatalog, work: string, patterns: string[], more: Partial<{ storeCopy: boolean; allowNoMatch: boolean; runId: string }> = {}) =>
  c.put({ runId: more.runId ?? 'run1', patterns, workDir: work, step: 's', storeCopy: more.storeCopy ?? true, allowNoMatch: more.allowNoMatch ?? false });
const get = (c: FileSystemCatalog, work: string, patterns: string[], runId = 'run1') => c.get({ runId, patterns, workDir: work, step: 's' });

function sha256sum(file: string): string {
  return execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;
}

const FILES = {
  'data/a.txt': 'alpha',
  'data/b.csv': 'x,y\n1,2\n',
  'data/sub/c.txt': 'gamma',
  'data/.hidden': 'h',
  'model.pkl': 'binary\u0000stuff',
  'notes.txt': 'top',
};

describe('file-system catalog put', () => {
  it('matches pathlib-style globs: files only, ** recursive, prefix kept, hidden files included', async () => {
    const { work, catalog } = setup(FILES);
    const names = async (patterns: string[]) => (await put(catalog, work, patterns)).map((e) => e.name);
    expect(await names(['data/*.txt'])).toEqual(['data/a.txt']);
    expect(await names(['data/*'])).toEqual(['data/.hidden', 'data/a.txt', 'data/b.csv']);
    expect(await names(['data/**'])).toEqual(['data/.hidden', 'data/a.txt', 'data/b.csv', 'data/sub/c.txt']);
    expect(await names(['**/*.txt'])).toEqual(['data/a.txt', 'data/sub/c.txt', 'notes.txt']);
    expect(await names(['data/?.csv', 'model.pkl'])).toEqual(['data/b.csv', 'model.pkl']);
    expect(await names(['data/[ab].*'])).toEqual(['data/a.txt', 'data/b.csv']);
    expect(await names(['notes.txt', '*.txt'])).toEqual(['notes.txt']); // one entry per file
    // a directory alone matches nothing (files only); the catalog folder itself is never put
    await expect(put(catalog, work, ['data'])).rejects.toThrow(CatalogError);
    expect((await names(['**'])).some((f) => f.startsWith('.catalog/'))).toBe(false);
    expect(fs.readFileSync(path.join(work, '.catalog/run1/data/sub/c.txt'), 'utf8')).toBe('gamma');
  });

  it('records sha256 lineage identical to sha256sum, with runnable paths', async () => {
    const { work, catalog } = setup(FILES);
    const entries = await put(catalog, work, ['data/**', 'model.pkl']);
    for (const e of entries) {
      expect(e.data_hash).toBe(sha256sum(path.join(work, e.name)));
      expect(e.catalog_relative_path).toBe(`run1/${e.name}`);
      expect(e.catalog_handler_location).toBe('.catalog');
      expect(e.stage).toBe('put');
      expect(sha256sum(path.join(work, '.catalog', e.catalog_relative_path))).toBe(e.data_hash);
    }
    // a big file is streamed, same hash
    fs.writeFileSync(path.join(work, 'big.bin'), Buffer.alloc(9 * 1024 * 1024, 7));
    const [big] = await put(catalog, work, ['big.bin']);
    expect(big!.data_hash).toBe(sha256sum(path.join(work, 'big.bin')));
  });

  it('store_copy: false records name and hash but copies nothing', async () => {
    const { work, catalog } = setup(FILES);
    const entries = await put(catalog, work, ['data/*.txt'], { storeCopy: false });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.data_hash).toBe(sha256sum(path.join(work, 'data/a.txt')));
    expect(fs.existsSync(path.join(work, '.catalog/run1/data/a.txt'))).toBe(false);
    expect(catalog.stats.bytesWritten).toBe(0);
  });

  it('fails on a glob with no match after success, tolerates it after a failed task', async () => {
    const { work, catalog } = setup(FILES);
    const err = await put(catalog, work, ['data/*.txt', 'out/*.parquet']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CatalogError);
    expect((err as Error).message).toContain("glob 'out/*.parquet' matched no file");
    const tolerated = await put(catalog, work, ['data/*.txt', 'out/*.parquet'], { allowNoMatch: true });
    expect(tolerated.map((e) => e.name)).toEqual(['data/a.txt']);
    expect(await put(catalog, path.join(work, 'missing-dir'), ['*'], { allowNoMatch: true })).toEqual([]);
  });

  it('refuses globs and matches that escape the work dir', async () => {
    const { work, catalog } = setup(FILES);
    const outside = path.join(root, `outside${n}`);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
    for (const bad of ['../x', 'data/../../x', '/etc/passwd', '..', 'C:\\Windows\\x', '{..,data}/x']) {
      const err = await put(catalog, work, [bad]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CatalogError);
    }
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(work, 'data/link.txt'));
    await expect(put(catalog, work, ['data/link.txt'])).rejects.toThrow(/symbolic link to .*outside/);
    await expect(put(catalog, work, ['data/*.txt'])).rejects.toThrow(/symbolic link/);
    fs.unlinkSync(path.join(work, 'data/link.txt'));
    fs.symlinkSync(outside, path.join(work, 'linkdir'));
    await expect(put(catalog, work, ['linkdir/*'])).rejects.toThrow(/outside/);
    await expect(put(catalog, work, ['**/*.txt'])).rejects.toThrow(/outside/);
    fs.unlinkSync(path.join(work, 'linkdir'));
    // a symbolic link resolving inside the work dir is fine: its content is copied
    fs.symlinkSync('a.txt', path.join(work, 'data/alias.txt'));
    const [alias] = await put(catalog, work, ['data/alias.txt']);
    expect(alias!.data_hash).toBe(sha256sum(path.join(work, 'data/a.txt')));
    expect(fs.lstatSync(path.join(work, '.catalog/run1/data/alias.txt')).isFile()).toBe(true);
    expect(fs.existsSync(path.join(work, '.catalog/run1/secret.txt'))).toBe(false);
  });

  it('a second put of unchanged content writes 0 bytes; a changed file is rewritten', async () => {
    const { work, catalog } = setup(FILES);
    await put(catalog, work, ['**/*']);
    const first = { ...catalog.stats };
    expect(first.filesWritten).toBe(6);
    expect(first.bytesWritten).toBe(Object.values(FILES).reduce((s, t) => s + Buffer.byteLength(t), 0));
    await put(catalog, work, ['**/*']);
    expect(catalog.stats.bytesWritten).toBe(first.bytesWritten);
    expect(catalog.stats.filesSkipped).toBe(6);
    // a fresh instance (another process) also skips, by hashing what is stored
    const other = new FileSystemCatalog({ catalogLocation: catalog.catalogLocation });
    await put(other, work, ['**/*']);
    expect(other.stats.bytesWritten).toBe(0);
    fs.writeFileSync(path.join(work, 'notes.txt'), 'top!'); // same size+1
    fs.writeFileSync(path.join(work, 'data/a.txt'), 'ALPHA'); // same size, other content
    await put(other, work, ['**/*']);
    expect(other.stats.filesWritten).toBe(2);
    expect(other.stats.bytesWritten).toBe(9);
    expect(fs.readFileSync(path.join(work, '.catalog/run1/data/a.txt'), 'utf8')).toBe('ALPHA');
  });

  it('a put failing half-way throws a CatalogError with path and reason and leaves complete files', async () => {
    // Tests run as root, so chmod cannot make the catalog read-only. Instead the target needs a folder
    // where a regular file already is: mkdir fails (EEXIST/ENOTDIR), exactly like a read-only target.
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`ok/f${i}.txt`] = `file ${i}`;
    files['zz-blocked/x.txt'] = 'x'; // sorted after ok/: fails after 50 files were copied
    const { work, catalog } = setup(files);
    fs.mkdirSync(path.join(work, '.catalog/run1'), { recursive: true });
    fs.writeFileSync(path.join(work, '.catalog/run1/zz-blocked'), 'a file where a folder is needed');
    const err = await put(catalog, work, ['**/*.txt']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CatalogError);
    expect((err as Error).message).toMatch(/cannot create folder .*\.catalog\/run1\/zz-blocked \((EEXIST|ENOTDIR)/);
    // whatever was copied is complete; no temp files left behind
    const stored = fs.readdirSync(path.join(work, '.catalog/run1/ok'));
    expect(stored).toHaveLength(50);
    for (const f of stored) {
      expect(f).toMatch(/^f\d+\.txt$/);
      expect(fs.readFileSync(path.join(work, '.catalog/run1/ok', f), 'utf8')).toBe(files[`ok/${f}`]);
    }
    // a write that fails (a folder where the file goes) names the target and the reason
    fs.rmSync(path.join(work, '.catalog/run1/ok/f7.txt'));
    fs.mkdirSync(path.join(work, '.catalog/run1/ok/f7.txt'));
    const err2 = await put(catalog, work, ['ok/*.txt']).catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(CatalogError);
    expect((err2 as Error).message).toMatch(/cannot write .*run1\/ok\/f7\.txt \((EISDIR|EEXIST|ENOTEMPTY)/);
    expect(fs.readdirSync(path.join(work, '.catalog/run1/ok')).filter((f) => f.includes('tmp'))).toEqual([]);
  });
});

describe('file-system catalog get', () => {
  it('copies matches from <catalog>/<run_id>/ to the same relative path, skipping execution logs', async () => {
    const { work, catalog } = setup(FILES);
    await put(catalog, work, ['data/**', 'model.pkl']);
    await catalog.putBytes('run1', 'step1.attempt-1.execution.log', 'log text', 'step1');
    const dest = path.join(root, `dest${n}`);
    const entries = await get(catalog, dest, ['data/**', '*']);
    expect(entries.map((e) => e.name)).toEqual(['data/.hidden', 'data/a.txt', 'data/b.csv', 'data/sub/c.txt', 'model.pkl']);
    for (const e of entries) {
      expect(e.stage).toBe('get');
      expect(e.catalog_relative_path).toBe(e.name); // runnable records only the relative path for get
      expect(e.data_hash).toBe(sha256sum(path.join(dest, e.name)));
      expect(fs.readFileSync(path.join(dest, e.name))).toEqual(fs.readFileSync(path.join(work, e.name)));
    }
    expect(fs.existsSync(path.join(dest, 'step1.attempt-1.execution.log'))).toBe(false);
    await expect(get(catalog, dest, ['*.execution.log'])).rejects.toThrow(/matched no file/);
  });

  it('fails on no match, on another run, and on escapes', async () => {
    const { work, catalog } = setup(FILES);
    await put(catalog, work, ['notes.txt']);
    const err = await get(catalog, work, ['nope/*']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CatalogError);
    expect((err as Error).message).toContain("glob 'nope/*' matched no file");
    await expect(get(catalog, work, ['notes.txt'], 'other-run')).rejects.toThrow(/matched no file/);
    await expect(get(catalog, work, ['../run1/notes.txt'])).rejects.toThrow(/\.\./);
    await expect(get(catalog, work, ['/etc/passwd'])).rejects.toThrow(/absolute/);
    // the destination is a symbolic link (or inside one) pointing outside: never written through
    const outside = path.join(root, `out-get${n}`);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'keep.txt'), 'keep');
    fs.unlinkSync(path.join(work, 'notes.txt'));
    fs.symlinkSync(path.join(outside, 'keep.txt'), path.join(work, 'notes.txt'));
    await expect(get(catalog, work, ['notes.txt'])).rejects.toThrow(/symbolic link/);
    expect(fs.readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('keep');
    await catalog.putBytes('run1', 'sub/f.txt', 'f', 's');
    fs.symlinkSync(outside, path.join(work, 'sub'));
    await expect(get(catalog, work, ['sub/f.txt'])).rejects.toThrow(/outside/);
    expect(fs.existsSync(path.join(outside, 'f.txt'))).toBe(false);
  });

  it('applies compute_data_folder to the work dir', async () => {
    const work = path.join(root, `cdf${++n}`);
    fs.mkdirSync(path.join(work, 'data'), { recursive: true });
    fs.writeFileSync(path.join(work, 'data/x.txt'), 'x');
    const catalog = new FileSystemCatalog({ catalogLocation: path.join(work, 'cat'), computeDataFolder: 'data' });
    const [e] = await put(catalog, work, ['x.txt']);
    expect(e!.name).toBe('x.txt');
    expect(fs.existsSync(path.join(work, 'cat/run1/x.txt'))).toBe(true);
  });
});

describe('file-system catalog bytes', () => {
  it('stores and reads bytes under <run>/<path>, refusing escapes', async () => {
    const { catalog } = setup();
    const e = await catalog.putBytes('r', 'objects/step.a/model.dill', Buffer.from([1, 2, 3]), 'step.a');
    expect(e).toMatchObject({ name: 'objects/step.a/model.dill', catalog_relative_path: 'r/objects/step.a/model.dill', stage: 'put' });
    expect(e!.data_hash).toBe(sha256sum(path.join(catalog.catalogLocation, 'r/objects/step.a/model.dill')));
    expect(await catalog.getBytes('r', 'objects/step.a/model.dill')).toEqual(Buffer.from([1, 2, 3]));
    const before = catalog.stats.bytesWritten;
    await catalog.putBytes('r', 'objects/step.a/model.dill', Buffer.from([1, 2, 3]), 'step.a');
    expect(catalog.stats.bytesWritten).toBe(before);
    await expect(catalog.getBytes('r', 'missing.dill')).rejects.toThrow(/not in the catalog/);
    await expect(catalog.putBytes('r', '../x', 'x', 's')).rejects.toBeInstanceOf(CatalogError);
    await expect(catalog.getBytes('r', '/etc/passwd')).rejects.toBeInstanceOf(CatalogError);
    await expect(catalog.putBytes('../r', 'x', 'x', 's')).rejects.toBeInstanceOf(CatalogError);
  });
});

describe('do-nothing catalog', () => {
  it('copies and records nothing, keeps bytes in memory', async () => {
    const c = new DoNothingCatalog();
    const work = path.join(root, `dn${++n}`);
    fs.mkdirSync(work);
    expect(await c.put({ runId: 'r', patterns: ['*'], workDir: work, step: 's', storeCopy: true, allowNoMatch: false })).toEqual([]);
    expect(await c.get({ runId: 'r', patterns: ['*'], workDir: work, step: 's' })).toEqual([]);
    expect(await c.putBytes('r', 'o.dill', 'obj', 's')).toBeUndefined();
    expect((await c.getBytes('r', 'o.dill')).toString()).toBe('obj');
    await expect(c.getBytes('r', 'other')).rejects.toBeInstanceOf(CatalogError);
    expect(fs.readdirSync(work)).toEqual([]);
  });
});

describe('createCatalog', () => {
  it('builds each type relative to cwd and refuses unknown ones', async () => {
    const cwd = path.join(root, 'factory');
    const fsCat = (await createCatalog({ type: 'file-system', config: {} }, cwd)) as FileSystemCatalog;
    expect(fsCat).toBeInstanceOf(FileSystemCatalog);
    expect(fsCat.catalogLocation).toBe(path.join(cwd, '.catalog'));
    expect(fsCat.handlerLocation).toBe('.catalog');
    const custom = (await createCatalog({ type: 'file_system', config: { catalog_location: 'store', compute_data_folder: 'data' } }, cwd)) as FileSystemCatalog;
    expect(custom.catalogLocation).toBe(path.join(cwd, 'store'));
    expect(custom.computeDataFolder).toBe('data');
    expect(computeDataFolderOf({ type: 'file-system', config: { compute_data_folder: 'data' } }, cwd)).toBe(path.join(cwd, 'data'));
    expect((await createCatalog({ type: 'do-nothing', config: {} }, cwd)).kind).toBe('do-nothing');
    await expect(createCatalog({ type: 'ftp', config: {} }, cwd)).rejects.toBeInstanceOf(ValidationError);
    await expect(createCatalog({ type: 's3', config: {} }, cwd)).rejects.toThrow(/does not support/);
    // github-artifacts is loaded on demand from the Action module: outside the Actions runtime it refuses
    const gh = await createCatalog({ type: 'github-artifacts', config: {} }, cwd).then(
      (c) => c.kind,
      (e: unknown) => e,
    );
    expect(gh === 'github-artifacts' || gh instanceof CatalogError).toBe(true);
  });
});
