import type { CodeIdentity } from '../runlog/model.js';
/** The identity is settled this long after the first ask, whatever git does. */
export declare const DEADLINE_MS = 1500;
/**
 * The git identity of `cwd`. The first ask starts git; every ask returns at the latest DEADLINE_MS after the
 * first one: with the settled identity, or — git still busy — the commit read from the repository's files,
 * `dependable: false` and a message saying the work tree was not checked yet. Asks after git settles get
 * the settled identity at once.
 */
export declare function gitCodeIdentity(cwd: string, deadlineMs?: number): Promise<CodeIdentity[]>;
/** Identities passed in by an orchestrator (e.g. the Argo workflow uid). */
export declare function envCodeIdentities(env: Record<string, string | undefined>): CodeIdentity[];
