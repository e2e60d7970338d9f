/**
 * `do-nothing` catalog (runnable §6.6): get and put copy nothing and record nothing. Bytes handed to
 * putBytes (object returns, execution logs) are kept in this process's memory so that object parameters
 * still work within one process; nothing is returned as a lineage entry.
 */
import { CatalogError } from '../errors.js';
import type { DataCatalogEntry } from '../runlog/model.js';
import type { Catalog, CatalogGetRequest, CatalogPutRequest } from './catalog.js';

export class DoNothingCatalog implements Catalog {
  readonly kind = 'do-nothing';
  private readonly memory = new Map<string, Buffer>();

  describe(): string {
    return 'do-nothing catalog (nothing is stored)';
  }

  async get(_req: CatalogGetRequest): Promise<DataCatalogEntry[]> {
    return [];
  }

  async put(_req: CatalogPutRequest): Promise<DataCatalogEntry[]> {
    return [];
  }

  async putBytes(runId: string, relativePath: string, data: Uint8Array | string, _step: string): Promise<DataCatalogEntry | undefined> {
    this.memory.set(`${runId}/${relativePath}`, Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data));
    return undefined;
  }

  /** Large execution logs: nothing is kept (only objects need to be read back in this process). */
  async putFile(_runId: string, _relativePath: string, _file: string, _step: string): Promise<DataCatalogEntry | undefined> {
    return undefined;
  }

  async getBytes(runId: string, relativePath: string): Promise<Buffer> {
    const data = this.memory.get(`${runId}/${relativePath}`);
    if (!data) {
      throw new CatalogError(
        `'${relativePath}' of run '${runId}' is not available: the do-nothing catalog keeps objects only within the process that stored them`,
      );
    }
    return Buffer.from(data);
  }

  async flush(): Promise<void> {}
}
