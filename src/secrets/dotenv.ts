/**
 * `dotenv` secrets (runnable §6.7): values come from a dotenv file (`location`, default `.env`, resolved
 * against the run's cwd), parsed with the `dotenv` package (`KEY=value`, quotes, `export` prefix,
 * comments). The file is read once, at the first `get`, so a config naming a missing file only fails
 * when a step asks for a secret. A missing file or an unknown key raises SecretNotFoundError, whose
 * message says which (the step fails, §19 c).
 *
 * The file is read like every input file (`fs-read.ts`): only a regular file, at most 1 MiB — `/dev/zero` or
 * a FIFO as `location` is refused at once instead of growing without bound or blocking the run.
 */
import dotenv from 'dotenv';
import { InputFileError, SecretNotFoundError } from '../errors.js';
import { readRegularFileSync } from '../fs-read.js';
import type { SecretsService } from './secrets.js';

export class DotenvSecrets implements SecretsService {
  readonly kind = 'dotenv';
  /** Absolute path of the dotenv file. */
  readonly file: string;
  /** A dotenv file is a handful of lines; the cap is the one every input file has. */
  static readonly MAX_BYTES = 1024 * 1024;
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
      const read = readRegularFileSync(this.file, DotenvSecrets.MAX_BYTES);
      if (read.tooLarge !== undefined) this.loadError = `which is larger than the ${DotenvSecrets.MAX_BYTES / 1024 / 1024} MiB limit`;
      else this.values = dotenv.parse(read.data);
    } catch (err) {
      const e = (err instanceof InputFileError ? err.cause : err) as NodeJS.ErrnoException | undefined;
      if (e?.code === 'ENOENT') this.loadError = 'which does not exist';
      else this.loadError = `which cannot be read (${err instanceof InputFileError ? err.message.slice(`cannot read ${this.file}: `.length) : (e?.code ?? String(err))})`;
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
