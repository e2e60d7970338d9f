#!/usr/bin/env node
// The `runnable` command. Everything happens in run-cli.ts; this file only wires the process to it.
import { runCli } from './run-cli.js';

void runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env, cwd: process.cwd() }).then((code) => {
  // exitCode rather than exit(): let piped stdout drain first.
  process.exitCode = code;
});
