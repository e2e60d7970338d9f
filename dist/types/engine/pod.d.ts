import type { Status } from '../runlog/model.js';
import type { RunOptions } from './types.js';
export interface SingleNodeOptions extends RunOptions {
    runId: string;
    /** Template internal name, spaces written as `%`. */
    stepPath: string;
    /** runnable's `--iter-variable` JSON. */
    iterVariable?: string;
    /** Continue inline through following stubs and terminals. @default true */
    followInline?: boolean;
    /** `argo`: the layout of src/argo/compile.ts (one attempt per call, JSON-text map items...). */
    orchestrator?: string;
    /** Argo's `{{retries}}` (0-based) when the orchestrator retries the step. */
    retryIndex?: number;
    /** After success, when the route reaches a composite, fan it out here and write its output to this file. */
    fanOutNext?: string;
    /** Move the run log store and the file-system catalog under this folder (runnable's pvc_for_runnable). */
    storesOn?: string;
    /** The exit handler's workflow status (`{{workflow.status}}`). */
    workflowStatus?: string;
}
export interface SingleNodeResult {
    runId: string;
    step: string;
    status: Status;
    /** Exit code for the orchestrator: non-zero when the node failed or the graph ended at `fail`. */
    exitCode: number;
}
export declare function executeSingleNodeCommand(opts: SingleNodeOptions): Promise<SingleNodeResult>;
export interface FanOptions extends SingleNodeOptions {
    /** `exit`: the workflow's exit handler (STEP is ignored). */
    direction: 'in' | 'out' | 'exit';
    /** Where `fan out` (and a loop's `fan in`) writes its JSON array. @default /tmp/output.txt */
    outputFile?: string;
}
export interface FanResult extends SingleNodeResult {
    /** What was written to the output file. */
    output?: unknown;
}
export declare function fanCommand(opts: FanOptions): Promise<FanResult>;
