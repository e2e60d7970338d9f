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
import { compileCommand, type CompileOptions } from './compile.js';

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

export async function submitCommand(opts: SubmitCommandOptions): Promise<SubmitCommandResult> {
  const compiled = await compileCommand({ ...opts, outputFile: '-' });
  const manifest = compiled.manifest as { spec?: { arguments?: { parameters?: { name: string; value?: string }[] } } };
  if (opts.runId) {
    for (const p of manifest.spec?.arguments?.parameters ?? []) if (p.name === 'run_id') p.value = opts.runId;
  }
  const { submitWorkflow } = await import('../argo/submit.js');
  const submitted = await submitWorkflow(compiled.manifest, { ...opts.kube, signal: opts.signal, argoServerUrl: opts.argoServerUrl });
  opts.onSubmitted?.(submitted);
  if (!opts.wait) return { submitted, yaml: compiled.yaml };
  const { pollWorkflow } = await import('../argo/poll.js');
  const result = await pollWorkflow(submitted.name, {
    ...opts.kube,
    namespace: submitted.namespace,
    signal: opts.signal,
    onProgress: (rows) => opts.onProgress?.(rows),
  });
  return { submitted, result, yaml: compiled.yaml };
}
