/**
 * The git code identity recorded on every attempt (runnable §8.4). runnable runs three git processes per
 * node; the commit cannot change under a running process, so we compute it once per process. The commit
 * and the origin URL are read from the repository's files (HEAD, refs, packed-refs, config); only
 * the dirty check needs a git process. Anything unusual (a detached worktree layout we do not recognise,
 * unreadable files) falls back to asking git.
 *
 * Bounded: a work tree with 30,000 changed files must neither hold back the first steps' records nor copy
 * the list into every attempt. So `git diff --name-only -z` is read only up to a few names (then stopped),
 * the message names at most MAX_NAMES files (`… and more`), and the whole identity is settled within
 * DEADLINE_MS of the first ask (the run asks at its start): a git that has not answered by then leaves the
 * identity `dependable: false` with a message saying the work tree was not checked.
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

/** Commit and origin URL from the repository's files; undefined when git must be asked instead. */
async function fromFiles(cwd: string): Promise<{ sha: string; url: string } | undefined> {
  const dirs = await findGitDir(cwd);
  if (!dirs) return undefined;
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

export async function gitCodeIdentity(cwd: string, deadlineMs = DEADLINE_MS): Promise<CodeIdentity[]> {
  const timer = new AbortController();
  const t = setTimeout(() => timer.abort(), deadlineMs);
  t.unref();
  try {
    const [files, changed] = await Promise.all([fromFiles(cwd), changedFiles(cwd, timer.signal)]);
    const timedOut = timer.signal.aborted && changed === undefined;
    if (changed === undefined && !(timedOut && files)) return []; // not a git work tree (or no git)
    let sha = files?.sha;
    let url = files?.url ?? '';
    if (!sha) {
      [sha, url] = await Promise.all([git(cwd, ['rev-parse', 'HEAD']), git(cwd, ['config', '--get', 'remote.origin.url']).then((u) => u ?? '')]);
    }
    if (!sha) return [];
    const clean = changed !== undefined && changed.names.length === 0;
    return [
      {
        code_identifier: sha,
        code_identifier_type: 'git',
        code_identifier_dependable: clean,
        code_identifier_url: url,
        code_identifier_message: changed === undefined ? `the work tree was not checked for changes (git diff did not answer within ${deadlineMs} ms)` : clean ? '' : describeChanges(changed),
      },
    ];
  } finally {
    clearTimeout(t);
  }
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
