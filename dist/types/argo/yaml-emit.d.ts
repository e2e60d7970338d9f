export declare function toYamlDocument(value: Record<string, unknown>): string;
