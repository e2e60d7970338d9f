import type { Pipeline } from '../pipeline/model.js';
export type GraphFormat = 'mermaid' | 'dot';
/** Statuses keyed by template internal name (e.g. from a run log, composites aggregated). */
export type StatusByNode = Record<string, 'SUCCESS' | 'FAIL' | 'PROCESSING' | 'CREATED' | undefined>;
export declare function renderMermaid(pipeline: Pipeline, statuses?: StatusByNode): string;
export declare function renderDot(pipeline: Pipeline): string;
