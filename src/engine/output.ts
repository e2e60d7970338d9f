/**
 * A task's output on its way out: secrets masked, kept for the execution log, and forwarded to the
 * reporter (console, Action log groups). Masking works on whole lines so that a secret split across two
 * chunks of a pipe is still caught.
 */
import { Masker } from '../secrets/mask.js';
import type { OutputSink } from '../tasks/task.js';
import type { RunReporter } from './types.js';

export class OutputCollector implements OutputSink {
  private readonly parts: string[] = [];
  private readonly pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };
  private readonly masker: Masker;
  /** `secrets` is the run's live set of secret values (declared secrets are in it from the start of the run). */
  constructor(
    private readonly step: string,
    secrets: Set<string>,
    private readonly reporter: RunReporter,
  ) {
    this.masker = new Masker(secrets);
  }

  write(stream: 'stdout' | 'stderr', chunk: string): void {
    const text = this.pending[stream] + chunk;
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      this.pending[stream] = text;
      return;
    }
    this.pending[stream] = text.slice(cut + 1);
    this.emit(stream, text.slice(0, cut + 1));
  }

  /** Flushes partial lines; returns the whole (masked) log. */
  finish(): string {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.pending[stream]) {
        this.emit(stream, this.pending[stream] + '\n');
        this.pending[stream] = '';
      }
    }
    return this.parts.join('');
  }

  /** Adds a line of our own (e.g. the failure message) to the execution log. */
  note(line: string): void {
    this.parts.push(this.masker.mask(line) + '\n');
  }

  private emit(stream: 'stdout' | 'stderr', text: string): void {
    const masked = this.masker.mask(text);
    this.parts.push(masked);
    this.reporter.stepOutput?.({ step: this.step, stream, chunk: masked });
  }
}
