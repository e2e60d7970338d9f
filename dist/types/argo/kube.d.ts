export declare const GROUP = "argoproj.io";
export declare const VERSION = "v1alpha1";
export declare const PLURAL = "workflows";
export interface KubeTarget {
    /** Path of a kubeconfig file; default: KUBECONFIG, ~/.kube/config, then in-cluster. */
    kubeconfig?: string;
    /** A kubeconfig's text (e.g. from an Action input). */
    kubeconfigText?: string;
    /** Use the pod's service account. */
    inCluster?: boolean;
    context?: string;
    /** Default: the context's namespace, else `default`. */
    namespace?: string;
}
export interface RetryOptions {
    /** Attempts after the first. @default 6 */
    retries?: number;
    /** @default 500 */
    baseMs?: number;
    /** @default 15000 */
    maxMs?: number;
    /** Test hook: the sleep function. */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    /** Called before each retry. */
    onRetry?: (info: {
        attempt: number;
        delayMs: number;
        error: unknown;
    }) => void;
}
export type ClientNode = typeof import('@kubernetes/client-node');
export declare function loadClient(): Promise<ClientNode>;
export interface Kube {
    k8s: ClientNode;
    kc: InstanceType<ClientNode['KubeConfig']>;
    api: InstanceType<ClientNode['CustomObjectsApi']>;
    namespace: string;
    server: string;
}
export declare function connect(target: KubeTarget): Promise<Kube>;
/** HTTP status of an error from client-node (ApiException), if any. */
export declare function statusOf(err: unknown): number | undefined;
/** The Kubernetes `Status` body of an ApiException (its `body` is the raw response text). */
export declare function statusBody(err: unknown): {
    reason?: string;
    message?: string;
    code?: number;
} | undefined;
export declare function describe(err: unknown): string;
/** Whether retrying can help: 5xx, 429, 408, network errors and timeouts (never 4xx answers). */
export declare function isTransient(err: unknown): boolean;
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
/** Runs `fn`, retrying transient failures with exponential backoff and full jitter (Retry-After honoured). */
export declare function withRetry<T>(what: string, fn: () => Promise<T>, opts?: RetryOptions, signal?: AbortSignal, beforeRetry?: (err: unknown) => Promise<T | undefined>): Promise<T>;
