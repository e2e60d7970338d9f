/** The path to open for `file` given relative to `cwd`, written the way users like to read it in messages. */
export declare function userPath(cwd: string, file: string): string;
