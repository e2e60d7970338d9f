/**
 * Environment hygiene for task processes (semantics §19 b, platform doc §8.2) and the parameter → env
 * encoding shell tasks use (semantics §4.3). Pure functions: the context reads `process.env` and calls these.
 */
import { writeFileSync } from 'node:fs';
import type { Parameters } from '../runlog/model.js';
import { tempPath } from './common.js';
import type { TaskInvocation } from './task.js';
import { pyJsonDumps } from '../runlog/exact-json.js';

import { isWithheld } from '../secrets/withheld.js';

export { RUNTIME_CREDENTIALS, isWithheld } from '../secrets/withheld.js';

/**
 * Copies `env` without the credentials a step was not given:
 * - the GitHub runtime/OIDC variables above, always;
 * - `GITHUB_TOKEN`, unless listed in `allowedSecretNames` (the step's `secrets`);
 * - `INPUT_*` (the action's own inputs, which may carry kubeconfigs or tokens), unless listed.
 * Undefined values are dropped. Everything else (PATH, HOME, RUNNER_*, GITHUB_* context, GITHUB_OUTPUT...)
 * is inherited, as a `run:` step would see it.
 */
export function scrubEnvironment(
  env: Record<string, string | undefined>,
  allowedSecretNames: readonly string[] = [],
): Record<string, string> {
  const allowed = new Set(allowedSecretNames);
  const out: Record<string, string> = {};
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value === undefined) continue;
    if (isWithheld(key, allowed)) continue;
    out[key] = value;
  }
  return out;
}


/** Strings raw, everything else as Python's json.dumps (semantics §4.3): `{"x": 10}`, `[1, 2]`, `1.0`, `true`. */
export function encodeEnvValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return pyJsonDumps(value);
}

/**
 * Names a parameter or iteration variable never sets, even when the runner does not set them (semantics §19 b,
 * SECURITY.md guarantee 4): parameters are data, and these change how a program or the shell itself starts
 * (`LD_PRELOAD`, `BASH_ENV`, `NODE_OPTIONS`, `PYTHONSTARTUP`...), where it finds programs (`PATH`), or are ours
 * and the runner's (`RUNNABLE_*`, `GITHUB_*`, `RUNNER_*`, `ACTIONS_*`, `INPUT_*`).
 */
const RESERVED_NAMES = new Set([
  'PATH', 'HOME', 'SHELL', 'USER', 'LOGNAME', 'PWD', 'OLDPWD', 'TMPDIR', 'IFS', 'PS1', 'PS2', 'PS4', 'ENV', 'BASH_ENV',
  'CDPATH', 'GLOBIGNORE', 'SHELLOPTS', 'BASHOPTS', 'PROMPT_COMMAND', 'POSIXLY_CORRECT', 'TZ', 'TERM', 'LANG',
  'LANGUAGE', 'CLASSPATH', 'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'GCONV_PATH', 'HOSTALIASES',
  'LOCALDOMAIN', 'RES_OPTIONS', 'NLSPATH', 'MALLOC_CHECK_', 'PERL5LIB', 'PERL5OPT', 'PERLLIB', 'RUBYOPT', 'RUBYLIB',
  'GEM_HOME', 'GEM_PATH', 'VIRTUAL_ENV', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE',
  'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'all_proxy', 'no_proxy',
  'EDITOR', 'VISUAL', 'PAGER', 'GITHUB_TOKEN',
]);
const RESERVED_PREFIXES = ['LD_', 'DYLD_', 'BASH_FUNC_', 'NODE_', 'NPM_', 'npm_', 'PYTHON', 'PERL5', 'RUBY', 'JAVA_', '_JAVA_', 'JDK_', 'PYENV_', 'CONDA_', 'PIP_', 'UV_', 'JUPYTER', 'IPYTHON', 'RUNNABLE_', 'GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_', 'GIT_', 'LC_', 'SSH_', 'GPG_', 'DOCKER_', 'KUBECONFIG'];

/** True for a name a parameter may never set (see RESERVED_NAMES). */
export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name) || RESERVED_PREFIXES.some((p) => name.startsWith(p));
}

/** A POSIX shell variable name: what `$name` can reach. Other names are not exported. */
const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * execve(2) limits one `NAME=value` string to 32 pages (MAX_ARG_STRLEN, 128 KiB) and all of argv + environment
 * together to a quarter of the stack limit (ARG_MAX, 2 MiB by default). A value over the first limit, or the
 * largest values while the parameters together exceed PARAMS_ENV_BUDGET, are written to a file instead, whose
 * path is in `<NAME>_FILE` (and `<NAME>` is unset): E2BIG would otherwise stop every step, used or not.
 */
export const MAX_ENV_STRING_BYTES = 128 * 1024;
export const PARAMS_ENV_BUDGET = 1024 * 1024;

/** Why a parameter is not exported as its own variable, and what the step gets instead. */
export interface EnvNotice {
  name: string;
  reason: 'not-a-shell-name' | 'reserved' | 'set-by-runner' | 'too-large' | 'nul';
  /** For `too-large`: the variable holding the path of the file with the value (unless taken). */
  fileVariable?: string;
  bytes?: number;
}

export interface ParamsEnv {
  vars: Record<string, string>;
  notices: EnvNotice[];
}

/**
 * The environment variables a shell task gets for its parameters: every json/metric parameter under its own
 * name (object parameters are not passed), then the iteration variables (map `iterate_as`, loop `index_as`),
 * which win on a clash. Not exported (each with a notice): names that cannot be shell variables, reserved
 * names (isReservedName), names the step's environment already has (`taken`: the runner's variables, the
 * step's secrets, ours); values too large for execve go to a file (MAX_ENV_STRING_BYTES).
 */
