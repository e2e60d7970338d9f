/**
 * The pipeline YAML reader: `parsePipelineFile` / `parsePipelineText` (runnable semantics §3). Safe loading
 * and positions come from yaml-source.ts, the per-node schemas from schema.ts, the IR from build.ts.
 * Only `dag:` is read; other top-level keys are ignored (people park YAML anchors there).
 */
import type { Pipeline } from './model.js';
import { pipelineFromDocument } from './build.js';
import { loadYamlText, readSourceFile, type PathSegment } from './yaml-source.js';

function duplicateKeyMessage(path: readonly PathSegment[], key: string, firstLine: number): string {
  const last = path[path.length - 1];
  const what = last === 'steps' ? 'step name' : last === 'branches' ? 'branch name' : 'key';
  return `duplicate ${what} '${key}' (first defined at line ${firstLine})`;
}

/**
 * Parses pipeline YAML text. `file` names the source in issues (and becomes `Pipeline.file`).
 * Throws ValidationError with every problem found.
 */
export function parsePipelineText(text: string, file: string): Pipeline {
  const doc = loadYamlText(text, file, { duplicateKeyMessage });
  return pipelineFromDocument(doc, 'yaml', file);
}

/**
 * Reads and parses a pipeline YAML file. `path` is used as given in messages and in `Pipeline.file`;
 * relative paths resolve against `cwd` (default: the process's). Throws InputFileError when the file cannot
 * be read, ValidationError when it is invalid.
 */
export async function parsePipelineFile(path: string, cwd?: string): Promise<Pipeline> {
  const text = await readSourceFile(path, path, cwd);
  return parsePipelineText(text, path);
}
