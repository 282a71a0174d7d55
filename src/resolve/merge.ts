// Cross-document merge: entities meet by their canonical id (gazetteer id or name slug), so
// extractions made separately — even on different machines — combine by plain union.
import type { Entity, Extraction, Relation } from '../types.ts';

/** Merges per-document extractions into one; the result does not depend on the order of the inputs. */
export function mergeExtractions(parts: Extraction[]): Extraction {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const sorted = [...parts].sort((a, b) => (a.documents[0]?.id ?? '').localeCompare(b.documents[0]?.id ?? ''));
  for (const part of sorted) {
    for (const e of part.entities) {
      const have = entities.get(e.id);
      if (!have) { entities.set(e.id, { ...e, altLabels: [...e.altLabels], mentions: [...e.mentions], docs: [...e.docs] }); continue; }
      // A gazetteer entry's class and label win over a guess from one article.
      if (!have.known && e.known) {
        // The guessed name stays as an alternative: it is a name the article used.
        have.altLabels.push(have.label);
        have.cls = e.cls; have.label = e.label; have.known = true;
      }
      have.altLabels = [...new Set([...have.altLabels, ...e.altLabels, ...(e.label !== have.label ? [e.label] : [])])].sort();
      have.mentions.push(...e.mentions);
      have.docs = [...new Set([...have.docs, ...e.docs])].sort();
    }
    for (const r of part.relations) {
      const key = `${r.subject} ${r.predicate} ${r.object}`;
      const have = relations.get(key);
      if (have) have.evidence.push(...r.evidence);
      else relations.set(key, { ...r, evidence: [...r.evidence] });
    }
  }
  return {
    documents: sorted.flatMap((p) => p.documents),
    entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)),
    relations: [...relations.values()].sort((a, b) => `${a.subject} ${a.predicate} ${a.object}`.localeCompare(`${b.subject} ${b.predicate} ${b.object}`)),
    events: sorted.flatMap((p) => p.events),
    claims: sorted.flatMap((p) => p.claims),
  };
}
