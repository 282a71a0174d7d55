// The SPARQL 1.1 Protocol, read-only: GET ?query=, POST form or application/sparql-query, results
// negotiated by Accept, updates refused, a timeout, a request size limit and CORS for local tools.
// `kg serve` mounts the handler at /sparql.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { KgError, QueryError } from '../errors.ts';
import { formatResult, MEDIA_TYPES, type ResultFormat } from './format.ts';
import { parseResult, queryForm, shiftedPositions, withProjectPrefixes } from './sparql.ts';
import { LocalEngine } from './store.ts';

export interface SparqlHandlerOptions {
  /** RDF files to serve (e.g. `resolveGraphFiles({ outDir })`: graph.ttl plus the ontology). */
  files: string[];
  /** Per-query limit; a query over it gets 503. Default 30 s. */
  timeoutMs?: number;
  /** Largest accepted query or request body; larger gets 413. Default 1 MiB. */
  maxBodyBytes?: number;
}
export const DEFAULT_HANDLER = { timeoutMs: 30_000, maxBodyBytes: 1024 * 1024 };

/** Results formats a client may ask for, in our order of preference for `*\/*`. */
const BINDINGS_TYPES: [string, ResultFormat][] = [
  ['application/sparql-results+json', 'json'],
  ['application/json', 'json'],
  ['application/sparql-results+xml', 'xml'],
  ['application/xml', 'xml'],
  ['text/xml', 'xml'],
  ['text/csv', 'csv'],
  ['text/tab-separated-values', 'tsv'],
];
const GRAPH_TYPES: [string, ResultFormat][] = [
  ['text/turtle', 'ttl'],
  ['application/x-turtle', 'ttl'],
  ['application/n-triples', 'nt'],
  ['text/plain', 'nt'],
];

/** The best offer for an Accept header (q-values, `type/*` and `*\/*`), or undefined when none is acceptable. */
export function negotiate(accept: string | undefined, offers: [string, ResultFormat][]): [string, ResultFormat] | undefined {
  if (!accept || !accept.trim()) return offers[0];
  const ranges = accept
    .split(',')
    .map((part, order) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
      return { range: range.trim(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((r) => r.range);
  let best: { offer: [string, ResultFormat]; q: number; specificity: number; rank: number } | undefined;
  offers.forEach((offer, rank) => {
    const [type] = offer;
    for (const r of ranges) {
      const specificity = r.range === type ? 2 : r.range === `${type.split('/')[0]}/*` ? 1 : r.range === '*/*' ? 0 : -1;
      if (specificity < 0 || r.q <= 0) continue;
      const better =
        !best || r.q > best.q || (r.q === best.q && (specificity > best.specificity || (specificity === best.specificity && rank < best.rank)));
      if (better) best = { offer, q: r.q, specificity, rank };
    }
  });
  return best?.offer;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type, Accept, Authorization',
  'access-control-max-age': '86400',
};

function send(res: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  res.writeHead(status, {
    ...CORS,
    'content-type': `${type}; charset=utf-8`,
    'content-length': Buffer.byteLength(body),
    vary: 'Accept',
    'cache-control': 'no-store',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `request body over ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `request body over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The query text of a request, or an HttpError (405, 413, 415, 400, or 403 for updates). */
async function queryOf(req: IncomingMessage, url: URL, limit: number): Promise<string> {
  const refuseUpdate = (): never => {
    throw new HttpError(403, 'SPARQL updates are not allowed: this endpoint is read-only');
  };
  if (req.method === 'GET') {
    if (url.searchParams.has('update')) refuseUpdate();
    const query = url.searchParams.get('query');
    if (query === null) throw new HttpError(400, 'missing the "query" parameter');
    if (Buffer.byteLength(query) > limit) throw new HttpError(413, `query over ${limit} bytes`);
    return query;
  }
  if (req.method !== 'POST') throw new HttpError(405, `method ${req.method} not allowed (GET, POST)`);
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/sparql-update') refuseUpdate();
  if (type !== 'application/sparql-query' && type !== 'application/x-www-form-urlencoded') {
    throw new HttpError(415, 'send application/sparql-query or application/x-www-form-urlencoded');
  }
  const body = await readBody(req, limit);
  if (type === 'application/sparql-query') return body;
  const form = new URLSearchParams(body);
  if (form.has('update')) refuseUpdate();
  const query = form.get('query') ?? url.searchParams.get('query');
  if (query === null) throw new HttpError(400, 'missing the "query" parameter');
  return query;
}

/**
 * A request handler for the SPARQL 1.1 Protocol over the given files, loaded once into oxigraph
 * (in a worker thread). Call `handler.close()` to free the engine. The path is not checked: mount
 * it where it belongs (`/sparql`).
 */
export async function createSparqlHandler(options: {
  files: string[];
  timeoutMs?: number;
  maxBodyBytes?: number;
}): Promise<((req: IncomingMessage, res: ServerResponse) => Promise<void>) & { close(): Promise<void> }> {
  const o = { ...DEFAULT_HANDLER, ...options };
  const engine = new LocalEngine(o.files);
  await engine.open();

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS);
        res.end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const query = await queryOf(req, url, o.maxBodyBytes);
      const form = queryForm(query);
      if (form === 'update') throw new HttpError(403, 'SPARQL updates are not allowed: this endpoint is read-only');
      const graph = form === 'construct' || form === 'describe';
      const offer = negotiate(req.headers.accept, graph ? GRAPH_TYPES : BINDINGS_TYPES);
      if (!offer) {
        const types = (graph ? GRAPH_TYPES : BINDINGS_TYPES).map(([t]) => t).join(', ');
        throw new HttpError(406, `cannot answer this query as ${req.headers.accept}; available: ${types}`);
      }
      // (the project prefixes need no PREFIX line here either, as in `kg query` and the script API)
      const { query: completed, addedLines } = withProjectPrefixes(query);
      let raw;
      try {
        raw = await engine.run(completed, form, o.timeoutMs);
      } catch (err) {
        throw err instanceof QueryError && addedLines ? new QueryError(shiftedPositions(err.message, addedLines)) : err;
      }
      const body = formatResult(parseResult(raw, form), offer[1]);
      send(res, 200, req.method === 'HEAD' ? '' : body, MEDIA_TYPES[offer[1]]);
    } catch (err) {
      if (err instanceof HttpError) send(res, err.status, `${err.message}\n`);
      else if (err instanceof QueryError && /timed out/.test(err.message)) send(res, 503, `${err.message}\n`);
      else if (err instanceof QueryError) send(res, 400, `${err.message}\n`);
      else if (err instanceof KgError) send(res, 500, `${err.message}\n`);
      else send(res, 500, `kg/sparql: internal error: ${(err as Error).message}\n`);
    }
  };
  return Object.assign(handler, { close: () => engine.close() });
}
