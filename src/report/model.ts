/**
 * The run report's data: a run log (any store layout, ours or runnable's) turned into the compact, masked,
 * size-bounded document the HTML page embeds (`renderHtmlReport`, render.ts) and draws from.
 *
 * Size: a step is a short array; repeated strings (step names, template names, messages) are stored once in
 * `strings`. Parameters, metrics and execution logs are kept only for steps "in detail": every step outside
 * large fan-outs, and in a map or loop the first `itemsInDetail` branches plus the failed ones (up to
 * `failedInDetail`); the rest keep name, status and attempt times (enough for the graph counts and the
 * Gantt). A 10,000-item map thus costs ~60-100 bytes per item (bench/report.mjs).
 *
 * Secrets: every string that reaches the document (values, keys, messages, logs) is masked here, once, by the
 * project's one masking rule (secrets/mask.ts).
 */
import { Masker } from '../secrets/mask.js';
import type { DataCatalogEntry, Parameters as RunParameters, RunLog, StepAttempt, StepLog } from '../runlog/model.js';

export interface ReportOptions {
  /** Secret values: every occurrence in the report becomes `***` (values under 4 characters are left alone). */
  secrets?: readonly string[];
  /** Execution logs by catalog name (`DataCatalogEntry.name`), e.g. from `collectExecutionLogs`. */
  logs?: ReadonlyMap<string, string>;
  /** Branches of each map/loop shown with parameters and files. @default 20 */
  itemsInDetail?: number;
  /** Failed branches of each map/loop shown in detail besides those. @default 100 */
  failedInDetail?: number;
  /** Catalog entries kept for lineage beyond the steps in detail. @default 5000 */
  lineageBudget?: number;
  /** Characters of one parameter's JSON shown. @default 2000 */
  valueChars?: number;
  /** Where the run log came from (a path, an artifact), shown in the header. */
  source?: string;
  /** When the report was made. @default now */
  generatedAt?: string;
}

/** S(uccess) F(ail) P(rocessing) C(reated); anything else is kept as `?`. */
export type StatusCode = 'S' | 'F' | 'P' | 'C' | '?';
const STATUS_CODE: Record<string, StatusCode> = { SUCCESS: 'S', FAIL: 'F', PROCESSING: 'P', CREATED: 'C' };

/** [start ms from run start, duration ms, status, attempt number, message (string index or -1), lane]. */
export type AttemptRow = [number, number, StatusCode, number, number, number];
/** [name, branch index (-1 top level), template name, step type, status, attempts, detail index (-1 none), message] (names are string indexes). */
export type StepRow = [number, number, number, number, StatusCode, AttemptRow[], number, number];
/** [step index of the composite, branch key, status]. */
export type BranchRow = [number, string, StatusCode];
/** [name, sha256, catalog relative path]. */
export type FileRow = [string, string, string];
/** [file index, 'get' | 'put', step index]. */
export type FileUse = [number, 'get' | 'put', number];
/** [name, kind, JSON text (possibly cut)]. */
export type ParamRow = [string, string, string];

export interface StepDetail {
  /** Parameters of the last attempt (input and output), its metrics. */
  in: ParamRow[];
  out: ParamRow[];
  metrics: ParamRow[];
  /** Per attempt: [attempt number, exit code or null, retry indicator, code identities summary]. */
  runs: [number, number | null, string][];
  /** Execution logs found in the catalog: [catalog name, text]. */
  logs: [string, string][];
  /** Execution logs named in the run log but not read: catalog names. */
  logsMissing: string[];
}

export interface GraphNodeDoc {
  name: string;
  /** Template internal name (matches StepRow's template name). */
  key: string;
  type: string;
  next: string;
  onFailure: string;
  command?: string;
  commandType?: string;
  branches?: [string, GraphDoc][];
}

export interface GraphDoc {
  start: string;
  nodes: GraphNodeDoc[];
}

