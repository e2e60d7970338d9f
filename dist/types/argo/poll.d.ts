import { type KubeTarget, type RetryOptions } from './kube.js';
import { type StepRow } from './status.js';
type Obj = Record<string, any>;
export interface PollOptions extends KubeTarget {
    /** Called when the per-step rows change (and once at the end). */
    onProgress?: (rows: StepRow[], workflow: Obj) => void;
    /** Cancels: the workflow is stopped, then awaited for `stopGraceMs`. */
    signal?: AbortSignal;
    /** Use watches (default) or only GET polling. */
    watch?: boolean;
    /** Server-side watch timeout. @default 60 */
    watchTimeoutSeconds?: number;
    /** GET interval when polling. @default 3000 */
    intervalMs?: number;
    /** Give up after this long (the workflow keeps running). @default none */
    deadlineMs?: number;
    stopGraceMs?: number;
    retry?: RetryOptions;
}
export interface PollResult {
    name: string;
    namespace: string;
    phase: string;
    message?: string;
    workflow: Obj;
    rows: StepRow[];
    cancelled: boolean;
    /** The workflow was deleted after it finished (TTL): `workflow` is the last state seen. */
    deleted?: boolean;
}
export declare function pollWorkflow(name: string, opts?: PollOptions): Promise<PollResult>;
export {};
