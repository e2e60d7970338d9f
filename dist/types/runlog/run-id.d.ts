export declare function checkRunId(runId: string): void;
