import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryError } from '../../src/errors.ts';
import { openGraph, type KnowledgeGraph } from '../../src/query/index.ts';
import { ENT, MINI, MINI_ONTOLOGY, MINI_SOURCE } from './support/fixtures.ts';

const KG = 'https://w3id.org/sahel-kg/ontology#';
let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await openGraph(MINI_SOURCE);
});
afterAll(() => graph.close());

const triplesIn = (file: string): number => new Parser().parse(readFileSync(file, 'utf8')).length;

describe('openGraph', () => {
  it('counts as many triples as the files hold', async () => {
    const [row] = await graph.select<{ n: number }>('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    expect(row!.n).toBe(triplesIn(MINI) + triplesIn(MINI_ONTOLOGY));
    expect(graph.size).toBe(row!.n);
  });

  it('opens a remote-free list of files given as an array', async () => {
    const g = await openGraph([MINI]);
    expect(await g.ask(`ASK { <${ENT}fama> ?p ?o }`)).toBe(true);
    await g.close();
  });
});

describe('KnowledgeGraph.select', () => {
  it('returns plain values: strings, numbers, and undefined for unbound variables', async () => {
    const rows = await graph.select(`PREFIX kg: <${KG}>
      SELECT ?text ?confidence ?claim WHERE {
        ?st kg:evidenceText ?text ; kg:confidence ?confidence ; kg:rule "relation.clash" .
        OPTIONAL { ?st kg:accordingTo ?claim } }`);
    expect(rows).toEqual([
      { text: 'The Malian army and the Tuareg rebellion clashed again on Sunday near Kidal.', confidence: 0.9, claim: undefined },
    ]);
  });

  it('finds every actor through an rdfs:subClassOf* path', async () => {
    const rows = await graph.select<{ e: string }>(`PREFIX kg: <${KG}>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?e WHERE { ?e a/rdfs:subClassOf* kg:Actor } ORDER BY ?e`);
    expect(rows.map((r) => r.e.slice(ENT.length))).toEqual(['csp', 'fama', 'mali-government', 'wagner-group']);
  });

  it('computes aggregates with GROUP BY', async () => {
    const rows = await graph.select<{ p: string; n: number }>(`PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      SELECT ?p (COUNT(?st) AS ?n) WHERE { ?st rdf:predicate ?p } GROUP BY ?p ORDER BY DESC(?n) ?p`);
    expect(rows[0]).toEqual({ p: `${KG}alliedWith`, n: 2 });
  });

  it('runs a query that uses the project prefixes without declaring them', async () => {
    const rows = await graph.select<{ e: string }>('SELECT ?e WHERE { ?e a/rdfs:subClassOf* kg:Actor } ORDER BY ?e');
    expect(rows.map((r) => r.e)).toEqual(['csp', 'fama', 'mali-government', 'wagner-group'].map((id) => `${ENT}${id}`));
  });

  it('keeps a prefix the query declares itself over the project one', async () => {
    expect(await graph.ask('PREFIX kg: <http://example.org/other#> ASK { ?e a kg:ArmedGroup }')).toBe(false);
  });

  it('names an unknown prefix and where it is, and counts positions in the user\'s lines', async () => {
    await expect(graph.select('SELECT ?e WHERE {\n  ?e a ex:Group }')).rejects.toThrow(/unknown prefix "ex:" at 2:8: declare it/);
    // (a syntax error in a query given project prefixes: the line is the user's second, not the third)
    await expect(graph.select('SELECT ?e WHERE {\n  ?e a kg:ArmedGroup ')).rejects.toThrow(/at 2:\d+/);
  });

  it('gives RDF/JS terms from selectTerms', async () => {
    const { rows } = await graph.selectTerms(`SELECT ?d WHERE { ?e <${KG}date> ?d } ORDER BY ?d LIMIT 1`);
    expect(rows[0]!.d!.termType).toBe('Literal');
  });
});

describe('KnowledgeGraph.construct', () => {
  it('returns RDF/JS quads', async () => {
    const quads = await graph.construct(`CONSTRUCT { ?a <${KG}opposes> ?b } WHERE { ?a <${KG}opposes> ?b }`);
    expect(quads.map((q) => `${q.subject.value} ${q.object.value}`).sort()).toEqual([
      `${ENT}csp ${ENT}wagner-group`,
      `${ENT}fama ${ENT}csp`,
    ]);
  });

  it('answers DESCRIBE with the triples about the resource', async () => {
    const quads = await graph.construct(`DESCRIBE <${ENT}wagner-group>`);
    expect(quads.some((q) => q.object.value === 'Wagner Group')).toBe(true);
  });
});

describe('KnowledgeGraph.query', () => {
  it('rejects a syntax error with a QueryError giving the position on one line', async () => {
    const error = await graph.query('SELECT * WHERE { ?s ?p ').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect((error as Error).message).toMatch(/1:\d+/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses updates', async () => {
    await expect(graph.query(`INSERT DATA { <${ENT}a> <${KG}opposes> <${ENT}b> }`)).rejects.toThrow(/read-only/);
  });

  it('stops a query that outlives its timeout, and answers the next one', async () => {
    const slow = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
    const started = Date.now();
    await expect(graph.query(slow, { timeoutMs: 200 })).rejects.toThrow(/timed out after 200 ms/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await graph.ask('ASK { ?s ?p ?o }')).toBe(true);
  });
});
