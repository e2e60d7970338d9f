/**
 * The orchestrator ↔ pod contract (semantics §12, argo-target.md §5): what an orchestrator's pod runs and what
 * it writes back. One place, used by the Argo compiler (to build the container command), the CLI (to read it
 * back) and any other executor that drives pods.
 *
 * A pod runs one of
 *   `runnable execute-single-node RUN_ID STEP --file F [--config-file C] --log-level L --orchestrator argo
 *        [--iter-variable I] [--retry-index N] [--fan-out-next PATH] [--parameters-file P] [--tag T] [--stores-on DIR]`
 *   `runnable fan RUN_ID STEP out|in --file F ... [--iter-variable I] [--output-file PATH] [--fan-out-next PATH] ...`
 *   `runnable fan RUN_ID - exit --file F ... --workflow-status S`   (the workflow's exit handler)
 *
 * **Text through Argo.** Argo substitutes `{{…}}` and evaluates `{{= …}}` (expr with sprig) in every string of a
 * template (util/template/template.go `NewTemplate`: fasttemplate with `{{` `}}`; kind.go `parseTag`: a leading
 * `=` is an expression), workflow argument values included, so user text (step names, tag, file names,
 * parameter values) never reaches the manifest with a `{{` in it:
 * - STEP: runnable's form (spaces as `%`), then `{` → `%{` and `}` → `%}`;
 * - other text arguments: `%` → `%25`, `{` → `%7B`, `}` → `%7D`;
 * - JSON text (iteration variables, parameter values): `{`/`}` inside strings as `\u007b`/`\u007d`.
 * Under `--orchestrator argo` the pod decodes them; without it, arguments are taken as written.
 *
 * **Iteration variables.** runnable's `{"map_variable": {"x": {"value": V}}, "loop_variable": [{"value": i}]}`,
 * plus the Argo form of a map item: `{"index": i}` — the pod reads item i of the map's list from the run log, so
 * no item travels through Argo (its node names, inputs and status stay small whatever the items are).
 *
 * **What a pod writes** (output files, read by Argo as output parameters):
 * - map fan-out: a JSON array of indices `[0,1,…,n-1]` (`[]` when the fan-out failed: the fan-in records it);
 * - conditional fan-out: a token: `b<k>` (k = the branch's position in the pipeline file), `default`, or
 *   `none` (no branch matches, or the fan-out failed) — tokens compare safely in a govaluate `when`;
 * - loop fan-out: `go` (iteration 0 is open) or `stop` (a retry found the loop already succeeded);
 * - loop fan-in after iteration i: the next index `i+1` (iteration i+1 is open) or `stop` (the loop is finished).
 *
 * **Exit code.** Non-zero iff the node itself failed (a task's final attempt; a composite at fan-in) or the
 * route followed inline after it reached `fail`. A failed attempt before the last (`--retry-index N`,
 * N + 1 < max_attempts) exits 1 leaving the step PROCESSING; if the orchestrator then stops retrying, the
 * composite's fan-in or the exit handler settles it.
 */
import { UsageError } from './errors.js';

export type PodVerb = 'execute-single-node' | 'fan';
export type FanDirection = 'in' | 'out' | 'exit';

/** One pod's call. Values may be Argo tags (`{{inputs.parameters.step}}`): they are written as given. */
export interface PodCall {
  verb: PodVerb;
  runId: string;
  /** STEP as it goes on the command line (see {@link encodeStepArg}), or a tag. */
  step: string;
  direction?: FanDirection;
  pipelineFile: string;
  configFile?: string;
  logLevel: string;
  iterVariable?: string;
  retryIndex?: string;
  outputFile?: string;
  fanOutNext?: string;
  parametersFile?: string;
  tag?: string;
  /** Run log store and file-system catalog move under this folder in the pod (runnable's pvc_for_runnable). */
  storesOn?: string;
  /** The exit handler's `{{workflow.status}}`. */
  workflowStatus?: string;
}

