// Extraction of one document, end to end: segment, find mentions, resolve entities, then read
// claims, relations and events sentence by sentence. Pure: text and gazetteer in, facts out.
import type { Claim, Document, Entity, EntityClass, EventClass, Extraction, EventFact, Relation, Sentence } from '../types.ts';
import { isPlaceClass } from '../types.ts';
import { segment } from '../nlp/segment.ts';
import { findDates, lastExplicitYear, type DateContext, type DateMention } from '../nlp/dates.ts';
import { addCountedMentions } from '../resolve/counted.ts';
import { isAnonymousSource, isUnnamedActor, resolveEntities, stateBodyId, type ResolvedMention } from '../resolve/entities.ts';
import type { GazetteerIndex } from '../resolve/index-gazetteer.ts';
import { extractClaims, type ClaimSpan } from './claims.ts';
import { carryDates, extractEvents, foldTolls, mergeEvents, VIOLENT, type Scene } from './events.ts';
import { knownRelations } from './known.ts';
import { actors, antecedentBefore } from './clause.ts';
import { findMentions } from './mentions.ts';
import { BE } from './lexicon.ts';
import { extractRelations } from './relations.ts';
import { findTriggers, reciprocalSides, type Trigger } from './triggers.ts';

/** A transcript's speaker turn: "PRESENTER: …", "CORRESPONDENT: …". */
const SPEAKER_LABEL = /^[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?: /;

/** What a year must follow to set the year of the dates after it: "in 2012", "In 2012". */
const SETTING = /\bin\s+$/i;

const NO_TIES: readonly ResolvedMention[] = [];
const NO_CAPITALS: ReadonlySet<string> = new Set();

/** Extracts the entities, relations, events and claims of one document. */
export function extractDocument(doc: Document, gaz: GazetteerIndex): Extraction {
  const seg = segment(doc);
  const candidates = seg.sentences.map((s) => findMentions(s, gaz));
  const { entities, bySentence, focusCountry, topics, entries, ties } = resolveEntities(seg, candidates, gaz);
  // ("the two juntas said …": each of the actors a count stands for is a mention of it)
  addCountedMentions(seg.sentences, bySentence);
  // (the gazetteer's government of that state, else the one made for the article: "Nigeria's government")
  const ids = new Set<string>();
  for (const e of entities) ids.add(e.id);
  const focusGovernment = present(ids, focusCountry ? gaz.governmentOf.get(focusCountry) ?? stateBodyId(focusCountry, 'Government') : undefined);
  const focusForce = present(ids, focusCountry ? gaz.forceOf.get(focusCountry) : undefined);
  const stateOf = personStates(entities, gaz);
  // (the gazetteer's alliances, either way: a guess that two sides of a violent sentence are enemies yields to them)
  const allied = (a: string, b: string) => !!gaz.byId.get(a)?.alliedWith?.includes(b) || !!gaz.byId.get(b)?.alliedWith?.includes(a);
  const relations: Relation[] = [];
  let events: EventFact[] = [];
  const claims: Claim[] = [];
  // (one object shape per sentence, no spreads: this loop runs for every sentence of a corpus)
  const ctx: DateContext = { docDate: doc.date, narrativeYear: doc.date ? Number(doc.date.slice(0, 4)) : undefined };
  const claimedActs: ClaimedAct[] = [];
  const condemned: CondemnedAct[] = [];
  // A dated entry of a tracker or a chronology ("15 March – near Tessit, Gao region (Mali). …"): the paragraph's
  // events happened that day unless they say otherwise, and its weekdays are counted from it.
  // (and its heading's place, where an act the entry tells names none: "11 March 2021 – Afaka, Kaduna State. Armed men raided
  // the college …")
  let entry: { date: string; ctx: DateContext; place?: string } | undefined;
  // The speaker of the last claim, for a document named again ("The statement said …") in the next two sentences.
  let speaker: { mention: ResolvedMention; sentence: number } | undefined;
  let asked: string | undefined;
  // (where and when the sentence before set its scene, for an act the next sentence tells bare)
  let scene: Scene | undefined, sceneAt = -1;
  const article = { sentences: seg.sentences, bySentence };
  for (const s of seg.sentences) {
    const said = bySentence[s.index]!;
    // (a source quoted without a name speaks, and takes part in nothing the sentence tells)
    const mentions = factual(said);
    // (a new paragraph leaves the entry before: its heading's day is read against the article's date)
    if (entries[s.index] === undefined || entries[s.index] === s.index) entry = undefined;
    // (and the scene of the entry before: "11 March 2021 – Afaka. Armed men raided …" is not set on the last entry's day)
    if (entries[s.index] === s.index) scene = undefined;
    let dates = findDates(s.text, entry?.ctx ?? ctx);
    const head = entries[s.index] === s.index ? dates[0] : undefined;
    if (head && head.start === 0 && head.grain === 'date') {
      entry = { date: head.value, ctx: { docDate: head.value, narrativeYear: Number(head.value.slice(0, 4)), forward: true }, place: headingPlace(said) };
      dates = findDates(s.text, entry.ctx);
    } else if (asked && entries[s.index] === s.index && SPEAKER_LABEL.test(s.text)) entry = { date: asked, ctx };
    asked = undefined;
    for (const d of dates) { d.start += s.start; d.end += s.start; }
    // (a bare year sets the story's year only as its setting, "In 2012, …", not as background: "since late 2021")
    if (dates.length) ctx.narrativeYear = lastExplicitYear(dates.filter((d) => d.grain !== 'gMonthDay' && (d.grain !== 'gYear' || SETTING.test(doc.text.slice(Math.max(0, d.start - 4), d.start))))) ?? ctx.narrativeYear;
    const claimSpans = extractClaims(doc.id, s, said, speaker && speaker.sentence >= s.index - 2 ? speaker.mention : undefined);
    for (const c of claimSpans) claims.push(c.claim);
    const claimant = firstClaimant(claimSpans, said);
    if (claimant) speaker = { mention: claimant, sentence: s.index };
    const triggers = findTriggers(s, mentions, claimSpans);
    const previous = s.index > 0 ? { s: seg.sentences[s.index - 1]!, mentions: factual(bySentence[s.index - 1]!) } : undefined;
    // (the sides "the two groups" fight each other are the groups named last: in the sentence before, or this one)
    if (triggers.length) reciprocalSides(s, triggers, mentions, previous);
    const topic = topics[s.index];
    // (an entry headed by a state, "BURKINA FASO. The president named …", is about that state: its untitled prime minister is its own)
    const state = entryState(bySentence, entries[s.index]);
    // (the arguments written out, no spread in the middle of the literal: one object shape for every sentence)
    const rel = state
      ? { docId: doc.id, s, mentions, triggers, claims: claimSpans, previous, article, focusCountry: state as string | undefined, focusGovernment: present(ids, gaz.governmentOf.get(state)),
        focusForce: present(ids, gaz.forceOf.get(state)), stateOf, topic, ties: ties.get(s.index) ?? NO_TIES, allied }
      : { docId: doc.id, s, mentions, triggers, claims: claimSpans, previous, article, focusCountry, focusGovernment, focusForce, stateOf, topic, ties: ties.get(s.index) ?? NO_TIES, allied };
    for (const r of extractRelations(rel)) relations.push(r);
    const told = extractEvents(doc.id, s, mentions, triggers, dates, claimSpans, scene);
    // (a scene is set by a sentence that gives a day, and holds for the three sentences after it)
    const set = sceneOf(s, mentions, dates);
    if (set) { scene = set; sceneAt = s.index; } else if (scene && s.index - sceneAt >= 3) scene = undefined;
    for (const e of told) {
      if (entry && !e.date) e.date = entry.date;
      if (entry?.place && !e.place) e.place = entry.place;
      events.push(e);
    }
    // (a transcript's question that is only a day, "PRESENTER: Which brings us to Wednesday 21 May.", dates the answer)
    if (!told.length && dates.length === 1 && dates[0]!.grain === 'date' && entries[s.index] === s.index && SPEAKER_LABEL.test(s.text)
      && entries[s.index + 1] !== s.index) asked = dates[0]!.value;
    for (const tr of triggers) {
      if (!tr.claimed || tr.uncertain || !tr.agents.length) continue;
      const claim = claimSpans.find((c) => tr.k >= c.from && tr.k < c.to)?.claim.id;
      // (a named doer: "terrorists" the government blames are no one in particular)
      const named = tr.agents.filter((m) => m.kind === 'name' || m.kind === 'acronym');
      if (named.length) claimedActs.push({ s, agents: named.map((m) => m.entity), ...(claim ? { claim } : {}) });
    }
    const blamed = blamedDoers(s, mentions);
    if (blamed.length) claimedActs.push({ s, agents: blamed, bare: true });
    for (const tr of triggers) {
      const act = condemnedAct(s, tr, triggers, mentions);
      if (act) condemned.push({ s, agents: tr.agents.map((m) => m.entity), cls: act });
    }
  }
  const classOf = new Map<string, EntityClass>();
  for (const e of entities) classOf.set(e.id, e.cls);
  // (a capital is where an attack happened, not what it hit: the school or the base in it was)
  // (looked up only for an article that names a doer of an act: most do not)
  const capitals = claimedActs.length ? new Set(entities.filter((e) => gaz.byId.get(e.id)?.capitalOf).map((e) => e.id)) : NO_CAPITALS;
  for (const r of attributedActs(doc.id, claimedActs, events, classOf, capitals)) relations.push(r);
  // (what the gazetteer knows yields to what the sentence says the other way: "AQIM's Saharan emirate merged … to create
  // JNIM" makes AQIM a member of JNIM, whatever the gazetteer says of JNIM)
  const stated = new Set<string>();
  for (const r of relations) if (r.predicate === 'memberOf') stated.add(`${r.object} ${r.subject} ${r.evidence[0]!.sentence}`);
  for (const r of knownRelations(doc.id, seg.sentences, entities, bySentence, gaz)) {
    if (r.predicate !== 'memberOf' || !stated.has(`${r.subject} ${r.object} ${r.evidence[0]!.sentence}`)) relations.push(r);
  }
  events = mergeEvents(joinToldActs(claimedActs, foldTolls(events, (e) => classOf.get(e) === 'Person')));
  carryDates(events);
  for (const r of condemnedDoers(doc.id, condemned, events, classOf)) relations.push(r);
  sentForces(events, ids, classOf, stateOf, gaz);
  coupStates(events, ids, stateOf, gaz);
  // An entity exists only through its mentions; a relation or event only between existing entities.
  const known = ids;
  // (a state that acts in an event acts through its government, when the article names that government:
  // "Mali and Niger agreed at a meeting", "Mali left the G5 Sahel")
  for (const e of events) {
    for (const p of e.participants) {
      const government = p.role === 'agent' && classOf.get(p.entity) === 'Country' ? gaz.governmentOf.get(p.entity) : undefined;
      if (government && known.has(government)) p.entity = government;
    }
    if (e.participants.length > 1) e.participants = e.participants.filter((p, i, ps) => ps.findIndex((o) => o.entity === p.entity) === i);
  }
  return {
    documents: [doc],
    entities,
    relations: relations.filter((r) => known.has(r.subject) && known.has(r.object) && !withdrawnFromOwnState(r, classOf, gaz)),
    events: events.map((e) => namedOnly(e, known)),
    claims: claims.filter((c) => known.has(c.claimant)),
  };
}

/**
 * The scene a sentence sets: the day it gives and the first town or site it names, if it gives a day and tells something
 * (a dateline, "NIAMEY, 25 May 2013.", has no verb: it dates the article, not what the next sentences tell).
 */
function sceneOf(s: Sentence, mentions: readonly ResolvedMention[], dates: readonly DateMention[]): Scene | undefined {
  const day = dates.find((d) => d.grain === 'date');
  if (!day || !s.tokens.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return undefined;
  const at = mentions.find((m) => (m.cls === 'Settlement' || m.cls === 'Site') && m.kind === 'name');
  return at ? { place: at.entity, date: day.value } : { date: day.value };
}

/**
 * The event with only the participants the article names, and its place only when the article names it (as its last
 * key; the others keep their order). A loop over its keys: an object spread, then a rest pattern, cost 3 µs an event.
 */
function namedOnly(e: EventFact, known: ReadonlySet<string>): EventFact {
  const kept: Record<string, unknown> = {};
  for (const key in e) if (key !== 'place') kept[key] = key === 'participants' ? e.participants.filter((p) => known.has(p.entity)) : e[key as keyof EventFact];
  if (e.place && known.has(e.place)) kept.place = e.place;
  return kept as unknown as EventFact;
}

/** The mentions that can take part in what a sentence tells: all but its sources quoted without a name. */
function factual(ms: ResolvedMention[]): ResolvedMention[] {
  return ms.some((m) => isAnonymousSource(m.entity)) ? ms.filter((m) => !isAnonymousSource(m.entity)) : ms;
}

/** A body of the state the article is about, only when the article names it. */
function present(ids: ReadonlySet<string>, id: string | undefined): string | undefined {
  return id && ids.has(id) ? id : undefined;
}


/** The most precise place an entry's heading names ("Kankara, Katsina State": the town), if any. */
function headingPlace(mentions: readonly ResolvedMention[]): string | undefined {
  let best: ResolvedMention | undefined;
  for (const m of mentions) if (m.kind === 'name' && isPlaceClass(m.cls) && (!best || PRECISION[m.cls]! > PRECISION[best.cls]!)) best = m;
  return best?.entity;
}
const PRECISION: Readonly<Record<string, number>> = { Site: 4, Settlement: 3, Region: 2, Place: 1, Country: 0 };

/** The state an entry's heading names ("MALI. …", "1 March – Dikwa, Borno State (Nigeria). …"), if any. */
function entryState(bySentence: readonly (readonly ResolvedMention[])[], head: number | undefined): string | undefined {
  if (head === undefined) return undefined;
  const m = bySentence[head]!.find((x) => x.cls === 'Country' && x.kind === 'name');
  return m && m.from <= 2 ? m.entity : undefined;
}

/** The mention of the first claim's claimant that the sentence names, if any. */
function firstClaimant(claims: readonly ClaimSpan[], mentions: readonly ResolvedMention[]): ResolvedMention | undefined {
  for (const c of claims) {
    const m = mentions.find((x) => x.entity === c.claim.claimant);
    if (m !== undefined) return m;
  }
  return undefined;
}

/** "ECOWAS condemned the takeover": who condemns an act named by a noun, and what act (one of violence, or a coup). */
interface CondemnedAct {
  s: Sentence;
  agents: string[];
  /** The class of the act the condemnation names ("the attack", "the takeover"): an act of another class told before is not it. */
  cls: EventClass;
}

const CONDEMNING = new Set(['condemn', 'denounce']);
const ACT_COMPLEMENTS = new Set(['on', 'against', 'in', 'at', 'of', 'by']);

/** The class of the act a condemnation's object noun names ("condemned the takeover", "denounced the attack"), if any. */
function condemnedAct(s: Sentence, tr: Trigger, triggers: readonly Trigger[], mentions: readonly ResolvedMention[]): EventClass | undefined {
  if (!CONDEMNING.has(tr.key) || tr.nominal || tr.uncertain || !tr.agents.length || tr.targets.length) return undefined;
  const t = s.tokens;
  let q = tr.end;
  while (q < t.length && (t[q]!.pos === 'DET' || t[q]!.pos === 'ADJ')) q++;
  const act = triggers.find((o) => o.k === q && o.nominal && o.event !== undefined && (VIOLENT.has(o.event) || o.event === 'Coup'));
  // (an act its own phrase tells, "condemned the attack on Charlie Hebdo in Paris", is not one told before; "in the strongest
  // terms" tells none)
  const told = act && ACT_COMPLEMENTS.has(t[act.end]?.norm ?? '') && (mentions.some((m) => m.from > act.end && m.from <= act.end + 4) || t[act.end + 1]?.pos === 'PROPN');
  return act && !told ? act.event : undefined;
}

/**
 * "Soldiers seized power in Ouagadougou on Friday. … ECOWAS condemned the takeover": who condemns an act told in the four
 * sentences before opposes its doers.
 */
function condemnedDoers(docId: string, acts: readonly CondemnedAct[], events: readonly EventFact[], classOf: ReadonlyMap<string, EntityClass>): Relation[] {
  const out: Relation[] = [];
  for (const act of acts) {
    const at = act.s.index;
    // (the one act of its kind told in the sentences before: of several, which one is meant the text does not say)
    // ("Guterres condemned the attack", after troops' "repeated operations" were told: not an act of another class)
    const candidates = events.filter((e) => (VIOLENT.has(act.cls) ? VIOLENT.has(e.cls) : e.cls === 'Coup') && e.participants.some((p) => p.role === 'agent')
      && e.evidence.some((v) => v.sentence < at && v.sentence >= at - 4) && !(e.cls === 'ArmedClash' && act.cls !== 'ArmedClash'));
    const told = candidates.length === 1 ? candidates[0] : undefined;
    if (!told) continue;
    const evidence = { doc: docId, sentence: at, start: act.s.start, end: act.s.end, text: act.s.text, rule: 'relation.condemned-act', confidence: 0.6 };
    for (const a of act.agents) {
      for (const p of told.participants) {
        if (p.role !== 'agent' || p.entity === a || isPlaceClass((classOf.get(p.entity) ?? 'Person') as EntityClass)) continue;
        const [x, y] = a < p.entity ? [a, p.entity] : [p.entity, a];
        out.push({ subject: x, predicate: 'opposes', object: y, evidence: [{ ...evidence }] });
      }
    }
  }
  return out;
}

/** An act named again with its doer ("JNIM claimed the attack"), in sentence `s`. */
interface ClaimedAct {
  s: Sentence;
  agents: string[];
  claim?: string;
  /** Told with no act of its own in its sentence: "The government blamed Boko Haram", "Boko Haram was behind what he called attacks". */
  bare?: boolean;
}

/**
 * Who a sentence blames with no act named after it ("Government spokesman X blamed the Nigerian Islamist group.",
 * "He said Boko Haram was behind what he called cowardly attacks"): a group named, or described as the one the
 * article names — not "terrorists", no one in particular.
 */
function blamedDoers(s: Sentence, mentions: readonly ResolvedMention[]): string[] {
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    // ("Responsibility was claimed within hours by JNIM", "JNIM claimed responsibility." with no act after it)
    if (t[k]!.norm === 'responsibility') {
      const by = t[k + 1] && BE.has(t[k + 1]!.norm) && t[k + 2]?.lemma === 'claim' ? t.findIndex((x, i) => i > k + 2 && i <= k + 6 && x.norm === 'by') : -1;
      const claimer = by > 0 ? mentions.find((m) => m.from > by && m.from <= by + 2)
        : t[k - 1]?.lemma === 'claim' && !['for', 'of'].includes(t[k + 1]?.norm ?? '')
          // (past an apposition: "JNIM, the alliance of groups linked to al-Qaeda, claimed responsibility")
          ? (t[k - 2]?.text === ',' ? antecedentBefore(s, actors(mentions), k - 2) : undefined) ?? mentions.find((m) => m.to === k - 1 || m.to === k - 2) : undefined;
      if (claimer && !isUnnamedActor(claimer.entity) && DOERS.has(claimer.cls)) return [claimer.entity];
      continue;
    }
    const blame = t[k]!.lemma === 'blame' && t[k]!.pos === 'VERB' && !BE.has(t[k - 1]?.norm ?? '');
    // ("was behind the ambush at Tongo Tongo" names its act: the trigger rules read it)
    const behind = t[k]!.norm === 'behind' && BE.has(t[k - 1]?.norm ?? '') && t[k + 1]?.pos !== 'DET';
    if (!blame && !behind) continue;
    // (the object, past its description: "blamed the Nigerian Islamist group Boko Haram")
    const who = blame ? mentions.find((m) => m.from > k && m.from <= k + 6 && t.slice(k + 1, m.from).every((x) => NP_TAGS.has(x.pos))) : mentions.find((m) => m.to === k - 1);
    // ("blamed X for Y" names its act: the trigger rules read it)
    if (!who || isUnnamedActor(who.entity) || !DOERS.has(who.cls) || (blame && t.slice(who.to, who.to + 3).some((x) => x.norm === 'for'))) continue;
    return [who.entity];
  }
  return [];
}
const DOERS = new Set<string>(['ArmedGroup']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** Who can be hit by an act of violence a doer is named for. */
const HIT = new Set<EntityClass>(['StateForce', 'ArmedGroup', 'PrivateMilitaryCompany', 'InternationalOrganization']);

/**
 * "Seven assailants were killed": an act whose only targets are the unnamed attackers is the defenders' reply,
 * never the attack a group later claims.
 */
function hitsAttackers(e: EventFact): boolean {
  const targets = e.participants.filter((p) => p.role === 'target');
  return targets.length > 0 && targets.every((p) => isUnnamedActor(p.entity));
}

/** A violent act told with no doer named (none, or only unnamed attackers) that a doer named later can be joined to. */
function unattributed(e: EventFact): boolean {
  return VIOLENT.has(e.cls) && e.participants.every((p) => p.role === 'target' || isUnnamedActor(p.entity)) && !hitsAttackers(e);
}

/**
 * "Gunmen attacked the army camp in Kati … JNIM claimed the attack": the doer named later is hostile to
 * the act's targets and attacked its town. The act is the last violent event of the four sentences before
 * whose doer was unnamed; the relation's evidence is the sentence that names the doer (and the claim, when
 * it is one party's word).
 */
function attributedActs(docId: string, acts: readonly ClaimedAct[], events: readonly EventFact[], classOf: ReadonlyMap<string, EntityClass>,
  capitals: ReadonlySet<string>): Relation[] {
  const out: Relation[] = [];
  for (const act of acts) {
    const at = act.s.index;
    const told = events.filter((e) => unattributed(e) && e.evidence[0]!.sentence < at && e.evidence[0]!.sentence >= at - 4
      && (e.participants.some((p) => p.role === 'target') || (e.place && ['Settlement', 'Site'].includes(classOf.get(e.place) ?? '')))).pop();
    if (!told) continue;
    const evidence = { doc: docId, sentence: at, start: act.s.start, end: act.s.end, text: act.s.text, rule: 'relation.claimed-act', confidence: 0.6, ...(act.claim ? { claim: act.claim } : {}) };
    // (those hit are forces or groups; a town is attacked only when it is all that was hit — where an attack on
    // soldiers happened is no target)
    const hit = told.participants.filter((p) => p.role === 'target' && HIT.has(classOf.get(p.entity) ?? 'Person'));
    for (const a of act.agents) {
      for (const p of hit) {
        if (p.entity === a) continue;
        // (opposition is symmetric: written in the canonical order the sentence rules use, the actor first before a place)
        const [x, y] = a < p.entity || isPlaceClass((classOf.get(p.entity) ?? 'Person') as EntityClass) ? [a, p.entity] : [p.entity, a];
        out.push({ subject: x, predicate: 'opposes', object: y, evidence: [{ ...evidence }] });
      }
      // (people abducted from a town did not see the town attacked)
      if (!hit.length && told.place && told.cls !== 'Abduction' && !capitals.has(told.place) && ['Settlement', 'Site'].includes(classOf.get(told.place) ?? '')) {
        out.push({ subject: a, predicate: 'attacked', object: told.place, evidence: [{ ...evidence }] });
      }
    }
  }
  return out;
}

/**
 * "A vehicle … blew itself up in the camp. … The attack was claimed the same day by Al-Mourabitoune": one act
 * told twice is one event. The act named with its doer joins the last violent event of the eight sentences
 * before whose doer was unnamed: that event gains the doer, and the date and place it lacked.
 */
function joinToldActs(acts: readonly ClaimedAct[], events: EventFact[]): EventFact[] {
  const joined = new Set<EventFact>();
  for (const act of acts) {
    const at = act.s.index;
    const own = events.find((e) => e.evidence[0]!.sentence === at && VIOLENT.has(e.cls) && !joined.has(e)
      && act.agents.every((a) => e.participants.some((p) => p.entity === a && p.role === 'agent')));
    if (act.bare && !own) {
      // (blamed with no act of its own: the doer joins the act told before, as its agent)
      // (every act of the last sentence that told one: "Two blasts hit the market, killing 13 people")
      const open = events.filter((e) => unattributed(e) && e.evidence[0]!.sentence <= at && e.evidence[0]!.sentence >= at - 4);
      const last = open[open.length - 1]?.evidence[0]!.sentence;
      for (const told of open.filter((e) => e.evidence[0]!.sentence === last)) {
        for (const a of act.agents) if (!told.participants.some((p) => p.entity === a)) told.participants.push({ entity: a, role: 'agent' });
      }
      continue;
    }
    if (!own) continue;
    const told = events.filter((e) => e !== own && !joined.has(e) && unattributed(e) && e.evidence[0]!.sentence < at && e.evidence[0]!.sentence >= at - 8).pop();
    if (!told) continue;
    for (const p of own.participants) if (!told.participants.some((q) => q.entity === p.entity)) told.participants.push(p);
    told.place ??= own.place;
    told.date ??= own.date;
    told.evidence.push(...own.evidence);
    joined.add(own);
  }
  return joined.size ? events.filter((e) => !joined.has(e)) : events;
}

/**
 * "President Idriss Deby sent troops into northern Cameroon", "Chad sent 2,000 soldiers": the forces a leader or a
 * state sends are its army, a party of the deployment when the article names that army.
 */
function sentForces(events: EventFact[], present: ReadonlySet<string>, classOf: ReadonlyMap<string, EntityClass>, stateOf: ReadonlyMap<string, string>,
  gaz: GazetteerIndex): void {
  for (const e of events) {
    if (e.cls !== 'Deployment' || !/^sen[dt]/i.test(e.trigger)) continue;
    for (const p of [...e.participants]) {
      if (p.role !== 'agent') continue;
      const cls = classOf.get(p.entity);
      const state = cls === 'Country' ? p.entity : cls === 'Person' ? stateOf.get(p.entity) : cls === 'Government' ? gaz.byId.get(p.entity)?.country : undefined;
      const army = state ? gaz.forceOf.get(state) : undefined;
      if (army && present.has(army) && !e.participants.some((q) => q.entity === army)) e.participants.push({ entity: army, role: 'agent' });
    }
  }
}

/** "Chadian troops withdrew … the country's partners": a state's own force or government never withdraws from that state. */
function withdrawnFromOwnState(r: Relation, classOf: ReadonlyMap<string, EntityClass>, gaz: GazetteerIndex): boolean {
  if (r.predicate !== 'withdrewFrom' || classOf.get(r.object) !== 'Country') return false;
  const cls = classOf.get(r.subject);
  return (cls === 'StateForce' || cls === 'Government') && (gaz.byId.get(r.subject)?.country === r.object || r.subject === stateBodyId(r.object, cls));
}

/**
 * "Damiba ousted President Kaboré", "Captain Traoré toppled Damiba": a coup the sentence places nowhere happened in the state
 * its target led, else the one its doers serve — when the article names that state.
 */
function coupStates(events: EventFact[], known: ReadonlySet<string>, stateOf: ReadonlyMap<string, string>, gaz: GazetteerIndex): void {
  for (const e of events) {
    if (e.cls !== 'Coup' || e.place) continue;
    let state: string | undefined;
    for (const role of ['target', 'agent']) for (const p of e.participants) if (!state && p.role === role) state = stateOf.get(p.entity) ?? gaz.byId.get(p.entity)?.country;
    if (state && known.has(state)) e.place = state;
  }
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
