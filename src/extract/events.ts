// Events from triggers: class from the lexicon, participants from the trigger's arguments (or the
// actors of its clause), place from the clause, date from the nearest date expression.
import type { EventClass, EventFact, Sentence } from '../types.ts';
import { isPlaceClass } from '../types.ts';
import type { DateMention } from '../nlp/dates.ts';
import type { ResolvedMention } from '../resolve/entities.ts';
import type { ClaimSpan } from './claims.ts';
import { hashId } from '../hash.ts';
import { BE, COMPASS, FALLING_BACK, HELD_POSTS, JOURNEYS, REPORTING, SETTLEMENT_NOUNS, wordId, wordIds, wordTable } from './lexicon.ts';
import { actors, ASIDE_RELATIVES, bordersMeet, distinct, governingPreposition, within } from './clause.ts';
import type { Trigger } from './triggers.ts';

const SPECIFICITY: Record<string, number> = { Site: 4, Settlement: 3, Region: 2, Country: 1, Place: 0 };

/** Events of one sentence. `dates` are the sentence's date mentions with offsets in the document. */
/** Where and when the sentence before an event's sets its scene, when it names a town or site and a day. */
export interface Scene { place?: string; date?: string }

export function extractEvents(docId: string, s: Sentence, mentions: ResolvedMention[], triggers: Trigger[], dates: DateMention[], claims: ClaimSpan[], scene?: Scene): EventFact[] {
  const out: EventFact[] = [];
  let modifiers: boolean[] | undefined;
  for (let i = 0; i < dates.length; i++) if (qualifiesNoun(s, dates[i]!)) (modifiers ??= dates.map(() => false))[i] = true;
  for (const tr of triggers) {
    if (!tr.event || tr.uncertain || tr.intent) continue;
    // ("The leaders met at a summit in Pau": one meeting, the verb's, with its actors)
    if (tr.event === 'Meeting' && tr.nominal && triggers.some((o) => o !== tr && o.key === 'meet' && !o.nominal && o.k < tr.k && o.k >= tr.k - 4)) continue;
    // ("Relatives we met in Ouallam said …", "during the mission we visited Ouallam": the writer's own meetings and visits)
    if ((tr.event === 'Meeting' || tr.event === 'Visit') && !tr.nominal && byWriter(s, tr.k)) continue;
    // ("the area where Mali meets Niger": a place meeting another is a border, not a meeting; relations.ts reads it)
    if (tr.event === 'Meeting' && !tr.nominal && bordersMeet(s, mentions, tr.k)) continue;
    // ("…, killing at least 160 people, the deadliest attack in Burkina Faso since 2015": a noun that ranks the act just told
    // names it again)
    if (tr.nominal && summaryAt(s, tr.k) === tr.k) continue;
    // ("its headquarters was destroyed by a suicide car bomb": a destruction is an attack only as some actor's act; a
    // passive one tells what another act did)
    if (tr.key === 'destroy' && tr.passive && !tr.agents.length) continue;
    // ("General Diarra replaced General Dacko": a person takes another's post; "Operation Barkhane replaces Serval" appoints no
    // one — a force that replaces another is deployed in its stead, below)
    const relief = tr.key === 'replace' && !tr.agents.concat(tr.targets).some((m) => m.cls === 'Person');
    if (relief && !tr.agents.some((m) => m.cls === 'StateForce' || m.cls === 'InternationalOrganization')) continue;
    // ("the army abandoned its base in Mondoro": leaving a place or a post; "abandoned the peace agreement" is no withdrawal)
    if (tr.key === 'abandon' && !tr.places.length && !tr.placeTargets.length && !s.tokens.slice(tr.end, tr.end + 4).some((x) => HELD_POSTS.has(x.norm) || SETTLEMENT_NOUNS.has(x.norm))) continue;
    const clauseMs = within(mentions, tr.clause[0], tr.clause[1]);
    let agents = tr.agents;
    // (a declaration has no one it hits but whom it is declared on: "decreed national mourning …, the terrorists …")
    let targets = tr.event === 'Declaration' ? tr.targets.filter((m) => ['on', 'against'].includes(governingPreposition(s, m) ?? '')) : tr.targets;
    // (an authority dissolves someone; a protest that "dissolved into chaos" dissolved no one)
    if (tr.event === 'Dissolution') {
      const gone = (targets = dissolved(s, tr, targets, clauseMs));
      if (!gone.length) continue;
      agents = agents.filter((m) => !gone.includes(m));
      // (who ordered or declared it: "the government ordered it dissolved", "… ordered the dissolution of X")
      if (!agents.length) agents = distinct(actors(clauseMs).filter((m) => m.to <= gone[0]!.from && !gone.includes(m) && m.to <= tr.k && !governingPreposition(s, m)));
    }
    // A verb whose subject the rules missed still has the actors before it in its clause, when nothing
    // governs them ("supporters of Traoré attacked …" names no attacker); a noun does not (see triggers.ts).
    // (people who flee act for themselves: no actor of the clause drove them)
    if (!agents.length && !targets.length && !tr.nominal && tr.event !== 'Displacement' && !tr.unnamedDoer)
      // (a subject, not the object of a verb before: "A security source told AFP that … assailants … opened fire")
      agents = distinct(actors(clauseMs).filter((m) => m.to <= tr.k && !governingPreposition(s, m) && s.tokens[m.from - 1]?.pos !== 'VERB'));
    // ("Dillo was killed when the army stormed the party's headquarters": a killing whose doer the passive leaves out is done
    // by the doer of the violent act a "when" clause right after it tells)
    if (tr.event === 'Killing' && !agents.length && !tr.nominal) {
      const when = s.tokens.findIndex((x, q) => q > tr.k && q <= tr.k + 3 && (x.norm === 'when' || x.norm === 'as'));
      const act = when > 0 ? triggers.find((o) => o !== tr && o.k > when && o.k <= when + 6 && !o.nominal && !o.uncertain && o.event !== undefined && VIOLENT.has(o.event) && o.agents.length) : undefined;
      if (act) agents = act.agents.filter((m) => !targets.some((x) => x.entity === m.entity));
    }
    // ("the government announced that seven soldiers had been arrested": the authority that announces arrests made them)
    if (tr.event === 'Arrest' && !agents.length && BE.has(s.tokens[tr.k - 1]?.norm ?? '')) agents = announcer(mentions, claims, tr.k);
    // ("Nigeria's defence headquarters said air strikes had killed dozens of Lakurawa fighters": a force that reports strikes
    // no one is said to fly made them)
    if (tr.event === 'Airstrike' && !agents.length) agents = announcer(mentions, claims, tr.k).filter((m) => m.cls === 'StateForce');
    // ("confirmed Mohamed Bazoum as the winner of the February 21 presidential run-off": who won an election took part in it)
    if (tr.event === 'Election' && tr.nominal && !agents.length && !targets.length) agents = winners(s, tr, clauseMs);
    const participants: EventFact['participants'] = [];
    for (const m of agents) participants.push({ entity: m.entity, role: 'agent' });
    for (const m of targets) if (!agents.some((a) => a.entity === m.entity)) participants.push({ entity: m.entity, role: 'target' });
    const place = pickPlace(s, tr, clauseMs.length ? tr.places : [], mentions);
    // (a year that qualifies a noun, "the 2015 Algiers peace agreement", dates what that noun names, no other act)
    const dated = modifiers ? dates.filter((d, i) => !modifiers[i] || ownYear(s, tr.k, d)) : dates;
    const inClause = dated.filter((d) => d.start >= s.tokens[tr.clause[0]]!.start && d.end <= s.tokens[tr.clause[1] - 1]!.end);
    // ("IS on Thursday claimed responsibility for the killing of six aid workers last month": a noun's own date
    // follows it; one before the verb that governs it is that verb's)
    const own = tr.nominal ? inClause.filter((d) => d.start >= s.tokens[tr.k]!.end) : [];
    // ("The attack on the camp at Inates, near the border with Mali, began on Tuesday evening": a noun that opens the
    // sentence as its subject takes the date its verb gives, past an aside)
    const opening = tr.nominal && !own.length && !inClause.length && s.tokens.slice(0, tr.k).every((x) => x.pos === 'DET' || x.pos === 'ADJ')
      ? happeningDates(s, tr, dated) : [];
    // ("Mali expelled the ambassador in January 2022, withdrew from the G5 Sahel in May 2022 and left ECOWAS in January 2024":
    // a verb that opens one of a series of verb phrases takes the date of its own phrase, not the nearest, the one before's)
    const phrase = !tr.nominal ? phraseDates(s, tr.k, inClause) : [];
    const date = pickDate(s, tr.k, phrase.length ? phrase : own.length ? own : opening.length ? opening.slice(0, 1) : outsideAsides(s, tr.k, inClause))
      // (before the trigger in the sentence; but not the date of a speech act that reports the event:
      // "the authorities said on Wednesday … after fighters stormed the school" — Wednesday is when they said it)
      ?? pickDate(s, tr.k, dated.filter((d) => d.end <= s.tokens[tr.k]!.start && !beforeReport(s, tr.k, d, claims)));
    // (a violent act that names no one, no place and no date is the scene the sentence before set, when it set one:
    // "… gunmen came out of the bush at the edge of Auno on Sunday night …. According to the army, 30 of them were killed")
    // (a verb only: a bare "the attacks" names again an act already told)
    // ("prices fell back": falling back is an act of someone)
    if (!participants.length && FALLING_BACK.has(tr.key)) continue;
    const bare = !participants.length && !place && !date;
    // (and one that names no place and no date, or only the scene's place: "… came into Agadez before dawn on Thursday.
    // … At Agadez, a car exploded at the entrance of the camp", "… reached the centre on Tuesday 5 July. They blew open
    // the wall and exchanged fire with the guards")
    // (not a toll, which foldTolls joins to the act it counts the dead of)
    const undated = !date && (!place || place.entity === scene?.place) && !TOLL.test(tr.word);
    const set = (bare || undated) && !tr.nominal && VIOLENT.has(tr.event) ? scene : undefined;
    if (bare && !set) continue;
    const claim = claims.find((c) => tr.k >= c.from && tr.k < c.to);
    const evidence: EventFact['evidence'][number] = {
      doc: docId, sentence: s.index, start: s.start, end: s.end, text: s.text, rule: eventRule(tr.key), confidence: participants.length ? 0.8 : 0.6,
    };
    if (claim) evidence.claim = claim.claim.id;
    const cls = relief ? 'Deployment' : travelClass(tr.event, tr.key, agents);
    const where = place ? place.entity : set?.place ? set.place : undefined;
    out.push(eventFact(hashId(docId, s.index, tr.k, tr.event), cls, tr.word, participants, where, date ? date.value : set?.date ? set.date : undefined, evidence));
    // ("who seized power in August last year and again in May": the act done twice, each time with its date)
    // ("the coups of August 2020 and May 2021": a plural noun of two dates, two acts)
    const again = date && !tr.nominal ? doneAgain(s, dates, date) : date && tr.nominal ? secondDateOf(s, tr, dates, date) : undefined;
    if (again) out.push(eventFact(hashId(docId, s.index, tr.k, tr.event, again.value), cls, tr.word, participants.slice(), where, again.value, { ...evidence }));
    // ("Jihadists killed 71 soldiers at Inates in December 2019 and 89 at Chinegodar in January 2020": the act told again
    // for a second number, place and date, its verb left out)
    const gapped = VIOLENT.has(tr.event) && !tr.nominal && place ? gappedConjunct(s, tr, mentions, dates) : undefined;
    if (gapped && gapped.place.entity !== place!.entity) {
      out.push(eventFact(hashId(docId, s.index, tr.k, tr.event, gapped.place.entity), cls, tr.word, participants.slice(), gapped.place.entity, gapped.date?.value, { ...evidence }));
    }
  }
  if (claims.length) out.push(...statements(docId, s, mentions, dates, claims));
  return out;
}

