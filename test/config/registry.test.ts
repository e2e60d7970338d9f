/**
 * One registry per service kind (src/config/services.ts): the config loader, the editor JSON Schema and the
 * factories of runlog/, catalog/ and secrets/ accept the same type names, resolve aliases and spellings the
 * same way, parse options with the same schema, and say the same thing about a type they do not know.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ValidationError } from '../../src/errors.js';
import { parseConfigText } from '../../src/config/load.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import type { RunnableConfig, ServiceConfig } from '../../src/config/model.js';
import { serviceTypes, typeNames, typeSpellings, type ServiceNamespace } from '../../src/config/services.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import { createCatalog } from '../../src/catalog/factory.js';
import { createSecrets } from '../../src/secrets/factory.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ra-registry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A runtime token the artifact catalog accepts (it decodes, never verifies, the scope). */
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const ACTIONS_ENV = { ACTIONS_RUNTIME_TOKEN: `${b64({ alg: 'none' })}.${b64({ scp: 'Actions.Results:r:j' })}.`, ACTIONS_RESULTS_URL: 'http://127.0.0.1:9', RUNNER_TEMP: dir };

const FIELD = { 'run-log-store': 'runLogStore', catalog: 'catalog', secrets: 'secrets' } as const satisfies Partial<Record<ServiceNamespace, keyof RunnableConfig>>;
type Built = ServiceNamespace & keyof typeof FIELD;
const BUILT = Object.keys(FIELD) as Built[];

/** What a factory makes of a service config: the built service's kind, or the ValidationError's issue messages. */
async function build(ns: Built, cfg: ServiceConfig): Promise<string> {
  try {
    if (ns === 'run-log-store') return createRunLogStore(cfg, dir).kind;
    if (ns === 'catalog') return (await createCatalog(cfg, dir, { env: ACTIONS_ENV })).kind;
    return createSecrets(cfg, dir, {}).kind;
  } catch (err) {
    if (err instanceof ValidationError) return `error: ${err.issues.map((i) => i.message).join('; ')}`;
    throw err;
  }
}

/** What the loader makes of `ns: {type: <type>}`: the canonical type, or its issue messages. */
function load(ns: Built, type: string): { type?: string; config?: ServiceConfig; error?: string } {
  try {
    const { config } = parseConfigText(`${ns}:\n  type: ${JSON.stringify(type)}\n${ns === 'catalog' && type.startsWith('github') ? `  state_dir: ${JSON.stringify(dir)}\n` : ''}`, 'c.yaml');
    const svc = config[FIELD[ns]];
    return { type: svc.type, config: svc };
  } catch (err) {
    if (err instanceof ValidationError) return { error: `error: ${err.issues.map((i) => i.message).join('; ')}` };
    throw err;
  }
}

describe('service registry: loader, editor schema and factories agree', () => {
  it('every type name and spelling the loader accepts builds through its factory, as the same canonical type', async () => {
    for (const ns of BUILT) {
      for (const type of serviceTypes(ns)) {
        for (const spelling of typeSpellings(ns, type)) {
          const loaded = load(ns, spelling);
          expect({ ns, spelling, type: loaded.type ?? loaded.error }).toEqual({ ns, spelling, type });
          // The loader's config and the same name given in code build the same service.
          const fromLoader = await build(ns, loaded.config!);
          const fromCode = await build(ns, { type: spelling, config: type === 'github-artifacts' ? { state_dir: dir } : {} });
          expect({ ns, spelling, built: fromCode }).toEqual({ ns, spelling, built: fromLoader });
          expect(fromLoader).not.toMatch(/^error/);
        }
      }
    }
  });

  it('an unknown or unsupported type gets the same message from the loader and the factory, listing the same names', async () => {
    for (const ns of BUILT) {
      for (const type of ['nope', 'minio', 's3', 'chunked-minio', 'vault']) {
        const loaded = load(ns, type);
        expect(loaded.error).toBeDefined();
        expect({ ns, type, message: await build(ns, { type, config: {} }) }).toEqual({ ns, type, message: loaded.error });
        expect(loaded.error).toContain(typeNames(ns).join(', '));
      }
    }
    expect(load('catalog', 's3').error).toBe("error: 's3' is a runnable catalog that runnable-action does not support (supported: do-nothing, file-system, github-artifacts)");
    expect(load('secrets', 'vault').error).toBe("error: unknown secrets type 'vault' (expected one of do-nothing, env-secrets, env, dotenv)");
  });

  it('options are parsed by the one schema in both: what the loader accepts the factory applies, what it refuses the factory refuses', async () => {
    const good = load('catalog', 'file-system');
    expect(good.config!.config).toEqual({ catalog_location: '.catalog', compute_data_folder: '.' });
    const { config } = parseConfigText(`catalog:\n  type: github-artifacts\n  pack_max_bytes: 1024\n  compute_data_folder: data\n  state_dir: ${JSON.stringify(dir)}\n`, 'c.yaml');
    const cat = (await createCatalog(config.catalog, dir, { env: ACTIONS_ENV })) as unknown as { config: Record<string, unknown> };
    expect(cat.config).toMatchObject({ pack_max_bytes: 1024, compute_data_folder: 'data', pack_max_files: 5000 });
    // An option no schema knows: refused by both, with the same words.
    expect(() => parseConfigText('catalog:\n  type: github-artifacts\n  name_prefix: x\n', 'c.yaml')).toThrow(/unknown field 'name_prefix'/);
    await expect(createCatalog({ type: 'github-artifacts', config: { name_prefix: 'x' } }, dir, { env: ACTIONS_ENV })).rejects.toThrow(/unknown field 'name_prefix'/);
  });

  it('the editor JSON Schema accepts exactly the spellings the loader accepts', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(configJsonSchema());
    for (const ns of [...BUILT, 'pipeline-executor' as const]) {
      for (const type of serviceTypes(ns)) {
        for (const spelling of typeSpellings(ns, type)) {
          if (ns === 'pipeline-executor' && type === 'argo') continue; // needs a config of its own
          expect({ ns, spelling, ok: validate({ [ns]: { type: spelling } }) }).toEqual({ ns, spelling, ok: true });
        }
      }
      expect(validate({ [ns]: { type: 'nope' } })).toBe(false);
    }
  });
});