export function parametersEnvironment(
  params: Parameters,
  iterVars: Record<string, unknown> = {},
  taken: Readonly<Record<string, string | undefined>> = {},
  opts: { writeFiles?: boolean } = {},
): ParamsEnv {
  const values = new Map<string, string>();
  const notices: EnvNotice[] = [];
  const consider = (name: string, value: string) => {
    const reason = !SHELL_NAME.test(name) ? 'not-a-shell-name' : isReservedName(name) ? 'reserved' : Object.prototype.hasOwnProperty.call(taken, name) ? 'set-by-runner' : undefined;
    if (reason) {
      values.delete(name);
      if (!notices.some((n) => n.name === name)) notices.push({ name, reason });
      return;
    }
    values.set(name, value);
  };
  for (const name of Object.keys(params)) {
    const p = params[name]!;
    if (p.kind === 'object') continue;
    consider(name, encodeEnvValue(p.value));
  }
  for (const name of Object.keys(iterVars)) consider(name, encodeEnvValue(iterVars[name]));

  // Too large for one environment string, then the largest first while over the budget.
  const size = (n: string, v: string) => Buffer.byteLength(n) + Buffer.byteLength(v) + 2;
  let total = 0;
  for (const [n, v] of values) total += size(n, v);
  const bySize = [...values].sort((a, b) => size(b[0], b[1]) - size(a[0], a[1]));
  const spill = new Set<string>();
  for (const [n, v] of bySize) {
    // A NUL cannot be in an environment string at all (spawn would refuse every step): it goes to a file too.
    if (size(n, v) > MAX_ENV_STRING_BYTES || total > PARAMS_ENV_BUDGET || v.includes('\0')) {
      spill.add(n);
      total -= size(n, v);
    }
  }
  // No prototype: a parameter named `__proto__` is a name like any other.
  const vars: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [n, v] of values) if (!spill.has(n)) vars[n] = v;
  for (const n of spill) {
    const v = values.get(n)!;
    const fileVariable = `${n}_FILE`;
    const free = !(fileVariable in vars) && !Object.prototype.hasOwnProperty.call(taken, fileVariable) && !isReservedName(fileVariable);
    if (free) vars[fileVariable] = opts.writeFiles === false ? '' : valueFile(v);
    notices.push({ name: n, reason: v.includes('\0') ? 'nul' : 'too-large', fileVariable: free ? fileVariable : undefined, bytes: Buffer.byteLength(v) });
  }
  return { vars, notices };
}

/** `parametersEnvironment(...).vars` (names and values only). */
export function paramsToEnv(params: Parameters, iterVars: Record<string, unknown> = {}, taken: Readonly<Record<string, string | undefined>> = {}): Record<string, string> {
  return parametersEnvironment(params, iterVars, taken).vars;
}

/** One line per notice, as a step's output shows it. */
export function describeNotice(n: EnvNotice): string {
  switch (n.reason) {
    case 'not-a-shell-name':
      return `parameter ${JSON.stringify(n.name)} is not exported: it cannot be a shell variable name (letters, digits and '_', not starting with a digit)`;
    case 'reserved':
      return `parameter '${n.name}' is not exported: the name is reserved (it would change how programs start, or it is the runner's or runnable's own)`;
    case 'set-by-runner':
      return `parameter '${n.name}' is not exported: the step's environment already sets it (a runner variable or a secret), and parameters never override it`;
    case 'nul':
      return n.fileVariable
        ? `parameter '${n.name}' contains a NUL character, which no environment variable can hold: '${n.name}' is unset; its value is in the file named by $${n.fileVariable}`
        : `parameter '${n.name}' contains a NUL character and '${n.name}_FILE' is taken: it is not passed`;
    case 'too-large':
      return n.fileVariable
        ? `parameter '${n.name}' (${n.bytes} bytes) is too large for the environment: '${n.name}' is unset; its value is in the file named by $${n.fileVariable}`
        : `parameter '${n.name}' (${n.bytes} bytes) is too large for the environment and '${n.name}_FILE' is taken: it is not passed`;
  }
}

/**
 * What `validate` can say ahead of a run about the initial parameters: names that will not be exported and
 * values too large for the environment (the runner's own variables are not known then). Writes nothing.
 */
export function parameterEnvironmentWarnings(params: Parameters): string[] {
  return parametersEnvironment(params, {}, {}, { writeFiles: false }).notices.map(describeNotice);
}

const warned = new Set<string>();

/**
 * The environment of a shell step: the step's own environment (already scrubbed, with its secrets and
 * RUNNABLE_* set) plus its parameters, which never override it. Each notice is written to the step's stderr,
 * once per process (a 10,000-item map says it once).
 */
export function shellStepEnvironment(inv: Pick<TaskInvocation, 'env' | 'parameters' | 'iterVariables' | 'output'>): Record<string, string> {
  const { vars, notices } = parametersEnvironment(inv.parameters, inv.iterVariables, inv.env);
  for (const n of notices) {
    const line = describeNotice(n);
    if (warned.has(line)) continue;
    warned.add(line);
    inv.output.write('stderr', `[runnable] warning: ${line}\n`);
  }
  return { ...inv.env, ...vars };
}

/** Values written to files, by content: a map's items share one file per distinct large value. */
const valueFiles = new Map<string, string>();

function valueFile(value: string): string {
  let file = valueFiles.get(value);
  if (file === undefined) {
    file = tempPath('.value');
    writeFileSync(file, value, { mode: 0o600 });
    if (valueFiles.size >= 64) valueFiles.clear();
    valueFiles.set(value, file);
  }
  return file;
}
