import type { Status } from '../runlog/model.js';
export interface ArgoNode {
    id: string;
    name: string;
    displayName?: string;
    type: string;
    templateName?: string;
    phase?: string;
    message?: string;
    boundaryID?: string;
    startedAt?: string | null;
    finishedAt?: string | null;
    children?: string[];
    inputs?: {
        parameters?: {
            name: string;
            value?: string;
        }[];
    };
    outputs?: {
        exitCode?: string;
        parameters?: {
            name: string;
            value?: string;
        }[];
    };
}
export interface StepRow {
    step: string;
    status: Status;
    attempts: number;
    /** Seconds, when the step started; up to now for running steps. */
    duration?: number;
    message?: string;
    /** Argo's phase of the node the row was built from (Succeeded, Failed, Running...). */
    phase: string;
}
export type WorkflowPhase = '' | 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error';
export declare function isFinished(wf: {
    status?: {
        phase?: string;
        finishedAt?: string | null;
    };
} | undefined): boolean;
/** `status.nodes`, decompressing `status.compressedNodes` (gzip, zstd or brotli by magic bytes) when needed. */
export declare function workflowNodes(status: Record<string, unknown> | undefined): Record<string, ArgoNode>;
/** `map%state.map_variable_placeholder.x` + iter → `map state.3.x`. */
export declare function resolveStep(stepPath: string, iterJson: string | undefined): string;
/** One row per step (pods and retried pods), in start order; skipped/omitted tasks are left out. */
export declare function stepRows(workflow: {
    status?: Record<string, unknown>;
} | undefined, now?: number): StepRow[];
/** Messages of the failed pod nodes (what the run log may not have: image pulls, deadlines, evictions). */
export declare function failedNodeMessages(workflow: {
    status?: Record<string, unknown>;
} | undefined): string[];
