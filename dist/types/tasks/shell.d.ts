import type { TaskInvocation, TaskOutcome, TaskRunner } from './task.js';
/** @default '/bin/sh' */
export declare const SHELL = "/bin/sh";
/** The script actually run: the user's script, preceded by the EXIT-trap collector when returns are asked. */
export declare function wrapShellScript(script: string, returnsFile: string | undefined): string;
export declare class ShellTaskRunner implements TaskRunner {
    run(inv: TaskInvocation): Promise<TaskOutcome>;
}
/**
 * Parses the output of the `export -p` builtin into name → value. Handles the formats of dash/ash
 * (`export N='v'`, with `'"'"'` for quotes), bash in POSIX mode (`export N="v"`, `export N=$'a\nb'`) and
 * bash (`declare -x N="v"`). Names exported without a value (`export N`) are left out.
 */
export declare function parseExportP(text: string): Map<string, string>;
