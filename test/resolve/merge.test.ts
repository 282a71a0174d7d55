// mergeExtractions: per-document extractions combine by entity id, independently of input order.
import { describe, expect, it } from 'vitest';
import { mergeExtractions } from '../../src/resolve/merge.ts';
import type { Entity, Extraction, Relation } from '../../src/types.ts';

const entity = (id: string, doc: string, over: Partial<Entity> = {}): Entity => ({
  id, cls: 'ArmedGroup', label: id.toUpperCase(), altLabels: [], known: true, docs: [doc],
  mentions: [{ start: 0, end: id.length, text: id.toUpperCase(), sentence: 0, doc, kind: 'acronym', entity: id }], ...over,
});
const relation = (doc: string): Relation => ({
  subject: 'jnim', predicate: 'opposes', object: 'mnla',
  evidence: [{ doc, sentence: 0, start: 0, end: 10, text: 'JNIM fought the MNLA.', rule: 'relation.hostile.fight', confidence: 0.85 }],
});
const part = (doc: string, entities: Entity[], relations: Relation[] = []): Extraction => ({
  documents: [{ id: doc, text: 'JNIM fought the MNLA.', source: `${doc}.txt` }], entities, relations, events: [], claims: [],
});

const A = part('a', [entity('jnim', 'a', { altLabels: ['GSIM'] }), entity('mnla', 'a')], [relation('a')]);
const B = part('b', [entity('jnim', 'b', { altLabels: ['the jihadists'] })], [relation('b')]);

describe('mergeExtractions', () => {
  it('makes one entity of the same id across documents, with the labels and mentions of both', () => {
    const jnim = mergeExtractions([A, B]).entities.find((e) => e.id === 'jnim')!;
    expect(jnim.altLabels).toEqual(['GSIM', 'the jihadists']);
    expect(jnim.mentions).toHaveLength(2);
    expect(jnim.docs).toEqual(['a', 'b']);
  });

  it('makes one relation of the same triple, with the evidence of both', () => {
    const { relations } = mergeExtractions([A, B]);
    expect(relations).toHaveLength(1);
    expect(relations[0]!.evidence.map((e) => e.doc)).toEqual(['a', 'b']);
  });

  it('gives the same result whatever the order of the parts', () => {
    expect(mergeExtractions([B, A])).toEqual(mergeExtractions([A, B]));
  });

  it('lets a gazetteer entry\'s class and label win over a guess from one article', () => {
    const guess = part('a', [entity('kelbo', 'a', { known: false, cls: 'Person', label: 'Kelbo' })]);
    const known = part('b', [entity('kelbo', 'b', { known: true, cls: 'Settlement', label: 'Kelbo town' })]);
    expect(mergeExtractions([guess, known]).entities[0]).toMatchObject({ cls: 'Settlement', label: 'Kelbo town', known: true });
  });

  it('keeps the replaced guessed label as an altLabel', () => {
    const guess = part('a', [entity('kelbo', 'a', { known: false, cls: 'Person', label: 'Kelbo' })]);
    const known = part('b', [entity('kelbo', 'b', { known: true, cls: 'Settlement', label: 'Kelbo town' })]);
    expect(mergeExtractions([guess, known]).entities[0]!.altLabels).toContain('Kelbo');
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([A, B]);
    mergeExtractions([A, B]);
    expect(JSON.stringify([A, B])).toBe(before);
  });
});
