/**
 * `runnable timeline RUN`: a readable console view of a finished run — each step with its start offset,
 * duration, attempts and status, branches indented, and a bar on a shared time axis (`--json`: the run log).
 *
 * RUN is whatever a person has at hand, in any store layout:
 * - a run id: looked up in the configured store, then in its log folder under both file layouts
 *   (`<id>.json` of file-system, `<id>/RunLog.json` + records of chunked-fs, which the Action writes);
 * - a run's folder or its `RunLog.json`; a folder holding one run (a log folder, a `gh run download` folder);
 * - a `<run_id>.json` document; a downloaded run-log artifact (the zip, read without unpacking it by hand).
 * Malformed input is a clear error naming the file, never a crash.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputFileError, RunLogNotFoundError, RunnableError, UsageError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { readRegularFileSync } from '../fs-read.js';
import { ChunkedFsRunLogStore, RUN_LOG_FILE } from '../runlog/chunked-fs.js';
import { createRunLogStore, DEFAULT_LOG_FOLDER, logFolderOf } from '../runlog/factory.js';
import type { RunLog, StepLog } from '../runlog/model.js';
import { isValidRunId } from '../runlog/run-id.js';

export interface TimelineOptions {
  target: string;
  configFile?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Width of the bar column. @default 40 */
  width?: number;
}

/** A run log document or an artifact zip is read up to this size. */
const MAX_READ = 512 * 1024 * 1024;

export async function loadRunLog(opts: TimelineOptions): Promise<RunLog> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const abs = path.resolve(cwd, opts.target);
  if (existsSync(abs)) return fromPath(abs, opts.target);
  if (!isValidRunId(opts.target)) throw new InputFileError(opts.target, 'no such file or folder, and not a run id');
  const config = await loadConfig({ file: opts.configFile, cwd, env: opts.env ?? process.env });
  try {
    return await createRunLogStore(config.runLogStore, cwd).getRunLog(opts.target);
  } catch (err) {
    if (!(err instanceof RunLogNotFoundError)) throw err;
    // The configured store may have the other file layout (the Action writes chunked-fs runs).
    const folder = ['file-system', 'chunked-fs'].includes(config.runLogStore.type) ? logFolderOf(config.runLogStore, cwd) : path.resolve(cwd, DEFAULT_LOG_FOLDER);
    for (const candidate of [path.join(folder, opts.target), path.join(folder, `${opts.target}.json`)]) {
      if (existsSync(candidate)) return fromPath(candidate, path.relative(cwd, candidate) || candidate);
    }
    // `x.json` / `x.zip` that is neither a file nor a run: the user meant a file.
    if (/\.(json|zip)$/i.test(opts.target)) throw new InputFileError(opts.target, 'no such file, and no run with that id');
    throw err;
  }
}

async function fromPath(abs: string, display: string): Promise<RunLog> {
  const st = statSync(abs);
  if (st.isDirectory()) return fromFolder(abs, display);
  if (path.basename(abs) === RUN_LOG_FILE) return fromRunFolder(path.dirname(abs), display);
  const read = readRegularFileSync(abs, MAX_READ, display);
  if (read.tooLarge !== undefined) throw new InputFileError(display, `it is ${read.tooLarge} bytes, larger than the ${MAX_READ} bytes a run log may have`);
  if (read.data.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return fromZip(read.data, display);
  return parseDocument(read.data.toString('utf8'), display);
}

/** A run's chunked-fs folder (holds RunLog.json), or a folder with exactly one run in it (up to two levels down). */
async function fromFolder(dir: string, display: string): Promise<RunLog> {
  if (existsSync(path.join(dir, RUN_LOG_FILE))) return fromRunFolder(dir, display);
  const runs: string[] = [];
  const look = (d: string, depth: number): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && existsSync(path.join(p, RUN_LOG_FILE))) runs.push(p);
      else if (e.isDirectory() && depth > 0 && !e.name.startsWith('.')) look(p, depth - 1);
      else if (e.isFile() && e.name.endsWith('.json') && isValidRunId(e.name.slice(0, -5))) runs.push(p);
    }
  };
  look(dir, 2);
  if (runs.length === 1) return fromPath(runs[0]!, path.join(display, path.relative(dir, runs[0]!)));
  if (!runs.length) throw new InputFileError(display, 'no run log in this folder (neither a run folder with RunLog.json nor a <run_id>.json)');
  const shown = runs.slice(0, 10).map((r) => `  runnable timeline ${JSON.stringify(path.join(display, path.relative(dir, r)))}`);
  throw new UsageError(`${display} holds ${runs.length} runs; name one:\n${shown.join('\n')}${runs.length > 10 ? `\n  … ${runs.length - 10} more` : ''}`);
}

