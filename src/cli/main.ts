#!/usr/bin/env node
// The `runnable` command. Everything happens in run-cli.ts; this file only wires the process to it.
import { runCli } from './run-cli.js';

const code = await runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env, cwd: process.cwd() });
// Let stdout drain before exiting (piped output is asynchronous).
process.exitCode = code;
