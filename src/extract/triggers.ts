// Trigger words of hostilities and other events, each with the actors on its two sides: the agents
// (subject, or the "by …" phrase of a passive or a noun) and the targets (object, "on/against/with …").
import type { EventClass, Sentence, Token } from '../types.ts';
import { isPlaceClass } from '../types.ts';
import type { ResolvedMention } from '../resolve/entities.ts';
import { actorList, actors, antecedentBefore, appositionStart, ASIDE_RELATIVES, clauseAround, coordinated, demonstrative, distinct, findToken, governingPreposition, isUncertain, listedFrom, nounBeforeRelative, places, sinceAsAdverb, within } from './clause.ts';
import { AIRCRAFT, ARMED_DESCRIPTIONS, BE, COALITION_NOUNS, DEMANDING, DEMONYM_SHAPE, ENVOYS, EVENT_TRIGGERS, FORCE_HEADS, HELD_POSTS, HOSTILE, NAMED_FACILITIES, namingAt, POSSESSIVES, REFLEXIVES, REGION_NOUNS, SETTLEMENT_NOUNS, SITE_NOUNS, stems, TITLES, wordId, wordIds, wordTable } from './lexicon.ts';

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
  places: readonly ResolvedMention[];
  clause: [number, number];
  /** Negated or hedged: no fact at all. */
  uncertain: boolean;
  /** Planned or attempted: hostility yes, event no. */
  intent: boolean;
  /** Read as a noun ("the attack", "the heaviest defeats"), whatever the tagger said. */
  nominal: boolean;
  /** A passive verb or participle ("was captured by", "a ceasefire mediated by"). */
  passive: boolean;
  /** An act told before, named again with its doer: "JNIM claimed the attack", "claimed responsibility for the
   * ambush", "attributed the assault to ISGS". The document pass in index.ts ties the doer to that act. */
  claimed: boolean;
  /** Fighting with a group, for a person: in its ranks ("deserted to fight with Ansar Dine"). No hostility, no event. */
  inRanks?: boolean;
  /** Its doer is the one a passive before it leaves unnamed ("were ambushed near X, killing 37 people"): no actor of the
   * clause stands in for it (events.ts). */
  unnamedDoer: boolean;
}

/** Verbs whose object noun names the act of their subject: "launched an attack", "declared a ceasefire". */
const LIGHT_VERBS = new Set(['launch', 'carry', 'conduct', 'stage', 'declare', 'sign', 'begin', 'start', 'lead', 'mount', 'set', 'open',
  'submit', 'make', 'hold', 'order', 'perpetrate', 'commit', 'initiate', 'wage', 'continue', 'resume', 'intensify',
  'complete', 'undertake', 'execute', 'organise', 'organize', 'orchestrate', 'announce', 'prepare', 'plan', 'step',
  'tender', 'agree', 'impose', 'lift', 'accept', 'reach', 'conclude', 'broker', 'claim', 'attempt', 'try', 'finish',
  'respond', 'retaliate', 'react', 'reply', 'open', 'keep', 'step', 'concentrate', 'focus', 'pursue', 'expand', 'redouble', 'escalate',
  // (those who take part in a meeting: "Macron hosted a summit", "leaders attended talks")
  'host', 'attend', 'convene', 'chair']);
/** Facilities whose town is struck with them: "stormed the school in Dapchi". */
const STRUCK_FACILITIES = new Set([...SITE_NOUNS, ...NAMED_FACILITIES, 'school', 'church', 'mosque', 'hospital', 'clinic', 'settlement', 'hub', 'compound', 'prison', 'jail',
  'station', 'headquarters', 'embassy', 'office', 'offices', 'residence', 'palace', 'bank', 'warehouse', 'centre', 'center',
  'position', 'positions', 'camps', 'bases', 'posts', 'outposts', 'checkpoints']);
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom']);
/** Nouns that sum up what the clause before said: ", a charge the authorities deny". */
const CHARGES = new Set(['charge', 'claim', 'accusation', 'allegation', 'move', 'decision', 'step']);
/** A share of an act, between its support verb and its noun: "completed the bulk of the withdrawal". */
const SHARE_NOUNS = new Set(['bulk', 'rest', 'remainder', 'part', 'phase', 'stage', 'start', 'end', 'first', 'last', 'final']);
/** Nouns that count or string acts together between a support verb and its noun: "carried out hundreds of attacks". */
const COUNT_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'tens', 'series', 'wave', 'waves', 'string', 'spate', 'number', 'couple', 'handful', 'succession', 'campaign']);
const PLURAL_PRONOUNS = new Set(['they', 'them']);
/** Past participles of a body found: "was found", "were discovered". */
const FOUND_DEAD = new Set(['found', 'discovered', 'recovered', 'retrieved']);
/** What strikes from the air: "French jets struck …", "a drone struck …". */
const FROM_THE_AIR = new Set([...AIRCRAFT, 'air', 'airstrike', 'airstrikes', 'aerial']);
/** States and their bodies are one kind in a list: "Mali, Burkina Faso and Niger (its government)". */
const kindOf = (cls: string) => (cls === 'Country' || cls === 'Government' ? 'State' : cls);

/**
 * The last list of two or more actors of one kind joined by commas and "and" before `end` that holds `entity`
 * ("Mali, Burkina Faso and Niger"), or none.
 */
function coordinatedBefore(t: Sentence['tokens'], acts: readonly ResolvedMention[], end: number, entity: string): ResolvedMention[] {
  const before = acts.filter((m) => m.to <= end && m.kind !== 'pronoun');
  for (let i = before.length - 1; i >= 0; i--) {
    const list = [before[i]!];
    for (let j = i - 1; j >= 0; j--) {
      const gap = t.slice(before[j]!.to, list[0]!.from);
      if (gap.length > 3 || !gap.every((x) => x.text === ',' || x.norm === 'and' || x.norm === 'the') || kindOf(before[j]!.cls) !== kindOf(list[0]!.cls)) break;
      list.unshift(before[j]!);
    }
    // (the pronoun may have been read as one state's government or army: "government-of-niger" for Niger)
    if (list.length > 1 && list.some((m) => m.entity === entity || entity.endsWith(`-${m.entity}`) || entity.startsWith(`${m.entity}-`))) return list;
    if (list.length > 1) return [];
  }
  return [];
}

