/** How the keys of an index's sealed entries were derived. */
export interface SealParams {
    kdf: 'scrypt';
    /** base64url, 16 bytes. */
    salt: string;
    N: number;
    r: number;
    p: number;
}
/** An index entry whose name or step holds a secret. */
export interface SealedEntry {
    /** base64url of IV (12) ‖ GCM tag (16) ‖ ciphertext of JSON `{name, step}`. */
    box: string;
    digest: string;
    size: number;
}
export declare class IndexSealer {
    private readonly secretValues;
    private readonly masker;
    /** Keys by `salt \0 value`, derived once per index and secret. */
    private readonly keys;
    /** This instance's parameters for the indexes it writes (one salt per catalog instance). */
    readonly params: SealParams;
    /** `secretValues` is the run's live set: values resolved later are used too. */
    constructor(secretValues: ReadonlySet<string>);
    private key;
    /** Secret values long enough to be masked, longest first. */
    private candidates;
    /** True when the one masking rule would hide part of one of `texts`. */
    holdsSecret(...texts: string[]): boolean;
    /** The entry sealed, or undefined when neither its name nor its step holds a secret (it stays in clear). */
    seal(runId: string, name: string, rec: {
        digest: string;
        size: number;
        step: string;
    }): Promise<SealedEntry | undefined>;
    /** The entry's name and step, or undefined when no known secret opens it (or the index's parameters are refused). */
    open(params: SealParams | undefined, runId: string, entry: SealedEntry): Promise<{
        name: string;
        step: string;
    } | undefined>;
}
