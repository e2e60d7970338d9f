/**
 * What a person sees while a run goes: step output as it arrives (prefixed with the step's name when it runs
 * inside a parallel or map branch, where steps interleave), one line per finished step, and on a TTY a live
 * status line (running steps, counts, map progress n/N) redrawn at most 10 times a second. Step output
 * goes to stdout; our own lines to stderr.
 *
 * Inside a workflow's `run:` step (`GITHUB_ACTIONS=true`) the runner reads every line as a possible workflow
 * command, so the CLI is as careful as the Action (SECURITY.md guarantee 8): each of our lines goes through
 * the one escaping rule (`github/workflow-commands.ts`), and step output — stdout and stderr, on stdout so that
 * it stays in order with its window's lines — is relayed inside a `::stop-commands::<fresh token>` window,
 * opened when a step starts and closed when no step is running, at the end of the run and, at the latest, when
 * the process exits.
 */
import type { LogLevel, RunReporter } from '../engine/index.js';
import { nodeCrypto } from '../builtins.js';
import type { Status } from '../runlog/model.js';
import { tuneHeapForLargeMap } from '../heap-tuning.js';
import { inertText } from '../github/workflow-commands.js';

const LEVELS: LogLevel[] = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL'];

export interface ConsoleReporterOptions {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  level: LogLevel;
  /** Live progress line; default: stderr is a TTY and CI is not set. */
  live?: boolean;
  /** Make the output safe for a workflow's log; default: `GITHUB_ACTIONS` is `true`. */
  githubActions?: boolean;
}

export class ConsoleReporter implements RunReporter {
  private readonly running = new Map<string, number>();
  private readonly maps = new Map<string, { done: number; total: number; failed: number }>();
  private done = 0;
  private failed = 0;
  private statusShown = false;
  private lastDraw = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly live: boolean;
  private readonly gha: boolean;
  /** The open `::stop-commands::` window (GitHub Actions only). */
  private window: { token: string; endsWithNewline: boolean } | undefined;
  private readonly closeOnExit = (): void => this.closeWindow();

  constructor(private readonly o: ConsoleReporterOptions) {
    this.gha = o.githubActions ?? process.env.GITHUB_ACTIONS === 'true';
    this.live = o.live ?? Boolean(o.err.isTTY && !process.env.CI && !this.gha);
  }

  /** One of our lines: inert in a workflow's log, as it is otherwise. */
  private ours(text: string): string {
    return this.gha ? inertText(text) : text;
  }

  private openWindow(): { token: string; endsWithNewline: boolean } {
    if (!this.window) {
      this.window = { token: nodeCrypto().randomUUID().replace(/-/g, ''), endsWithNewline: true };
      this.o.out.write(`::stop-commands::${this.window.token}\n`);
      process.once('exit', this.closeOnExit);
    }
    return this.window;
  }

  /** Ends the window so that the rest of the `run:` step's own commands work again. */
  private closeWindow(): void {
    const w = this.window;
    if (!w) return;
    this.window = undefined;
    process.off('exit', this.closeOnExit);
    this.o.out.write(`${w.endsWithNewline ? '' : '\n'}::${w.token}::\n`);
  }

  private enabled(level: LogLevel): boolean {
    return LEVELS.indexOf(level) >= LEVELS.indexOf(this.o.level);
  }

  private clearStatus(): void {
    if (this.statusShown) {
      this.o.err.write('\r\x1b[K');
      this.statusShown = false;
    }
  }

  private drawStatus(force = false): void {
    if (!this.live) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.drawStatus(true);
      }, 100);
      return;
    }
    this.lastDraw = now;
    const names = [...this.running.keys()];
    const maps = [...this.maps.entries()].map(([k, v]) => `${k} ${v.done}/${v.total}${v.failed ? ` (${v.failed} failed)` : ''}`);
    let line = `⏵ ${this.done} done${this.failed ? `, ${this.failed} failed` : ''}`;
    if (maps.length) line += ` | ${maps.join(', ')}`;
    if (names.length) line += ` | running: ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` +${names.length - 4}` : ''}`;
    const width = (this.o.err.columns ?? 100) - 1;
    this.clearStatus();
    this.o.err.write(line.length > width ? line.slice(0, width - 1) + '…' : line);
    this.statusShown = true;
  }

  private line(text: string): void {
    this.clearStatus();
    this.o.err.write(this.ours(text) + '\n');
    this.drawStatus();
  }

  runStarted(e: { runId: string; retry: boolean }): void {
    if (this.enabled('INFO') || this.live) this.line(`${e.retry ? 'retrying' : 'running'} ${e.runId}`);
  }

  stepStarted(e: { step: string; type: string }): void {
    this.running.set(e.step, Date.now());
    // Opened now, not at the first output: the emulator's step processes share our stdout, and their own windows
    // would overlap (one closing while another's step still prints); inside ours they are inert.
    if (this.gha) this.openWindow();
    if (this.enabled('DEBUG')) this.line(`▸ ${e.step} (${e.type})`);
    this.drawStatus();
  }

  stepOutput(e: { step: string; stream: 'stdout' | 'stderr'; chunk: string }): void {
    this.clearStatus();
    let text = e.chunk;
    if (e.step.includes('.')) {
      const prefix = `[${e.step}] `;
      const body = e.chunk.endsWith('\n') ? e.chunk.slice(0, -1) : e.chunk;
      text = prefix + body.split('\n').join('\n' + prefix) + '\n';
    }
    if (this.gha) {
      const w = this.openWindow();
      this.o.out.write(text);
      // Only a line feed ends a line for the runner (a closing `::token::` after a bare `\r` would not close).
      if (text) w.endsWithNewline = text.endsWith('\n');
    } else {
      (e.stream === 'stdout' ? this.o.out : this.o.err).write(text);
    }
    this.drawStatus();
  }

  stepFinished(e: { step: string; type: string; status: Status; message: string; attempt: number; skipped?: string }): void {
    const started = this.running.get(e.step);
    this.running.delete(e.step);
    if (this.running.size === 0) this.closeWindow();
    if (e.type === 'success' || e.type === 'fail') return;
    this.done++;
    if (e.status !== 'SUCCESS') this.failed++;
    const inBranch = e.step.includes('.');
    // Inside large maps, per-item lines would drown the log: only failures, unless asked for INFO.
    if (inBranch && e.status === 'SUCCESS' && !this.enabled('INFO')) {
      this.drawStatus();
      return;
    }
    const mark = e.skipped ? '↷' : e.status === 'SUCCESS' ? '✓' : '✗';
    const dur = started !== undefined ? ` ${Date.now() - started} ms` : '';
    const extra = e.skipped ? ` (skipped: ${e.skipped})` : e.status !== 'SUCCESS' && e.message ? `: ${e.message.split('\n')[0]}` : '';
    const att = e.attempt > 1 ? ` [attempt ${e.attempt}]` : '';
    this.line(`${mark} ${e.step} ${e.status}${dur}${att}${extra}`);
  }

  branchProgress(e: { step: string; done: number; total: number; failed: number }): void {
    tuneHeapForLargeMap(e.total, e.done);
    if (e.done >= e.total) this.maps.delete(e.step);
    else this.maps.set(e.step, e);
    this.drawStatus();
  }

  runFinished(e: { runId: string; status: Status }): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.closeWindow();
    this.clearStatus();
    this.o.err.write(this.ours(`run ${e.runId} ${e.status}`) + '\n');
  }

  log(level: LogLevel, message: string): void {
    if (this.enabled(level)) this.line(`${level.toLowerCase()}: ${message}`);
  }
}
