// The builder: documents and a gazetteer in, the merged extraction, its quads and its Turtle out.
// Pure apart from the clock-free progress callback; the CLI does the reading and writing.
import type { Quad } from '@rdfjs/types';
import type { Document, Extraction, Gazetteer } from './types.ts';
import { extractDocument } from './extract/index.ts';
import { indexGazetteer, type GazetteerIndex } from './resolve/index-gazetteer.ts';
import { mergeExtractions } from './resolve/merge.ts';
import { tabulatedQuads } from './rdf/quads.ts';
import { toTurtle } from './rdf/turtle.ts';
import { VERSION } from './version.ts';

export interface BuildOptions {
  /** Called after each document with the count done so far. */
  onProgress?: (done: number, total: number, doc: Document) => void;
}

export interface BuiltGraph {
  extraction: Extraction;
  quads: Quad[];
  turtle: string;
}

const indexes = new WeakMap<Gazetteer, GazetteerIndex>();

/** Builds the knowledge graph of a set of documents. Same inputs, same bytes. */
export function buildGraph(documents: Document[], gazetteer: Gazetteer, options: BuildOptions = {}): BuiltGraph {
  let index = indexes.get(gazetteer);
  if (!index) indexes.set(gazetteer, (index = indexGazetteer(gazetteer)));
  const parts = documents.map((doc, i) => {
    const part = extractDocument(doc, index!);
    options.onProgress?.(i + 1, documents.length, doc);
    return part;
  });
  const extraction = mergeExtractions(parts);
  // The quads come numbered (each term once, where it is made), and toTurtle writes from those numbers.
  const { quads, table } = tabulatedQuads(extraction, { toolVersion: VERSION, gazetteerVersion: gazetteer.version });
  return { extraction, quads, turtle: toTurtle(quads, table) };
}
