/** Builds the secrets service named by the configuration's `secrets` (runnable §6.7). */
import path from 'node:path';
import type { ServiceConfig } from '../config/model.js';
import { serviceConfigError } from '../runlog/factory.js';
import { DoNothingSecrets } from './do-nothing.js';
import { DotenvSecrets } from './dotenv.js';
import { EnvSecrets } from './env.js';
import type { SecretsService } from './secrets.js';

export const SECRETS_TYPES = ['do-nothing', 'env-secrets', 'env', 'dotenv'] as const;
export const DEFAULT_DOTENV_LOCATION = '.env';

/**
 * `type` is matched with `_` and `-` interchangeable. `env` reads `env` (the caller passes process.env);
 * `dotenv` resolves `location` against `cwd`. Unknown types raise a ValidationError.
 */
export function createSecrets(cfg: ServiceConfig, cwd: string, env: Record<string, string | undefined>): SecretsService {
  const type = String(cfg.type ?? '').replace(/_/g, '-');
  switch (type) {
    case 'do-nothing':
      return new DoNothingSecrets();
    case 'env-secrets':
    case 'env':
      return new EnvSecrets(env, type);
    case 'dotenv': {
      const v = cfg.config?.location;
      if (v !== undefined && v !== null && typeof v !== 'string') {
        serviceConfigError(cfg, 'config.location', `must be a string, got ${JSON.stringify(v)}`, 'secrets');
      }
      return new DotenvSecrets(path.resolve(cwd, (v as string | undefined) || DEFAULT_DOTENV_LOCATION));
    }
    default:
      return serviceConfigError(
        cfg,
        'type',
        `unknown secrets type '${String(cfg.type)}'; expected one of ${SECRETS_TYPES.join(', ')}`,
        'secrets',
      );
  }
}
