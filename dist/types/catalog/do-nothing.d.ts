import type { DataCatalogEntry } from '../runlog/model.js';
import type { Catalog, CatalogGetRequest, CatalogPutRequest } from './catalog.js';
export declare class DoNothingCatalog implements Catalog {
    readonly kind = "do-nothing";
    private readonly memory;
    describe(): string;
    get(_req: CatalogGetRequest): Promise<DataCatalogEntry[]>;
    put(_req: CatalogPutRequest): Promise<DataCatalogEntry[]>;
    putBytes(runId: string, relativePath: string, data: Uint8Array | string, _step: string): Promise<DataCatalogEntry | undefined>;
    /** Large execution logs: nothing is kept (only objects need to be read back in this process). */
    putFile(_runId: string, _relativePath: string, _file: string, _step: string): Promise<DataCatalogEntry | undefined>;
    getBytes(runId: string, relativePath: string): Promise<Buffer>;
    flush(): Promise<void>;
}