/**
 * An event with its keys in this order, its place and date only when known. (Property by property: an object
 * literal with a conditional spread for each was the costliest line of the stage.)
 */
function eventFact(id: string, cls: EventClass, trigger: string, participants: EventFact['participants'], place: string | undefined,
  date: string | undefined, evidence: EventFact['evidence'][number]): EventFact {
  const e = { id, cls, trigger, participants } as EventFact;
  if (place !== undefined) e.place = place;
  if (date !== undefined) e.date = date;
  e.evidence = [evidence];
  return e;
}

/**
 * A movement made by people alone, no force with them, is a visit ("President Buhari arrived in Maiduguri", "the
 * governor drove out to Auno"); a force's is a deployment or an advance.
 */
function travelClass(cls: EventClass, key: string, agents: readonly ResolvedMention[]): EventClass {
  if (cls !== 'Deployment' || !agents.length || !JOURNEYS.has(key)) return cls;
  for (const m of agents) if (m.cls !== 'Person') return cls;
  return 'Visit';
}

/** The rule id of a trigger's event ("event.set-fire"), made once per trigger word of the lexicon. */
/**
 * Who is dissolved: the organisations the trigger acts on, or the one named right before its participle ("the
 * government ordered it dissolved", "declared the militia disbanded"), the pronoun standing for it included; a noun's
 * "of" ("the dissolution of the CMA").
 */
