// toTurtle and sortQuads: deterministic Turtle that n3 reads back, whatever the literals hold.
import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { tabulatedQuads, toQuads } from '../../src/rdf/quads.ts';
import { sortQuads, toTurtle } from '../../src/rdf/turtle.ts';
import { kg, xsd } from '../../src/iris.ts';
import type { Extraction } from '../../src/types.ts';

const { namedNode, literal, quad } = DataFactory;
const RUN = { toolVersion: '0.0.0-test', gazetteerVersion: 'test' };

/** A document whose text holds every character that Turtle must escape, and markup. */
const NASTY = 'He said "Ber is ours" <b>\\n</b>\n\tthen\\ left; <script>alert("x")</script> \'quoted\' """triple""" é 😀\r\nend';
const nastyExtraction = (): Extraction => ({
  documents: [{ id: 'nasty', text: NASTY, source: 'nasty "file".txt', title: 'A <title> with "quotes" \\ and\nnewline' }],
  entities: [{ id: 'csp', cls: 'ArmedGroup', label: 'CSP "Framework" <x>', altLabels: ['a\\b', 'line\nbreak'], known: false, docs: ['nasty'],
    mentions: [{ start: 0, end: 2, text: 'He', sentence: 0, doc: 'nasty', kind: 'pronoun', entity: 'csp' }] }],
  relations: [], events: [],
  claims: [{ id: 'c', claimant: 'csp', cue: 'said', text: NASTY,
    evidence: { doc: 'nasty', sentence: 0, start: 0, end: NASTY.length, text: NASTY, rule: 'claim.reporting-verb.say', confidence: 0.85 } }],
});
const parse = (ttl: string): Quad[] => new Parser().parse(ttl) as Quad[];
const canon = (qs: readonly Quad[]) => qs.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`).sort();

describe('toTurtle', () => {
  it('writes Turtle that n3 parses back into the same quads', () => {
    const quads = toQuads(nastyExtraction(), RUN);
    expect(canon(parse(toTurtle(quads)))).toEqual(canon(quads));
  });

  it('round-trips quotes, angle brackets, backslashes, newlines and <script> in literals', () => {
    const back = parse(toTurtle(toQuads(nastyExtraction(), RUN)));
    const texts = back.filter((q) => q.predicate.value === kg('evidenceText')).map((q) => q.object.value);
    expect(texts).toEqual([NASTY]);
    expect(back.find((q) => q.predicate.value === kg('claimText'))!.object.value).toBe(NASTY);
  });

  it('writes the project prefixes', () => {
    const ttl = toTurtle(toQuads(nastyExtraction(), RUN));
    expect(ttl).toMatch(/^@prefix kg: <https:\/\/w3id\.org\/sahel-kg\/ontology#>\./m);
  });

  it('gives the same bytes whatever the order of the quads', () => {
    const quads = toQuads(nastyExtraction(), RUN);
    const shuffled = [...quads].reverse();
    shuffled.push(shuffled.shift()!);
    expect(toTurtle(shuffled)).toBe(toTurtle(quads));
  });

  it('writes the quads toQuads numbered as it writes the same quads alone', () => {
    const { quads, table } = tabulatedQuads(nastyExtraction(), RUN);
    expect(toTurtle(quads, table)).toBe(toTurtle(quads));
  });

  it('keeps decimals canonical through a parse', () => {
    const back = parse(toTurtle(toQuads(nastyExtraction(), RUN)));
    const conf = back.find((q) => q.predicate.value === kg('confidence'))!.object;
    expect(conf).toMatchObject({ value: '0.85', datatype: { value: xsd('decimal') } });
  });

  it('still writes graphs with blank nodes (through n3)', () => {
    const ttl = toTurtle([quad(namedNode('https://example.org/s'), namedNode(kg('p')), DataFactory.blankNode('b1'))]);
    expect(parse(ttl)).toHaveLength(1);
    expect(parse(ttl)[0]!.object.termType).toBe('BlankNode');
  });
});

describe('sortQuads', () => {
  it('puts rdf:type and labels first within a subject, then predicates and objects in order', () => {
    const s = namedNode('https://example.org/s');
    const q = (p: string, o: string) => quad(s, namedNode(p), literal(o));
    const sorted = sortQuads([
      q(kg('z'), 'b'), q(kg('z'), 'a'), q('http://www.w3.org/2000/01/rdf-schema#label', 'L'),
      quad(s, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(kg('Event'))),
    ]);
    expect(sorted.map((x) => x.object.value)).toEqual([kg('Event'), 'L', 'a', 'b']);
  });

  it('groups a subject whose quads come apart and as different terms of the same IRI', () => {
    const s = (iri: string) => namedNode(`https://example.org/${iri}`);
    const p = namedNode(kg('p'));
    const sorted = sortQuads([quad(s('b'), p, literal('2')), quad(s('a'), p, literal('x')), quad(s('b'), p, literal('1'))]);
    expect(sorted.map((x) => `${x.subject.value} ${x.object.value}`)).toEqual(['https://example.org/a x', 'https://example.org/b 1', 'https://example.org/b 2']);
  });

  it('orders a subject with many quads as it orders one with few, keeping equal quads in input order', () => {
    const s = namedNode('https://example.org/s');
    const input = Array.from({ length: 40 }, (_, i) => quad(s, namedNode(kg(i % 2 ? 'a' : 'b')), literal(String(i % 5))));
    const sorted = sortQuads(input);
    const key = (q: Quad) => `${q.predicate.value} ${q.object.value}`;
    const expected = [...input].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
    expect(sorted).toEqual(expected);
    expect(sorted.every((q, i) => q === expected[i])).toBe(true);
  });

  it('orders subjects by code unit, whatever prefix they share and whatever characters they hold', () => {
    const locals = ['a', 'ab', 'abcde', 'abcdef', 'abcdefghij', 'abcdefghijk', 'abcdeg', 'b', 'a b', 'a\tb', 'aé', 'a😀', 'a~', 'a!', 'Z', '0'];
    const family = (stem: string) => [stem, ...Array.from({ length: 12 }, (_, i) => `${stem}${(i * 37) % 12}x`)];
    const subjects = [...family('abcdef'), ...family('abcdefghijkl'), ...locals, ...locals.map((l) => `${l}/${l}`), ...Array.from({ length: 300 }, (_, i) => (i * 7919).toString(16))];
    const input = subjects.map((l) => quad(namedNode(`https://example.org/${l}`), namedNode(kg('p')), literal('x')));
    const expected = subjects.map((l) => `https://example.org/${l}`).sort();
    expect(sortQuads(input).map((q) => q.subject.value)).toEqual(expected);
  });

  it('does not change its input', () => {
    const input = [quad(namedNode('https://example.org/b'), namedNode(kg('p')), literal('x')), quad(namedNode('https://example.org/a'), namedNode(kg('p')), literal('x'))];
    sortQuads(input);
    expect(input[0]!.subject.value).toBe('https://example.org/b');
  });
});
