/**
 * The git code identity recorded on every attempt (runnable §8.4). runnable runs three git processes per
 * node; the commit cannot change under a running process, so we run them once per process, in parallel.
 */
import { execFile } from 'node:child_process';
import type { CodeIdentity } from '../runlog/model.js';

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 10_000 }, (err, stdout) => resolve(err ? undefined : stdout.trim()));
  });
}

export async function gitCodeIdentity(cwd: string): Promise<CodeIdentity[]> {
  const [sha, changed, url] = await Promise.all([
    git(cwd, ['rev-parse', 'HEAD']),
    git(cwd, ['diff', '--name-only']),
    git(cwd, ['config', '--get', 'remote.origin.url']),
  ]);
  if (!sha) return [];
  return [
    {
      code_identifier: sha,
      code_identifier_type: 'git',
      code_identifier_dependable: changed === '',
      code_identifier_url: url ?? '',
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
