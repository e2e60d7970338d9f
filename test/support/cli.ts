/**
 * Runs the bundled CLI (dist/cli/index.js, built by `npm test`) as a user would: a real process, in a
 * throwaway project directory holding a copy of examples/.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundles under test: dist/ (what `npm test` builds), or a private build in $RUNNABLE_DIST. */
export const DIST_DIR = process.env.RUNNABLE_DIST ? path.resolve(REPO, process.env.RUNNABLE_DIST) : path.join(REPO, 'dist');
export const CLI = path.join(DIST_DIR, 'cli/index.js');
export const ACTION = path.join(DIST_DIR, 'index.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A fresh project directory with examples/ copied in (python imports `examples.common.functions`). */
export function makeProject(prefix = 'ra-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(path.join(REPO, 'examples'), path.join(dir, 'examples'), { recursive: true });
  return dir;
}

/** Environment for the CLI: the test's own minus RUNNABLE_* and CI credentials, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('RUNNABLE_') || k.startsWith('GITHUB_') || k.startsWith('ACTIONS_') || k.startsWith('INPUT_')) continue;
    if (k === 'NODE_OPTIONS' || k.startsWith('JEST_')) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export function runCli(args: string[], opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number; onSpawn?: (pid: number) => void } ): Promise<CliRun> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd, env: opts.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // A bound for a hung CLI, not a speed check: generous for a loaded machine (the test's own timeout is the
    // tighter limit where it matters).
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 180_000);
    child.on('error', reject);
    if (child.pid && opts.onSpawn) opts.onSpawn(child.pid);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** Reads the only run log in a file-system or chunked-fs store (assembling chunks is the store's job: use the CLI's timeline --json? no: the library). */
export function listRuns(cwd: string, folder = '.run_log_store'): string[] {
  const dir = path.join(cwd, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((f) => f.replace(/\.json$/, ''));
}

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
