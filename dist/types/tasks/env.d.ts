import type { Parameters } from '../runlog/model.js';
import type { TaskInvocation } from './task.js';
export { RUNTIME_CREDENTIALS, isWithheld } from '../secrets/withheld.js';
/**
 * Copies `env` without the credentials a step was not given:
 * - the GitHub runtime/OIDC variables above, always;
 * - `GITHUB_TOKEN`, unless listed in `allowedSecretNames` (the step's `secrets`);
 * - `INPUT_*` (the action's own inputs, which may carry kubeconfigs or tokens), unless listed.
 * Undefined values are dropped. Everything else (PATH, HOME, RUNNER_*, GITHUB_* context, GITHUB_OUTPUT...)
 * is inherited, as a `run:` step would see it.
 */
export declare function scrubEnvironment(env: Record<string, string | undefined>, allowedSecretNames?: readonly string[]): Record<string, string>;
/** Strings raw, everything else as Python's json.dumps (semantics §4.3): `{"x": 10}`, `[1, 2]`, `1.0`, `true`. */
export declare function encodeEnvValue(value: unknown): string;
/** True for a name a parameter may never set (see RESERVED_NAMES). */
export declare function isReservedName(name: string): boolean;
/**
 * execve(2) limits one `NAME=value` string to 32 pages (MAX_ARG_STRLEN, 128 KiB) and all of argv + environment
 * together to a quarter of the stack limit (ARG_MAX, 2 MiB by default). A value over the first limit, or the
 * largest values while the parameters together exceed PARAMS_ENV_BUDGET, are written to a file instead, whose
 * path is in `<NAME>_FILE` (and `<NAME>` is unset): E2BIG would otherwise stop every step, used or not.
 */
export declare const MAX_ENV_STRING_BYTES: number;
export declare const PARAMS_ENV_BUDGET: number;
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
export declare function parametersEnvironment(params: Parameters, iterVars?: Record<string, unknown>, taken?: Readonly<Record<string, string | undefined>>, opts?: {
    writeFiles?: boolean;
}): ParamsEnv;
/** `parametersEnvironment(...).vars` (names and values only). */
export declare function paramsToEnv(params: Parameters, iterVars?: Record<string, unknown>, taken?: Readonly<Record<string, string | undefined>>): Record<string, string>;
/** One line per notice, as a step's output shows it. */
export declare function describeNotice(n: EnvNotice): string;
/**
 * What `validate` can say ahead of a run about the initial parameters: names that will not be exported and
 * values too large for the environment (the runner's own variables are not known then). Writes nothing.
 */
export declare function parameterEnvironmentWarnings(params: Parameters): string[];
/**
 * The environment of a shell step: the step's own environment (already scrubbed, with its secrets and
 * RUNNABLE_* set) plus its parameters, which never override it. Each notice is written to the step's stderr,
 * once per process (a 10,000-item map says it once).
 */
export declare function shellStepEnvironment(inv: Pick<TaskInvocation, 'env' | 'parameters' | 'iterVariables' | 'output'>): Record<string, string>;
