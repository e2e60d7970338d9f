import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  writeRunReport
} from "./chunk-Y63KAG32.js";
import "./chunk-V4XLLV55.js";
import {
  loadConfig
} from "./chunk-GE2OTE2S.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-KD5F7IY4.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-A5QB3JT3.js";
import "./chunk-BPOSMLBS.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-CBHI4BMY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/report/command.ts
import path2 from "node:path";

// src/report/open.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
function onPath(cmd, env) {
  return (env.PATH ?? "").split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, cmd)));
}
__name(onPath, "onPath");
function openInBrowser(file, env = process.env) {
  const [cmd, args] = process.platform === "darwin" ? ["open", [file]] : process.platform === "win32" ? ["cmd", ["/c", "start", '""', file]] : ["xdg-open", [file]];
  if (process.platform !== "win32" && !onPath(cmd, env)) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, args, { stdio: "ignore", detached: true, env });
      child.once("error", () => resolve(false));
      child.once("spawn", () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
__name(openInBrowser, "openInBrowser");

// src/report/command.ts
async function reportCommand(runLog, opts) {
  const config = await loadConfig({ file: opts.configFile, cwd: opts.cwd, env: opts.env });
  const safeId = String(runLog.run_id ?? "run").replace(/[^A-Za-z0-9._-]+/g, "_") || "run";
  const file = opts.html ?? `${safeId}_timeline.html`;
  const r = await writeRunReport(runLog, { file, cwd: opts.cwd, env: opts.env, config, source: opts.target });
  const lines = [`report of run ${runLog.run_id} written to ${path2.relative(opts.cwd, r.file) || r.file} (${(r.bytes / 1024).toFixed(0)} KiB, ${r.logs} execution log(s))`];
  if (opts.open) lines.push(await openInBrowser(r.file, opts.env) ? "opened in the browser" : `no browser opener found: open ${r.file} yourself`);
  return lines.join("\n") + "\n";
}
__name(reportCommand, "reportCommand");
export {
  reportCommand
};
