// Which files make a graph (a built `out/` plus the ontology, or files named by the user), and the
// embedded oxigraph engine that holds them in a worker thread so that a query can be timed out.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, QueryError } from '../errors.ts';

/** Where a graph comes from. Every field is optional; see `resolveGraphFiles` for the defaults. */
export interface GraphFiles {
  /** RDF files to load (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML), instead of `outDir`'s graph. */
  files?: string[];
  /** A folder written by `kg build`; its `graph.ttl` is loaded. Default `out`. */
  outDir?: string;
  /** Also load `ontology/*.ttl` (true, the default), a given ontology folder, or not (false). */
  ontology?: boolean | string;
}

/** The media type oxigraph parses a file with, from its extension. */
export const RDF_FORMATS: Record<string, string> = {
  '.ttl': 'text/turtle',
  '.turtle': 'text/turtle',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.trig': 'application/trig',
  '.jsonld': 'application/ld+json',
  '.json': 'application/ld+json',
  '.rdf': 'application/rdf+xml',
  '.owl': 'application/rdf+xml',
  '.xml': 'application/rdf+xml',
};

export function rdfFormatOf(path: string): string {
  const format = RDF_FORMATS[extname(path).toLowerCase()];
  if (!format) {
    throw new InputError(
      `kg/query: ${path}: unknown RDF file extension (use one of ${Object.keys(RDF_FORMATS).join(' ')})`,
    );
  }
  return format;
}

/** The ontology folder: `./ontology` in the working directory, else the one shipped with the package. */
export function defaultOntologyDir(): string | undefined {
  const local = resolve('ontology');
  if (existsSync(local)) return local;
  const shipped = fileURLToPath(new URL('../../ontology/', import.meta.url));
  return existsSync(shipped) ? shipped : undefined;
}

