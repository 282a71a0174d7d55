// Past one machine: query a remote SPARQL 1.1 endpoint through the same API as the embedded engine,
// and push a graph into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol, with HTTP
// Basic or Digest authentication (Virtuoso's /sparql-graph-crud-auth wants Digest).
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { StreamParser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { KgError, QueryError } from '../errors.ts';
import { BASE } from '../iris.ts';
import { ntTerm } from './format.ts';
import { N_TRIPLES, RESULTS_JSON, oneLine, rdfFormatOf, type Engine, type QueryForm, type RawResult } from './store.ts';

/** Credentials for an endpoint; the scheme (Basic or Digest) is taken from the server's challenge. */
export interface Credentials {
  user: string;
  password: string;
}

/* ------------------------------------------------------------------ HTTP with authentication */

interface Challenge {
  scheme: 'basic' | 'digest';
  params: Record<string, string>;
  nc: number;
}

function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*(Basic|Digest)\s*(.*)$/i.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2]!.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g)) params[p[1]!.toLowerCase()] = p[2] ?? p[3] ?? '';
  return { scheme: m[1]!.toLowerCase() as 'basic' | 'digest', params, nc: 0 };
}

const md5 = (s: string): string => createHash('md5').update(s).digest('hex');

/** The Authorization header answering a challenge (RFC 7616 Digest with MD5 and qop=auth, or Basic). */
function authorization(challenge: Challenge, credentials: Credentials, method: string, url: URL): string {
  if (challenge.scheme === 'basic') {
    return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
  }
  const { realm = '', nonce = '', opaque, qop, algorithm } = challenge.params;
  const uri = url.pathname + url.search;
  const ha1 = md5(`${credentials.user}:${realm}:${credentials.password}`);
  const ha2 = md5(`${method}:${uri}`);
  const fields: Record<string, string> = { username: credentials.user, realm, nonce, uri };
  if (qop && qop.split(',').map((q) => q.trim()).includes('auth')) {
    const nc = (++challenge.nc).toString(16).padStart(8, '0');
    const cnonce = randomBytes(8).toString('hex');
    fields.response = md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`);
    Object.assign(fields, { qop: 'auth', nc, cnonce });
  } else {
    fields.response = md5(`${ha1}:${nonce}:${ha2}`);
  }
  if (opaque !== undefined) fields.opaque = opaque;
  if (algorithm) fields.algorithm = algorithm;
  const unquoted = new Set(['qop', 'nc', 'algorithm']);
  return `Digest ${Object.entries(fields)
    .map(([k, v]) => (unquoted.has(k) ? `${k}=${v}` : `${k}="${v}"`))
    .join(', ')}`;
}

/**
 * `fetch` that answers a 401 challenge once with the credentials and reuses the challenge for later
 * requests (one per endpoint), and aborts after `timeoutMs`.
 */
export class HttpClient {
  private challenge: Challenge | undefined;
  constructor(private readonly credentials?: Credentials) {}

  async request(url: URL, init: { method: string; headers: Record<string, string>; body?: string }, timeoutMs?: number): Promise<Response> {
    const send = (): Promise<Response> => {
      const headers = { ...init.headers };
      if (this.challenge && this.credentials) headers.authorization = authorization(this.challenge, this.credentials, init.method, url);
      return fetch(url, {
        method: init.method,
        headers,
        body: init.body,
        signal: timeoutMs && timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined,
      });
    };
    try {
      let response = await send();
      if (response.status === 401 && this.credentials) {
        const challenge = parseChallenge(response.headers.get('www-authenticate'));
        await response.body?.cancel();
        if (challenge) {
          this.challenge = challenge;
          response = await send();
        }
      }
      return response;
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      if (e.name === 'TimeoutError') throw new QueryError(`kg/remote: ${url.origin} did not answer within ${timeoutMs} ms`);
      throw new KgError(`kg/remote: cannot reach ${url.origin}${url.pathname}: ${e.cause?.code ?? e.message}`);
    }
  }
}

/** The first lines of an error page, on one line (Virtuoso answers errors as plain text). */
async function errorText(response: Response): Promise<string> {
  const text = (await response.text()).replace(/<[^>]+>/g, ' ');
  return oneLine(text).slice(0, 300);
}

/* ------------------------------------------------------------------ querying */

/** Options of a remote endpoint. */
export interface EndpointOptions {
  /** The SPARQL endpoint, e.g. http://127.0.0.1:8890/sparql. */
  endpoint: string;
  /** Query this graph as the default graph (`default-graph-uri`); without it, the store's default. */
  graphIri?: string;
  credentials?: Credentials;
}

/** A remote SPARQL 1.1 Protocol endpoint: POST form queries, JSON results, Turtle/N-Triples graphs. */
export class RemoteEngine implements Engine {
  readonly origin: string;
  private readonly url: URL;
  private readonly http: HttpClient;

  constructor(private readonly options: EndpointOptions) {
    try {
      this.url = new URL(options.endpoint);
    } catch {
      throw new KgError(`kg/remote: "${options.endpoint}" is not a URL`);
    }
    this.origin = options.endpoint;
    this.http = new HttpClient(options.credentials);
  }

  async run(query: string, form: QueryForm | undefined, timeoutMs?: number): Promise<RawResult> {
    const graph = form === 'construct' || form === 'describe';
    const body = new URLSearchParams({ query });
    if (this.options.graphIri) body.set('default-graph-uri', this.options.graphIri);
    const response = await this.http.request(
      this.url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: graph ? `${N_TRIPLES}, text/turtle;q=0.9` : `${RESULTS_JSON}, application/json;q=0.9`,
        },
        body: body.toString(),
      },
      timeoutMs,
    );
    if (!response.ok) throw new QueryError(`kg/remote: ${this.origin} answered ${response.status}: ${await errorText(response)}`);
    const mediaType = (response.headers.get('content-type') ?? (graph ? N_TRIPLES : RESULTS_JSON)).split(';')[0]!.trim();
    return { body: await response.text(), mediaType };
  }

  async count(): Promise<number> {
    const raw = await this.run('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', 'select');
    const json = JSON.parse(raw.body) as { results: { bindings: { n?: { value: string } }[] } };
    return Number(json.results.bindings[0]?.n?.value ?? 0);
  }

  async close(): Promise<void> {}
}

/* ------------------------------------------------------------------ pushing */

/** The graph IRI `kg push` writes to when none is given. */
export const DEFAULT_GRAPH_IRI = `${BASE}graph`;

export interface PushOptions {
  /** Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth. */
  endpoint: string;
  files: string[];
  graphIri: string;
  credentials?: Credentials;
  /** Triples per request. */
  chunkTriples: number;
  /** Add to the graph instead of replacing it (POST only, no first PUT). */
  append: boolean;
  timeoutMs: number;
}
export const DEFAULT_PUSH: Omit<PushOptions, 'endpoint' | 'files'> = {
  graphIri: DEFAULT_GRAPH_IRI,
  chunkTriples: 50_000,
  append: false,
  timeoutMs: 300_000,
};

export interface PushReport {
  triples: number;
  requests: number;
  ms: number;
}

/**
 * Blank nodes become skolem IRIs (`…/.well-known/genid/…`): each request of a chunked upload is its
 * own document, so a blank node split across two chunks would otherwise become two nodes.
 */
const skolem = (label: string): string => `<${BASE}.well-known/genid/${label.replace(/[^\w-]/g, '_')}>`;

function ntLine(q: Quad): string {
  const t = (x: Quad['subject'] | Quad['object'] | Quad['predicate']): string =>
    x.termType === 'BlankNode' ? skolem(x.value) : ntTerm(x);
  return `${t(q.subject)} ${t(q.predicate)} ${t(q.object)} .\n`;
}

/** N-Triples chunks of `size` triples from the files, parsed one file at a time (graphs of quads lose their graph). */
export async function* ntChunks(files: string[], size: number): AsyncGenerator<{ text: string; triples: number }> {
  let lines: string[] = [];
  for (const file of files) {
    const format = rdfFormatOf(file);
    if (!/turtle|trig|n-triples|n-quads/.test(format)) throw new KgError(`kg/remote: ${file}: push reads Turtle, TriG, N-Triples or N-Quads`);
    const parser = new StreamParser({ format: format.replace(/^.*\//, ''), blankNodePrefix: `f${files.indexOf(file)}_` });
    parser.end(readFileSync(file));
    try {
      for await (const q of parser as AsyncIterable<Quad>) {
        lines.push(ntLine(q));
        if (lines.length >= size) {
          yield { text: lines.join(''), triples: lines.length };
          lines = [];
        }
      }
    } catch (err) {
      throw new KgError(`kg/remote: ${file}: ${(err as Error).message}`);
    }
  }
  if (lines.length > 0) yield { text: lines.join(''), triples: lines.length };
}

/**
 * Loads the files into `graphIri` over the Graph Store Protocol: the first chunk with PUT (replacing
 * the graph, unless `append`), the next ones with POST, as text/turtle (N-Triples is Turtle).
 */
export async function pushGraph(options: Pick<PushOptions, 'endpoint' | 'files'> & Partial<PushOptions>): Promise<PushReport> {
  const o: PushOptions = { ...DEFAULT_PUSH, ...options };
  if (!(o.chunkTriples > 0)) throw new KgError('kg/remote: the chunk size must be a positive number of triples');
  const started = performance.now();
  let base: URL;
  try {
    base = new URL(o.endpoint);
  } catch {
    throw new KgError(`kg/remote: "${o.endpoint}" is not a URL`);
  }
  const url = new URL(base);
  url.searchParams.set('graph', o.graphIri);
  const http = new HttpClient(o.credentials);
  let triples = 0;
  let requests = 0;
  const send = async (method: 'PUT' | 'POST', text: string): Promise<void> => {
    const response = await http.request(url, { method, headers: { 'content-type': 'text/turtle; charset=utf-8' }, body: text }, o.timeoutMs);
    requests++;
    if (!response.ok) {
      throw new KgError(`kg/remote: ${method} ${base.origin}${base.pathname} answered ${response.status}: ${await errorText(response)}`);
    }
    await response.body?.cancel();
  };
  for await (const chunk of ntChunks(o.files, o.chunkTriples)) {
    await send(requests === 0 && !o.append ? 'PUT' : 'POST', chunk.text);
    triples += chunk.triples;
  }
  if (requests === 0 && !o.append) await send('PUT', '');
  return { triples, requests, ms: performance.now() - started };
}
