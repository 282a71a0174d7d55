// The `kg serve` HTTP server: the explorer as static files under a strict CSP, and SPARQL at /sparql.

import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { Parser } from 'n3';
import { InputError, UsageError } from '../errors.ts';
import { createSparqlHandler } from '../query/protocol.ts';
import { resolveGraphFiles } from '../query/store.ts';
import { BUNDLE_FILES } from './bundle.ts';
import { DATA_FILE, writeExplorer } from './write.ts';

export interface ServeOptions {
  /** Folder written by `kg build` (holds graph.ttl and the explorer). */
  outDir: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  host: string;
  /** Ontology loaded next to the graph for SPARQL: the default folder (true), a folder, or none (false). */
  ontology: boolean | string;
  /** Mount the SPARQL endpoint at /sparql. */
  sparql: boolean;
  sparqlTimeoutMs?: number;
}

export const DEFAULT_SERVE: ServeOptions = {
  outDir: 'out',
  port: 8080,
  host: '127.0.0.1',
  ontology: true,
  sparql: true,
};

/** Scripts only from our own files, no plugins, no framing; workers from blob: for the ForceAtlas2 worker. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.nt': 'application/n-triples; charset=utf-8',
  '.nq': 'application/n-quads; charset=utf-8',
  '.trig': 'application/trig; charset=utf-8',
  '.rq': 'application/sparql-query; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

type SparqlHandler = Awaited<ReturnType<typeof createSparqlHandler>>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * Maps a request path to a file under `root`, or null when it is outside it, hidden, or malformed.
 * Exported for tests: this is the whole directory-traversal defence.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..' || p.startsWith('.'))) return null;
  const base = resolve(root);
  const file = resolve(base, ...parts);
  if (file !== base && !file.startsWith(base + sep)) return null;
  return file;
}

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method not allowed\n');
  }
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  let file = resolveStaticPath(root, pathname);
  if (file === null) return send(res, 404, 'Not found\n');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, 'Not found\n');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Writes the page next to a graph built before the explorer existed (or by another tool). */
async function ensureExplorer(outDir: string, graphFile: string): Promise<void> {
  if ([DATA_FILE, ...BUNDLE_FILES].every((f) => existsSync(join(outDir, f)))) return;
  const quads = new Parser({ format: 'text/turtle' }).parse(await readFile(graphFile, 'utf8'));
  await writeExplorer(outDir, quads);
}

/** Starts the server and resolves once it listens; `server.address()` gives the port when `port` is 0. */
export async function startServer(options: Partial<ServeOptions> = {}): Promise<Server> {
  const opts: ServeOptions = { ...DEFAULT_SERVE, ...options };
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new UsageError(`kg/serve: invalid port ${String(opts.port)}`);
  const root = resolve(opts.outDir);
  const graphFile = join(root, 'graph.ttl');
  if (!existsSync(graphFile)) throw new InputError(`kg/serve: ${join(opts.outDir, 'graph.ttl')} not found; run \`kg build\` first`);
  await ensureExplorer(root, graphFile);

  let sparql: SparqlHandler | null = null;
  if (opts.sparql) {
    const files = resolveGraphFiles({ files: [graphFile], ontology: opts.ontology });
    sparql = await createSparqlHandler({ files, ...(opts.sparqlTimeoutMs === undefined ? {} : { timeoutMs: opts.sparqlTimeoutMs }) });
  }

  // On loopback, refuse other Host names: a web page elsewhere cannot reach us by DNS rebinding.
  const loopbackOnly = LOOPBACK.has(opts.host);
  const server = createServer((req, res) => {
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (loopbackOnly && !LOOPBACK.has(hostname)) return send(res, 421, 'Misdirected request\n');
    const pathname = (req.url ?? '/').split('?')[0];
    const handle = pathname === '/sparql' ? (sparql ?? ((_q, r) => Promise.resolve(send(r, 404, 'Not found\n')))) : (q: IncomingMessage, r: ServerResponse) => serveStatic(root, q, r);
    if (pathname === '/sparql') for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, `Internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      else res.destroy();
    });
  });
  server.on('close', () => void sparql?.close());
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host, () => {
      server.off('error', fail);
      ok();
    });
  });
  return server;
}
