import type { LogLevel } from '../commands/types.js';
export declare const COMMANDS: readonly ["execute", "validate", "compile", "submit", "retry"];
export type ActionCommand = (typeof COMMANDS)[number];
export declare const Inputs: {
    readonly command: "command";
    readonly pipeline: "pipeline";
    readonly config: "config";
    readonly parametersFile: "parameters-file";
    readonly parameters: "parameters";
    readonly runId: "run-id";
    readonly tag: "tag";
    readonly workingDirectory: "working-directory";
    readonly logLevel: "log-level";
    readonly persistRunLog: "persist-run-log";
    readonly runLogBranch: "run-log-branch";
    readonly sourceRunId: "source-run-id";
    readonly githubToken: "github-token";
    readonly manifest: "manifest";
    readonly failOnDrift: "fail-on-drift";
    readonly argoUiUrl: "argo-ui-url";
    readonly kubeconfig: "kubeconfig";
    readonly retentionDays: "retention-days";
    readonly stepCache: "step-cache";
};
export interface ActionSettings {
    command: ActionCommand;
    pipeline: string;
    config?: string;
    parametersFile?: string;
    /** Parsed `parameters` input (JSON or YAML mapping), applied over the parameters file. */
    parameters?: Record<string, unknown>;
    runId?: string;
    tag?: string;
    /** Absolute working directory. */
    cwd: string;
    logLevel: LogLevel;
    persistRunLog: 'artifact' | 'none';
    runLogBranch?: string;
    sourceRunId?: string;
    githubToken?: string;
    manifest?: string;
    failOnDrift: boolean;
    argoUiUrl?: string;
    kubeconfig?: string;
    retentionDays?: number;
    /** Opt-in step cache on GitHub's cache service (`execute` and `retry`). */
    stepCache: boolean;
}
/** Parses the `parameters` input: a JSON or YAML mapping (workflow_dispatch inputs often arrive as JSON). */
export declare function parseParametersInput(text: string | undefined): Record<string, unknown> | undefined;
export declare function getInputs(workspace: string): ActionSettings;
