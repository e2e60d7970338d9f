/**
 * `command_type: shell` (semantics §4.3, §4.4, §19 b).
 *
 * The script runs under `/bin/sh -c`, exactly one process spawn per attempt. Parameters reach it only as
 * environment variables (never interpolated into the command text, so `$(rm -rf ~)` in a value is inert).
 *
 * Returns (our protocol, not runnable's `&& env`): when the task lists `returns`, one line is put before the
 * user's script:
 *
 *     trap '__ra_rc=$?; export -p >"<private file>"; exit $__ra_rc' EXIT
 *
 * The EXIT trap runs however the script ends (last command failing, `exit 0` mid-script, `set -e`), keeps
 * the script's exit status, and uses only shell builtins (no extra fork/exec). `export -p` prints every
 * exported variable quoted for re-input to the shell, so multi-line values and values containing `=` or
 * quotes survive; `parseExportP` reads that format (dash/ash `'...'`, bash `"..."` and `$'...'`).
 * Without `returns`, the script is run as is.
 *
 * A return the script did not export leaves the name unset and writes a warning to the step's log (the
 * step still succeeds, as in runnable).
 *
 * Limits: a script that installs its own EXIT trap, or `exec`s another program, replaces the collector;
 * the returns are then reported missing with a hint.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { makeParameter } from '../runlog/model.js';
import type { Parameter } from '../runlog/model.js';
import { decodeTextValue, failure, success, tempPath } from './common.js';
import { shellStepEnvironment } from './env.js';
import { spawnProcess } from './process.js';
import type { TaskInvocation, TaskOutcome, TaskRunner } from './task.js';

/** @default '/bin/sh' */
export const SHELL = '/bin/sh';

