/**
 * Environment hygiene for task processes (semantics §19 b, platform doc §8.2) and the parameter → env
 * encoding shell tasks use (semantics §4.3). Pure functions: the context reads `process.env` and calls these.
 */
import type { Parameters } from '../runlog/model.js';

/**
 * GitHub runtime and OIDC credentials: never passed to a step process. (`GITHUB_TOKEN` is handled apart:
 * passed only when the step lists it under `secrets`.)
 */
export const RUNTIME_CREDENTIALS: readonly string[] = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_CACHE_SERVICE_V2',
];

const RUNTIME_SET = new Set(RUNTIME_CREDENTIALS);

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

/** True for a variable a step does not get unless it lists it under `secrets` (the runtime ones: never). */
export function isWithheld(key: string, allowed: ReadonlySet<string>): boolean {
  if (RUNTIME_SET.has(key)) return true;
  return !allowed.has(key) && (key === 'GITHUB_TOKEN' || key.startsWith('INPUT_'));
}

/** Strings raw, everything else JSON-encoded (semantics §4.3): `{"x": 10}`, `[1, 2]`, `1`, `true`, `null`. */
export function encodeEnvValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value) ?? '';
}

/**
 * The environment variables a shell task gets for its parameters: every json/metric parameter under its own
 * name (object parameters are not passed), then the iteration variables (map `iterate_as`, loop `index_as`),
 * which win on a clash. Names that cannot be environment variable names (empty, containing `=` or NUL) are
 * skipped.
 */
export function paramsToEnv(params: Parameters, iterVars: Record<string, unknown> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(params)) {
    const p = params[name]!;
    if (p.kind === 'object' || !validEnvName(name)) continue;
    out[name] = encodeEnvValue(p.value);
  }
  for (const name of Object.keys(iterVars)) {
    if (!validEnvName(name)) continue;
    out[name] = encodeEnvValue(iterVars[name]);
  }
  return out;
}

function validEnvName(name: string): boolean {
  return name.length > 0 && !name.includes('=') && !name.includes('\0');
}
