/**
 * `dotenv` secrets (runnable §6.7): values come from a dotenv file (`location`, default `.env`, resolved
 * against the run's cwd), parsed with the `dotenv` package (`KEY=value`, quotes, `export` prefix,
 * comments). The file is read once, at the first `get`, so a config naming a missing file only fails
 * when a step asks for a secret. A missing file or an unknown key raises SecretNotFoundError, whose
 * message says which (the step fails, §19 c).
 */
import fs from 'node:fs';
import dotenv from 'dotenv';
import { SecretNotFoundError } from '../errors.js';
import type { SecretsService } from './secrets.js';

export class DotenvSecrets implements SecretsService {
  readonly kind = 'dotenv';
  /** Absolute path of the dotenv file. */
  readonly file: string;
  private values: Record<string, string> | undefined;
  private loadError: string | undefined;

  constructor(file: string) {
    this.file = file;
  }

  describe(): string {
    return `dotenv file ${this.file}`;
  }

  private load(): Record<string, string> | undefined {
    if (this.values || this.loadError) return this.values;
    try {
      this.values = dotenv.parse(fs.readFileSync(this.file));
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      this.loadError = e.code === 'ENOENT' ? 'which does not exist' : `which cannot be read (${e.code ?? e.message})`;
    }
    return this.values;
  }

  async get(name: string): Promise<string> {
    const values = this.load();
    if (!values) throw new SecretNotFoundError(name, `${this.describe()}, ${this.loadError}`);
    if (!Object.prototype.hasOwnProperty.call(values, name)) throw new SecretNotFoundError(name, this.describe());
    return values[name]!;
  }
}
