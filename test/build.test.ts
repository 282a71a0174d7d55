// buildGraph: documents and the gazetteer in, the merged extraction, its quads and deterministic Turtle out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/build.ts';
import { loadGazetteer } from '../src/resolve/gazetteer.ts';
import type { Document } from '../src/types.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const GAZETTEER = loadGazetteer();
const SEED: Document = { id: 'kidal-2023-11-12', source: 'seeds/kidal-2023-11-12.txt', date: '2023-11-12', text: readFileSync(path.join(ROOT, 'seeds/kidal-2023-11-12.txt'), 'utf8') };
const CORPUS: Document[] = readFileSync(path.join(ROOT, 'test/fixtures/articles/two-articles.jsonl'), 'utf8').trim().split('\n')
  .map((line) => JSON.parse(line) as Document & { title: string }).map((r) => ({ ...r, source: 'two-articles.jsonl' }));

describe('buildGraph', () => {
  it('gives byte-identical Turtle for two builds of the same input', () => {
    expect(buildGraph([SEED], GAZETTEER).turtle).toBe(buildGraph([SEED], GAZETTEER).turtle);
  });

  it('gives the same Turtle whatever the order of the documents', () => {
    expect(buildGraph([...CORPUS].reverse(), GAZETTEER).turtle).toBe(buildGraph(CORPUS, GAZETTEER).turtle);
  });

  it('writes Turtle that parses into exactly its quads', () => {
    const built = buildGraph(CORPUS, GAZETTEER);
    expect(new Parser().parse(built.turtle)).toHaveLength(built.quads.length);
  });

  it('merges the entities of several documents by id', () => {
    const { extraction } = buildGraph(CORPUS, GAZETTEER);
    expect(extraction.documents.map((d) => d.id)).toEqual(['djibo-2022', 'konna-2013']);
    const ids = extraction.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['jnim', 'djibo', 'ansar-dine', 'aqim', 'konna']));
  });

  it('quotes every piece of evidence verbatim from its document', () => {
    const { extraction } = buildGraph([SEED, ...CORPUS], GAZETTEER);
    const text = new Map(extraction.documents.map((d) => [d.id, d.text]));
    const all = [...extraction.relations.flatMap((r) => r.evidence), ...extraction.events.flatMap((e) => e.evidence), ...extraction.claims.map((c) => c.evidence)];
    expect(all.length).toBeGreaterThan(10);
    for (const e of all) expect(text.get(e.doc)!.slice(e.start, e.end)).toBe(e.text);
  });

  it('only relates entities that exist in the graph', () => {
    const { extraction } = buildGraph([SEED], GAZETTEER);
    const ids = new Set(extraction.entities.map((e) => e.id));
    for (const r of extraction.relations) expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
    for (const e of extraction.events) for (const p of e.participants) expect(ids.has(p.entity)).toBe(true);
  });

  it('reports progress after each document', () => {
    const seen: number[] = [];
    buildGraph(CORPUS, GAZETTEER, { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2]);
  });

  it('builds an empty document list into a graph with only the run', () => {
    const { extraction, turtle } = buildGraph([], GAZETTEER);
    expect(extraction.entities).toEqual([]);
    expect(new Parser().parse(turtle).length).toBeGreaterThan(0);
  });
});
