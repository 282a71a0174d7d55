// Accent-insensitive search over entity names and aliases, ranked exact > prefix > word prefix > substring.

import type { ExplorerEntity } from '../view/types.ts';

/** Folds case, accents and punctuation: "Anéfis" and "anefis", "G5-Sahel" and "g5 sahel" compare equal. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Entry {
  id: string;
  label: string;
  cls: string;
  degree: number;
  names: { text: string; norm: string; alias: boolean }[];
}

export type SearchIndex = Entry[];

export interface SearchHit {
  id: string;
  label: string;
  cls: string;
  /** The alias that matched, when it is not the label. */
  alias?: string;
  score: number;
}

export function buildSearchIndex(entities: readonly ExplorerEntity[]): SearchIndex {
  return entities.map((e) => ({
    id: e.id,
    label: e.label,
    cls: e.cls,
    degree: e.degree,
    names: [
      { text: e.label, norm: normalize(e.label), alias: false },
      ...e.altLabels.map((a) => ({ text: a, norm: normalize(a), alias: true })),
    ].filter((n) => n.norm !== ''),
  }));
}

/** Lower is better: 0 exact, 1 prefix, 2 prefix of a word, 3 anywhere; aliases rank just after labels. */
function scoreName(norm: string, q: string, alias: boolean): number {
  let s: number;
  if (norm === q) s = 0;
  else if (norm.startsWith(q)) s = 1;
  else if (norm.includes(` ${q}`)) s = 2;
  else if (norm.includes(q)) s = 3;
  else return Infinity;
  return s * 2 + (alias ? 1 : 0);
}

/** Best matches for `query`, hubs first among equals. */
export function searchEntities(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: (SearchHit & { degree: number })[] = [];
  for (const e of index) {
    let best = Infinity;
    let alias: string | undefined;
    for (const n of e.names) {
      const s = scoreName(n.norm, q, n.alias);
      if (s < best) {
        best = s;
        alias = n.alias ? n.text : undefined;
      }
    }
    if (best === Infinity) continue;
    const hit: SearchHit & { degree: number } = { id: e.id, label: e.label, cls: e.cls, score: best, degree: e.degree };
    if (alias !== undefined) hit.alias = alias;
    hits.push(hit);
  }
  hits.sort((a, b) => a.score - b.score || b.degree - a.degree || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
  return hits.slice(0, limit).map(({ degree: _d, ...hit }) => hit);
}
