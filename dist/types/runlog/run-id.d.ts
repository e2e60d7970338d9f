export declare function isValidRunId(runId: unknown): runId is string;
export declare function checkRunId(runId: string): void;
export declare function generateRunId(now?: Date): string;
