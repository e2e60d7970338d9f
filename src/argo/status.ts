/**
 * Reading a Workflow's `status` (argo-target.md §6.5-6.6): decompress `compressedNodes`, and map
 * `status.nodes` to one row per pipeline step — the same columns as a local run's summary (step, status,
 * attempts, duration). For workflows this compiler produced, the step is read from each pod's `step` and
 * `iter` input parameters (map values and loop indices resolved); for any other workflow the node's display
 * name is used.
 */
import * as zlib from 'node:zlib';
import type { Status } from '../runlog/model.js';
import { LOOP_PLACEHOLDER, MAP_PLACEHOLDER } from '../pipeline/model.js';

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
  inputs?: { parameters?: { name: string; value?: string }[] };
  outputs?: { exitCode?: string; parameters?: { name: string; value?: string }[] };
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

export function isFinished(wf: { status?: { phase?: string; finishedAt?: string | null } } | undefined): boolean {
  const s = wf?.status;
  return Boolean(s && (s.finishedAt || s.phase === 'Succeeded' || s.phase === 'Failed' || s.phase === 'Error'));
}

/** `status.nodes`, decompressing `status.compressedNodes` (gzip, zstd or brotli by magic bytes) when needed. */
export function workflowNodes(status: Record<string, unknown> | undefined): Record<string, ArgoNode> {
  if (!status) return {};
  const nodes = status.nodes as Record<string, ArgoNode> | undefined;
  if (nodes && Object.keys(nodes).length) return nodes;
  const compressed = status.compressedNodes;
  if (typeof compressed !== 'string' || !compressed) return nodes ?? {};
  const buf = Buffer.from(compressed, 'base64');
  let text: Buffer;
  if (buf[0] === 0x1f && buf[1] === 0x8b) text = zlib.gunzipSync(buf);
  else if (buf[0] === 0x28 && buf[1] === 0xb5 && buf[2] === 0x2f && buf[3] === 0xfd) {
    // zstd is in node:zlib from Node 22.15 (accessed dynamically: the CLI also runs on Node 20).
    const zstd = (zlib as unknown as { zstdDecompressSync?: (b: Buffer) => Buffer }).zstdDecompressSync;
    if (!zstd) throw new Error('status.compressedNodes is zstd-compressed; this Node.js has no zstd (needs >= 22.15)');
    text = zstd(buf);
  } else text = zlib.brotliDecompressSync(buf);
  return JSON.parse(text.toString('utf8')) as Record<string, ArgoNode>;
}

function toStatus(phase: string | undefined): Status {
  switch (phase) {
    case 'Succeeded':
      return 'SUCCESS';
    case 'Failed':
    case 'Error':
      return 'FAIL';
    case 'Running':
    case 'Pending':
      return 'PROCESSING';
    default:
      return 'CREATED';
  }
}

function param(node: ArgoNode, name: string): string | undefined {
  return node.inputs?.parameters?.find((p) => p.name === name)?.value;
}

function itemText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** `map%state.map_variable_placeholder.x` + iter → `map state.3.x`. */
export function resolveStep(stepPath: string, iterJson: string | undefined): string {
  let name = stepPath.replace(/%/g, ' ');
  if (!iterJson) return name;
  try {
    const iter = JSON.parse(iterJson) as { map_variable?: Record<string, { value?: unknown; index?: number }>; loop_variable?: { value: unknown }[] };
    // Compiled workflows pass map items as indices (protocol.ts): the row names the item by its position.
    const maps = Object.values(iter.map_variable ?? {}).map((v) => ('value' in v ? itemText(v.value) : `#${v.index}`));
    const loops = (iter.loop_variable ?? []).map((v) => itemText(v.value));
    name = name
      .split('.')
      .map((part) => (part === MAP_PLACEHOLDER ? (maps.shift() ?? part) : part === LOOP_PLACEHOLDER ? (loops.shift() ?? part) : part))
      .join('.');
  } catch {
    /* keep the template form */
  }
  return name;
}

function seconds(from?: string | null, to?: string | null, now = Date.now()): number | undefined {
  if (!from) return undefined;
  const a = Date.parse(from);
  const b = to ? Date.parse(to) : now;
  return Number.isFinite(a) && Number.isFinite(b) ? Math.max(0, Math.round((b - a) / 100) / 10) : undefined;
}

/** One row per step (pods and retried pods), in start order; skipped/omitted tasks are left out. */
export function stepRows(workflow: { status?: Record<string, unknown> } | undefined, now = Date.now()): StepRow[] {
  const nodes = workflowNodes(workflow?.status);
  const inRetry = new Set<string>();
  for (const n of Object.values(nodes)) if (n.type === 'Retry') for (const c of n.children ?? []) inRetry.add(c);
  const candidates = Object.values(nodes).filter((n) => n.type === 'Retry' || (n.type === 'Pod' && !inRetry.has(n.id)));
  // Code-unit order, not localeCompare: the rows must come out the same on every machine, whatever its locale.
  const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  candidates.sort((a, b) => byCodeUnit(String(a.startedAt ?? ''), String(b.startedAt ?? '')) || byCodeUnit(a.name, b.name));
  const rows = new Map<string, StepRow & { first?: string | null; last?: string | null; fan: boolean }>();
  for (const n of candidates) {
    const attemptsNodes = n.type === 'Retry' ? (n.children ?? []).map((c) => nodes[c]).filter((c): c is ArgoNode => Boolean(c)) : [n];
    const probe = attemptsNodes.at(-1) ?? n;
    const stepParam = param(n, 'step') ?? param(probe, 'step');
    const step = stepParam !== undefined ? resolveStep(stepParam, param(n, 'iter') ?? param(probe, 'iter')) : (n.displayName ?? n.name).replace(/\(\d+\)$/, '');
    const fan = /^fan-(in|out)-/.test(n.templateName ?? probe.templateName ?? '');
    const attempts = fan ? 0 : attemptsNodes.filter((a) => a.phase && a.phase !== 'Skipped' && a.phase !== 'Omitted').length;
    const prev = rows.get(step);
    const row = {
      step,
      status: toStatus(n.phase),
      phase: n.phase ?? '',
      attempts: (prev?.attempts ?? 0) + attempts,
      first: prev?.first ?? n.startedAt,
      last: n.finishedAt,
      fan: (prev?.fan ?? true) && fan,
      message: n.phase === 'Failed' || n.phase === 'Error' ? (probe.message ?? n.message) : undefined,
    };
    rows.set(step, row);
  }
  return [...rows.values()].map(({ first, last, fan: _fan, ...r }) => {
    const out: StepRow = { ...r, duration: seconds(first, r.phase === 'Running' || r.phase === 'Pending' ? undefined : last, now) };
    if (out.duration === undefined) delete out.duration;
    if (!out.message) delete out.message;
    return out;
  });
}

/** Messages of the failed pod nodes (what the run log may not have: image pulls, deadlines, evictions). */
export function failedNodeMessages(workflow: { status?: Record<string, unknown> } | undefined): string[] {
  const nodes = workflowNodes(workflow?.status);
  return Object.values(nodes)
    .filter((n) => n.type === 'Pod' && (n.phase === 'Failed' || n.phase === 'Error') && n.message)
    .map((n) => `${n.displayName ?? n.name}: ${n.message}`);
}
