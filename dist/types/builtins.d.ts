/**
 * Node built-ins that some commands never need, taken on first use instead of imported: loading `node:crypto`
 * costs 8–13 ms of every start and `node:child_process` (with net and dgram) 3–7 ms (`perf stat -r 30` of
 * `node -e` with and without them), and the Action's `validate`, `runnable validate` and `--version` use
 * neither. (`node:fs/promises` is not worth it: any ES module import of `node:fs` loads it, as Node builds that
 * module's namespace.) Types stay static imports.
 */
export declare const builtin: <T>(id: string) => T;
export declare const nodeCrypto: () => typeof import("node:crypto");
export declare const nodeChildProcess: () => typeof import("node:child_process");
