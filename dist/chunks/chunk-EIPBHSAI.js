import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-GE2OTE2S.js";
import {
  readRegularFileSync
} from "./chunk-JOHAO7GC.js";
import {
  ChunkedFsRunLogStore,
  DEFAULT_LOG_FOLDER,
  RUN_LOG_FILE,
  createRunLogStore,
  logFolderOf
} from "./chunk-CAUTPMAU.js";
import {
  isValidRunId
} from "./chunk-K22HHINW.js";
import {
  InputFileError,
  RunLogNotFoundError,
  RunnableError,
  UsageError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/commands/timeline.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
var MAX_READ = 512 * 1024 * 1024;
async function loadRunLog(opts) {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const abs = path.resolve(cwd, opts.target);
  if (existsSync(abs)) return fromPath(abs, opts.target);
  if (!isValidRunId(opts.target)) throw new InputFileError(opts.target, "no such file or folder, and not a run id");
  const config = await loadConfig({ file: opts.configFile, cwd, env: opts.env ?? process.env });
  try {
    return await createRunLogStore(config.runLogStore, cwd).getRunLog(opts.target);
  } catch (err) {
    if (!(err instanceof RunLogNotFoundError)) throw err;
    const folder = ["file-system", "chunked-fs"].includes(config.runLogStore.type) ? logFolderOf(config.runLogStore, cwd) : path.resolve(cwd, DEFAULT_LOG_FOLDER);
    for (const candidate of [path.join(folder, opts.target), path.join(folder, `${opts.target}.json`)]) {
      if (existsSync(candidate)) return fromPath(candidate, path.relative(cwd, candidate) || candidate);
    }
    if (/\.(json|zip)$/i.test(opts.target)) throw new InputFileError(opts.target, "no such file, and no run with that id");
    throw err;
  }
}
__name(loadRunLog, "loadRunLog");
async function fromPath(abs, display) {
  const st = statSync(abs);
  if (st.isDirectory()) return fromFolder(abs, display);
  if (path.basename(abs) === RUN_LOG_FILE) return fromRunFolder(path.dirname(abs), display);
  const read = readRegularFileSync(abs, MAX_READ, display);
  if (read.tooLarge !== void 0) throw new InputFileError(display, `it is ${read.tooLarge} bytes, larger than the ${MAX_READ} bytes a run log may have`);
  if (read.data.subarray(0, 4).equals(Buffer.from("PK", "latin1"))) return fromZip(read.data, display);
  return parseDocument(read.data.toString("utf8"), display);
}
__name(fromPath, "fromPath");
async function fromFolder(dir, display) {
  if (existsSync(path.join(dir, RUN_LOG_FILE))) return fromRunFolder(dir, display);
  const runs = [];
  const look = /* @__PURE__ */ __name((d, depth) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && existsSync(path.join(p, RUN_LOG_FILE))) runs.push(p);
      else if (e.isDirectory() && depth > 0 && !e.name.startsWith(".")) look(p, depth - 1);
      else if (e.isFile() && e.name.endsWith(".json") && isValidRunId(e.name.slice(0, -5))) runs.push(p);
    }
  }, "look");
  look(dir, 2);
  if (runs.length === 1) return fromPath(runs[0], path.join(display, path.relative(dir, runs[0])));
  if (!runs.length) throw new InputFileError(display, "no run log in this folder (neither a run folder with RunLog.json nor a <run_id>.json)");
  const shown = runs.slice(0, 10).map((r) => `  runnable timeline ${JSON.stringify(path.join(display, path.relative(dir, r)))}`);
  throw new UsageError(`${display} holds ${runs.length} runs; name one:
${shown.join("\n")}${runs.length > 10 ? `
  \u2026 ${runs.length - 10} more` : ""}`);
}
__name(fromFolder, "fromFolder");
async function fromRunFolder(dir, display) {
  const runId = path.basename(dir);
  if (!isValidRunId(runId)) throw new InputFileError(display, `the folder name '${runId}' is not a run id`);
  try {
    return checkShape(await new ChunkedFsRunLogStore({ logFolder: path.dirname(dir) }).getRunLog(runId), display);
  } catch (err) {
    if (err instanceof RunnableError) throw err;
    throw new InputFileError(display, `not a readable run log: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
__name(fromRunFolder, "fromRunFolder");
async function fromZip(data, display) {
  const { unzipSync } = await import("./esm-GINPSTXO.js");
  let total = 0;
  let files;
  try {
    files = unzipSync(data, {
      filter: /* @__PURE__ */ __name((f) => {
        total += f.originalSize;
        if (total > MAX_READ) throw new Error(`it unpacks to more than ${MAX_READ} bytes`);
        return !f.name.endsWith("/");
      }, "filter")
    });
  } catch (err) {
    throw new InputFileError(display, `not a readable zip: ${err instanceof Error ? err.message : String(err)}`);
  }
  const tmp = await mkdtemp(path.join(tmpdir(), "runnable-timeline-"));
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
__name(fromZip, "fromZip");
function parseDocument(text2, display) {
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch (err) {
    throw new InputFileError(display, `not valid JSON: ${jsonErrorAt(text2, err)}`);
  }
  return checkShape(doc, display);
}
__name(parseDocument, "parseDocument");
function jsonErrorAt(text2, err) {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /at position (\d+)/.exec(msg);
  if (!m || /line \d+ column \d+/.test(msg)) return msg;
  const before = text2.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  return `${msg} (line ${line} column ${before.length - before.lastIndexOf("\n")})`;
}
__name(jsonErrorAt, "jsonErrorAt");
function checkShape(doc, display) {
  const bad = /* @__PURE__ */ __name((where, what) => {
    throw new InputFileError(display, `not a run log: ${where} ${what}`);
  }, "bad");
  const isObj = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObj");
  if (!isObj(doc)) return bad("the document", "is not a JSON object");
  if (typeof doc.run_id !== "string") bad("run_id", "is missing or not a string");
  const steps = /* @__PURE__ */ __name((v, where) => {
    if (!isObj(v)) return bad(where, "is missing or not an object");
    for (const [name, s] of Object.entries(v)) {
      const at = `${where}.${name}`;
      if (!isObj(s)) bad(at, "is not an object");
      const step = s;
      if (!Array.isArray(step.attempts)) bad(`${at}.attempts`, "is missing or not a list");
      if (step.branches !== void 0) {
        if (!isObj(step.branches)) bad(`${at}.branches`, "is not an object");
        for (const [b, br] of Object.entries(step.branches)) {
          if (!isObj(br)) bad(`${at}.branches.${b}`, "is not an object");
          steps(br.steps, `${at}.branches.${b}.steps`);
        }
      }
    }
  }, "steps");
  steps(doc.steps, "steps");
  return doc;
}
__name(checkShape, "checkShape");
function text(v) {
  return String(v ?? "").replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
__name(text, "text");
function collect(steps, depth, rows) {
  for (const s of Object.values(steps)) {
    const times = s.attempts.flatMap((a) => [Date.parse(String(a?.start_time)), Date.parse(String(a?.end_time))]).filter((t) => !Number.isNaN(t));
    const row = { depth, name: text(depth ? String(s.internal_name ?? "").split(".").slice(-1)[0] : s.name), type: text(s.step_type), status: text(s.status), attempts: s.attempts.length };
    if (times.length) {
      row.start = Math.min(...times);
      row.end = Math.max(...times);
    }
    rows.push(row);
    for (const [bname, b] of Object.entries(s.branches ?? {})) {
      rows.push({ depth: depth + 1, name: `[${text(bname.split(".").slice(-1)[0])}]`, type: "branch", status: text(b.status), attempts: 0 });
      collect(b.steps, depth + 2, rows);
    }
    if (row.start === void 0) {
      const inner = rows.slice(rows.indexOf(row) + 1).filter((r) => r.start !== void 0);
      if (inner.length) {
        row.start = Math.min(...inner.map((r) => r.start));
        row.end = Math.max(...inner.map((r) => r.end));
      }
    }
  }
}
__name(collect, "collect");
function renderTimeline(log, width = 40) {
  const rows = [];
  collect(log.steps, 0, rows);
  const timed = rows.filter((r) => r.start !== void 0);
  const t0 = timed.length ? Math.min(...timed.map((r) => r.start)) : 0;
  const t1 = timed.length ? Math.max(...timed.map((r) => r.end)) : 0;
  const span = Math.max(1, t1 - t0);
  const nameWidth = Math.min(48, Math.max(10, ...rows.map((r) => r.depth * 2 + r.name.length)));
  const out = [`run ${text(log.run_id)}  status ${text(log.status)}  ${((t1 - t0) / 1e3).toFixed(3)} s`, ""];
  out.push(`${"step".padEnd(nameWidth)}  ${"type".padEnd(11)} ${"status".padEnd(10)} att  ${"start".padStart(8)} ${"dur".padStart(8)}  timeline`);
  for (const r of rows.slice(0, 500)) {
    const name = ("  ".repeat(r.depth) + r.name).slice(0, nameWidth).padEnd(nameWidth);
    let bar = "";
    let start = "";
    let dur = "";
    if (r.start !== void 0) {
      const a = Math.floor((r.start - t0) / span * width);
      const b = Math.max(a + 1, Math.ceil((r.end - t0) / span * width));
      bar = " ".repeat(a) + (r.status === "FAIL" ? "x" : "\u2588").repeat(b - a);
      start = `${((r.start - t0) / 1e3).toFixed(3)}s`;
      dur = `${((r.end - r.start) / 1e3).toFixed(3)}s`;
    }
    out.push(`${name}  ${r.type.padEnd(11)} ${r.status.padEnd(10)} ${String(r.attempts || "").padStart(3)}  ${start.padStart(8)} ${dur.padStart(8)}  ${bar}`);
  }
  if (rows.length > 500) out.push(`\u2026 ${rows.length - 500} more rows`);
  return out.join("\n") + "\n";
}
__name(renderTimeline, "renderTimeline");

export {
  loadRunLog,
  parseDocument,
  renderTimeline
};
