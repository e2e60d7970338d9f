/**
 * The editor JSON Schema of configuration files, generated from the per-type zod schemas the loader uses
 * and committed as schema/config.schema.json (test/config/json-schema.test.ts keeps it in sync; run the
 * tests with UPDATE_SCHEMAS=1 to rewrite it).
 */
import { z } from 'zod';
import { SERVICE_TYPES, type ServiceNamespace } from './schema.js';

export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/runnable-action/runnable-action/main/schema/config.schema.json';

function serviceSchema(ns: ServiceNamespace): z.ZodType {
  const forms: z.ZodType[] = [];
  for (const [type, cfg] of Object.entries(SERVICE_TYPES[ns] as Record<string, z.ZodType>)) {
    forms.push(z.strictObject({ type: z.literal(type), config: cfg.optional() }));
    const shape = (cfg as { shape?: Record<string, z.ZodType> }).shape;
    forms.push(shape ? z.strictObject({ type: z.literal(type), ...shape }) : z.looseObject({ type: z.literal(type) }));
  }
  return z.union(forms as [z.ZodType, z.ZodType, ...z.ZodType[]]).describe(`${ns}: {type, config} or {type, ...settings}`);
}

/** JSON Schema (draft 2020-12) of a configuration YAML file. */
export function configJsonSchema(): Record<string, unknown> {
  const pipelineExecutor = serviceSchema('pipeline-executor');
  const runLogStore = serviceSchema('run-log-store');
  const ignored = z.looseObject({}).describe('accepted and ignored');
  const file = z
    .strictObject({
      'pipeline-executor': pipelineExecutor.optional(),
      pipeline_executor: pipelineExecutor.optional(),
      executor: pipelineExecutor.optional().describe('the seed\'s name of pipeline-executor'),
      'run-log-store': runLogStore.optional(),
      run_log_store: runLogStore.optional(),
      catalog: serviceSchema('catalog').optional(),
      secrets: serviceSchema('secrets').optional(),
      'job-executor': ignored.optional(),
      job_executor: ignored.optional(),
      pickler: ignored.optional(),
      'experiment-tracker': ignored.optional().describe('runnable: accepted, no effect here'),
      experiment_tracker: ignored.optional().describe('runnable: accepted, no effect here'),
    })
    .describe('runnable configuration: one service per key');
  const schema = z.toJSONSchema(file, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: CONFIG_SCHEMA_ID, title: 'runnable configuration', ...schema };
}
