/**
 * Credentials of the runner that a step never receives unless it lists them (SECURITY.md guarantee 6). Used
 * by the step environment (tasks/env.ts), node tasks' `process.env` view, and the Action's start-up, which
 * keeps them out of its own initial environment (action/seal-environment.ts).
 */
/**
 * GitHub runtime and OIDC credentials: never passed to a step process. (`GITHUB_TOKEN` is handled apart:
 * passed only when the step lists it under `secrets`.)
 */
export declare const RUNTIME_CREDENTIALS: readonly string[];
/** True for a variable a step does not get unless it lists it under `secrets` (the runtime ones: never). */
export declare function isWithheld(key: string, allowed: ReadonlySet<string>): boolean;
