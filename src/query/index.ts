// The query API: open a graph (files, a built `out/`, or a remote endpoint), run SPARQL 1.1 with typed
// rows, get RDF/JS quads, and ask the ready-made analyst questions. The CLI and the endpoint use it too.
import { existsSync, statSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { QueryError } from '../errors.ts';
import {
  actors,
  alliances,
  claimsBy,
  events,
  eventsOf,
  relations,
  whoOpposesWhom,
  type ActorRow,
  type ClaimRow,
  type EventRow,
  type RelationRow,
  type TimeWindow,
} from './named.ts';
import { RemoteEngine, type Credentials } from './remote.ts';
import { parseResult, queryForm, shiftedPositions, toValueRow, withProjectPrefixes, type QueryResult, type TermRow, type ValueRow } from './sparql.ts';
import { LocalEngine, resolveGraphFiles, type Engine, type GraphFiles } from './store.ts';

/** Where to open a graph from: files and/or a built `out/` folder with the ontology, or an endpoint. */
export interface GraphSource extends GraphFiles {
  /** A remote SPARQL endpoint URL; when set, no local file is read. */
  endpoint?: string;
  /** Remote only: the graph to query as default graph (`default-graph-uri`). */
  graphIri?: string;
  /** Remote only: user and password (HTTP Basic or Digest, as the server asks). */
  credentials?: Credentials;
  /** Default timeout of every query, in milliseconds (0 or absent: none). */
  timeoutMs?: number;
}

export interface QueryOptions {
  /** Give up after this many milliseconds with a `QueryError`. */
  timeoutMs?: number;
}

/**
 * An open graph. `select` returns plain JavaScript values (see `toValue`); `selectTerms` and `query`
 * return RDF/JS terms; `construct` returns RDF/JS quads built with n3's DataFactory. Close it when done.
 */
export class KnowledgeGraph {
  constructor(
    private readonly engine: Engine,
    /** Number of triples in the graph (files plus ontology), counted when it was opened. */
    readonly size: number,
    private readonly defaults: QueryOptions = {},
  ) {}

  /** Where the graph comes from: its files, or the endpoint URL. */
  get origin(): string {
    return this.engine.origin;
  }

  /**
   * Any query; updates are refused (the graph is read-only). The project prefixes (kg:, ent:, rdfs:, skos:, prov:…)
   * need no PREFIX line: those used and not declared are declared for the query.
   */
  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
    const form = queryForm(sparql);
    if (form === 'update') throw new QueryError('kg/query: SPARQL updates are not allowed: the graph is read-only');
    const { query, addedLines } = withProjectPrefixes(sparql);
    try {
      return parseResult(await this.engine.run(query, form, options.timeoutMs ?? this.defaults.timeoutMs), form);
    } catch (err) {
      if (err instanceof QueryError && addedLines) throw new QueryError(shiftedPositions(err.message, addedLines));
      throw err;
    }
  }

  /** A SELECT's rows as RDF/JS terms, with the projected variables in order. */
  async selectTerms(sparql: string, options?: QueryOptions): Promise<{ vars: string[]; rows: TermRow[] }> {
    const result = await this.query(sparql, options);
    if (result.type !== 'bindings') throw new QueryError('kg/query: select() needs a SELECT query');
    return { vars: result.vars, rows: result.rows };
  }

  /**
   * A SELECT's rows as plain values: IRIs and strings as `string`, numeric literals as `number`,
   * xsd:boolean as `boolean`, dates as their lexical form; unbound variables are `undefined`.
   */
  async select<Row extends ValueRow = ValueRow>(sparql: string, options?: QueryOptions): Promise<Row[]> {
    return (await this.selectTerms(sparql, options)).rows.map((r) => toValueRow(r) as Row);
  }

  /** An ASK's answer. */
  async ask(sparql: string, options?: QueryOptions): Promise<boolean> {
    const result = await this.query(sparql, options);
    if (result.type !== 'boolean') throw new QueryError('kg/query: ask() needs an ASK query');
    return result.value;
  }

  /** A CONSTRUCT's or DESCRIBE's triples as RDF/JS quads. */
  async construct(sparql: string, options?: QueryOptions): Promise<Quad[]> {
    const result = await this.query(sparql, options);
    if (result.type !== 'quads') throw new QueryError('kg/query: construct() needs a CONSTRUCT or DESCRIBE query');
    return result.quads;
  }

  /** Who opposes whom: every `kg:opposes` statement with its evidence sentence and document. */
  whoOpposesWhom(): Promise<RelationRow[]> {
    return whoOpposesWhom(this);
  }

  /** Every `kg:alliedWith` statement with its evidence. */
  alliances(): Promise<RelationRow[]> {
    return alliances(this);
  }

  /** Statements of the given relations (local names such as `withdrewFrom`, or IRIs), with evidence. */
  relations(...predicates: string[]): Promise<RelationRow[]> {
    return relations(this, predicates);
  }

  /** Events an actor (name, label, `ent:` id or IRI) took part in, optionally in a time window. */
  eventsOf(actor: string, window: TimeWindow = {}): Promise<EventRow[]> {
    return eventsOf(this, actor, window);
  }

  /** Events by actor and/or place (the place, places inside it, or next to it) and time window. */
  events(filter: { actor?: string; place?: string } & TimeWindow = {}): Promise<EventRow[]> {
    return events(this, filter);
  }

  /** Claims, all or those of one claimant, with their sentence and document. */
  claimsBy(claimant?: string): Promise<ClaimRow[]> {
    return claimsBy(this, claimant);
  }

  /** Every actor with its class. */
  actors(): Promise<ActorRow[]> {
    return actors(this);
  }

  /** Frees the engine (terminates the worker holding the oxigraph store, whose WASM heap never shrinks). */
  close(): Promise<void> {
    return this.engine.close();
  }
}

