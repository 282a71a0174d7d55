// toQuads: an extraction as RDF/JS quads in the shape of docs/graph-model.md.
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { dateLiteral, toQuads } from '../../src/rdf/quads.ts';
import { NS, kg, rdf, rdfs, skos, xsd } from '../../src/iris.ts';
import type { Extraction } from '../../src/types.ts';

const TEXT = 'The MNLA said it had seized Menaka on 24 May 2012.';
const EVIDENCE = { doc: 'fx', sentence: 0, start: 0, end: TEXT.length, text: TEXT, confidence: 0.8 };
const FIXTURE: Extraction = {
  documents: [{ id: 'fx', text: TEXT, source: 'fx.txt', title: 'Menaka', date: '2012-05-25' }],
  entities: [
    { id: 'mnla', cls: 'ArmedGroup', label: 'National Movement for the Liberation of Azawad', altLabels: ['MNLA'], known: true, docs: ['fx'],
      mentions: [{ start: 4, end: 8, text: 'MNLA', sentence: 0, doc: 'fx', kind: 'acronym', entity: 'mnla' }] },
    { id: 'menaka', cls: 'Settlement', label: 'Ménaka', altLabels: ['Menaka'], known: true, docs: ['fx'],
      mentions: [{ start: 28, end: 34, text: 'Menaka', sentence: 0, doc: 'fx', kind: 'name', entity: 'menaka' }] },
  ],
  relations: [{ subject: 'mnla', predicate: 'controls', object: 'menaka', evidence: [{ ...EVIDENCE, rule: 'relation.capture-place.seize', claim: 'c1' }] }],
  events: [{ id: 'e1', cls: 'Capture', trigger: 'seized', participants: [{ entity: 'mnla', role: 'agent' }], place: 'menaka', date: '2012-05-24',
    evidence: [{ ...EVIDENCE, rule: 'event.seize', claim: 'c1' }] }],
  claims: [{ id: 'c1', claimant: 'mnla', text: 'it had seized Menaka on 24 May 2012.', cue: 'said', evidence: { ...EVIDENCE, rule: 'claim.reporting-verb.say', confidence: 0.85 } }],
};
const RUN = { toolVersion: '0.0.0-test', gazetteerVersion: 'test' };
const store = () => new Store(toQuads(FIXTURE, RUN));
const objects = (s: Store, subject: string, predicate: string) => s.getObjects(subject, predicate, null).map((o) => o.value);

describe('toQuads', () => {
  it('types entities and gives them their label and altLabels', () => {
    const s = store();
    expect(objects(s, NS.ent + 'mnla', rdf('type'))).toEqual([kg('ArmedGroup')]);
    expect(objects(s, NS.ent + 'mnla', rdfs('label'))).toEqual(['National Movement for the Liberation of Azawad']);
    expect(objects(s, NS.ent + 'mnla', skos('altLabel'))).toEqual(['MNLA']);
  });

  it('writes one mention node per mention, with its offsets in the document', () => {
    const s = store();
    const m = `${NS.mention}fx.4-8`;
    expect(objects(s, NS.ent + 'mnla', kg('mention'))).toEqual([m]);
    expect(objects(s, m, kg('anchorText'))).toEqual(['MNLA']);
    expect(objects(s, m, kg('start'))).toEqual(['4']);
  });

  it('writes a relation as a triple and an rdf:Statement carrying its evidence and claim', () => {
    const s = store();
    expect(s.has(s.getQuads(NS.ent + 'mnla', kg('controls'), NS.ent + 'menaka', null)[0]!)).toBe(true);
    const [st] = s.getSubjects(rdf('subject'), NS.ent + 'mnla', null).filter((x) => s.countQuads(x, rdf('predicate'), kg('controls'), null));
    expect(st).toBeDefined();
    expect(objects(s, st!.value, kg('evidenceText'))).toEqual([TEXT]);
    expect(objects(s, st!.value, kg('rule'))).toEqual(['relation.capture-place.seize']);
    expect(objects(s, st!.value, kg('accordingTo'))).toEqual([`${NS.claim}c1`]);
  });

  it('writes an event with its class, participants, place and typed date', () => {
    const s = store();
    const e = `${NS.ev}e1`;
    expect(objects(s, e, rdf('type'))).toEqual([kg('Capture')]);
    expect(objects(s, e, kg('agent'))).toEqual([`${NS.ent}mnla`]);
    expect(objects(s, e, kg('place'))).toEqual([`${NS.ent}menaka`]);
    const [date] = s.getObjects(e, kg('date'), null);
    expect(date).toMatchObject({ value: '2012-05-24', datatype: { value: xsd('date') } });
  });

  it('writes a claim with its claimant, cue and text', () => {
    const s = store();
    const c = `${NS.claim}c1`;
    expect(objects(s, c, kg('claimant'))).toEqual([`${NS.ent}mnla`]);
    expect(objects(s, c, kg('cue'))).toEqual(['said']);
    expect(objects(s, c, kg('claimText'))).toEqual(['it had seized Menaka on 24 May 2012.']);
  });

  it('writes confidences as canonical xsd:decimal', () => {
    for (const q of toQuads(FIXTURE, RUN).filter((x) => x.predicate.value === kg('confidence'))) {
      expect(q.object).toMatchObject({ datatype: { value: xsd('decimal') } });
      expect(q.object.value).toMatch(/^(0|1)(\.\d*[1-9])?$/);
    }
  });

  it('writes no duplicate quad', () => {
    const quads = toQuads(FIXTURE, RUN);
    expect(new Store(quads).size).toBe(quads.length);
  });

  it('mints the same IRIs for the same extraction', () => {
    const iris = () => toQuads(FIXTURE, RUN).map((q) => q.subject.value).sort();
    expect(iris()).toEqual(iris());
  });
});

describe('dateLiteral', () => {
  it('types a lexical form by its grain', () => {
    expect(dateLiteral('2023-11-12').datatype.value).toBe(xsd('date'));
    expect(dateLiteral('2023-11').datatype.value).toBe(xsd('gYearMonth'));
    expect(dateLiteral('2023').datatype.value).toBe(xsd('gYear'));
    expect(dateLiteral('--01-18').datatype.value).toBe(xsd('gMonthDay'));
  });
});
