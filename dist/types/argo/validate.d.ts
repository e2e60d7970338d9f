export declare const MAX_WORKFLOW_BYTES: number;
export declare const WARN_WORKFLOW_BYTES: number;
/** Pre-compiles the validator (about a second); otherwise the first validation pays for it. */
export declare function warmUpValidator(): void;
/** Every problem found in `manifest` (a Workflow or CronWorkflow); empty when it is valid. */
export declare function validateManifest(manifest: unknown): string[];
/** Parses an Argo `depends` expression; returns the task names it mentions, or an error. */
export declare function dependsOperands(expr: string): {
    names: string[];
    error?: string;
};
