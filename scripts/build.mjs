#!/usr/bin/env node
// Bundles the two edges with @vercel/ncc: the Action (dist/index.js) and the CLI (dist/cli/index.js).
// Heavy modules (Kubernetes client, artifact client) are loaded with import() so ncc splits them into
// chunks that a `validate` or a local run never loads.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = [
  ['src/action/main.ts', 'dist'],
  ['src/cli/main.ts', 'dist/cli'],
];
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  const r = spawnSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--target', 'es2022', '-q'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