/** Heads of a meeting's name: "the National Dialogue", "the Pau Summit". */
const MEETING_HEADS = new Set(['dialogue', 'conference', 'summit', 'forum']);
const TOGETHER = new Set(['jointly', 'together', 'along', 'alongside']);
/** What a state cuts when it suspends its help: "cut its military aid", "cut part of its assistance". */
const AID_NOUNS = new Set(['aid', 'assistance', 'funding', 'cooperation', 'support']);
/** Verbs that end an agreement ("revoked the defence agreements"), and the agreements they end. */
const ENDING = new Set(['revoke', 'terminate', 'cancel', 'annul', 'scrap', 'abrogate', 'rescind', 'repudiate', 'end']);
const PACT_NOUNS = new Set(['agreement', 'agreements', 'accord', 'accords', 'pact', 'pacts', 'treaty', 'treaties', 'deal', 'deals', 'convention', 'conventions']);
const NP_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * The town of a facility struck, named right after it ("the school in Dapchi", "the settlement for internally
 * displaced people (IDPs) in Rann", "the camp at the town of X"); from a noun, through its on/against ("the
 * attack on the church in Dablo"). The first in/at after the facility decides, or an "of" that names the town.
 */
function facilityTown(t: Sentence['tokens'], from: number, isNoun: boolean, placeMs: readonly ResolvedMention[], mentions: readonly ResolvedMention[]): ResolvedMention[] {
  let j = from;
  if (isNoun) { if (t[j]?.norm !== 'on' && t[j]?.norm !== 'against') return []; j++; }
  let head = -1;
  for (let q = j; q < j + 5 && q < t.length; q++) {
    if (STRUCK_FACILITIES.has(t[q]!.norm) && t[q]!.pos === 'NOUN') { head = q; break; }
    if (!NP_WORDS.has(t[q]!.pos)) return [];
  }
  if (head < 0) return [];
  for (let q = head + 1; q < head + 10 && q < t.length; q++) {
    const x = t[q]!;
    if (x.text === ',' || (x.pos === 'VERB' && !/ed$/.test(x.norm)) || x.pos === 'AUX') return [];
    if (x.norm !== 'in' && x.norm !== 'at' && x.norm !== 'of') continue;
    let p = q + 1;
    if (t[p]?.pos === 'DET') p++;
    // ("attacked army positions in seven towns: Kayes, Nioro du Sahel, Diboli …": every town the colon lists)
    if (t[p]?.pos === 'NUM' && SETTLEMENT_NOUNS.has(t[p + 1]?.norm ?? '') && t[p + 2]?.text === ':') return listedTowns(t, places(mentions), p + 3);
    if (SETTLEMENT_NOUNS.has(t[p]?.norm ?? '') && t[p + 1]?.norm === 'of') p += 2;
    // (a name, not "the town" again; and not a possessive: "a base at Bamako's airport" is no attack on Bamako)
    const town = placeMs.find((m) => m.from === p && m.kind !== 'description' && m.cls === 'Settlement' && /^[A-Z]/.test(t[m.from]!.text) && !/^['’]s?$/.test(t[m.to]?.norm ?? ''));
    // (past the owner: "the base of the army's 157th battalion at Metele")
    if (town || x.norm !== 'of') return town ? [town] : [];
  }
  return [];
}

/**
 * The actors an act was done "together with" (or "along with") after its verb, of the first agent's kind: states with
 * a state, bodies with a body ("together with two nuns" after an abduction by gunmen names no doer).
 */
function coActors(t: Sentence['tokens'], ms: readonly ResolvedMention[], from: number, to: number, agent: ResolvedMention): ResolvedMention[] {
  let w = -1;
  for (let i = from; i + 1 < to; i++) if ((t[i]!.norm === 'together' || t[i]!.norm === 'along') && t[i + 1]!.norm === 'with') { w = i + 1; break; }
  if (w < 0) return [];
  const state = agent.cls === 'Country' || agent.cls === 'Government';
  const kin = (m: ResolvedMention) => (state ? m.cls === 'Country' || m.cls === 'Government' : !isPlaceClass(m.cls) && m.cls !== 'Person' && agent.cls !== 'Person');
  return leading(listedFrom(t, ms, w + 1, true), (m) => kin(m) && m.entity !== agent.entity);
}

/** The towns a colon lists after the verb's object "three villages …", if that is its object. */
function countedTowns(t: Sentence['tokens'], end: number, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  let q = end;
  if (t[q]?.pos === 'DET') q++;
  if (t[q]?.pos !== 'NUM' || !SETTLEMENT_NOUNS.has(t[q + 1]?.norm ?? '')) return [];
  for (let c = q + 2; c < t.length && c <= q + 16; c++) {
    if (t[c]!.text === ':') return listedTowns(t, places(mentions), c + 1);
    if (t[c]!.pos === 'VERB' || t[c]!.text === ';') return [];
  }
  return [];
}

/** The named towns listed from token `at` on, with only commas and "and" between them. */
function listedTowns(t: Sentence['tokens'], placeMs: readonly ResolvedMention[], at: number): ResolvedMention[] {
  return leading(listedFrom(t, placeMs, at), (m) => m.cls === 'Settlement' && m.kind !== 'description');
}

/** The items of a list up to the first that fails `keep`. */
function leading(list: ResolvedMention[], keep: (m: ResolvedMention) => boolean): ResolvedMention[] {
  const stop = list.findIndex((m) => !keep(m));
  return stop < 0 ? list : list.slice(0, stop);
}

/** A plain noun phrase in apposition: "an armed group". */
const SIMPLE_NP: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
/** Verbs of a group coming into being, and what may come into being. */
const SUBORDINATE_TIME = new Set(['after', 'before', 'while', 'since', 'when', 'following']);
/** Flags of a token: a word of SUBORDINATE_TIME, or "until". */
const TIME_WORD = 1;
const UNTIL = 2;
/** "72 hours to leave": a time given to do something. */
const TIME_UNITS = new Set(['hours', 'days', 'weeks', 'months']);
const FORMATION = new Set(['found', 'form', 'create', 'establish', 'emerge', 'set']);
const GROUPS = new Set<string>(['ArmedGroup', 'PrivateMilitaryCompany', 'StateForce', 'InternationalOrganization']);
/** Verbs that report a toll as their object: "reported 11 soldiers killed", "confirmed 20 civilians dead". */
const REPORT_VERBS = new Set(['report', 'confirm', 'count', 'announce', 'record', 'say']);
const GROUP_NOUNS = new Set(['group', 'coalition', 'alliance', 'militia', 'force', 'front', 'movement', 'brigade', 'battalion', 'katiba', 'organization', 'organisation',
  // ("a coalition of ex-rebel movements founded in November 2024": the plural a participle follows)
  'groups', 'movements', 'factions', 'militias']);
/** What a deployment sends. */
const FORCES = new Set(['troops', 'soldiers', 'forces', 'reinforcements', 'helicopters', 'peacekeepers', 'units', 'battalion', 'battalions', 'jets', 'aircraft', 'drones', 'men']);
/** Verbs whose act comes through "with": "responded with sanctions", "retaliated with airstrikes". */
const RESPONSE_VERBS = new Set(['respond', 'retaliate', 'react', 'reply', 'hit']);
const CIVILIANS = new Set(['civilians', 'villagers', 'residents', 'inhabitants', 'people', 'worshippers', 'farmers', 'herders', 'women', 'children', 'displaced']);
/** People seized, taken or carried off, besides civilians: "seized 279 schoolgirls", "took 39 students". */
const CAPTIVES = new Set([...CIVILIANS, 'students', 'pupils', 'schoolgirls', 'schoolboys', 'schoolchildren', 'girls', 'boys', 'teachers', 'passengers',
  'travellers', 'travelers', 'hostages', 'worshipers', 'staff', 'nuns', 'priests', 'tourists', 'foreigners']);
/** Nouns of a group's kin: what a name before them modifies is another group. */
const KIN_NOUNS = new Set(['affiliate', 'affiliates', 'branch', 'branches', 'wing', 'offshoot', 'franchise', 'arm', 'faction', 'splinter', 'ally', 'allies', 'proxy', 'proxies']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Participles that hand a noun's agent to the by-phrase after them. */
const BY_PARTICIPLES = new Set(['led', 'organised', 'organized', 'staged', 'called', 'carried', 'claimed', 'launched', 'conducted', 'mounted', 'perpetrated', 'committed', 'orchestrated', 'headed']);
/** Words that join a second verb to the first one's subject. */
const CONJ = new Set(['and', 'then', 'or']);
const RELATIVES = new Set(['which', 'that', 'whose', 'what', 'whichever', 'whatever']);
const OBLIQUE = new Set(['to', 'by', 'of', 'for', 'with', 'from', 'in', 'at', 'on', 'about', 'against', 'towards', 'toward', 'into', 'near', 'over', 'through', 'via']);
const PHRASE_KEYS = [...Object.keys(EVENT_TRIGGERS), ...HOSTILE.keys()].filter((p) => p.includes(' '));
const PHRASES = PHRASE_KEYS.map((p) => p.split(' '));
const PHRASE_FIRST = new Set(PHRASES.map((p) => p[0]!));
/** The phrases by their first word, as positions in PHRASES (tried in that order). */
const PHRASES_BY_FIRST = new Map<string, number[]>();
PHRASES.forEach((p, n) => { const at = PHRASES_BY_FIRST.get(p[0]!); if (at) at.push(n); else PHRASES_BY_FIRST.set(p[0]!, [n]); });
const NO_PHRASES: readonly number[] = [];
/** The phrases a token may open by its lemma or by its lower-case form, in the order of PHRASES. */
function phrasesFrom(lemma: string, norm: string): readonly number[] {
  const byLemma = PHRASES_BY_FIRST.get(lemma);
  const byNorm = lemma === norm ? undefined : PHRASES_BY_FIRST.get(norm);
  if (!byNorm) return byLemma ?? NO_PHRASES;
  if (!byLemma) return byNorm;
  return [...new Set([...byLemma, ...byNorm])].sort((a, b) => a - b);
}

// (the lexicon's table as a map: indexing an object with a token's string probes V8's table of every interned
// string, a miss in the processor's cache for each word asked about; a map of the trigger words stays in it)
const TRIGGER_EVENTS = new Map<string, EventClass>(Object.entries(EVENT_TRIGGERS));
/** A word the lexicon lists as a trigger. */
const known = (w: string): boolean => HOSTILE.has(w) || TRIGGER_EVENTS.has(w);
/** The first stem of a word that the lexicon lists as a trigger, if any. (A loop: no callback per stem.) */
function knownStem(norm: string): string | undefined {
  const st = stems(norm);
  for (let i = 0; i < st.length; i++) if (known(st[i]!)) return st[i];
  return undefined;
}

// Scans over a token range, as loops: the rules ask them several times per trigger, and a slice with a callback
// per token allocated and called more than the test itself cost.
/** True when a token in [from, to) has the tag `pos`. */
function hasPos(t: Sentence['tokens'], from: number, to: number, pos: string): boolean {
  for (let i = from; i < to; i++) if (t[i]!.pos === pos) return true;
  return false;
}
/** True when a token in [from, to) is the punctuation or word `text`. */
function hasText(t: Sentence['tokens'], from: number, to: number, text: string): boolean {
  for (let i = from; i < to; i++) if (t[i]!.text === text) return true;
  return false;
}
/** True when a token in [from, to) has the lower-case form `norm`. */
function hasNorm(t: Sentence['tokens'], from: number, to: number, norm: string): boolean {
  for (let i = from; i < to; i++) if (t[i]!.norm === norm) return true;
  return false;
}
/** The last preposition in [from, to): the one that governs what stands at `to`. */
function lastPrep(t: Sentence['tokens'], from: number, to: number): string | undefined {
  for (let i = to - 1; i >= from; i--) if (t[i]!.pos === 'ADP') return t[i]!.norm;
  return undefined;
}

/** The first preposition in [from, to), lower-case. */
function firstPrep(t: Sentence['tokens'], from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) if (t[i]!.pos === 'ADP') return t[i]!.norm;
  return undefined;
}

/** The first preposition between `from` and `to` past place phrases ("an offensive in the Ménaka Region against the MSA"
 * is against the MSA): a place's own preposition only sets the scene. */
function prepPastPlaces(t: Sentence['tokens'], placeMs: readonly ResolvedMention[], from: number, to: number): string | undefined {
  let i = from;
  while (i < to && t[i]!.pos !== 'ADP') i++;
  while (i < to && SCENE_PREPS.has(t[i]!.norm)) {
    const place = placeMs.find((p) => p.from > i && p.to < to && t.slice(i + 1, p.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
    if (!place) break;
    i = place.to;
    if (t[i]!.pos !== 'ADP') return undefined;
  }
  return i < to ? t[i]!.norm : undefined;
}
const SCENE_PREPS = new Set(['in', 'near', 'at', 'around', 'across']);

// The rules' helpers that need no more than the tokens live out here: a function made inside findTriggers is made
// again for every sentence or trigger (and, run from source through tsx, named again each time: a third of the
// stage's time went to that).
/** A determiner (or a possessive) within the adjectives before k: the word at k heads a noun phrase. */
function determined(t: Sentence['tokens'], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 3; i--) {
    // ("which overthrew": a relative pronoun tagged as a determiner opens a clause, not a noun phrase)
    if (t[i]!.pos === 'DET' && RELATIVES.has(t[i]!.norm)) return false;
    if (t[i]!.pos === 'DET' || t[i]!.pos === 'PART' && /^['’]s$/.test(t[i]!.norm) || t[i]!.pos === 'PRON' && /^(his|her|its|their|our)$/.test(t[i]!.norm)) return true;
    if (t[i]!.pos !== 'ADJ') return false;
  }
  return false;
}
/** A semicolon, or a comma and a conjunction, in [from, to): a coordinate clause starts between. */
function coordinateClauseBetween(t: Sentence['tokens'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (t[i]!.text === ';' || (t[i]!.text === ',' && i + 1 < to && CONJ.has(t[i + 1]!.norm))) return true;
  return false;
}
/** A verb (or a participle read as an adjective) that is no support verb. */
const verbish = (x: Sentence['tokens'][number]): boolean => (x.pos === 'VERB' || (x.pos === 'ADJ' && /ed$/.test(x.norm))) && !LIGHT_VERBS.has(x.lemma);
/** A conjunction outside any name (`covered` flags the tokens of names) in [from, to). */
function conjunctionBetween(t: Sentence['tokens'], covered: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CONJ.has(t[i]!.norm) && !covered[i]) return true;
  return false;
}
/** Prepositions before a gerund whose subject is that of the clause it hangs on ("after expelling French troops"). */
const GERUND_OPENERS = new Set(['after', 'before', 'by', 'upon', 'without']);
/** The verb of a clause whose subject starts before `from`: past the subject's nouns and names, an auxiliary or adverb aside; -1 if none. */
function clauseVerbAt(t: Sentence['tokens'], from: number): number {
  let i = from;
  while (i < t.length && i < from + 4 && (t[i]!.pos === 'NOUN' || t[i]!.pos === 'PROPN' || t[i]!.pos === 'ADJ')) i++;
  while (i < t.length && (t[i]!.pos === 'AUX' || t[i]!.pos === 'ADV')) i++;
  return t[i]?.pos === 'VERB' ? i : -1;
}
/** Verbs that set a named operation going. */
const LAUNCHING = new Set(['launch', 'begin', 'start', 'mount', 'initiate']);
/** Prepositions that set an act beside another one ("after the visit of X"). */
const AROUND_ACTS = new Set(['after', 'before', 'following', 'during', 'amid']);
/** Nouns of explosive devices, which strike or hit as bombings do. */
const DEVICES = new Set(['device', 'devices', 'ied', 'ieds', 'bomb', 'bombs', 'mine', 'mines', 'landmine', 'landmines', 'explosives']);
/** Nouns of a span of time, which a phrase between "and" and its verb may end in ("and later that month struck …"). */
const SPANS_OF_TIME = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'night', 'evening', 'afternoon', 'hours']);
/** The verb that the verb at v is joined to by "and"/"or"/"then" (adverbs aside), from the clause's start on, or -1. */
/** The first of the auxiliaries and adverbs right before the verb at `i` (`i` if none). */
function auxStart(t: Sentence['tokens'], i: number): number {
  while (i > 0 && (t[i - 1]!.pos === 'AUX' || t[i - 1]!.pos === 'ADV')) i--;
  return i;
}
/** Is the verb at `v` followed, in its sentence, by "and" (", and") and another verb, as the items of a series are? */
function closesSeries(t: Sentence['tokens'], v: number): boolean {
  for (let q = v + 1; q < t.length - 1; q++) {
    if (t[q]!.text === ';' || t[q]!.text === ':') return false;
    if (t[q]!.norm !== 'and') continue;
    const w = t[q + 1]!.pos === 'ADV' ? q + 2 : q + 1;
    if (t[w]?.pos === 'VERB' && t[q - 1]!.pos !== 'VERB') return true;
  }
  return false;
}

function coordinatedFrom(t: Sentence['tokens'], covered: Uint8Array, clauseFrom: number, v: number): number {
  let j = v - 1;
  // (and a phrase of time: "attacked a camp at Nampala, …, and later that month struck Ténenkou", "and two days later seized …")
  for (;;) {
    if (j >= 0 && (t[j]!.pos === 'ADV' || t[j]!.pos === 'AUX')) j--;
    else if (j >= 0 && SPANS_OF_TIME.has(t[j]!.norm) && t[j]!.pos === 'NOUN') { j--; while (j >= 0 && (t[j]!.pos === 'DET' || t[j]!.pos === 'NUM' || t[j]!.pos === 'ADJ')) j--; }
    else break;
  }
  // ("formed the AES with Mali in September 2023, withdrew from the G5 Sahel in December 2023, and left ECOWAS": a comma
  // before a verb of a series that "and" closes joins it as "and" would)
  const series = t[j]?.text === ',' && t[v]!.pos === 'VERB' && !t[v]!.norm.endsWith('ing') && closesSeries(t, v);
  if (!CONJ.has(t[j]?.norm ?? '') && !series) return -1;
  for (let i = v - 1; i >= clauseFrom; i--) {
    // (the item before is the one verb phrase before the comma: not "a delegation led by its mediator, X, met Traoré and …",
    // where the comma closes a name set beside the subject)
    // (nor a verb of a relative clause in an aside: "fighters of the GSPC, the movement that later rebranded itself as AQIM,
    // overran a post and killed …")
    if (series && t[i]!.pos === 'VERB' && !covered[i] && (hasText(t, i + 1, j, ',') || RELATIVE_WORDS.has(t[auxStart(t, i) - 1]?.norm ?? ''))) return -1;
    if (t[i]!.pos === 'VERB' && !covered[i] && (series || conjunctionBetween(t, covered, i + 1, v))) {
      // (", as he travelled to a funeral, and killed him": past a subordinate clause set off by commas, the verb
      // before it is the one this verb is joined to)
      if (t[j - 1]?.text === ',') {
        // (", shortly after the MNLA and the armed groups drove the army out of the north, and then pushed …": an adverb
        // before the subordinator, and a subject of several words after it)
        for (let q = i - 1; q >= Math.max(0, i - 10); q--) {
          if (t[q]!.text === ',') break;
          const comma = t[q - 1]?.text === ',' ? q - 1 : t[q - 1]?.pos === 'ADV' && t[q - 2]?.text === ',' ? q - 2 : -1;
          if (!SUBORDINATE_TIME.has(t[q]!.norm) && t[q]!.norm !== 'as' || comma < 0) continue;
          for (let p = comma - 1; p >= 0; p--) if (t[p]!.pos === 'VERB' && !covered[p]) return p;
        }
      }
      return i;
    }
  }
  return -1;
}
/** The first verb outside any name (`covered` flags the tokens of names) in [from, to), or -1. */
function verbOutsideNames(t: Sentence['tokens'], covered: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (t[i]!.pos === 'VERB' && !covered[i]) return i;
  return -1;
}
/** "fought alongside AQIM against the army", "fought side by side with the HCUA": those alongside a trigger ending at
 * `end` are partners, not targets. */
function alongside(t: Sentence['tokens'], end: number, m: ResolvedMention): boolean {
  const sideBySide = (t[end]?.norm === 'side' && t[end + 1]?.norm === 'by' && t[end + 2]?.norm === 'side')
    || (t[end]?.norm === 'shoulder' && t[end + 1]?.norm === 'to' && t[end + 2]?.norm === 'shoulder');
  const p = sideBySide ? 'alongside' : firstPrep(t, end, m.from);
  // ("took control of Timbuktu in April 2012 alongside AQIM": or right before the mention, past the trigger's object)
  const before = t[m.from - 1]?.pos === 'DET' ? m.from - 2 : m.from - 1;
  const beside = (x: string | undefined) => x === 'alongside' || x === 'beside';
  return (beside(p) || beside(t[before]?.norm)) && !hasNorm(t, end, m.from, 'against');
}
/** No verb (but a support verb) between a noun ending at `end` and the mention: it is in the noun's own phrase. */
function near(t: Sentence['tokens'], end: number, m: ResolvedMention): boolean {
  for (let i = end; i < m.from; i++) if (t[i]!.pos === 'VERB' && !LIGHT_VERBS.has(t[i]!.lemma)) return false;
  return true;
}
/** Who may take part in a meeting: an actor, or a state by its name. */
const party = (m: ResolvedMention): boolean => (!isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')) && m.kind !== 'pronoun';

/** The trigger at k reads as a noun ("the attack", "its own offensive"), whatever the tagger said. */
function isNounAt(t: Sentence['tokens'], mentions: readonly ResolvedMention[], k: number): boolean {
  return !(t[k - 1]?.pos === 'AUX' && /(ing|ed)$/.test(t[k]!.norm))
    // ("security forces fired on protesters, killing dozens of people": the tagger's noun after a comma, with a number or
    // a determiner as its object, is the participle)
    && !(t[k - 1]?.text === ',' && t[k]!.norm.endsWith('ing') && (t[k + 1]?.pos === 'NUM' || (t[k + 1]?.pos === 'DET' && t[k + 1]!.norm !== 'the')
      || /^(?:dozens|hundreds|scores|thousands)$/.test(t[k + 1]?.norm ?? '')))
    // ("launched its own offensive": the tagger's adjective after a determiner, with no noun after it, is the noun)
    && (t[k]!.pos === 'NOUN' || (t[k]!.pos === 'VERB' && determined(t, k)) || (t[k]!.pos === 'ADJ' && determined(t, k) && t[k + 1]?.pos !== 'NOUN' && t[k + 1]?.pos !== 'ADJ'))
    // "the army fights the insurgents": tagged a plural noun, but between an actor and a determiner it is a verb.
    && !(t[k]!.pos === 'NOUN' && t[k]!.norm.endsWith('s') && (t[k + 1]?.pos === 'DET' || t[k + 1]?.pos === 'NUM') && mentions.some((m) => m.to === k && !isPlaceClass(m.cls)))
    // ("French and Chadian troops fight AQIM fighters": so is one between actors in the plural and the actor it takes)
    && !(t[k]!.pos === 'NOUN' && !t[k]!.norm.endsWith('s') && mentions.some((m) => m.to === k && !isPlaceClass(m.cls) && /s$/i.test(t[k - 1]!.text))
      && mentions.some((m) => m.from === k + 1 && !isPlaceClass(m.cls)));
}
/** The verb a noun at k is the object of ("declared a cease-fire", "began to lead mediation"), or -1. */
/**
 * The verb a noun at `k` is the purpose of ("flew into Maiduguri for a brief visit", "arrived on a two-day tour"):
 * back over the noun's determiners and adjectives to "for"/"on", then over a short object or place phrase to the
 * verb; -1 if there is none.
 */
function purposeVerb(t: Sentence['tokens'], k: number): number {
  let i = k - 1;
  // (over "a brief", "his first", "a two-day")
  while (i >= 0 && i >= k - 5 && (['DET', 'ADJ', 'NUM', 'PRON'].includes(t[i]!.pos) || t[i]!.text === '-' || (t[i]!.pos === 'NOUN' && t[i - 1]?.text === '-'))) i--;
  if (t[i]?.norm !== 'for' && t[i]?.norm !== 'on') return -1;
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const x = t[j]!;
    if (x.pos === 'VERB') return j;
    if (x.text === ',' || x.pos === 'AUX' || x.pos === 'SCONJ') return -1;
  }
  return -1;
}

function governingVerb(t: Sentence['tokens'], k: number): number {
  let through = false;
  for (let i = k - 1; i >= 0 && i >= k - (through ? 9 : 6); i--) {
    const x = t[i]!;
    // ("carried out repeated operations", "launched a renewed offensive": a participle the tagger reads as a verb, after a
    // determiner or a verb's particle, is an adjective of the noun)
    if (x.pos === 'VERB' && /ed$/.test(x.norm) && i < k && (t[i - 1]?.pos === 'DET' || t[i - 1]?.pos === 'NUM' || POSSESSIVES.has(t[i - 1]?.norm ?? '')
      || ((t[i - 1]?.norm === 'out' || t[i - 1]?.norm === 'up') && t[i - 2]?.pos === 'VERB'))) continue;
    if (x.pos === 'VERB') return !through || RESPONSE_VERBS.has(x.lemma) ? i : -1;
    // "responded on July 30 with sweeping sanctions": a response names its act through "with".
    if (x.norm === 'with' && !through) { through = true; continue; }
    // "kept up strikes", "stepped up attacks": the particle of a phrasal verb.
    if ((x.norm === 'up' || x.norm === 'out') && t[i - 1]?.pos === 'VERB') continue;
    // ("completing the bulk of a withdrawal", "began the first phase of its pull-out": a share of the act)
    if (x.norm === 'of' && SHARE_NOUNS.has(t[i - 1]?.norm ?? '')) continue;
    // ("carried out hundreds of attacks", "launched a series of attacks": a count or a run of acts)
    if (x.norm === 'of' && COUNT_NOUNS.has(t[i - 1]?.norm ?? '')) continue;
    // ("conducted joint air and ground operations": adjectives or nouns joined inside the noun phrase)
    if ((x.norm === 'and' || x.norm === 'or') && i < k - 1 && ['ADJ', 'NOUN'].includes(t[i - 1]?.pos ?? '') && ['ADJ', 'NOUN'].includes(t[i + 1]!.pos)) continue;
    // ("carried out their first joint operation": an ordinal the tagger reads as an adverb, after the determiner)
    if (x.pos === 'ADV' && (t[i - 1]?.pos === 'DET' || t[i - 1]?.pos === 'PRON')) continue;
    // ("claimed that abduction as well": a demonstrative the tagger reads as a conjunction, no verb after the noun)
    if (i === k - 1 && x.norm === 'that' && demonstrative(t, i)) continue;
    if ((!['DET', 'ADJ', 'NUM', 'PRON', 'PART', 'NOUN', 'PROPN'].includes(x.pos) && x.norm !== 'to' && !(through && x.pos === 'ADP')) || x.text === ',') return -1;
  }
  return -1;
}
/** Whom an act named by a noun ending at `end` is blamed on or attributed to, later in its own phrase. */
function putDownTo(t: Sentence['tokens'], right: readonly ResolvedMention[], end: number): ResolvedMention[] {
  for (let q = end; q < end + 12 && q < t.length; q++) {
    const x = t[q]!;
    if ((x.norm === 'on' && t[q - 1]?.lemma === 'blame') || (x.norm === 'to' && t[q - 1]?.lemma === 'attribute')) {
      return right.filter((m) => m.from === q + 1 || (m.from === q + 2 && t[q + 1]!.pos === 'DET')).slice(0, 1);
    }
    if (x.text === ',' || x.text === ';' || (x.pos === 'VERB' && x.lemma !== 'blame' && x.lemma !== 'attribute')) return [];
  }
  return [];
}

/** Governed by a preposition, so not a subject; "the army led by X": the leader acts with the army. */
function oblique(s: Sentence, m: ResolvedMention): boolean {
  const t = s.tokens;
  const p = governingPreposition(s, m) ?? '';
  if (p === 'by') {
    let b = m.from - 1;
    while (b >= 0 && t[b]!.norm !== 'by') b--;
    if (['led', 'headed', 'commanded'].includes(t[b - 1]?.norm ?? '')) return false;
  }
  // ("A group of armed men had attacked the palace", "a column of fighters"): the men a collective noun counts are its subject
  // ("On July 26, members of the presidential guard detained the president": past the article, after a comma too)
  if (p === 'of') {
    const of = t[m.from - 1]?.pos === 'DET' ? m.from - 2 : m.from - 1;
    // ("… when hundreds of jihadists attacked": after a conjunction that opens the clause too)
    if (t[of]?.norm === 'of' && COLLECTIVES.has(t[of - 1]?.norm ?? '') && (of - 1 === 0 || t[of - 2]?.pos === 'DET' || t[of - 2]?.text === ','
      || t[of - 2]?.pos === 'SCONJ' || t[of - 2]?.pos === 'CCONJ' || (t[of - 2]?.pos === 'ADV' && t[of - 3]?.pos !== 'VERB'))) return false;
  }
  return OBLIQUE.has(p);
}
/** Verbs whose that-clause is an act asked for, not one done ("recommended that the authorities open talks"). */
const ADVISING: ReadonlySet<string> = new Set([...DEMANDING, 'recommend', 'propose', 'suggest', 'insist', 'advise']);
/** Verbs of leaving, which tell an order to leave obeyed. */
const DEPARTING: ReadonlySet<string> = new Set(['leave', 'withdraw', 'depart', 'quit', 'pull']);
/** Verbs whose object is asked to do what the infinitive after it says ("ordered the ambassador to leave"). */
const ORDERING: ReadonlySet<string> = new Set([...ADVISING, 'order', 'tell', 'instruct', 'give', 'invite', 'encourage', 'pressure', 'press']);
/** Participles that set a force's backers beside it ("troops, backed by French forces, …"). */
const BACKING_PARTICIPLES = new Set(['backed', 'supported', 'assisted', 'aided', 'accompanied', 'helped']);
/** Nouns that count the men of a phrase after "of": "a group of armed men", "a column of fighters". */
const COLLECTIVES = new Set(['group', 'band', 'column', 'unit', 'squad', 'gang', 'convoy', 'contingent', 'detachment', 'handful', 'dozen', 'number',
  'members', 'elements', 'dozens', 'hundreds', 'thousands', 'scores']);
/** "soldiers, angered by the government's handling of the rebellion, attacked": inside a comma aside
 *  that opens with a participle or a relative pronoun, an actor is not the subject of what follows. */
function inAside(t: Sentence['tokens'], mentions: readonly ResolvedMention[], covered: Uint8Array, m: ResolvedMention, k: number): boolean {
  let open = m.from - 1;
  while (open >= 0 && t[open]!.text !== ',') open--;
  if (open < 0) return false;
  if (!hasText(t, m.to, k, ',')) return false;
  const first = t[open + 1]!;
  if (inListOfRelative(t, mentions, open)) return true;
  return (first.pos === 'VERB' && /(ed|en|ing)$/.test(first.norm) && !['led', 'headed', 'commanded', 'backed', 'supported'].includes(first.norm))
    || ASIDE_RELATIVES.has(first.norm) || inCoalitionAside(t, covered, m)
    // (", both members of JNIM,": the body named in such an aside does not act)
    || (first.norm === 'both' && ['members', 'part'].includes(t[open + 2]?.norm ?? ''))
    // (nor one named inside a clause of an apposition to the actor before it: "fighters of the GSPC, the Algerian
    // movement that later rebranded itself as AQIM, overran …")
    // (one that names the antecedent again is the antecedent: "Al-Mahdi, … who is also known as Abu Turab, is …")
    || (first.pos === 'DET' && mentions.some((o) => o.to === open && o.entity !== m.entity) && t.slice(open + 2, m.from).some((x) => ['that', 'which', 'who'].includes(x.norm)));
}
/**
 * Is the comma at `open` one of a list that a relative clause between commas holds? "The MNJTF, which groups troops
 * from Nigeria, Niger, Chad and Cameroon, launched …": Niger is as far from acting as Nigeria.
 */
function inListOfRelative(t: Sentence['tokens'], mentions: readonly ResolvedMention[], open: number): boolean {
  for (let guard = 0; guard < 8; guard++) {
    if (!mentions.some((o) => o.from === open + 1) || !mentions.some((o) => o.to === open)) return false;
    let p = open - 1;
    while (p >= 0 && t[p]!.text !== ',') p--;
    if (p < 0) return false;
    if (ASIDE_RELATIVES.has(t[p + 1]!.norm)) return true;
    open = p;
  }
  return false;
}
/**
 * "A group that had fought the police became an armed movement at war with the army": the object of a relative clause
 * closed before the trigger at k (a verb of the clause before it, another verb after it) is not the trigger's subject.
 * (`covered` flags the tokens of names)
 */
function inClosedRelative(t: Sentence['tokens'], covered: Uint8Array, m: ResolvedMention, k: number): boolean {
  let r = m.from - 1;
  // (within the same stretch between commas: "The attack that triggered the offensive took place on March 23, when
  // fighters from the faction of Boko Haram … overran the base")
  while (r > 0 && !REL_PRONOUNS.has(t[r]!.norm)) if (t[r--]!.pos === 'PUNCT') return false;
  if (r <= 0 || (t[r - 1]!.pos !== 'NOUN' && t[r - 1]!.pos !== 'PROPN')) return false;
  let before = false;
  for (let i = r + 1; i < m.from; i++) if (t[i]!.pos === 'VERB' && !covered[i]) before = true;
  if (!before) return false;
  for (let i = m.to; i < k; i++) if (t[i]!.pos === 'VERB' && !covered[i]) return true;
  return false;
}
/** Pronouns that open a relative clause after a noun. */
const REL_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);
/** "JNIM, a coalition of Ansar Dine, the Katiba Macina and al-Mourabitoun, claimed …": the members listed in the aside do not act. */
function inCoalitionAside(t: Sentence['tokens'], covered: Uint8Array, m: ResolvedMention): boolean {
  for (let q = m.from - 1; q > 1 && q >= m.from - 16; q--) {
    if (t[q]!.pos === 'VERB' && !covered[q]) return false;
    if (t[q]!.norm !== 'of' || !COALITION_NOUNS.has(t[q - 1]!.norm)) continue;
    let c = q - 2;
    while (c > 0 && (t[c]!.pos === 'ADJ' || t[c]!.pos === 'DET')) c--;
    return t[c]?.text === ',';
  }
  return false;
}
/** "the al-Qaeda affiliate, JNIM, fought …", "IS's Sahel branch": a name that only says whose branch the actor is. */
function modifiesKin(t: Sentence['tokens'], mentions: readonly ResolvedMention[], m: ResolvedMention): boolean {
  let j = m.to;
  if (/^'s?$/.test(t[j]?.norm ?? '')) j++;
  if (t[j]?.pos === 'ADJ' || t[j]?.pos === 'PROPN') j++;
  return KIN_NOUNS.has(t[j]?.norm ?? '') && !mentions.some((o) => o.from <= j && o.to > j);
}
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);
/** Who is evacuated (not a force leaving its base). */
const EVACUEES = new Set(['wounded', 'injured', 'casualties', 'civilians', 'residents', 'people', 'patients', 'survivors', 'staff', 'children', 'women', 'families', 'nationals', 'citizens']);
const EVACUATING = new Set(['evacuate', 'evacuation', 'airlift']);
const RELIEF = new Set(['food', 'aid', 'rations', 'relief', 'supplies', 'assistance', 'humanitarian']);
/** People one welcomes or receives as guests: a meeting. */
const GUESTS = new Set(['family', 'families', 'hostages', 'hostage', 'delegation', 'delegations', 'counterpart', 'counterparts', 'envoy', 'envoys',
  'president', 'leaders', 'leader', 'minister', 'ministers', 'ambassador', 'ambassadors', 'visitors', 'mediators', 'survivors']);
/** Compounds whose trigger noun names no act: a document's kind, a trade. */
const NOT_ACTS = new Set(['press release', 'immediate release', 'news release', 'tour operator', 'tour operators', 'tour guide', 'tour guides',
  'tour company', 'tour companies']);
/** Words of a killing; "death" and "die" only of a named person. */
const KILLING = new Set(['kill', 'killing', 'slay', 'assassinate', 'assassination', 'die', 'death']);
/** Relative pronouns that open a clause after a noun. */
const RELATIVE_OPENERS = new Set(['who', 'that', 'which']);
/** Verbs whose object does what the infinitive after them says: "which the African Union authorised to fight …". */
const ENABLING = new Set(['authorise', 'authorize', 'mandate', 'task', 'empower', 'train', 'equip']);
/** Words before an act named as one told before: "the attack", "both attacks". */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'both']);
/** Forms of "be" before a passive participle. */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
/** A step down in relations is taken against the states named after its verb (its place is events.ts pickPlace's). */
function statesActedOn(tr: Trigger, mentions: readonly ResolvedMention[], after: number): void {
  tr.targets = mentions.filter((m) => m.from > after && m.from < tr.clause[1] && m.cls === 'Country' && !tr.agents.some((a) => a.entity === m.entity));
}
/** What a state closes to another: its airspace, its borders. */
const CLOSABLE = new Set(['airspace', 'border', 'borders', 'frontier', 'frontiers', 'air']);
/** Verbs that drive someone "out of" a place. */
const DRIVE_OUT = new Set(['push', 'drive', 'chase', 'kick', 'force', 'oust', 'beat']);
/** Verbs of a retreat told after leaving a place: "left Diabaly, retreating northwards". */
const RETREATING = new Set(['retreat', 'withdraw', 'flee', 'fall']);
/** What one comes under: "came under fire", "came under attack". */
const UNDER_FIRE = new Set(['fire', 'attack', 'attacks', 'assault', 'gunfire', 'shelling', 'bombardment', 'ambush']);

// What a word may start in the two trigger loops, one lookup per token in a small map (it stays in the processor's
// cache) instead of the dozen word tests and lexicon lookups the rules make: most tokens start nothing.
/** It may open a multi-word trigger. */
const PHRASE_START = 1;
/** As a lemma, it opens one of the word rules of the main loop ("take", "fall", "send", …). */
const RULE_LEMMA = 2;
/** As a lower-case form, it opens one of those rules ("body", "guilty", "merger", …). */
const RULE_NORM = 4;
/** The lexicon lists it as a trigger. */
const KNOWN = 8;
const WORD_ROLES = wordTable(0);
const addRole = (words: Iterable<string>, role: number) => { for (const w of words) WORD_ROLES[wordId(w)]! |= role; };
addRole(PHRASE_FIRST, PHRASE_START);
addRole(['take', 'merge', 'fall', 'fly', 'march', 'send', 'set', 'blow', 'flee', 'displace', 'uproot', 'abandon', 'seek', 'welcome', 'receive', 'recall', 'close',
  'designate', 'proscribe', 'blacklist', 'agree', 'block', 'pull', 'bring', 'repatriate', 'hand', 'come', 'break', 'split', 'cut', 'host', ...FORMATION, ...DRIVE_OUT, ...ENDING, ...LAUNCHING], RULE_LEMMA);
addRole(['formation', 'founding', 'creation', 'merger', 'amalgamation', 'guilty', 'body', 'displacement', 'exodus', 'shot'], RULE_NORM);
addRole(HOSTILE.keys(), KNOWN);
addRole(TRIGGER_EVENTS.keys(), KNOWN);
/** One sentence as the trigger rules read it, and the triggers found in it so far. */
interface Scan {
  s: Sentence;
  t: Sentence['tokens'];
  mentions: ResolvedMention[];
  /** The claims whose span is a reported clause (findTriggers). */
  reported: readonly { from: number; to: number }[];
  out: Trigger[];
  /** A flag per token that a trigger (or a name) took: writes past the end, which no loop reads, are dropped. */
  used: Uint8Array;
  /** Tokens inside a mention: a verb there is a word of a name. */
  covered: Uint8Array;
  /** The word ids of the tokens' lower-case forms (wordIds). */
  norms: readonly number[];
}

/** The flags of a word of time (TIME_WORD, UNTIL), by word id: every trigger scans for them. */
const TIME_WORDS = wordTable(0);
for (const w of SUBORDINATE_TIME) TIME_WORDS[wordId(w)] = TIME_WORD;
TIME_WORDS[wordId('until')] = UNTIL;

/** A word opening a subordinate clause of time ("before Malian forces stormed …"; not "the following month"). */
function subordinator(sc: Scan, i: number): boolean {
  return (TIME_WORDS[sc.norms[i]!]! & (TIME_WORD | UNTIL)) !== 0 && sc.t[i - 1]?.pos !== 'DET' && !sinceAsAdverb(sc.t, i);
}

/** Does a subordinator of time open the clause at `from` (past a phrase of time: "Two weeks after …") and its verb come before the comma at `comma`? */
function timeClauseBefore(sc: Scan, from: number, comma: number): boolean {
  const t = sc.t;
  let i = from;
  while (i < from + 4 && i < comma && !subordinator(sc, i) && (t[i]!.pos === 'NUM' || t[i]!.pos === 'NOUN' || t[i]!.pos === 'ADJ' || t[i]!.pos === 'ADV' || t[i]!.pos === 'DET')) i++;
  if (i >= comma || !subordinator(sc, i)) return false;
  for (let q = i + 1; q < comma; q++) if (t[q]!.pos === 'VERB' || t[q]!.pos === 'AUX') return true;
  return false;
}

/** The states named in a list that opens the sentence and closes at a comma ("Mali, Burkina Faso and Niger, …"), if any. */
function openingStates(t: Sentence['tokens'], mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let at = 0;
  for (;;) {
    const m = mentions.find((o) => o.from === at && o.cls === 'Country' && o.kind === 'name');
    if (!m) return [];
    out.push(m);
    if (t[m.to]?.norm === 'and') at = m.to + 1;
    else if (t[m.to]?.text === ',' && t[m.to + 1]?.norm === 'and') at = m.to + 2;
    else if (t[m.to]?.text === ',' && mentions.some((o) => o.from === m.to + 1 && o.cls === 'Country' && o.kind === 'name')) at = m.to + 1;
    else return t[m.to]?.text === ',' && out.length > 1 ? out : [];
  }
}

/** Who leaves a town as a withdrawal: a state's force, a mission, a military company. */
const GARRISONS = new Set<string>(['StateForce', 'InternationalOrganization', 'PrivateMilitaryCompany']);
/** "The French army left Timbuktu in December 2021": a force leaving a town for nowhere named withdraws from it (the
 * relation rules read it so too); "Wagner fighters left Bamako for Kidal", "Soldiers left Anefis with heavy weapons" (a
 * column setting out) are movements. */
function forceLeaving(sc: Scan, k: number): void {
  const tr = sc.out[sc.out.length - 1];
  const town = sc.mentions.find((m) => m.from === k + 1 && m.cls === 'Settlement');
  if (!tr || tr.k !== k || !town || !tr.agents.some((m) => GARRISONS.has(m.cls)) || ONWARD.has(sc.t[town.to]?.norm ?? '')) return;
  tr.event = 'Withdrawal';
}
const ONWARD = new Set(['for', 'to', 'towards', 'toward', 'with']);

/** Is mention `m` the one at whose request or invitation an act is done ("entered Cameroon at the request of President Paul Biya")? */
function atRequestOf(t: Sentence['tokens'], m: ResolvedMention): boolean {
  let of = m.from - 1;
  while (of > 0 && (t[of]!.pos === 'DET' || TITLES.has(t[of]!.norm))) of--;
  return t[of]?.norm === 'of' && REQUESTS.has(t[of - 1]?.norm ?? '');
}
const NAMING_VERBS = new Set(['call', 'term', 'describe', 'dub', 'label', 'brand']);
const REQUESTS = new Set(['request', 'invitation', 'behest', 'invite', 'urging', 'appeal']);

/** Is mention `m` governed by "on behalf of" ("on behalf of MUJAO", "on behalf of the group")? */
function forWhom(t: Sentence['tokens'], m: ResolvedMention): boolean {
  const of = t[m.from - 1]?.pos === 'DET' ? m.from - 2 : m.from - 1;
  return t[of]?.norm === 'of' && t[of - 1]?.norm === 'behalf';
}

/** Adds the trigger at tokens [k, end) with its arguments, and takes its tokens. */
function pushTrigger(sc: Scan, k: number, end: number, key: string, event: EventClass | undefined, hostile: boolean, mutual: boolean): void {
  const { s, t, mentions, reported, used, covered, out } = sc;
  for (let i = k; i < end; i++) used[i] = 1;
  // Inside a reported statement, the speaker is not an actor of what is reported.
  let span: { from: number; to: number } | undefined;
  for (let i = 0; i < reported.length && !span; i++) if (k >= reported[i]!.from && k < reported[i]!.to) span = reported[i];
  const around = clauseAround(s, k);
  const clause: [number, number] = span ? [Math.max(around[0], span.from), Math.min(around[1], span.to)] : around;
  const inClause = within(mentions, clause[0], clause[1]);
  // The tagger reads "the heaviest defeats" as a verb: after a determiner (and adjectives) it is a noun.
  // …and "has been blockading" is a verb, whatever it said.
  const isNoun = isNounAt(t, mentions, k);
  // "was attacked" is passive; "has been fighting" is not; "a ceasefire mediated by X" is (a participle
  // right after its noun).
  // ("The army reported 11 soldiers killed": a participle after a counted noun that a report verb takes as its object)
  const pastForm = !isNoun && /(ed|en)$/.test(t[k]!.norm);
  const counted = pastForm && t[k - 1]?.pos === 'NOUN' && t[k - 2]?.pos === 'NUM' && REPORT_VERBS.has(t[k - 3]?.lemma ?? '');
  // (after the comma that closes its noun's phrase too: "the G5 Sahel joint force, formed by Mali, Burkina Faso, …")
  const participle = counted || (pastForm && (t[k - 1]?.pos === 'NOUN' || (t[k - 1]?.text === ',' && (t[k - 2]?.pos === 'NOUN' || t[k - 2]?.pos === 'PROPN')))
    && t[end]?.norm === 'by');
  // ("was later ousted by", "was himself pushed aside by": an adverb or a reflexive between the auxiliary and the participle)
  const aux = t[k - 1]?.pos === 'ADV' || REFLEXIVES.has(t[k - 1]?.norm ?? '') ? k - 2 : k - 1;
  // (not a phrase that opens with a preposition: "the ISGS is at war with JNIM" is no passive)
  // ("were tied up and slaughtered by Boko Haram fighters": a participle joined by "and" to a passive one before it)
  const joinedPassive = !isNoun && t[k - 1]?.norm === 'and' && /(ed|en)$/.test(t[k]!.norm) && t[end]?.norm === 'by'
    && t.slice(Math.max(0, k - 6), k - 1).some((x, q, xs) => (x.pos === 'VERB' || x.pos === 'ADJ') && /(ed|en)$/.test(x.norm) && PASSIVE_AUX.has((xs[q - 1] ?? t[Math.max(0, k - 6) - 1])?.norm ?? ''));
  const passive = participle || joinedPassive || (!isNoun && !/ing$/.test(t[k]!.norm) && t[k]!.pos !== 'ADP' && PASSIVE_AUX.has(t[aux]?.norm ?? ''));
  // A by-phrase names the agent of a passive verb, or of a noun when it follows the noun's own phrase
  // ("an attack by militants"); after an active verb, or past a verb, it belongs to something else.
  const byAt = findToken(s, 'by', end, clause[1]);
  // ("protests led by the M5", "an attack claimed by ISGS": a participle right before the by-phrase passes it on)
  // ("some 20 people were killed before Malian forces, backed by French forces, stormed …": the by-phrase of another
  // verb, past a subordinator, names no one who killed)
  const byOwn = byAt >= 0 && (passive ? !t.slice(end, byAt).some((x, q) => subordinator(sc, end + q) || (x.pos === 'VERB' && !(end + q === byAt - 1 && BY_PARTICIPLES.has(x.norm))))
    : isNoun && !t.slice(end, byAt).some((x, q) => verbish(x) && !(end + q === byAt - 1 && BY_PARTICIPLES.has(x.norm))));
  // (a state acts too: "the joint force, formed by Mali, Burkina Faso, Niger, Chad and Mauritania")
  const byPhrase = byOwn ? distinct(actorList(s, inClause, byAt, 8, passive)) : [];
  let agents: ResolvedMention[];
  let unnamedDoer = false;
  let claimed = false;
  let targets: ResolvedMention[];
  // Subjects are not inside prepositional phrases ("reported to AFP rocket fire").
  // Subjects may be countries acting as states ("France intervened", "Niger suspended …").
  let left = distinct(inClause.filter((m) => m.to <= k && !oblique(s, m) && !inAside(t, mentions, covered, m, k) && !modifiesKin(t, mentions, m) && !inClosedRelative(t, covered, m, k)
    && (!isPlaceClass(m.cls) || (m.cls === 'Country' && (m.kind === 'name' || m.kind === 'pronoun') && !hasPos(t, pastRelativeAside(t, m.to, k), k, 'ADP')
      // ("Burkina Faso's army fights …": a possessive country only says whose army acts)
      && !/^'s?$/.test(t[m.to]?.norm ?? '')
      // ("Mali rebels attack army camp": nor one right before the actor it qualifies)
      && !mentions.some((o) => o.from === m.to && !isPlaceClass(o.cls))))));
  // ("the Macina Liberation Front, a Fulani group led by the preacher Amadou Koufa, has attacked army posts": the
  // group acts; the leader its phrase names does not, when the group is named before him)
  // ("army officers led by Captain Traoré overthrew …": after a mere description the leader still acts)
  left = left.filter((m) => !(m.cls === 'Person' && governingPreposition(s, m) === 'by' && left.some((o) => o.cls !== 'Person' && o.to <= m.from && (o.kind === 'name' || o.kind === 'acronym'))));
  // ("The Cameroonian government of President Paul Biya declared war on the group": the leader whose body it is does not act
  // beside it)
  left = left.filter((m) => !(m.cls === 'Person' && governingPreposition(s, m) === 'of' && left.some((o) => o.cls !== 'Person' && o.to === m.from - 1 - (t[m.from - 1]?.norm === 'of' ? 0 : 1))));
  // ("Chad, whose troops fought alongside French forces": in the relative clause, whose men act, not the name "whose" follows)
  left = left.filter((m) => !(t[m.to]?.text === ',' && t[m.to + 1]?.norm === 'whose' && m.to + 1 < k && left.some((o) => o.from === m.to + 2)));
  // A participle's subject is the noun it follows; "a ceasefire mediated by X" is mediated between
  // the parties named before it.
  // (or the noun that the comma before the participle closes: "the G5 Sahel joint force, formed by Mali, …")
  if (participle) left = left.filter((m) => !hasText(t, m.to, k, ',') || (m.to === k - 1 && t[k - 1]!.text === ','));
  // ("the army and its Russian allies, who he said had attacked rebel positions": a speaker set inside the clause
  // does not act in it)
  left = left.filter((m) => !(m.kind === 'pronoun' && t[m.to]?.lemma === 'say' && t[m.to]!.pos === 'VERB' && m.to < k - 1 && RELATIVE_WORDS.has(t[m.from - 1]?.norm ?? '')));
  // ("the government has ended its cooperation with France, and the last French troops left Niger": a clause joined by
  // ", and" that names its own subject before its verb acts through that subject alone)
  if (!isNoun) {
    let joint = -1;
    // (not a second noun phrase of one subject: "fighters of JNIM, and of the ISGS have fought each other")
    for (let i = k - 2; i > clause[0] && joint < 0; i--) if (t[i]!.norm === 'and' && t[i - 1]!.text === ',' && t[i + 1]?.pos !== 'ADP') joint = i;
    // (and only past a first clause with a subject and its verb: "Yusuf's father-in-law, X, and Buji Foi … also died" is one
    // subject listed)
    const firstClause = joint > 0 && left.some((m) => {
      if (m.to >= joint) return false;
      let v = m.to;
      while (v < joint && (t[v]!.pos === 'AUX' || t[v]!.pos === 'ADV')) v++;
      return v < joint && t[v]!.pos === 'VERB';
    });
    if (firstClause && left.some((m) => m.from > joint) && !t.slice(joint + 1, k).some((x) => x.pos === 'VERB')) left = left.filter((m) => m.from > joint);
  }
  if (!isNoun) {
    // ("gunmen seized guests …, and some 20 people were killed": a passive's subject is in its own coordinate clause)
    if (passive) left = left.filter((m) => !coordinateClauseBetween(t, m.to, k));
    // ("gunmen seized guests … before Malian forces stormed the building": a verb after a subordinator has the
    // subject that follows it)
    let sub = k - 1;
    while (sub >= 0 && !(subordinator(sc, sub) && t[sub]!.pos !== 'VERB')) sub--;
    if (sub >= 0 && left.some((m) => m.from > sub)) left = left.filter((m) => m.from > sub);
  }
  // "X attacked the army's positions … and captured the town": the second verb shares the first one's
  // subject, not its object.
  // (only when "and"/"then" comes right before this verb, adverbs aside)
  // (only when "and"/"or"/"then" comes right before this verb, adverbs aside; along a chain — "killed A
  // and B and destroyed or captured vehicles" — the subject is the first verb's)
  if (!isNoun) {
    let first = coordinatedFrom(t, covered, clause[0], k);
    for (let guard = 0, p = first; p >= 0 && guard < 4; guard++) { first = p; p = coordinatedFrom(t, covered, clause[0], p); }
    // (a first verb outside this clause lends its own subject: "… ambushed the convoy, as he travelled, and killed him")
    // (and one whose subject this clause does not hold: "X, the movement that … as AQIM, overran a post and killed …")
    const prior = first >= 0 ? out.find((o) => o.k === first) : undefined;
    if (prior && (first < clause[0] || !left.some((m) => m.to <= first))) left = [...prior.agents];
    else if (first >= 0) left = left.filter((m) => m.to <= first);
  }
  // ("Mali turned to Russia after expelling French troops", "After killing the soldiers, the jihadists fled": a gerund after a
  // preposition of time or means has the subject of the clause it hangs on)
  if (!isNoun && GERUND_OPENERS.has(t[k - 1]?.norm ?? '') && t[k]!.norm.endsWith('ing') && !left.length) {
    const subject = mentions.find((m) => !governingPreposition(s, m) && !/^['’]s?$/.test(t[m.to]?.text ?? '') && m.from !== k + 1
      && (!isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')) && m.cls !== 'Person' && !(m.from > k && m.from < k + 4 && t[k + 1]?.pos !== 'PUNCT' && !hasText(t, k, m.from, ',')));
    if (subject) left = [subject];
  }
  // "Militants attacked the gendarmerie post, killing 11 gendarmes": a participle after a comma shares the
  // subject of the clause it hangs on, not that clause's object.
  if (!isNoun && t[k - 1]?.text === ',' && t[k]!.norm.endsWith('ing')) {
    // (when the clause cut before the comma holds no verb, the subject is the sentence's: "The insurgency …
    // has spread into Burkina Faso and Niger, killing thousands" — not Niger)
    const inOwnClause = verbOutsideNames(t, covered, clause[0], k - 1);
    const firstVerb = inOwnClause >= 0 ? inOwnClause : verbOutsideNames(t, covered, 0, k - 1);
    // ("security forces fired on protesters who rejected the extension, killing dozens": past a relative clause on a noun
    // no mention names, the participle hangs on the main clause, whose subject acts)
    const relative = RELATIVE_WORDS.has(t[clause[0] - 1]?.norm ?? '') && t[clause[0] - 2]?.pos === 'NOUN' && !mentions.some((m) => m.to === clause[0] - 1) ? clause[0] - 1 : -1;
    // (the verb of the clause the relative's noun is in: the last before it, "The transition was stretched, and … security
    // forces fired on protesters who …")
    let mainVerb = relative - 1;
    while (mainVerb >= 0 && !(t[mainVerb]!.pos === 'VERB' && !covered[mainVerb])) mainVerb--;
    left = relative > 0 && mainVerb >= 0 ? distinct(actors(mentions).filter((m) => m.to <= mainVerb && !oblique(s, m))).slice(-1)
      : firstVerb >= 0 ? left.filter((m) => m.to <= firstVerb) : [];
    // ("Soldiers escorting a convoy were ambushed near Gaskindé, killing 37 people": after a passive, the participle is the
    // doer's, whom the by-phrase names or none — not the passive's subject, who was hit)
    let before = k - 2;
    while (before >= 0 && !(t[before]!.pos === 'VERB' && !covered[before])) before--;
    const passive = relative < 0 && before > 0 && PASSIVE_AUX.has(t[before - 1]!.norm) && /(ed|en)$/.test(t[before]!.norm);
    const prior = passive ? out.find((o) => o.k === before && o.hostile) : undefined;
    if (prior) { left = [...prior.agents]; unnamedDoer = !left.length; }
  }
  // "…, the rebels opposing it and the jihadists trying to …": an absolute participle after a comma has the
  // noun phrase right before it as its subject, and its object ends at the next "and" or comma.
  let absoluteEnd = -1;
  // ("the Rapid Support Forces, the paramilitary group fighting the Sudanese army": a participle after a group noun set
  // beside a name has that name as its subject)
  if (!isNoun && t[k]!.norm.endsWith('ing') && GROUP_NOUNS.has(t[k - 1]?.norm ?? '') && !mentions.some((m) => m.to === k)) {
    const start = appositionStart(t, k - 1, 6);
    const named = t[start]?.text === ',' ? antecedentBefore(s, actors(mentions).filter((m) => m.cls !== 'Person'), start) : undefined;
    if (named) left = [named];
  }
  if (!isNoun && t[k]!.norm.endsWith('ing')) {
    const np = actors(mentions).find((m) => m.to === k);
    if (np && (t[np.from - 1]?.text === ',' || (t[np.from - 1]?.pos === 'DET' && t[np.from - 2]?.text === ','))) {
      left = [np];
      for (let i = end + 1; i < t.length && absoluteEnd < 0; i++) if (t[i]!.text === ',' || t[i]!.norm === 'and') absoluteEnd = i;
    }
  }
  // "ordered French troops to leave": the object of the verb before "to" is the one who acts.
  if (!isNoun && t[k - 1]?.norm === 'to') {
    // ("gave the mission's spokesman, Olivier Salgado, 72 hours to leave": past the time given)
    const given = TIME_UNITS.has(t[k - 2]?.norm ?? '') && t[k - 3]?.pos === 'NUM' ? (t[k - 4]?.text === ',' ? k - 4 : k - 3) : k - 1;
    const object = actors(mentions).find((m) => m.to === given);
    // ("the MNJTF, which the African Union authorised to fight Boko Haram": the one authorised is what the relative
    // pronoun stands for, not the verb's subject)
    const authorised = !object && ENABLING.has(t[k - 2]?.lemma ?? '') ? t.findLastIndex((x, i) => i < k - 2 && i >= k - 9 && (x.norm === 'which' || x.norm === 'that')) : -1;
    const antecedent = authorised > 0 ? (t[authorised - 1]?.text === ',' ? antecedentBefore(s, actors(mentions), authorised - 1) : actors(mentions).find((m) => m.to === authorised)) : undefined;
    if (antecedent && actors(mentions).some((m) => m.from > authorised && m.to <= k - 2)) left = [antecedent];
    else if (object) left = [object];
    // ("the G5 Sahel joint force, formed by Mali, …, Chad and Mauritania to fight jihadist groups": the body a participle
    // tells was set up for the purpose acts, not its founders nor the clause's subject)
    else {
      let p = k - 2;
      while (p > clause[0] && !(t[p]!.pos === 'VERB' && /(ed|en)$/.test(t[p]!.norm) && t[p + 1]?.norm === 'by' && t[p - 1]?.text === ',')) p--;
      const body = p > clause[0] && !t.slice(p + 1, k - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX') ? actors(mentions).find((m) => m.to === p - 1) : undefined;
      if (body) left = [body];
    }
  }
  // "Wagner, which has been fighting …": a relative clause's subject is what it is attached to.
  // "The CSP-DPA, an alliance of groups that includes the MNLA and the HCUA, fought the army": a verb right
  // after the comma that closes a relative clause belongs to the name before that clause.
  // Without commas too: "the militants who had ruled the city for ten months pulled out" — the relative
  // clause has a verb of its own before this one.
  let ownVerbBefore = false;
  if (!isNoun) for (let i = clause[0]; i < k && !ownVerbBefore; i++) ownVerbBefore = t[i]!.pos === 'VERB' && !/^[A-Z]/.test(t[i]!.text);
  if (!isNoun && RELATIVE_OPENERS.has(t[clause[0] - 1]?.norm ?? '') && t[clause[0] - 2]?.text !== ',' && ownVerbBefore) {
    // ("the Ansar Dine and AQIM militants who …": every name of that noun phrase)
    const np: ResolvedMention[] = [];
    let end = clause[0] - 1;
    for (const m of [...actors(mentions)].reverse()) {
      if (m.to > end) continue;
      if (m.to !== end && !(m.to === end - 1 && (t[end - 1]!.norm === 'and' || t[end - 1]!.text === ','))) break;
      np.push(m);
      end = m.from;
    }
    if (np.length) left = distinct(np.reverse());
  }
  if (!isNoun && t[k - 1]?.text === ',' && RELATIVE_OPENERS.has(t[clause[0] - 1]?.norm ?? '') && clause[0] < k - 1) {
    const comma = appositionStart(t, clause[0] - 2, 10);
    const antecedent = t[comma]?.text === ',' || comma === clause[0] - 2 ? antecedentBefore(s, actors(mentions), t[comma]?.text === ',' ? comma : clause[0] - 1) : undefined;
    if (antecedent) left = [antecedent];
  }
  // "the Katiba Macina, an armed group that attacked …": through a noun in apposition too.
  if (!left.length && RELATIVE_OPENERS.has(t[clause[0] - 1]?.norm ?? '')) {
    const comma = appositionStart(t, clause[0] - 2, 6, SIMPLE_NP);
    // ("X, a senior figure in the ISGS, the rival organisation that has been fighting JNIM": a group noun's
    // antecedent is a group, not the person the apposition before it describes)
    const pool = GROUP_NOUNS.has(t[clause[0] - 2]?.norm ?? '') ? actors(mentions).filter((m) => m.cls !== 'Person') : actors(mentions);
    const antecedent = t[comma]?.text === ',' ? antecedentBefore(s, pool, comma) : undefined;
    if (antecedent) left = [antecedent];
  }
  // ("a blow to the generals who overthrew President Bazoum": a relative right after its noun has that noun as its
  // subject, whatever preposition governs the noun)
  if (!isNoun && !passive) {
    let r = k - 1;
    while (r > 0 && r >= k - 3 && (t[r]!.pos === 'ADV' || t[r]!.pos === 'AUX')) r--;
    const np = RELATIVE_OPENERS.has(t[r]?.norm ?? '') && t[r]!.norm !== 'that' ? nounBeforeRelative(s, actors(mentions).filter((m) => m.kind !== 'pronoun'), r) : undefined;
    if (np && !left.includes(np)) left = [np];
  }
  // "Olivier Dubois, a correspondent who worked for X and Y, was seized in Gao": a verb right after the comma
  // that closes an apposition opening the sentence belongs to the name the sentence opens with.
  if (!isNoun && (t[k - 1]?.text === ',' || (BE_FORMS.has(t[k - 1]?.norm ?? '') && t[k - 2]?.text === ','))) {
    const head = actors(mentions).find((m) => m.from <= 1 && (m.from === 0 || t[0]!.pos === 'DET') && t[m.to]?.text === ',');
    if (head && head.to < k - 2 && !span) left = [head];
    // ("Mali, Burkina Faso and Niger, having announced …, signed a treaty": the states the sentence opens with)
    else if (!head && !span) {
      const states = openingStates(t, mentions);
      if (states.length && states[states.length - 1]!.to < k - 2) left = states;
    }
  }
  // "fought alongside AQIM against the army": those alongside are partners (the alliance rules read them), not targets.
  // ("attacked Bosso after pledging allegiance to the Islamic State": a subordinate participle ends the objects)
  let subordinate = -1;
  const tw = sc.norms;
  for (let i = end; i < t.length && subordinate < 0; i++) if (TIME_WORDS[tw[i]!]! & TIME_WORD && t[i + 1]?.pos === 'VERB' && t[i + 1]!.norm.endsWith('ing')) subordinate = i;
  // ("accuse the army of killing Fulani civilians suspected of backing the insurgents": a participle after the object's
  // noun opens a phrase of its own, whose objects are not this act's; nor are those of ", a charge the authorities deny")
  for (let i = end + 1; i < t.length && (subordinate < 0 || i < subordinate); i++) {
    // ("visiting troops fighting FACT rebels": nor those of a present participle right after the object's noun)
    if ((t[i]!.pos === 'VERB' && /ed$/.test(t[i]!.norm) && t[i - 1]!.pos === 'NOUN' && (t[i + 1]?.norm === 'of' || t[i + 1]?.norm === 'to'))
      || (t[i]!.pos === 'VERB' && /ing$/.test(t[i]!.norm) && t[i - 1]!.pos === 'NOUN' && /^[a-z]/.test(t[i - 1]!.text))
      || (t[i]!.text === ',' && CHARGES.has(t[i + 2]?.norm ?? '') && (t[i + 1]!.norm === 'a' || t[i + 1]!.norm === 'an'))
      // ("took Kidal from the army in May 2014 after the visit of Prime Minister Moussa Mara": a phrase of time around
      // another act names none of this one's objects)
      || (AROUND_ACTS.has(t[i]!.norm) && t[i]!.pos === 'ADP' && t[i + 1]?.pos === 'DET' && t[i + 2]?.pos === 'NOUN' && t[i + 3]?.norm === 'of')
      // ("leave Niger after the junta demands their departure": a clause of time with a subject and a verb of its own)
      || (AROUND_ACTS.has(t[i]!.norm) && (t[i + 1]?.pos === 'DET' || t[i + 1]?.pos === 'PROPN') && clauseVerbAt(t, i + 2) > 0)) subordinate = i;
  }
  let right = distinct(actors(inClause.filter((m) => m.from >= end && (absoluteEnd < 0 || m.from < absoluteEnd) && (subordinate < 0 || m.from < subordinate)
    && !byPhrase.includes(m) && !alongside(t, end, m) && !modifiesKin(t, mentions, m)
    // ("claimed responsibility for the ambush through its Amaq news agency": the channel is no target)
    && !CHANNELS.has(governingPreposition(s, m) ?? '') && !(t[m.from - 1]?.norm === 'its' && CHANNELS.has(t[m.from - 2]?.norm ?? '')) && !atRequestOf(t, m)
    // ("destroyed what he called the headquarters of the terrorists": who names the object is no target)
    && !(t[m.from - 1]?.norm === 'what' && NAMING_VERBS.has(t[m.to]?.lemma ?? '')))));
  // "X and Y clashed … for the central state": a mutual verb takes its other side only through with/against.
  // (a direct object counts: "fought JNIM")
  if (mutual) right = right.filter((m) => { const p = governingPreposition(s, m); return !p || ['with', 'against', 'between', 'on'].includes(p); });
  // (the act named as one told before: "the attack", "both attacks", "Saturday's massacre")
  // ("the Indelimane attack": over the place that names the act)
  let named = k - 1;
  while (named > 0 && mentions.some((m) => named >= m.from && named < m.to && isPlaceClass(m.cls) && m.to === k)) named--;
  const definite = DEFINITE.has(t[named]?.norm ?? '') || /^['’]s$/.test(t[named]?.text ?? '');
  if (passive || (isNoun && byPhrase.length)) {
    agents = byPhrase;
    // ("The attack was claimed the same day by Al-Mourabitoune")
    claimed = isNoun && !passive && definite && t.slice(end, byAt).some((x) => x.lemma === 'claim' || x.lemma === 'attribute' || x.lemma === 'blame');
    targets = passive ? left : right.filter((m) => !left.includes(m)).concat(isNoun ? [] : left);
    // ("the area is contested between the army and the Katiba Macina": a mutual passive's sides come after "between")
    if (passive && mutual && !agents.length && t[end]?.norm === 'between') {
      const sides = distinct(actorList(s, inClause, end, 8));
      if (sides.length > 1) agents = sides;
    }
    // "The attack was led by X, a deserter to the MNLA": a noun's targets come through on/against only.
    if (isNoun && !passive) {
      // After "by X" the target phrase starts past every mention of the agents ("by militants of ISGS against …").
      const agentIds = new Set(byPhrase.map((m) => m.entity));
      const byEnd = Math.max(end, ...inClause.filter((m) => m.from > byAt && agentIds.has(m.entity)).map((m) => m.to));
      targets = right.filter((m) => !agentIds.has(m.entity) && (['on', 'against'].includes(governingPreposition(s, m) ?? '')
        || ['on', 'against'].includes(firstPrep(t, m.from > byAt && byPhrase.length ? byEnd : end, m.from) ?? '')));
    }
  } else if (isNoun) {
    // A noun takes as agents the actors of its own noun phrase ("the army's offensive", "JNIM attack"),
    // else those of its of/between/by phrase ("the withdrawal of the UN mission"); targets come
    // through on/against/with ("an attack on Ber"). A noun inside a prepositional phrase with none of
    // these ("in fierce fighting", "came under attack") says nothing about who did it.
    // ("halted by French air strikes": the noun's own modifiers act, even inside a prepositional phrase)
    const ownNp = distinct([...left, ...actors(inClause).filter((m) => m.to <= k && m.to >= k - 2 && m.kind !== 'pronoun' && oblique(s, m))])
      .filter((m) => !t.slice(m.to, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'ADP' || x.text === ','))
      .filter((m) => left.includes(m) || t.slice(m.to, k).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ'));
    // Only within the noun's own phrase: no verb between the noun and the mention.
    // ("an operation was launched against X" still is: a support verb in the passive).
    const of = right.filter((m) => near(t, end, m) && ['of', 'between'].includes(firstPrep(t, end, m.from) ?? '') && m.from <= end + 6);
    // (the objects listed after that preposition, not an actor past the end of the list: "in the fight against
    // jihadists, hosts French forces")
    let prepAt = end;
    while (prepAt < t.length && t[prepAt]!.pos !== 'ADP') prepAt++;
    if (prepAt === t.length) prepAt = -1;
    const listed = prepAt >= 0 ? actorList(s, inClause, prepAt, 8) : [];
    // ("joint operations with French forces": who acts jointly with the agent is a partner, not a target)
    const joint = t[k - 1]?.norm === 'joint' || (t[k - 2]?.norm === 'joint' && t[k - 1]!.pos === 'ADJ');
    const sceneMs = places(inClause);
    // ("X claimed the attack on behalf of MUJAO": the one it was done for did it, and is no target)
    const behalf = right.filter((m) => forWhom(t, m));
    const objs = right.filter((m) => !behalf.includes(m) && near(t, end, m) && (['on', 'against', 'with', 'between'].includes(firstPrep(t, end, m.from) ?? '')
      || ['on', 'against'].includes(prepPastPlaces(t, sceneMs, end, m.from) ?? '')) && !of.includes(m)
      && !(joint && firstPrep(t, end, m.from) === 'with')
      // ("claimed the attack jointly with AQIM": who did it together is a partner, not a target)
      && !(firstPrep(t, end, m.from) === 'with' && TOGETHER.has(t[t.findIndex((x, i) => i >= end && x.norm === 'with') - 1]?.norm ?? ''))
      && (listed.includes(m) || !t.slice(prepAt, m.from).some((x) => x.text === ',')));
    // "The MNLA declared a cease-fire", "X launched an attack on Y", "N'daw and Ouane submitted their
    // resignations": the noun is the object of a support verb, whose subject is the agent.
    const verbAt = governingVerb(t, k);
    // (past a subordinate clause before the verb: "while troops from Chad pushed them back, the Nigerian military launched …")
    let opened = -1;
    // ("Two weeks after French and Malian troops had retaken Gao from the group, MUJAO carried out suicide bombings": or a
    // subordinator of time that opens the clause, past a phrase of time, with a verb of its own before the comma)
    if (verbAt >= 0) for (let q = verbAt - 1; q > clause[0]; q--) if (t[q]!.text === ',') { if (t.slice(Math.max(0, clause[0] - 1), q).some((x) => x.pos === 'SCONJ') || timeClauseBefore(sc, clause[0], q)) opened = q; break; }
    // ("Buhari flew into Maiduguri for a brief visit": who travels on a visit makes it)
    const travelAt = event === 'Visit' && verbAt < 0 ? purposeVerb(t, k) : -1;
    let support = verbAt >= 0 && LIGHT_VERBS.has(t[verbAt]!.lemma) ? left.filter((m) => m.to <= verbAt && m.from > opened)
      : travelAt >= 0 ? left.filter((m) => m.to <= travelAt).slice(-1) : [];
    // ("… to form al-Mourabitoun, which claimed the twin suicide bombings": a support verb of a relative clause between
    // commas has the name before the comma as its subject)
    if (!support.length && verbAt >= 0 && LIGHT_VERBS.has(t[verbAt]!.lemma)) {
      let r = verbAt - 1;
      while (r > 0 && (t[r]!.pos === 'AUX' || t[r]!.pos === 'ADV')) r--;
      const antecedent = RELATIVE_OPENERS.has(t[r]?.norm ?? '') && t[r]!.norm !== 'that' && t[r - 1]?.text === ',' ? antecedentBefore(s, actors(mentions).filter((m) => m.cls !== 'Person' || t[r]!.norm === 'who'), r - 1) : undefined;
      if (antecedent) support = [antecedent];
    }
    // ("France, the European countries serving in Barkhane and Takuba, and Canada announced a withdrawal": the subject the
    // verb follows, with the actors listed with it, past an apposition to one of them)
    // (a country named inside an actor's name is no item: "the armies of Côte d'Ivoire and Burkina Faso")
    const listable = mentions.filter((m) => (!isPlaceClass(m.cls) || (m.cls === 'Country' && !governingPreposition(s, m))) && !left.some((o) => o !== m && o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from));
    const subjectList = support.length && support[support.length - 1]!.to === verbAt ? coordinated(support[support.length - 1]!, listable, s) : [];
    if (subjectList.length > 1 && subjectList[0]!.from > opened) support = subjectList;
    // "The 2021 coup began … when the army captured …": an event noun as the sentence's subject.
    // …whose actors are those of the "when …" clause that tells it.
    let subjectNoun = true;
    for (let i = 0; i < k && subjectNoun; i++) subjectNoun = !(t[i]!.pos === 'VERB' || t[i]!.pos === 'ADP' && t[i]!.norm !== 'of');
    let when = -1;
    for (let i = k + 1; i < t.length && when < 0; i++) if ((t[i]!.norm === 'when' || t[i]!.norm === 'as') && t[i]!.pos !== 'ADP') when = i;
    // "The battle took place … between the army and the ISSP": the sides of an event noun as subject.
    const sides = subjectNoun && mutual ? distinct(actors(within(mentions, end, clause[1])).filter((m) => governingPreposition(s, m) === 'between'
      || t.slice(end, m.from).some((x) => x.norm === 'between'))) : [];
    // "Ansarul Islam claimed responsibility for the attack": who takes responsibility names the agent.
    let r = k - 1;
    // (and over a place that names the act: "the Nyanya bombing")
    while (r > 0 && (t[r]!.pos === 'DET' || t[r]!.pos === 'ADJ' || t[r]!.pos === 'NUM' || (t[r]!.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(t[r]!.text) && MONTHS.has(t[r]!.norm))
      || mentions.some((m) => r >= m.from && r < m.to && isPlaceClass(m.cls)))) r--;
    // ("Boko Haram was blamed for the Nyanya bombing", "Jonathan blamed Boko Haram for the blast": who is blamed)
    const blamedAt = t[r]?.norm === 'for' ? t.findIndex((x, q) => q < r && q >= r - 8 && x.lemma === 'blame' && x.pos === 'VERB') : -1;
    const blamed = blamedAt < 0 ? [] : ['was', 'were', 'is', 'are', 'been'].includes(t[blamedAt - 1]?.norm ?? '') ? left.filter((m) => m.to < blamedAt).slice(-1)
      : actors(mentions).filter((m) => m.from > blamedAt && m.to <= r && m.cls !== 'Person');
    const claimedBy = blamed.length ? blamed : t[r]?.norm === 'for' && t[r - 1]?.norm === 'responsibility' ? left.filter((m) => m.to < r - 1).slice(-1)
      // "ISGS was behind the ambush at Tongo Tongo": who is behind an attack carried it out.
      : t[r]?.norm === 'behind' && ['was', 'were', 'is', 'are', 'been'].includes(t[r - 1]?.norm ?? '') ? left.filter((m) => m.to <= r - 1).slice(-1) : [];
    // ("Security sources attributed the assault to the ISGS": the one it is put down to)
    const attributedTo = verbAt >= 0 && t[verbAt]!.lemma === 'attribute' && t[end]?.norm === 'to' ? right.filter((m) => m.from === end + 1 || (m.from === end + 2 && t[end + 1]!.pos === 'DET'))
      // ("soldiers were killed in an ambush in Borno state that was blamed on ISWAP")
      : isNoun ? putDownTo(t, mentions, end) : [];
    claimed = definite && !ownNp.length && (attributedTo.length > 0 || claimedBy.length > 0 || (support.length > 0 && t[verbAt]!.lemma === 'claim'));
    // ("France and the G5 states agreed at a summit in Pau", "At a summit in Abuja, ECOWAS leaders demanded …": those
    // who meet are the subject of the clause the meeting is the setting of)
    const setting = TRIGGER_EVENTS.get(key) === 'Meeting' && (t[k - 1]?.norm === 'at' || (t[k - 2]?.norm === 'at' && ['DET', 'ADJ'].includes(t[k - 1]!.pos)));
    // ("… was named the priority enemy at a summit in Pau in January 2020, where Macron and the leaders of the G5 Sahel
    // agreed …": those the where-clause after the meeting names as its subject met there, not the clause's passive subject)
    const whereAt = setting ? t.findIndex((x, q) => q > end && q <= end + 14 && x.norm === 'where' && t[q - 1]?.text === ',') : -1;
    const whereSubject = whereAt > 0 ? mentions.find((m) => m.from > whereAt && m.from <= whereAt + 2 && party(m) && !governingPreposition(s, m)) : undefined;
    const subject = whereSubject ?? (setting ? inClause.find((m) => !governingPreposition(s, m) && party(m) && !(passive || BE.has(t[m.to]?.norm ?? '') && t[m.to + 1]?.pos === 'VERB')) : undefined);
    // (and the parties listed with it: "Mali and Niger agreed at a meeting")
    const met: ResolvedMention[] = [];
    for (const m of subject ? (whereSubject ? mentions : inClause).filter((o) => o.from >= subject.from && party(o)) : []) {
      if (met.length && !t.slice(met[met.length - 1]!.to, m.from).every((x) => x.text === ',' || x.norm === 'and' || x.pos === 'DET' || x.pos === 'NUM')) break;
      met.push(m);
    }
    const onBehalf = verbAt >= 0 && support.length && t[verbAt]!.lemma === 'claim' ? behalf.slice(0, 1) : [];
    agents = attributedTo.length ? attributedTo : ownNp.length ? ownNp : claimedBy.length ? claimedBy : of.length ? of : onBehalf.length ? onBehalf : support.length ? support : met.length ? distinct(met) : sides.length > 1 ? sides
      : subjectNoun && when > 0 && !objs.length ? distinct(actors(within(mentions, when, t.length)).filter((m) => !oblique(s, m)
        // (the subject of the "when" clause: before its first verb, not "… popular with UN staff")
        && !t.slice(when + 1, m.from).some((x, q) => x.pos === 'VERB' && t[when + 2 + q]?.norm !== 'by'))).slice(0, 2) : [];
    targets = objs;
    // ("Thirteen French soldiers died … during an operation against jihadists": an operation the clause's subject was in is
    // that force's)
    if (!agents.length && (event === 'Operation' || key === 'operation')) {
      let d = k - 1;
      while (d > 0 && (t[d]!.pos === 'DET' || t[d]!.pos === 'ADJ')) d--;
      const subject = t[d]?.norm === 'during' ? left.find((m) => (m.cls === 'StateForce' || m.cls === 'ArmedGroup') && !oblique(s, m) && !objs.includes(m)) : undefined;
      if (subject) agents = [subject];
    }
    // ("lifted the sanctions it had imposed on Niger", "the attacks the group carried out in 2019": a relative clause without its
    // pronoun right after the noun names, as its subject, who did the act)
    if (!agents.length) {
      const doer = mentions.find((m) => m.from === end && !isPlaceClass(m.cls) && m.cls !== 'Person');
      let v = doer ? doer.to : -1;
      while (v > 0 && (t[v]!.pos === 'AUX' || t[v]!.pos === 'ADV')) v++;
      if (doer && v > 0 && t[v]!.pos === 'VERB' && LIGHT_VERBS.has(t[v]!.lemma)) {
        agents = [doer];
        // (and its object is the act's target: "imposed on Niger")
        if (!targets.length) targets = mentions.filter((m) => m.from > v && m.from <= v + 3 && t[m.from - 1]?.norm === 'on' && (!isPlaceClass(m.cls) || m.cls === 'Country'));
      }
    }
    // ("its withdrawal from ECOWAS", "the withdrawal of Mali from ECOWAS", "Mali's withdrawal from the G5 Sahel": a state
    // leaving a bloc — the bloc is what it leaves, the state its "of" or its possessive names the one that leaves)
    if (event === 'Withdrawal') {
      const ofState = t[end]?.norm === 'of' ? mentions.find((m) => m.from === end + 1 && m.cls === 'Country' && m.kind === 'name') : undefined;
      const at = ofState ? ofState.to : end;
      const bloc = t[at]?.norm === 'from' ? mentions.find((m) => (m.cls === 'InternationalOrganization' || m.cls === 'Organization')
        && (m.from === at + 1 || (m.from === at + 2 && t[at + 1]!.pos === 'DET'))) : undefined;
      if (bloc) {
        const owner = ofState ?? mentions.find((m) => m.cls === 'Country' && m.kind === 'name' && m.to === k - 1 && /^['’]s$/.test(t[k - 1]!.text));
        if (owner) agents = [owner];
        agents = agents.filter((m) => m.entity !== bloc.entity);
        targets = [bloc];
      }
    }
    // ("a UFR column … was halted by French air strikes": what a passive says the act did something to is its target)
    if (hostile && !mutual && !objs.length) {
      let p = k - 1;
      while (p > 0 && (t[p]!.pos === 'ADJ' || t[p]!.pos === 'NOUN' || t[p]!.pos === 'DET' || t[p]!.pos === 'NUM')) p--;
      if (t[p]?.norm === 'by' && t[p - 1]?.pos === 'VERB' && BE.has(t[p - 2]?.norm ?? '')) {
        targets = left.filter((m) => m.to <= p - 2 && !ownNp.includes(m) && !isPlaceClass(m.cls)).slice(-1);
      }
    }
    if (!ownNp.length && of.length > 1 && mutual) { agents = of; targets = []; }
    // "X …, in conflict with Y": a mutual noun with a with/against side describes the clause's subject.
    if (!agents.length && mutual && objs.length) agents = left.filter((m) => !objs.includes(m));
  } else {
    agents = left;
    targets = right;
  }
  // "a battle … between X and Y": two sides of a mutual event, not its targets.
  if (mutual && !agents.length && targets.length > 1) { agents = targets; targets = []; }
  // ("Its departure … set off fighting between the army and the CSP": the sides named by "between" are the
  // fight's, whatever the subject of the verb that sets it off)
  const between = mutual ? targets.filter((m) => t.slice(end, m.from).some((x) => x.norm === 'between')) : [];
  if (between.length > 1 && !isNoun && t[k - 1]?.norm !== 'to') { agents = between; targets = targets.filter((m) => !between.includes(m)); }
  // ("Wagner fought with the army against the rebels": with an enemy named after "against", those it fought "with" are
  // its side)
  if (mutual && targets.length > 1 && targets.some((m) => lastPrep(t, end, m.from) === 'against')) {
    const side = targets.filter((m) => lastPrep(t, end, m.from) === 'with');
    if (side.length) { agents = distinct([...agents, ...side]); targets = targets.filter((m) => !side.includes(m)); }
  }
  // ("the movements of the CSP-PSD, a coalition of the groups that had signed …, sent reinforcements to the Ménaka Region to
  // counter ISGS": an infinitive of purpose with no subject of its own acts through the verb it completes)
  if (!agents.length && !isNoun && t[k - 1]?.norm === 'to') {
    // (a sending or an act of force: "a force set up to fight the insurgents" fights them, not those who set it up)
    const done = out.filter((tr) => !tr.nominal && !tr.passive && tr.k < k && tr.agents.length && (tr.event === 'Deployment' || tr.hostile)
      && !t.slice(tr.end, k - 1).some((x) => x.pos === 'VERB' || x.text === ';')).pop();
    if (done) { agents = done.agents.slice(); targets = targets.filter((m) => !agents.includes(m)); }
  }
  // ("a second coup in May 2021, in which Colonel Assimi Goïta removed Bah N'Daw": the doer of the clause that tells the event)
  if (!agents.length && isNoun) {
    const doer = inWhichDoer(t, mentions, end);
    if (doer) { agents = [doer]; targets = targets.filter((m) => m.entity !== doer.entity); }
  }
  // ("Mali left ECOWAS in January together with Niger and Burkina Faso": those it acted together with act too)
  const together = agents.length ? coActors(t, inClause, end, clause[1], agents[0]!) : [];
  if (together.length) { agents = distinct([...agents, ...together]); targets = targets.filter((m) => !together.includes(m)); }
  const placeMs = places(inClause);
  const reachFrom = isNoun && byPhrase.length ? Math.max(end, ...byPhrase.map((m) => m.to)) : end;
  // A place is the target when the first preposition between the trigger and it is on/against, or none.
  const placeTargets = (hostile && !mutual
    ? placeMs.filter((m) => {
      // (measured past a noun's by-phrase: "an attack by the jihadist group Boko Haram on the town of Kolofata")
      if (m.from < end || m.from > reachFrom + 8 || m.kind === 'description') return false;
      // (not a place that only modifies the noun after it: "killed Islamic State's Sahel leader")
      if (t[m.to]?.pos === 'NOUN' && /^[a-z]/.test(t[m.to]!.text) && !SITE_NOUNS.has(t[m.to]!.norm) && !SETTLEMENT_NOUNS.has(t[m.to]!.norm) && !REGION_NOUNS.has(t[m.to]!.norm)) return false;
      // a direct object ("attacked Boni"), or through on/against ("an attack on Boni", "on the town of
      // Boni"); the preposition is the one that governs the place ("an ambush on soldiers near Boni": near).
      let q = m.from - 1;
      while (q >= end && !(t[q]!.pos === 'ADP' || t[q]!.norm === 'to')) q--;
      if (q > end && t[q]!.norm === 'of' && (SETTLEMENT_NOUNS.has(t[q - 1]!.norm) || REGION_NOUNS.has(t[q - 1]!.norm))) {
        q--;
        while (q >= end && !(t[q]!.pos === 'ADP' || t[q]!.norm === 'to')) q--;
      }
      const prep = q >= end ? t[q] : undefined;
      // (nor the object of another verb: "The decision to expel the French ambassador angered Paris")
      if (!prep && t.slice(end, m.from).some((x) => x.pos === 'VERB')) return false;
      return prep ? prep.norm === 'on' || prep.norm === 'against' : !isNoun;
    })
    : [])
    // "attacks on the village of Dogofry, Ségou": the first place is the target, the next locates it; "assaults on
    // Bosso and on the regional capital, Diffa": a repeated preposition names another target.
    .filter((m, i, all) => i === 0 || t.slice(all[i - 1]!.to, m.from).every((x) => x.norm === 'and')
      || (t[all[i - 1]!.to]?.norm === 'and' && ['on', 'against'].includes(t[all[i - 1]!.to + 1]?.norm ?? '') && !placeMs.some((p) => p.from > all[i - 1]!.to && p.from < m.from)));
  // "stormed the school in Dapchi", "bombed the settlement for displaced people in Rann": a facility struck in a town strikes the town.
  // (a colon's list of towns lies past the clause: the sentence's places)
  if (hostile && !mutual && !placeTargets.length) placeTargets.push(...facilityTown(t, reachFrom, isNoun, placeMs, mentions));
  // ("attacked three villages in the cercle of Bankass, in the Mopti region: Diallassagou, Dianweli and Deguessagou")
  if (hostile && !mutual && !isNoun && !placeTargets.length) placeTargets.push(...countedTowns(t, end, mentions));
  // ("a national dialogue recommended that the authorities open talks with jihadist groups", "urged that the army withdraw":
  // an act a that-clause after a verb of asking or advising asks for has not happened)
  // ("ordered the French ambassador, Sylvain Itté, to leave the country": nor one its infinitive asks of the verb's object,
  // unless the sentence goes on to tell it done: "ordered French special forces to leave the country, and they withdrew")
  const urged = (around[0] >= 2 && t[around[0] - 1]?.norm === 'that' && t.slice(Math.max(0, around[0] - 6), around[0] - 1).some((x) => x.pos === 'VERB' && ADVISING.has(x.lemma)))
    || (!isNoun && t[k - 1]?.norm === 'to' && t.slice(Math.max(0, k - 12), k - 2).some((x, q, w) => x.pos === 'VERB' && ORDERING.has(x.lemma) && !w.slice(q + 1).some((y) => y.pos === 'VERB'))
      && !t.slice(k + 1).some((x) => x.pos === 'VERB' && (x.lemma === t[k]!.lemma || DEPARTING.has(x.lemma))));
  const uncertain = urged || isUncertain(s, k, around[0], true);
  // ("Nigerien troops, backed by French forces of Operation Barkhane, have carried out repeated operations against the
  // ISGS": those who back the doers in the act take part in it)
  if (event && !passive && (hostile || event === 'Operation')) {
    for (const a of agents.slice()) {
      const q = t[a.to]?.text === ',' ? a.to + 1 : a.to;
      if (!BACKING_PARTICIPLES.has(t[q]?.norm ?? '') || t[q + 1]?.norm !== 'by' || q + 1 >= k) continue;
      for (const b of actorList(s, mentions, q + 1, 6)) if (b.to < k && !agents.some((x) => x.entity === b.entity) && b.cls !== 'Person') agents.push(b);
    }
  }
  out.push({
    claimed,
    k, end, word: s.text.slice(t[k]!.start - s.start, t[end - 1]!.end - s.start), key, event, hostile, mutual,
    agents: distinct(agents), targets: distinct(targets.filter((m) => !agents.some((a) => a.entity === m.entity))),
    placeTargets, places: placeMs, clause, nominal: isNoun, passive, uncertain, intent: !uncertain && isUncertain(s, k, around[0]), unnamedDoer,
  });
}

/** A split that forms a group: the group it became ("broke away and became ISWAP"), else the named group that split. */
function splitFormation(sc: Scan, k: number): void {
  const { t, mentions, out } = sc;
  const became = t.findIndex((x, i) => i > k && i <= k + 12 && (x.lemma === 'become' || x.lemma === 'form' || x.lemma === 'create') && x.pos === 'VERB');
  const named = (m: ResolvedMention) => m.cls === 'ArmedGroup' && (m.kind === 'name' || m.kind === 'acronym');
  const group = became > 0 ? mentions.find((m) => named(m) && m.from > became && m.from <= became + 3)
    : mentions.find((m) => named(m) && m.to <= k && m.to >= k - 3);
  if (!group) return;
  pushTrigger(sc, k, k + 2, 'split', 'Formation', false, false);
  const tr = out[out.length - 1]!;
  tr.agents = [group];
  tr.targets = [];
}

/** The mentions that may be a side: not a group named only to say whose another is ("JNIM, the al-Qaeda coalition",
 * "Al-Qaeda's Sahel affiliate, JNIM"). */
function sideHeads(s: Sentence, ms: readonly ResolvedMention[]): ResolvedMention[] {
  return ms.filter((m) => {
    const next = s.tokens[m.to];
    return !next || !((next.pos === 'NOUN' && /^[a-z]/.test(next.text)) || /^['’]s?$/.test(next.text));
  });
}

/** Plural nouns of the sides a reciprocal names by number: "the two groups", "both movements". */
const SIDE_NOUNS = new Set(['groups', 'movements', 'factions', 'organisations', 'organizations', 'militias', 'coalitions', 'alliances', 'rivals', 'sides']);
/** Who "the two sides" may be: any two armed bodies; "the two groups", only armed groups. */
const SIDES = new Set<string>(['ArmedGroup', 'StateForce', 'PrivateMilitaryCompany', 'Government']);

/**
 * "JNIM and the ISGS operate in Burkina Faso. The two groups cooperated for years but have fought each other since 2020": a
 * reciprocal act whose doers are only "the two groups" is between the last two armed groups named before it, in its
 * sentence or the one before. They take part as mentions of that phrase (a sentence's rules read its own tokens only).
 */
export function reciprocalSides(s: Sentence, triggers: Trigger[], mentions: readonly ResolvedMention[], previous?: { s: Sentence; mentions: readonly ResolvedMention[] }): void {
  const t = s.tokens;
  for (const tr of triggers) {
    if (!tr.hostile || !tr.mutual || tr.agents.length || tr.targets.length) continue;
    const reciprocal = (t[tr.end]?.norm === 'each' && t[tr.end + 1]?.norm === 'other') || (t[tr.end]?.norm === 'one' && t[tr.end + 1]?.norm === 'another');
    if (!reciprocal) continue;
    const n = t.findIndex((x, i) => i >= tr.clause[0] && i < tr.k && (x.norm === 'two' || x.norm === 'both') && SIDE_NOUNS.has(t[i + 1]?.norm ?? ''));
    if (n < 0) continue;
    const from = t[n - 1]?.pos === 'DET' ? n - 1 : n;
    // (the candidates are listed only here: most sentences with triggers hold no such reciprocal)
    const earlier = [...(previous ? sideHeads(previous.s, previous.mentions) : []), ...sideHeads(s, mentions)];
    const groups: ResolvedMention[] = [];
    for (let i = earlier.length - 1; i >= 0 && groups.length < 2; i--) {
      const m = earlier[i]!;
      // (named or described, not a pronoun: what "it" stands for is a guess already)
      const side = t[n + 1]!.norm === 'sides' ? SIDES.has(m.cls) : m.cls === 'ArmedGroup';
      if (side && m.kind !== 'pronoun' && !groups.some((g) => g.entity === m.entity)) groups.push(m);
    }
    if (groups.length === 2) tr.agents = groups.reverse().map((m) => ({ ...m, from, to: n + 2 }));
  }
}

/** Finds the triggers of a sentence with their arguments. */
export function findTriggers(s: Sentence, mentions: ResolvedMention[], claims: readonly { from: number; to: number }[] = []): Trigger[] {
  const t = s.tokens;
  // Only a reported clause ("said soldiers executed …") keeps its speaker out of what it reports;
  // "declared a cease-fire" is the speaker's own act: the span needs a verb before any comma.
  // ("declared war on Boko Haram and sent troops": a verb joined by "and" to a declaring one is the declarer's own too)
  const reported = claims.filter((c) => {
    const span = t.slice(c.from, c.to);
    const comma = span.findIndex((x) => x.text === ',');
    const v = span.findIndex((x, i) => i > 0 && (comma < 0 || i < comma) && (x.pos === 'VERB' || x.pos === 'AUX'));
    // ("claimed the raid and said it had been commanded by X": so is one that claims an act and goes on to speak)
    return v > 0 && !((span[v - 1]!.norm === 'and' || span[v - 1]!.norm === 'or') && (t[c.from - 1]?.lemma === 'declare' || t[c.from - 1]?.lemma === 'claim'));
  });
  const covered = new Uint8Array(t.length);
  for (const m of mentions) for (let i = m.from; i < m.to; i++) covered[i] = 1;
  // (the rules are module functions over this, not closures made per sentence: run from source through tsx, each
  // closure made is named again by a defineProperty call)
  const ids = wordIds(s);
  const sc: Scan = { s, t, mentions, reported, out: [], used: new Uint8Array(t.length), covered, norms: ids.norm };
  const { out, used } = sc;


  // Multi-word triggers first ("cut off", "moved towards", "took up arms"), matched on lemmas.
  // A word inside a mention names an actor ("the Tuareg rebellion"), it does not trigger anything.
  // (but a named meeting is an event too: "the Inclusive and Sovereign National Dialogue opened …")
  for (const m of mentions) for (let i = m.from; i < m.to; i++) if (i < m.to - 1 || !MEETING_HEADS.has(t[i]!.norm)) used[i] = 1;
  // (the roles of each free token's lemma, low bits, and lower-case form, high bits: read again by the main loop)
  const roles = new Uint8Array(t.length);
  for (let k = 0; k < t.length; k++) {
    if (used[k]) continue;
    const lemmaRole = WORD_ROLES[ids.lemma[k]!]!;
    const normRole = WORD_ROLES[ids.norm[k]!]!;
    roles[k] = lemmaRole | (normRole << 4);
    if (!((lemmaRole | normRole) & PHRASE_START)) continue;
    const candidates = phrasesFrom(t[k]!.lemma, t[k]!.norm);
    for (let c = 0; c < candidates.length; c++) {
      const n = candidates[c]!;
      const p = PHRASES[n]!;
      // (an adjective may sit inside the phrase: "took full control of", "launched a major offensive")
      let j = k;
      let ok = true;
      for (let i = 0; i < p.length && ok; i++) {
        if (i > 0) while (j < t.length && j < k + p.length + 2 && t[j]!.pos === 'ADJ' && t[j]!.lemma !== p[i] && t[j]!.norm !== p[i]) j++;
        ok = j < t.length && (t[j]!.lemma === p[i] || t[j]!.norm === p[i]);
        j++;
      }
      if (ok) {
        const key = PHRASE_KEYS[n]!;
        // ("exchanged fire with": a phrase of hostility too)
        const hostile = HOSTILE.get(key);
        pushTrigger(sc, k, j, key, hostile ? hostile.event : TRIGGER_EVENTS.get(key), !!hostile, !!hostile?.mutual);
        k = j - 1;
        break;
      }
    }
  }
  for (let k = 0; k < t.length; k++) {
    if (used[k]) continue;
    const tok = t[k]!;
    const pos = tok.pos;
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') continue;
    const role = roles[k]!;
    const key = role & KNOWN ? tok.lemma : role & (KNOWN << 4) ? tok.norm
      : tok.lemma === tok.norm ? knownStem(tok.norm) : undefined;
    if (key === undefined && !(role & RULE_LEMMA) && !(role & (RULE_NORM << 4))) continue;
    if (tok.lemma === 'counter' && tok.pos !== 'VERB') continue;
    // ("In 2016 a faction broke away and became ISWAP", "ISWAP split from Boko Haram in 2016": a group born of a split
    // forms; the group it left is told by the relation rules)
    if ((tok.lemma === 'break' && t[k + 1]?.norm === 'away') || (tok.lemma === 'split' && (tok.pos === 'VERB' || mentions.some((m) => m.to === k)) && (t[k + 1]?.norm === 'from' || t[k + 1]?.norm === 'off'))) {
      splitFormation(sc, k);
      continue;
    }
    // ("revoked two security and defence agreements with the European Union", "terminated the defence accords with France"):
    // ending an agreement suspends the cooperation it carried
    if (ENDING.has(tok.lemma) && tok.pos === 'VERB') {
      const pact = t.findIndex((x, i) => i > k && i <= k + 7 && PACT_NOUNS.has(x.norm));
      if (pact > 0 && t.slice(k + 1, pact).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NUM' || x.pos === 'PRON' || x.norm === 'and' || (x.pos === 'NOUN' && /^[a-z]/.test(x.text)))) {
        pushTrigger(sc, k, k + 1, tok.lemma, 'Suspension', false, false);
        continue;
      }
    }
    // "Washington cut part of its military assistance to Cameroon": cutting aid suspends it ("cut the road", "cut off" are not).
    if (tok.lemma === 'cut' && tok.pos === 'VERB') {
      const aid = t.findIndex((x, i) => i > k && i <= k + 6 && AID_NOUNS.has(x.norm));
      if (aid > 0 && t.slice(k + 1, aid).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'PRON' || x.pos === 'NUM' || x.norm === 'part' || x.norm === 'of'
        || (x.pos === 'NOUN' && /^[a-z]/.test(x.text)))) {
        pushTrigger(sc, k, k + 1, 'cut', 'Suspension', false, false);
      }
      continue;
    }
    // "The army and Wagner took Kidal": taking a town is capturing it ("took place", "took part" are not).
    if (tok.lemma === 'take' && tok.pos === 'VERB') {
      const object = mentions.find((m) => m.from > k && m.from <= k + 2 && (m.cls === 'Settlement' || m.cls === 'Site' || m.cls === 'Region')
        && m.kind !== 'description' && t.slice(k + 1, m.from).every((x) => x.pos === 'DET'));
      if (object) pushTrigger(sc, k, k + 1, 'take', 'Capture', false, false);
      // ("armed men raided the college and took 39 students", "took away dozens of villagers": people taken are abducted)
      else {
        const from = t[k + 1]?.norm === 'away' ? k + 2 : k + 1;
        const counted = t[from]?.pos === 'NUM' || COUNT_WORDS.has(t[from]?.norm ?? '');
        if ((counted || from === k + 2) && CAPTIVES.has(t[pastCount(t, from, 5)]?.norm ?? '')) pushTrigger(sc, k, k + 1, 'take', 'Abduction', false, false);
      }
      continue;
    }
    // "Ansarul Islam emerged in 2016", "the coalition formed in 2017", "X founded the Katiba Macina": a
    // group coming into being. Only when a group is in play: "formed a line", "created chaos" are not.
    if (FORMATION.has(tok.lemma) && tok.pos === 'VERB' && !(tok.lemma === 'set' && t[k + 1]?.norm !== 'up')) {
      const objectStart = tok.lemma === 'set' ? k + 2 : k + 1;
      // What comes into being: the object ("founded the Katiba Macina", "set up a joint force"), the
      // subject of "emerged" or of a passive ("was formed"), or the noun a participle follows ("the
      // coalition formed in 2017", "JNIM, formed in 2017").
      // ("Algeria, Mali, Mauritania and Niger set up the CEMOC": a named body of any kind)
      // ("created a regional security network, known as Amotekun": or the name the object is given)
      const object = mentions.some((m) => (GROUPS.has(m.cls) || (m.cls === 'Organization' && m.kind !== 'description')) && m.from >= objectStart
        && (m.from <= objectStart + 3 || (m.from <= objectStart + 8 && namingAt(s.norms, m.from) >= 0)))
        || t.slice(objectStart, objectStart + 4).some((x) => GROUP_NOUNS.has(x.norm));
      const passive = ['was', 'were', 'been', 'is', 'are', 'be'].includes(t[k - 1]?.norm ?? '');
      const subject = (tok.lemma === 'emerge' || passive) && mentions.some((m) => GROUPS.has(m.cls) && m.to <= k && m.from >= k - 8);
      const participle = GROUP_NOUNS.has(t[k - 1]?.norm ?? '') || (t[k - 1]?.text === ',' && mentions.some((m) => GROUPS.has(m.cls) && m.to === k - 1));
      if (object || subject || participle) {
        pushTrigger(sc, k, objectStart, tok.lemma, 'Formation', false, false);
        // ("created a regional security network, known as Amotekun": the name given is what came into being — the clause
        // ends at "as")
        const tr = out[out.length - 1]!;
        const given = tr.targets.length ? undefined : mentions.find((m) => m.from > objectStart && m.from <= objectStart + 8 && !isPlaceClass(m.cls) && namingAt(s.norms, m.from) >= 0);
        if (given && !tr.agents.includes(given)) tr.targets = [given];
      }
      continue;
    }
    if ((tok.norm === 'formation' || tok.norm === 'founding' || tok.norm === 'creation') && tok.pos === 'NOUN' && t[k + 1]?.norm === 'of') {
      const group = mentions.find((m) => GROUPS.has(m.cls) && m.from > k + 1 && m.from <= k + 4);
      if (group) pushTrigger(sc, k, k + 1, tok.norm, 'Formation', false, false);
      continue;
    }
    // ("the two groups merged as Al-Mourabitoun", "JNIM was born in March 2017 from a merger", "A merged with B"): groups
    // merging form one; its parties are the groups of the clause, those after a verb being what it formed.
    if ((tok.lemma === 'merge' && tok.pos === 'VERB') || ((tok.norm === 'merger' || tok.norm === 'amalgamation') && tok.pos === 'NOUN')) {
      pushTrigger(sc, k, k + 1, 'merge', 'Formation', false, false);
      const tr = out[out.length - 1]!;
      const parties = distinct(actors(mentions).filter((m) => GROUPS.has(m.cls) && m.from >= tr.clause[0] && m.to <= tr.clause[1]));
      if (!parties.length) out.pop();
      else if (tok.pos === 'NOUN') { tr.agents = parties; tr.targets = []; }
      else { tr.agents = parties.filter((m) => m.to <= k); tr.targets = parties.filter((m) => m.from > k); }
      continue;
    }
    // "Timbuktu fell at the start of April", "Kidal fell to the rebels", "the fall of Gao": a town that falls is taken
    // (not "prices fell", "fell silent": only a place falls, and only one named right before or after "of").
    if (tok.lemma === 'fall' && (tok.pos === 'VERB' || tok.pos === 'NOUN')) {
      const town = (m: ResolvedMention) => (m.cls === 'Settlement' || m.cls === 'Site' || m.cls === 'Region') && m.kind !== 'description';
      const fallen = tok.pos === 'VERB' ? mentions.find((m) => town(m) && (m.to === k || (m.to === k - 1 && t[k - 1]!.pos === 'ADV')))
        : t[k + 1]?.norm === 'of' ? mentions.find((m) => town(m) && (m.from === k + 2 || (m.from === k + 3 && t[k + 2]!.pos === 'DET'))) : undefined;
      if (fallen) {
        pushTrigger(sc, k, k + 1, 'fall', 'Capture', false, false);
        // (the town is where it happened, not a party; who took it comes after "to")
        const tr = out[out.length - 1]!;
        tr.targets = [];
        // ("the fall of Ber to the rebels": past the town the noun is "of")
        const to = tok.pos === 'NOUN' ? fallen.to : k + 1;
        tr.agents = t[to]?.norm === 'to' ? actors(mentions).filter((m) => m.from === to + 1 || (m.from === to + 2 && t[to + 1]!.pos === 'DET')) : [];
      }
      continue;
    }
    // ("Judges found Al Hassan guilty of war crimes": a verdict on the one found guilty)
    if (tok.norm === 'guilty' && t[k - 1]?.norm !== 'pleaded' && t[k - 1]?.norm !== 'pleads') {
      const found = t.findIndex((x, i) => i < k && i >= k - 14 && x.lemma === 'find' && x.pos === 'VERB');
      if (found >= 0) {
        pushTrigger(sc, k, k + 1, 'found guilty', 'Trial', false, false);
        const tr = out[out.length - 1]!;
        tr.targets = distinct(actors(mentions).filter((m) => m.from > found && m.to <= k));
        tr.agents = tr.agents.filter((m) => m.to <= found);
        continue;
      }
    }
    // ("helicopters flew the wounded to Maiduguri", "100 wounded have been flown out of Rann": an evacuation by air)
    if (tok.lemma === 'fly' && tok.pos === 'VERB' && (t.slice(k + 1, k + 6).some((x) => EVACUEES.has(x.norm)) || (/^flown$/.test(tok.norm) && t.slice(Math.max(0, k - 6), k).some((x) => EVACUEES.has(x.norm))))) {
      pushTrigger(sc, k, k + 1, 'fly', 'Evacuation', false, false);
      continue;
    }
    // ("40 French special forces soldiers flown in from Burkina Faso", "Chad flew troops to Mali": forces brought by air are deployed)
    if (tok.lemma === 'fly' && tok.pos === 'VERB' && (t.slice(k + 1, k + 5).some((x) => FORCES.has(x.norm)) || (/^flown$/.test(tok.norm) && FORCES.has(t[k - 1]?.norm ?? '')))) {
      pushTrigger(sc, k, k + 1, 'fly', 'Deployment', false, false);
      const tr = out[out.length - 1]!;
      // (the forces flown are the ones deployed: "soldiers flown in" — the agents, not a party acted on)
      if (/^flown$/.test(tok.norm) && !tr.agents.length) tr.agents = actors(mentions).filter((m) => m.to === k);
      tr.targets = [];
      continue;
    }
    // ("opposition supporters marched in N'Djamena": a march of civilians is a protest; troops that march advance)
    if (tok.lemma === 'march' && tok.pos === 'VERB' && !t.slice(Math.max(0, k - 4), k).some((x) => FORCES.has(x.norm) || ARMED_DESCRIPTIONS.has(x.norm))
      && !mentions.some((m) => m.to <= k && m.to >= k - 2 && GROUPS.has(m.cls))) {
      pushTrigger(sc, k, k + 1, 'march', 'Protest', false, false);
      continue;
    }
    // "Ansar Dine had pushed the MNLA out of the city", "drove the army out of Kidal": the driver takes the place.
    // (not "were forced out of Mali": a force made to leave took nothing)
    if (DRIVE_OUT.has(tok.lemma) && tok.pos === 'VERB' && !BE_FORMS.has(t[k - 1]?.norm ?? '') && t[k - 1]?.norm !== 'been') {
      const outAt = t.findIndex((x, i) => i > k && i <= k + 6 && x.norm === 'out');
      if (outAt > k && t[outAt + 1]?.norm === 'of' && !t.slice(k + 1, outAt).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) {
        pushTrigger(sc, k, k + 1, `${tok.lemma} out`, 'Capture', false, false);
        continue;
      }
      // "to push the militants back", "drove back Boko Haram", "beat the rebels back": fighting them off (an actor
      // pushed back, not a date or a vote)
      const backAt = t.findIndex((x, i) => i > k && i <= k + 6 && x.norm === 'back');
      if (tok.lemma !== 'oust' && backAt > k && !t.slice(k + 1, backAt).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')
        && mentions.some((m) => (m.from > k && m.to <= backAt || m.from === backAt + 1 || m.from === backAt + 2 && t[backAt + 1]!.pos === 'DET') && !isPlaceClass(m.cls))) {
        pushTrigger(sc, k, k + 1, `${tok.lemma} back`, 'ArmedClash', true, false);
        continue;
      }
    }
    // "MINUSMA sent troops and helicopters": sending forces is deploying them (sending a letter is not).
    if (tok.lemma === 'send' && tok.pos === 'VERB') {
      if (t.slice(k + 1, k + 5).some((x) => FORCES.has(x.norm))) {
        pushTrigger(sc, k, k + 1, 'send', 'Deployment', false, false);
        // The troops sent are the sender's own, not a party it acts on.
        out[out.length - 1]!.targets = [];
      }
      continue;
    }
    // "MINUSMA pulled its last troops out of its camp at Ber", "France pulled its forces back": a phrasal verb split by
    // the forces it moves is a withdrawal (pulling bodies out of the rubble is not)
    if (tok.lemma === 'pull' && tok.pos === 'VERB') {
      const particle = t.findIndex((x, i) => i > k + 1 && i <= k + 6 && (x.norm === 'out' || x.norm === 'back'));
      if (particle > 0 && t.slice(k + 1, particle).some((x) => FORCES.has(x.norm)) && !t.slice(k + 1, particle).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) {
        pushTrigger(sc, k, k + 1, 'pull out', 'Withdrawal', false, false);
        // (the forces pulled out are the puller's own, not a party it acts on; a description of them names whose they are
        // only by a guess — "Washington pulled 75 special forces personnel out of the country" — a name does: "its Barkhane troops")
        const tr = out[out.length - 1]!;
        // ("Niger pulled its soldiers out of the MNJTF": a body pulled out of is the one left)
        const from = t[particle + 1]?.norm === 'of' ? particle + 2 + Number(t[particle + 2]?.pos === 'DET') : -1;
        tr.targets = mentions.filter((m) => m.from === from && !isPlaceClass(m.cls) && m.cls !== 'Person');
        tr.agents = tr.agents.filter((m) => m.to <= k || m.from >= particle || m.kind === 'name' || m.kind === 'acronym').filter((m) => !tr.targets.includes(m));
        // ("…, prompting Washington to pull …": the one asked to pull, a capital here, not the sentence's subject)
        if (t[k - 1]?.norm === 'to' && mentions.some((m) => m.to === k - 1 && isPlaceClass(m.cls))) tr.agents = [];
      }
      continue;
    }
    // ("Chad brought home some 1,200 soldiers it had deployed to Borno", "brought its troops back from Mali", "repatriated its
    // contingent": a state that brings its forces home withdraws them)
    if ((tok.lemma === 'bring' && tok.pos === 'VERB') || tok.lemma === 'repatriate') {
      const particle = tok.lemma === 'repatriate' ? k : t.findIndex((x, i) => i > k && i <= k + 6 && (x.norm === 'home' || x.norm === 'back'));
      const moved = particle < 0 ? -1 : t.slice(k + 1, Math.max(particle, k + 1) + 6).findIndex((x) => FORCES.has(x.norm) || x.norm === 'contingent' || x.norm === 'contingents');
      if (moved >= 0 && !t.slice(k + 1, k + 1 + moved).some((x) => x.pos === 'VERB' || x.text === ',')) {
        pushTrigger(sc, k, k + 1, 'bring home', 'Withdrawal', false, false);
        const tr = out[out.length - 1]!;
        tr.targets = [];
      }
      continue;
    }
    // "the mission handed over its camp at Ogossagou": handing over a camp or a base is leaving it (to whoever takes it)
    if (tok.lemma === 'hand' && tok.pos === 'VERB' && (t[k + 1]?.norm === 'over' || t[k + 1]?.norm === 'back')) {
      const held = t.findIndex((x, i) => i > k + 1 && i <= k + 5 && HELD_POSTS.has(x.norm));
      if (held > 0 && t.slice(k + 2, held).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'PRON' || x.pos === 'NUM' || x.pos === 'NOUN' || x.pos === 'PROPN')) {
        pushTrigger(sc, k, k + 2, 'hand over', 'Withdrawal', false, false);
        out[out.length - 1]!.targets = [];
      }
      continue;
    }
    // "its convoy came under fire", "a patrol came under attack from JNIM fighters": the subject is the target, the
    // doer comes after "from" (or nowhere)
    if (tok.lemma === 'come' && tok.pos === 'VERB' && t[k + 1]?.norm === 'under' && UNDER_FIRE.has(t[k + 2]?.norm ?? '')) {
      pushTrigger(sc, k, k + 3, 'come under attack', 'Attack', true, false);
      const tr = out[out.length - 1]!;
      const from = t[k + 3]?.norm === 'from' ? k + 4 : -1;
      tr.targets = tr.agents;
      tr.agents = from > 0 && tr.clause[1] > from ? distinct(mentions.filter((m) => m.from >= from && m.from <= from + 2 && m.to <= tr.clause[1] && !isPlaceClass(m.cls))) : [];
      tr.passive = true;
      continue;
    }
    // ("its air defences shot the aircraft down": the tagger reads this "shot" as a noun; one before an article is the verb
    // of an aircraft shot down, its object between it and "down")
    // (and "soldiers shot dead 20 villagers", "gunmen shot at a patrol": a "shot" after no article or adjective, before
    // "dead", "at" or an object, is the verb; "a warning shot" is not)
    if (tok.norm === 'shot' && tok.pos !== 'VERB' && !['DET', 'ADJ', 'NUM'].includes(t[k - 1]?.pos ?? '')) {
      const down = t.findIndex((x, i) => i > k + 1 && i <= k + 4 && x.norm === 'down');
      const object = ['DET', 'NUM', 'PRON', 'PROPN'].includes(t[k + 1]?.pos ?? '');
      if (down > 0 && object && t.slice(k + 1, down).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NOUN' || x.pos === 'PRON')) pushTrigger(sc, k, k + 1, 'shoot down', 'Attack', true, false);
      else if (t[k + 1]?.norm === 'dead' || t[k + 1]?.norm === 'at' || object) pushTrigger(sc, k, k + 1, 'shoot', 'Attack', true, false);
      continue;
    }
    // ("the jihadists had blocked the main road to Djibo", "blocked access to the town": closing a road or a town is a blockade;
    // "blocked the export of oil", "blocked the proposal" are not)
    if (tok.lemma === 'block' && tok.pos === 'VERB') {
      const road = t.findIndex((x, i) => i > k && i <= k + 4 && BLOCKED.has(x.norm));
      const town = mentions.find((m) => m.from > k && m.from <= k + 2 && (m.cls === 'Settlement' || m.cls === 'Region') && t.slice(k + 1, m.from).every((x) => x.pos === 'DET'));
      if ((road > 0 && t.slice(k + 1, road).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NOUN' || x.pos === 'NUM')) || town) pushTrigger(sc, k, k + 1, 'blockade', 'Blockade', true, false);
      continue;
    }
    // ("Nigeria and Niger agreed to resume joint border patrols", "Chad agreed with Cameroon to …": parties that agree, two at
    // least, make an agreement ("the junta agreed to hold elections" is one party's promise)
    if (tok.lemma === 'agree' && tok.pos === 'VERB') {
      const before = mentions.filter((m) => (!isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')) && m.to <= k && m.to >= k - 6 && !governingPreposition(s, m));
      const joined = before.length > 1 && t.slice(before[before.length - 2]!.to, before[before.length - 1]!.from).every((x) => x.norm === 'and' || x.text === ',' || x.pos === 'DET');
      if (joined || t[k + 1]?.norm === 'with') pushTrigger(sc, k, k + 1, 'agree', 'Agreement', false, false);
      continue;
    }
    // ("designated Boko Haram and Ansaru as Foreign Terrorist Organizations", "proscribed both groups": listing a group
    // as terrorist is a sanction on it; "designated Traoré president" is no sanction)
    if ((tok.lemma === 'designate' || tok.lemma === 'proscribe' || tok.lemma === 'blacklist') && tok.pos === 'VERB') {
      const as = t.findIndex((x, i) => i > k && i <= k + 10 && x.norm === 'as');
      // (or with no "as": "a court designated Lakurawa a terrorist organisation")
      const named = as > 0 ? t.slice(as + 1, as + 6) : t.slice(k + 1, k + 9);
      if (tok.lemma !== 'designate' || named.some((x) => x.norm.startsWith('terror'))) {
        pushTrigger(sc, k, k + 1, 'sanction', 'Sanction', false, false);
      }
      continue;
    }
    // ("were recalling their ambassadors from Algiers": a state recalling its envoys steps down relations with the state
    // they served in; "recalled that …" reports)
    if (tok.lemma === 'recall' && tok.pos === 'VERB') {
      if (t.slice(k + 1, k + 5).some((x) => ENVOYS.has(x.norm))) {
        pushTrigger(sc, k, k + 1, 'recall', 'DiplomaticRecall', false, false);
        statesActedOn(out[out.length - 1]!, mentions, k);
      }
      continue;
    }
    // ("Algeria closed its airspace to all flights to and from Mali", "closed its borders with Benin": a closure against
    // another state is a sanction; "closed the meeting" is not)
    if (tok.lemma === 'close' && tok.pos === 'VERB') {
      const closed = t.findIndex((x, i) => i > k && i <= k + 3 && CLOSABLE.has(x.norm));
      if (closed > 0 && t.slice(k + 1, closed).every((x) => x.pos === 'DET' || x.pos === 'PRON' || x.pos === 'ADJ')) {
        pushTrigger(sc, k, closed + 1, 'close', 'Sanction', false, false);
        statesActedOn(out[out.length - 1]!, mentions, closed);
      }
      continue;
    }
    // "set fire to the UN hub", "setting fire to houses": arson is an attack on what burns.
    if (tok.lemma === 'set' && tok.pos === 'VERB' && t[k + 1]?.norm === 'fire' && t[k + 2]?.norm === 'to') {
      pushTrigger(sc, k, k + 3, 'set fire', 'Attack', true, false);
      continue;
    }
    // ("His body was found the next day", "the body of X was discovered": a person found dead was killed)
    if (tok.norm === 'body' && tok.pos === 'NOUN') {
      const found = t.findIndex((x, i) => i > k && i <= k + 6 && FOUND_DEAD.has(x.norm));
      const whose = mentions.find((m) => m.cls === 'Person' && (m.to === k || (t[k + 1]?.norm === 'of' && (m.from === k + 2 || m.from === k + 3))));
      if (found > 0 && whose && BE.has(t[found - 1]!.norm)) {
        pushTrigger(sc, k, k + 1, 'body found', 'Killing', false, false);
        const tr = out[out.length - 1]!;
        tr.agents = [];
        tr.targets = [whose];
      }
      continue;
    }
    // "blew himself up", "blowing itself up in the middle of the assembly": a suicide bombing.
    if (tok.lemma === 'blow' && tok.pos === 'VERB') {
      const up = t[k + 1]?.norm === 'up' ? k + 1 : REFLEXIVES.has(t[k + 1]?.norm ?? '') && t[k + 2]?.norm === 'up' ? k + 2 : -1;
      if (up > 0) pushTrigger(sc, k, up + 1, 'blow up', 'Bombing', true, false);
      continue;
    }
    // ("thousands of residents fled to Mora", "families who fled Seytenga", "65,000 people had abandoned Damasak",
    // "sought refuge in Kaya", "the displacement", "an exodus"): people driven from their homes. Not an armed actor
    // that flees or abandons a position (a retreat), nor the displacement of troops.
    const uprooting = (tok.pos === 'VERB' && (tok.lemma === 'flee' || tok.lemma === 'displace' || tok.lemma === 'uproot'
        || (tok.lemma === 'abandon' && mentions.some((m) => m.cls === 'Settlement' && m.from > k && m.from <= k + 3 && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ')))
        || ((tok.lemma === 'seek' || tok.lemma === 'take') && t[k + 1]?.norm === 'refuge')))
      || (tok.pos === 'NOUN' && (tok.norm === 'displacement' || tok.norm === 'exodus'));
    if (uprooting) {
      const armed = mentions.some((m) => GROUPS.has(m.cls) && m.to <= k && m.to >= k - 4)
        || t.slice(Math.max(0, k - 4), k + 4).some((x) => FORCES.has(x.norm) || ARMED_DESCRIPTIONS.has(x.norm));
      if (!armed) {
        pushTrigger(sc, k, t[k + 1]?.norm === 'refuge' ? k + 2 : k + 1, tok.pos === 'NOUN' ? tok.norm : tok.lemma, 'Displacement', false, false);
        // (the people who flee are no actors of the graph, and whoever drove them out is told by the act before)
        const tr = out[out.length - 1]!;
        tr.agents = [];
        tr.targets = [];
        continue;
      }
      // (an armed actor that abandons a town withdraws from it: the lexicon's reading, below)
      if (tok.lemma !== 'abandon') continue;
    }
    // ("Hollande welcomed the family at Villacoublay", "Tinubu received a delegation from Niamey": a leader who welcomes or
    // receives people meets them; "welcomed the decision", "received threats" meet no one)
    // ("after hosting a Russian delegation led by Deputy Defence Minister X in Niamey": a state hosting guests meets them too)
    if ((tok.lemma === 'welcome' || tok.lemma === 'receive' || tok.lemma === 'host') && tok.pos === 'VERB' && !PASSIVE_AUX.has(t[k - 1]?.norm ?? '')) {
      let o = k + 1;
      // (past a demonym: "a Russian delegation")
      while (o < t.length && o <= k + 3 && (t[o]!.pos === 'DET' || t[o]!.pos === 'NUM' || t[o]!.pos === 'ADJ' || t[o]!.pos === 'PRON' || DEMONYM_SHAPE.test(t[o]!.text))) o++;
      const person = mentions.find((m) => m.from === o && m.cls === 'Person' && m.kind !== 'pronoun');
      if (person || GUESTS.has(t[o]?.norm ?? '')) {
        pushTrigger(sc, k, k + 1, tok.lemma, 'Meeting', false, false);
        const tr = out[out.length - 1]!;
        tr.targets = tr.targets.filter((m) => m.cls === 'Person' || m.from === o);
      }
      continue;
    }
    // ("France launched Operation Serval in Mali", "Nigeria began Operation Hadin Kai": a named operation set going is one,
    // done by the one who launches it and by the operation's own force)
    // (the tagger reads "France launches Operation Serval" as a noun after the name)
    if (LAUNCHING.has(tok.lemma) && (tok.pos === 'VERB' || (tok.pos === 'NOUN' && tok.norm.endsWith('s') && t[k - 1]?.pos === 'PROPN')) && !PASSIVE_AUX.has(t[k - 1]?.norm ?? '')) {
      const at = t[k + 1]?.pos === 'DET' || POSSESSIVES.has(t[k + 1]?.norm ?? '') ? k + 2 : k + 1;
      const op = mentions.find((m) => m.from === at && /^Operation\b/.test(m.text) && m.kind === 'name');
      if (op) {
        pushTrigger(sc, k, k + 1, tok.lemma, 'Operation', false, false);
        const tr = out[out.length - 1]!;
        tr.targets = tr.targets.filter((m) => m.entity !== op.entity);
        if (!tr.agents.some((m) => m.entity === op.entity)) tr.agents = [...tr.agents, op];
        continue;
      }
    }
    if (!key) continue;
    // ("a blast", "the explosion": nouns; "blasted the decision" is no bombing)
    if ((key === 'blast' || key === 'explosion') && tok.pos !== 'NOUN') continue;
    // "called to the rescue", "fired at them" are fine; "fire" as a noun of rockets is shelling only with a hint.
    // "the besieged town": a participle between a determiner and its noun is a modifier, not an act.
    if (tok.pos !== 'NOUN' && ['DET', 'ADJ'].includes(t[k - 1]?.pos ?? '') && t[k + 1]?.pos === 'NOUN' && /(ed|en)$/.test(tok.norm)) continue;
    const fireAt = key === 'fire' && ['at', 'on'].includes(t[k + 1]?.norm ?? '') && tok.pos === 'VERB';
    if (key === 'fire' && !fireAt && !/rocket|mortar|artillery|shell/i.test(s.text)) continue;
    if (key === 'name' && tok.pos !== 'VERB') continue;
    // "according to X" reports; it is no accord.
    if (key === 'accord' && tok.norm === 'according') continue;
    if (key === 'free' && tok.pos !== 'VERB') continue;
    // ("PRESS RELEASE", "For immediate release", "Tour operators": a trigger noun inside a compound that names no act)
    if (tok.pos !== 'VERB' && (NOT_ACTS.has(`${t[k - 1]?.norm} ${tok.norm}`) || NOT_ACTS.has(`${tok.norm} ${t[k + 1]?.norm}`))) continue;
    if (key === 'land' && tok.pos !== 'VERB') continue;
    // ("called for an independent investigation": asked for, not opened)
    if ((TRIGGER_EVENTS.get(key) === 'Investigation' || key === 'dialogue') && t.slice(Math.max(0, k - 5), k).some((x) => DEMANDING.has(x.lemma))) continue;
    // ("a food distribution", "the distribution of aid"; not "the distribution of power")
    if (key === 'distribution' && !t.slice(Math.max(0, k - 3), k + 4).some((x) => RELIEF.has(x.norm))) continue;
    // ("was sentenced to", not "its sentences"; "an arrest warrant", not "did not warrant")
    if ((key === 'sentence' && tok.pos !== 'VERB') || (key === 'warrant' && tok.pos !== 'NOUN')) continue;
    if (key === 'exit' && tok.pos !== 'NOUN') continue;
    // ("adopted Resolution 2100", "passed a resolution"; not "conflict resolution")
    if (key === 'resolution' && t[k + 1]?.pos !== 'NUM' && !t.slice(Math.max(0, k - 3), k).some((x) => RESOLVING.has(x.lemma))) continue;
    // "remained on the offensive", "went on the attack": a posture, not an act with a target.
    if (tok.pos !== 'VERB' && t[k - 1]?.norm === 'the' && t[k - 2]?.norm === 'on' && t[k + 1]?.norm !== 'on' && t[k + 1]?.norm !== 'against') continue;
    // "one of the deadliest blows dealt to the army": dealing a blow is no deal.
    if (key === 'deal' && tok.pos !== 'NOUN') continue;
    // "a rally", "the demonstrations" (not "rallied to the junta", "a demonstration of force")
    if ((key === 'rally' && tok.pos !== 'NOUN') || (key.startsWith('demonstration') && t[k + 1]?.norm === 'of')) continue;
    // "clashes left eight civilians dead": a result, not a departure.
    if (key === 'leave' && t.slice(k + 1, k + 8).some((x) => ['dead', 'injured', 'wounded', 'homeless', 'stranded'].includes(x.norm))) continue;
    const h = HOSTILE.get(key);
    let event = h?.event ?? TRIGGER_EVENTS.get(key);
    // ("says he won the vote": a vote won is an election)
    if (key === 'vote' && tok.pos === 'NOUN' && t.slice(Math.max(0, k - 3), k).some((x) => x.lemma === 'win' || x.lemma === 'lose')) event = 'Election';
    if (fireAt) event = 'Attack';
    // ("evacuated the wounded", "the wounded were flown out": people moved out of danger; "evacuated its camp" is a withdrawal)
    if (EVACUATING.has(key) && (t.slice(k + 1, k + 6).some((x) => EVACUEES.has(x.norm)) || t.slice(Math.max(0, k - 6), k).some((x) => EVACUEES.has(x.norm)))) event = 'Evacuation';
    // ("Two suicide bombers struck police buildings": striking is an attack; from the air only with aircraft named)
    // (the tagger reads "Sect fighters strike police posts" as a noun: right after its actor, with an object, it is the verb)
    const struck = tok.pos === 'VERB' || (key === 'strike' && t[k + 1]?.norm !== 'on' && t[k + 1]?.norm !== 'against'
      && mentions.some((m) => m.to === k && !isPlaceClass(m.cls) && t[m.from - 1]?.pos !== 'DET' && !/^['’]s?$/.test(t[m.from - 1]?.norm ?? '')));
    // ("An improvised explosive device struck a Malian army vehicle": a device that strikes is a bombing)
    if (key === 'strike' && struck && !t.some((x) => FROM_THE_AIR.has(x.norm))) event = /bomber/i.test(s.text) || t.slice(Math.max(0, k - 5), k).some((x) => DEVICES.has(x.norm)) ? 'Bombing' : 'Attack';
    // ("jets bombed rebel positions" strike from the air; "a bomb went off", "a roadside bomb" is a device set off)
    if (key === 'bomb' && tok.pos === 'NOUN') event = 'Bombing';
    // Killing civilians is violence against civilians (ACLED), not a battle.
    if ((key === 'kill' || key === 'slay' || key === 'attack' || key === 'execute') && t.slice(k + 1, k + 8).some((x) => CIVILIANS.has(x.norm))) event = 'Massacre';
    // ("A suicide bomber killed 12 people at a mosque", "two female bombers attacked the market": a bomber's act is a bombing)
    if ((key === 'kill' || key === 'attack' || key === 'target') && tok.pos === 'VERB' && t.slice(Math.max(0, k - 3), k).some((x) => x.norm === 'bomber' || x.norm === 'bombers')) event = 'Bombing';
    // Leaving a country, an organisation or a base is withdrawing from it ("left Mali", "leaving ECOWAS",
    // "had left Air Base 101"); leaving a town, or leaving for somewhere, is a movement.
    // ("Mali left the organisation": a bloc named again by its head noun too)
    // ("would leave the West African bloc ECOWAS": past the words that describe the bloc)
    if (key === 'leave' && mentions.some((m) => (m.cls === 'Country' || m.cls === 'InternationalOrganization' || m.cls === 'Site') && (m.kind !== 'description' || m.cls === 'InternationalOrganization')
      && m.from >= k + 1 && (m.from <= k + 3 || (m.cls === 'InternationalOrganization' && m.from <= k + 5 && t.slice(k + 1, m.from).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'PROPN' || x.norm === 'bloc')))
      && !t.slice(k + 1, m.from).some((x) => x.pos === 'ADP'))) event = 'Withdrawal';
    // ("most of the fighters had left Diabaly, retreating northwards": leaving a town in retreat is withdrawing from it)
    if (key === 'leave' && t.slice(k + 1, k + 8).some((x, q) => RETREATING.has(x.lemma) && t[k + q]?.text === ',')) event = 'Withdrawal';
    // ("The ambassador, Sylvain Itte, left Niamey": an envoy leaving the capital he was posted to is withdrawn from it)
    if (key === 'leave' && t.slice(Math.max(0, k - 8), k).some((x) => ENVOYS.has(x.norm)) && mentions.some((m) => m.from === k + 1 && (m.cls === 'Settlement' || m.cls === 'Country'))) event = 'Withdrawal';
    // ("Mali … left the group in May 2022", "quit the bloc": a body named again by a bloc's head noun, resolved or not)
    if (key === 'leave' && (t[k + 1]?.norm === 'the' || t[k + 1]?.norm === 'this') && BLOC_HEADS.has(t[k + 2]?.norm ?? '')) event = 'Withdrawal';
    // ("American forces left their drone base in Agadez": a force leaving its own base withdraws from it)
    if (key === 'leave' && ['their', 'its', 'the'].includes(t[k + 1]?.norm ?? '') && [t[k + 2], t[k + 3]].some((x) => x && SITE_NOUNS.has(x.norm) && x.pos === 'NOUN')) event = 'Withdrawal';
    // ("the prime minister quit his post", "left her job as minister": leaving one's office is resigning it)
    if ((key === 'quit' || key === 'leave') && (t[k + 1]?.norm === 'his' || t[k + 1]?.norm === 'her') && POSTS.has(t[k + 2]?.norm ?? '')) event = 'Resignation';
    // ("Mali's president quits after soldiers seize him": a person who quits, with nothing after, resigns)
    if (key === 'quit' && !['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM'].includes(t[k + 1]?.pos ?? '')
      && (TITLES.has(t[k - 1]?.norm ?? '') || mentions.some((m) => m.to === k && m.cls === 'Person'))) event = 'Resignation';
    // A military operation "against" an armed actor is a hostilities event.
    if (key === 'operation' && t.slice(k + 1, k + 4).some((x) => x.norm === 'against')) event = 'ArmedClash';
    // ("In a video released on Sunday", "the group released a statement": a document made public is no one set free)
    if (key === 'release' && (PUBLISHED.has(t[k - 1]?.norm ?? '') || PUBLISHED.has(t[pastCount(t, k + 1, 3)]?.norm ?? ''))) continue;
    // ("supplied Mali with combat helicopters", "combat troops": the noun as a modifier of another is no fight; "combat
    // operations" still is)
    if (key === 'combat' && t[k + 1]?.pos === 'NOUN' && !/^operations?$|^missions?$/.test(t[k + 1]!.norm)) continue;
    pushTrigger(sc, k, k + 1, key, event, !!h, !!h?.mutual);
    if (key === 'leave' && event === 'Deployment') forceLeaving(sc, k);
    // ("gunmen seized a French Catholic priest, Georges Vandenbeusch, at his parish": people seized are abducted; a town
    // or a base seized is captured)
    // ("Bandits seized 279 schoolgirls", "armed men took 39 students": or people counted, in the object right after the verb)
    if (event === 'Capture' && (key === 'seize' || key === 'capture' || key === 'take')) {
      const tr = out[out.length - 1]!;
      const people = tr.targets.length ? tr.targets.every((m) => m.cls === 'Person') : CAPTIVES.has(t[pastCount(t, tr.end, 4)]?.norm ?? '');
      // (by armed men: a state's forces that seize a man capture or arrest him)
      if (!tr.placeTargets.length && people && !tr.agents.some((m) => m.cls === 'StateForce' || m.cls === 'Government' || m.cls === 'Country')) tr.event = 'Abduction';
    }
    // ("Abou Zeid was killed", "killed the JNIM commander X", "Déby's death", "Shekau died": a named person killed)
    if (KILLING.has(key) && event !== 'Massacre') {
      const tr = out[out.length - 1]!;
      const dying = key === 'die' || key === 'death';
      // ("Among those killed in the capital was Narcisse Oredje": the people named after the verb the phrase is the subject of)
      if (t[k - 2]?.norm === 'among' && (t[k - 1]?.norm === 'those' || t[k - 1]?.norm === 'people') && !tr.targets.length) {
        const be = t.findIndex((x, i) => i > k && i <= k + 8 && (x.norm === 'was' || x.norm === 'were'));
        if (be > 0) tr.targets = mentions.filter((m) => m.cls === 'Person' && m.kind !== 'pronoun' && m.from === be + 1);
      }
      // (a pronoun counts once it stands for a person: "… and killed him")
      const victims = (dying ? [...tr.agents, ...tr.targets] : tr.targets).filter((m) => m.cls === 'Person');
      if (victims.length && (dying || victims.length === tr.targets.length)) {
        tr.event = 'Killing';
        if (dying) { tr.targets = victims; tr.agents = []; }
      } else if (dying) out.pop();
    }
  }
  // ("Mali, Burkina Faso and Niger announced that they were leaving ECOWAS": a plural pronoun stands for the whole
  // list it refers back to, not for its last item)
  for (const tr of out) {
    const p = tr.agents.length === 1 && tr.agents[0]!.kind === 'pronoun' && PLURAL_PRONOUNS.has(tr.agents[0]!.text.toLowerCase()) ? tr.agents[0]! : undefined;
    if (!p) continue;
    const list = coordinatedBefore(t, mentions.filter((m) => !isPlaceClass(m.cls) || m.cls === 'Country'), p.from, p.entity);
    if (list.length > 1) tr.agents = list;
  }
  // ("AQIM releases three of the Arlit captives: Françoise Larribe, …": those a colon lists after the object are the ones freed)
  for (const tr of out) {
    if (tr.event !== 'Release' || tr.targets.some((m) => m.cls === 'Person')) continue;
    const colon = t.findIndex((x, i) => i > tr.end && i <= tr.end + 8 && x.text === ':');
    if (colon > 0 && !t.slice(tr.end, colon).some((x) => x.pos === 'VERB')) tr.targets = tr.targets.concat(mentions.filter((m) => m.from > colon && m.cls === 'Person' && m.kind !== 'pronoun'));
  }
  // ("deserting in 2012 to fight with Ansar Dine": a man who fights with an armed group fights in its ranks, not against it)
  for (const tr of out) {
    // (not fighting a preposition makes a noun: "killed during fighting with ISWAP" is a clash with it)
    if (!tr.hostile || tr.nominal || !RANKS_VERBS.has(tr.key) || t[tr.end]?.norm !== 'with' || !tr.agents.length || !tr.targets.length || t[tr.k - 1]?.pos === 'ADP') continue;
    if (!tr.agents.every((m) => m.cls === 'Person') || !tr.targets.every((m) => m.cls === 'ArmedGroup') || tr.targets[0]!.from > tr.end + 2) continue;
    tr.inRanks = true;
    tr.hostile = false;
    tr.mutual = false;
    tr.event = undefined;
  }
  // ("Burkina Faso expelled three French diplomats": the state whose envoys are expelled is the one acted on)
  for (const tr of out) {
    if (tr.key !== 'expel' || tr.nominal) continue;
    const envoy = t.findIndex((x, i) => i > tr.k && i <= tr.k + 5 && ENVOYS.has(x.norm));
    const state = envoy > 0 ? mentions.find((m) => m.cls === 'Country' && m.from > tr.k && m.to <= envoy && !tr.agents.some((a) => a.entity === m.entity)) : undefined;
    if (state && !tr.targets.some((m) => m.entity === state.entity)) tr.targets = [...tr.targets, state];
  }
  // ("Gnassingbé secured the release of Bazoum's son", "Qatar helped secure the release of the hostages": the one released is
  // the noun's "of", its owner no one; who secures, obtains or negotiates a release made it)
  for (const tr of out) {
    if (!tr.nominal || tr.event !== 'Release' || t[tr.end]?.norm !== 'of') continue;
    const released = mentions.filter((m) => m.from > tr.end && m.from <= tr.end + 3 && t.slice(tr.end + 1, m.from).every((x) => x.pos === 'DET'));
    tr.agents = tr.agents.filter((m) => !released.includes(m));
    tr.targets = released.filter((m) => !/^['’]s?$/.test(t[m.to]?.text ?? '') && !isPlaceClass(m.cls));
    const v = governingVerb(t, tr.k);
    if (v >= 0 && SECURING.has(t[v]!.lemma) && !tr.agents.length) {
      const first = t[v - 1]?.lemma === 'help' ? v - 1 : v;
      tr.agents = mentions.filter((m) => m.to <= first && m.to >= first - 3 && !governingPreposition(s, m) && (!isPlaceClass(m.cls) || m.cls === 'Country')).slice(-1);
    }
  }
  // ("abducted about 80 pupils and teachers from the Federal Government College": where people are taken from is no captive)
  for (const tr of out) if (tr.event === 'Abduction' && tr.targets.length) tr.targets = tr.targets.filter((m) => governingPreposition(s, m) !== 'from');
  // ("Niger's decision to pull its soldiers out of the MNJTF", "Mali's decision to leave ECOWAS": whose decision it is acts)
  for (const tr of out) {
    if (tr.nominal || t[tr.k - 1]?.norm !== 'to' || !DECISIONS.has(t[tr.k - 2]?.norm ?? '')) continue;
    const whose = mentions.find((m) => m.to === tr.k - 3 && /^['’]s?$/.test(t[m.to]?.text ?? '') && (!isPlaceClass(m.cls) || m.cls === 'Country'))
      ?? mentions.find((m) => m.from === tr.k - 3 && m.kind === 'pronoun' && POSSESSIVES.has(t[m.from]!.norm));
    if (!whose) continue;
    tr.agents = [whose];
    tr.targets = tr.targets.filter((m) => m.entity !== whose.entity);
  }
  // ("The Nigerien army repelled an attack by ISGS fighters": those who repel an attack were its targets)
  for (const tr of out) {
    if (!tr.nominal || tr.targets.length || (tr.event !== 'Attack' && tr.event !== 'Ambush')) continue;
    const v = governingVerb(t, tr.k);
    const repel = v >= 0 ? out.find((o) => o.k === v && REPELLING.has(o.key)) : undefined;
    if (repel) tr.targets = repel.agents.filter((m) => !tr.agents.some((a) => a.entity === m.entity));
  }
  // ("Suspected jihadists killed at least 20 soldiers in an ambush", "two soldiers were killed in an attack": the act a killing
  // happened in has the killing's doers and victims when it names none of its own)
  for (const tr of out) {
    if (!tr.nominal || tr.agents.length || tr.targets.length || !LOSSES_IN.has(tr.event ?? '')) continue;
    const at = t[tr.k - 1]?.pos === 'DET' ? tr.k - 2 : tr.k - 1;
    if (t[at]?.norm !== 'in') continue;
    const kill = out.find((o) => o !== tr && !o.nominal && o.k < at && o.k >= at - 8 && KILLING.has(o.key) && !t.slice(o.end, at).some((x) => x.pos === 'VERB' || x.text === ','));
    if (!kill) continue;
    tr.agents = kill.agents.slice();
    tr.targets = kill.targets.slice();
  }
  // ("Benin's army lost eight soldiers in an attack claimed by JNIM", "suffered heavy losses in an ambush": who lost men
  // in an attack was its target)
  for (const tr of out) {
    if (!tr.nominal || tr.targets.length || !LOSSES_IN.has(tr.event ?? '')) continue;
    const at = t[tr.k - 1]?.pos === 'DET' ? tr.k - 2 : tr.k - 1;
    if (t[at]?.norm !== 'in') continue;
    // (the verb before its object: "lost eight soldiers", "suffered heavy losses")
    let v = at - 1;
    while (v >= 0 && v >= at - 6 && (['NOUN', 'NUM', 'ADJ', 'DET'].includes(t[v]!.pos) || t[v]!.norm === 'of')) v--;
    // (men or losses: not "lost ground")
    const lost = (t[v]?.lemma === 'lose' || t[v]?.lemma === 'suffer') && t.slice(v + 1, at).some((x) => LOST_MEN.has(x.norm) || FORCE_HEADS.has(x.norm) || ARMED_DESCRIPTIONS.has(x.norm));
    if (t[v]?.pos !== 'VERB' || !lost) continue;
    const loser = mentions.filter((m) => m.to <= v && m.from >= tr.clause[0] && !isPlaceClass(m.cls) && m.cls !== 'Person').at(-1);
    if (loser && loser.to >= v - 2 && !tr.agents.some((a) => a.entity === loser.entity)) tr.targets = [loser];
  }
  // ("A roadside bomb hit a UN convoy", "the blast tore through a Nigerian army patrol": a device that hits something is
  // the subject of the verb whose object it hit)
  for (const tr of out) {
    if (!tr.nominal || tr.event !== 'Bombing' || tr.targets.length) continue;
    let v = tr.end;
    while (v < t.length && (t[v]!.pos === 'AUX' || t[v]!.pos === 'ADV')) v++;
    if (t[v]?.pos !== 'VERB' || !DEVICE_HITS.has(t[v]!.lemma)) continue;
    const hit = mentions.find((m) => m.from > v && m.from <= v + 4 && !isPlaceClass(m.cls) && m.cls !== 'Person' && !t.slice(v + 1, m.from).some((x) => x.pos === 'VERB' || x.pos === 'ADP' || x.text === ','));
    if (hit) tr.targets = [hit];
  }
  return inOrder(out);
}
/** Words of a count before the people it counts: "dozens of", "more than 300", "some 80", "about 40". */
const COUNT_WORDS = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'of', 'than', 'more', 'some', 'about', 'around', 'at', 'least']);
/** Past the count, the determiner and the adjectives of a noun phrase from `from` (at most `reach` tokens): its head noun. */
function pastCount(t: Sentence['tokens'], from: number, reach: number): number {
  let o = from;
  while (o < t.length && o <= from + reach && (t[o]!.pos === 'NUM' || t[o]!.pos === 'ADJ' || t[o]!.pos === 'DET' || COUNT_WORDS.has(t[o]!.norm))) o++;
  return o;
}
/** What is released by being made public: "a video released on Sunday", "released a statement". */
const PUBLISHED = new Set(['video', 'videos', 'statement', 'statements', 'report', 'reports', 'recording', 'message', 'audio', 'footage', 'images',
  'pictures', 'photos', 'photographs', 'communique', 'communiqué', 'figures', 'list', 'data', 'book', 'findings', 'document', 'documents']);
/** What is blocked in a blockade: "blocked the main road to Djibo", "blocked access to the town". */
const BLOCKED = new Set(['road', 'roads', 'route', 'routes', 'highway', 'axis', 'access', 'supplies', 'supply', 'entrances', 'exits']);
/** Verbs of bringing a release about: "secured the release of …". */
const SECURING = new Set(['secure', 'obtain', 'win', 'negotiate', 'broker', 'facilitate', 'arrange']);
/** Past a relative clause set between commas right at `from` and closed before `k` ("Togo, which has kept good relations with
 * the junta, mediated"): where the clause resumes, else `from`. */
function pastRelativeAside(t: Sentence['tokens'], from: number, k: number): number {
  if (t[from]?.text !== ',' || !RELATIVE_WORDS.has(t[from + 1]?.norm ?? '')) return from;
  for (let q = from + 2; q < k; q++) if (t[q]!.text === ',') return q + 1;
  return from;
}
/** Acts a force loses men in. */
const LOSSES_IN = new Set(['Attack', 'Ambush', 'Bombing', 'Airstrike', 'ArmedClash']);
/** What a force loses in an attack, besides its soldiers and fighters. */
const LOST_MEN = new Set(['men', 'lives', 'losses', 'casualties']);
/** Nouns of a choice made, whose maker does what the infinitive after them says ("Mali's decision to leave ECOWAS"). */
const DECISIONS = new Set(['decision', 'move', 'choice']);
/** Verbs of fighting an attack off. */
const REPELLING = new Set(['repel', 'repulse', 'foil', 'thwart', 'beat back', 'fight off', 'fend off', 'push back', 'drive back']);
/** Verbs a device's blast does to what it hits. */
const DEVICE_HITS = new Set(['hit', 'strike', 'target', 'tear', 'destroy', 'rip', 'blow']);

/** Verbs that pass a resolution. */
const RESOLVING = new Set(['adopt', 'pass', 'approve', 'vote', 'unanimous']);

/** Verbs of fighting whose "with" may name whose side one fights on. */
const RANKS_VERBS = new Set(['fight', 'battle']);

/** The triggers by position: the phrases were found first, so a sentence with both kinds may need a (stable) sort. */
function inOrder(out: Trigger[]): Trigger[] {
  for (let i = 1; i < out.length; i++) if (out[i]!.k < out[i - 1]!.k) return out.sort((a, b) => a.k - b.k);
  return out;
}

/** Prepositions of the channel an act is told or done through. */
const CHANNELS = new Set(['through', 'via']);

/** What a person holds and may quit or leave: "quit his post". */
const POSTS = new Set(['post', 'job', 'position', 'office', 'functions', 'duties', 'seat']);

/** Head nouns that name a bloc or an organisation again ("left the group", "quit the bloc"). */
const BLOC_HEADS = new Set(['group', 'bloc', 'organisation', 'organization', 'alliance', 'union', 'community', 'coalition', 'confederation', 'grouping']);

/**
 * The doer of a relative clause of the event a noun names: "a coup in May 2021, in which Colonel X removed Y", "the
 * attack, during which JNIM fighters burned the market" — the actor right after "in/during which", before an active verb.
 */
function inWhichDoer(t: Token[], mentions: readonly ResolvedMention[], end: number): ResolvedMention | undefined {
  let w = end;
  while (w < end + 5 && w < t.length && t[w]!.norm !== 'which') w++;
  if (t[w]?.norm !== 'which' || (t[w - 1]?.norm !== 'in' && t[w - 1]?.norm !== 'during')) return undefined;
  const m = mentions.find((x) => x.from > w && x.from <= w + 3 && x.kind !== 'pronoun' && !isPlaceClass(x.cls));
  return m && t[m.to]?.pos === 'VERB' && t[m.to - 1]?.pos !== 'AUX' ? m : undefined;
}
