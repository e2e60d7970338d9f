/**
 * Step output in the job log: one flat `::group::` per step (groups cannot nest), the step's own output
 * wrapped in `::stop-commands::<fresh token>` … `::<token>::` so nothing a step prints can run a workflow
 * command (mask values, set outputs, fake annotations). The Action's own lines stay outside the window.
 *
 * One step at a time "owns" the console and streams live; steps running concurrently are buffered (bounded,
 * tail kept) and printed as a whole group when they finish and the console is free.
 */
import { randomUUID } from 'node:crypto';
import type { RunReporter } from '../engine/index.js';
import type { Status } from '../runlog/model.js';
import { tuneHeapForLargeMap } from '../heap-tuning.js';
import { escapeData, inertOneLine } from '../github/workflow-commands.js';

interface StepBuffer {
  title: string;
  chunks: string[];
  bytes: number;
  dropped: number;
  startedAt: number;
}

const ICON: Record<string, string> = { SUCCESS: '✅', FAIL: '❌', PROCESSING: '⏳', CREATED: '⚪' };

export class StepLogRelay {
  private owner: { step: string; token: string; endsWithNewline: boolean } | undefined;
  private readonly running = new Map<string, StepBuffer>();
  private readonly done: { step: string; buf: StepBuffer; footer: string }[] = [];
  /** Why each step ran or was skipped, for the summary. */
  readonly skipped: { step: string; reason: string }[] = [];

  constructor(
    private readonly write: (text: string) => void,
    private readonly maxBufferedBytes = 1024 * 1024,
  ) {}

  private openLive(step: string, buf: StepBuffer): void {
    const token = randomUUID().replace(/-/g, '');
    this.write(`::group::${escapeData(inertOneLine(buf.title))}\n::stop-commands::${token}\n`);
    this.owner = { step, token, endsWithNewline: true };
    for (const c of buf.chunks) this.emitLive(c);
    if (buf.dropped) this.emitLive(`[runnable-action: ${buf.dropped} earlier bytes of buffered output not shown; the step's execution log in the catalog has everything]\n`);
    buf.chunks = [];
    buf.bytes = 0;
  }

  private emitLive(chunk: string): void {
    if (!chunk) return;
    this.write(chunk);
    this.owner!.endsWithNewline = chunk.endsWith('\n');
  }

  private closeLive(footer: string): void {
    const o = this.owner!;
    this.write(`${o.endsWithNewline ? '' : '\n'}::${o.token}::\n${inertOneLine(footer)}\n::endgroup::\n`);
    this.owner = undefined;
  }

  private printWhole(buf: StepBuffer, footer: string): void {
    const token = randomUUID().replace(/-/g, '');
    let body = buf.chunks.join('');
    if (buf.dropped) body = `[runnable-action: first ${buf.dropped} bytes not shown; the step's execution log in the catalog has everything]\n` + body;
    if (body && !body.endsWith('\n')) body += '\n';
    this.write(`::group::${escapeData(inertOneLine(buf.title))}\n::stop-commands::${token}\n${body}::${token}::\n${inertOneLine(footer)}\n::endgroup::\n`);
  }

  /** Prints finished steps waiting for the console, then hands the console to the oldest running step. */
  private drain(): void {
    if (this.owner) return;
    while (this.done.length) {
      const d = this.done.shift()!;
      if (d.buf.startedAt === 0) this.write(`${inertOneLine(d.footer)}\n`);
      else this.printWhole(d.buf, d.footer);
    }
    const next = [...this.running.entries()].sort((a, b) => a[1].startedAt - b[1].startedAt)[0];
    if (next) this.openLive(next[0], next[1]);
  }

  readonly reporter: RunReporter = {
    stepStarted: (e) => {
      const title = `${e.step} (${e.type}${e.attempt > 1 ? `, attempt ${e.attempt}` : ''})`;
      if (!['task'].includes(e.type)) return; // composites, stubs and terminals print one line when they finish
      const buf: StepBuffer = { title, chunks: [], bytes: 0, dropped: 0, startedAt: Date.now() };
      this.running.set(e.step, buf);
      if (!this.owner) this.openLive(e.step, buf);
    },
    stepOutput: (e) => {
      if (this.owner?.step === e.step) return this.emitLive(e.chunk);
      const buf = this.running.get(e.step);
      if (!buf) return;
      buf.chunks.push(e.chunk);
      buf.bytes += e.chunk.length;
      while (buf.bytes > this.maxBufferedBytes && buf.chunks.length > 1) {
        const c = buf.chunks.shift()!;
        buf.bytes -= c.length;
        buf.dropped += c.length;
      }
    },
    stepFinished: (e) => {
      if (e.skipped) this.skipped.push({ step: e.step, reason: e.skipped });
      const status = e.status as Status;
      const why = e.skipped ? ` — skipped: ${e.skipped}` : e.status === 'FAIL' && e.message ? ` — ${e.message.split('\n')[0]}` : '';
      const footer = `${ICON[status] ?? ''} ${e.step} ${status}${why}`;
      const buf = this.running.get(e.step);
      if (!buf) {
        // A step without output window (composite, stub, terminal, skipped): one line when the console is free.
        if (this.owner) this.done.push({ step: e.step, buf: { title: `${e.step} (${e.type})`, chunks: [], bytes: 0, dropped: 0, startedAt: 0 }, footer });
        else this.write(`${inertOneLine(footer)}\n`);
        return;
      }
      this.running.delete(e.step);
      if (this.owner?.step === e.step) {
        this.closeLive(footer);
        this.drain();
      } else {
        this.done.push({ step: e.step, buf, footer });
      }
    },
    branchProgress: (e) => {
      tuneHeapForLargeMap(e.total, e.done);
      if (!this.owner && e.done === 0) this.write(`${inertOneLine(`${e.step}: ${e.total} branch${e.total === 1 ? '' : 'es'} to run`)}\n`);
      else if (!this.owner && (e.done === e.total || e.done % Math.max(1, Math.ceil(e.total / 10)) === 0)) {
        this.write(`${inertOneLine(`${e.step}: ${e.done}/${e.total} branches finished${e.failed ? `, ${e.failed} failed` : ''}`)}\n`);
      }
    },
  };

  /** Prints everything still buffered (end of run, cancellation). */
  finish(): void {
    if (this.owner) this.closeLive('(output ended)');
    for (const [step, buf] of this.running) this.done.push({ step, buf, footer: `${step}: no result (run ended)` });
    this.running.clear();
    this.drain();
  }
}
