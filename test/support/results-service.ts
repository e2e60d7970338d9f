/**
 * A test double of the GitHub Actions Results service (ArtifactService, JSON Twirp; platform doc §5) that
 * the unmodified `@actions/artifact` client talks to, plus the few REST routes `findBy` uses (§5.6), and
 * the CacheService v2 (§6.2) that the unmodified `@actions/cache` 6.3 talks to with
 * `ACTIONS_CACHE_SERVICE_V2=true`: CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL.
 *
 * - node:http on 127.0.0.1, random port; answers JSON always (errors in Twirp's `{code, msg}` shape, so the
 *   client never falls into its 25-35 s retry loop);
 * - backend ids from the JWT in `Authorization` (`scp` = `Actions.Results:<run>:<job>`), never verified;
 * - artifact names unique per workflow run across jobs and attempts: a duplicate finalized name is a 409;
 * - blobs in Azurite (real SAS, real block lists) or in a built-in store served by this same server.
 *
 * REST run ids are numeric; the backend run id of REST run `N` is `run-N` (see `runtimeToken`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AzuriteHandle } from './azurite.js';
import { AZURITE_ACCOUNT, AZURITE_KEY } from './azurite.js';

export interface ArtifactRecord {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  size: number;
  /** `sha256:<hex>` as finalized. */
  digest: string;
  createdAt: string;
  expiresAt?: string;
  blobName: string;
  mimeType: string;
}

interface Pending {
  runBackendId: string;
  jobBackendId: string;
  name: string;
  blobName: string;
  mimeType: string;
  expiresAt?: string;
}

/** One recorded call: method and HTTP status answered. */
export interface CallRecord {
  method: string;
  status: number;
  name?: string;
  job?: string;
}

type Rpc = 'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'GetSignedArtifactURL' | 'DeleteArtifact' | CacheRpc;
export type CacheRpc = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL';

/**
 * One cache entry. Entries are immutable and keyed by (key, version); one scope for the whole double (the
 * real service scopes by branch, readable from the default branch).
 */
export interface CacheEntryRecord {
  id: number;
  key: string;
  version: string;
  /** Backend ids of the job that created it. */
  runBackendId: string;
  jobBackendId: string;
  sizeBytes: number;
  blobName: string;
  createdAt: string;
  finalized: boolean;
}

export interface ResultsService {
  /** `http://127.0.0.1:<port>/` — set as ACTIONS_RESULTS_URL (only the origin is used). */
  url: string;
  /** REST base, set as GITHUB_API_URL for `findBy` reads. */
  apiUrl: string;
  /** Finalized artifacts, in id order. */
  artifacts(): ArtifactRecord[];
  calls: CallRecord[];
  /** Number of answers with this status (e.g. 409). */
  count(status: number): number;
  /** Make the next call of `rpc` fail with this HTTP status (JSON body). */
  failNext(rpc: Rpc, status: number, msg?: string): void;
  /** Reads the stored bytes of a finalized artifact. */
  readBlob(id: number): Promise<Buffer>;
  /** Creates a finalized artifact directly (e.g. a hostile zip for zip-slip tests). */
  plant(runBackendId: string, jobBackendId: string, name: string, bytes: Buffer, mimeType?: string): Promise<ArtifactRecord>;
  /** Per-job upload cap (the real service: 500). */
  maxArtifactsPerJob: number;
  /**
   * While set, every call of `rpc` (default CreateArtifact) for an artifact whose name matches `names` (default:
   * any) answers `status` (JSON Twirp error, `msg`): a service that fails on every attempt. A retryable status
   * (500, 502, 503, 504, 429) costs the toolkit its full backoff per upload (5 attempts, ~33 s); any other status
   * fails the upload on the first attempt through the same code path.
   */
  artifactOutage: { status: number; rpc?: Rpc; names?: RegExp; msg?: string } | undefined;
  /**
   * While set, calls of `rpc` (default CreateArtifact) for artifacts whose name matches `names` (default: any)
   * are answered only after `ms`, or as soon as this is set back to undefined: a service that hangs.
   */
  artifactStall: { ms: number; rpc?: Rpc; names?: RegExp } | undefined;
  /** Cache entries, finalized and pending, in creation order. */
  cacheEntries(): CacheEntryRecord[];
  /** Every CacheService RPC answers this status (JSON Twirp error) until set back to undefined. */
  cacheOutage: number | undefined;
  /** The next N GetCacheEntryDownloadURL calls answer a miss (`ok: false`) whatever is stored. */
  forcedCacheMisses: number;
  close(): Promise<void>;
}

