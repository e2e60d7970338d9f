import type { ServiceConfig } from '../config/model.js';
import type { SecretsService } from './secrets.js';
export declare const DEFAULT_DOTENV_LOCATION = ".env";
/**
 * Builds the configured secrets service (type and options resolved by the config registry; `env` is an
 * alias of `env-secrets`). `env-secrets` reads `env` (the caller passes process.env); `dotenv` resolves
 * `location` against `cwd`. Unknown types raise a ValidationError.
 */
export declare function createSecrets(cfg: ServiceConfig, cwd: string, env: Record<string, string | undefined>): SecretsService;
