import { type KubeTarget, type RetryOptions } from './kube.js';
export declare const SUBMISSION_LABEL = "runnable-action/submission";
export interface SubmitOptions extends KubeTarget {
    /** Server-side validation only (`dryRun=All`): nothing is stored. */
    dryRun?: boolean;
    retry?: RetryOptions;
    signal?: AbortSignal;
    /** Base URL of the Argo Server UI, for the returned link. */
    argoServerUrl?: string;
}
export interface SubmittedWorkflow {
    name: string;
    namespace: string;
    uid: string;
    resourceVersion: string;
    /** `<argo server>/workflows/<ns>/<name>` when `argoServerUrl` was given. */
    uiUrl?: string;
    object: Record<string, unknown>;
}
export declare function submitWorkflow(manifest: Record<string, unknown>, opts?: SubmitOptions): Promise<SubmittedWorkflow>;
export interface StopOptions extends KubeTarget {
    /** `Stop` runs exit handlers; `Terminate` does not. @default Stop */
    strategy?: 'Stop' | 'Terminate';
    retry?: RetryOptions;
}
/** Asks Argo to stop a workflow: merge patch `{"spec":{"shutdown":"Stop"}}`. A missing workflow is not an error. */
export declare function stopWorkflow(name: string, opts?: StopOptions): Promise<void>;
