import { describe, expect, it } from 'vitest';
import { DataFactory, Parser } from 'n3';
import { readFileSync } from 'node:fs';
import { graphDataFromQuads, graphDataFromTable } from '../../src/view/data.ts';
import { buildTabulatedGraph } from '../../src/build.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';
import { tabulateQuads } from '../../src/rdf/quad-table.ts';
import { NS } from '../../src/iris.ts';
import { miniQuads } from './helpers.ts';

const { namedNode, literal, quad, blankNode } = DataFactory;

describe('graphDataFromQuads', () => {
  const data = graphDataFromQuads(miniQuads());
  const entity = (id: string) => data.entities.find((e) => e.id === id)!;

  it('reads entities with their most specific class, label and aliases', () => {
    expect(entity('fama')).toMatchObject({ cls: 'StateForce', label: 'Malian Armed Forces', altLabels: ['FAMa', 'Malian army', 'army'] });
    expect(entity('kidal-region').cls).toBe('Region');
    expect(entity('wagner').cls).toBe('PrivateMilitaryCompany');
    expect(data.entities.map((e) => e.id)).toEqual([...data.entities.map((e) => e.id)].sort());
  });

  it('keeps markup in labels as plain text, untouched', () => {
    expect(entity('xss-brigade').label).toBe('<script>alert(1)</script>');
    expect(entity('xss-brigade').altLabels).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('counts distinct related entities as the degree', () => {
    expect(entity('fama').degree).toBe(3); // csp, kidal (near and captured count once), xss-brigade
    expect(entity('anefis').degree).toBe(0);
  });

  it('stores a symmetric relation once, with the evidence of both directions', () => {
    const opposes = data.relations.filter((r) => r.predicate === 'opposes' && [r.source, r.target].sort().join() === 'csp,fama');
    expect(opposes).toHaveLength(1);
    expect(opposes[0]!.symmetric).toBe(true);
    expect(opposes[0]!.evidence.map((e) => e.rule)).toEqual(['relation.clash', 'relation.claim.trap']);
  });

  it('keeps the direction of directed relations', () => {
    const r = data.relations.find((x) => x.predicate === 'supports')!;
    expect([r.source, r.target, r.symmetric]).toEqual(['mali-junta', 'wagner', false]);
  });

  it('gives each evidence its sentence, document, offsets, rule and confidence', () => {
    const r = data.relations.find((x) => x.predicate === 'supports')!;
    const [ev] = r.evidence;
    expect(ev).toMatchObject({ doc: 'kidal-2023-11-12', rule: 'relation.support', confidence: 0.8 });
    expect(ev!.text).toContain('called to the rescue in 2021 by the ruling junta');
    expect(ev!.end - ev!.start).toBe(ev!.text.length);
  });

  it('marks the mentions inside an evidence sentence, relative to the sentence start', () => {
    const r = data.relations.find((x) => x.predicate === 'supports')!;
    const ev = r.evidence[0]!;
    const marked = ev.marks.map(([a, b, id]) => `${id}:${ev.text.slice(a, b)}`);
    expect(marked).toContain('wagner:Wagner');
    expect(marked).toContain('mali-junta:ruling junta');
    expect(marked).toContain('csp:CSP');
    // Sorted and never overlapping.
    for (let i = 1; i < ev.marks.length; i++) expect(ev.marks[i]![0]).toBeGreaterThanOrEqual(ev.marks[i - 1]![1]);
  });

  it('links facts known from a claim to the claim and its claimant', () => {
    const r = data.relations.find((x) => x.predicate === 'opposes' && x.evidence.some((e) => e.claim))!;
    const claimed = r.evidence.find((e) => e.claim)!;
    expect(claimed).toMatchObject({ claim: 'claim:c1', claimant: 'csp' });
  });

  it('reads claims with claimant, cue, text and the entities they are about', () => {
    expect(data.claims).toHaveLength(1);
    expect(data.claims[0]).toMatchObject({ id: 'claim:c1', claimant: 'csp', cue: 'highlighted' });
    expect(data.claims[0]!.text).toMatch(/^it had trapped Malian soldiers/);
    expect(data.claims[0]!.about).toEqual(expect.arrayContaining(['fama', 'wagner']));
    expect(data.claims[0]!.about).not.toContain('csp');
  });

  it('reads events with class, date, place, participants and evidence', () => {
    expect(data.events).toHaveLength(1);
    expect(data.events[0]).toMatchObject({
      id: 'ev:e1',
      cls: 'ArmedClash',
      date: '2023-11-12',
      place: 'kidal-region',
      trigger: 'clashed',
      participants: [
        { entity: 'csp', role: 'agent' },
        { entity: 'fama', role: 'agent' },
      ],
    });
    expect(data.events[0]!.evidence[0]!.text).toMatch(/^The Malian army and the Tuareg rebellion clashed/);
  });

  it('reads the documents', () => {
    expect(data.documents.map((d) => d.id)).toEqual(['kidal-2023-11-12', 'markup']);
    expect(data.documents[0]).toMatchObject({ title: 'Mali: army and Tuareg rebels clash near Kidal', source: 'seeds/kidal-2023-11-12.txt', date: '2023-11-12' });
  });

  it('does not depend on the order of the quads', () => {
    const shuffled = miniQuads().reverse();
    expect(JSON.stringify(graphDataFromQuads(shuffled))).toBe(JSON.stringify(data));
  });

  it('reads RDF 1.2 reifiers (rdf:reifies with a triple term) as evidence', () => {
    const kg = (l: string) => namedNode(NS.kg + l);
    const a = namedNode(`${NS.ent}a`);
    const b = namedNode(`${NS.ent}b`);
    const doc = namedNode(`${NS.doc}d`);
    const r = blankNode('r');
    const quads = [
      quad(a, namedNode(`${NS.rdf}type`), kg('ArmedGroup')),
      quad(b, namedNode(`${NS.rdf}type`), kg('StateForce')),
      quad(a, kg('attacked'), b),
      quad(r, namedNode(`${NS.rdf}reifies`), quad(a, kg('attacked'), b) as never),
      quad(r, kg('evidenceText'), literal('A attacked B.')),
      quad(r, kg('start'), literal('0', namedNode(`${NS.xsd}integer`))),
      quad(r, kg('end'), literal('13', namedNode(`${NS.xsd}integer`))),
      quad(r, namedNode(`${NS.prov}wasDerivedFrom`), doc),
    ];
    const d = graphDataFromQuads(quads);
    expect(d.relations).toHaveLength(1);
    expect(d.relations[0]!.evidence[0]).toMatchObject({ text: 'A attacked B.', doc: 'd', start: 0, end: 13 });
  });

  it('gives an empty graph for no quads', () => {
    expect(graphDataFromQuads([])).toEqual({ version: 1, entities: [], relations: [], events: [], claims: [], documents: [] });
  });

  it('ignores rdf:Statement as an event class (it shares a local name with kg:Statement)', () => {
    const ttl = `@prefix kg: <${NS.kg}> . @prefix rdf: <${NS.rdf}> .
      <${NS.stmt}x> a rdf:Statement . <${NS.ev}y> a kg:Statement ; kg:trigger "said" .`;
    const d = graphDataFromQuads(new Parser().parse(ttl));
    expect(d.events.map((e) => e.id)).toEqual(['ev:y']);
  });
});

describe('graphDataFromTable', () => {
  it('reads the numbered quads of a build (what `kg build` writes) as graphDataFromQuads reads the quads', () => {
    const text = readFileSync(new URL('../../seeds/kidal-2023-11-12.txt', import.meta.url), 'utf8');
    const built = buildTabulatedGraph([{ id: 'kidal', source: 'kidal.txt', text, date: '2023-11-12' }], loadGazetteer());
    const data = graphDataFromTable(built.table);
    expect(data.relations.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).toBe(JSON.stringify(graphDataFromQuads(built.quads)));
  });

  it('reads any quads numbered by tabulateQuads as graphDataFromQuads reads them', () => {
    expect(JSON.stringify(graphDataFromTable(tabulateQuads(miniQuads())))).toBe(JSON.stringify(graphDataFromQuads(miniQuads())));
  });
});
