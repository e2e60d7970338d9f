/**
 * Runs the bundled Action (dist/index.js) as the runner does (same shape as test/action/action-e2e.test.ts):
 * INPUT_* variables, GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, the Results service double and
 * Azurite behind ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN. Also: the runner's workflow-command parser.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runtimeToken, type ResultsService } from '../support/results-service.js';
import { ACTION } from '../support/cli.js';

export const DIST = ACTION;

export interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  outputFileText: string;
  summary: string;
  state: Record<string, string>;
  ms: number;
}

export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  // Single-line `name=value` form too (what a step writing $GITHUB_OUTPUT itself would use).
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)=(.*)$/.exec(line);
    if (m && !(m[1]! in out)) out[m[1]!] = m[2]!;
  }
  return out;
}

export async function runAction(
  root: string,
  svc: ResultsService,
  workspace: string,
  inputs: Record<string, string>,
  opts: { job?: string; env?: Record<string, string>; onStdout?: (all: string, kill: (sig: NodeJS.Signals) => void) => void } = {},
): Promise<ActionRun> {
  const files = await mkdtemp(join(root, 'files-'));
  const outFile = join(files, 'output');
  const stateFile = join(files, 'state');
  const summaryFile = join(files, 'summary');
  for (const f of [outFile, stateFile, summaryFile]) await writeFile(f, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(files, 'tmp'),
    GITHUB_OUTPUT: outFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: '778',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo/pipelines',
    GITHUB_API_URL: svc.apiUrl,
    GITHUB_TOKEN: 'ghs_FAKE_TOKEN_for_security_0001',
    ACTIONS_RESULTS_URL: svc.url,
    ACTIONS_RUNTIME_TOKEN: runtimeToken('run-778', opts.job ?? 'job-sec'),
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-sec',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc-url-sec',
    ...opts.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  await mkdir(env.RUNNER_TEMP!, { recursive: true });
  const t0 = performance.now();
  const child = spawn(process.execPath, [DIST], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  const seen = (d: Buffer) => {
    stdout += d.toString();
    opts.onStdout?.(stdout, (sig) => child.kill(sig));
  };
  child.stdout.on('data', seen);
  child.stderr.on('data', seen);
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  const outputFileText = await readFile(outFile, 'utf8');
  return {
    code,
    stdout,
    outputs: parseFileCommands(outputFileText),
    outputFileText,
    summary: await readFile(summaryFile, 'utf8'),
    state: parseFileCommands(await readFile(stateFile, 'utf8')),
    ms: performance.now() - t0,
  };
}

export async function workspaceWith(root: string, files: Record<string, string>): Promise<string> {
  const ws = await mkdtemp(join(root, 'ws-'));
  for (const [f, c] of Object.entries(files)) {
    await mkdir(join(ws, f, '..'), { recursive: true });
    await writeFile(join(ws, f), c);
  }
  return ws;
}

export async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(join(e.parentPath, e.name));
  return out;
}

/**
 * The workflow commands the runner would act on in this log, as the runner parses it: a line that, trimmed,
 * starts `::name props::value`, or holds the legacy `##[name props]value` anywhere — except inside a
 * `::stop-commands::TOKEN` … `::TOKEN::` window. `stops` lists every token that opened a window.
 */
export function effectiveCommands(log: string): { name: string; line: string }[] & { stops?: string[] } {
  const out: { name: string; line: string }[] & { stops?: string[] } = [];
  out.stops = [];
  let stop: string | undefined;
  for (const raw of log.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (stop !== undefined) {
      if (line === `::${stop}::`) stop = undefined;
      continue;
    }
    const legacy = /##\[([A-Za-z-]+)(?: [^\]]*)?\](.*)$/.exec(line);
    if (legacy) out.push({ name: legacy[1]!, line });
    const m = /^::([A-Za-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') {
      stop = m[2];
      out.stops.push(m[2]!);
      continue;
    }
    out.push({ name: m[1]!, line });
  }
  return out;
}
