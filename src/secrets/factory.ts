/** Builds the secrets service named by the configuration's `secrets` (runnable §6.7). */
import path from 'node:path';
import type { ServiceConfig } from '../config/model.js';
import { buildService, type ServiceFactories } from '../config/services.js';
import { DoNothingSecrets } from './do-nothing.js';
import { DotenvSecrets } from './dotenv.js';
import { EnvSecrets } from './env.js';
import type { SecretsService } from './secrets.js';

export const DEFAULT_DOTENV_LOCATION = '.env';

interface SecretsContext {
  cwd: string;
  env: Record<string, string | undefined>;
}

/** One factory per secrets type of the config registry (the compiler checks the two agree). */
const SECRETS = {
  'do-nothing': () => new DoNothingSecrets(),
  'env-secrets': (_o, ctx) => new EnvSecrets(ctx.env),
  dotenv: (o, ctx) => new DotenvSecrets(path.resolve(ctx.cwd, o.location)),
} satisfies ServiceFactories<'secrets', SecretsContext, SecretsService>;

/**
 * Builds the configured secrets service (type and options resolved by the config registry; `env` is an
 * alias of `env-secrets`). `env-secrets` reads `env` (the caller passes process.env); `dotenv` resolves
 * `location` against `cwd`. Unknown types raise a ValidationError.
 */
export function createSecrets(cfg: ServiceConfig, cwd: string, env: Record<string, string | undefined>): SecretsService {
  return buildService('secrets', cfg, SECRETS, { cwd, env });
}
