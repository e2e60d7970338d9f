type Obj = Record<string, unknown>;
/** True when `stored` (runnable's `run_config.dag`) describes the same graph as `ours` (our dagDump). */
export declare function sameDagAsRunnable(stored: unknown, ours: Obj): boolean;
export {};