export interface ReportData {
  version: 1;
  run: {
    id: string;
    status: StatusCode;
    tag: string;
    dagHash: string;
    /** Epoch ms of the earliest attempt start (0 when nothing ran). */
    t0: number;
    /** Duration from the first start to the last end, ms. */
    span: number;
    parameters: ParamRow[];
    /** [type, identifier, url (http/https only, else ''), message]. */
    code: [string, string, string, string][];
    /** run_config without the DAG, masked, as pretty JSON (cut at 20,000 characters). */
    config: string;
    pipelineFile: string;
    source: string;
    generatedAt: string;
  };
  /** The pipeline graph: from run_config.dag, or rebuilt from the steps when the run log has none. */
  graph: GraphDoc;
  graphFromSteps: boolean;
  strings: string[];
  steps: StepRow[];
  branches: BranchRow[];
  details: StepDetail[];
  files: FileRow[];
  uses: FileUse[];
  /** What was left out to keep the report small. */
  omitted: { detailBranches: number; lineageEntries: number; logs: number };
  /** Number of lanes of each top-level step's Gantt group, by step index. */
  lanes: Record<number, number>;
}

const MAP_PLACEHOLDER = 'map_variable_placeholder';
const LOOP_PLACEHOLDER = 'loop_variable_placeholder';

/** The one masking rule (secrets/mask.ts): every form of each value, longest first. */
function maskerOf(secrets: readonly string[] | undefined): (s: string) => string {
  const m = new Masker();
  for (const v of secrets ?? []) m.add(v);
  return m.size ? (s) => m.mask(s) : (s) => s;
}

/** Parses runnable's and our time stamps (runnable writes `2024-01-01 10:00:00.123456`). */
export function parseTime(t: unknown): number {
  if (typeof t !== 'string' || !t) return NaN;
  let ms = Date.parse(t);
  if (Number.isNaN(ms)) ms = Date.parse(t.replace(' ', 'T'));
  return ms;
}

function cut(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) + `… (${s.length - max} more characters)` : s;
}

