export declare const NAME_BUDGET = 50;
export declare function shortHash(text: string, length?: number): string;
/** `Map State.inner_step` → `map-state-inner-step`. Never empty; starts with a letter. */
export declare function sanitize(text: string): string;
/** A DNS-label-like name of at most `budget` characters; hash-suffixed (from `source`) when it had to be cut. */
export declare function dnsName(text: string, source?: string, budget?: number): string;
/** Hands out names unique within one scope (a DAG's tasks, or the workflow's templates). */
export declare class NameScope {
    private readonly used;
    constructor(reserved?: Iterable<string>);
    /** `text` sanitised; on a collision, the hash of `source` (then a counter) makes it unique. */
    take(text: string, source?: string): string;
    has(name: string): boolean;
}