/** The top-level `*.ttl` files of an ontology folder, sorted (the gazetteer below it is instance data). */
export function ontologyFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new InputError(`kg/query: ontology folder ${dir} does not exist`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ttl'))
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/**
 * The files of a graph: the given files (or `<outDir>/graph.ttl`, default `out/graph.ttl`) plus the
 * ontology's top-level Turtle files unless `ontology: false`. Fails with an `InputError` that tells
 * the user to run `kg build` when the graph is missing.
 */
export function resolveGraphFiles(source: GraphFiles = {}): string[] {
  const given = source.files && source.files.length > 0;
  const graphs = given ? source.files! : [join(source.outDir ?? 'out', 'graph.ttl')];
  for (const file of graphs) {
    if (!existsSync(file)) {
      throw new InputError(
        given
          ? `kg/query: ${file} does not exist`
          : `kg/query: ${file} does not exist; run \`kg build\` first (or pass --graph FILE)`,
      );
    }
    if (!statSync(file).isFile()) throw new InputError(`kg/query: ${file} is not a file`);
    rdfFormatOf(file);
  }
  const ontology = source.ontology ?? true;
  if (ontology === false) return graphs;
  const dir = typeof ontology === 'string' ? ontology : defaultOntologyDir();
  const extra = dir ? ontologyFiles(dir) : [];
  const seen = new Set(graphs.map((f) => resolve(f)));
  return [...graphs, ...extra.filter((f) => !seen.has(resolve(f)))];
}

/* ------------------------------------------------------------------ the engine interface */

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

/** The raw answer of an engine: SPARQL Results JSON for SELECT/ASK, an RDF document for graphs. */
export interface RawResult {
  body: string;
  /** Media type of `body` (application/sparql-results+json, application/n-triples, text/turtle…). */
  mediaType: string;
}

/** What the query API needs from a store, embedded (oxigraph) or remote (an HTTP endpoint). */
export interface Engine {
  /** Human-readable origin, for messages. */
  readonly origin: string;
  /** Number of triples (quads) it holds. */
  count(): Promise<number>;
  /** Runs a query of the given form; rejects with a `QueryError` on a parse error or a timeout. */
  run(query: string, form: QueryForm | undefined, timeoutMs?: number): Promise<RawResult>;
  close(): Promise<void>;
}

export const RESULTS_JSON = 'application/sparql-results+json';
export const N_TRIPLES = 'application/n-triples';

/** SPARQL engine messages are multi-line expected-token lists: users get one line, position first. */
export function oneLine(message: string, max = 300): string {
  const line = message.replace(/\s*\n\s*/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/* ------------------------------------------------------------------ the embedded engine */

interface Job {
  id: number;
  message: { id: number; query?: string; format?: string; dump?: string };
  timeoutMs?: number;
  resolve: (body: string) => void;
  reject: (err: Error) => void;
}

type WorkerReply =
  | { type: 'ready'; size: number; loadMs: number }
  | { type: 'error'; file?: string; message: string }
  | { id: number; ok: true; body: string }
  | { id: number; ok: false; message: string };

const WORKER_URL = new URL('./store-worker.mjs', import.meta.url);

/**
 * oxigraph holding the graph's files in a worker thread. Queries run one at a time; a query that
 * outlives its timeout terminates the worker, and the next query starts a fresh one that reloads
 * the files (the price of a timeout is a reload, never a stuck process).
 */
export class LocalEngine implements Engine {
  readonly origin: string;
  /** Triples loaded, and how long the last load took, once `open()` resolved. */
  size = 0;
  loadMs = 0;
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private queue: Job[] = [];
  private running: Job | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private closed = false;

  constructor(readonly files: string[]) {
    this.origin = files.join(', ');
  }

  /** Starts the worker and loads the files; rejects with an `InputError` naming a file that does not parse. */
  open(): Promise<void> {
    if (this.ready) return this.ready;
    const files = this.files.map((path) => ({ path, format: rdfFormatOf(path) }));
    const worker = new Worker(WORKER_URL, { workerData: { files } });
    this.worker = worker;
    this.ready = new Promise<void>((resolveReady, rejectReady) => {
      const onFirst = (reply: WorkerReply): void => {
        if ('type' in reply && reply.type === 'ready') {
          this.size = reply.size;
          this.loadMs = reply.loadMs;
          worker.on('message', (r: WorkerReply) => this.onReply(r));
          worker.unref();
          resolveReady();
        } else if ('type' in reply) {
          void worker.terminate();
          this.worker = undefined;
          this.ready = undefined;
          const where = reply.file ? `${reply.file}: ` : '';
          rejectReady(new InputError(`kg/query: ${where}${oneLine(reply.message)}`));
        }
      };
      worker.once('message', onFirst);
      worker.once('error', (err) => {
        this.ready = undefined;
        rejectReady(new QueryError(`kg/query: the query engine failed: ${oneLine(err.message)}`));
      });
      worker.on('exit', () => {
        if (this.worker === worker) {
          this.worker = undefined;
          this.ready = undefined;
          this.failRunning(new QueryError('kg/query: the query engine stopped unexpectedly'));
        }
      });
    });
    return this.ready;
  }

  async count(): Promise<number> {
    await this.open();
    return this.size;
  }

  async run(query: string, form: QueryForm | undefined, timeoutMs?: number): Promise<RawResult> {
    const graph = form === 'construct' || form === 'describe';
    // An unrecognised form is most likely a syntax error, which the engine reports either way.
    const format = graph ? N_TRIPLES : RESULTS_JSON;
    const body = await this.submit({ query, format }, timeoutMs);
    return { body, mediaType: format };
  }

  /** The whole store serialised by oxigraph (fast path for N-Triples/N-Quads dumps). */
  dump(format: string): Promise<string> {
    return this.submit({ dump: format });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    for (const job of this.queue.splice(0)) job.reject(new QueryError('kg/query: the graph was closed'));
    this.failRunning(new QueryError('kg/query: the graph was closed'));
    if (worker) await worker.terminate();
  }

  private submit(message: { query?: string; format?: string; dump?: string }, timeoutMs?: number): Promise<string> {
    if (this.closed) return Promise.reject(new QueryError('kg/query: the graph was closed'));
    return new Promise<string>((resolveJob, rejectJob) => {
      const id = this.nextId++;
      this.queue.push({ id, message: { id, ...message }, timeoutMs, resolve: resolveJob, reject: rejectJob });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    try {
      await this.open();
    } catch (err) {
      this.running = undefined;
      job.reject(err as Error);
      void this.pump();
      return;
    }
    if (this.running !== job || !this.worker) return;
    const worker = this.worker;
    worker.ref(); // keep the process alive while a query is in flight, not while idle
    if (job.timeoutMs && job.timeoutMs > 0) {
      this.timer = setTimeout(() => {
        if (this.running !== job) return;
        this.worker = undefined;
        this.ready = undefined;
        void worker.terminate();
        this.finish(undefined, new QueryError(`kg/query: query timed out after ${job.timeoutMs} ms`));
      }, job.timeoutMs);
    }
    worker.postMessage(job.message);
  }

  private onReply(reply: WorkerReply): void {
    if (!('id' in reply) || !this.running || reply.id !== this.running.id) return;
    if (reply.ok) this.finish(reply.body);
    else this.finish(undefined, new QueryError(`kg/query: ${oneLine(reply.message)}`));
  }

  private finish(body: string | undefined, error?: Error): void {
    const job = this.running;
    if (!job) return;
    clearTimeout(this.timer);
    this.running = undefined;
    this.worker?.unref();
    if (error) job.reject(error);
    else job.resolve(body!);
    void this.pump();
  }

  private failRunning(error: Error): void {
    if (this.running) this.finish(undefined, error);
  }
}
