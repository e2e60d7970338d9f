import { type LoadedInputs, type RunOptions, type RunResult, type SetupMode } from '../engine/index.js';
export declare function executeCommand(opts: RunOptions, loaded?: LoadedInputs, mode?: SetupMode): Promise<RunResult>;
