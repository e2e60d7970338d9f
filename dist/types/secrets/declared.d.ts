/**
 * The secret names a run declares: every `secrets: [...]` list of its tasks (at any depth of composites) and of
 * the mocked executor's patches. The engine masks all of their values from the start of the run — a step that
 * runs before the declaring one (or a retry that skips it) must not print an env secret in clear.
 */
export declare function declaredSecretNames(...roots: unknown[]): string[];
