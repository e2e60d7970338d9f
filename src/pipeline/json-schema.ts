/**
 * The editor JSON Schema of pipeline files, generated from the same zod schema the parser uses and
 * committed as schema/pipeline.schema.json (test/pipeline/json-schema.test.ts keeps it in sync; run the
 * tests with UPDATE_SCHEMAS=1 to rewrite it).
 */
import * as z from 'zod/mini';
import { pipelineFileSchema } from './schema.js';

export const PIPELINE_SCHEMA_ID = 'https://raw.githubusercontent.com/runnable-action/runnable-action/main/schema/pipeline.schema.json';

/** JSON Schema (draft 2020-12) of a pipeline YAML file. */
export function pipelineJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(pipelineFileSchema(), { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: PIPELINE_SCHEMA_ID, title: 'runnable pipeline', ...schema };
}
