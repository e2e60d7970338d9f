/**
 * A task's output on its way out: secrets masked, kept for the execution log, and forwarded to the
 * reporter (console, Action log groups). Masking works on whole lines so that a secret split across two
 * chunks of a pipe is still caught.
 *
 * Bounded whatever the output's shape (80 MB without a newline, 600 MB in all): time is linear (a chunk is
 * searched for its newline, never the growing line), a line longer than MAX_LINE is passed on in pieces cut
 * where no secret can straddle them, and the log is kept in memory only up to SPILL_AT bytes, then in a
 * temp file of this process that the catalog copies from (`finishLog`).
 */
import fs from 'node:fs';
import { Masker, secretForms } from '../secrets/mask.js';
import { tempPath } from '../tasks/common.js';
import type { OutputSink } from '../tasks/task.js';
import type { RunReporter } from './types.js';

/** A line longer than this is passed on in pieces (masking still sees every secret whole). */
const MAX_LINE = 64 * 1024;
/** Log bytes kept in memory before the log moves to a temp file. */
const SPILL_AT = 1024 * 1024;

/** The execution log of one attempt: its text, or (when large) the temp file holding it. */
export type ExecutionLog = { bytes: number; text: string; file?: undefined } | { bytes: number; file: string; text?: undefined };

export class OutputCollector implements OutputSink {
  private parts: string[] = [];
  private partsBytes = 0;
  private spill?: { fd: number; file: string; bytes: number };
  private readonly pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  /** Whether a stream's last emitted text left a line open (a long line passed on in pieces ends mid-line). */
  private readonly open: Record<'stdout' | 'stderr', boolean> = { stdout: false, stderr: false };
  private readonly masker: Masker;
  /** `secrets` is the run's live set of secret values (declared secrets are in it from the start of the run). */
  constructor(
    private readonly step: string,
    private readonly secrets: Set<string>,
    private readonly reporter: RunReporter,
  ) {
    this.masker = new Masker(secrets);
  }

  write(stream: 'stdout' | 'stderr', chunk: string): void {
    // Only the new chunk is searched: the line held so far has no newline (linear in the output).
    const cut = chunk.lastIndexOf('\n');
    if (cut < 0) {
      const line = (this.pending[stream] += chunk);
      if (line.length > MAX_LINE) this.emitLongLine(stream, line);
      return;
    }
    const text = this.pending[stream] + chunk.slice(0, cut + 1);
    this.pending[stream] = chunk.slice(cut + 1);
    this.emit(stream, text);
  }

  /** Flushes partial lines; returns the whole (masked) log (small logs: see finishLog for any size). */
  finish(): string {
    const log = this.finishLog();
    if (log.file === undefined) return log.text;
    try {
      return fs.readFileSync(log.file, 'utf8');
    } finally {
      this.dispose();
    }
  }

  /** Flushes partial lines; the whole (masked) log, in memory or (large) in a temp file: call dispose() after use. */
  finishLog(): ExecutionLog {
    // Every stream's output ends with a newline, whether its last line was held back or already passed on.
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.pending[stream] || this.open[stream]) {
        this.emit(stream, this.pending[stream] + '\n');
        this.pending[stream] = '';
      }
    }
    if (!this.spill) return { bytes: this.partsBytes, text: this.parts.join('') };
    this.flushParts();
    fs.closeSync(this.spill.fd);
    this.spill.fd = -1;
    return { bytes: this.spill.bytes, file: this.spill.file };
  }

  /** Removes the temp file of a large log. */
  dispose(): void {
    if (!this.spill) return;
    if (this.spill.fd >= 0) fs.closeSync(this.spill.fd);
    fs.rmSync(this.spill.file, { force: true });
    this.spill = undefined;
  }

  /** Adds a line of our own (e.g. the failure message) to the execution log. */
  note(line: string): void {
    this.keep(this.masker.mask(line) + '\n');
  }

  private emit(stream: 'stdout' | 'stderr', text: string): void {
    if (text) this.open[stream] = !text.endsWith('\n');
    const masked = this.masker.mask(text);
    this.keep(masked);
    this.reporter.stepOutput?.({ step: this.step, stream, chunk: masked });
  }

  /**
   * Passes on the head of a line too long to hold, keeping back a tail that may be the start of a secret,
   * and cutting before any secret (in any of its masked forms) that would straddle the cut.
   */
  private emitLongLine(stream: 'stdout' | 'stderr', line: string): void {
    let longest = 0;
    const forms = this.secrets.size ? [...this.secrets].flatMap((v) => secretForms(v)) : [];
    for (const f of forms) longest = Math.max(longest, f.length);
    let cut = line.length - Math.max(0, longest - 1);
    for (let moved = true; moved && cut > 0; ) {
      moved = false;
      for (const f of forms) {
        const at = line.lastIndexOf(f, cut - 1);
        if (at >= 0 && at < cut && at + f.length > cut) {
          cut = at;
          moved = true;
        }
      }
    }
    if (cut <= 0) return; // nothing can be passed on safely yet (a secret at the very start: MAX_LINE later)
    this.pending[stream] = line.slice(cut);
    this.emit(stream, line.slice(0, cut));
  }

  /** Keeps masked text for the execution log: in memory while small, then appended to a temp file. */
  private keep(text: string): void {
    this.parts.push(text);
    this.partsBytes += text.length; // UTF-16 units: a cheap, close enough measure of when to spill
    if (this.partsBytes >= SPILL_AT) this.flushParts();
  }

  private flushParts(): void {
    if (this.parts.length === 0) return;
    if (!this.spill) {
      const file = tempPath('.execution.log');
      this.spill = { fd: fs.openSync(file, 'w', 0o600), file, bytes: 0 };
    }
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    for (let off = 0; off < buf.length; ) off += fs.writeSync(this.spill.fd, buf, off);
    this.spill.bytes += buf.length;
    this.parts = [];
    this.partsBytes = 0;
  }
}
