/**
 * Submitting a compiled Workflow (argo-target.md §6.3) with @kubernetes/client-node's CustomObjectsApi,
 * `fieldValidation: Strict`; transport failures are retried, and an ambiguous create (the connection died
 * after the request was sent) is resolved by looking the workflow up by its submission label before trying
 * again, so a retry never starts a second run. `stopWorkflow` sends `spec.shutdown: Stop` as a merge patch.
 * client-node is loaded with `import()` here, never at CLI start-up.
 */
import { randomUUID } from 'node:crypto';
import { RemoteServiceError } from '../errors.js';
import { validateManifest } from './validate.js';
import { ManifestError } from '../errors.js';
import { connect, GROUP, PLURAL, VERSION, describe, statusOf, withRetry, type KubeTarget, type RetryOptions } from './kube.js';

export const SUBMISSION_LABEL = 'runnable-action/submission';

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

type Obj = Record<string, any>;

export async function submitWorkflow(manifest: Record<string, unknown>, opts: SubmitOptions = {}): Promise<SubmittedWorkflow> {
  if (manifest.kind !== 'Workflow' && manifest.kind !== 'CronWorkflow') throw new ManifestError([`cannot submit kind ${String(manifest.kind)}`]);
  const problems = validateManifest(manifest);
  if (problems.length) throw new ManifestError(problems);
  const kube = await connect(opts);
  const plural = manifest.kind === 'CronWorkflow' ? 'cronworkflows' : PLURAL;
  const submission = randomUUID();
  const body: Obj = structuredClone(manifest);
  body.metadata = { ...(body.metadata ?? {}), labels: { ...(body.metadata?.labels ?? {}), [SUBMISSION_LABEL]: submission } };
  // One namespace rule: --namespace, else the manifest's metadata.namespace, else the kubeconfig
  // context's, else `default`. The body carries the chosen one: the API server refuses a body whose namespace
  // differs from the request's.
  const namespace = opts.namespace ?? body.metadata.namespace ?? kube.namespace;
  if (opts.namespace || body.metadata.namespace) body.metadata.namespace = namespace;
  let ambiguous = false;
  const create = async (): Promise<Obj> => {
    try {
      return (await kube.api.createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural, body, fieldValidation: 'Strict', ...(opts.dryRun ? { dryRun: 'All' } : {}) })) as Obj;
    } catch (err) {
      // No HTTP status: the request may have reached the server.
      if (statusOf(err) === undefined) ambiguous = true;
      throw err;
    }
  };
  const lookUp = async (): Promise<Obj | undefined> => {
    if (!ambiguous || opts.dryRun) return undefined;
    try {
      const list = (await kube.api.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural, labelSelector: `${SUBMISSION_LABEL}=${submission}` })) as { items?: Obj[] };
      return list.items?.[0];
    } catch {
      return undefined;
    }
  };
  let created: Obj;
  try {
    created = await withRetry(`creating the ${String(manifest.kind)} in namespace ${namespace}`, create, opts.retry, opts.signal, lookUp);
  } catch (err) {
    if (err instanceof RemoteServiceError && err.status === 409) {
      throw new RemoteServiceError(`${String(manifest.kind)} ${String(body.metadata.name)} already exists in ${namespace}: ${describe((err as Error).cause)}`, 'kubernetes', 409, { cause: err });
    }
    throw err;
  }
  const name = String(created.metadata?.name ?? '');
  const out: SubmittedWorkflow = { name, namespace, uid: String(created.metadata?.uid ?? ''), resourceVersion: String(created.metadata?.resourceVersion ?? ''), object: created };
  if (opts.argoServerUrl) out.uiUrl = `${opts.argoServerUrl.replace(/\/+$/, '')}/${manifest.kind === 'CronWorkflow' ? 'cron-workflows' : 'workflows'}/${namespace}/${name}`;
  return out;
}

export interface StopOptions extends KubeTarget {
  /** `Stop` runs exit handlers; `Terminate` does not. @default Stop */
  strategy?: 'Stop' | 'Terminate';
  retry?: RetryOptions;
}

/** Asks Argo to stop a workflow: merge patch `{"spec":{"shutdown":"Stop"}}`. A missing workflow is not an error. */
export async function stopWorkflow(name: string, opts: StopOptions = {}): Promise<void> {
  const kube = await connect(opts);
  const { setHeaderOptions, PatchStrategy } = kube.k8s;
  const namespace = opts.namespace ?? kube.namespace;
  try {
    await withRetry(
      `stopping workflow ${name}`,
      () =>
        kube.api.patchNamespacedCustomObject(
          { group: GROUP, version: VERSION, namespace, plural: PLURAL, name, body: { spec: { shutdown: opts.strategy ?? 'Stop' } } },
          setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
        ),
      opts.retry,
    );
  } catch (err) {
    if (err instanceof RemoteServiceError && err.status === 404) return;
    throw err;
  }
}
