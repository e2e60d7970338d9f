import type { TaskInvocation, TaskOutcome, TaskRunner } from './task.js';
/** A notebook outcome: also says where the executed notebook was written (relative to the cwd when the command is). */
export interface NotebookTaskOutcome extends TaskOutcome {
    outputNotebook?: string;
}
/** `<dir>/<stem>-<tag>_out.ipynb`, tag = the resolved step name's letters and digits (runnable §4.5). */
export declare function notebookOutputPath(command: string, stepName: string): string;
/** Substitutes `${name}` with the iteration variable's value (strings raw, other values as JSON). */
export declare function substituteIterVars(text: string, iterVars: Record<string, unknown>): string;
export declare const NOTEBOOK_ENGINE_HELP: string;
export declare class NotebookTaskRunner implements TaskRunner {
    run(inv: TaskInvocation): Promise<NotebookTaskOutcome>;
}
