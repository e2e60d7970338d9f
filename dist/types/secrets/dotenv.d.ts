import type { SecretsService } from './secrets.js';
export declare class DotenvSecrets implements SecretsService {
    readonly kind = "dotenv";
    /** Absolute path of the dotenv file. */
    readonly file: string;
    /** A dotenv file is a handful of lines; the cap is the one every input file has. */
    static readonly MAX_BYTES: number;
    private values;
    private loadError;
    constructor(file: string);
    describe(): string;
    private load;
    get(name: string): Promise<string>;
}