async function fromRunFolder(dir: string, display: string): Promise<RunLog> {
  const runId = path.basename(dir);
  if (!isValidRunId(runId)) throw new InputFileError(display, `the folder name '${runId}' is not a run id`);
  try {
    return checkShape(await new ChunkedFsRunLogStore({ logFolder: path.dirname(dir) }).getRunLog(runId), display);
  } catch (err) {
    if (err instanceof RunnableError) throw err;
    throw new InputFileError(display, `not a readable run log: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/** A downloaded run-log artifact: unpacked into a temporary folder (entries checked: no path leaves it), then read as a folder. */
async function fromZip(data: Buffer, display: string): Promise<RunLog> {
  const { unzipSync } = await import('fflate');
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_READ) throw new Error(`it unpacks to more than ${MAX_READ} bytes`);
        return !f.name.endsWith('/');
      },
    });
  } catch (err) {
    throw new InputFileError(display, `not a readable zip: ${err instanceof Error ? err.message : String(err)}`);
  }
  const tmp = await mkdtemp(path.join(tmpdir(), 'runnable-timeline-'));
  try {
    for (const [name, bytes] of Object.entries(files)) {
      const to = path.resolve(tmp, name);
      if (!to.startsWith(tmp + path.sep)) throw new InputFileError(display, `the zip entry ${JSON.stringify(name)} points outside the archive`);
      await mkdir(path.dirname(to), { recursive: true });
      await writeFile(to, bytes);
    }
    return await fromFolder(tmp, display);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A whole run log document (the file-system layout's `<run_id>.json`). */
export function parseDocument(text: string, display: string): RunLog {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputFileError(display, `not valid JSON: ${jsonErrorAt(text, err)}`);
  }
  return checkShape(doc, display);
}

/** JSON.parse's message with the line and column of its position (Node 20 says only "at position N"). */
function jsonErrorAt(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /at position (\d+)/.exec(msg);
  if (!m || /line \d+ column \d+/.test(msg)) return msg;
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return `${msg} (line ${line} column ${before.length - before.lastIndexOf('\n')})`;
}

/** Enough of runnable's run log shape for the views, checked so a hand-edited file is a clear error. */
function checkShape(doc: unknown, display: string): RunLog {
  const bad = (where: string, what: string): never => {
    throw new InputFileError(display, `not a run log: ${where} ${what}`);
  };
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(doc)) return bad('the document', 'is not a JSON object');
  if (typeof doc.run_id !== 'string') bad('run_id', 'is missing or not a string');
  const steps = (v: unknown, where: string): void => {
    if (!isObj(v)) return bad(where, 'is missing or not an object');
    for (const [name, s] of Object.entries(v)) {
      const at = `${where}.${name}`;
      if (!isObj(s)) bad(at, 'is not an object');
      const step = s as Record<string, unknown>;
      if (!Array.isArray(step.attempts)) bad(`${at}.attempts`, 'is missing or not a list');
      if (step.branches !== undefined) {
        if (!isObj(step.branches)) bad(`${at}.branches`, 'is not an object');
        for (const [b, br] of Object.entries(step.branches as object)) {
          if (!isObj(br)) bad(`${at}.branches.${b}`, 'is not an object');
          steps((br as Record<string, unknown>).steps, `${at}.branches.${b}.steps`);
        }
      }
    }
  };
  steps(doc.steps, 'steps');
  return doc as unknown as RunLog;
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

/** Run log text as printed: control characters escaped (a step name cannot move the cursor or colour the terminal). */
function text(v: unknown): string {
  return String(v ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

function collect(steps: Record<string, StepLog>, depth: number, rows: Row[]): void {
  for (const s of Object.values(steps)) {
    const times = s.attempts.flatMap((a) => [Date.parse(String(a?.start_time)), Date.parse(String(a?.end_time))]).filter((t) => !Number.isNaN(t));
    const row: Row = { depth, name: text(depth ? String(s.internal_name ?? '').split('.').slice(-1)[0] : s.name), type: text(s.step_type), status: text(s.status), attempts: s.attempts.length };
    if (times.length) {
      row.start = Math.min(...times);
      row.end = Math.max(...times);
    }
    rows.push(row);
    for (const [bname, b] of Object.entries(s.branches ?? {})) {
      rows.push({ depth: depth + 1, name: `[${text(bname.split('.').slice(-1)[0])}]`, type: 'branch', status: text(b.status), attempts: 0 });
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
  const out: string[] = [`run ${text(log.run_id)}  status ${text(log.status)}  ${((t1 - t0) / 1000).toFixed(3)} s`, ''];
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
