/** Small helpers shared by the reliability attacks: a project folder, the CLI as a child, the run log. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, cleanEnv } from '../support/cli.js';
// Waiting for child processes (generous deadlines, whole pid files, zombies are not running): one place.
export { alive, readPid, readPids, readWhole, waitFor, waitGone } from '../support/wait.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import type { RunLog, StepLog } from '../../src/runlog/model.js';

const dirs: string[] = [];
export function cleanup(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A fresh folder with `files` written into it. */
export function project(files: Record<string, string>, prefix = 'ra-rel-'): string {
  const cwd = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(cwd);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(cwd, name), text);
  return cwd;
}

export interface Started {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the bundled CLI in `cwd` (detached: its own process group, like a CI job's step). */
export function start(args: string[], cwd: string, env: Record<string, string> = cleanEnv()): Started {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('close', (code, signal) => r({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exit };
}

export async function runLog(cwd: string, runId: string, type: 'file-system' | 'chunked-fs' = 'file-system'): Promise<RunLog> {
  return createRunLogStore({ type, config: { log_folder: '.run_log_store' } }, cwd).getRunLog(runId);
}

export function allSteps(steps: Record<string, StepLog>, out: StepLog[] = []): StepLog[] {
  for (const s of Object.values(steps)) {
    out.push(s);
    for (const b of Object.values(s.branches)) allSteps(b.steps, out);
  }
  return out;
}

export function lines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
