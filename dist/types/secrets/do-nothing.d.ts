/** `do-nothing` secrets (runnable §6.7): every secret resolves to the empty string. */
import type { SecretsService } from './secrets.js';
export declare class DoNothingSecrets implements SecretsService {
    readonly kind = "do-nothing";
    describe(): string;
    get(_name: string): Promise<string>;
}
