import type { SecretsService } from './secrets.js';
export declare class EnvSecrets implements SecretsService {
    readonly kind: string;
    private readonly env;
    constructor(env: Record<string, string | undefined>, kind?: string);
    describe(): string;
    get(name: string): Promise<string>;
}
