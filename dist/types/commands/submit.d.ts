/**
 * `runnable submit` (and the Action's `submit`): compile the pipeline to an Argo Workflow, create it with
 * the Kubernetes API (strict field validation), and with `wait` poll it to the end, reporting step rows as
 * they change. Cancelling (the signal) stops the workflow. Transient API failures are retried inside
 * src/argo (backoff), so only a definite answer ends the command.
 */
import type { KubeTarget } from '../argo/kube.js';
import type { PollResult } from '../argo/poll.js';
import type { StepRow } from '../argo/status.js';
import type { SubmittedWorkflow } from '../argo/submit.js';
import { type CompileOptions } from './compile.js';
export interface SubmitCommandOptions extends Omit<CompileOptions, 'outputFile'> {
    /** Run id for the run log; default: the workflow's uid (`{{workflow.uid}}`). */
    runId?: string;
    kube: KubeTarget;
    /** Poll until the workflow ends. */
    wait: boolean;
    argoServerUrl?: string;
    signal?: AbortSignal;
    onSubmitted?(wf: SubmittedWorkflow): void;
    onProgress?(rows: StepRow[]): void;
}
export interface SubmitCommandResult {
    submitted: SubmittedWorkflow;
    /** Present with `wait`. */
    result?: PollResult;
    yaml: string;
}
export declare function submitCommand(opts: SubmitCommandOptions): Promise<SubmitCommandResult>;
