export declare const MAX_WORKFLOW_BYTES: number;
export declare const WARN_WORKFLOW_BYTES: number;
/** Parses every CEL rule now (a few ms); otherwise each is parsed on its first use. The schema validator is precompiled. */
export declare function warmUpValidator(): void;
/** Every problem found in `manifest` (a Workflow or CronWorkflow); empty when it is valid. */
export declare function validateManifest(manifest: unknown): string[];
/** Parses an Argo `depends` expression; returns the task names it mentions, or an error. */
export declare function dependsOperands(expr: string): {
    names: string[];
    error?: string;
};
