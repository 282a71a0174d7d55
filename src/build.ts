// The builder: documents and a gazetteer in, the merged extraction, its quads and its Turtle out.
// Pure apart from the clock-free progress callback; the CLI does the reading and writing.
import type { Quad } from '@rdfjs/types';
import type { Document, Extraction, Gazetteer } from './types.ts';
import { extractDocument } from './extract/index.ts';
import { indexGazetteer, type GazetteerIndex } from './resolve/index-gazetteer.ts';
import { mergeExtractions } from './resolve/merge.ts';
import { quadTable } from './rdf/quads.ts';
import { quadsOf, type QuadTable } from './rdf/quad-table.ts';
import { turtlePartsOf } from './rdf/turtle.ts';
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

/**
 * A built graph with its quads as numbers and its Turtle in parts, which is all `kg build` reads: the
 * quads and the Turtle in one string are made on first read.
 */
export interface TabulatedGraph extends BuiltGraph {
  table: QuadTable;
  /** The Turtle's text in parts (see rdf/turtle-writer.ts writeQuadTableParts). */
  turtleParts: string[];
}

const indexes = new WeakMap<Gazetteer, GazetteerIndex>();

/** Builds the knowledge graph of a set of documents. Same inputs, same bytes. */
export function buildGraph(documents: Document[], gazetteer: Gazetteer, options: BuildOptions = {}): BuiltGraph {
  return buildTabulatedGraph(documents, gazetteer, options);
}

/** buildGraph, with the quads' table (rdf/quad-table.ts). */
export function buildTabulatedGraph(documents: Document[], gazetteer: Gazetteer, options: BuildOptions = {}): TabulatedGraph {
  let index = indexes.get(gazetteer);
  if (!index) indexes.set(gazetteer, (index = indexGazetteer(gazetteer)));
  const parts = documents.map((doc, i) => {
    const part = extractDocument(doc, index!);
    options.onProgress?.(i + 1, documents.length, doc);
    return part;
  });
  const extraction = mergeExtractions(parts);
  // The quads come numbered (each term once, where it is made), and the Turtle is written from those numbers.
  const table = quadTable(extraction, { toolVersion: VERSION, gazetteerVersion: gazetteer.version });
  const turtleParts = turtlePartsOf(table);
  let quads: Quad[] | undefined, turtle: string | undefined;
  return {
    extraction,
    table,
    turtleParts,
    get turtle() {
      return (turtle ??= turtleParts.join(''));
    },
    set turtle(value) {
      turtle = value;
    },
    // A million quad objects take a second to make and to collect: made only for whoever reads them.
    get quads() {
      return (quads ??= quadsOf(table));
    },
    set quads(value) {
      quads = value;
    },
  };
}
