import type { Pipeline } from '../pipeline/model.js';
/**
 * The folder holding our Python package `runnable` (what `runnable python-path` prints): python/ next to
 * the bundle's folder in dist/, or the repository's python/ when running from src/.
 */
export declare function pythonPackagePath(): string;
/** What a Python SDK script's `Pipeline.execute()` asked for. */
export interface PythonExport {
    pipeline: unknown;
    configuration_file: string;
    parameters_file: string;
    run_id: string;
    tag: string;
}
/** Runs a Python SDK script in export mode (once per process and file) and returns what it described. */
export declare function exportPythonPipeline(cwd: string, file: string, env?: Record<string, string | undefined>): Promise<PythonExport>;
export declare function isPythonSdkScript(file: string): boolean;
export declare function isSdkModule(file: string): boolean;
export declare function loadPipeline(cwd: string, file: string): Promise<Pipeline>;
