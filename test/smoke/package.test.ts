/**
 * The npm package as a user gets it: `npm pack` of the bundles under test, installed into a fresh project
 * with no registry access (it has no runtime dependencies: everything is bundled), then `npx runnable`, the
 * library, `runnable-action/sdk`, `runnable-action/package.json` and the schemas through `exports`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST_DIR, REPO } from '../support/cli.js';

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; files: string[]; dependencies?: object };
let work: string;
let project: string;

/** npm with a private cache and no registry: an install that needed a download would fail. */
function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--cache', path.join(work, 'npm-cache')], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ra-pack-'));
  // The package's files as `npm pack` takes them from the repository, with the bundles under test as dist/.
  const stage = path.join(work, 'stage');
  mkdirSync(stage);
  for (const f of pkg.files.filter((f) => !f.startsWith('!') && f !== 'dist')) {
    if (existsSync(path.join(REPO, f))) cpSync(path.join(REPO, f), path.join(stage, f), { recursive: true });
  }
  cpSync(path.join(REPO, 'package.json'), path.join(stage, 'package.json'));
  cpSync(DIST_DIR, path.join(stage, 'dist'), { recursive: true });
  npm(['pack', '--pack-destination', work], stage);
  project = path.join(work, 'project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  npm(['install', path.join(work, `${pkg.name}-${pkg.version}.tgz`)], project);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('declares no runtime dependencies and installs as one package', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual([pkg.name]);
  });

  it('runs `npx runnable`', () => {
    const v = spawnSync('npx', ['--offline', 'runnable', '--version'], { cwd: project, encoding: 'utf8' });
    expect(v.stdout.trim()).toBe(pkg.version);
    writeFileSync(path.join(project, 'p.yaml'), 'dag:\n  start_at: hi\n  steps:\n    hi:\n      type: task\n      command_type: shell\n      command: echo hello from the package\n      next: success\n');
    const r = spawnSync('npx', ['--offline', 'runnable', 'execute', '-f', 'p.yaml'], { cwd: project, encoding: 'utf8' });
    expect(r.stdout).toContain('hello from the package');
    expect(r.status).toBe(0);
  });

  it('offers the library, ./sdk, ./package.json and the schemas through exports', () => {
    const script = [
      "import { Pipeline, ShellTask, validate } from 'runnable-action';",
      "import * as sdk from 'runnable-action/sdk';",
      "import { createRequire } from 'node:module';",
      'const require = createRequire(import.meta.url);',
      "const p = new Pipeline({ steps: [new ShellTask({ name: 'a', command: 'true' })] });",
      'console.log(JSON.stringify({',
      '  sdk: typeof sdk.Pipeline, validate: typeof validate, steps: Object.keys(p.build().dag.nodes).length > 0,',
      "  version: require('runnable-action/package.json').version,",
      "  schema: require('runnable-action/schema/pipeline.schema.json').$id,",
      '}));',
    ].join('\n');
    writeFileSync(path.join(project, 'use.mjs'), script);
    const r = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ sdk: 'function', validate: 'function', steps: true, version: pkg.version });
    expect(out.schema).toMatch(/^https:\/\/.+pipeline\.schema\.json$/);
  });

  it('ships the license and the bundled packages\' notices', () => {
    const root = path.join(project, 'node_modules', pkg.name);
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toContain('Apache License');
    expect(readFileSync(path.join(root, 'dist/licenses.txt'), 'utf8')).toContain('yaml@');
  });
});
