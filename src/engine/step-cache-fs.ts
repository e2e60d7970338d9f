/**
 * A step cache in a local folder (`runnable execute --step-cache DIR`): one folder per key holding the
 * record and the step's files. Entries are written to a temporary folder and renamed into place, so a
 * reader never sees half an entry; an existing entry is never overwritten (keys are content addresses).
 */
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nodeCrypto } from '../builtins.js';
import type { CachedStep, StepCache } from './step-cache.js';

function inside(root: string, rel: string): string {
  const abs = path.resolve(root, rel);
  if (abs !== root && !abs.startsWith(root + path.sep)) throw new Error(`cached path '${rel}' escapes ${root}`);
  return abs;
}

export class FileSystemStepCache implements StepCache {
  readonly kind = 'file-system';
  constructor(private readonly dir: string) {}

  async restore(key: string, workDir: string): Promise<CachedStep | undefined> {
    const entry = path.join(this.dir, key);
    let record: CachedStep;
    try {
      record = JSON.parse(await readFile(path.join(entry, 'record.json'), 'utf8')) as CachedStep;
    } catch {
      return undefined;
    }
    for (const rel of record.files) {
      const target = inside(workDir, rel);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(inside(path.join(entry, 'files'), rel), target);
    }
    return record;
  }

  async save(key: string, record: CachedStep, workDir: string): Promise<void> {
    const entry = path.join(this.dir, key);
    if (existsSync(entry)) return;
    const tmp = path.join(this.dir, `.tmp-${key}-${nodeCrypto().randomBytes(4).toString('hex')}`);
    try {
      for (const rel of record.files) {
        const target = inside(path.join(tmp, 'files'), rel);
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(inside(workDir, rel), target);
      }
      await mkdir(tmp, { recursive: true });
      await writeFile(path.join(tmp, 'record.json'), JSON.stringify(record, null, 2));
      await rename(tmp, entry).catch(async (err: NodeJS.ErrnoException) => {
        // Another run saved the same key first: identical content, keep theirs.
        if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
      });
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
}
