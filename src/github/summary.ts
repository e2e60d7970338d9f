/**
 * The job summary as a pure function: RunLog → Markdown (with the HTML GitHub renders alongside it).
 *
 * One table for the pipeline's top-level steps; each map/parallel/conditional/loop folded into a
 * `<details>` block with counts; large fan-outs summarised (first failures, first items, counts). The
 * result always fits the 1 MiB per-step budget (platform doc §7.4): it is rendered at decreasing levels
 * of detail until it fits, and cut with an explicit note as a last resort. Known secret values are
 * replaced by `***` everywhere, the diagram included.
 */
import type { Parameters, RunLog, StepLog, Status } from '../runlog/model.js';
import { stepCachedFrom } from '../runlog/outcome.js';
import { MIN_SECRET_LENGTH, maskText } from '../secrets/mask.js';

export interface SummaryArtifactLink {
  name: string;
  url?: string;
  kind?: string;
  files?: number;
  bytes?: number;
}

export interface SummaryInput {
  runLog: RunLog;
  /** Mermaid source of the graph coloured by status (`renderMermaid(pipeline, statuses)`). */
  mermaid?: string;
  /** Links to artifacts (run log, catalog packs). */
  artifacts?: SummaryArtifactLink[];
  /** Secret values to mask. Values shorter than 4 characters are not masked (they would blank the page). */
  secrets?: readonly string[];
  /** Extra lines under the title (why steps ran or were skipped, retries, cancellation). */
  notes?: readonly string[];
  /** Extra Markdown appended (e.g. validation issues beyond the annotation limit). */
  appendix?: string;
  /** Byte budget. @default 1_000_000 (GitHub's limit is 1 MiB = 1,048,576 bytes per step) */
  maxBytes?: number;
  durationMs?: number;
  /**
   * What failed around the run (e.g. its catalog could not be stored): the heading shows `status` instead of
   * the run log's, and `message` (an error line, already masked) stands under it.
   */
  failure?: { status: Status; message: string };
}

const ICON: Record<Status, string> = { SUCCESS: '✅', FAIL: '❌', PROCESSING: '⏳', CREATED: '⚪' };