/**
 * Opens a graph. With no argument: `out/graph.ttl` plus `ontology/*.ttl`. A string or a list of
 * strings names RDF files (plus the ontology) or, for one string, a folder built by `kg build`.
 * `{ endpoint }` queries a remote SPARQL endpoint through the same API.
 */
export async function openGraph(source: string | string[] | GraphSource = {}): Promise<KnowledgeGraph> {
  const options: GraphSource = typeof source === 'string' || Array.isArray(source) ? sourceOf(source) : source;
  const defaults = { timeoutMs: options.timeoutMs };
  if (options.endpoint) {
    const engine = new RemoteEngine({ endpoint: options.endpoint, graphIri: options.graphIri, credentials: options.credentials });
    return new KnowledgeGraph(engine, await engine.count(), defaults);
  }
  const engine = new LocalEngine(resolveGraphFiles(options));
  await engine.open();
  return new KnowledgeGraph(engine, engine.size, defaults);
}

/** A folder is a `kg build` output (its graph.ttl); anything else is a list of RDF files. */
function sourceOf(source: string | string[]): GraphSource {
  const list = Array.isArray(source) ? source : [source];
  if (list.length === 1 && existsSync(list[0]!) && statSync(list[0]!).isDirectory()) return { outDir: list[0] };
  return { files: list };
}

export { resolveGraphFiles, LocalEngine, type GraphFiles, type Engine } from './store.ts';
export { queryForm, toValue, type QueryResult, type TermRow, type Value, type ValueRow } from './sparql.ts';
export { formatResult, RESULT_FORMATS, type ResultFormat } from './format.ts';
export {
  NAMED_QUESTIONS,
  whoOpposesWhom,
  alliances,
  relations,
  events,
  eventsOf,
  claimsBy,
  actors,
  type RelationRow,
  type EventRow,
  type ClaimRow,
  type ActorRow,
  type TimeWindow,
} from './named.ts';
export { exportGraph, readQuads, entityGraph, EXPORT_FORMATS, type ExportFormat } from './export.ts';
export { pushGraph, RemoteEngine, DEFAULT_GRAPH_IRI, type PushOptions, type PushReport, type Credentials } from './remote.ts';
export { createSparqlHandler } from './protocol.ts';
