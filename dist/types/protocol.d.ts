export type PodVerb = 'execute-single-node' | 'fan';
export type FanDirection = 'in' | 'out' | 'exit';
/** One pod's call. Values may be Argo tags (`{{inputs.parameters.step}}`): they are written as given. */
export interface PodCall {
    verb: PodVerb;
    runId: string;
    /** STEP as it goes on the command line (see {@link encodeStepArg}), or a tag. */
    step: string;
    direction?: FanDirection;
    pipelineFile: string;
    configFile?: string;
    logLevel: string;
    iterVariable?: string;
    retryIndex?: string;
    outputFile?: string;
    fanOutNext?: string;
    parametersFile?: string;
    tag?: string;
    /** Run log store and file-system catalog move under this folder in the pod (runnable's pvc_for_runnable). */
    storesOn?: string;
    /** The exit handler's `{{workflow.status}}`. */
    workflowStatus?: string;
}
/** The container command of a pod call. User text is escaped ({@link encodeText}); tags are kept. */
export declare function buildPodArgv(call: PodCall): string[];
/** Environment every pod gets (values are Argo tags); `first` adds the initial parameters' variables. */
export declare function buildPodEnv(opts: {
    initialParameters?: string[];
    argValue: (name: string) => string;
}): {
    name: string;
    value: string;
}[];
/** Other text arguments: `%`, `{`, `}` percent-encoded, so no `{{` reaches Argo. */
export declare function encodeText(s: string): string;
export declare function decodeText(s: string): string;
/** STEP: runnable's encoding (spaces as `%`) plus `%{` / `%}` for braces. */
export declare function encodeStepArg(internalName: string): string;
export declare function decodeStepArg(arg: string): string;
/** JSON text with every brace inside strings escaped: safe to place in a manifest. */
export declare function argoJson(value: unknown): string;
/** `--iter-variable` text with the given expressions (Argo tags or numbers) spliced in, outermost first. */
export declare function iterVariableText(maps: {
    as: string;
    index: string;
}[], loops: string[]): string;
/** A map variable is a value (runnable's form) or an index into the map's list (the Argo form). */
export type MapVariable = {
    value: unknown;
} | {
    index: number;
};
export interface PodIterVariables {
    map_variable?: Record<string, MapVariable>;
    loop_variable?: {
        value: number;
    }[];
}
export declare function parseIterVariable(text: string | undefined): PodIterVariables;
/** The conditional fan-out's token for a branch key (position in the file's branch order), `default` or `none`. */
export declare function conditionalToken(branchKeys: string[], key: string | undefined): string;
export declare const CONDITIONAL_NONE = "none";
export declare const LOOP_GO = "go";
export declare const LOOP_STOP = "stop";
/** Raw flag values as the CLI receives them (strings), for {@link podOptionsFromFlags}. */
export interface PodFlagValues {
    iterVariable?: string;
    follow?: boolean;
    orchestrator?: string;
    retryIndex?: string | number;
    fanOutNext?: string;
    outputFile?: string;
    storesOn?: string;
    workflowStatus?: string;
    tag?: string;
    file?: string;
    configFile?: string;
    parametersFile?: string;
}
export interface PodOptions {
    stepPath: string;
    iterVariable?: string;
    followInline: boolean;
    orchestrator?: 'argo';
    retryIndex?: number;
    fanOutNext?: string;
    outputFile?: string;
    storesOn?: string;
    workflowStatus?: string;
    tag?: string;
    file?: string;
    configFile?: string;
    parametersFile?: string;
}
export declare function parseRetryIndex(v: string | number): number;
/** The typed pod options from the CLI's STEP argument and flags; decodes Argo-escaped text under `--orchestrator argo`. */
export declare function podOptionsFromFlags(step: string, flags: PodFlagValues): PodOptions;
