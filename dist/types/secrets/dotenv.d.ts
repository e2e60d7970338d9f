import type { SecretsService } from './secrets.js';
export declare class DotenvSecrets implements SecretsService {
    readonly kind = "dotenv";
    /** Absolute path of the dotenv file. */
    readonly file: string;
    private values;
    private loadError;
    constructor(file: string);
    describe(): string;
    private load;
    get(name: string): Promise<string>;
}
