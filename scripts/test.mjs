#!/usr/bin/env node
// `npm test`: build the bundles the end-to-end tests run (dist/), then jest on Node 24 in ESM mode.
// npm puts node_modules/.bin first on PATH, and the `node` dev dependency provides Node 24 there.
import { spawnSync } from 'node:child_process';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`tests must run on Node 24 (this is ${process.version}); run them with 'npm test'`);
  process.exit(1);
}
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!process.env.SKIP_BUILD) run(process.execPath, ['scripts/build.mjs']);
run(process.execPath, ['node_modules/jest/bin/jest.js', ...process.argv.slice(2)], {
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
});
