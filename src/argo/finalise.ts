/**
 * Watcher-side finalisation of a run whose exit handler did not settle it.
 *
 * Every compiled Workflow has `spec.onExit: runnable-exit` (`runnable fan RUN - exit --workflow-status S`), which
 * marks whatever is still PROCESSING as FAIL and gives the run its status. Argo does not always run it:
 * - **Terminate** skips it by design: operator.go `operate` runs the exit hook only
 *   `if onExitNode != nil || woc.GetShutdownStrategy().ShouldExecute(true)`, and workflow_types.go
 *   `ShutdownStrategy.ShouldExecute` returns false for `Terminate` even for exit-handler pods (a Terminate that
 *   arrives while the handler runs kills its pod the same way: operator.go `podReconciliation` →
 *   exec_control.go `applyExecutionControl`);
 * - the workflow can end Error before it gets there (operator.go `markWorkflowError`: "workflow is longer than
 *   maximum allowed size", an invalid spec), or the handler's own pod can fail (image pull, eviction).
 * The run log then stays PROCESSING until `runnable retry`.
 *
 * So the watcher (`runnable submit --wait`, the Action's submit) checks the finished workflow's `<wf>.onExit`
 * node and, when the handler did not run or did not succeed, submits a **finaliser Workflow**: the same exit
 * template (image, env, volumes, service account, node selection) as its entrypoint, with the workflow's
 * final phase in place of `{{workflow.status}}` and the run id resolved, and waits for it.
 *
 * Why a Workflow and not settling the run log from the watcher: the run log lives on a volume in the cluster
 * (a PVC, `pvc_for_runnable`), which the watcher — a CI runner or a laptop — generally cannot reach; a path of
 * the same name on the watcher's machine (`/mnt/run_log_store`) may exist and be another filesystem, so
 * guessing "reachable" could settle the wrong store or create a stray run. The finaliser runs exactly the code
 * Argo would have run, where it would have run it. The handler is idempotent (it settles only what is
 * unsettled), so finalising when in doubt (node status offloaded and unreadable) is safe.
 */
import { EXIT_TEMPLATE } from './compile.js';
import { isFinished, workflowNodes } from './status.js';

type Obj = Record<string, any>;

/** Label on a finaliser Workflow naming the workflow it finalises. */
export const FINALISES_LABEL = 'runnable-action/finalises';

export interface Finalisation {
  /** `<namespace>/<name>` of the finaliser Workflow (empty when it could not be submitted). */
  workflow: string;
  /** Its final phase, or `NotSubmitted` / `Unfinished`. */
  phase: string;
  /** Why the run needed it. */
  reason: string;
  error?: string;
}

/**
 * Why a finished workflow's run log may be unsettled (its exit handler did not run or did not succeed), or
 * undefined when it is settled or the workflow is not one this compiler produced (no `runnable-exit`).
 */
export function finalisationReason(wf: Obj | undefined): string | undefined {
  if (!wf || !isFinished(wf)) return undefined;
  const phase = String(wf.status?.phase ?? '');
  // Succeeded implies the handler ran and succeeded (operator.go operate: a failed handler fails the workflow).
  if (phase === 'Succeeded') return undefined;
  const templates = (wf.spec?.templates ?? []) as Obj[];
  if (wf.spec?.onExit !== EXIT_TEMPLATE || !templates.some((t) => t.name === EXIT_TEMPLATE)) return undefined;
  const ended = `the workflow ended ${phase}${wf.status?.message ? ` (${String(wf.status.message)})` : ''}`;
  let nodes: Record<string, { name?: string; phase?: string; message?: string }>;
  try {
    nodes = workflowNodes(wf.status);
  } catch {
    nodes = {};
  }
  if (!Object.keys(nodes).length) return `${ended} and its node status is not readable, so whether its exit handler ran is unknown`;
  const name = `${String(wf.metadata?.name ?? '')}.onExit`;
  const exit = Object.values(nodes).find((n) => n.name === name);
  if (!exit) return `${ended} without running its exit handler${/Terminate/.test(String(wf.status?.message ?? '')) ? ' (Argo runs none on Terminate)' : ''}`;
  if (exit.phase !== 'Succeeded') return `${ended} and its exit handler ended ${exit.phase ?? 'unfinished'}${exit.message ? `: ${exit.message}` : ''}`;
  return undefined;
}

/** The finaliser Workflow for a finished workflow `wf` (see the file comment). */
export function finaliserManifest(wf: Obj): Obj {
  const spec = (wf.spec ?? {}) as Obj;
  const name = String(wf.metadata?.name ?? 'runnable');
  const uid = String(wf.metadata?.uid ?? '');
  const phase = String(wf.status?.phase ?? 'Failed');
  // What the controller resolved in the original workflow must keep its value here: the run id and the code id.
  const resolve = (text: string) => text.split('{{workflow.uid}}').join(uid).split('{{workflow.name}}').join(name);
  const exit = structuredClone((spec.templates as Obj[]).find((t) => t.name === EXIT_TEMPLATE)!);
  const container = exit.container as Obj;
  container.command = (container.command as string[]).map((a) => (a === '{{workflow.status}}' ? phase : a));
  for (const e of (container.env ?? []) as Obj[]) if (typeof e.value === 'string') e.value = resolve(e.value);
  const parameters = ((spec.arguments?.parameters ?? []) as Obj[]).map((p) => (p.name === 'run_id' && typeof p.value === 'string' ? { ...p, value: resolve(p.value) } : p));
  const out: Obj = { entrypoint: EXIT_TEMPLATE, arguments: { parameters } };
  for (const k of ['serviceAccountName', 'nodeSelector', 'tolerations', 'affinity', 'securityContext', 'priorityClassName', 'imagePullSecrets', 'podMetadata', 'podGC', 'volumes'] as const) {
    if (spec[k] !== undefined) out[k] = spec[k];
  }
  out.activeDeadlineSeconds = 3600;
  out.templates = [exit];
  const labels: Record<string, string> = { [FINALISES_LABEL]: name };
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    // generateName prefixes above 58 characters are cut by the API server; keep room for the suffix.
    metadata: { generateName: `${name.slice(0, 45).replace(/-+$/, '')}-finalise-`, ...(wf.metadata?.namespace ? { namespace: wf.metadata.namespace } : {}), labels },
    spec: out,
  };
}
