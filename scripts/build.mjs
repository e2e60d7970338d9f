#!/usr/bin/env node
// Type checking is `npm run typecheck` (tsc); ncc only transpiles (--transpile-only: 3 s instead of 25 s a bundle).
// Bundles the two edges with @vercel/ncc: the Action (dist/index.js) and the CLI (dist/cli/index.js).
// Heavy modules (Kubernetes client, artifact client) are loaded with import() so ncc splits them into
// chunks that a `validate` or a local run never loads. Both bundles are built side by side into a
// temporary folder and swapped in only when both succeeded, so a failed build never leaves dist/ empty.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

const entries = [
  ['src/action/main.ts', ''],
  ['src/cli/main.ts', 'cli'],
  // The library (SDK + commands) for `import ... from 'runnable-action'`; types come from tsc below.
  ['src/index.ts', 'lib'],
];
// RUNNABLE_DIST builds into another folder (a private build for one developer's tests; test/support/cli.ts reads it too).
const outDir = process.env.RUNNABLE_DIST || 'dist';
const tmp = `${outDir}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp);
const build = ([entry, sub]) =>
  new Promise((resolve) => {
    const out = sub ? `${tmp}/${sub}` : `${tmp}/action`;
    const c = spawn(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--target', 'es2022', '-q', '--transpile-only'], { stdio: 'inherit' });
    c.on('close', (code) => resolve(code ?? 1));
  });
const types = new Promise((resolve) => {
  const c = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json', '--outDir', `${tmp}/types`], { stdio: 'inherit' });
  c.on('close', (code) => resolve(code ?? 1));
});
const codes = await Promise.all([...entries.map(build), types]);
if (codes.some((c) => c !== 0)) {
  rmSync(tmp, { recursive: true, force: true });
  console.error('build failed; dist/ left as it was');
  process.exit(1);
}
// The Action's files go at the top of dist/ (action.yml runs dist/index.js).
const final = `${tmp}/final`;
renameSync(`${tmp}/action`, final);
renameSync(`${tmp}/cli`, `${final}/cli`);
renameSync(`${tmp}/lib`, `${final}/lib`);
renameSync(`${tmp}/types`, `${final}/types`);
const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(final, outDir);
rmSync(old, { recursive: true, force: true });
rmSync(tmp, { recursive: true, force: true });
