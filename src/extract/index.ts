// Extraction of one document, end to end: segment, find mentions, resolve entities, then read
// claims, relations and events sentence by sentence. Pure: text and gazetteer in, facts out.
import type { Claim, Document, Entity, Extraction, EventFact, Relation } from '../types.ts';
import { segment } from '../nlp/segment.ts';
import { findDates, lastExplicitYear, type DateContext } from '../nlp/dates.ts';
import { resolveEntities, stateBodyId } from '../resolve/entities.ts';
import type { GazetteerIndex } from '../resolve/index-gazetteer.ts';
import { extractClaims } from './claims.ts';
import { extractEvents, mergeEvents } from './events.ts';
import { findMentions } from './mentions.ts';
import { extractRelations } from './relations.ts';
import { findTriggers } from './triggers.ts';

/** What a year must follow to set the year of the dates after it: "in 2012", "In 2012". */
const SETTING = /\bin\s+$/i;

/** Extracts the entities, relations, events and claims of one document. */
export function extractDocument(doc: Document, gaz: GazetteerIndex): Extraction {
  const seg = segment(doc);
  const candidates = seg.sentences.map((s) => findMentions(s, gaz));
  const { entities, bySentence, focusCountry } = resolveEntities(seg, candidates, gaz);
  // (the gazetteer's government of that state, else the one made for the article: "Nigeria's government")
  const ownGovernment = focusCountry ? gaz.governmentOf.get(focusCountry) ?? stateBodyId(focusCountry, 'Government') : undefined;
  const focusGovernment = ownGovernment && entities.some((e) => e.id === ownGovernment) ? ownGovernment : undefined;
  const stateOf = personStates(entities, gaz);
  const relations: Relation[] = [];
  let events: EventFact[] = [];
  const claims: Claim[] = [];
  // (one object shape per sentence, no spreads: this loop runs for every sentence of a corpus)
  const ctx: DateContext = { docDate: doc.date, narrativeYear: doc.date ? Number(doc.date.slice(0, 4)) : undefined };
  for (const s of seg.sentences) {
    const mentions = bySentence[s.index]!;
    const dates = findDates(s.text, ctx);
    for (const d of dates) { d.start += s.start; d.end += s.start; }
    // (a bare year sets the story's year only as its setting, "In 2012, …", not as background: "since late 2021")
    ctx.narrativeYear = lastExplicitYear(dates.filter((d) => d.grain !== 'gMonthDay' && (d.grain !== 'gYear' || SETTING.test(doc.text.slice(Math.max(0, d.start - 4), d.start))))) ?? ctx.narrativeYear;
    const claimSpans = extractClaims(doc.id, s, mentions);
    for (const c of claimSpans) claims.push(c.claim);
    const triggers = findTriggers(s, mentions, claimSpans);
    const previous = s.index > 0 ? { s: seg.sentences[s.index - 1]!, mentions: bySentence[s.index - 1]! } : undefined;
    for (const r of extractRelations({ docId: doc.id, s, mentions, triggers, claims: claimSpans, previous, focusCountry, focusGovernment, stateOf })) relations.push(r);
    for (const e of extractEvents(doc.id, s, mentions, triggers, dates, claimSpans)) events.push(e);
  }
  events = mergeEvents(events);
  // An entity exists only through its mentions; a relation or event only between existing entities.
  const known = new Set(entities.map((e) => e.id));
  return {
    documents: [doc],
    entities,
    relations: relations.filter((r) => known.has(r.subject) && known.has(r.object)),
    events: events.map((e) => ({ ...e, participants: e.participants.filter((p) => known.has(p.entity)), ...(e.place && known.has(e.place) ? {} : { place: undefined }) }))
      .map(({ place, ...e }) => (place ? { ...e, place } : e)),
    claims: claims.filter((c) => known.has(c.claimant)),
  };
}

/** The persons of an article that the gazetteer ties to a state ("President X" leads it, when the article names it). */
export function personStates(entities: readonly Entity[], gaz: GazetteerIndex): Map<string, string> {
  const stateOf = new Map<string, string>();
  for (const e of entities) {
    const state = e.cls === 'Person' ? gaz.byId.get(e.id)?.country : undefined;
    if (state) stateOf.set(e.id, state);
  }
  return stateOf;
}
