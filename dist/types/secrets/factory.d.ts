import type { ServiceConfig } from '../config/model.js';
import type { SecretsService } from './secrets.js';
export declare const SECRETS_TYPES: readonly ["do-nothing", "env-secrets", "env", "dotenv"];
export declare const DEFAULT_DOTENV_LOCATION = ".env";
/**
 * `type` is matched with `_` and `-` interchangeable. `env` reads `env` (the caller passes process.env);
 * `dotenv` resolves `location` against `cwd`. Unknown types raise a ValidationError.
 */
export declare function createSecrets(cfg: ServiceConfig, cwd: string, env: Record<string, string | undefined>): SecretsService;