function dissolved(s: Sentence, tr: Trigger, targets: readonly ResolvedMention[], clauseMs: readonly ResolvedMention[]): ResolvedMention[] {
  const bodies = targets.filter((m) => !isPlaceClass(m.cls));
  // ("the dissolution of the CMA": the noun's "of" is who is dissolved)
  if (tr.nominal) return bodies.length ? bodies : tr.agents.filter((m) => !isPlaceClass(m.cls) && m.from > tr.k && governingPreposition(s, m) === 'of');
  if (bodies.length) return bodies;
  // (the object of the verb before: "ordered it dissolved", not the subject of "the militia dissolved itself")
  return clauseMs.filter((m) => m.to === tr.k && !isPlaceClass(m.cls) && m.cls !== 'Person' 
    && s.tokens[s.tokens[m.from - 1]?.pos === 'DET' ? m.from - 2 : m.from - 1]?.pos === 'VERB');
}

/** The second of two dates a plural event noun is "of" ("the coups of August 2020 and May 2021"), if any. */
function secondDateOf(s: Sentence, tr: Trigger, dates: readonly DateMention[], date: DateMention): DateMention | undefined {
  const t = s.tokens;
  if (!/[^s]s$/.test(t[tr.k]!.norm) || t[tr.end]?.norm !== 'of' || t[tr.end + 1]?.start !== date.start) return undefined;
  return dates.find((d) => d.start > date.end && /^\s+and\s+$/.test(s.text.slice(date.end - s.start, d.start - s.start)));
}

