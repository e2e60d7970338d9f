#!/usr/bin/env node
// The `runnable` command. Everything happens in run-cli.ts; this file only wires the process to it.
// Node's on-disk compile cache (Node >= 22.1) makes every start after the first skip parsing and
// compiling the bundle: most of our start-up. It must be on before the rest of the CLI is loaded.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
void import('./run-cli.js').then(({ runCli }) =>
  runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env, cwd: process.cwd() }).then((code) => {
    // exitCode rather than exit(): let piped stdout drain first.
    process.exitCode = code;
  }),
);
