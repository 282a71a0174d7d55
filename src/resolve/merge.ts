// Cross-document merge: entities meet by their canonical id (gazetteer id or name slug), so
// extractions made separately — even on different machines — combine by plain union.
import type { Entity, Extraction, Relation } from '../types.ts';

/** Merges per-document extractions into one; the result does not depend on the order of the inputs. */
export function mergeExtractions(parts: Extraction[]): Extraction {
  const entities = new Map<string, Entity>();
  // Names and documents gather in sets while merging and are sorted once at the end: an entity named
  // in every article of a corpus would otherwise re-sort its growing lists once per article.
  const names = new Map<string, Set<string>>();
  const docs = new Map<string, Set<string>>();
  const merged = new Set<string>();
  const relations = new Map<string, Relation>();
  const sorted = [...parts].sort((a, b) => (a.documents[0]?.id ?? '').localeCompare(b.documents[0]?.id ?? ''));
  for (const part of sorted) {
    for (const e of part.entities) {
      const have = entities.get(e.id);
      if (!have) {
        entities.set(e.id, { ...e, mentions: [...e.mentions] });
        names.set(e.id, new Set(e.altLabels));
        docs.set(e.id, new Set(e.docs));
        continue;
      }
      const alt = names.get(e.id)!;
      merged.add(e.id);
      // A gazetteer entry's class and label win over a guess from one article.
      if (!have.known && e.known) {
        // The guessed name stays as an alternative: it is a name the article used.
        alt.add(have.label);
        have.cls = e.cls; have.label = e.label; have.known = true;
      }
      for (const a of e.altLabels) alt.add(a);
      if (e.label !== have.label) alt.add(e.label);
      have.mentions.push(...e.mentions);
      for (const d of e.docs) docs.get(e.id)!.add(d);
    }
    for (const r of part.relations) {
      const key = `${r.subject} ${r.predicate} ${r.object}`;
      const have = relations.get(key);
      if (have) have.evidence.push(...r.evidence);
      else relations.set(key, { ...r, evidence: [...r.evidence] });
    }
  }
  for (const [id, e] of entities) {
    const alt = names.get(id)!;
    // An entity of one piece keeps that piece's order of names; names from several pieces are sorted.
    e.altLabels = merged.has(id) ? [...alt].sort() : [...alt];
    e.docs = [...docs.get(id)!].sort();
  }
  return {
    documents: sorted.flatMap((p) => p.documents),
    entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)),
    relations: [...relations.values()].sort((a, b) => `${a.subject} ${a.predicate} ${a.object}`.localeCompare(`${b.subject} ${b.predicate} ${b.object}`)),
    events: sorted.flatMap((p) => p.events),
    claims: sorted.flatMap((p) => p.claims),
  };
}
