// Trigger words of hostilities and other events, each with the actors on its two sides: the agents
// (subject, or the "by …" phrase of a passive or a noun) and the targets (object, "on/against/with …").
import type { EventClass, Sentence } from '../types.ts';
import type { ResolvedMention } from '../resolve/entities.ts';
import { actorList, actors, clauseAround, distinct, governingPreposition, isUncertain, places, within } from './clause.ts';
import { EVENT_TRIGGERS, HOSTILE } from './lexicon.ts';

export interface Trigger {
  /** Token index of the (first word of the) trigger; `end` is exclusive. */
  k: number;
  end: number;
  word: string;
  /** Lemma or phrase that matched the lexicon. */
  key: string;
  event?: EventClass;
  hostile: boolean;
  mutual: boolean;
  agents: ResolvedMention[];
  targets: ResolvedMention[];
  /** Places the action is aimed at ("attacked the town of X"), as opposed to where it happened. */
  placeTargets: ResolvedMention[];
  places: ResolvedMention[];
  clause: [number, number];
  /** Negated or hedged: no fact at all. */
  uncertain: boolean;
  /** Planned or attempted: hostility yes, event no. */
  intent: boolean;
}

const OBLIQUE = new Set(['to', 'for', 'with', 'from', 'in', 'at', 'on', 'about', 'against', 'towards', 'toward', 'into', 'near', 'over']);
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'around', 'from', 'towards', 'toward', 'across', 'inside', 'within', 'between', 'to', 'into', 'of']);
const PHRASES = Object.keys(EVENT_TRIGGERS).filter((p) => p.includes(' ')).map((p) => p.split(' '));
const PHRASE_FIRST = new Set(PHRASES.map((p) => p[0]!));

/** Finds the triggers of a sentence with their arguments. */
export function findTriggers(s: Sentence, mentions: ResolvedMention[]): Trigger[] {
  const t = s.tokens;
  const out: Trigger[] = [];
  const used = new Set<number>();
  const push = (k: number, end: number, key: string, event: EventClass | undefined, hostile: boolean, mutual: boolean) => {
    for (let i = k; i < end; i++) used.add(i);
    const clause = clauseAround(s, k);
    const inClause = within(mentions, clause[0], clause[1]);
    const isNoun = t[k]!.pos === 'NOUN';
    const passive = !isNoun && ['was', 'were', 'been', 'be', 'being', 'is', 'are'].includes(t[k - 1]?.norm ?? '');
    const byAt = t.findIndex((x, i) => i >= end && i < clause[1] && x.norm === 'by');
    const byPhrase = byAt >= 0 ? distinct(actorList(s, inClause, byAt, 6)) : [];
    let agents: ResolvedMention[];
    let targets: ResolvedMention[];
    // Subjects are not inside prepositional phrases ("reported to AFP rocket fire").
    const left = distinct(actors(inClause.filter((m) => m.to <= k && !OBLIQUE.has(governingPreposition(s, m) ?? ''))));
    let right = distinct(actors(inClause.filter((m) => m.from >= end && !byPhrase.includes(m))));
    // "X and Y clashed … for the central state": a mutual verb takes its other side only through with/against.
    if (mutual) right = right.filter((m) => ['with', 'against', 'between', 'on'].includes(governingPreposition(s, m) ?? ''));
    if (passive || (isNoun && byPhrase.length)) {
      agents = byPhrase;
      targets = passive ? left : right.filter((m) => !left.includes(m)).concat(isNoun ? [] : left);
      if (isNoun && !passive) targets = right;
    } else if (isNoun) {
      // "the withdrawal of the UN mission", "clashes between X and Y", "X's attack on Y"
      const of = right.filter((m) => ['of', 'between'].includes(governingPreposition(s, m) ?? '') && m.from <= end + 6);
      const objs = right.filter((m) => ['on', 'against', 'with'].includes(governingPreposition(s, m) ?? ''));
      agents = left.length ? left : of;
      targets = objs.length ? objs : left.length ? right : [];
      if (!left.length && of.length > 1 && mutual) { agents = of; targets = []; }
    } else {
      agents = left;
      targets = right;
    }
    const placeMs = places(inClause);
    // A place is the target when the first preposition between the trigger and it is on/against, or none.
    const placeTargets = hostile && !mutual
      ? placeMs.filter((m) => {
        if (m.from < end || m.from > end + 8) return false;
        const prep = t.slice(end, m.from).find((x) => x.pos === 'ADP' || x.norm === 'to');
        return !prep || prep.norm === 'on' || prep.norm === 'against' || !LOCATIVE.has(prep.norm);
      })
      : [];
    out.push({
      k, end, word: s.text.slice(t[k]!.start - s.start, t[end - 1]!.end - s.start), key, event, hostile, mutual,
      agents: distinct(agents), targets: distinct(targets.filter((m) => !agents.some((a) => a.entity === m.entity))),
      placeTargets, places: placeMs, clause, uncertain: isUncertain(s, k, clause[0], true), intent: isUncertain(s, k, clause[0]) && !isUncertain(s, k, clause[0], true),
    });
  };

  // Multi-word triggers first ("cut off", "moved towards", "took up arms"), matched on lemmas.
  // A word inside a mention names an actor ("the Tuareg rebellion"), it does not trigger anything.
  for (const m of mentions) for (let i = m.from; i < m.to; i++) used.add(i);
  for (let k = 0; k < t.length; k++) {
    if (used.has(k) || !PHRASE_FIRST.has(t[k]!.lemma) && !PHRASE_FIRST.has(t[k]!.norm)) continue;
    for (const p of PHRASES) {
      if (k + p.length > t.length) continue;
      if (p.every((w, i) => t[k + i]!.lemma === w || t[k + i]!.norm === w)) {
        const key = p.join(' ');
        push(k, k + p.length, key, EVENT_TRIGGERS[key], false, false);
        k += p.length - 1;
        break;
      }
    }
  }
  for (let k = 0; k < t.length; k++) {
    if (used.has(k)) continue;
    const tok = t[k]!;
    if (!['VERB', 'NOUN', 'PROPN', 'ADJ'].includes(tok.pos)) continue;
    const key = [tok.lemma, tok.norm].find((w) => HOSTILE.has(w) || EVENT_TRIGGERS[w]);
    if (!key) continue;
    // "called to the rescue", "fired at them" are fine; "fire" as a noun of rockets is shelling only with a hint.
    const fireAt = key === 'fire' && ['at', 'on'].includes(t[k + 1]?.norm ?? '') && tok.pos === 'VERB';
    if (key === 'fire' && !fireAt && !/rocket|mortar|artillery|shell/i.test(s.text)) continue;
    if (key === 'name' && tok.pos !== 'VERB') continue;
    if (key === 'free' && tok.pos !== 'VERB') continue;
    if (key === 'land' && tok.pos !== 'VERB') continue;
    if (key === 'exit' && tok.pos !== 'NOUN') continue;
    const h = HOSTILE.get(key);
    let event = h?.event ?? EVENT_TRIGGERS[key];
    if (fireAt) event = 'Attack';
    // A military operation "against" an armed actor is a hostilities event.
    if (key === 'operation' && t.slice(k + 1, k + 4).some((x) => x.norm === 'against')) event = 'ArmedClash';
    push(k, k + 1, key, event, !!h && !['reject', 'condemn', 'denounce', 'dismiss', 'oppose'].includes(key) || key === 'oppose', !!h?.mutual);
    if (['reject', 'condemn', 'denounce', 'dismiss'].includes(key)) out[out.length - 1]!.hostile = true;
  }
  return out.sort((a, b) => a.k - b.k);
}
