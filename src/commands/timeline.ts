/**
 * `runnable timeline RUN_ID|run-log.json`: a readable console view of a finished run — each step with its
 * start offset, duration, attempts and status, branches indented, and a bar on a shared time axis.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputFileError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { createRunLogStore } from '../runlog/factory.js';
import type { RunLog, StepLog } from '../runlog/model.js';

export interface TimelineOptions {
  target: string;
  configFile?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Width of the bar column. @default 40 */
  width?: number;
}

export async function loadRunLog(opts: TimelineOptions): Promise<RunLog> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  if (opts.target.endsWith('.json')) {
    try {
      return JSON.parse(await readFile(path.resolve(cwd, opts.target), 'utf8')) as RunLog;
    } catch (err) {
      throw new InputFileError(opts.target, err instanceof Error ? err.message : String(err));
    }
  }
  const config = await loadConfig({ file: opts.configFile, cwd, env: opts.env ?? process.env });
  return createRunLogStore(config.runLogStore, cwd).getRunLog(opts.target);
}

interface Row {
  depth: number;
  name: string;
  type: string;
  status: string;
  attempts: number;
  start?: number;
  end?: number;
}

function collect(steps: Record<string, StepLog>, depth: number, rows: Row[]): void {
  for (const s of Object.values(steps)) {
    const times = s.attempts.flatMap((a) => [Date.parse(a.start_time), Date.parse(a.end_time)]).filter((t) => !Number.isNaN(t));
    const row: Row = { depth, name: depth ? s.internal_name.split('.').slice(-1)[0]! : s.name, type: s.step_type, status: s.status, attempts: s.attempts.length };
    if (times.length) {
      row.start = Math.min(...times);
      row.end = Math.max(...times);
    }
    rows.push(row);
    for (const [bname, b] of Object.entries(s.branches)) {
      rows.push({ depth: depth + 1, name: `[${bname.split('.').slice(-1)[0]}]`, type: 'branch', status: b.status, attempts: 0 });
      collect(b.steps, depth + 2, rows);
    }
    // A composite spans its branches.
    if (row.start === undefined) {
      const inner = rows.slice(rows.indexOf(row) + 1).filter((r) => r.start !== undefined);
      if (inner.length) {
        row.start = Math.min(...inner.map((r) => r.start!));
        row.end = Math.max(...inner.map((r) => r.end!));
      }
    }
  }
}

export function renderTimeline(log: RunLog, width = 40): string {
  const rows: Row[] = [];
  collect(log.steps, 0, rows);
  const timed = rows.filter((r) => r.start !== undefined);
  const t0 = timed.length ? Math.min(...timed.map((r) => r.start!)) : 0;
  const t1 = timed.length ? Math.max(...timed.map((r) => r.end!)) : 0;
  const span = Math.max(1, t1 - t0);
  const nameWidth = Math.min(48, Math.max(10, ...rows.map((r) => r.depth * 2 + r.name.length)));
  const out: string[] = [`run ${log.run_id}  status ${log.status}  ${((t1 - t0) / 1000).toFixed(3)} s`, ''];
  out.push(`${'step'.padEnd(nameWidth)}  ${'type'.padEnd(11)} ${'status'.padEnd(10)} att  ${'start'.padStart(8)} ${'dur'.padStart(8)}  timeline`);
  for (const r of rows.slice(0, 500)) {
    const name = ('  '.repeat(r.depth) + r.name).slice(0, nameWidth).padEnd(nameWidth);
    let bar = '';
    let start = '';
    let dur = '';
    if (r.start !== undefined) {
      const a = Math.floor(((r.start - t0) / span) * width);
      const b = Math.max(a + 1, Math.ceil(((r.end! - t0) / span) * width));
      bar = ' '.repeat(a) + (r.status === 'FAIL' ? 'x' : '█').repeat(b - a);
      start = `${((r.start - t0) / 1000).toFixed(3)}s`;
      dur = `${((r.end! - r.start) / 1000).toFixed(3)}s`;
    }
    out.push(`${name}  ${r.type.padEnd(11)} ${r.status.padEnd(10)} ${String(r.attempts || '').padStart(3)}  ${start.padStart(8)} ${dur.padStart(8)}  ${bar}`);
  }
  if (rows.length > 500) out.push(`… ${rows.length - 500} more rows`);
  return out.join('\n') + '\n';
}