/** HTML-escape and flatten for a table cell. */
function cell(s: unknown, max = 120): string {
  let t = typeof s === 'string' ? s : JSON.stringify(s) ?? '';
  if (t.length > max) t = t.slice(0, max - 1) + '…';
  // Untrusted text is shown, never rendered: Markdown punctuation is escaped, HTML characters are entities, and
  // URL schemes, `www.` and e-mail addresses get a word joiner (U+2060) so GitHub makes no link of them.
  return t
    .replace(/[\\`*_[\]()!~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/:\/\//g, ':\u2060//')
    .replace(/\b(www)\./gi, '$1\u2060.')
    .replace(/@/g, '@\u2060')
    .replace(/\r?\n/g, ' ');
}

/** Untrusted text as an inline code span (nothing in it renders): no backticks, pipes or line breaks. */
function codeCell(s: unknown, max = 120): string {
  let t = typeof s === 'string' ? s : JSON.stringify(s) ?? '';
  if (t.length > max) t = t.slice(0, max - 1) + '…';
  return '`' + t.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') + '`';
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${Math.round(s - m * 60)}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}

/** Wall time of a step: first attempt's start to the last attempt's end; composites from their branches. */
export function stepDurationMs(step: StepLog): number | undefined {
  let start = Infinity;
  let end = -Infinity;
  const visit = (s: StepLog) => {
    for (const a of s.attempts ?? []) {
      const t0 = Date.parse(a.start_time);
      const t1 = Date.parse(a.end_time);
      if (Number.isFinite(t0)) start = Math.min(start, t0);
      if (Number.isFinite(t1)) end = Math.max(end, t1);
    }
    for (const b of Object.values(s.branches ?? {})) for (const inner of Object.values(b.steps)) visit(inner);
  };
  visit(step);
  return Number.isFinite(start) && Number.isFinite(end) ? end - start : undefined;
}

function paramsText(p: Parameters | undefined, max: number): string {
  if (!p) return '';
  const parts = Object.entries(p).map(([k, v]) => `${k}=${typeof v.value === 'string' ? v.value : JSON.stringify(v.value)}`);
  return cell(parts.join(', '), max);
}

function catalogText(step: StepLog, max: number): string {
  const puts = (step.data_catalog ?? []).filter((e) => e.stage === 'put' && !e.name.endsWith('.execution.log'));
  const gets = (step.data_catalog ?? []).filter((e) => e.stage === 'get');
  const parts: string[] = [];
  if (gets.length) parts.push(`get ${gets.length}`);
  if (puts.length) parts.push(`put ${puts.length}: ${puts.slice(0, 3).map((e) => e.name).join(', ')}${puts.length > 3 ? ', …' : ''}`);
  return cell(parts.join('; '), max);
}

function isComposite(s: StepLog): boolean {
  return Object.keys(s.branches ?? {}).length > 0 || ['map', 'parallel', 'conditional', 'loop'].includes(s.step_type);
}

interface Counts {
  total: number;
  SUCCESS: number;
  FAIL: number;
  PROCESSING: number;
  CREATED: number;
}

function branchCounts(step: StepLog): Counts {
  const c: Counts = { total: 0, SUCCESS: 0, FAIL: 0, PROCESSING: 0, CREATED: 0 };
  for (const b of Object.values(step.branches ?? {})) {
    c.total++;
    c[b.status] = (c[b.status] ?? 0) + 1;
  }
  return c;
}

function countsText(c: Counts): string {
  const parts = [`${c.total} branch${c.total === 1 ? '' : 'es'}`];
  for (const s of ['SUCCESS', 'FAIL', 'PROCESSING', 'CREATED'] as const) if (c[s]) parts.push(`${ICON[s]} ${c[s]}`);
  return parts.join(' · ');
}

/** Detail level: 2 = every branch of small fan-outs, 1 = failures and a sample, 0 = counts only. */
type Level = 0 | 1 | 2;

/** Where a step's result came from when the step cache restored it instead of running it (the attempt's `cached_from`). */
export function cachedFrom(s: StepLog): { step: string; runId: string } | undefined {
  const from = stepCachedFrom(s);
  return from ? { step: from.step, runId: from.run_id } : undefined;
}

/** Task steps (at any depth) and how many of them were restored from the step cache. */
function taskCounts(steps: Iterable<StepLog>): { tasks: number; cached: number } {
  let tasks = 0;
  let cached = 0;
  const visit = (s: StepLog) => {
    if (s.step_type === 'task') {
      tasks++;
      if (cachedFrom(s)) cached++;
    }
    for (const b of Object.values(s.branches ?? {})) for (const inner of Object.values(b.steps)) visit(inner);
  };
  for (const s of steps) visit(s);
  return { tasks, cached };
}

function stepRow(s: StepLog, name: string, level: Level): string {
  const last = s.attempts?.[s.attempts.length - 1];
  const max = level === 2 ? 120 : 60;
  const attempts = isComposite(s) ? countsText(branchCounts(s)) : String(s.attempts?.length ?? 0);
  const cached = cachedFrom(s);
  const msg = s.status === 'FAIL' ? cell(s.message || last?.message || '', max) : cached ? `♻️ cached: result of run ${codeCell(cached.runId, 80)}${cached.step !== s.name && cached.step !== s.internal_name ? ` (step ${cell(cached.step, 60)})` : ''}, not run again` : '';
  const icon = cached ? '♻️' : ICON[s.status] ?? '';
  return `| ${icon} ${cell(name, 80)} | ${cell(s.step_type, 20)} | ${s.status} | ${attempts} | ${formatDuration(stepDurationMs(s))} | ${paramsText(last?.output_parameters, max)} | ${catalogText(s, max)} | ${msg} |`;
}

const TABLE_HEAD = '| step | type | status | attempts | duration | returned | catalog | message |\n| --- | --- | --- | --- | --- | --- | --- | --- |';

function branchLabel(branchName: string, parent: string): string {
  return branchName.startsWith(parent + '.') ? branchName.slice(parent.length + 1) : branchName;
}

/** The `<details>` block of one composite step (recursing one level into nested composites as counts). */
function compositeDetails(step: StepLog, level: Level, out: string[]): void {
  const branches = Object.values(step.branches ?? {});
  const c = branchCounts(step);
  const open = c.FAIL > 0 && level > 0 ? ' open' : '';
  out.push(`<details${open}><summary><b>${cell(step.name, 80)}</b> (${cell(step.step_type, 20)}): ${countsText(c)}</summary>`, '');
  if (level === 0) {
    out.push('Details omitted to keep the summary under 1 MiB: see the run-log artifact.', '', '</details>', '');
    return;
  }
  const SMALL = 50;
  const failures = branches.filter((b) => b.status !== 'SUCCESS');
  let shown = branches;
  let note = '';
  if (level === 1 || branches.length > SMALL) {
    const firstFailures = failures.slice(0, 20);
    const sample = branches.filter((b) => b.status === 'SUCCESS').slice(0, level === 2 ? 10 : 3);
    shown = [...firstFailures, ...sample];
    const hidden = branches.length - shown.length;
    if (hidden > 0) note = `${hidden} more branch${hidden === 1 ? '' : 'es'} (${failures.length - firstFailures.length} of them not successful) — see the run-log artifact.`;
  }
  out.push(TABLE_HEAD);
  for (const b of shown) {
    const label = branchLabel(b.internal_name, step.internal_name);
    for (const inner of Object.values(b.steps)) {
      if (inner.step_type === 'success' && b.status === 'SUCCESS' && level < 2) continue;
      out.push(stepRow(inner, `${label} › ${inner.name}`, level));
    }
  }
  out.push('');
  if (note) out.push(`_${note}_`, '');
  out.push('</details>', '');
}

function render(input: SummaryInput, level: Level, withDiagram: boolean): string {
  const { runLog, failure } = input;
  const out: string[] = [];
  const status = failure?.status ?? runLog.status;
  out.push(`## ${ICON[status] ?? ''} runnable run ${codeCell(runLog.run_id, 200)}: ${status}`, '');
  if (failure) out.push(`**${ICON[failure.status] ?? ''} ${cell(failure.message, 2000)}**`, '');
  const facts = [`**status** ${status}${status !== runLog.status ? ` (the run log says ${runLog.status})` : ''}`];
  if (input.durationMs !== undefined) facts.push(`**duration** ${formatDuration(input.durationMs)}`);
  if (runLog.tag) facts.push(`**tag** ${cell(runLog.tag, 80)}`);
  const counts = taskCounts(Object.values(runLog.steps));
  if (counts.cached) facts.push(`**♻️ cached** ${counts.cached} of ${counts.tasks} task${counts.tasks === 1 ? '' : 's'} (restored, not run)`);
  facts.push(`**dag hash** ${codeCell(runLog.dag_hash, 64)}`);
  out.push(facts.join(' · '), '');
  for (const n of input.notes ?? []) out.push(`> ${cell(n, 400)}`, '');

  const steps = Object.values(runLog.steps);
  out.push('### Steps', '', TABLE_HEAD);
  for (const s of steps) out.push(stepRow(s, s.name, level));
  out.push('');
  const composites = steps.filter((s) => isComposite(s));
  if (composites.length) {
    out.push('### Branches', '');
    for (const s of composites) compositeDetails(s, level, out);
  }
  if (runLog.parameters && Object.keys(runLog.parameters).length) {
    out.push('<details><summary>Final parameters</summary>', '', '| name | value |', '| --- | --- |');
    const entries = Object.entries(runLog.parameters);
    for (const [k, v] of entries.slice(0, level === 2 ? 200 : 30)) out.push(`| ${cell(k, 80)} | ${cell(v.value, level === 2 ? 200 : 80)} |`);
    if (entries.length > (level === 2 ? 200 : 30)) out.push(`| … | ${entries.length - (level === 2 ? 200 : 30)} more |`);
    out.push('', '</details>', '');
  }
  if (withDiagram && input.mermaid) out.push('### Graph', '', '```mermaid', input.mermaid.trim(), '```', '');
  if (input.artifacts?.length) {
    out.push('### Artifacts', '');
    const arts = input.artifacts.slice(0, level === 2 ? 100 : 20);
    for (const a of arts) {
      const what = [a.kind, a.files !== undefined ? `${a.files} file(s)` : '', a.bytes !== undefined ? `${a.bytes} bytes` : ''].filter(Boolean).join(', ');
      out.push(`- ${a.url ? `[${cell(a.name, 120)}](${a.url})` : `${codeCell(a.name, 120)}`}${what ? ` — ${what}` : ''}`);
    }
    if (input.artifacts.length > arts.length) out.push(`- … ${input.artifacts.length - arts.length} more`);
    out.push('');
  }
  if (input.appendix) out.push(input.appendix, '');
  return out.join('\n');
}

/** Replaces every known secret value (≥ 4 characters) with `***`. */
export function maskSecrets(text: string, secrets: readonly string[] | undefined): string {
  if (!secrets?.length) return text;
  // The one rule (secrets/mask.ts), plus the form a secret takes once escaped for a table cell.
  const values = secrets.filter((s) => s && s.length >= MIN_SECRET_LENGTH);
  return maskText(text, [...values, ...values.map((s) => cell(s, Infinity))]);
}

/** Renders the summary, degrading detail until it fits `maxBytes`. */
export function renderSummary(input: SummaryInput): string {
  const max = input.maxBytes ?? 1_000_000;
  const attempts: [Level, boolean][] = [
    [2, true],
    [1, true],
    [1, false],
    [0, false],
  ];
  let text = '';
  for (const [level, diagram] of attempts) {
    text = maskSecrets(render(input, level, diagram), input.secrets);
    if (Buffer.byteLength(text) <= max) return text;
  }
  // Last resort: cut at a line boundary and say so.
  const note = '\n\n_Summary truncated to stay under the 1 MiB limit: see the run-log artifact for everything._\n';
  let cut = Buffer.from(text).subarray(0, max - Buffer.byteLength(note)).toString('utf8');
  cut = cut.slice(0, cut.lastIndexOf('\n'));
  return cut.replace(/\uFFFD$/, '') + note;
}
