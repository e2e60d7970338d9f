/** `do-nothing` secrets (runnable §6.7): every secret resolves to the empty string. */
import type { SecretsService } from './secrets.js';

export class DoNothingSecrets implements SecretsService {
  readonly kind = 'do-nothing';
  describe(): string {
    return 'do-nothing secrets (every secret is empty)';
  }
  async get(_name: string): Promise<string> {
    return '';
  }
}
