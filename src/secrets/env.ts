/**
 * `env-secrets` (alias `env`) secrets (runnable §6.7): values come from an environment object given at
 * construction (the edges pass `process.env`; services never read it themselves). A variable that is set,
 * even to "", exists; an unset one raises SecretNotFoundError.
 */
import { SecretNotFoundError } from '../errors.js';
import type { SecretsService } from './secrets.js';

export class EnvSecrets implements SecretsService {
  readonly kind: string;
  private readonly env: Record<string, string | undefined>;

  constructor(env: Record<string, string | undefined>, kind = 'env-secrets') {
    this.env = env;
    this.kind = kind;
  }

  describe(): string {
    return "the runner's environment variables";
  }

  async get(name: string): Promise<string> {
    const value = Object.prototype.hasOwnProperty.call(this.env, name) ? this.env[name] : undefined;
    if (value === undefined) throw new SecretNotFoundError(name, this.describe());
    return value;
  }
}
