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
