/**
 * A service's options are defined once (src/config/schema.ts) and read by the loader and the service
 * alike: what the config loader accepts, the service accepts, and the reverse. The github-artifacts
 * catalog had three definitions that disagreed (the loader refused documented options and accepted one
 * the catalog then refused; tests passed only because they built the catalog directly).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCatalog } from '../../src/catalog/factory.js';
import { loadConfig } from '../../src/config/load.js';
import { CatalogError, ValidationError } from '../../src/errors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ra-svc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { PATH: process.env.PATH };

function configFile(body: string): string {
  const f = path.join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(f, body);
  return f;
}

describe('github-artifacts catalog options, one definition', () => {
  it('every documented option passes the loader and reaches the catalog (which then asks for the Actions runtime)', async () => {
    const file = configFile(
      'catalog:\n  type: github-artifacts\n  config:\n    compute_data_folder: data\n    retention_days: 5\n    compression_level: 1\n    pack_max_bytes: 1048576\n    pack_max_files: 10\n    flush_interval_seconds: 2\n    state_dir: state\n',
    );
    const config = await loadConfig({ file, cwd: dir, env });
    expect(config.catalog.config).toMatchObject({ compute_data_folder: 'data', pack_max_bytes: 1048576, pack_max_files: 10 });
    await expect(createCatalog(config.catalog, dir)).rejects.toThrow(CatalogError);
    await expect(createCatalog(config.catalog, dir)).rejects.toThrow(/Actions runtime/);
  });

  it('an option the catalog does not know is refused by the loader, with its position', async () => {
    const file = configFile('catalog:\n  type: github-artifacts\n  config:\n    name_prefix: x\n');
    const err = await loadConfig({ file, cwd: dir, env }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const issue = (err as ValidationError).issues[0]!;
    expect(issue).toMatchObject({ file: expect.stringContaining(path.basename(file)), line: 4 });
    expect(issue.path).toContain('name_prefix');
  });

  it('an out-of-range value is refused by the loader, not first by the catalog at run time', async () => {
    const file = configFile('catalog:\n  type: github-artifacts\n  config:\n    compression_level: 12\n');
    await expect(loadConfig({ file, cwd: dir, env })).rejects.toThrow(ValidationError);
  });
});
