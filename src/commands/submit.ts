/**
 * `runnable submit` (and the Action's `submit`): compile the pipeline to an Argo Workflow, create it with
 * the Kubernetes API (strict field validation), and with `wait` poll it to the end, reporting step rows as
 * they change. Cancelling (the signal) stops the workflow. Transient API failures are retried inside
 * src/argo (backoff), so only a definite answer ends the command.
 *
 * The Argo Server (`argo_server: {url, token_env}` in the argo executor config, or `argoServer` here) is where
 * offloaded node status is read; its token comes from the environment variable the config names (default
 * ARGO_TOKEN) and goes nowhere else. With `wait`, a workflow that ended without its exit handler settling the
 * run log (Terminate) gets a finaliser Workflow (src/argo/finalise.ts). `notes` says both, for the edges.
 */
import { RemoteServiceError } from '../errors.js';
import type { KubeTarget, RetryOptions } from '../argo/kube.js';
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
  /** Base URL of the Argo UI for links; default: the Argo Server's URL. */
  argoServerUrl?: string;
  /** The Argo Server's URL, overriding the config's `argo_server.url`. */
  argoServer?: string;
  /** Called with the Argo Server token before it is used (the Action registers it as a secret). */
  onSecret?(value: string): void;
  signal?: AbortSignal;
  onSubmitted?(wf: SubmittedWorkflow): void;
  onProgress?(rows: StepRow[]): void;
}

export interface SubmitCommandResult {
  submitted: SubmittedWorkflow;
  /** Present with `wait`. */
  result?: PollResult;
  yaml: string;
  /** Lines for the user: node status offloaded (and whether it was read), the run log settled by a finaliser. */
  notes: string[];
}

export async function submitCommand(opts: SubmitCommandOptions): Promise<SubmitCommandResult> {
  const compiled = await compileCommand({ ...opts, outputFile: '-' });
  const manifest = compiled.manifest as { spec?: { arguments?: { parameters?: { name: string; value?: string }[] } } };
  if (opts.runId) {
    for (const p of manifest.spec?.arguments?.parameters ?? []) if (p.name === 'run_id') p.value = opts.runId;
  }
  const argoServer = await argoServerOf(opts);
  const { submitWorkflow } = await import('../argo/submit.js');
  const submitted = await submitWorkflow(compiled.manifest, { ...opts.kube, signal: opts.signal, argoServerUrl: opts.argoServerUrl ?? argoServer?.url, retry: unreachableFailsFast() });
  opts.onSubmitted?.(submitted);
  if (!opts.wait) return { submitted, yaml: compiled.yaml, notes: [] };
  const { pollWorkflow } = await import('../argo/poll.js');
  const result = await pollWorkflow(submitted.name, {
    ...opts.kube,
    namespace: submitted.namespace,
    signal: opts.signal,
    onProgress: (rows) => opts.onProgress?.(rows),
    ...(argoServer ? { argoServer } : {}),
    finalise: true,
  });
  return { submitted, result, yaml: compiled.yaml, notes: submitNotes(result) };
}

/** The Argo Server from the flag or the config; its token from the environment variable the config names. */
async function argoServerOf(opts: SubmitCommandOptions): Promise<{ url: string; token?: string } | undefined> {
  const { parseArgoExecutorConfig } = await import('../config/argo.js');
  const configured = parseArgoExecutorConfig(opts.loaded.config.pipelineExecutor.config).argoServer;
  const url = opts.argoServer ?? configured?.url;
  if (!url) return undefined;
  const token = opts.loaded.env[configured?.tokenEnv ?? 'ARGO_TOKEN'] || undefined;
  if (token) {
    opts.onSecret?.(token);
    // "Bearer <token>" is the usual ARGO_TOKEN form: the bare token is secret too.
    const bare = token.replace(/^bearer\s+/i, '');
    if (bare !== token) opts.onSecret?.(bare);
  }
  return { url, ...(token ? { token } : {}) };
}

/** What the summary must say beyond the phase and the rows. */
export function submitNotes(r: PollResult): string[] {
  const notes: string[] = [];
  if (r.offloaded) notes.push(`node status offloaded: ${r.offloaded.message}`);
  const f = r.finalised;
  if (f) {
    if (f.phase === 'Succeeded') notes.push(`run log settled by finaliser workflow ${f.workflow}: ${f.reason}`);
    else notes.push(`the run log may still show steps PROCESSING: ${f.reason}, and the finaliser workflow ${f.workflow ? `${f.workflow} ended ${f.phase}` : 'could not be submitted'}${f.error ? ` (${f.error})` : ''}; 'runnable retry' settles it`);
  }
  return notes;
}

/** Connection errors that mean the request never reached a server (nothing was created). */
const NEVER_REACHED = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|UND_ERR_INVALID_ARG|ERR_INVALID_URL|ERR_SOCKET_BAD_PORT)$/;
/** Of those, the ones another try cannot change. */
const DEFINITE = /^(ENOTFOUND|UND_ERR_INVALID_ARG|ERR_INVALID_URL|ERR_SOCKET_BAD_PORT)$/;

function connectCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string' && NEVER_REACHED.test(e.code)) return e.code;
    // fetch refuses the ports browsers block (1, 9, 22, 25, …) with this message and no code.
    if ((e as { message?: unknown }).message === 'bad port') return 'ERR_SOCKET_BAD_PORT';
  }
  return undefined;
}

/**
 * Retries as src/argo does (backoff for a busy or flaky API), except when the API server has never been
 * reached: a wrong address, a cluster that is down or a VPN that is off is said after the third try
 * (about a second of backoff), not after the full backoff (22 s of silence).
 */
export function unreachableFailsFast(base: RetryOptions = {}): RetryOptions {
  let reached = false;
  return {
    ...base,
    onRetry: (info) => {
      const code = connectCode(info.error);
      if (!code) reached = true;
      else if (!reached && (info.attempt > 2 || DEFINITE.test(code))) {
        const e = info.error as { message?: string };
        throw new RemoteServiceError(`cannot reach the Kubernetes API server (${code}${info.attempt > 1 ? `; ${info.attempt} tries` : ''}): check the kubeconfig's server address and that the cluster is up${e.message ? ` [${e.message}]` : ''}`, 'kubernetes', undefined, { cause: info.error });
      }
      base.onRetry?.(info);
    },
  };
}