/** The date after "and again" that repeats an act dated `date` ("in August last year and again in May"), if any. */
/** The people a sentence says won the election trigger `tr` names: "X as the winner of the run-off", "X won the election". */
function winners(s: Sentence, tr: Trigger, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const t = s.tokens;
  const person = mentions.filter((m) => m.cls === 'Person' && m.to <= tr.k && m.to >= tr.k - 10).pop();
  return person && t.slice(person.to, tr.k).some((x) => x.norm === 'winner' || x.lemma === 'win') ? [person] : [];
}

/** Places after which a number stands for the counted noun left out: "and 89 at Chinegodar". */
const GAP_PREPOSITIONS = new Set(['at', 'in', 'near']);

/** The place (and the date, if any) of a conjunct that repeats the act of `tr` for another number, its verb and noun left out:
 * "… and 89 at Chinegodar in January 2020". */
function gappedConjunct(s: Sentence, tr: Trigger, mentions: readonly ResolvedMention[], dates: readonly DateMention[]): { place: ResolvedMention; date?: DateMention } | undefined {
  const t = s.tokens;
  for (let a = tr.end; a + 3 < t.length; a++) {
    if (t[a]!.pos === 'VERB' || t[a]!.text === ';') return undefined;
    if (t[a]!.norm !== 'and' || t[a + 1]!.pos !== 'NUM' || !GAP_PREPOSITIONS.has(t[a + 2]!.norm)) continue;
    const place = mentions.find((m) => isPlaceClass(m.cls) && (m.from === a + 3 || (m.from === a + 4 && t[a + 3]!.pos === 'DET')));
    if (!place) return undefined;
    // (its date: the one right after its place, before the next comma)
    let end = place.to;
    while (end < t.length && t[end]!.text !== ',' && t[end]!.text !== '.' && t[end]!.pos !== 'VERB') end++;
    const date = dates.find((d) => d.start >= t[place.to - 1]!.end && d.end <= t[end - 1]!.end);
    return date ? { place, date } : { place };
  }
  return undefined;
}

function doneAgain(s: Sentence, dates: readonly DateMention[], date: DateMention): DateMention | undefined {
  return dates.find((d) => d.start > date.end && d.start - date.end <= 16 && /^\s*,?\s*and\s+again\s+(?:in|on)\s+$/i.test(s.text.slice(date.end - s.start, d.start - s.start)));
}

function eventRule(key: string): string {
  let rule = RULES.get(key);
  // ("run - off", "cease - fire": a hyphen the tokenizer parts is one word again)
  if (rule === undefined) RULES.set(key, (rule = `event.${key.replace(/ - /g, '-').replace(/ /g, '-')}`));
  return rule;
}
const RULES = new Map<string, string>();

/** Verbs that make what they report public, and the media a statement goes out through. */
/** Who can make arrests. */
const AUTHORITIES = new Set(['Government', 'StateForce']);

/** The government or force whose statement holds token `k`, named in the sentence: [] when none. */
function announcer(mentions: readonly ResolvedMention[], claims: readonly ClaimSpan[], k: number): ResolvedMention[] {
  const claim = claims.find((c) => k >= c.from && k < c.to);
  const by = claim ? mentions.find((m) => m.entity === claim.claim.claimant && AUTHORITIES.has(m.cls)) : undefined;
  return by ? [by] : [];
}

const ANNOUNCING = new Set(['announce', 'declare', 'proclaim']);
/** Who a statement to the press is told to: "told reporters", "told journalists". */
const PRESS = new Set(['reporters', 'journalists', 'press']);
const MEDIA = new Set(['address', 'speech', 'statement', 'communique', 'communiqué', 'recording', 'broadcast', 'video', 'message', 'declaration']);
/** 1 for the words of MEDIA, by word id. */
const MEDIUM = wordTable(0);
for (const w of MEDIA) MEDIUM[wordId(w)] = 1;

/**
 * Public statements as events (kg:Statement, CAMEO 010): a claim whose speaker announces, declares or proclaims,
 * or speaks through a medium ("In a televised address, Kaboré announced that …", "ISWAP said in an audio recording
 * that …"). The speaker is the agent; what was said stays in the claim.
 */
