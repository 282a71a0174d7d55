// The graph in other formats: Turtle, N-Triples, N-Quads, TriG (n3's Writer), JSON-LD (expanded and
// flattened, written here), and the entity graph view as GEXF (graphology-gexf) or GraphML (written
// here: graphology-graphml only parses) for Gephi users.
import { readFileSync } from 'node:fs';
import { DataFactory, Parser } from 'n3';
import { writeRdf } from '../rdf/turtle.ts';
import type { Quad, Term } from '@rdfjs/types';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { InputError, UsageError } from '../errors.ts';
import { NS, PREFIXES, localName } from '../iris.ts';
import { CLASS_COLORS, type EntityClass } from '../types.ts';
import { rdfFormatOf } from './store.ts';

export const EXPORT_FORMATS = ['ttl', 'nt', 'nq', 'trig', 'jsonld', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Put the triples in this named graph (N-Quads, TriG and JSON-LD only); default graph otherwise. */
  graphIri?: string;
}

/** Reads RDF files into quads with n3 (one blank-node space per file). */
export function readQuads(files: string[]): Quad[] {
  const quads: Quad[] = [];
  files.forEach((file, i) => {
    const format = rdfFormatOf(file).replace(/^.*\//, '');
    if (!/turtle|trig|n-triples|n-quads/.test(format)) throw new InputError(`kg/export: ${file}: export reads Turtle, TriG, N-Triples or N-Quads`);
    try {
      const parsed = new Parser({ format, blankNodePrefix: `b${i}_` }).parse(readFileSync(file, 'utf8'));
      for (const q of parsed) quads.push(q);
    } catch (err) {
      throw new InputError(`kg/export: ${file}: ${(err as Error).message}`);
    }
  });
  return quads;
}

/** The quads in `format`, as text. */
export function exportGraph(quads: Quad[], format: ExportFormat, options: ExportOptions = {}): string {
  const inGraph = (qs: Quad[]): Quad[] => {
    if (!options.graphIri) return qs;
    const g = DataFactory.namedNode(options.graphIri);
    return qs.map((q) => DataFactory.quad(q.subject as never, q.predicate as never, q.object as never, g) as Quad);
  };
  switch (format) {
    case 'ttl':
      return writeRdf(quads, { prefixes: PREFIXES });
    case 'nt':
      return writeRdf(quads, { format: 'N-Triples' });
    case 'nq':
      return writeRdf(inGraph(quads), { format: 'N-Quads' });
    case 'trig':
      return writeRdf(inGraph(quads), { format: 'TriG', prefixes: PREFIXES });
    case 'jsonld':
      return toJsonLd(quads, options.graphIri);
    case 'gexf':
      return toGexf(entityGraph(quads));
    case 'graphml':
      return toGraphml(entityGraph(quads));
    default:
      throw new UsageError(`kg/export: unknown format "${String(format)}" (use ${EXPORT_FORMATS.join(', ')})`);
  }
}


/* ------------------------------------------------------------------ JSON-LD */

type JsonLdValue = { '@id': string } | { '@value': string; '@type'?: string; '@language'?: string };
type JsonLdNode = { '@id': string; '@type'?: string[] } & { [predicate: string]: JsonLdValue[] | string | string[] };

const XSD_STRING = `${NS.xsd}string`;
const RDF_TYPE = `${NS.rdf}type`;
const idOf = (t: Term): string => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);

/**
 * Expanded, flattened JSON-LD (no context to resolve, so every JSON-LD processor reads it the same):
 * one node object per subject, sorted by id, `rdf:type` as `@type`; a named graph goes in `@graph`.
 */
export function toJsonLd(quads: Quad[], graphIri?: string): string {
  const nodes = new Map<string, JsonLdNode>();
  for (const q of quads) {
    const id = idOf(q.subject);
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { '@id': id }));
    if (q.predicate.value === RDF_TYPE && q.object.termType !== 'Literal') {
      const types = (node['@type'] ??= []);
      types.push(idOf(q.object));
      continue;
    }
    let value: JsonLdValue;
    if (q.object.termType === 'Literal') {
      const lit = q.object;
      value = lit.language
        ? { '@value': lit.value, '@language': lit.language }
        : lit.datatype.value === XSD_STRING
          ? { '@value': lit.value }
          : { '@value': lit.value, '@type': lit.datatype.value };
    } else {
      value = { '@id': idOf(q.object) };
    }
    ((node[q.predicate.value] ??= []) as JsonLdValue[]).push(value);
  }
  const list = [...nodes.values()].sort((a, b) => (a['@id'] < b['@id'] ? -1 : a['@id'] > b['@id'] ? 1 : 0));
  const doc = graphIri ? [{ '@id': graphIri, '@graph': list }] : list;
  return `${JSON.stringify(doc, null, 1)}\n`;
}

/* ------------------------------------------------------------------ the entity graph view */

export interface ViewNode {
  label: string;
  /** Local name of its class (StateForce, ArmedClash, Claim…). */
  class: string;
  kind: 'entity' | 'event' | 'claim';
  color: string;
  /** Events only: the date's lexical form. */
  date?: string;
}
export interface ViewEdge {
  /** Local name of the predicate: opposes, agent, place, claimant… */
  label: string;
  predicate: string;
  /** First evidence sentence (by statement IRI) and the number of statements, for relations. */
  evidence?: string;
  evidenceCount: number;
}

const NODE_SPACES: [string, ViewNode['kind']][] = [
  [NS.ent, 'entity'],
  [NS.ev, 'event'],
  [NS.claim, 'claim'],
];
const kindOf = (t: Term): ViewNode['kind'] | undefined =>
  t.termType === 'NamedNode' ? NODE_SPACES.find(([ns]) => t.value.startsWith(ns))?.[1] : undefined;

