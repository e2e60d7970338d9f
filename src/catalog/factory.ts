/** Builds the catalog named by the configuration's `catalog` (runnable §6.6). */
import path from 'node:path';
import type { ServiceConfig } from '../config/model.js';
import { buildService, serviceConfigError, type ServiceFactories } from '../config/services.js';
import type { Catalog } from './catalog.js';
import { DoNothingCatalog } from './do-nothing.js';
import { FileSystemCatalog } from './file-system.js';
import type { GithubArtifactsOptions } from './github-artifacts-env.js';

export const DEFAULT_CATALOG_LOCATION = '.catalog';

/**
 * What a catalog is given besides its config, in-process (never through the environment): the run's
 * environment (the artifact runtime's variables), the run's secret values (a live set: names holding one
 * are sealed in a remote index) and the options only the Action knows (a token for cross-run reads, a logger).
 */
export interface CatalogContext {
  cwd: string;
  env?: Record<string, string | undefined>;
  secretValues?: ReadonlySet<string>;
  githubArtifacts?: GithubArtifactsOptions;
}

/** Options for the configured catalog that do not belong in a config file (RunOptions.catalogOptions). */
export type CatalogOptions = Pick<CatalogContext, 'githubArtifacts'>;

/** `compute_data_folder` of a catalog config, resolved against `workDir` (default `.`). */
export function computeDataFolderOf(cfg: ServiceConfig, workDir: string): string {
  const v = cfg.config?.compute_data_folder;
  if (v !== undefined && v !== null && typeof v !== 'string') serviceConfigError(cfg, 'config.compute_data_folder', `must be a string, got ${JSON.stringify(v)}`, 'catalog');
  return path.resolve(workDir, (v as string | undefined) || '.');
}

/** One factory per catalog type of the config registry (the compiler checks the two agree). */
const CATALOGS = {
  'do-nothing': async () => new DoNothingCatalog(),
  'file-system': async (o, ctx) =>
    new FileSystemCatalog({ catalogLocation: path.resolve(ctx.cwd, o.catalog_location), handlerLocation: o.catalog_location, computeDataFolder: o.compute_data_folder }),
  'github-artifacts': async (o, ctx) => {
    // Loaded only when configured (it pulls in @actions/artifact); used inside the Action.
    const m = await import('./github-artifacts.js');
    return m.openGithubArtifactsCatalog(o, ctx);
  },
} satisfies ServiceFactories<'catalog', CatalogContext, Promise<Catalog>>;

/** Builds the configured catalog (type and options resolved by the config registry); unknown types raise a ValidationError. */
export async function createCatalog(cfg: ServiceConfig, cwd: string, context: Omit<CatalogContext, 'cwd'> = {}): Promise<Catalog> {
  return buildService('catalog', cfg, CATALOGS, { ...context, cwd });
}