function statements(docId: string, s: Sentence, mentions: ResolvedMention[], dates: DateMention[], claims: ClaimSpan[]): EventFact[] {
  const t = s.tokens;
  const out: EventFact[] = [];
  let medium = -2;
  for (const c of claims) {
    const speaker = mentions.find((m) => m.entity === c.claim.claimant && !isPlaceClass(m.cls));
    if (!speaker) continue;
    const cue = c.claim.cue.toLowerCase();
    const k = t.findIndex((x) => x.norm === cue);
    if (k < 0) continue;
    // (the same for every claim of the sentence: looked for once, by word id)
    if (medium === -2) {
      const ids = wordIds(s).norm;
      medium = -1;
      for (let i = 0; i < t.length && medium < 0; i++) if (MEDIUM[ids[i]!] && t[i]!.pos === 'NOUN') medium = i;
    }
    // ("X told reporters that …": a word given to the press is a public statement too)
    const toPress = t[k]!.lemma === 'tell' && (PRESS.has(t[k + 1]?.norm ?? '') || (t[k + 1]?.norm === 'the' && t[k + 2]?.norm === 'press'));
    if (!ANNOUNCING.has(t[k]!.lemma) && medium < 0 && !toPress) continue;
    const date = pickDate(s, k, dates);
    out.push(eventFact(hashId(docId, s.index, k, 'Statement'), 'Statement', t[medium >= 0 ? medium : k]!.text, [{ entity: speaker.entity, role: 'agent' }],
      undefined, date ? date.value : undefined,
      { doc: docId, sentence: s.index, start: s.start, end: s.end, text: s.text, rule: `event.statement.${t[k]!.lemma}`, confidence: 0.7 }));
  }
  return out;
}

/** Verbs that say when what their subject names happened: "The attack … began on Tuesday evening". */
const HAPPENING = new Set(['begin', 'start', 'happen', 'occur', 'last', 'unfold', 'erupt']);
/** Words after which a date is another act's: "The massacre came a week after JNIM overran Dioura". */
const OTHER_TIME = new Set(['after', 'before', 'since', 'when', 'until', 'as', 'while']);

/** The dates the verb of happening after an opening noun trigger gives, up to a word that opens another time. */
function happeningDates(s: Sentence, tr: Trigger, dates: readonly DateMention[]): DateMention[] {
  const t = s.tokens;
  // (the noun phrase's own verb: the first after it, past one aside between commas)
  let v = tr.end;
  while (v < t.length && t[v]!.pos !== 'VERB' && t[v]!.pos !== 'AUX' && !OTHER_TIME.has(t[v]!.norm)) {
    if (t[v]!.text === ',') { v++; while (v < t.length && t[v]!.text !== ',') v++; }
    v++;
  }
  if (v >= t.length || !(HAPPENING.has(t[v]!.lemma) || (t[v]!.lemma === 'take' && t[v + 1]?.norm === 'place'))) return [];
  let end = v + 1;
  while (end < t.length && !OTHER_TIME.has(t[end]!.norm) && t[end]!.text !== ';') end++;
  const to = t[end - 1]!.end;
  return dates.filter((d) => d.start >= t[v]!.end && d.end <= to);
}

/** The most specific place the clause puts the action in, preferring those after the trigger. */
const BEARINGS = new Set([...COMPASS, 'km', 'kms', 'kilometres', 'kilometers', 'miles']);

function pickPlace(s: Sentence, tr: Trigger, clausePlaces: readonly ResolvedMention[], all: readonly ResolvedMention[]): ResolvedMention | undefined {
  // (the candidates: the clause's places, else the sentence's; not a country only described)
  // (and the places it struck, which a colon's list may put past the clause: "attacked positions in seven towns: Kayes, …")
  // (a recall of envoys happens in no one place; a closure is not where the state it is against lies)
  if (tr.event === 'DiplomaticRecall') return undefined;
  // (an act a relative aside tells takes no place from the clause around it: "Niger's junta, which seized power in July 2023,
  // turned to Russia")
  let cands = clausePlaces.length ? clausePlaces : inRelativeAside(s, tr.k, -1) ? [] : all;
  if (tr.key === 'close') cands = cands.filter((m) => !tr.targets.includes(m));
  if (tr.placeTargets.some((m) => !cands.includes(m))) cands = [...cands, ...tr.placeTargets.filter((m) => !cands.includes(m))];
  // (the first of the best scores, as a stable sort would put first: one score per candidate, not one per comparison)
  let best: ResolvedMention | undefined;
  let bestScore = 0;
  for (const m of cands) {
    if ((cands === all && SPECIFICITY[m.cls] === undefined) || (m.kind === 'description' && m.cls === 'Country')) continue;
    // (nor a state that acts in it: "left ECOWAS together with Niger")
    if (landmark(s, m) || tr.agents.some((a) => a.entity === m.entity)) continue;
    // (nor a state named in another item of a series of verb phrases: "The junta expelled French forces, formed the AES with
    // Mali and Burkina Faso, and quit ECOWAS")
    if (m.cls === 'Country' && !tr.nominal && inOtherItem(s, tr.k, m)) continue;
    // (nor a place a relative clause beside the act names as no place of it: "The MNJTF, which groups troops from
    // Nigeria, Niger, Chad and Cameroon, launched …")
    if (inRelativeAside(s, m.from, tr.k) && !LOCATING.has(prepositionBefore(s, m.from))) continue;
    // (nor the place a ranking of it names: "the deadliest attack in Burkina Faso since 2015")
    const summary = summaryAt(s, m.from);
    if (summary >= 0 && summary !== tr.k) continue;
    const sc = placeScore(s, tr, m);
    if (best === undefined || sc > bestScore) { best = m; bestScore = sc; }
  }
  return best;
}

