import type { RunLog } from '../runlog/model.js';
export interface TimelineOptions {
    target: string;
    configFile?: string;
    cwd?: string;
    env?: Record<string, string | undefined>;
    /** Width of the bar column. @default 40 */
    width?: number;
}
export declare function loadRunLog(opts: TimelineOptions): Promise<RunLog>;
/** A whole run log document (the file-system layout's `<run_id>.json`). */
export declare function parseDocument(text: string, display: string): RunLog;
export declare function renderTimeline(log: RunLog, width?: number): string;