/** The container command of a pod call. User text is escaped ({@link encodeText}); tags are kept. */
export function buildPodArgv(call: PodCall): string[] {
  const a = ['runnable', call.verb, call.runId, call.step];
  if (call.verb === 'fan') a.push(call.direction ?? 'out');
  a.push('--file', encodeText(call.pipelineFile));
  if (call.configFile) a.push('--config-file', encodeText(call.configFile));
  a.push('--log-level', call.logLevel, '--orchestrator', 'argo');
  if (call.iterVariable !== undefined) a.push('--iter-variable', call.iterVariable);
  if (call.retryIndex !== undefined) a.push('--retry-index', call.retryIndex);
  if (call.outputFile) a.push('--output-file', call.outputFile);
  if (call.fanOutNext) a.push('--fan-out-next', call.fanOutNext);
  if (call.parametersFile) a.push('--parameters-file', encodeText(call.parametersFile));
  if (call.tag) a.push('--tag', encodeText(call.tag));
  if (call.storesOn) a.push('--stores-on', call.storesOn);
  if (call.workflowStatus !== undefined) a.push('--workflow-status', call.workflowStatus);
  return a;
}

/** Environment every pod gets (values are Argo tags); `first` adds the initial parameters' variables. */
export function buildPodEnv(opts: { initialParameters?: string[]; argValue: (name: string) => string }): { name: string; value: string }[] {
  const env = [
    { name: 'RUNNABLE_CODE_ID_ARGO_WORKFLOW_UID', value: '{{workflow.uid}}' },
    { name: 'RUNNABLE_RETRY_INDICATOR', value: opts.argValue('retry_indicator') },
    { name: 'RUNNABLE_RETRY_RUN_ID', value: opts.argValue('retry_run_id') },
  ];
  for (const name of opts.initialParameters ?? []) env.push({ name: `RUNNABLE_PRM_${name}`, value: opts.argValue(name) });
  return env;
}

/* --------------------------------------------------------------------------------------------- text */

/** Other text arguments: `%`, `{`, `}` percent-encoded, so no `{{` reaches Argo. */
export function encodeText(s: string): string {
  return s.replace(/[%{}]/g, (c) => (c === '%' ? '%25' : c === '{' ? '%7B' : '%7D'));
}

export function decodeText(s: string): string {
  return s.replace(/%(25|7B|7D)/gi, (_m, h: string) => (h === '25' ? '%' : h.toUpperCase() === '7B' ? '{' : '}'));
}

/** STEP: runnable's encoding (spaces as `%`) plus `%{` / `%}` for braces. */
export function encodeStepArg(internalName: string): string {
  return internalName.replace(/ /g, '%').replace(/[{}]/g, (c) => `%${c}`);
}

export function decodeStepArg(arg: string): string {
  return arg.replace(/%([{}])?/g, (_m, brace?: string) => brace ?? ' ');
}

/** JSON text with every brace inside strings escaped: safe to place in a manifest. */
export function argoJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => v)
    .replace(/"(?:[^"\\]|\\.)*"/g, (str) => str.replace(/[{}]/g, (c) => (c === '{' ? '\\u007b' : '\\u007d')));
}

/* --------------------------------------------------------------------------------- iteration variables */

/** `--iter-variable` text with the given expressions (Argo tags or numbers) spliced in, outermost first. */
export function iterVariableText(maps: { as: string; index: string }[], loops: string[]): string {
  const mv = maps.map((m) => `${argoJson(m.as)}:{"index":${m.index}}`).join(',');
  const lv = loops.map((l) => `{"value":${l}}`).join(',');
  return `{"map_variable":{${mv}},"loop_variable":[${lv}]}`;
}

/** A map variable is a value (runnable's form) or an index into the map's list (the Argo form). */
export type MapVariable = { value: unknown } | { index: number };

export interface PodIterVariables {
  map_variable?: Record<string, MapVariable>;
  loop_variable?: { value: number }[];
}

