import type { ServiceConfig } from '../config/model.js';
import type { Catalog } from './catalog.js';
import type { GithubArtifactsOptions } from './github-artifacts-env.js';
export declare const DEFAULT_CATALOG_LOCATION = ".catalog";
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
export declare function computeDataFolderOf(cfg: ServiceConfig, workDir: string): string;
/** Builds the configured catalog (type and options resolved by the config registry); unknown types raise a ValidationError. */
export declare function createCatalog(cfg: ServiceConfig, cwd: string, context?: Omit<CatalogContext, 'cwd'>): Promise<Catalog>;
