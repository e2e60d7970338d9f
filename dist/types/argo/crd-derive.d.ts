export interface CelSite {
    path: string[];
    rules: {
        rule: string;
        message: string;
    }[];
}
export interface ListSite {
    path: string[];
    type: 'map' | 'set';
    keys?: string[];
}
export interface DerivedCrd {
    source: string;
    schema: Record<string, unknown>;
    cel: CelSite[];
    lists: ListSite[];
}
export declare function deriveCrdSchema(crdYaml: string, source?: string): DerivedCrd;
/** The committed module's text. */
export declare function renderCrdModule(d: DerivedCrd, sha256: string): string;
/**
 * Ajv options of the CRD validator: every error (not just the first), formats checked (int32, int64, byte,
 * date-time), unknown keywords ignored (the CRD has OpenAPI ones such as `nullable`). `$defs` become
 * functions of their own (`inlineRefs: false`): a quarter less code than inlining them at every use.
 */
export declare const AJV_OPTIONS: {
    readonly allErrors: true;
    readonly strict: false;
    readonly validateFormats: true;
    readonly inlineRefs: false;
};
/**
 * The committed validator module (`crd-validator.generated.js`): Ajv's standalone code for `d.schema` as an
 * ES module with no import but ajv-formats' format functions, plus the CEL sites and list-type sites.
 */
export declare function renderValidatorModule(d: DerivedCrd, sha256: string): string;