/** Is `m` in another verb phrase than the verb at `k`'s, of a series the commas part ("expelled X, formed Y with Mali, and quit Z")? */
function inOtherItem(s: Sentence, k: number, m: ResolvedMention): boolean {
  const t = s.tokens;
  const opens = (q: number) => t[q]!.pos === 'VERB' && (t[q - 1]?.text === ',' || (t[q - 1]?.norm === 'and' && t[q - 2]?.text === ','));
  if (m.from > k) {
    for (let q = k + 1; q < m.from; q++) if (opens(q)) return true;
    return false;
  }
  if (!opens(k)) return false;
  for (let q = 0; q < m.from; q++) if (t[q]!.pos === 'VERB') return true;
  return false;
}

/** "about 60 km southeast of the capital Niamey": a landmark to measure from is not where it happened. */
function landmark(s: Sentence, m: ResolvedMention): boolean {
  // (not "the south of the country", a part of it)
  for (let i = m.from - 1; i >= 0 && i >= m.from - 4; i--) {
    if (s.tokens[i]!.norm === 'of') return BEARINGS.has(s.tokens[i - 1]?.norm ?? '') && s.tokens[i - 2]?.pos !== 'DET';
  }
  return false;
}

/**
 * The noun of an apposition that ranks an act just told (", the deadliest attack in Burkina Faso since 2015", ", the worst
 * massacre of the war") when token `i` is in it, else -1.
 */
function summaryAt(s: Sentence, i: number): number {
  const t = s.tokens;
  let c = i;
  while (c >= 0 && t[c]!.text !== ',' && t[c]!.pos !== 'VERB') c--;
  if (t[c]?.text !== ',' || t[c + 1]?.norm !== 'the' || !RANKING.test(t[c + 2]?.norm ?? '') || t[c + 3]?.pos !== 'NOUN') return -1;
  return c + 3;
}
const RANKING = /^(?:\w+est|worst|first|latest|biggest|largest)$/;

/** The last preposition before token `i` in its stretch between commas (a list's items share the first's), or ''. */
function prepositionBefore(s: Sentence, i: number): string {
  for (let q = i - 1; q >= 0; q--) {
    const x = s.tokens[q]!;
    if (x.pos === 'ADP' || LOCATING.has(x.norm)) return x.norm;
    if (x.pos === 'VERB' || (x.text === ',' && s.tokens[q - 1]?.pos !== 'PROPN')) return '';
  }
  return '';
}

/** Prepositions that put an act in a place. */
const LOCATING = new Set(['in', 'at', 'near', 'outside', 'around', 'of', 'on', 'towards', 'toward', 'into']);

