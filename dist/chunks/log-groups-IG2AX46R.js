import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  tuneHeapForLargeMap
} from "./chunk-4INVMEMZ.js";
import {
  escapeData,
  inertOneLine
} from "./chunk-3UTGXEAI.js";
import "./chunk-XPIGEFVS.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/action/log-groups.ts
import { randomUUID } from "node:crypto";
var ICON = { SUCCESS: "\u2705", FAIL: "\u274C", PROCESSING: "\u23F3", CREATED: "\u26AA" };
var StepLogRelay = class {
  constructor(write, maxBufferedBytes = 1024 * 1024) {
    this.write = write;
    this.maxBufferedBytes = maxBufferedBytes;
  }
  write;
  maxBufferedBytes;
  static {
    __name(this, "StepLogRelay");
  }
  owner;
  running = /* @__PURE__ */ new Map();
  done = [];
  /** Why each step ran or was skipped, for the summary. */
  skipped = [];
  openLive(step, buf) {
    const token = randomUUID().replace(/-/g, "");
    this.write(`::group::${escapeData(inertOneLine(buf.title))}
::stop-commands::${token}
`);
    this.owner = { step, token, endsWithNewline: true };
    for (const c of buf.chunks) this.emitLive(c);
    if (buf.dropped) this.emitLive(`[runnable-action: ${buf.dropped} earlier bytes of buffered output not shown; the step's execution log in the catalog has everything]
`);
    buf.chunks = [];
    buf.bytes = 0;
  }
  emitLive(chunk) {
    if (!chunk) return;
    this.write(chunk);
    this.owner.endsWithNewline = chunk.endsWith("\n");
  }
  closeLive(footer) {
    const o = this.owner;
    this.write(`${o.endsWithNewline ? "" : "\n"}::${o.token}::
${inertOneLine(footer)}
::endgroup::
`);
    this.owner = void 0;
  }
  printWhole(buf, footer) {
    const token = randomUUID().replace(/-/g, "");
    let body = buf.chunks.join("");
    if (buf.dropped) body = `[runnable-action: first ${buf.dropped} bytes not shown; the step's execution log in the catalog has everything]
` + body;
    if (body && !body.endsWith("\n")) body += "\n";
    this.write(`::group::${escapeData(inertOneLine(buf.title))}
::stop-commands::${token}
${body}::${token}::
${inertOneLine(footer)}
::endgroup::
`);
  }
  /** Prints finished steps waiting for the console, then hands the console to the oldest running step. */
  drain() {
    if (this.owner) return;
    while (this.done.length) {
      const d = this.done.shift();
      if (d.buf.startedAt === 0) this.write(`${inertOneLine(d.footer)}
`);
      else this.printWhole(d.buf, d.footer);
    }
    const next = [...this.running.entries()].sort((a, b) => a[1].startedAt - b[1].startedAt)[0];
    if (next) this.openLive(next[0], next[1]);
  }
  reporter = {
    stepStarted: /* @__PURE__ */ __name((e) => {
      const title = `${e.step} (${e.type}${e.attempt > 1 ? `, attempt ${e.attempt}` : ""})`;
      if (!["task"].includes(e.type)) return;
      const buf = { title, chunks: [], bytes: 0, dropped: 0, startedAt: Date.now() };
      this.running.set(e.step, buf);
      if (!this.owner) this.openLive(e.step, buf);
    }, "stepStarted"),
    stepOutput: /* @__PURE__ */ __name((e) => {
      if (this.owner?.step === e.step) return this.emitLive(e.chunk);
      const buf = this.running.get(e.step);
      if (!buf) return;
      buf.chunks.push(e.chunk);
      buf.bytes += e.chunk.length;
      while (buf.bytes > this.maxBufferedBytes && buf.chunks.length > 1) {
        const c = buf.chunks.shift();
        buf.bytes -= c.length;
        buf.dropped += c.length;
      }
    }, "stepOutput"),
    stepFinished: /* @__PURE__ */ __name((e) => {
      if (e.skipped) this.skipped.push({ step: e.step, reason: e.skipped });
      const status = e.status;
      const why = e.skipped ? ` \u2014 skipped: ${e.skipped}` : e.status === "FAIL" && e.message ? ` \u2014 ${e.message.split("\n")[0]}` : "";
      const footer = `${ICON[status] ?? ""} ${e.step} ${status}${why}`;
      const buf = this.running.get(e.step);
      if (!buf) {
        if (this.owner) this.done.push({ step: e.step, buf: { title: `${e.step} (${e.type})`, chunks: [], bytes: 0, dropped: 0, startedAt: 0 }, footer });
        else this.write(`${inertOneLine(footer)}
`);
        return;
      }
      this.running.delete(e.step);
      if (this.owner?.step === e.step) {
        this.closeLive(footer);
        this.drain();
      } else {
        this.done.push({ step: e.step, buf, footer });
      }
    }, "stepFinished"),
    branchProgress: /* @__PURE__ */ __name((e) => {
      tuneHeapForLargeMap(e.total, e.done);
      if (!this.owner && e.done === 0) this.write(`${inertOneLine(`${e.step}: ${e.total} branch${e.total === 1 ? "" : "es"} to run`)}
`);
      else if (!this.owner && (e.done === e.total || e.done % Math.max(1, Math.ceil(e.total / 10)) === 0)) {
        this.write(`${inertOneLine(`${e.step}: ${e.done}/${e.total} branches finished${e.failed ? `, ${e.failed} failed` : ""}`)}
`);
      }
    }, "branchProgress")
  };
  /** Prints everything still buffered (end of run, cancellation). */
  finish() {
    if (this.owner) this.closeLive("(output ended)");
    for (const [step, buf] of this.running) this.done.push({ step, buf, footer: `${step}: no result (run ended)` });
    this.running.clear();
    this.drain();
  }
};
export {
  StepLogRelay
};
