export declare function generateRunId(now?: Date): string;
