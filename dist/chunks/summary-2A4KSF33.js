import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  stepCachedFrom
} from "./chunk-NCMUKSZX.js";
import {
  MIN_SECRET_LENGTH,
  maskText
} from "./chunk-ZJUNEOJQ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/github/summary.ts
var ICON = { SUCCESS: "\u2705", FAIL: "\u274C", PROCESSING: "\u23F3", CREATED: "\u26AA" };
function cell(s, max = 120) {
  let t = typeof s === "string" ? s : JSON.stringify(s) ?? "";
  if (t.length > max) t = t.slice(0, max - 1) + "\u2026";
  return t.replace(/[\\`*_[\]()!~]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/:\/\//g, ":\u2060//").replace(/\b(www)\./gi, "$1\u2060.").replace(/@/g, "@\u2060").replace(/\r?\n/g, " ");
}
__name(cell, "cell");
function codeCell(s, max = 120) {
  let t = typeof s === "string" ? s : JSON.stringify(s) ?? "";
  if (t.length > max) t = t.slice(0, max - 1) + "\u2026";
  return "`" + t.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\r?\n/g, " ") + "`";
}
__name(codeCell, "codeCell");
function formatDuration(ms) {
  if (ms === void 0 || !Number.isFinite(ms) || ms < 0) return "";
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${Math.round(s - m * 60)}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}
__name(formatDuration, "formatDuration");
function stepDurationMs(step) {
  let start = Infinity;
  let end = -Infinity;
  const visit = /* @__PURE__ */ __name((s) => {
    for (const a of s.attempts ?? []) {
      const t0 = Date.parse(a.start_time);
      const t1 = Date.parse(a.end_time);
      if (Number.isFinite(t0)) start = Math.min(start, t0);
      if (Number.isFinite(t1)) end = Math.max(end, t1);
    }
    for (const b of Object.values(s.branches ?? {})) for (const inner of Object.values(b.steps)) visit(inner);
  }, "visit");
  visit(step);
  return Number.isFinite(start) && Number.isFinite(end) ? end - start : void 0;
}
__name(stepDurationMs, "stepDurationMs");
function paramsText(p, max) {
  if (!p) return "";
  const parts = Object.entries(p).map(([k, v]) => `${k}=${typeof v.value === "string" ? v.value : JSON.stringify(v.value)}`);
  return cell(parts.join(", "), max);
}
__name(paramsText, "paramsText");
function catalogText(step, max) {
  const puts = (step.data_catalog ?? []).filter((e) => e.stage === "put" && !e.name.endsWith(".execution.log"));
  const gets = (step.data_catalog ?? []).filter((e) => e.stage === "get");
  const parts = [];
  if (gets.length) parts.push(`get ${gets.length}`);
  if (puts.length) parts.push(`put ${puts.length}: ${puts.slice(0, 3).map((e) => e.name).join(", ")}${puts.length > 3 ? ", \u2026" : ""}`);
  return cell(parts.join("; "), max);
}
__name(catalogText, "catalogText");
function isComposite(s) {
  return Object.keys(s.branches ?? {}).length > 0 || ["map", "parallel", "conditional", "loop"].includes(s.step_type);
}
__name(isComposite, "isComposite");
function branchCounts(step) {
  const c = { total: 0, SUCCESS: 0, FAIL: 0, PROCESSING: 0, CREATED: 0 };
  for (const b of Object.values(step.branches ?? {})) {
    c.total++;
    c[b.status] = (c[b.status] ?? 0) + 1;
  }
  return c;
}
__name(branchCounts, "branchCounts");
function countsText(c) {
  const parts = [`${c.total} branch${c.total === 1 ? "" : "es"}`];
  for (const s of ["SUCCESS", "FAIL", "PROCESSING", "CREATED"]) if (c[s]) parts.push(`${ICON[s]} ${c[s]}`);
  return parts.join(" \xB7 ");
}
__name(countsText, "countsText");
function cachedFrom(s) {
  const from = stepCachedFrom(s);
  return from ? { step: from.step, runId: from.run_id } : void 0;
}
__name(cachedFrom, "cachedFrom");
function taskCounts(steps) {
  let tasks = 0;
  let cached = 0;
  const visit = /* @__PURE__ */ __name((s) => {
    if (s.step_type === "task") {
      tasks++;
      if (cachedFrom(s)) cached++;
    }
    for (const b of Object.values(s.branches ?? {})) for (const inner of Object.values(b.steps)) visit(inner);
  }, "visit");
  for (const s of steps) visit(s);
  return { tasks, cached };
}
__name(taskCounts, "taskCounts");
function stepRow(s, name, level) {
  const last = s.attempts?.[s.attempts.length - 1];
  const max = level === 2 ? 120 : 60;
  const attempts = isComposite(s) ? countsText(branchCounts(s)) : String(s.attempts?.length ?? 0);
  const cached = cachedFrom(s);
  const msg = s.status === "FAIL" ? cell(s.message || last?.message || "", max) : cached ? `\u267B\uFE0F cached: result of run ${codeCell(cached.runId, 80)}${cached.step !== s.name && cached.step !== s.internal_name ? ` (step ${cell(cached.step, 60)})` : ""}, not run again` : "";
  const icon = cached ? "\u267B\uFE0F" : ICON[s.status] ?? "";
  return `| ${icon} ${cell(name, 80)} | ${cell(s.step_type, 20)} | ${s.status} | ${attempts} | ${formatDuration(stepDurationMs(s))} | ${paramsText(last?.output_parameters, max)} | ${catalogText(s, max)} | ${msg} |`;
}
__name(stepRow, "stepRow");
var TABLE_HEAD = "| step | type | status | attempts | duration | returned | catalog | message |\n| --- | --- | --- | --- | --- | --- | --- | --- |";
function branchLabel(branchName, parent) {
  return branchName.startsWith(parent + ".") ? branchName.slice(parent.length + 1) : branchName;
}
__name(branchLabel, "branchLabel");
function compositeDetails(step, level, out) {
  const branches = Object.values(step.branches ?? {});
  const c = branchCounts(step);
  const open = c.FAIL > 0 && level > 0 ? " open" : "";
  out.push(`<details${open}><summary><b>${cell(step.name, 80)}</b> (${cell(step.step_type, 20)}): ${countsText(c)}</summary>`, "");
  if (level === 0) {
    out.push("Details omitted to keep the summary under 1 MiB: see the run-log artifact.", "", "</details>", "");
    return;
  }
  const SMALL = 50;
  const failures = branches.filter((b) => b.status !== "SUCCESS");
  let shown = branches;
  let note = "";
  if (level === 1 || branches.length > SMALL) {
    const firstFailures = failures.slice(0, 20);
    const sample = branches.filter((b) => b.status === "SUCCESS").slice(0, level === 2 ? 10 : 3);
    shown = [...firstFailures, ...sample];
    const hidden = branches.length - shown.length;
    if (hidden > 0) note = `${hidden} more branch${hidden === 1 ? "" : "es"} (${failures.length - firstFailures.length} of them not successful) \u2014 see the run-log artifact.`;
  }
  out.push(TABLE_HEAD);
  for (const b of shown) {
    const label = branchLabel(b.internal_name, step.internal_name);
    for (const inner of Object.values(b.steps)) {
      if (inner.step_type === "success" && b.status === "SUCCESS" && level < 2) continue;
      out.push(stepRow(inner, `${label} \u203A ${inner.name}`, level));
    }
  }
  out.push("");
  if (note) out.push(`_${note}_`, "");
  out.push("</details>", "");
}
__name(compositeDetails, "compositeDetails");
function render(input, level, withDiagram) {
  const { runLog, failure } = input;
  const out = [];
  const status = failure?.status ?? runLog.status;
  out.push(`## ${ICON[status] ?? ""} runnable run ${codeCell(runLog.run_id, 200)}: ${status}`, "");
  if (failure) out.push(`**${ICON[failure.status] ?? ""} ${cell(failure.message, 2e3)}**`, "");
  const facts = [`**status** ${status}${status !== runLog.status ? ` (the run log says ${runLog.status})` : ""}`];
  if (input.durationMs !== void 0) facts.push(`**duration** ${formatDuration(input.durationMs)}`);
  if (runLog.tag) facts.push(`**tag** ${cell(runLog.tag, 80)}`);
  const counts = taskCounts(Object.values(runLog.steps));
  if (counts.cached) facts.push(`**\u267B\uFE0F cached** ${counts.cached} of ${counts.tasks} task${counts.tasks === 1 ? "" : "s"} (restored, not run)`);
  facts.push(`**dag hash** ${codeCell(runLog.dag_hash, 64)}`);
  out.push(facts.join(" \xB7 "), "");
  for (const n of input.notes ?? []) out.push(`> ${cell(n, 400)}`, "");
  const steps = Object.values(runLog.steps);
  out.push("### Steps", "", TABLE_HEAD);
  for (const s of steps) out.push(stepRow(s, s.name, level));
  out.push("");
  const composites = steps.filter((s) => isComposite(s));
  if (composites.length) {
    out.push("### Branches", "");
    for (const s of composites) compositeDetails(s, level, out);
  }
  if (runLog.parameters && Object.keys(runLog.parameters).length) {
    out.push("<details><summary>Final parameters</summary>", "", "| name | value |", "| --- | --- |");
    const entries = Object.entries(runLog.parameters);
    for (const [k, v] of entries.slice(0, level === 2 ? 200 : 30)) out.push(`| ${cell(k, 80)} | ${cell(v.value, level === 2 ? 200 : 80)} |`);
    if (entries.length > (level === 2 ? 200 : 30)) out.push(`| \u2026 | ${entries.length - (level === 2 ? 200 : 30)} more |`);
    out.push("", "</details>", "");
  }
  if (withDiagram && input.mermaid) out.push("### Graph", "", "```mermaid", input.mermaid.trim(), "```", "");
  if (input.artifacts?.length) {
    out.push("### Artifacts", "");
    const arts = input.artifacts.slice(0, level === 2 ? 100 : 20);
    for (const a of arts) {
      const what = [a.kind, a.files !== void 0 ? `${a.files} file(s)` : "", a.bytes !== void 0 ? `${a.bytes} bytes` : ""].filter(Boolean).join(", ");
      out.push(`- ${a.url ? `[${cell(a.name, 120)}](${a.url})` : `${codeCell(a.name, 120)}`}${what ? ` \u2014 ${what}` : ""}`);
    }
    if (input.artifacts.length > arts.length) out.push(`- \u2026 ${input.artifacts.length - arts.length} more`);
    out.push("");
  }
  if (input.appendix) out.push(input.appendix, "");
  return out.join("\n");
}
__name(render, "render");
function maskSecrets(text, secrets) {
  if (!secrets?.length) return text;
  const values = secrets.filter((s) => s && s.length >= MIN_SECRET_LENGTH);
  return maskText(text, [...values, ...values.map((s) => cell(s, Infinity))]);
}
__name(maskSecrets, "maskSecrets");
function renderSummary(input) {
  const max = input.maxBytes ?? 1e6;
  const attempts = [
    [2, true],
    [1, true],
    [1, false],
    [0, false]
  ];
  let text = "";
  for (const [level, diagram] of attempts) {
    text = maskSecrets(render(input, level, diagram), input.secrets);
    if (Buffer.byteLength(text) <= max) return text;
  }
  const note = "\n\n_Summary truncated to stay under the 1 MiB limit: see the run-log artifact for everything._\n";
  let cut = Buffer.from(text).subarray(0, max - Buffer.byteLength(note)).toString("utf8");
  cut = cut.slice(0, cut.lastIndexOf("\n"));
  return cut.replace(/\uFFFD$/, "") + note;
}
__name(renderSummary, "renderSummary");
export {
  cachedFrom,
  formatDuration,
  maskSecrets,
  renderSummary,
  stepDurationMs
};
