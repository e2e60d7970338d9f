/**
 * Annotations as data (pure functions; the Action prints them through `@actions/core`). GitHub displays at
 * most 10 annotations per level per step (platform doc §7.4): the first ones become annotations, the
 * rest go to the job summary, never silently dropped.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { ValidationIssue } from '../errors.js';
import { formatIssue } from '../errors.js';
import type { RunLog, StepLog } from '../runlog/model.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Displayed annotations per level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** A path as GitHub wants it in an annotation: relative to the repository root, `/`-separated. */
export function annotationPath(file: string, workspace?: string): string {
  let p = file;
  if (workspace && isAbsolute(p)) {
    const rel = relative(workspace, p);
    if (!rel.startsWith('..') && !isAbsolute(rel)) p = rel;
  }
  return p.split(sep).join('/');
}

/** One annotation (an error unless `level` says) per issue at its file/line/column, up to `limit`; the rest is returned as overflow. */
export function issueAnnotations(
  issues: readonly ValidationIssue[],
  opts: { workspace?: string; limit?: number; title?: string; level?: Annotation['level'] } = {},
): { shown: Annotation[]; overflow: ValidationIssue[] } {
  const limit = opts.limit ?? ANNOTATIONS_PER_LEVEL;
  const sorted = [...issues];
  const shown = sorted.slice(0, limit).map<Annotation>((i) => ({
    level: opts.level ?? 'error',
    title: opts.title ?? (i.path ? `runnable: ${i.path}` : 'runnable'),
    message: i.message,
    file: annotationPath(i.file, opts.workspace),
    ...(i.line !== undefined ? { startLine: i.line } : {}),
    ...(i.endLine !== undefined ? { endLine: i.endLine } : {}),
    ...(i.column !== undefined && (i.endLine === undefined || i.endLine === i.line) ? { startColumn: i.column } : {}),
    ...(i.endColumn !== undefined && (i.endLine === undefined || i.endLine === i.line) ? { endColumn: i.endColumn } : {}),
  }));
  return { shown, overflow: sorted.slice(limit) };
}

/** Markdown list of issues (for the summary: all of them, or the overflow). */
export function issuesMarkdown(issues: readonly ValidationIssue[], workspace?: string): string {
  return issues.map((i) => `- \`${formatIssue({ ...i, file: annotationPath(i.file, workspace) }).replace(/`/g, "'")}\``).join('\n');
}

interface FailedStep {
  path: string;
  step: StepLog;
}

/** Leaf steps that failed, depth first, in run-log order. */
export function failedLeafSteps(runLog: RunLog): FailedStep[] {
  const out: FailedStep[] = [];
  const walk = (steps: Record<string, StepLog>) => {
    for (const s of Object.values(steps)) {
      const branches = Object.values(s.branches ?? {});
      if (branches.length) {
        for (const b of branches) walk(b.steps);
      } else if (s.status === 'FAIL' && s.step_type !== 'fail') out.push({ path: s.internal_name, step: s });
    }
  };
  walk(runLog.steps);
  return out;
}

/** Error annotations for failed steps (≤ limit); `more` counts the rest, which the summary lists. */
export function failedStepAnnotations(runLog: RunLog, opts: { limit?: number; pipelineFile?: string; workspace?: string } = {}): { shown: Annotation[]; more: number } {
  const limit = opts.limit ?? ANNOTATIONS_PER_LEVEL;
  const failed = failedLeafSteps(runLog);
  const shown = failed.slice(0, limit).map<Annotation>(({ path, step }) => {
    const last = step.attempts[step.attempts.length - 1];
    const tries = step.attempts.length > 1 ? ` after ${step.attempts.length} attempts` : '';
    const msg = (step.message || last?.message || 'failed').split('\n').slice(0, 20).join('\n');
    return {
      level: 'error',
      title: `step ${path} failed${tries}`,
      message: msg,
      ...(opts.pipelineFile ? { file: annotationPath(opts.pipelineFile, opts.workspace) } : {}),
    };
  });
  return { shown, more: Math.max(0, failed.length - limit) };
}
