/**
 * Small helpers shared by the runners: the private temp directory for result channels, the recorded input
 * parameters, and outcome builders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeParameter } from '../runlog/model.js';
import { parseJsonExact } from '../runlog/exact-json.js';
import { maskText } from '../secrets/mask.js';
import type { Parameter, Parameters } from '../runlog/model.js';
import type { TaskInvocation, TaskOutcome } from './task.js';

let privateDir: string | undefined;
let counter = 0;

/**
 * A directory only this process uses (mode 0700), created on first use and removed when the process exits.
 * Result files, pickles and generated notebooks of task attempts live here.
 */
export function privateTempDir(): string {
  if (privateDir === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'runnable-action-'));
    privateDir = dir;
    process.once('exit', () => {
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // best effort
      }
    });
  }
  return privateDir;
}

/** A fresh path (not created) in the private temp dir: `<dir>/<n><suffix>`. */
export function tempPath(suffix: string): string {
  return join(privateTempDir(), `${process.pid}-${++counter}${suffix}`);
}

/**
 * What the task received, recorded as the attempt's `input_parameters`: the scope's parameters plus the
 * iteration variables as json parameters (semantics §4.2 rule 7).
 */
export function inputParametersOf(inv: Pick<TaskInvocation, 'parameters' | 'iterVariables'>): Parameters {
  const names = Object.keys(inv.iterVariables);
  if (names.length === 0) return { ...inv.parameters };
  const out: Parameters = { ...inv.parameters };
  for (const name of names) out[name] = makeParameter('json', inv.iterVariables[name]);
  return out;
}

/** JSON-decoded when the text parses (`42` → 42, `[1,2]` → list, `0.9` → float, `1.0` stays a float), else the string itself. */
export function decodeTextValue(text: string): unknown {
  const t = text.trim();
  if (t === '') return text;
  const c = t.charCodeAt(0);
  // Fast path: only try JSON for text that can start a JSON value.
  if (c === 0x7b /* { */ || c === 0x5b /* [ */ || c === 0x22 /* " */ || c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39) || t === 'true' || t === 'false' || t === 'null') {
    try {
      return parseJsonExact(t);
    } catch {
      return text;
    }
  }
  return text;
}

export function failure(inv: Pick<TaskInvocation, 'parameters' | 'iterVariables'>, message: string, exitCode?: number | null): TaskOutcome {
  const out: TaskOutcome = { ok: false, message, returns: {}, inputParameters: inputParametersOf(inv) };
  if (exitCode !== undefined) out.exitCode = exitCode;
  return out;
}

export function success(
  inv: Pick<TaskInvocation, 'parameters' | 'iterVariables'>,
  returns: Record<string, Parameter>,
  exitCode?: number | null,
): TaskOutcome {
  const out: TaskOutcome = { ok: true, message: '', returns, inputParameters: inputParametersOf(inv) };
  if (exitCode !== undefined) out.exitCode = exitCode;
  return out;
}

/** `<value>` for messages: JSON, shortened. */
export function preview(value: unknown, max = 80): string {
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = String(value);
  }
  return s.length > max ? s.slice(0, max - 3) + '...' : s;
}

/**
 * The values of the step's own secrets (as set in its environment) replaced by `***` in the outcome's
 * message. The message is stored in the run log and shown in annotations; a task that puts a secret in an
 * exception or error text must not leak it there (its output is masked by the context as it streams).
 * Values shorter than 4 characters are left alone, as the output masking does.
 */
export function maskOutcomeSecrets(outcome: TaskOutcome, inv: Pick<TaskInvocation, 'spec' | 'env'>): TaskOutcome {
  if (!outcome.message) return outcome;
  const names = (inv.spec as { secrets?: readonly string[] }).secrets ?? [];
  let message = outcome.message;
  const values = names.map((n) => inv.env[n]).filter((v): v is string => typeof v === 'string');
  message = maskText(message, values);
  return message === outcome.message ? outcome : { ...outcome, message };
}