/** An unsigned JWT carrying the backend ids, as the runner's token does (signature never checked). */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.Results:${runBackendId}:${jobBackendId}`, exp: 4102444800 })}.`;
}

function backendIdsFromAuth(req: IncomingMessage): { run: string; job: string } | undefined {
  const auth = req.headers.authorization ?? '';
  const token = auth.replace(/^Bearer\s+/i, '');
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { scp?: string };
    for (const scope of (claims.scp ?? '').split(' ')) {
      const parts = scope.split(':');
      if (parts.length === 3 && parts[0] === 'Actions.Results') return { run: parts[1]!, job: parts[2]! };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  429: 'resource_exhausted',
  500: 'internal',
  503: 'unavailable',
};

interface BlobBackend {
  uploadUrl(blobName: string): Promise<string>;
  /** Bytes stored under `blobName`, or undefined when nothing was committed. */
  size(blobName: string): Promise<number | undefined>;
  readUrl(blobName: string, fileName: string): Promise<string>;
  read(blobName: string): Promise<Buffer>;
  write(blobName: string, bytes: Buffer, contentType: string): Promise<void>;
  remove(blobName: string): Promise<void>;
  /** Handles blob requests addressed to this server (built-in store); false when not a blob path. */
  handle?(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/** Option A: blocks and blobs held in memory, served by the double's own server. */
function builtinBlobs(origin: () => string): BlobBackend {
  const blobs = new Map<string, { bytes: Buffer; contentType: string }>();
  const blocks = new Map<string, Map<string, Buffer>>();
  const sigs = new Map<string, string>();
  return {
    async uploadUrl(blobName) {
      const sig = randomUUID();
      sigs.set(blobName, sig);
      return `${origin()}blob/${blobName}?sp=cw&sig=${sig}`;
    },
    async readUrl(blobName, fileName) {
      return `${origin()}blob/${blobName}?sp=r&sig=${sigs.get(blobName)}&rscd=${encodeURIComponent(`attachment; filename=${fileName}`)}`;
    },
    async read(blobName) {
      const b = blobs.get(blobName);
      if (!b) throw new Error(`no blob ${blobName}`);
      return b.bytes;
    },
    async size(blobName) {
      return blobs.get(blobName)?.bytes.length;
    },
    async write(blobName, bytes, contentType) {
      sigs.set(blobName, sigs.get(blobName) ?? randomUUID());
      blobs.set(blobName, { bytes, contentType });
    },
    async remove(blobName) {
      blobs.delete(blobName);
    },
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://x');
      if (!url.pathname.startsWith('/blob/')) return false;
      const blobName = url.pathname.slice('/blob/'.length);
      if (url.searchParams.get('sig') !== sigs.get(blobName)) {
        res.writeHead(403, { 'x-ms-request-id': randomUUID() }).end();
        return true;
      }
      const body = await readBody(req);
      const comp = url.searchParams.get('comp');
      if (req.method === 'PUT' && comp === 'block') {
        const id = url.searchParams.get('blockid') ?? '';
        if (!blocks.has(blobName)) blocks.set(blobName, new Map());
        blocks.get(blobName)!.set(id, body);
        res.writeHead(201, { 'x-ms-request-id': randomUUID() }).end();
      } else if (req.method === 'PUT' && comp === 'blocklist') {
        const ids = [...body.toString().matchAll(/<Latest>([^<]*)<\/Latest>/g)].map((m) => m[1]!);
        const staged = blocks.get(blobName) ?? new Map<string, Buffer>();
        blobs.set(blobName, {
          bytes: Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0))),
          contentType: String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream'),
        });
        blocks.delete(blobName);
        res.writeHead(201, { 'x-ms-request-id': randomUUID(), ETag: `"${randomUUID()}"`, 'Last-Modified': new Date().toUTCString() }).end();
      } else if (req.method === 'PUT') {
        blobs.set(blobName, { bytes: body, contentType: String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream') });
        res.writeHead(201, { 'x-ms-request-id': randomUUID() }).end();
      } else if (req.method === 'GET') {
        const b = blobs.get(blobName);
        if (!b) {
          res.writeHead(404).end();
          return true;
        }
        res.writeHead(200, {
          'Content-Type': b.contentType,
          'Content-Length': b.bytes.length,
          'Content-Disposition': url.searchParams.get('rscd') ?? 'attachment',
        });
        res.end(b.bytes);
      } else {
        res.writeHead(405).end();
      }
      return true;
    },
  };
}

/** Option B: Azurite with a container `artifacts`, SAS URLs signed with the development account key. */
async function azuriteBlobs(az: AzuriteHandle): Promise<BlobBackend> {
  const sb = await import('@azure/storage-blob');
  const cred = new sb.StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const service = new sb.BlobServiceClient(az.accountUrl, cred);
  const container = service.getContainerClient('artifacts');
  await container.createIfNotExists();
  const sas = (blobName: string, permissions: string, contentDisposition?: string) =>
    sb
      .generateBlobSASQueryParameters(
        {
          containerName: 'artifacts',
          blobName,
          permissions: sb.BlobSASPermissions.parse(permissions),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + 3_600_000),
          contentDisposition,
        },
        cred,
      )
      .toString();
  return {
    async uploadUrl(blobName) {
      return `${az.accountUrl}/artifacts/${blobName}?${sas(blobName, 'cw')}`;
    },
    async readUrl(blobName, fileName) {
      return `${az.accountUrl}/artifacts/${blobName}?${sas(blobName, 'r', `attachment; filename=${fileName}`)}`;
    },
    async read(blobName) {
      return container.getBlockBlobClient(blobName).downloadToBuffer();
    },
    async size(blobName) {
      try {
        return (await container.getBlockBlobClient(blobName).getProperties()).contentLength;
      } catch {
        return undefined;
      }
    },
    async write(blobName, bytes, contentType) {
      await container.getBlockBlobClient(blobName).uploadData(bytes, { blobHTTPHeaders: { blobContentType: contentType } });
    },
    async remove(blobName) {
      await container.getBlockBlobClient(blobName).deleteIfExists();
    },
  };
}

