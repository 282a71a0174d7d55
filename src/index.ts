// sahel-kg: turn conflict news articles into an evidence-backed RDF knowledge graph, then explore and
// query it. This is the whole public API; the CLI and the explorer use exactly these functions.
//
//   import { buildFromTexts, openGraph } from 'sahel-kg';
//   const { turtle } = buildFromTexts([{ id: 'a', text: 'The Malian army clashed with the CSP near Kidal on Sunday.', date: '2023-11-12' }]);
//   const kg = await openGraph('out');            // a built out/ folder (graph.ttl + ontology)
//   for (const r of await kg.whoOpposesWhom()) console.log(r);
import type { Document, Gazetteer } from './types.ts';
import { buildGraph, type BuildOptions, type BuiltGraph } from './build.ts';
import { loadGazetteer } from './resolve/gazetteer.ts';

/** Builds a graph from in-memory texts with the bundled gazetteer (or yours). Pure: no file is written. */
export function buildFromTexts(
  texts: (Pick<Document, 'text'> & Partial<Omit<Document, 'text'>>)[],
  options: BuildOptions & { gazetteer?: Gazetteer } = {},
): BuiltGraph {
  const docs: Document[] = texts.map((t, i) => ({ ...t, id: t.id ?? `doc-${i + 1}`, source: t.source ?? t.id ?? `doc-${i + 1}`, text: t.text }));
  return buildGraph(docs, options.gazetteer ?? loadGazetteer(), options);
}

export { buildGraph, type BuildOptions, type BuiltGraph } from './build.ts';
export { readDocuments, DEFAULT_INGEST_OPTIONS, type IngestOptions } from './ingest/index.ts';
export { loadGazetteer, parseGazetteer } from './resolve/gazetteer.ts';
export { extractDocument } from './extract/index.ts';
export { indexGazetteer } from './resolve/index-gazetteer.ts';
export { mergeExtractions } from './resolve/merge.ts';
export { toQuads } from './rdf/quads.ts';
export { toTurtle, sortQuads } from './rdf/turtle.ts';
export {
  openGraph,
  KnowledgeGraph,
  createSparqlHandler,
  exportGraph,
  pushGraph,
  type GraphSource,
  type QueryOptions,
} from './query/index.ts';
export { graphDataFromQuads, layout, writeExplorer, startServer } from './view/index.ts';
export { KgError, InputError, QueryError, UsageError } from './errors.ts';
export { NS, PREFIXES } from './iris.ts';
export * from './types.ts';
export { VERSION } from './version.ts';