/** How well a place locates the trigger's act: after it, governed by a locating preposition (or its object), specific, near. */
function placeScore(s: Sentence, tr: Trigger, m: ResolvedMention): number {
  const prep = governingPreposition(s, m);
  // (people who flee are put where they fled from or to: "fled to Kaya after the attack on Dablo")
  // (and the place a verb acts on, its object: "attacked Monguno town and the village of Goni Usmanti" is at Monguno first)
  // (and a town or a site a violent act is "against": "a raid … against Ngouboua, a fishing village")
  const located = prep ? LOCATING.has(prep) || (prep === 'against' && (m.cls === 'Settlement' || m.cls === 'Site') && tr.event !== undefined && VIOLENT.has(tr.event))
    || (tr.event === 'Displacement' && (prep === 'to' || prep === 'from'))
    : (!tr.nominal && m.from >= tr.end && s.tokens.slice(tr.end, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ')) || tr.placeTargets.includes(m);
  return (m.from >= tr.end ? 2 : 0) + (located ? 2 : 0)
    + (SPECIFICITY[m.cls] ?? 0) * 0.5 - Math.abs(m.from - tr.k) * 0.02;
}

/** Is the verb at `k` said by the writer of first person: "we met", "we have visited", "I met"? */
function byWriter(s: Sentence, k: number): boolean {
  let b = k - 1;
  if (s.tokens[b]?.pos === 'AUX') b--;
  const w = s.tokens[b]?.norm;
  return w === 'we' || w === 'i';
}

/** Is `d` a year written before a noun it qualifies, after an article or a possessive ("the 2015 agreement", "its 2012
 * rebellion")? */
function qualifiesNoun(s: Sentence, d: DateMention): boolean {
  return d.grain === 'gYear' && QUALIFIED.test(s.text.slice(d.end - s.start, d.end - s.start + 2))
    && DETERMINED.test(s.text.slice(Math.max(0, d.start - s.start - 7), d.start - s.start));
}
const QUALIFIED = /^ [A-Za-z]/;
const DETERMINED = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;
/** Is the trigger at `k` the noun year `d` qualifies: after it, no verb, preposition or punctuation between? */
function ownYear(s: Sentence, k: number, d: DateMention): boolean {
  const t = s.tokens;
  if (t[k]!.start < d.end) return false;
  for (let i = k - 1; i >= 0 && t[i]!.start >= d.end; i--) if (t[i]!.pos === 'VERB' || t[i]!.pos === 'ADP' || t[i]!.pos === 'PUNCT' || t[i]!.pos === 'AUX') return false;
  return true;
}

/**
 * `dates` without those of a relative clause between commas that the trigger `k` is not in, when one is left: "France,
 * whose soldiers had been stationed there since 2013, withdrew its last troops in August 2022" (the nearer date is
 * the aside's).
 */
function outsideAsides(s: Sentence, k: number, dates: DateMention[]): DateMention[] {
  if (dates.length < 2) return dates;
  const t = s.tokens;
  const kept = dates.filter((d) => {
    let i = 0;
    while (i < t.length && t[i]!.start < d.start) i++;
    return !inRelativeAside(s, i, k);
  });
  return kept.length ? kept : dates;
}

/** Is token `i` in a relative clause set between commas (its list's commas aside) that the trigger `k` is not in? */
function inRelativeAside(s: Sentence, i: number, k: number): boolean {
  const t = s.tokens;
  let open = i - 1;
  for (;;) {
    while (open >= 0 && t[open]!.text !== ',') open--;
    if (open < 0) return false;
    if (ASIDE_RELATIVES.has(t[open + 1]?.norm ?? '')) break;
    // (past the commas of a list the clause holds: ", which groups troops from Nigeria, Niger, Chad and Cameroon,")
    if (t[open + 1]?.pos !== 'PROPN' || t[open - 1]?.pos !== 'PROPN') return false;
    open--;
  }
  let close = i;
  while (close < t.length && t[close]!.text !== ',' && !(t[close]!.norm === 'and' && t[close + 1]?.pos === 'PROPN')) close++;
  // (the list's last item follows "and")
  while (close < t.length && t[close]!.text !== ',') close++;
  return !(k > open && k < close);
}

/** The date nearest to the trigger in the sentence, day dates before coarser ones at equal distance. */
/** The dates of the verb phrase a verb at `k` opens after ", " or "and" (up to the next comma or joined verb), if it opens one. */
function phraseDates(s: Sentence, k: number, dates: DateMention[]): DateMention[] {
  const t = s.tokens;
  const before = t[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
  if (!(t[before]?.text === ',' || t[before]?.norm === 'and') || !dates.some((d) => d.end <= t[k]!.start)) return [];
  let end = k + 1;
  while (end < t.length && t[end]!.text !== ',' && t[end]!.text !== ';' && !(t[end]!.norm === 'and' && t[end + 1]?.pos === 'VERB')) end++;
  const to = t[end - 1]!.end;
  return dates.filter((d) => d.start >= t[k]!.end && d.end <= to);
}

function pickDate(s: Sentence, k: number, dates: DateMention[]): DateMention | undefined {
  if (!dates.length) return undefined;
  const at = s.tokens[k]!.start;
  // (the first of the nearest, as a stable sort would put first)
  let best = dates[0]!;
  for (let i = 1; i < dates.length; i++) if (Math.abs(dates[i]!.start - at) < Math.abs(best.start - at)) best = dates[i]!;
  return best;
}

/**
 * Merges the events of one document that describe the same happening: same class, close in the
 * text, compatible date and place, and participants that agree (one side may have none).
 */
export function mergeEvents(events: EventFact[]): EventFact[] {
  const out: EventFact[] = [];
  // (an event is copied only when another is merged into it, the input left as it was: most are merged with none, and
  // a copy of events of a dozen shapes cost more than the comparisons)
  const copied: boolean[] = [];
  for (const e of events) {
    // (a loop, not out.find with a closure: every event of a document is compared with those kept)
    let at = -1;
    for (let i = 0; i < out.length && at < 0; i++) if (sameHappening(out[i]!, e)) at = i;
    if (at < 0) { out.push(e); copied.push(false); continue; }
    if (!copied[at]) { const o = out[at]!; out[at] = { ...o, participants: [...o.participants], evidence: [...o.evidence] }; copied[at] = true; }
    const same = out[at]!;
    // ("Boko Haram attacked Kolofata, but soldiers repelled the attackers, killing 27 of them": told from the other side,
    // the one hit by the second act did the first; those who hit back were its targets)
    const turned = e.participants.some((p) => p.role === 'target' && same.participants.some((q) => q.entity === p.entity && q.role === 'agent'));
    for (const p of e.participants) {
      if (same.participants.some((q) => q.entity === p.entity)) continue;
      same.participants.push(turned && p.role === 'agent' ? { ...p, role: 'target' } : p);
    }
    same.place ??= e.place;
    same.date ??= e.date;
    same.evidence.push(...e.evidence);
  }
  return out;
}

/** Do two events tell the same happening (mergeEvents)? */
function sameHappening(o: EventFact, e: EventFact): boolean {
  return o.cls === e.cls
    && Math.abs(o.evidence[o.evidence.length - 1]!.sentence - e.evidence[0]!.sentence) <= 2
    && o.evidence[0]!.doc === e.evidence[0]!.doc
    && (!o.date || !e.date || o.date === e.date)
    && (!o.place || !e.place || o.place === e.place)
    && (!o.participants.length || !e.participants.length || o.participants.some((p) => e.participants.some((q) => q.entity === p.entity))
      // ("Suspected jihadists attacked a post near Aorema. That assault killed eight soldiers": who attacked,
      // then who was hit — one side names only agents, the other only targets)
      || (o.date !== undefined && o.date === e.date && complementary(o.participants, e.participants)));
}

/**
 * "… a convoy was ambushed at Gaskindé. The army reported 11 soldiers killed": a toll told right after a violent act
 * (the same sentence or the next, nothing told between), with no doer, date or other place of its own, is that act's —
 * folded into it before a doer named later ("JNIM claimed the ambush") is looked for.
 */
export function foldTolls(events: EventFact[], isPerson: (entity: string) => boolean): EventFact[] {
  const out: EventFact[] = [];
  for (const e of events) {
    const o = out[out.length - 1];
    const gap = o ? e.evidence[0]!.sentence - o.evidence[o.evidence.length - 1]!.sentence : -1;
    // (a toll of a force or of people, not a named man's killing: that is an event of its own)
    if (!o || e.date || !TOLL.test(e.trigger) || !e.participants.length || !e.participants.every((p) => p.role === 'target' && !isPerson(p.entity)) || !VIOLENT.has(o.cls)
      || o.evidence[0]!.doc !== e.evidence[0]!.doc || gap < 0 || gap > 1 || (o.place && e.place && o.place !== e.place)) { out.push(e); continue; }
    const merged = { ...o, participants: [...o.participants], evidence: [...o.evidence, ...e.evidence] };
    for (const p of e.participants) if (!merged.participants.some((q) => q.entity === p.entity)) merged.participants.push(p);
    merged.place ??= e.place;
    out[out.length - 1] = merged;
  }
  return out;
}

/**
 * "On Saturday 13 June, armed men attacked Monguno … The army said it had repelled the attackers in Monguno": an act of
 * violence told again at the same place a few sentences after a dated one, with no date of its own, is of that day.
 */
export function carryDates(events: EventFact[]): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.date || !e.place || !VIOLENT.has(e.cls)) continue;
    const at = e.evidence[0]!.sentence;
    for (let j = i - 1; j >= 0; j--) {
      const o = events[j]!;
      if (o.evidence[0]!.doc !== e.evidence[0]!.doc) continue;
      if (at - o.evidence[o.evidence.length - 1]!.sentence > 5) continue;
      if (o.date && o.place === e.place && VIOLENT.has(o.cls) && o.evidence[0]!.sentence <= at) { e.date = o.date; break; }
    }
  }
}

