/**
 * A faithful-enough fake kube-apiserver for Argo `workflows` (argo-target.md §7): node:http on 127.0.0.1
 * (random port), the real REST paths under /apis/argoproj.io/v1alpha1/namespaces/{ns}/workflows, Status
 * error bodies, validation with the project's strict CRD validator (fieldValidation=Strict → 400 on unknown
 * fields, schema/CEL violations → 422), generateName, resourceVersion, watch streams (newline-delimited JSON
 * events, bookmarks, timeoutSeconds, 410 Expired), merge/JSON patches, and fault injection.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { validateManifest } from '../../src/argo/validate.js';

type Obj = Record<string, any>;

export interface Fault {
  /** Which requests: method and a path substring / predicate. */
  method?: string;
  match?: string | ((req: { method: string; path: string; query: URLSearchParams }) => boolean);
  /** How many matching requests to affect (default 1). */
  times?: number;
  kind: 'status' | 'reset' | 'delay' | 'reset-after-body';
  /** status: HTTP code (500, 429, 503...). */
  code?: number;
  retryAfter?: number;
  /** delay: milliseconds before the normal response. */
  ms?: number;
}

interface Watcher {
  res: ServerResponse;
  ns: string;
  name?: string;
  labelSelector?: string;
}

const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export class FakeKubeApi {
  readonly objects = new Map<string, Obj>(); // `${ns}/${name}`
  readonly requests: { method: string; path: string; query: string; contentType?: string; body?: unknown }[] = [];
  private server?: Server;
  private sockets = new Set<Socket>();
  private watchers = new Set<Watcher>();
  private faults: (Fault & { left: number })[] = [];
  /** Every event ever emitted, for watch resumption: [resourceVersion, type, object]. */
  private history: [number, string, Obj][] = [];
  private rv = 100;
  /** Events older than this resourceVersion are "compacted" (a watch from before gets 410). */
  compactedBefore = 0;
  port = 0;
  /** Called after every create, with the stored object (the test's "controller"). */
  onCreate?: (obj: Obj) => void;
  /**
   * The Argo Server beside the API (same port): `GET /api/v1/workflows/{ns}/{name}` returns the workflow with
   * the node status the controller offloaded to its database (`offload`), as only the Argo Server can.
   */
  readonly offloadedNodes = new Map<string, Obj>();
  /** Bearer token the fake Argo Server requires (401 otherwise), when set. */
  argoServerToken?: string;
  /** `Authorization` headers the fake Argo Server received. */
  readonly argoServerAuth: (string | undefined)[] = [];

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const w of this.watchers) w.res.destroy();
    this.watchers.clear();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A kubeconfig for this server (plain http needs insecure-skip-tls-verify with client-node). */
  kubeconfig(namespace = 'argo'): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      `- name: fake\n  cluster:\n    server: ${this.url}\n    insecure-skip-tls-verify: true`,
      'users:',
      '- name: fake\n  user:\n    token: fake-token',
      'contexts:',
      `- name: fake\n  context:\n    cluster: fake\n    user: fake\n    namespace: ${namespace}`,
      'current-context: fake',
      '',
    ].join('\n');
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Replaces a stored workflow's status (no status subresource), bumping resourceVersion, emitting MODIFIED. */
  setStatus(ns: string, name: string, status: Obj, labels?: Record<string, string>): Obj | undefined {
    const obj = this.objects.get(`${ns}/${name}`);
    if (!obj) return undefined;
    obj.status = status;
    if (labels) obj.metadata.labels = { ...(obj.metadata.labels ?? {}), ...labels };
    this.bump(obj);
    this.emit('MODIFIED', obj);
    return obj;
  }

  /** `http://127.0.0.1:<port>`: the API server's (and the fake Argo Server's) base URL. */
  baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A status whose nodes were offloaded (status.offloadNodeStatusVersion, no nodes); the Argo Server keeps them. */
  offload(ns: string, name: string, status: Obj, labels?: Record<string, string>): Obj | undefined {
    const { nodes, compressedNodes: _c, ...rest } = status;
    this.offloadedNodes.set(`${ns}/${name}`, nodes ?? {});
    return this.setStatus(ns, name, { ...rest, offloadNodeStatusVersion: `fnv:${this.rv}` }, labels);
  }

  get(ns: string, name: string): Obj | undefined {
    return this.objects.get(`${ns}/${name}`);
  }

  /** Deletes as a TTL controller would (emits DELETED). */
  remove(ns: string, name: string): void {
    const obj = this.objects.get(`${ns}/${name}`);
    if (!obj) return;
    this.objects.delete(`${ns}/${name}`);
    this.bump(obj);
    this.emit('DELETED', obj);
  }

  /** Sends a BOOKMARK to every open watch. */
  bookmark(): void {
    const ev = { type: 'BOOKMARK', object: { kind: 'Workflow', apiVersion: 'argoproj.io/v1alpha1', metadata: { resourceVersion: String(this.rv) } } };
    for (const w of this.watchers) if (!w.res.writableEnded) w.res.write(JSON.stringify(ev) + '\n');
  }

  /** Drops every open watch connection (the client must resume). */
  dropWatches(): void {
    for (const w of this.watchers) w.res.destroy();
    this.watchers.clear();
  }

  private bump(obj: Obj): void {
    this.rv++;
    obj.metadata.resourceVersion = String(this.rv);
  }

  private emit(type: string, obj: Obj): void {
    const copy = structuredClone(obj);
    this.history.push([this.rv, type, copy]);
    // etcd compacts: a long run (thousands of status writes) keeps the newest events; older watches get 410.
    if (this.history.length > 2000) {
      this.history.splice(0, this.history.length - 1000);
      this.compactedBefore = Math.max(this.compactedBefore, this.history[0]![0]);
    }
    for (const w of this.watchers) {
      if (w.res.writableEnded || w.ns !== copy.metadata.namespace) continue;
      if (w.name && w.name !== copy.metadata.name) continue;
      if (w.labelSelector && !matchLabels(copy, w.labelSelector)) continue;
      w.res.write(JSON.stringify({ type, object: copy }) + '\n');
    }
  }

  private status(res: ServerResponse, code: number, reason: string, message: string, details: Obj = {}, headers: Record<string, string> = {}): void {
    res.writeHead(code, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    this.requests.push({ method, path: url.pathname, query: url.search, contentType: req.headers['content-type'], body });

    // Fault injection.
    const fault = this.faults.find((f) => f.left > 0 && (!f.method || f.method === method) && (!f.match || (typeof f.match === 'string' ? (url.pathname + url.search).includes(f.match) : f.match({ method, path: url.pathname, query: url.searchParams }))));
    if (fault) {
      fault.left--;
      if (fault.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'status') {
        const code = fault.code ?? 500;
        return this.status(res, code, code === 429 ? 'TooManyRequests' : 'InternalError', code === 429 ? 'too many requests' : 'injected server error', {}, fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {});
      }
      if (fault.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms ?? 1000));
      if (fault.kind === 'reset-after-body') {
        // Process the request, then drop the connection before answering (an ambiguous create).
        await this.route(method, url, body, req, { writeHead: () => undefined, end: () => undefined, write: () => true, on: () => undefined } as unknown as ServerResponse);
        req.socket.destroy();
        return;
      }
    }
    await this.route(method, url, body, req, res);
  }

  private async route(method: string, url: URL, body: unknown, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const argo = method === 'GET' ? url.pathname.match(/^\/api\/v1\/workflows\/([^/]+)\/([^/]+)$/) : null;
    if (argo) {
      const auth = req.headers.authorization;
      this.argoServerAuth.push(auth);
      res.setHeader('content-type', 'application/json');
      if (this.argoServerToken !== undefined && auth !== `Bearer ${this.argoServerToken}`) return void res.writeHead(401).end(JSON.stringify({ code: 16, message: 'token not valid' }));
      const key = `${decodeURIComponent(argo[1]!)}/${decodeURIComponent(argo[2]!)}`;
      const obj = this.objects.get(key);
      if (!obj) return void res.writeHead(404).end(JSON.stringify({ code: 5, message: 'not found' }));
      return void res.end(JSON.stringify({ ...obj, status: { ...obj.status, nodes: this.offloadedNodes.get(key) ?? obj.status?.nodes } }));
    }
    const m = url.pathname.match(/^\/apis\/argoproj\.io\/v1alpha1\/namespaces\/([^/]+)\/workflows(?:\/([^/]+))?$/);
    if (!m) return this.status(res, 404, 'NotFound', `the server could not find the requested resource (${url.pathname})`);
    const ns = m[1]!;
    const name = m[2];
    const q = url.searchParams;
    if (method === 'POST' && !name) return this.create(ns, body as Obj, q, res);
    if (method === 'GET' && !name && q.get('watch') === 'true') return this.watch(ns, q, req, res);
    if (method === 'GET' && !name) return this.list(ns, q, res);
    if (!name) return this.status(res, 405, 'MethodNotAllowed', 'method not allowed');
    const key = `${ns}/${name}`;
    const obj = this.objects.get(key);
    const notFound = () => this.status(res, 404, 'NotFound', `workflows.argoproj.io "${name}" not found`, { name, group: 'argoproj.io', kind: 'workflows' });
    if (method === 'GET') {
      if (!obj) return notFound();
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(obj));
    }
    if (method === 'PATCH') {
      if (!obj) return notFound();
      const ct = String(req.headers['content-type'] ?? '');
      let patched: Obj;
      if (ct.startsWith('application/json-patch+json')) {
        if (!Array.isArray(body)) return this.status(res, 400, 'BadRequest', 'json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp');
        patched = applyJsonPatch(structuredClone(obj), body as Obj[]);
      } else if (ct.startsWith('application/merge-patch+json') || ct.startsWith('application/strategic-merge-patch+json')) {
        patched = mergePatch(structuredClone(obj), body) as Obj;
      } else {
        return this.status(res, 415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`);
      }
      patched.metadata.name = obj.metadata.name;
      patched.metadata.uid = obj.metadata.uid;
      this.objects.set(key, patched);
      this.bump(patched);
      this.emit('MODIFIED', patched);
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(patched));
    }
    if (method === 'DELETE') {
      if (!obj) return notFound();
      this.remove(ns, name);
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(obj));
    }
    return this.status(res, 405, 'MethodNotAllowed', 'method not allowed');
  }

  private create(ns: string, body: Obj, q: URLSearchParams, res: ServerResponse): void {
    if (!body || typeof body !== 'object') return this.status(res, 400, 'BadRequest', 'the body is not a JSON object');
    if (Buffer.byteLength(JSON.stringify(body)) > 3 * 1024 * 1024) return this.status(res, 413, 'RequestEntityTooLarge', 'request entity too large');
    const obj = structuredClone(body);
    obj.metadata ??= {};
    if (obj.metadata.namespace && obj.metadata.namespace !== ns) {
      return this.status(res, 400, 'BadRequest', `the namespace of the provided object does not match the namespace sent on the request`);
    }
    // Validation: what the API server's strict decoding and CRD schema/CEL do.
    const forCheck = structuredClone(obj);
    if (!forCheck.metadata.name && forCheck.metadata.generateName) forCheck.metadata.name = forCheck.metadata.generateName + 'xxxxx';
    const problems = validateManifest(forCheck).filter((p) => !p.startsWith('/metadata/generateName') || !forCheck.metadata.name);
    const unknown = problems.filter((p) => p.includes('unknown field'));
    const strict = (q.get('fieldValidation') ?? 'Warn') === 'Strict';
    const warnings: string[] = [];
    if (unknown.length) {
      if (strict) {
        return this.status(res, 400, 'BadRequest', `strict decoding error: ${unknown.map((u) => u.replace(/^\/(.*): unknown field "(.*)"$/, (_, p: string, f: string) => `unknown field "${p.replace(/\//g, '.')}.${f}"`)).join(', ')}`);
      }
      warnings.push(...unknown);
    }
    const invalid = problems.filter((p) => !p.includes('unknown field'));
    if (invalid.length) {
      const nm = obj.metadata.name ?? obj.metadata.generateName ?? '';
      return this.status(res, 422, 'Invalid', `Workflow.argoproj.io "${nm}" is invalid: ${invalid.join('; ')}`, {
        group: 'argoproj.io',
        kind: 'Workflow',
        causes: invalid.map((p) => ({ reason: 'FieldValueInvalid', message: p.replace(/^[^:]*: /, ''), field: p.split(':')[0]!.replace(/^\//, '').replace(/\//g, '.') })),
      });
    }
    if (!obj.metadata.name) {
      const prefix = String(obj.metadata.generateName ?? '').slice(0, 58);
      let suffix = '';
      do {
        suffix = Array.from({ length: 5 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
      } while (this.objects.has(`${ns}/${prefix}${suffix}`));
      obj.metadata.name = prefix + suffix;
    }
    const key = `${ns}/${obj.metadata.name}`;
    if (this.objects.has(key)) return this.status(res, 409, 'AlreadyExists', `workflows.argoproj.io "${obj.metadata.name}" already exists`, { name: obj.metadata.name, group: 'argoproj.io', kind: 'workflows' });
    obj.metadata.namespace = ns;
    obj.metadata.uid = randomUUID();
    obj.metadata.creationTimestamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    obj.metadata.generation = 1;
    this.rv++;
    obj.metadata.resourceVersion = String(this.rv);
    if (q.get('dryRun') !== 'All') {
      this.objects.set(key, obj);
      this.emit('ADDED', obj);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (warnings.length) headers.warning = warnings.map((w) => `299 - "${w.replace(/"/g, "'")}"`).join(', ');
    res.writeHead(201, headers);
    res.end(JSON.stringify(obj));
    if (q.get('dryRun') !== 'All') this.onCreate?.(obj);
  }

  private selected(ns: string, q: URLSearchParams): Obj[] {
    const field = q.get('fieldSelector');
    const nameSel = field?.match(/metadata\.name=([^,]+)/)?.[1];
    const labelSelector = q.get('labelSelector') ?? undefined;
    return [...this.objects.values()].filter((o) => o.metadata.namespace === ns && (!nameSel || o.metadata.name === nameSel) && (!labelSelector || matchLabels(o, labelSelector)));
  }

  private list(ns: string, q: URLSearchParams, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ apiVersion: 'argoproj.io/v1alpha1', kind: 'WorkflowList', metadata: { resourceVersion: String(this.rv) }, items: this.selected(ns, q) }));
  }

  private watch(ns: string, q: URLSearchParams, req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    const nameSel = q.get('fieldSelector')?.match(/metadata\.name=([^,]+)/)?.[1];
    const w: Watcher = { res, ns, name: nameSel, labelSelector: q.get('labelSelector') ?? undefined };
    const from = q.get('resourceVersion');
    if (!from || from === '0') {
      for (const o of this.selected(ns, q)) res.write(JSON.stringify({ type: 'ADDED', object: o }) + '\n');
    } else if (Number(from) < this.compactedBefore) {
      res.write(JSON.stringify({ type: 'ERROR', object: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `too old resource version: ${from} (${this.compactedBefore})`, reason: 'Expired', code: 410 } }) + '\n');
      res.end();
      return;
    } else {
      for (const [rv, type, o] of this.history) {
        if (rv <= Number(from) || o.metadata.namespace !== ns || (nameSel && o.metadata.name !== nameSel)) continue;
        res.write(JSON.stringify({ type, object: o }) + '\n');
      }
    }
    this.watchers.add(w);
    const timeout = Number(q.get('timeoutSeconds') ?? 0);
    // The watch leaves the set as it ends (not when 'close' comes later): nothing is written after its end.
    const timer = timeout > 0 ? setTimeout(() => (done(), res.end()), timeout * 1000) : undefined;
    const done = () => {
      if (timer) clearTimeout(timer);
      this.watchers.delete(w);
    };
    res.on('close', done);
    req.on('close', done);
  }
}

function matchLabels(o: Obj, selector: string): boolean {
  const labels = (o.metadata?.labels ?? {}) as Record<string, string>;
  return selector.split(',').every((term) => {
    const [k, v] = term.split('=');
    return v === undefined ? k! in labels : labels[k!] === v;
  });
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Obj = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Obj) } : {};
  for (const [k, v] of Object.entries(patch as Obj)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function applyJsonPatch(doc: Obj, ops: Obj[]): Obj {
  for (const op of ops) {
    const parts = String(op.path).split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop()!;
    let parent: any = doc;
    for (const p of parts) parent = parent[p] ??= {};
    if (op.op === 'remove') delete parent[last];
    else parent[last] = op.value;
  }
  return doc;
}

/** Starts a fake API server (call `await api.stop()` in afterEach). */
export async function startFakeKubeApi(): Promise<FakeKubeApi> {
  const api = new FakeKubeApi();
  await api.start();
  return api;
}