export function parseIterVariable(text: string | undefined): PodIterVariables {
  if (!text) return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new UsageError(`--iter-variable is not valid JSON: ${text.slice(0, 200)}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UsageError('--iter-variable must be a JSON object {"map_variable": {...}, "loop_variable": [...]}');
  const o = v as PodIterVariables;
  for (const [k, m] of Object.entries(o.map_variable ?? {})) {
    if (!m || typeof m !== 'object' || (!('value' in m) && !('index' in m))) throw new UsageError(`--iter-variable: map_variable '${k}' needs {"value": ...} or {"index": n}`);
    if ('index' in m && !('value' in m) && (!Number.isInteger(m.index) || m.index < 0)) throw new UsageError(`--iter-variable: map_variable '${k}' index must be a whole number ≥ 0, got ${JSON.stringify(m.index)}`);
  }
  for (const l of o.loop_variable ?? []) {
    if (!l || typeof l !== 'object' || !Number.isInteger(l.value) || l.value < 0) throw new UsageError(`--iter-variable: loop_variable entries must be {"value": n} with n ≥ 0, got ${JSON.stringify(l)}`);
  }
  return o;
}

/* --------------------------------------------------------------------------------------- outputs */

/** The conditional fan-out's token for a branch key (position in the file's branch order), `default` or `none`. */
export function conditionalToken(branchKeys: string[], key: string | undefined): string {
  if (key === undefined) return CONDITIONAL_NONE;
  if (key === 'default' && !branchKeys.includes('default')) return 'default';
  const i = branchKeys.indexOf(key);
  return i < 0 ? CONDITIONAL_NONE : `b${i}`;
}
export const CONDITIONAL_NONE = 'none';
export const LOOP_GO = 'go';
export const LOOP_STOP = 'stop';

/* ------------------------------------------------------------------------------------ CLI flags */

/** Raw flag values as the CLI receives them (strings), for {@link podOptionsFromFlags}. */
export interface PodFlagValues {
  iterVariable?: string;
  follow?: boolean;
  orchestrator?: string;
  retryIndex?: string | number;
  fanOutNext?: string;
  outputFile?: string;
  storesOn?: string;
  workflowStatus?: string;
  tag?: string;
  file?: string;
  configFile?: string;
  parametersFile?: string;
}

export interface PodOptions {
  stepPath: string;
  iterVariable?: string;
  followInline: boolean;
  orchestrator?: 'argo';
  retryIndex?: number;
  fanOutNext?: string;
  outputFile?: string;
  storesOn?: string;
  workflowStatus?: string;
  tag?: string;
  file?: string;
  configFile?: string;
  parametersFile?: string;
}

export function parseRetryIndex(v: string | number): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (typeof v === 'string' && !/^\d+$/.test(v.trim())) throw new UsageError(`--retry-index must be a whole number ≥ 0, got '${v}'`);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--retry-index must be a whole number ≥ 0, got '${v}'`);
  return n;
}

/** The typed pod options from the CLI's STEP argument and flags; decodes Argo-escaped text under `--orchestrator argo`. */
export function podOptionsFromFlags(step: string, flags: PodFlagValues): PodOptions {
  const argo = flags.orchestrator === 'argo';
  if (flags.orchestrator !== undefined && !argo) throw new UsageError(`--orchestrator must be 'argo', got '${flags.orchestrator}'`);
  const text = (s: string | undefined) => (s !== undefined && argo ? decodeText(s) : s);
  const o: PodOptions = {
    // Without the orchestrator flag, STEP is runnable's form (spaces as `%`), decoded where it is located.
    stepPath: argo ? encodeRunnableStep(decodeStepArg(step)) : step,
    followInline: flags.follow !== false,
  };
  if (argo) o.orchestrator = 'argo';
  if (flags.iterVariable !== undefined) o.iterVariable = flags.iterVariable;
  if (flags.retryIndex !== undefined) o.retryIndex = parseRetryIndex(flags.retryIndex);
  if (flags.fanOutNext) o.fanOutNext = flags.fanOutNext;
  if (flags.outputFile) o.outputFile = flags.outputFile;
  if (flags.storesOn) o.storesOn = flags.storesOn;
  if (flags.workflowStatus !== undefined) o.workflowStatus = flags.workflowStatus;
  for (const k of ['tag', 'file', 'configFile', 'parametersFile'] as const) {
    const v = text(flags[k]);
    if (v !== undefined) o[k] = v;
  }
  return o;
}

/** runnable's own step form (spaces as `%`), which the engine decodes. */
function encodeRunnableStep(internalName: string): string {
  return internalName.replace(/ /g, '%');
}
