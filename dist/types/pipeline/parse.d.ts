/**
 * The pipeline YAML reader: `parsePipelineFile` / `parsePipelineText` (runnable semantics §3). Safe loading
 * and positions come from yaml-source.ts, the per-node schemas from schema.ts, the IR from build.ts.
 * Only `dag:` is read; other top-level keys are ignored (people park YAML anchors there).
 */
import type { Pipeline } from './model.js';
/**
 * Parses pipeline YAML text. `file` names the source in issues (and becomes `Pipeline.file`).
 * Throws ValidationError with every problem found.
 */
export declare function parsePipelineText(text: string, file: string): Pipeline;
/**
 * Reads and parses a pipeline YAML file. `path` is used as given in messages and in `Pipeline.file`;
 * relative paths resolve against `cwd` (default: the process's). Throws InputFileError when the file cannot
 * be read, ValidationError when it is invalid.
 */
export declare function parsePipelineFile(path: string, cwd?: string): Promise<Pipeline>;