export interface ResultsServiceOptions {
  /** Blob store: Azurite when given, otherwise the built-in in-memory store. */
  azurite?: AzuriteHandle;
}

export async function startResultsService(options: ResultsServiceOptions = {}): Promise<ResultsService> {
  let origin = '';
  const blobs = options.azurite ? await azuriteBlobs(options.azurite) : builtinBlobs(() => origin);
  const finalized: ArtifactRecord[] = [];
  const pending = new Map<string, Pending>();
  const calls: CallRecord[] = [];
  const failures = new Map<string, { status: number; msg: string }[]>();
  const uploadsPerJob = new Map<string, number>();
  const cacheEntries: CacheEntryRecord[] = [];
  let nextId = 1000;
  let nextCacheId = 1;

  const svc: ResultsService = {
    url: '',
    apiUrl: '',
    artifacts: () => [...finalized],
    calls,
    count: (status) => calls.filter((c) => c.status === status).length,
    failNext(rpc, status, msg = `injected ${status}`) {
      if (!failures.has(rpc)) failures.set(rpc, []);
      failures.get(rpc)!.push({ status, msg });
    },
    async readBlob(id) {
      const a = finalized.find((x) => x.id === id);
      if (!a) throw new Error(`no artifact ${id}`);
      return blobs.read(a.blobName);
    },
    async plant(runBackendId, jobBackendId, name, bytes, mimeType = 'application/zip') {
      const blobName = randomUUID();
      await blobs.write(blobName, bytes, mimeType);
      const { createHash } = await import('node:crypto');
      const rec: ArtifactRecord = {
        id: nextId++,
        runBackendId,
        jobBackendId,
        name,
        size: bytes.length,
        digest: 'sha256:' + createHash('sha256').update(bytes).digest('hex'),
        createdAt: new Date().toISOString(),
        blobName,
        mimeType,
      };
      finalized.push(rec);
      return rec;
    },
    maxArtifactsPerJob: 500,
    artifactOutage: undefined,
    artifactStall: undefined,
    cacheEntries: () => cacheEntries.map((e) => ({ ...e })),
    cacheOutage: undefined,
    forcedCacheMisses: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const twirp = async (method: string, body: Record<string, unknown>, ids: { run: string; job: string }): Promise<[number, unknown]> => {
    const injected = failures.get(method)?.shift();
    if (injected) return [injected.status, { code: TWIRP_CODES[injected.status] ?? 'unknown', msg: injected.msg }];
    const stall = svc.artifactStall;
    if (stall && method === (stall.rpc ?? 'CreateArtifact') && (!stall.names || stall.names.test(String(body.name ?? '')))) {
      const until = Date.now() + stall.ms;
      while (svc.artifactStall === stall && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    }
    const outage = svc.artifactOutage;
    if (outage && method === (outage.rpc ?? 'CreateArtifact') && (!outage.names || outage.names.test(String(body.name ?? '')))) {
      return [outage.status, { code: TWIRP_CODES[outage.status] ?? 'unknown', msg: outage.msg ?? `artifact service outage (injected ${outage.status})` }];
    }
    const run = String(body.workflow_run_backend_id ?? ids.run);
    const job = String(body.workflow_job_run_backend_id ?? ids.job);
    const name = typeof body.name === 'string' ? body.name : undefined;
    switch (method) {
      case 'CreateArtifact': {
        if (!name) return [400, { code: 'invalid_argument', msg: 'name is required' }];
        if (body.version !== 7 && body.version !== 4) return [400, { code: 'invalid_argument', msg: `unsupported version ${String(body.version)}` }];
        if (finalized.some((a) => a.runBackendId === run && a.name === name)) {
          return [409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run: ${name}` }];
        }
        const used = uploadsPerJob.get(job) ?? 0;
        if (used >= svc.maxArtifactsPerJob) {
          return [400, { code: 'invalid_argument', msg: `artifact limit of ${svc.maxArtifactsPerJob} per job reached` }];
        }
        uploadsPerJob.set(job, used + 1);
        const blobName = randomUUID();
        pending.set(`${run}\u0000${job}\u0000${name}`, {
          runBackendId: run,
          jobBackendId: job,
          name,
          blobName,
          mimeType: typeof body.mime_type === 'string' ? body.mime_type : 'application/zip',
          expiresAt: typeof body.expires_at === 'string' ? body.expires_at : undefined,
        });
        return [200, { ok: true, signed_upload_url: await blobs.uploadUrl(blobName) }];
      }
      case 'FinalizeArtifact': {
        const key = `${run}\u0000${job}\u0000${name}`;
        const p = pending.get(key);
        if (!p) return [404, { code: 'not_found', msg: `no pending artifact named ${name}` }];
        if (finalized.some((a) => a.runBackendId === run && a.name === name)) {
          return [409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run: ${name}` }];
        }
        pending.delete(key);
        const rec: ArtifactRecord = {
          id: nextId++,
          runBackendId: run,
          jobBackendId: job,
          name: p.name,
          size: Number(body.size ?? 0),
          digest: String(body.hash ?? ''),
          createdAt: new Date().toISOString(),
          expiresAt: p.expiresAt,
          blobName: p.blobName,
          mimeType: p.mimeType,
        };
        finalized.push(rec);
        return [200, { ok: true, artifact_id: String(rec.id) }];
      }
      case 'ListArtifacts': {
        const idFilter = body.id_filter !== undefined ? Number(body.id_filter) : undefined;
        const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : undefined;
        const list = finalized.filter(
          (a) => a.runBackendId === run && (idFilter === undefined || a.id === idFilter) && (nameFilter === undefined || a.name === nameFilter),
        );
        return [
          200,
          {
            artifacts: list.map((a) => ({
              workflow_run_backend_id: a.runBackendId,
              workflow_job_run_backend_id: a.jobBackendId,
              database_id: String(a.id),
              name: a.name,
              size: String(a.size),
              created_at: a.createdAt,
              digest: a.digest,
            })),
          },
        ];
      }
      case 'GetSignedArtifactURL': {
        const a = finalized.find((x) => x.runBackendId === run && x.name === name);
        if (!a) return [404, { code: 'not_found', msg: `artifact ${name} not found` }];
        return [200, { signed_url: await blobs.readUrl(a.blobName, a.name) }];
      }
      case 'DeleteArtifact': {
        const i = finalized.findIndex((x) => x.runBackendId === run && x.name === name);
        if (i < 0) return [404, { code: 'not_found', msg: `artifact ${name} not found` }];
        const [a] = finalized.splice(i, 1);
        await blobs.remove(a!.blobName);
        return [200, { ok: true, artifact_id: String(a!.id) }];
      }
      default:
        return [404, { code: 'bad_route', msg: `no such method ${method}` }];
    }
  };

  /** CacheService v2 (platform doc §6.2). Requests: snake_case proto3 JSON; answers in snake_case too. */
  const cacheTwirp = async (method: string, body: Record<string, unknown>, ids: { run: string; job: string }): Promise<[number, unknown]> => {
    const injected = failures.get(method)?.shift();
    if (injected) return [injected.status, { code: TWIRP_CODES[injected.status] ?? 'unknown', msg: injected.msg }];
    if (svc.cacheOutage) return [svc.cacheOutage, { code: TWIRP_CODES[svc.cacheOutage] ?? 'unknown', msg: `cache service outage (injected ${svc.cacheOutage})` }];
    const key = typeof body.key === 'string' ? body.key : '';
    const version = typeof body.version === 'string' ? body.version : '';
    if (method !== 'GetCacheEntryDownloadURL' && (!key || !version)) return [400, { code: 'invalid_argument', msg: 'key and version are required' }];
    switch (method) {
      case 'CreateCacheEntry': {
        if (key.length > 512 || key.includes(',')) return [400, { code: 'invalid_argument', msg: `invalid key ${key}` }];
        // Immutable: a (key, version) written or being written by any job cannot be reserved again.
        if (cacheEntries.some((e) => e.key === key && e.version === version)) {
          return [409, { code: 'already_exists', msg: `cache entry with the same key, version, and scope already exists` }];
        }
        const entry: CacheEntryRecord = {
          id: nextCacheId++,
          key,
          version,
          runBackendId: ids.run,
          jobBackendId: ids.job,
          sizeBytes: 0,
          blobName: `cache-${randomUUID()}`,
          createdAt: new Date().toISOString(),
          finalized: false,
        };
        cacheEntries.push(entry);
        return [200, { ok: true, signed_upload_url: await blobs.uploadUrl(entry.blobName) }];
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = cacheEntries.find((e) => e.key === key && e.version === version && !e.finalized && e.jobBackendId === ids.job);
        if (!entry) return [404, { code: 'not_found', msg: `no pending cache entry ${key}` }];
        const stored = await blobs.size(entry.blobName);
        const declared = Number(body.size_bytes ?? 0);
        if (stored === undefined) return [400, { code: 'invalid_argument', msg: `nothing was uploaded for cache entry ${key}` }];
        if (stored !== declared) return [400, { code: 'invalid_argument', msg: `size_bytes ${declared} does not match the ${stored} bytes uploaded` }];
        entry.finalized = true;
        entry.sizeBytes = stored;
        entry.createdAt = new Date().toISOString();
        return [200, { ok: true, entry_id: String(entry.id) }];
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
        const ready = cacheEntries.filter((e) => e.finalized && e.version === version);
        // Exact primary key first, then each restore key as a prefix, newest entry first.
        let hit = ready.find((e) => e.key === key);
        for (const prefix of restoreKeys) {
          if (hit) break;
          hit = ready.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.id - a.id)[0];
        }
        if (svc.forcedCacheMisses > 0) {
          svc.forcedCacheMisses--;
          hit = undefined;
        }
        if (!hit) return [200, { ok: false, signed_download_url: '', matched_key: '' }];
        return [200, { ok: true, signed_download_url: await blobs.readUrl(hit.blobName, 'cache.tzst'), matched_key: hit.key }];
      }
      default:
        return [404, { code: 'bad_route', msg: `no such method ${method}` }];
    }
  };

  const rest = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    let m = url.pathname.match(/^\/api\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/);
    if (m && req.method === 'GET') {
      const run = `run-${m[1]}`;
      const nameFilter = url.searchParams.get('name');
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = finalized.filter((a) => a.runBackendId === run && (!nameFilter || a.name === nameFilter));
      calls.push({ method: 'REST list', status: 200 });
      json(res, 200, {
        total_count: all.length,
        artifacts: all.slice((page - 1) * perPage, page * perPage).map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.size,
          created_at: a.createdAt,
          digest: a.digest,
          expired: false,
        })),
      });
      return true;
    }
    m = url.pathname.match(/^\/api\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/);
    if (m && req.method === 'GET') {
      const a = finalized.find((x) => x.id === Number(m![1]));
      if (!a) {
        calls.push({ method: 'REST download', status: 404 });
        json(res, 404, { message: 'Not Found' });
        return true;
      }
      calls.push({ method: 'REST download', status: 302 });
      res.writeHead(302, { Location: await blobs.readUrl(a.blobName, a.name) }).end();
      return true;
    }
    return false;
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        if (blobs.handle && (await blobs.handle(req, res))) return;
        const url = new URL(req.url ?? '/', 'http://x');
        if (url.pathname.startsWith('/api/')) {
          if (await rest(req, res, url)) return;
          json(res, 404, { message: 'Not Found' });
          return;
        }
        const m = url.pathname.match(/^\/twirp\/github\.actions\.results\.api\.v1\.(ArtifactService|CacheService)\/(\w+)$/);
        if (!m || req.method !== 'POST') {
          json(res, 404, { code: 'bad_route', msg: `no route ${req.method} ${url.pathname}` });
          return;
        }
        const [, service, method] = m as unknown as [string, string, string];
        const ids = backendIdsFromAuth(req);
        if (!ids) {
          calls.push({ method, status: 401 });
          json(res, 401, { code: 'unauthenticated', msg: 'missing or malformed runtime token' });
          return;
        }
        let body: Record<string, unknown>;
        try {
          body = JSON.parse((await readBody(req)).toString() || '{}') as Record<string, unknown>;
        } catch {
          json(res, 400, { code: 'malformed', msg: 'body is not JSON' });
          return;
        }
        const [status, answer] = service === 'CacheService' ? await cacheTwirp(method, body, ids) : await twirp(method, body, ids);
        const label = typeof body.name === 'string' ? body.name : typeof body.key === 'string' ? body.key : undefined;
        calls.push({ method, status, name: label, job: ids.job });
        json(res, status, answer);
      } catch (e) {
        json(res, 500, { code: 'internal', msg: String((e as Error)?.stack ?? e) });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  origin = `http://127.0.0.1:${port}/`;
  svc.url = origin;
  svc.apiUrl = `http://127.0.0.1:${port}/api`;
  return svc;
}
