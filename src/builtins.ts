/**
 * Node built-ins that some commands never need, taken on first use instead of imported: `node:crypto`,
 * `node:fs/promises` (which brings streams and readline) and `node:child_process` (net, dgram) are ≈ 60
 * internal modules and 20–26 ms of CPU at every start (measured: `node -e` with and without them), and the
 * Action's `validate`, `runnable validate` and `--version` use none of them. Types stay static imports.
 */
export const builtin = <T>(id: string): T => process.getBuiltinModule(id) as T;

export const nodeCrypto = (): typeof import('node:crypto') => builtin('node:crypto');
export const nodeFsPromises = (): typeof import('node:fs/promises') => builtin('node:fs/promises');
export const nodeChildProcess = (): typeof import('node:child_process') => builtin('node:child_process');
