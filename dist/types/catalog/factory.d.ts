import type { ServiceConfig } from '../config/model.js';
import type { Catalog } from './catalog.js';
export declare const CATALOG_TYPES: readonly ["do-nothing", "file-system", "github-artifacts"];
export declare const DEFAULT_CATALOG_LOCATION = ".catalog";
/** `compute_data_folder` of a catalog config, resolved against `workDir` (default `.`). */
export declare function computeDataFolderOf(cfg: ServiceConfig, workDir: string): string;
/** `type` is matched with `_` and `-` interchangeable. Unknown types raise a ValidationError. */
export declare function createCatalog(cfg: ServiceConfig, cwd: string): Promise<Catalog>;
