import type { Parameter, Parameters } from '../runlog/model.js';
import type { TaskInvocation, TaskOutcome } from './task.js';
/**
 * A directory only this process uses (mode 0700), created on first use and removed when the process exits.
 * Result files, pickles and generated notebooks of task attempts live here.
 */
export declare function privateTempDir(): string;
/** A fresh path (not created) in the private temp dir: `<dir>/<n><suffix>`. */
export declare function tempPath(suffix: string): string;
/**
 * What the task received, recorded as the attempt's `input_parameters`: the scope's parameters plus the
 * iteration variables as json parameters (semantics §4.2 rule 7).
 */
export declare function inputParametersOf(inv: Pick<TaskInvocation, 'parameters' | 'iterVariables'>): Parameters;
/** JSON-decoded when the text parses (`42` → 42, `[1,2]` → list, `0.9` → float, `1.0` stays a float), else the string itself. */
export declare function decodeTextValue(text: string): unknown;
export declare function failure(inv: Pick<TaskInvocation, 'parameters' | 'iterVariables'>, message: string, exitCode?: number | null): TaskOutcome;
export declare function success(inv: Pick<TaskInvocation, 'parameters' | 'iterVariables'>, returns: Record<string, Parameter>, exitCode?: number | null): TaskOutcome;
/** `<value>` for messages: JSON, shortened. */
export declare function preview(value: unknown, max?: number): string;
/**
 * The values of the step's own secrets (as set in its environment) replaced by `***` in the outcome's
 * message. The message is stored in the run log and shown in annotations; a task that puts a secret in an
 * exception or error text must not leak it there (its output is masked by the context as it streams).
 * Values shorter than 4 characters are left alone, as the output masking does.
 */
export declare function maskOutcomeSecrets(outcome: TaskOutcome, inv: Pick<TaskInvocation, 'spec' | 'env'>): TaskOutcome;