/** The script actually run: the user's script, preceded by the EXIT-trap collector when returns are asked. */
export function wrapShellScript(script: string, returnsFile: string | undefined): string {
  if (returnsFile === undefined) return script;
  if (/["$`\\\n]/.test(returnsFile)) throw new Error(`unsafe temp path for the shell collector: ${returnsFile}`);
  return `trap '__ra_rc=$?; export -p >"${returnsFile}"; exit $__ra_rc' EXIT\n${script}`;
}

export class ShellTaskRunner implements TaskRunner {
  async run(inv: TaskInvocation): Promise<TaskOutcome> {
    const returns = inv.spec.returns;
    for (const r of returns) {
      if (r.kind === 'object') {
        return failure(inv, `shell tasks cannot return objects: return '${r.name}' has kind 'object' (use json or metric)`);
      }
    }
    const returnsFile = returns.length > 0 ? tempPath('.env') : undefined;
    const env = shellStepEnvironment(inv);
    const result = await spawnProcess({
      file: SHELL,
      args: ['-c', wrapShellScript(inv.spec.command, returnsFile)],
      label: 'shell command',
      cwd: inv.cwd,
      env,
      output: inv.output,
      timeoutMs: inv.timeoutMs,
      signal: inv.signal,
    });

    let exported: Map<string, string> | undefined;
    let readError: string | undefined;
    if (returnsFile !== undefined) {
      // Synchronous on purpose: a few kB from a private local file (~20 µs) beats four thread-pool hops.
      try {
        exported = parseExportP(readFileSync(returnsFile, 'utf8'));
        unlinkSync(returnsFile);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code !== 'ENOENT') readError = err.message;
      }
    }

    if (!result.ok) return failure(inv, result.message, result.status);

    if (returnsFile === undefined) return success(inv, {}, result.status);
    if (readError !== undefined) return failure(inv, `could not read the exported variables of the shell command: ${readError}`, result.status);

    const out: Record<string, Parameter> = {};
    const missing: string[] = [];
    for (const r of returns) {
      const raw = exported?.get(r.name);
      if (raw === undefined) {
        missing.push(r.name);
        continue;
      }
      out[r.name] = makeParameter(r.kind, decodeTextValue(raw));
    }
    if (missing.length > 0) {
      // runnable collects only what the script exported and goes on: the step succeeds, the names stay
      // unset, and the step's log says so.
      const names = missing.map((n) => `'${n}'`).join(', ');
      let msg =
        `WARNING: the shell command did not export the return${missing.length === 1 ? '' : 's'} ${names}; ` +
        `${missing.length === 1 ? 'it stays' : 'they stay'} unset (set ${missing.length === 1 ? 'it' : 'them'} with 'export ${missing[0]}=<value>')`;
      if (exported === undefined) {
        msg += ' (no variables were collected: a script that sets its own EXIT trap or calls exec replaces the collector)';
      }
      inv.output.write('stderr', msg + '\n');
    }
    return success(inv, out, result.status);
  }
}

/**
 * Parses the output of the `export -p` builtin into name → value. Handles the formats of dash/ash
 * (`export N='v'`, with `'"'"'` for quotes), bash in POSIX mode (`export N="v"`, `export N=$'a\nb'`) and
 * bash (`declare -x N="v"`). Names exported without a value (`export N`) are left out.
 */
export function parseExportP(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  const n = text.length;
  const skipSpaces = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  while (i < n) {
    // Start of a record: skip blank lines.
    while (i < n && (text[i] === '\n' || text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= n) break;
    // Keyword: `export` or `declare -FLAGS` / `typeset -FLAGS`.
    const kwStart = i;
    while (i < n && text[i] !== ' ' && text[i] !== '\n') i++;
    const kw = text.slice(kwStart, i);
    if (kw !== 'export' && kw !== 'declare' && kw !== 'typeset') {
      throw new Error(`unexpected 'export -p' output near: ${JSON.stringify(text.slice(kwStart, kwStart + 40))}`);
    }
    skipSpaces();
    // Options (`-x`, `-rx`, `--`).
    while (i < n && text[i] === '-') {
      while (i < n && text[i] !== ' ' && text[i] !== '\n') i++;
      skipSpaces();
    }
    const nameStart = i;
    while (i < n && text[i] !== '=' && text[i] !== '\n' && text[i] !== ' ') i++;
    const name = text.slice(nameStart, i);
    if (i >= n || text[i] !== '=') {
      // Exported but unset: skip to the end of the line.
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    i++; // '='
    let value = '';
    while (i < n) {
      const c = text[i]!;
      if (c === '\n' || c === ' ' || c === '\t') break;
      if (c === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) throw new Error(`unterminated quote in 'export -p' output for ${name}`);
        value += text.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < n) {
            const d = text[i + 1]!;
            if (d === '$' || d === '`' || d === '"' || d === '\\') {
              value += d;
              i += 2;
              continue;
            }
            if (d === '\n') {
              i += 2;
              continue;
            }
          }
          value += text[i];
          i++;
        }
        if (i >= n) throw new Error(`unterminated quote in 'export -p' output for ${name}`);
        i++; // closing "
      } else if (c === '$' && text[i + 1] === "'") {
        i += 2;
        const r = readAnsiC(text, i);
        value += r.value;
        i = r.end;
      } else if (c === '\\' && i + 1 < n) {
        value += text[i + 1];
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    out.set(name, value);
  }
  return out;
}

/** Reads bash's `$'...'` body starting after the opening quote; returns the value and the index after the closing quote. */
function readAnsiC(text: string, start: number): { value: string; end: number } {
  let i = start;
  const bytes: number[] = [];
  const pushStr = (s: string): void => {
    for (const b of Buffer.from(s, 'utf8')) bytes.push(b);
  };
  const n = text.length;
  while (i < n && text[i] !== "'") {
    const c = text[i]!;
    if (c !== '\\' || i + 1 >= n) {
      // Keep surrogate pairs together.
      const cp = text.codePointAt(i)!;
      pushStr(String.fromCodePoint(cp));
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const d = text[i + 1]!;
    i += 2;
    switch (d) {
      case 'n': bytes.push(10); break;
      case 't': bytes.push(9); break;
      case 'r': bytes.push(13); break;
      case 'a': bytes.push(7); break;
      case 'b': bytes.push(8); break;
      case 'e': case 'E': bytes.push(27); break;
      case 'f': bytes.push(12); break;
      case 'v': bytes.push(11); break;
      case '\\': bytes.push(92); break;
      case "'": bytes.push(39); break;
      case '"': bytes.push(34); break;
      case '?': bytes.push(63); break;
      case 'x': {
        const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i, i + 2));
        if (m) { bytes.push(parseInt(m[0], 16)); i += m[0].length; } else pushStr('\\x');
        break;
      }
      case 'u': case 'U': {
        const m = (d === 'u' ? /^[0-9a-fA-F]{1,4}/ : /^[0-9a-fA-F]{1,8}/).exec(text.slice(i, i + (d === 'u' ? 4 : 8)));
        if (m) { pushStr(String.fromCodePoint(parseInt(m[0], 16))); i += m[0].length; } else pushStr('\\' + d);
        break;
      }
      case 'c': {
        const ch = text[i];
        if (ch !== undefined) { bytes.push(ch.charCodeAt(0) & 0x1f); i++; }
        break;
      }
      default: {
        if (d >= '0' && d <= '7') {
          const m = /^[0-7]{1,2}/.exec(text.slice(i, i + 2));
          let digits = d;
          if (m) { digits += m[0]; i += m[0].length; }
          bytes.push(parseInt(digits, 8) & 0xff);
        } else {
          pushStr('\\' + d);
        }
      }
    }
  }
  return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
}
