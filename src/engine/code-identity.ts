/**
 * The git code identity recorded on every attempt (runnable §8.4). runnable runs three git processes per
 * node; the commit cannot change under a running process, so we compute it once per process. The commit
 * and the origin URL are read from the repository's files (HEAD, refs, packed-refs, config); only
 * the dirty check needs a git process. Anything unusual (a detached worktree layout we do not recognise,
 * unreadable files) falls back to asking git.
 *
 * Bounded: a work tree with 30,000 changed files must neither hold back the first steps' records nor copy
 * the list into every attempt. So `git diff --name-only -z` is read only up to a few names (then stopped),
 * the message names at most MAX_NAMES files (`… and more`), and no ask waits longer than DEADLINE_MS after
 * the first one (the run asks at its start): while git has not answered, attempts record the commit with
 * `dependable: false` and a message saying the work tree was not checked yet; later ones the settled identity.
 */
import { execFile, spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CodeIdentity } from '../runlog/model.js';

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 10_000 }, (err, stdout) => resolve(err ? undefined : stdout.trim()));
  });
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    return undefined;
  }
}

/** The git dir and the common dir (they differ in linked worktrees) for `cwd`, or undefined. */
async function findGitDir(cwd: string): Promise<{ gitDir: string; commonDir: string } | undefined> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    const st = await stat(dotGit).catch(() => undefined);
    if (st?.isDirectory()) return { gitDir: dotGit, commonDir: dotGit };
    if (st?.isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec((await readText(dotGit)) ?? '');
      if (!m) return undefined;
      const gitDir = path.resolve(dir, m[1]!.trim());
      const common = await readText(path.join(gitDir, 'commondir'));
      return { gitDir, commonDir: common ? path.resolve(gitDir, common) : gitDir };
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

async function resolveRef(commonDir: string, gitDir: string, ref: string): Promise<string | undefined> {
  for (const base of [gitDir, commonDir]) {
    const loose = await readText(path.join(base, ref));
    if (loose && /^[0-9a-f]{40,64}$/.test(loose)) return loose;
  }
  const packed = await readText(path.join(commonDir, 'packed-refs'));
  for (const line of packed?.split('\n') ?? []) {
    const [sha, name] = line.split(' ');
    if (name === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return sha;
  }
  return undefined;
}

/**
 * Commit and origin URL from the repository's files; undefined when git must be asked instead; null when there
 * is no `.git` above cwd at all (no work tree, unless GIT_DIR names one elsewhere).
 */
async function fromFiles(cwd: string): Promise<{ sha: string; url: string } | undefined | null> {
  const dirs = await findGitDir(cwd);
  if (!dirs) return null;
  const head = await readText(path.join(dirs.gitDir, 'HEAD'));
  if (!head) return undefined;
  const sha = head.startsWith('ref:') ? await resolveRef(dirs.commonDir, dirs.gitDir, head.slice(4).trim()) : /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
  if (!sha) return undefined;
  const config = (await readText(path.join(dirs.commonDir, 'config'))) ?? '';
  const section = /\[remote "origin"\]([^[]*)/.exec(config)?.[1] ?? '';
  const url = /^\s*url\s*=\s*(.+)$/m.exec(section)?.[1]?.trim() ?? '';
  return { sha, url };
}

/** At most this many changed files are named; the rest is `and more`. */
const MAX_NAMES = 10;
const MAX_NAME_CHARS = 200;
/** The identity is settled this long after the first ask, whatever git does. */
export const DEADLINE_MS = 1500;

/**
 * The first changed files of the work tree ([] when clean), reading git's output only as far as needed;
 * `more` when there are others. undefined when this is not a git work tree (or git failed).
 */
function changedFiles(cwd: string, signal: AbortSignal): Promise<{ names: string[]; more: boolean } | undefined> {
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('git', ['diff', '--name-only', '-z'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      resolve(undefined);
      return;
    }
    const names: string[] = [];
    let partial = '';
    let more = false;
    let done = false;
    const stop = (value: { names: string[]; more: boolean } | undefined) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      child.stdout?.destroy();
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve(value);
    };
    const onAbort = () => stop(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    // A process that ends before git answers leaves no git behind.
    const onExit = () => child.kill('SIGKILL');
    process.once('exit', onExit);
    child.once('close', () => process.off('exit', onExit));
    // A run that ends before git does must not wait for it.
    child.unref();
    (child.stdout as unknown as { unref?: () => void }).unref?.();
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\0');
      partial = parts.pop()!.slice(0, MAX_NAME_CHARS + 1);
      for (const name of parts) {
        if (names.length === MAX_NAMES) {
          more = true;
          stop({ names, more }); // enough: do not read (or let git list) 30,000 names
          return;
        }
        names.push(name.length > MAX_NAME_CHARS ? name.slice(0, MAX_NAME_CHARS) + '…' : name);
      }
    });
    child.on('error', () => stop(undefined));
    child.on('close', (code) => stop(code === 0 ? { names, more } : undefined));
  });
}

