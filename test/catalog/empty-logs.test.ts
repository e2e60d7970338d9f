/**
 * Empty execution logs in the file-system catalog (every node that ran has one, most are empty): stored
 * without a temp file, later ones as hard links to the first. What a user sees must not change: each log is
 * its own empty regular file with the sha256 of no bytes, replacing one never changes another, and a step
 * that swaps the shared file for a link or writes into it cannot make a later log anything but empty.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileSystemCatalog } from '../../src/catalog/file-system.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-empty-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function setup() {
  const work = path.join(root, `w${++n}`);
  fs.mkdirSync(work);
  const catalog = new FileSystemCatalog({ catalogLocation: path.join(work, '.catalog') });
  const file = (rel: string) => path.join(work, '.catalog', 'run1', rel);
  return { work, catalog, file };
}

describe('empty execution logs', () => {
  it('stores each as an empty regular file with the sha256 of no bytes, and nothing else in the run folder', async () => {
    const { catalog, file } = setup();
    for (let i = 1; i <= 5; i++) {
      const e = await catalog.putBytes('run1', `s${i}.attempt-1.execution.log`, '', `s${i}`);
      expect(e).toMatchObject({ name: `s${i}.attempt-1.execution.log`, data_hash: EMPTY, catalog_relative_path: `run1/s${i}.attempt-1.execution.log`, stage: 'put' });
    }
    for (let i = 1; i <= 5; i++) {
      const st = fs.lstatSync(file(`s${i}.attempt-1.execution.log`));
      expect(st.isFile() && st.size === 0).toBe(true);
    }
    expect(fs.readdirSync(path.dirname(file('x'))).sort()).toEqual([1, 2, 3, 4, 5].map((i) => `s${i}.attempt-1.execution.log`));
  });

  it('replacing one log (a later put with content) leaves the others empty', async () => {
    const { catalog, file } = setup();
    await catalog.putBytes('run1', 'a.execution.log', '', 'a');
    await catalog.putBytes('run1', 'b.execution.log', '', 'b');
    await catalog.putBytes('run1', 'a.execution.log', 'now printed\n', 'a');
    expect(fs.readFileSync(file('a.execution.log'), 'utf8')).toBe('now printed\n');
    expect(fs.readFileSync(file('b.execution.log'), 'utf8')).toBe('');
    await catalog.putBytes('run1', 'c.execution.log', '', 'c');
    expect(fs.readFileSync(file('c.execution.log'), 'utf8')).toBe('');
  });

  it('an existing file with content at the name is replaced by an empty one', async () => {
    const { catalog, file } = setup();
    fs.mkdirSync(path.dirname(file('x')), { recursive: true });
    fs.writeFileSync(file('old.execution.log'), 'stale');
    const e = await catalog.putBytes('run1', 'old.execution.log', '', 'old');
    expect(e!.data_hash).toBe(EMPTY);
    expect(fs.readFileSync(file('old.execution.log'), 'utf8')).toBe('');
  });

  it('a step that writes into the first log, or swaps it for a symbolic link, cannot give later logs content', async () => {
    const { work, catalog, file } = setup();
    const secret = path.join(work, 'secret.txt');
    fs.writeFileSync(secret, 'not for the catalog');
    await catalog.putBytes('run1', 'first.execution.log', '', 'first');
    fs.appendFileSync(file('first.execution.log'), 'written in place');
    await catalog.putBytes('run1', 'second.execution.log', '', 'second');
    expect(fs.readFileSync(file('second.execution.log'), 'utf8')).toBe('');
    // The second is now the shared one: swap it for a link to a file outside the catalog.
    fs.rmSync(file('second.execution.log'));
    fs.symlinkSync(secret, file('second.execution.log'));
    await catalog.putBytes('run1', 'third.execution.log', '', 'third');
    const st = fs.lstatSync(file('third.execution.log'));
    expect(st.isFile() && !st.isSymbolicLink() && st.size === 0).toBe(true);
    expect(fs.readFileSync(secret, 'utf8')).toBe('not for the catalog');
  });

  it('a run folder removed during the run is made again', async () => {
    const { catalog, file } = setup();
    await catalog.putBytes('run1', 'a.execution.log', '', 'a');
    fs.rmSync(path.dirname(file('x')), { recursive: true });
    await catalog.putBytes('run1', 'b.execution.log', '', 'b');
    expect(fs.readFileSync(file('b.execution.log'), 'utf8')).toBe('');
  });
});
