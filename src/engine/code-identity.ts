/**
 * The git code identity recorded on every attempt (runnable §8.4). runnable runs three git processes per
 * node; the commit cannot change under a running process, so we compute it once per process. The commit
 * and the origin URL are read from the repository's files (HEAD, refs, packed-refs, config); only
 * `git diff --name-only` (is the work tree dirty?) needs a git process. Anything unusual (a detached
 * worktree layout we do not recognise, unreadable files) falls back to asking git.
 */
import { execFile } from 'node:child_process';
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

export async function gitCodeIdentity(cwd: string): Promise<CodeIdentity[]> {
  const [files, changed] = await Promise.all([fromFiles(cwd), git(cwd, ['diff', '--name-only'])]);
  if (changed === undefined) return []; // not a git work tree (or no git)
  let sha = files?.sha;
  let url = files?.url ?? '';
  if (!sha) {
    [sha, url] = await Promise.all([git(cwd, ['rev-parse', 'HEAD']), git(cwd, ['config', '--get', 'remote.origin.url']).then((u) => u ?? '')]);
  }
  if (!sha) return [];
  return [
    {
      code_identifier: sha,
      code_identifier_type: 'git',
      code_identifier_dependable: changed === '',
      code_identifier_url: url,
      code_identifier_message: changed ? `changes found in ${changed.split('\n').join(', ')}` : '',
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