function describeChanges(c: { names: string[]; more: boolean }): string {
  return `changes found in ${c.names.join(', ')}${c.more ? ' and more' : ''}`;
}

/** What one work tree's identity is, as far as known (per cwd, for the life of a run). */
interface Known {
  files: Promise<{ sha: string; url: string } | undefined | null>;
  full: Promise<CodeIdentity[]>;
  value?: CodeIdentity[];
  settledAt?: number;
  deadline: Promise<void>;
}
const known = new Map<string, Known>();
/** A settled identity is reused this long (a library process may run the same folder again later). */
const REUSE_MS = 60_000;

async function compute(cwd: string, files: Known['files']): Promise<CodeIdentity[]> {
  // Outside a work tree git has nothing to say, and starting it costs a fork of this whole process (≈ 10 ms of
  // the run's start, blocked in spawn). No `.git` above cwd and no GIT_DIR pointing elsewhere: not one.
  if ((await files) === null && !process.env.GIT_DIR) return [];
  // git itself is stopped after a minute: a hung git must not keep the process alive.
  const cap = new AbortController();
  const t = setTimeout(() => cap.abort(), 60_000);
  t.unref();
  try {
    const [f, changed] = await Promise.all([files, changedFiles(cwd, cap.signal)]);
    if (changed === undefined) return []; // not a git work tree (or no git)
    let sha = f?.sha;
    let url = f?.url ?? '';
    if (!sha) {
      [sha, url] = await Promise.all([git(cwd, ['rev-parse', 'HEAD']), git(cwd, ['config', '--get', 'remote.origin.url']).then((u) => u ?? '')]);
    }
    if (!sha) return [];
    const clean = changed.names.length === 0;
    return [{ code_identifier: sha, code_identifier_type: 'git', code_identifier_dependable: clean, code_identifier_url: url, code_identifier_message: clean ? '' : describeChanges(changed) }];
  } finally {
    clearTimeout(t);
  }
}

/**
 * The git identity of `cwd`. The first ask starts git; every ask returns at the latest DEADLINE_MS after the
 * first one: with the settled identity, or — git still busy — the commit read from the repository's files,
 * `dependable: false` and a message saying the work tree was not checked yet. Asks after git settles get
 * the settled identity at once.
 */
export async function gitCodeIdentity(cwd: string, deadlineMs = DEADLINE_MS): Promise<CodeIdentity[]> {
  let k = known.get(cwd);
  if (k?.settledAt !== undefined && Date.now() - k.settledAt > REUSE_MS) k = undefined;
  if (!k) {
    const files = fromFiles(cwd).catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const entry: Known = {
      files,
      full: compute(cwd, files).catch(() => []),
      // Not unref'd: it is what keeps the process alive while an attempt waits (git itself is unref'd). Cleared
      // once git has answered: left running, it held every run's process open for DEADLINE_MS after its end.
      deadline: new Promise<void>((r) => (timer = setTimeout(r, deadlineMs))),
    };
    entry.full.then((v) => {
      entry.value = v;
      entry.settledAt = Date.now();
      clearTimeout(timer);
    });
    known.set(cwd, (k = entry));
  }
  if (k.value) return k.value;
  await Promise.race([k.full, k.deadline]);
  if (k.value) return k.value;
  const f = await k.files;
  if (!f) return [];
  return [
    {
      code_identifier: f.sha,
      code_identifier_type: 'git',
      code_identifier_dependable: false,
      code_identifier_url: f.url,
      code_identifier_message: `the work tree was not checked for changes yet (git diff had not answered within ${deadlineMs} ms)`,
    },
  ];
}

/** Identities passed in by an orchestrator (e.g. the Argo workflow uid). */
export function envCodeIdentities(env: Record<string, string | undefined>): CodeIdentity[] {
  const out: CodeIdentity[] = [];
  const uid = env.RUNNABLE_CODE_ID_ARGO_WORKFLOW_UID;
  if (uid) out.push({ code_identifier: uid, code_identifier_type: 'argo', code_identifier_dependable: true, code_identifier_url: '', code_identifier_message: '' });
  const image = env.RUNNABLE_CODE_ID_DOCKER_IMAGE_DIGEST;
  if (image) out.push({ code_identifier: image, code_identifier_type: 'docker', code_identifier_dependable: true, code_identifier_url: '', code_identifier_message: '' });
  return out;
}
