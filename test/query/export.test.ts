import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { Parser } from 'n3';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { entityGraph, exportGraph, readQuads } from '../../src/query/export.ts';
import { ENT, MINI } from './support/fixtures.ts';

const quads = readQuads([MINI]);
const triples = new Parser().parse(readFileSync(MINI, 'utf8')).length;
const view = entityGraph(quads);

describe('exportGraph', () => {
  it.each([
    ['ttl', 'Turtle'],
    ['nt', 'N-Triples'],
    ['nq', 'N-Quads'],
    ['trig', 'TriG'],
  ] as const)('writes %s that n3 reads back with every triple', (format, n3Format) => {
    expect(new Parser({ format: n3Format }).parse(exportGraph(quads, format)).length).toBe(triples);
  });

  it('puts the triples in a named graph in N-Quads when asked', () => {
    const back = new Parser({ format: 'N-Quads' }).parse(exportGraph(quads, 'nq', { graphIri: 'https://example.org/g' }));
    expect(new Set(back.map((q) => q.graph.value))).toEqual(new Set(['https://example.org/g']));
  });

  it('writes JSON-LD that a JSON-LD parser reads back with every triple', () => {
    const store = new oxigraph.Store();
    store.load(exportGraph(quads, 'jsonld'), { format: 'application/ld+json' });
    expect(store.size).toBe(triples);
  });

  it('writes expanded JSON-LD whose values count as many triples', () => {
    const nodes = JSON.parse(exportGraph(quads, 'jsonld')) as Record<string, unknown[] | string>[];
    const count = nodes.reduce(
      (n, node) => n + Object.entries(node).reduce((m, [k, v]) => m + (k === '@id' ? 0 : (v as unknown[]).length), 0),
      0,
    );
    expect(count).toBe(triples);
  });

  it('writes GEXF that graphology-gexf parses into the same nodes and edges', () => {
    const back = parseGexf(MultiDirectedGraph, exportGraph(quads, 'gexf'));
    expect([back.order, back.size]).toEqual([view.order, view.size]);
    expect(back.getNodeAttribute(`${ENT}fama`, 'label')).toBe('Malian Armed Forces');
  });

  it('writes GraphML that graphology-graphml parses into the same nodes and edges', () => {
    const back = parseGraphml(MultiDirectedGraph, exportGraph(quads, 'graphml'));
    expect([back.order, back.size]).toEqual([view.order, view.size]);
    expect(back.getNodeAttribute(`${ENT}csp`, 'class')).toBe('ArmedGroup');
  });
});

describe('entityGraph', () => {
  it('makes entities, events and claims nodes, and leaves provenance out', () => {
    expect(view.order).toBe(8 + 2 + 2);
  });

  it('labels a relation edge with its predicate and its first evidence sentence', () => {
    const edge = view.findEdge((_e, a, s, t) => a.label === 'opposes' && s === `${ENT}fama` && t === `${ENT}csp`);
    expect(view.getEdgeAttributes(edge!)).toMatchObject({
      evidence: 'The Malian army and the Tuareg rebellion clashed again on Sunday near Kidal.',
      evidenceCount: 1,
    });
  });

  it('links events to their participants and place', () => {
    const labels = view.mapOutEdges('https://w3id.org/sahel-kg/id/event/kidal-clash', (_e, a) => a.label).sort();
    expect(labels).toEqual(['agent', 'agent', 'place']);
  });
});
