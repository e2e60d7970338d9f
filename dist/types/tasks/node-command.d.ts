/**
 * The syntax of a node task's command, apart from the runner: `validate` reads it without loading the runner
 * (which brings v8 serialisation and the console routing of in-process functions).
 */
/** Splits `path/to/module.js:exportName` / `module.mjs#name` / `module.js`. */
export declare function parseNodeCommand(command: string): {
    modulePath: string;
    exportName: string;
};
