/** True when this Node keeps integral floats and big integers exactly through JSON. */
export declare const EXACT_JSON: boolean;
export declare class ExactNumber {
    /** `float`: an integral float (`1.0`); `int`: an integer beyond ±2^53. */
    readonly kind: 'float' | 'int';
    /** Canonical JSON text: Python's `repr` for floats, the digits for ints. */
    readonly text: string;
    constructor(kind: 'float' | 'int', text: string);
    valueOf(): number;
    /** Python's `str()`: `1.0`, `1180591620717411303425`. */
    toString(): string;
    toJSON(): unknown;
}
export declare function isExactNumber(v: unknown): v is ExactNumber;
/** Python's `float.__repr__` (shortest round-trip digits; exponent form below 1e-4 and from 1e16). */
export declare function pyFloatRepr(n: number): string;
/** An integral float that must stay a float (`1.0`). */
export declare function exactFloat(n: number): ExactNumber | number;
/**
 * The number a JSON/YAML numeric literal denotes, kept exact: `1.0` → ExactNumber float, `2**70+1` digits →
 * ExactNumber int, others → number. Returns an error text when the literal cannot be kept (it under- or
 * overflows, or a big integer on a Node without exact JSON).
 */
export declare function numberFromLiteral(source: string, value: number): {
    value: number | ExactNumber;
} | {
    error: string;
};
/** JSON.parse keeping integral floats and integers beyond 2^53 (see the module comment). */
export declare function parseJsonExact(text: string): unknown;
/** Like parseJsonExact, but a literal that cannot be kept exactly is a ValidationError naming `what`. */
export declare function parseJsonExactStrict(text: string, what: string): unknown;
/** Python's `json.dumps(value)` with its defaults (`", "`, `": "`, ensure_ascii), as runnable hands values to shell. */
export declare function pyJsonDumps(value: unknown): string;
