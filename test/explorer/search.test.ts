import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalize, searchEntities } from '../../src/explorer/search.ts';
import type { ExplorerEntity } from '../../src/view/types.ts';

const entity = (id: string, label: string, altLabels: string[] = [], degree = 1): ExplorerEntity => ({ id, iri: id, label, altLabels, cls: 'ArmedGroup', degree, docs: [] });
const index = buildSearchIndex([
  entity('csp', 'Permanent Strategic Framework', ['CSP', 'Tuareg rebellion'], 5),
  entity('anefis', 'Anéfis', [], 0),
  entity('wagner', 'Wagner Group', ['Wagner'], 3),
  entity('kidal', 'Kidal', [], 4),
  entity('kidal-region', 'Kidal Region', ['Kidal region'], 2),
]);

describe('normalize', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalize('  Anéfis ')).toBe('anefis');
    expect(normalize('G5-Sahel')).toBe('g5 sahel');
  });
});

describe('searchEntities', () => {
  it('matches without accents', () => {
    expect(searchEntities(index, 'anefis')[0]!.id).toBe('anefis');
    expect(searchEntities(index, 'ANÉF')[0]!.id).toBe('anefis');
  });

  it('matches aliases and says which one', () => {
    expect(searchEntities(index, 'csp')[0]).toMatchObject({ id: 'csp', alias: 'CSP' });
    expect(searchEntities(index, 'tuareg')[0]).toMatchObject({ id: 'csp', alias: 'Tuareg rebellion' });
  });

  it('ranks an exact name before a longer one', () => {
    expect(searchEntities(index, 'kidal').map((h) => h.id)).toEqual(['kidal', 'kidal-region']);
  });

  it('matches the start of inner words and substrings', () => {
    expect(searchEntities(index, 'group')[0]!.id).toBe('wagner');
    expect(searchEntities(index, 'ategic')[0]!.id).toBe('csp');
  });

  it('returns nothing for blank queries and respects the limit', () => {
    expect(searchEntities(index, '  ')).toEqual([]);
    expect(searchEntities(index, 'a', 2)).toHaveLength(2);
  });
});
