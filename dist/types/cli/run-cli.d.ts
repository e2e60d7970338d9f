export interface CliIo {
    out: NodeJS.WritableStream;
    err: NodeJS.WritableStream & {
        isTTY?: boolean;
        columns?: number;
    };
    env: Record<string, string | undefined>;
    cwd: string;
}
/** Maps any error to a message on stderr and an exit code. The only place that decides exit codes. */
export declare function reportError(err: unknown, io: CliIo): number;
export declare function runCli(argv: string[], io: CliIo): Promise<number>;
