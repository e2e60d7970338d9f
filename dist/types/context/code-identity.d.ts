import type { CodeIdentity } from '../runlog/model.js';
export declare function gitCodeIdentity(cwd: string): Promise<CodeIdentity[]>;
/** Identities passed in by an orchestrator (e.g. the Argo workflow uid). */
export declare function envCodeIdentities(env: Record<string, string | undefined>): CodeIdentity[];
