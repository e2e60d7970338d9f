/** Builds the catalog named by the configuration's `catalog` (runnable §6.6). */
import path from 'node:path';
import type { ServiceConfig } from '../config/model.js';
import { serviceConfigError } from '../runlog/factory.js';
import type { Catalog } from './catalog.js';
import { DoNothingCatalog } from './do-nothing.js';
import { FileSystemCatalog } from './file-system.js';

export const CATALOG_TYPES = ['do-nothing', 'file-system', 'github-artifacts'] as const;
export const DEFAULT_CATALOG_LOCATION = '.catalog';

function stringOption(cfg: ServiceConfig, key: string, fallback: string): string {
  const v = cfg.config?.[key];
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v !== 'string') serviceConfigError(cfg, `config.${key}`, `must be a string, got ${JSON.stringify(v)}`, 'catalog');
  return v;
}

/** `compute_data_folder` of a catalog config, resolved against `workDir` (default `.`). */
export function computeDataFolderOf(cfg: ServiceConfig, workDir: string): string {
  return path.resolve(workDir, stringOption(cfg, 'compute_data_folder', '.'));
}

interface GithubArtifactsModule {
  createGithubArtifactsCatalog(cfg: ServiceConfig, cwd: string): Promise<Catalog> | Catalog;
}

/** `type` is matched with `_` and `-` interchangeable. Unknown types raise a ValidationError. */
export async function createCatalog(cfg: ServiceConfig, cwd: string): Promise<Catalog> {
  const type = String(cfg.type ?? '').replace(/_/g, '-');
  switch (type) {
    case 'do-nothing':
      return new DoNothingCatalog();
    case 'file-system': {
      const location = stringOption(cfg, 'catalog_location', DEFAULT_CATALOG_LOCATION);
      return new FileSystemCatalog({
        catalogLocation: path.resolve(cwd, location),
        handlerLocation: location,
        computeDataFolder: stringOption(cfg, 'compute_data_folder', '.'),
      });
    }
    case 'github-artifacts': {
      // Owned by the Action module; loaded only when configured (it pulls in @actions/artifact).
      const m = (await import('./github-artifacts.js')) as GithubArtifactsModule;
      return m.createGithubArtifactsCatalog(cfg, cwd);
    }
    case 'minio':
    case 's3':
      return serviceConfigError(
        cfg,
        'type',
        `catalog '${cfg.type}' is not supported by runnable-action; use one of ${CATALOG_TYPES.join(', ')}`,
        'catalog',
      );
    default:
      return serviceConfigError(
        cfg,
        'type',
        `unknown catalog type '${String(cfg.type)}'; expected one of ${CATALOG_TYPES.join(', ')}`,
        'catalog',
      );
  }
}
