#!/usr/bin/env node
import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);

// src/cli/main.ts
import module from "node:module";
module.enableCompileCache?.();
void import("../chunks/run-cli-YYA5LW33.js").then(
  ({ runCli }) => runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env, cwd: process.cwd() }).then((code) => {
    process.exitCode = code;
  })
);
