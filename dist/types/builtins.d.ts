/**
 * Node built-ins that some commands never need, taken on first use instead of imported: `node:crypto`,
 * `node:fs/promises` (which brings streams and readline) and `node:child_process` (net, dgram) are ≈ 60
 * internal modules and 20–26 ms of CPU at every start (measured: `node -e` with and without them), and the
 * Action's `validate`, `runnable validate` and `--version` use none of them. Types stay static imports.
 */
export declare const builtin: <T>(id: string) => T;
export declare const nodeCrypto: () => typeof import("node:crypto");
export declare const nodeFsPromises: () => typeof import("node:fs/promises");
export declare const nodeChildProcess: () => typeof import("node:child_process");
