/**
 * The job summary as a pure function: RunLog → Markdown (with the HTML GitHub renders alongside it).
 *
 * One table for the pipeline's top-level steps; each map/parallel/conditional/loop folded into a
 * `<details>` block with counts; large fan-outs summarised (first failures, first items, counts). The
 * result always fits the 1 MiB per-step budget (platform doc §7.4): it is rendered at decreasing levels
 * of detail until it fits, and cut with an explicit note as a last resort. Known secret values are
 * replaced by `***` everywhere, the diagram included.
 */
import type { RunLog, StepLog, Status } from '../runlog/model.js';
export interface SummaryArtifactLink {
    name: string;
    url?: string;
    kind?: string;
    files?: number;
    bytes?: number;
}
export interface SummaryInput {
    runLog: RunLog;
    /** Mermaid source of the graph coloured by status (`renderMermaid(pipeline, statuses)`). */
    mermaid?: string;
    /** Links to artifacts (run log, catalog packs). */
    artifacts?: SummaryArtifactLink[];
    /** Secret values to mask. Values shorter than 4 characters are not masked (they would blank the page). */
    secrets?: readonly string[];
    /** Extra lines under the title (why steps ran or were skipped, retries, cancellation). */
    notes?: readonly string[];
    /** Extra Markdown appended (e.g. validation issues beyond the annotation limit). */
    appendix?: string;
    /** Byte budget. @default 1_000_000 (GitHub's limit is 1 MiB = 1,048,576 bytes per step) */
    maxBytes?: number;
    durationMs?: number;
    /**
     * What failed around the run (e.g. its catalog could not be stored): the heading shows `status` instead of
     * the run log's, and `message` (an error line, already masked) stands under it.
     */
    failure?: {
        status: Status;
        message: string;
    };
}
export declare function formatDuration(ms: number | undefined): string;
/** Wall time of a step: first attempt's start to the last attempt's end; composites from their branches. */
export declare function stepDurationMs(step: StepLog): number | undefined;
/** Where a step's result came from when the step cache restored it instead of running it. */
export declare function cachedFrom(s: StepLog): {
    step: string;
    runId: string;
} | undefined;
/** Replaces every known secret value (≥ 4 characters) with `***`. */
export declare function maskSecrets(text: string, secrets: readonly string[] | undefined): string;
/** Renders the summary, degrading detail until it fits `maxBytes`. */
export declare function renderSummary(input: SummaryInput): string;