/** JSON of a value for display; a long list is stringified only as far as it can be shown (a map's items). */
function jsonText(v: unknown, max: number): string {
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    if (Array.isArray(v) && v.length > 16) {
      // Element by element until the shown length is reached: a 10,000-item list costs what is shown.
      let out = '[';
      let i = 0;
      for (; i < v.length && out.length < max - 40; i++) out += (i ? ',' : '') + (JSON.stringify(v[i]) ?? 'null');
      return i < v.length ? `${out},… (${v.length} items)]` : `${out}]`;
    }
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

const LOG_SUFFIX = '.execution.log';
const LOG_HEAD = 16_000;
const LOG_TAIL = 48_000;
const LOGS_TOTAL = 2_000_000;

/** The catalog entries of execution logs: what a caller reads from the catalog to pass as `logs`. */
export function executionLogEntries(log: RunLog, opts: Pick<ReportOptions, 'itemsInDetail' | 'failedInDetail'> = {}): DataCatalogEntry[] {
  const out: DataCatalogEntry[] = [];
  walk(log, opts, (step, detailed) => {
    if (!detailed) return;
    for (const e of step.data_catalog ?? []) if (e.stage === 'put' && typeof e.name === 'string' && e.name.endsWith(LOG_SUFFIX)) out.push(e);
  });
  return out;
}

interface ParentRef {
  step: StepLog;
  key: string;
  status: string;
  template: string;
}

/**
 * Visits every step depth first (a composite before its branches), telling whether it is shown in detail.
 * Branches of a map or loop beyond the first `itemsInDetail` are in detail only when they did not succeed.
 */
function walk(
  log: RunLog,
  opts: Pick<ReportOptions, 'itemsInDetail' | 'failedInDetail'>,
  visit: (step: StepLog, detailed: boolean, parent: ParentRef | undefined, template: string) => void,
): { skippedBranches: number } {
  const first = opts.itemsInDetail ?? 20;
  const failedMax = opts.failedInDetail ?? 100;
  let skippedBranches = 0;
  const steps = (record: Record<string, StepLog> | undefined, detailed: boolean, parent: ParentRef | undefined, prefix: string) => {
    for (const step of Object.values(record ?? {})) {
      if (!step || typeof step !== 'object') continue;
      const name = typeof step.name === 'string' ? step.name : String(step.internal_name ?? '');
      const template = prefix ? `${prefix}.${name}` : name;
      visit(step, detailed, parent, template);
      const branches = Object.entries(step.branches ?? {});
      const fanOut = step.step_type === 'map' || step.step_type === 'loop';
      let failedShown = 0;
      branches.forEach(([bname, b], i) => {
        const own = typeof step.internal_name === 'string' ? step.internal_name : name;
        const key = bname.startsWith(own + '.') ? bname.slice(own.length + 1) : bname.split('.').slice(-1)[0]!;
        const placeholder = step.step_type === 'map' ? MAP_PLACEHOLDER : step.step_type === 'loop' ? LOOP_PLACEHOLDER : key;
        let inDetail = detailed;
        if (detailed && fanOut && i >= first) {
          inDetail = b?.status !== 'SUCCESS' && failedShown++ < failedMax;
          if (!inDetail) skippedBranches++;
        }
        const branchTemplate = `${template}.${placeholder}`;
        steps(b?.steps, inDetail, { step, key, status: b?.status, template: branchTemplate }, branchTemplate);
      });
    }
  };
  steps(log.steps, true, undefined, '');
  return { skippedBranches };
}

function graphFromDump(dump: unknown, mask: (s: string) => string): GraphDoc | undefined {
  if (!dump || typeof dump !== 'object') return undefined;
  const g = dump as { start_at?: unknown; nodes?: unknown };
  if (typeof g.start_at !== 'string' || !g.nodes || typeof g.nodes !== 'object') return undefined;
  const nodes: GraphNodeDoc[] = [];
  for (const [name, raw] of Object.entries(g.nodes as Record<string, unknown>)) {
    const n = (raw ?? {}) as Record<string, unknown>;
    const node: GraphNodeDoc = {
      name: mask(name),
      key: mask(typeof n.internal_name === 'string' ? n.internal_name : name),
      type: typeof n.node_type === 'string' ? n.node_type : 'task',
      next: mask(typeof n.next_node === 'string' ? n.next_node : ''),
      onFailure: mask(typeof n.on_failure === 'string' ? n.on_failure : ''),
    };
    if (typeof n.command === 'string') node.command = mask(cut(n.command, 400));
    if (typeof n.command_type === 'string') node.commandType = n.command_type;
    const branches: [string, GraphDoc][] = [];
    const add = (key: string, d: unknown) => {
      const sub = graphFromDump(d, mask);
      if (sub) branches.push([mask(key), sub]);
    };
    if (n.branches && typeof n.branches === 'object') for (const [k, d] of Object.entries(n.branches)) add(k, d);
    if (n.branch) add('branch', n.branch);
    if (n.default) add('default', n.default);
    if (branches.length) node.branches = branches;
    nodes.push(node);
  }
  return { start: mask(g.start_at), nodes };
}

/** A chain of the steps in the order they started, for run logs without run_config.dag. */
function graphFromSteps(record: Record<string, StepLog> | undefined, prefix: string, mask: (s: string) => string): GraphDoc {
  const list = Object.values(record ?? {}).filter((s) => s && typeof s === 'object');
  const start = (s: StepLog): number => {
    let t = Infinity;
    for (const a of s.attempts ?? []) t = Math.min(t, parseTime(a.start_time) || Infinity);
    for (const b of Object.values(s.branches ?? {})) for (const inner of Object.values(b?.steps ?? {})) t = Math.min(t, start(inner));
    return t;
  };
  list.sort((a, b) => start(a) - start(b));
  const nodes: GraphNodeDoc[] = list.map((s, i) => {
    const name = String(s.name ?? '');
    const key = prefix ? `${prefix}.${name}` : name;
    const node: GraphNodeDoc = { name: mask(name), key: mask(key), type: String(s.step_type ?? 'task'), next: i + 1 < list.length ? mask(String(list[i + 1]!.name)) : 'success', onFailure: '' };
    const bs = Object.entries(s.branches ?? {});
    if (bs.length) {
      const fanOut = s.step_type === 'map' || s.step_type === 'loop';
      const own = String(s.internal_name ?? name);
      node.branches = fanOut
        ? [['branch', graphFromSteps(bs[0]![1]?.steps, `${key}.${s.step_type === 'map' ? MAP_PLACEHOLDER : LOOP_PLACEHOLDER}`, mask)]]
        : bs.map(([bn, b]) => {
            const k = bn.startsWith(own + '.') ? bn.slice(own.length + 1) : bn;
            return [mask(k), graphFromSteps(b?.steps, `${key}.${k}`, mask)];
          });
    }
    return node;
  });
  if (!nodes.some((n) => n.type === 'success' || n.type === 'fail')) nodes.push({ name: 'success', key: prefix ? `${prefix}.success` : 'success', type: 'success', next: '', onFailure: '' });
  return { start: nodes[0]?.name ?? 'success', nodes };
}

/** Greedy interval packing: the lane of each interval (sorted by start), fewest lanes. */
function packLanes(items: { start: number; end: number; set: (lane: number) => void }[]): number {
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  const ends: number[] = [];
  for (const it of items) {
    let lane = ends.findIndex((e) => e <= it.start);
    if (lane < 0) {
      lane = ends.length;
      ends.push(it.end);
    } else ends[lane] = it.end;
    it.set(lane);
  }
  return ends.length;
}

/** Builds the report's document from a run log. Pure: no I/O (logs are passed in `opts.logs`). */
export function buildReportData(log: RunLog, opts: ReportOptions = {}): ReportData {
  const mask = maskerOf(opts.secrets);
  const valueChars = opts.valueChars ?? 2000;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: unknown): number => {
    const t = mask(typeof s === 'string' ? s : s === undefined || s === null ? '' : String(s));
    let i = stringIndex.get(t);
    if (i === undefined) {
      i = strings.length;
      strings.push(t);
      stringIndex.set(t, i);
    }
    return i;
  };
  const params = (p: RunParameters | undefined): ParamRow[] =>
    Object.entries(p && typeof p === 'object' ? p : {}).map(([k, v]) => [mask(k), mask(String(v?.kind ?? '')), mask(cut(jsonText(v?.value, valueChars), valueChars))]);
  const code = (c: unknown): StatusCode => STATUS_CODE[String(c)] ?? '?';

  // First pass: the run's time origin.
  let t0 = Infinity;
  let tEnd = -Infinity;
  walk(log, { itemsInDetail: Infinity }, (s) => {
    for (const a of s.attempts ?? []) {
      const a0 = parseTime(a.start_time);
      const a1 = parseTime(a.end_time);
      if (Number.isFinite(a0)) t0 = Math.min(t0, a0);
      if (Number.isFinite(a1)) tEnd = Math.max(tEnd, a1);
      else if (Number.isFinite(a0)) tEnd = Math.max(tEnd, a0);
    }
  });
  if (!Number.isFinite(t0)) t0 = 0;
  if (!Number.isFinite(tEnd)) tEnd = t0;

  const steps: StepRow[] = [];
  const branches: BranchRow[] = [];
  const details: StepDetail[] = [];
  const files: FileRow[] = [];
  const fileIndex = new Map<string, number>();
  const uses: FileUse[] = [];
  const stepOf = new Map<StepLog, number>();
  const branchOf = new Map<string, number>();
  const topOf: number[] = [];
  let lineageLeft = opts.lineageBudget ?? 5000;
  let lineageOmitted = 0;
  let logsLeft = LOGS_TOTAL;
  let logsOmitted = 0;

  const { skippedBranches } = walk(log, opts, (step, detailed, parent, template) => {
    let branch = -1;
    if (parent) {
      const parentIndex = stepOf.get(parent.step)!;
      const id = `${parentIndex}\u0000${parent.key}`;
      branch = branchOf.get(id) ?? -1;
      if (branch < 0) {
        branch = branches.length;
        branches.push([parentIndex, mask(parent.key), code(parent.status)]);
        branchOf.set(id, branch);
      }
    }
    const index = steps.length;
    stepOf.set(step, index);
    topOf.push(parent ? topOf[stepOf.get(parent.step)!]! : index);
    const attempts: AttemptRow[] = (Array.isArray(step.attempts) ? step.attempts : []).map((a: StepAttempt, i) => {
      const a0 = parseTime(a.start_time);
      const a1 = parseTime(a.end_time);
      const start = Number.isFinite(a0) ? a0 - t0 : 0;
      const end = Number.isFinite(a1) ? a1 - t0 : start;
      const n = typeof a.attempt_number === 'number' ? a.attempt_number : i + 1;
      return [start, Math.max(0, end - start), code(a.status), n, a.message ? str(a.message) : -1, 0];
    });
    let detail = -1;
    if (detailed) {
      const last = Array.isArray(step.attempts) && step.attempts.length ? step.attempts[step.attempts.length - 1] : undefined;
      const d: StepDetail = {
        in: params(last?.input_parameters),
        out: params(last?.output_parameters),
        metrics: params(last?.user_defined_metrics),
        runs: (step.attempts ?? []).map((a, i) => [typeof a.attempt_number === 'number' ? a.attempt_number : i + 1, typeof a.exit_code === 'number' ? a.exit_code : null, mask(String(a.retry_indicator ?? ''))]),
        logs: [],
        logsMissing: [],
      };
      for (const e of step.data_catalog ?? []) {
        if (e?.stage !== 'put' || typeof e.name !== 'string' || !e.name.endsWith(LOG_SUFFIX)) continue;
        let text = opts.logs?.get(e.name);
        if (text === undefined) {
          d.logsMissing.push(mask(e.name));
          continue;
        }
        if (text.length > LOG_HEAD + LOG_TAIL) text = `${text.slice(0, LOG_HEAD)}\n… ${text.length - LOG_HEAD - LOG_TAIL} characters not shown …\n${text.slice(-LOG_TAIL)}`;
        if (text.length > logsLeft) {
          logsOmitted++;
          d.logsMissing.push(mask(e.name));
          continue;
        }
        logsLeft -= text.length;
        d.logs.push([mask(e.name), mask(text)]);
      }
      detail = details.length;
      details.push(d);
    }
    for (const e of step.data_catalog ?? []) {
      if (!e || typeof e.name !== 'string' || e.name.endsWith(LOG_SUFFIX)) continue;
      if (!detailed && lineageLeft <= 0) {
        lineageOmitted++;
        continue;
      }
      if (!detailed) lineageLeft--;
      const name = mask(e.name);
      const hash = mask(String(e.data_hash ?? ''));
      const id = `${name}\u0000${hash}`;
      let f = fileIndex.get(id);
      if (f === undefined) {
        f = files.length;
        files.push([name, hash, mask(String(e.catalog_relative_path ?? ''))]);
        fileIndex.set(id, f);
      }
      uses.push([f, e.stage === 'get' ? 'get' : 'put', index]);
    }
    steps.push([str(step.name), branch, str(template), str(step.step_type ?? ''), code(step.status), attempts, detail, step.message ? str(step.message) : -1]);
  });

  // Lanes: attempts of one top-level step's group packed so that overlapping work gets its own lane.
  const groups = new Map<number, { start: number; end: number; set: (lane: number) => void }[]>();
  steps.forEach((row, i) => {
    const top = topOf[i]!;
    const type = strings[row[3]];
    if (type === 'success' || type === 'fail') return; // instants, not work: not in the Gantt
    for (const a of row[5]) {
      let list = groups.get(top);
      if (!list) groups.set(top, (list = []));
      list.push({ start: a[0], end: a[0] + Math.max(a[1], 1), set: (lane) => (a[5] = lane) });
    }
  });
  const lanes: Record<number, number> = {};
  for (const [top, list] of groups) lanes[top] = packLanes(list);

  const rc = log.run_config && typeof log.run_config === 'object' ? log.run_config : {};
  const { dag, ...configRest } = rc as Record<string, unknown>;
  const dumped = graphFromDump(dag, mask);
  const codeIds: ReportData['run']['code'] = [];
  const seen = new Set<string>();
  walk(log, { itemsInDetail: 0, failedInDetail: 0 }, (s) => {
    for (const a of s.attempts ?? []) {
      for (const c of a.code_identities ?? []) {
        const k = `${c.code_identifier_type}\u0000${c.code_identifier}`;
        if (seen.has(k) || seen.size >= 10) continue;
        seen.add(k);
        const url = typeof c.code_identifier_url === 'string' && /^https?:\/\//i.test(c.code_identifier_url) ? mask(c.code_identifier_url) : '';
        codeIds.push([mask(String(c.code_identifier_type ?? '')), mask(String(c.code_identifier ?? '')), url, mask(String(c.code_identifier_message ?? ''))]);
      }
    }
  });

  return {
    version: 1,
    run: {
      id: mask(String(log.run_id ?? '')),
      status: code(log.status),
      tag: mask(String(log.tag ?? '')),
      dagHash: mask(String(log.dag_hash ?? '')),
      t0: t0,
      span: Math.max(0, tEnd - t0),
      parameters: params(log.parameters),
      code: codeIds,
      config: mask(cut(JSON.stringify(configRest, null, 2) ?? '{}', 20_000)),
      pipelineFile: mask(typeof rc.pipeline_definition_file === 'string' ? rc.pipeline_definition_file : ''),
      source: mask(opts.source ?? ''),
      generatedAt: opts.generatedAt ?? new Date().toISOString(),
    },
    graph: dumped ?? graphFromSteps(log.steps, '', mask),
    graphFromSteps: !dumped,
    strings,
    steps,
    branches,
    details,
    files,
    uses,
    omitted: { detailBranches: skippedBranches, lineageEntries: lineageOmitted, logs: logsOmitted },
    lanes,
  };
}