/** Triggers that tell a toll: "11 soldiers killed", "dozens dead". */
const TOLL = /^(kill|killed|killing|dead|died|death|deaths)$/i;
/** Acts of violence: what a doer named later is named for, a toll told after is of, a date told before carries to. */
export const VIOLENT: ReadonlySet<EventClass> = new Set<EventClass>(['Attack', 'Ambush', 'RemoteViolence', 'Airstrike', 'Shelling', 'Bombing', 'Killing',
  'ViolenceAgainstCivilians', 'Massacre', 'ArmedClash', 'Abduction']);

/** One side names only agents and the other only targets. */
function complementary(a: EventFact['participants'], b: EventFact['participants']): boolean {
  return (only(a, 'agent') && only(b, 'target')) || (only(a, 'target') && only(b, 'agent'));
}
/** Every participant has the role. */
function only(ps: EventFact['participants'], role: string): boolean {
  return ps.every((p) => p.role === role);
}

/** Is the date that of the speech verb reporting the trigger ("said on Wednesday that …")? */
function beforeReport(s: Sentence, k: number, d: DateMention, claims: ClaimSpan[]): boolean {
  const claim = claims.find((c) => k >= c.from && k < c.to);
  if (!claim) return false;
  let j = s.tokens.findIndex((x) => x.start >= d.start) - 1;
  if (s.tokens[j]?.norm === 'on') j--;
  const verb = s.tokens[j];
  return !!verb && (REPORTING.has(verb.lemma) || verb.norm === 'said');
}

