/**
 * The editor JSON Schema of configuration files, generated from the per-type zod schemas the loader uses
 * and committed as schema/config.schema.json (test/config/json-schema.test.ts keeps it in sync; run the
 * tests with UPDATE_SCHEMAS=1 to rewrite it).
 */
import * as z from 'zod/mini';
import { describe } from '../pipeline/schema.js';
import { serviceSchema as schemaOf, serviceTypes, typeSpellings, type ServiceNamespace } from './services.js';

export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/runnable-action/runnable-action/main/schema/config.schema.json';

/** Both forms of each type of a namespace, the type named by every spelling the loader accepts (services.ts). */
function serviceSchema(ns: ServiceNamespace): z.ZodMiniType {
  const forms: z.ZodMiniType[] = [];
  for (const type of serviceTypes(ns)) {
    const cfg = schemaOf(ns, type);
    const spellings = typeSpellings(ns, type);
    const name = spellings.length === 1 ? z.literal(type) : z.enum(spellings as [string, ...string[]]);
    forms.push(z.strictObject({ type: name, config: z.optional(cfg) }));
    const shape = (cfg as { shape?: Record<string, z.ZodMiniType> }).shape;
    forms.push(shape ? z.strictObject({ type: name, ...shape }) : z.looseObject({ type: name }));
  }
  return describe(z.union(forms as [z.ZodMiniType, z.ZodMiniType, ...z.ZodMiniType[]]), `${ns}: {type, config} or {type, ...settings}`);
}

/** JSON Schema (draft 2020-12) of a configuration YAML file. */
export function configJsonSchema(): Record<string, unknown> {
  const pipelineExecutor = serviceSchema('pipeline-executor');
  const runLogStore = serviceSchema('run-log-store');
  const ignored = describe(z.looseObject({}), 'accepted and ignored');
  const noEffect = () => describe(z.optional(ignored), 'runnable: accepted, no effect here');
  const file = describe(
    z.strictObject({
      'pipeline-executor': z.optional(pipelineExecutor),
      pipeline_executor: z.optional(pipelineExecutor),
      executor: describe(z.optional(pipelineExecutor), 'the seed\'s name of pipeline-executor'),
      'run-log-store': z.optional(runLogStore),
      run_log_store: z.optional(runLogStore),
      catalog: z.optional(serviceSchema('catalog')),
      secrets: z.optional(serviceSchema('secrets')),
      'job-executor': z.optional(ignored),
      job_executor: z.optional(ignored),
      pickler: z.optional(ignored),
      'experiment-tracker': noEffect(),
      experiment_tracker: noEffect(),
    }),
    'runnable configuration: one service per key',
  );
  const schema = z.toJSONSchema(file, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: CONFIG_SCHEMA_ID, title: 'runnable configuration', ...schema };
}