/**
 * The graph Gephi users want: entities, events and claims as nodes (label, class, kind, colour), and
 * every triple between two of them as a directed edge labelled with its predicate (relations carry
 * their first evidence sentence). Documents, mentions and statements stay out: they are provenance.
 */
export function entityGraph(quads: Quad[]): Graph<ViewNode, ViewEdge> {
  const nodes = new Map<string, ViewNode>();
  const evidence = new Map<string, { stmt: string; text: string }[]>();
  const stmtParts = new Map<string, { s?: string; p?: string; o?: string; text?: string }>();
  for (const q of quads) {
    const kind = kindOf(q.subject);
    if (kind && !nodes.has(q.subject.value)) {
      nodes.set(q.subject.value, { label: localName(q.subject.value), class: kind === 'claim' ? 'Claim' : '', kind, color: '' });
    }
    if (q.subject.value.startsWith(NS.stmt)) {
      const part = stmtParts.get(q.subject.value) ?? {};
      const p = q.predicate.value;
      if (p === `${NS.rdf}subject`) part.s = q.object.value;
      else if (p === `${NS.rdf}predicate`) part.p = q.object.value;
      else if (p === `${NS.rdf}object`) part.o = q.object.value;
      else if (p === `${NS.kg}evidenceText`) part.text = q.object.value;
      stmtParts.set(q.subject.value, part);
    }
  }
  for (const [stmt, part] of stmtParts) {
    if (!part.s || !part.p || !part.o || part.text === undefined) continue;
    const key = `${part.s} ${part.p} ${part.o}`;
    (evidence.get(key) ?? evidence.set(key, []).get(key)!).push({ stmt, text: part.text });
  }
  for (const q of quads) {
    const node = nodes.get(q.subject.value);
    if (!node) continue;
    const p = q.predicate.value;
    if (p === `${NS.rdfs}label`) node.label = q.object.value;
    else if (p === RDF_TYPE && q.object.value.startsWith(NS.kg) && node.kind !== 'claim') node.class = localName(q.object.value);
    else if (p === `${NS.kg}date`) node.date = q.object.value;
  }
  const graph = new Graph<ViewNode, ViewEdge>({ type: 'directed', multi: true });
  for (const id of [...nodes.keys()].sort()) {
    const node = nodes.get(id)!;
    const color = CLASS_COLORS[node.class as EntityClass] ?? (node.kind === 'event' ? CLASS_COLORS.Event : CLASS_COLORS.Claim);
    graph.addNode(id, { ...node, class: node.class || (node.kind === 'event' ? 'Event' : 'Entity'), color });
  }
  const edges = quads
    .filter((q) => q.predicate.value !== RDF_TYPE && nodes.has(q.subject.value) && q.object.termType === 'NamedNode' && nodes.has(q.object.value))
    .map((q) => [q.subject.value, q.predicate.value, q.object.value] as const)
    .sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
  let previous = '';
  for (const [s, p, o] of edges) {
    const key = `${s} ${p} ${o}`;
    if (key === previous) continue; // the same triple from two files
    previous = key;
    const support = (evidence.get(key) ?? []).sort((a, b) => a.stmt.localeCompare(b.stmt));
    graph.addDirectedEdgeWithKey(`e${graph.size}`, s, o, {
      label: localName(p),
      predicate: p,
      evidence: support[0]?.text,
      evidenceCount: support.length,
    });
  }
  return graph;
}

function toGexf(graph: Graph<ViewNode, ViewEdge>): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { color: a.color },
      attributes: { class: a.class, kind: a.kind, ...(a.date ? { date: a.date } : {}) },
    }),
    formatEdge: (_key, a) => ({
      label: a.label,
      attributes: { predicate: a.predicate, evidenceCount: a.evidenceCount, ...(a.evidence ? { evidence: a.evidence } : {}) },
    }),
  });
}

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** GraphML with typed keys (label, class, kind, color, date on nodes; label, predicate, evidence on edges). */
function toGraphml(graph: Graph<ViewNode, ViewEdge>): string {
  const keys: [string, 'node' | 'edge', string, string][] = [
    ['n_label', 'node', 'label', 'string'],
    ['n_class', 'node', 'class', 'string'],
    ['n_kind', 'node', 'kind', 'string'],
    ['n_color', 'node', 'color', 'string'],
    ['n_date', 'node', 'date', 'string'],
    ['e_label', 'edge', 'label', 'string'],
    ['e_predicate', 'edge', 'predicate', 'string'],
    ['e_evidence', 'edge', 'evidence', 'string'],
    ['e_evidenceCount', 'edge', 'evidenceCount', 'int'],
  ];
  const data = (key: string, v: string | number | undefined): string =>
    v === undefined ? '' : `<data key="${key}">${xml(String(v))}</data>`;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([id, kind, name, type]) => `  <key id="${id}" for="${kind}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="sahel-kg" edgedefault="directed">',
  ];
  graph.forEachNode((id, a) => {
    out.push(
      `    <node id="${xml(id)}">${data('n_label', a.label)}${data('n_class', a.class)}${data('n_kind', a.kind)}${data('n_color', a.color)}${data('n_date', a.date)}</node>`,
    );
  });
  graph.forEachEdge((id, a, source, target) => {
    out.push(
      `    <edge id="${xml(id)}" source="${xml(source)}" target="${xml(target)}">${data('e_label', a.label)}${data('e_predicate', a.predicate)}${data('e_evidence', a.evidence)}${data('e_evidenceCount', a.evidenceCount)}</edge>`,
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
