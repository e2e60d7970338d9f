/**
 * A pipeline comes from a YAML file or from a module written with the TS SDK (`.mjs`, `.js`, `.ts` on
 * Node ≥ 22.18). A module exports the pipeline (or a function returning it) as `default` or `pipeline`;
 * orchestrator pods import the same module again, so it must build the same graph every time.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputFileError, ValidationError } from '../errors.js';
import type { Pipeline } from '../pipeline/model.js';
import { parsePipelineFile } from '../pipeline/parse.js';
import { userPath } from './paths.js';

const MODULE = /\.(mjs|cjs|js|mts|ts)$/;

export function isSdkModule(file: string): boolean {
  return MODULE.test(file);
}

export async function loadPipeline(cwd: string, file: string): Promise<Pipeline> {
  const shown = userPath(cwd, file);
  if (!isSdkModule(file)) return { ...(await parsePipelineFile(shown)), file };
  let mod: Record<string, unknown>;
  try {
    mod = (await import(/* webpackIgnore: true */ pathToFileURL(path.resolve(cwd, file)).href)) as Record<string, unknown>;
  } catch (err) {
    throw new InputFileError(shown, `importing the pipeline module failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  let candidate = mod.default ?? mod.pipeline;
  try {
    if (typeof candidate === 'function') candidate = await (candidate as () => unknown)();
    if (candidate && typeof (candidate as { build?: unknown }).build === 'function') candidate = (candidate as { build(): unknown }).build();
  } catch (err) {
    // The SDK's own validation errors carry their issues; anything else the module threw is the user's code.
    if (err instanceof ValidationError) throw err;
    throw new InputFileError(shown, `building the pipeline failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const ir = candidate as Pipeline | undefined;
  if (!ir || typeof ir !== 'object' || !ir.dag) {
    throw new InputFileError(shown, "the module must export a Pipeline (or a function returning one) as 'default' or 'pipeline'");
  }
  return { ...ir, execution_mode: 'sdk', file };
}
