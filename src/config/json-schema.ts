/**
 * The editor JSON Schema of configuration files, generated from the per-type zod schemas the loader uses
 * and committed as schema/config.schema.json (test/config/json-schema.test.ts keeps it in sync; run the
 * tests with UPDATE_SCHEMAS=1 to rewrite it).
 */
import * as z from 'zod';
import { serviceSchema as schemaOf, serviceTypes, typeSpellings, type ServiceNamespace } from './services.js';

export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/runnable-action/runnable-action/main/schema/config.schema.json';

/** Both forms of each type of a namespace, the type named by every spelling the loader accepts (services.ts). */
function serviceSchema(ns: ServiceNamespace): z.ZodType {
  const forms: z.ZodType[] = [];
  for (const type of serviceTypes(ns)) {
    const cfg = schemaOf(ns, type);
    const spellings = typeSpellings(ns, type);
    const name = spellings.length === 1 ? z.literal(type) : z.enum(spellings as [string, ...string[]]);
    forms.push(z.strictObject({ type: name, config: cfg.optional() }));
    const shape = (cfg as { shape?: Record<string, z.ZodType> }).shape;
    forms.push(shape ? z.strictObject({ type: name, ...shape }) : z.looseObject({ type: name }));
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
