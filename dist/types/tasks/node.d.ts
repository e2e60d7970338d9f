import type { TaskInvocation, TaskOutcome, TaskRunner } from './task.js';
/** The second argument every node task function receives. */
export interface NodeTaskContext {
    /** Aborted on cancellation or timeout: long-running functions should stop when it fires. */
    signal: AbortSignal;
    stepName: string;
    attempt: number;
}
import { parseNodeCommand } from './node-command.js';
export { parseNodeCommand };
/** Forgets loaded modules' functions (Node's own ESM cache still holds the modules). */
export declare function clearNodeFunctionCache(): void;
export declare class NodeTaskRunner implements TaskRunner {
    constructor();
    run(inv: TaskInvocation): Promise<TaskOutcome>;
    /** Awaits the function's promise, unless the invocation is cancelled or its timeout expires first. */
    private race;
}
