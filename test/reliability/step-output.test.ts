/**
 * Step output of any shape streams to the execution log with bounded memory and linear time (issue 12,
 * item 10). Before: 80 MB without a newline took minutes (each chunk re-searched the growing line), memory
 * grew with the output, and above ≈ 512 MB the runner crashed (exit 70: a JavaScript string that long cannot
 * exist). The CLI's stdout (where it relays the output) goes to /dev/null here; its peak RSS is read from /proc.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLI, cleanEnv } from '../support/cli.js';
import { cleanup, project, runLog } from './support.js';
import { OutputCollector } from '../../src/engine/output.js';

afterAll(cleanup);

/** Runs the CLI with stdout discarded; resolves with its exit code and the highest VmHWM seen (kB). */
function runQuiet(args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; stderr: string; peakKb: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* exited */
      }
    }, 50);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ code, stderr, peakKb });
    });
  });
}

const step = (command: string) =>
  `dag:\n  start_at: s\n  steps:\n    s:\n      type: task\n      command_type: shell\n      command: ${command}\n      next: success\n`;

function executionLog(cwd: string, runId: string): string {
  const dir = path.join(cwd, '.catalog', runId);
  return path.join(dir, readdirSync(dir).find((f) => f.startsWith('s.attempt-1'))!);
}

describe('step output of any shape', () => {
  it('80 MB without a newline: SUCCESS, the whole line in the execution log, bounded memory', async () => {
    const cwd = project({ 'p.yaml': step(`"head -c 80000000 /dev/zero | tr '\\\\0' a"`) });
    const r = await runQuiet(['execute', '-f', 'p.yaml', '--run-id', 'line'], cwd, 300_000);
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    expect(statSync(executionLog(cwd, 'line')).size).toBe(80_000_001); // + the newline that ends the last line
    expect(r.peakKb).toBeLessThan(400_000);
    expect((await runLog(cwd, 'line')).status).toBe('SUCCESS');
  }, 360_000);

  it('600 MB of lines: no crash, SUCCESS, the whole output in the execution log, bounded memory', async () => {
    const cwd = project({ 'p.yaml': step(`"yes 0123456789abcdef0123456789abcdef0123456789abcdef0123456789a | head -c 600000000"`) });
    // 150 s measured beside two CPU hogs and other suites (load 9): the kill is for a hang, not for speed.
    const r = await runQuiet(['execute', '-f', 'p.yaml', '--run-id', 'lots'], cwd, 600_000);
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    expect(statSync(executionLog(cwd, 'lots')).size).toBe(600_000_000);
    expect(r.peakKb).toBeLessThan(400_000);
  }, 660_000);
});

describe('the output collector (unit)', () => {
  it('a secret straddling the cut of a long line is still masked, in the log and on the console', () => {
    const secret = 'SECRET-VALUE-0123456789';
    const shown: string[] = [];
    const out = new OutputCollector('s', new Set([secret]), { stepOutput: (e) => shown.push(e.chunk) });
    // 64 KiB pieces without a newline force cuts; the secret arrives split across writes at every offset.
    for (let shift = 0; shift < secret.length; shift++) {
      out.write('stdout', 'a'.repeat(65_536 - shift) + secret.slice(0, shift + 1));
      out.write('stdout', secret.slice(shift + 1) + 'b'.repeat(1000));
    }
    const log = out.finish();
    for (const text of [log, shown.join('')]) {
      expect(text).not.toContain(secret);
      expect(text.split('***').length - 1).toBe(secret.length);
    }
    expect(shown.length).toBeGreaterThan(secret.length); // passed on in pieces, not held until the end
  });

  it('spills a large log to a temp file and removes it on dispose', () => {
    const out = new OutputCollector('s', new Set(), {});
    for (let i = 0; i < 40; i++) out.write('stdout', 'x'.repeat(100_000) + '\n');
    const log = out.finishLog();
    expect(log.file).toBeDefined();
    expect(statSync(log.file!).size).toBe(40 * 100_001);
    out.dispose();
    expect(() => statSync(log.file!)).toThrow();
  });
});
