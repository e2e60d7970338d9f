/**
 * Keeps the runner's credentials out of the Action's *initial* environment (SECURITY.md guarantee 6).
 *
 * Steps never receive ACTIONS_RUNTIME_TOKEN, the OIDC request token, INPUT_* or an unlisted GITHUB_TOKEN in
 * their environment. But Linux shows every process's initial environment in /proc/<pid>/environ to any
 * process of the same user, so a step could read them from the Action process (its parent) there. Changing
 * `process.env` later does not change that block. So, first thing, the Action replaces itself (execve, same
 * pid, same stdio, signals still reach it) with a copy of itself started without those variables; their
 * values travel in a private file (0600, in a 0700 folder) that the new image reads and deletes before doing
 * anything else, and are put back into `process.env` (heap memory, which /proc/<pid>/environ does not show).
 *
 * Where execve is not available (Node < 22.15, not Linux) the Action runs as before and SECURITY.md states the
 * residual risk.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isWithheld } from '../secrets/withheld.js';
import { DEFAULT_COMMAND, Inputs, inputVariable } from './input-names.js';

const MARK = 'RUNNABLE_ACTION_SEALED_ENV';
const NONE: ReadonlySet<string> = new Set();

export type SealOutcome = 'sealed' | 'nothing-to-seal' | 'not-needed' | 'unavailable';

/**
 * Whether this start runs none of the user's code in a process of its own: `validate` and `compile` of a YAML
 * pipeline in the main step start no step, no SDK script and no git — only our signature check (`python3 -I -S`
 * reading the source text with `ast`). With no child of the user's to read /proc/<pid>/environ, the
 * re-execution (a second Node start, ≈ 80 ms of every PR check) buys nothing. Anything else (execute, retry,
 * submit, the post step of a run, a `.py` pipeline, an input we cannot read here) is sealed.
 */
export function startsNoUserProcess(env: NodeJS.ProcessEnv): boolean {
  // The post step of a job whose main step started no run has nothing to store and returns at once.
  if (env.STATE_isPost === 'true') return !env.STATE_runId;
  const command = (env[inputVariable(Inputs.command)] ?? '').trim().toLowerCase() || DEFAULT_COMMAND;
  const pipeline = (env[inputVariable(Inputs.pipeline)] ?? '').trim();
  return (command === 'validate' || command === 'compile') && pipeline !== '' && !/\.py$/i.test(pipeline);
}

/**
 * In the first image: re-executes without the withheld variables (does not return when it works). In the
 * second: restores them into `process.env` and returns 'sealed'.
 */
export function sealEnvironment(): SealOutcome {
  const file = process.env[MARK];
  if (file) {
    delete process.env[MARK];
    try {
      const values = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      for (const [k, v] of Object.entries(values)) process.env[k] = v;
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
    return 'sealed';
  }
  const withheld = Object.keys(process.env).filter((k) => isWithheld(k, NONE) && process.env[k] !== undefined);
  if (!withheld.length) return 'nothing-to-seal';
  if (startsNoUserProcess(process.env)) return 'not-needed';
  const execve = (process as { execve?: (file: string, args: string[], env: Record<string, string>) => never }).execve;
  if (process.platform !== 'linux' || typeof execve !== 'function') return 'unavailable';
  let dir: string | undefined;
  try {
    const base = process.env.RUNNER_TEMP;
    try {
      dir = mkdtempSync(join(base || tmpdir(), 'runnable-seal-'));
    } catch {
      dir = mkdtempSync(join(tmpdir(), 'runnable-seal-'));
    }
    const values: Record<string, string> = {};
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v === undefined || v.includes('\0') || k.includes('\0')) continue;
      if (withheld.includes(k)) values[k] = v;
      else env[k] = v;
    }
    const secretFile = join(dir, 'env.json');
    writeFileSync(secretFile, JSON.stringify(values), { mode: 0o600 });
    env[MARK] = secretFile;
    execve.call(process, process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], env);
  } catch {
    // execve refused (seccomp, EACCES...): run unsealed rather than not at all.
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  return 'unavailable';
}
