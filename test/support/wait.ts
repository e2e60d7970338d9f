/**
 * Waiting for what child processes do, on a machine that may be slow (CI: 2 cores, 2 jest workers, other load).
 * Never a fixed sleep as synchronisation: poll a condition with a generous deadline (it costs nothing when
 * things are fast), and read what a child writes only once it is whole.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Poll deadline: long enough for a loaded machine, short enough to fail inside a test's own timeout. */
export const POLL_MS = 90_000;

/** Resolves once `cond()` holds; throws (naming `what`) when it still does not after `ms`. */
export async function waitFor(cond: () => boolean, ms = POLL_MS, what: string | (() => string) = 'condition'): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out after ${ms} ms waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The text of a file a child writes, once it is complete: the file exists and ends with a newline (a shell's
 * `echo $$ > f` creates `f` empty before it writes; `Number('')` is 0, and `process.kill(0, 0)` is our own
 * process group, always alive). Writers must end what they write with '\n'.
 */
export async function readWhole(file: string, ms = POLL_MS): Promise<string> {
  const text = (): string => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  await waitFor(() => text().endsWith('\n'), ms, `${file} to be written`);
  return text();
}

/** The process ids (whitespace-separated, newline-terminated) a child wrote to `file`; each a real pid (> 1). */
export async function readPids(file: string, ms = POLL_MS): Promise<number[]> {
  const pids = (await readWhole(file, ms)).trim().split(/\s+/).map(Number);
  for (const pid of pids) if (!Number.isInteger(pid) || pid <= 1) throw new Error(`${file} holds '${pid}', not a process id`);
  return pids;
}

/** The one process id a child wrote to `file` (`echo $$ > file`). */
export async function readPid(file: string, ms = POLL_MS): Promise<number> {
  const pids = await readPids(file, ms);
  if (pids.length !== 1) throw new Error(`${file} holds ${pids.length} process ids, expected 1`);
  return pids[0]!;
}

/**
 * Whether `pid` is running: not gone and not a zombie (in a container without an init, killed orphans may wait
 * unreaped). Refuses 0, 1, negatives and NaN: kill(0) and kill(-1) mean process groups, never "not running".
 */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 1) throw new Error(`alive(${pid}): not a process id`);
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it exists (another user's); ESRCH: gone.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Resolves once none of `pids` is running (signals are delivered and acted on asynchronously). */
export async function waitGone(pids: number[], ms = POLL_MS): Promise<void> {
  await waitFor(() => !pids.some(alive), ms, () => `processes ${pids.filter(alive).join(', ')} to stop`);
}
