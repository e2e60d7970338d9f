/** The secrets contract: resolves a secret's value by name. Values must never reach the run log. */
export interface SecretsService {
    readonly kind: string;
    describe(): string;
    /** Throws SecretNotFoundError when the secret is unknown. */
    get(name: string): Promise<string>;
}
