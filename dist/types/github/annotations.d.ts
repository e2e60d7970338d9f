import type { ValidationIssue } from '../errors.js';
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
export declare const ANNOTATIONS_PER_LEVEL = 10;
/** A path as GitHub wants it in an annotation: relative to the repository root, `/`-separated. */
export declare function annotationPath(file: string, workspace?: string): string;
/** One error annotation per issue at its file/line/column, up to `limit`; the rest is returned as overflow. */
export declare function issueAnnotations(issues: readonly ValidationIssue[], opts?: {
    workspace?: string;
    limit?: number;
    title?: string;
}): {
    shown: Annotation[];
    overflow: ValidationIssue[];
};
/** Markdown list of issues (for the summary: all of them, or the overflow). */
export declare function issuesMarkdown(issues: readonly ValidationIssue[], workspace?: string): string;
interface FailedStep {
    path: string;
    step: StepLog;
}
/** Leaf steps that failed, depth first, in run-log order. */
export declare function failedLeafSteps(runLog: RunLog): FailedStep[];
/** Error annotations for failed steps (≤ limit); `more` counts the rest, which the summary lists. */
export declare function failedStepAnnotations(runLog: RunLog, opts?: {
    limit?: number;
    pipelineFile?: string;
    workspace?: string;
}): {
    shown: Annotation[];
    more: number;
};
export {};
