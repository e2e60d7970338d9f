/**
 * Environment hygiene for task processes (semantics §19 b, platform doc §8.2) and the parameter → env
 * encoding shell tasks use (semantics §4.3). Pure functions: the context reads `process.env` and calls these.
 */
import type { Parameters } from '../runlog/model.js';
/**
 * GitHub runtime and OIDC credentials: never passed to a step process. (`GITHUB_TOKEN` is handled apart:
 * passed only when the step lists it under `secrets`.)
 */
export declare const RUNTIME_CREDENTIALS: readonly string[];
/**
 * Copies `env` without the credentials a step was not given:
 * - the GitHub runtime/OIDC variables above, always;
 * - `GITHUB_TOKEN`, unless listed in `allowedSecretNames` (the step's `secrets`);
 * - `INPUT_*` (the action's own inputs, which may carry kubeconfigs or tokens), unless listed.
 * Undefined values are dropped. Everything else (PATH, HOME, RUNNER_*, GITHUB_* context, GITHUB_OUTPUT...)
 * is inherited, as a `run:` step would see it.
 */
export declare function scrubEnvironment(env: Record<string, string | undefined>, allowedSecretNames?: readonly string[]): Record<string, string>;
/** True for a variable a step does not get unless it lists it under `secrets` (the runtime ones: never). */
export declare function isWithheld(key: string, allowed: ReadonlySet<string>): boolean;
/** Strings raw, everything else JSON-encoded (semantics §4.3): `{"x": 10}`, `[1, 2]`, `1`, `true`, `null`. */
export declare function encodeEnvValue(value: unknown): string;
/**
 * The environment variables a shell task gets for its parameters: every json/metric parameter under its own
 * name (object parameters are not passed), then the iteration variables (map `iterate_as`, loop `index_as`),
 * which win on a clash. Names that cannot be environment variable names (empty, containing `=` or NUL) are
 * skipped.
 */
export declare function paramsToEnv(params: Parameters, iterVars?: Record<string, unknown>): Record<string, string>;
