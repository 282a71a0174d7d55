// Shallow sentence structure for the fact rules: clause bounds around a trigger, the mentions on each
// side, the preposition that governs a mention, and negation or hedging in a trigger's scope.
import type { Sentence, Token } from '../types.ts';
import { isPlaceClass } from '../types.ts';
import type { ResolvedMention } from '../resolve/entities.ts';
import { BACK_REFERENCES, HEDGES, INTENT, MODALS, NEGATIONS, REPORTING, wordId, wordIds, wordTable } from './lexicon.ts';

const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'when']);
/** Subordinators of adverbial clauses (time, cause, concession, condition). */
const ADVERBIAL = new Set(['when', 'while', 'because', 'although', 'though', 'if', 'until', 'after', 'before', 'since', 'as', 'once', 'whereas']);
/** Words the tagger reads as prepositions that may open a clause ("after the army withdrew"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as', 'while']);
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'where', 'if', 'whether', 'until', 'after', 'before', 'since', 'as']);

/** Words and marks that may bound a clause (every word or mark the tests of clauseAround's two walks look for). */
const BOUND_WORDS = new Set([...SUBORDINATORS, ...CLAUSE_PREPOSITIONS, 'but', 'and', ';', ':', '.', ',', '—', '–', '-']);
/** 1 for the words of BOUND_WORDS, by word id. (A token's norm is its text folded, and folding leaves these as they
 * are: a text in BOUND_WORDS is a norm in it.) */
const BOUNDING = wordTable(0);
for (const w of BOUND_WORDS) BOUNDING[wordId(w)] = 1;

/** Token range [from, to) of the clause around token k: punctuation and subordinators bound it. */
/** Does a comma between `from` and `k` close the aside that opens at `from`, with `k` in the clause after it? */
function closedBefore(t: Sentence['tokens'], from: number, k: number): boolean {
  for (let q = from; q < k; q++) if (t[q]!.text === ',') return !t.slice(q + 1, k).some((x) => x.text === ',' || x.pos === 'VERB' || x.pos === 'AUX');
  return false;
}

export function clauseAround(s: Sentence, k: number): [number, number] {
  const t = s.tokens;
  // (the walks step over the tokens that cannot bound a clause with no test)
  const ids = wordIds(s).norm;
  let from = k;
  while (from > 0) {
    if (!BOUNDING[ids[from - 1]!]) { from--; continue; }
    const p = t[from - 1]!;
    // "…, but the JNIM has been blockading Djibo": a new clause after "but".
    // ("X attempted to retake Kidal but were repelled": no new subject, the clause goes on)
    if (p.norm === 'but' && p.pos === 'CCONJ' && !['AUX', 'VERB', 'ADV'].includes(t[from]?.pos ?? '')) break;
    // ("Mali withdrew from the G5 Sahel in May 2022, and France pulled …": ", and" before a new subject, after a clause with
    // its own verb; not the last item of a list, "Mali, Burkina Faso, and Niger attacked …")
    // (nor before a subject that names the actors before again: "…, and the two groups have fought each other")
    if (p.norm === 'and' && t[from - 2]?.text === ',' && !['AUX', 'VERB', 'ADV', 'ADP', 'PART'].includes(t[from]?.pos ?? '') && t[from]?.norm !== 'to'
      && !BACK_REFERENCES.has(t[from]!.norm) && !(t[from]!.norm === 'the' && BACK_REFERENCES.has(t[from + 1]?.norm ?? '')) && verbBefore(t, from - 2)) break;
    // "two days after soldiers detained X": a preposition that opens a clause (a verb follows soon).
    // ("the day after fighters from Ansar Dine, AQIM and MUJAO overran Konna": its subject may hold a list,
    // and a capitalised "verb" there is a word of a name the tagger misread: "Ansar Dine")
    if (CLAUSE_PREPOSITIONS.has(p.norm) && p.pos === 'ADP' && (t.slice(from, k + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')
      && !t.slice(from, k).some((x) => x.pos === 'ADP' || x.text === ',')
      // (but not past a comma right before the verb: "…, the movement that later rebranded itself as AQIM, overran" — an
      // aside closes there, and "as" opened no clause)
      || (t[k]!.pos === 'VERB' && t[k - 1]?.text !== ',' && !t.slice(from, k).some((x, q) => ((x.pos === 'VERB' || x.pos === 'AUX') && !/^[A-Z]/.test(x.text)
        // (a participle after a noun modifies it: "fighters linked to al-Qaeda stormed")
        && !(x.pos === 'VERB' && /ed$/.test(x.norm) && ['NOUN', 'PROPN'].includes(t[from + q - 1]?.pos ?? ''))) || x.text === ';')))) break;
    // ("Togo, which has kept good relations with the junta, mediated …": a relative clause set between commas and closed before
    // the word is an aside of the clause it sits in, which goes on before it)
    if ((p.norm === 'which' || p.norm === 'who') && t[from - 2]?.text === ',' && from - 1 !== k && closedBefore(t, from, k)) { from -= 2; continue; }
    const determiner = p.norm === 'that' && demonstrative(t, from - 1);
    if (p.text === ';' || p.text === ':' || (SUBORDINATORS.has(p.norm) && p.pos !== 'ADP' && p.pos !== 'DET' && !determiner && !sinceAsAdverb(t, from - 1)) && from - 1 !== k) break;
    if (p.norm === 'that' && p.pos !== 'DET' && !determiner) break;
    // ("indicate that the gunmen came … and that men and boys were targeted": a second that-clause, whatever the tag)
    if (p.norm === 'that' && t[from - 2]?.norm === 'and' && secondThat(t, from - 2)) break;
    // ("as Tuareg rebels overran northern Mali, AQIM fighters held sway over Timbuktu alongside Ansar Dine": the main
    // clause starts past the adverbial clause put before it)
    // (not before a preposition, which opens no clause: "since June, when Boko Haram overran a position at Bosso, in the
    // region of Diffa, killing …" — a relative clause of time, and the participle is its verb's)
    if (p.text === ',' && t[from]!.pos !== 'CCONJ' && t[from]!.pos !== 'ADP' && closesAdverbial(t, from - 1)) break;
    // "GAO, Mali, June 28, 2012 — Islamist fighters …": a dash (a spaced hyphen too) closes a dateline or an aside.
    if (p.text === '—' || p.text === '–' || (p.text === '-' && t[from - 2] !== undefined && t[from - 2]!.end < p.start && p.end < t[from]!.start)) break;
    from--;
  }
  // ("as Tuareg rebels and jihadists overran northern Mali, AQIM fighters held sway over Timbuktu": an adverbial
  // clause ends where the clause it hangs on begins, at a comma before a subject and its verb)
  // (the tagger reads "as" and "after" that open a clause as prepositions: a verb follows before any comma)
  const adverbial = from > 0 && ADVERBIAL.has(t[from - 1]!.norm) && t[from - 1]!.pos !== 'DET'
    && (t[from - 1]!.pos !== 'ADP' || t.slice(from, k + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX') && !t.slice(from, k).some((x) => x.text === ','));
  let to = k + 1;
  while (to < t.length) {
    if (!BOUNDING[ids[to]!]) { to++; continue; }
    const p = t[to]!;
    if (p.text === ';' || p.text === ':' || p.text === '.') break;
    if (adverbial && p.text === ',' && mainClauseAt(t, to + 1)) break;
    // ("have blocked the road to Djibo since February": a word of time before no clause is a preposition, whatever its tag)
    if (SUBORDINATORS.has(p.norm) && p.pos !== 'ADP' && p.pos !== 'DET' && p.norm !== 'as' && !(CLAUSE_PREPOSITIONS.has(p.norm) && !opensClause(t, to + 1))) break;
    // "… at the base before the peacekeepers repelled the assault": a preposition opening a clause.
    if (CLAUSE_PREPOSITIONS.has(p.norm) && p.pos === 'ADP' && opensClause(t, to + 1)) break;
    // "…, and Lieutenant X, a pilot, was killed": a comma and a conjunction opening a new clause.
    if (p.text === ',' && ['and', 'but', 'while', 'whereas'].includes(t[to + 1]?.norm ?? '') && opensClause(t, to + 2)) break;
    // "… seized power and expelled French troops": a second verb phrase has objects of its own.
    // (not a capitalised word the tagger read as a verb inside a name: "the Front for Change and Concord in Chad")
    if ((p.norm === 'and' || p.norm === 'but') && t[to + 1] && ((t[to + 1]!.pos === 'VERB' && !/^[A-Z]/.test(t[to + 1]!.text)) || (t[to + 1]!.pos === 'ADV' && t[to + 2]?.pos === 'VERB'))) break;
    // "…, the government said in a statement": the speech tag is not part of the clause.
    if (p.text === ',' && speechTagAfter(t, to)) break;
    // ", called to the rescue by …", ", which …": a comma opening a participle or relative clause ends the object.
    if (p.text === ',' && t[to + 1] && (t[to + 1]!.pos === 'VERB' || t[to + 1]!.pos === 'AUX' || SUBORDINATORS.has(t[to + 1]!.norm) || (t[to + 1]!.pos === 'ADV' && t[to + 2]?.pos === 'VERB'))) break;
    to++;
  }
  return [from, to];
}

/**
 * Is the "that" at i a determiner the tagger read as a conjunction ("Boko Haram claimed that abduction as well"): a noun
 * right after it that no verb follows.
 */
/** "Boko Haram has since targeted …", "the army has since said": "since" between an auxiliary and its verb is an
 * adverb of time, which opens no clause. */
export function sinceAsAdverb(t: Sentence['tokens'], i: number): boolean {
  return t[i]?.norm === 'since' && t[i - 1]?.pos === 'AUX';
}

/** Does a finite verb stand before the comma at `comma`, back to the sentence's start or a clause mark? */
function verbBefore(t: Sentence['tokens'], comma: number): boolean {
  for (let i = comma - 1; i >= 0; i--) {
    const x = t[i]!;
    if (x.text === ';' || x.text === ':') return false;
    if (x.pos === 'VERB' && !/^[A-Z]/.test(x.text) && !/ing$/.test(x.norm)) return true;
    // (a form of "have" or "be" that is the clause's own verb, no auxiliary: "France has a base in Niamey, and …")
    if (x.pos === 'AUX' && MAIN_AUX.has(x.norm) && (t[i + 1]?.pos === 'DET' || t[i + 1]?.pos === 'NUM')) return true;
  }
  return false;
}
const MAIN_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);

/** Does a that-clause open before the "and" at `and` ("said that … and that …")? */
function secondThat(t: Sentence['tokens'], and: number): boolean {
  for (let i = and - 1; i >= 0; i--) if (t[i]!.norm === 'that' && t[i]!.pos === 'SCONJ') return true;
  return false;
}

export function demonstrative(t: Sentence['tokens'], i: number): boolean {
  const next = t[i + 2];
  return t[i + 1]?.pos === 'NOUN' && !/s$/.test(t[i + 1]!.norm) && (!next || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'NOUN'));
}

/** True when the comma at c closes an adverbial clause that opens the sentence or follows a comma. */
function closesAdverbial(t: Sentence['tokens'], c: number): boolean {
  for (let j = c - 1; j >= 0 && j >= c - 25; j--) {
    if (t[j]!.text === ',') return false;
    if (ADVERBIAL.has(t[j]!.norm) && t[j]!.pos !== 'DET' && (j === 0 || t[j - 1]!.text === ',')) return t.slice(j + 1, c).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  }
  return false;
}

/** True when a subject and its verb start at i: a verb within a few tokens, with no comma or subordinator before it
 * (", Idrissa Timta, as he travelled" is an apposition, not the main clause). */
function mainClauseAt(t: Sentence['tokens'], i: number): boolean {
  for (let j = i; j < t.length && j < i + 8; j++) {
    const x = t[j]!;
    if (x.text === ',' || SUBORDINATORS.has(x.norm) || ADVERBIAL.has(x.norm)) return false;
    if (x.pos === 'VERB' || x.pos === 'AUX') return j > i;
  }
  return false;
}

/** True when a verb comes within a few tokens of i, before any comma: a clause starts at i. */
function opensClause(t: Sentence['tokens'], i: number): boolean {
  for (let j = i; j < t.length && j < i + 12; j++) {
    if (t[j]!.pos === 'VERB' || t[j]!.pos === 'AUX') return j > i;
    if (t[j]!.text === ',' && j > i + 1) {
      // an apposition ("Lieutenant X, a French pilot, was killed"): look past it
      const close = t.findIndex((x, q) => q > j && x.text === ',');
      if (close < 0) return false;
      j = close;
    }
  }
  return false;
}

/** ", the army said" / ", said the CSP": a comma followed by a short speaker and a reporting verb. */
export function speechTagAfter(t: Sentence['tokens'], comma: number): boolean {
  for (let i = comma + 1; i < t.length && i <= comma + 9; i++) {
    const x = t[i]!;
    // (not a word of a name the tagger reads as a verb: "the Red Cross said")
    if (x.pos === 'VERB' && /^[A-Z]/.test(x.text) && i > comma + 1) continue;
    if (x.pos === 'VERB' || x.pos === 'AUX') return REPORTING.has(x.lemma) && (i === t.length - 1 || !['that'].includes(t[i + 1]!.norm)) && ['say', 'said', 'report', 'tell', 'claim', 'announce', 'state', 'add', 'confirm', 'write', 'note'].includes(x.lemma);
    if (x.text === ',' || x.text === '.') return false;
  }
  return false;
}

/** True when the trigger at token k is negated or hedged ("did not attack", "possible offensive"). */
/** Hedges that may qualify a noun rather than the act: "suspected jihadists". */
const ATTRIBUTIVE_HEDGES = new Set(['suspected', 'alleged', 'presumed', 'likely', 'possible']);

/** Every word the tests of isUncertain look for: one lookup tells that a word is none of them. */
const HEDGING_WORDS = new Set([...ATTRIBUTIVE_HEDGES, 'would', ...NEGATIONS, ...HEDGES, ...MODALS, ...INTENT]);
/** 1 for the words of HEDGING_WORDS, by word id. */
const HEDGING = wordTable(0);
for (const w of HEDGING_WORDS) HEDGING[wordId(w)] = 1;

export function isUncertain(s: Sentence, k: number, clauseFrom: number, allowIntent = false): boolean {
  const t = s.tokens;
  const ids = wordIds(s).norm;
  for (let i = Math.max(clauseFrom, k - 4); i < k; i++) {
    if (!HEDGING[ids[i]!]) continue;
    // ("the Socialist Party Without Borders, was killed": a capitalised word inside a name hedges nothing)
    if (i > clauseFrom && /^[A-Z]/.test(t[i]!.text) && t[i - 1]!.pos === 'PROPN' && /^[A-Z]/.test(t[i - 1]!.text)) continue;
    const w = t[i]!.norm;
    // ("suspected jihadists attacked a post", "alleged militants": a hedge on who they are, not on the act)
    // ("suspected ISWAP fighters": a name may come between the hedge and the noun)
    if (ATTRIBUTIVE_HEDGES.has(w) && (t[i + 1]?.pos === 'NOUN' || t[i + 1]?.pos === 'PROPN' && /^[A-Z]/.test(t[i + 1]!.text)) && i + 1 < k
      && (t[i]!.pos === 'ADJ' || i === clauseFrom || ['DET', 'ADP', 'CCONJ', 'PUNCT'].includes(t[i - 1]?.pos ?? ''))) continue;
    // ("France announced that Barkhane would leave Mali": a decision announced, in the future of the past)
    if (w === 'would' && announcedBefore(t, i)) continue;
    if (NEGATIONS.has(w) || HEDGES.has(w)) return true;
    if (MODALS.has(w) && t[i]!.pos === 'AUX') return true;
    if (!allowIntent && INTENT.has(w)) return true;
  }
  // "No human, material or tactical assessment could be established."
  if (t[clauseFrom]?.norm === 'no') return true;
  return false;
}

/** Verbs that announce a decision taken, whose "would" reports it rather than hedging it. */
const ANNOUNCING = new Set(['announce', 'decide', 'confirm', 'agree']);
function announcedBefore(t: Sentence['tokens'], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    // ("having announced in January that they would leave": past the time of the announcement)
    if (t[j]!.pos === 'VERB' && t[j]!.norm !== 'would') return ANNOUNCING.has(t[j]!.lemma) && t.slice(j + 1, Math.min(i, j + 5)).some((x) => x.norm === 'that');
  }
  return false;
}

/** Nouns that close a fronted phrase of setting ("In the video", "At the meeting", "Later that week"), never a name's apposition. */
const SETTINGS = new Set(['video', 'statement', 'message', 'interview', 'recording', 'speech', 'letter', 'communique', 'communiqué', 'audio', 'broadcast',
  'footage', 'report', 'meeting', 'talks', 'summit', 'conference', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  // ("In the following months JNIM claimed …")
  'day', 'days', 'weeks', 'months', 'years', 'hours', 'decade', 'decades', 'period',
  'aftermath', 'meantime', 'end', 'editorial', 'article', 'column', 'book']);

/** The preposition right before a mention (skipping determiners and adjectives), lower-case. */
/** Is token `i` a determiner after a phrase closed by its own noun ("In 2014 the MNLA …", "On 7 January the army …")? Then no
 * preposition before it governs what follows. */
export const afterFrontedPhrase = (t: readonly Token[], i: number): boolean =>
  t[i]?.pos === 'DET' && (t[i - 1]?.pos === 'NUM' || t[i - 1]?.pos === 'PROPN' || t[i - 1]?.pos === 'NOUN');

export function governingPreposition(s: Sentence, m: { from: number; to?: number; kind?: string }): string | undefined {
  // A pronoun is its own noun phrase: only a preposition right before it governs it.
  if (m.kind === 'pronoun') {
    const before = s.tokens[m.from - 1];
    return before && (before.pos === 'ADP' || before.norm === 'to') ? before.norm : undefined;
  }
  // ("after the country's military rulers demanded …": a subordinator the tagger reads as a preposition opens a clause
  // whose subject the mention is, when a verb follows it)
  const next = m.to === undefined ? undefined : s.tokens[m.to];
  const opensClause = (w: string) => CLAUSE_OPENERS.has(w) && (next?.pos === 'VERB' || next?.pos === 'AUX');
  let limit = m.from - 4;
  for (let i = m.from - 1; i >= 0 && i >= limit; i--) {
    const tok = s.tokens[i]!;
    // "On Monday the rebels", "On 18 January MNLA fighters": a date adjunct ends the walk.
    if (tok.pos === 'NUM' || /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(tok.text)) return undefined;
    if (tok.pos === 'ADP' || tok.norm === 'to') return opensClause(tok.norm) ? undefined : tok.norm;
    // ("carried by the group's Amaq agency": over the possessor that opens the noun phrase)
    if (tok.text === "'s" || tok.text === '’s') { limit = i - 5; continue; }
    if (!['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN'].includes(tok.pos) || tok.text === ',') return undefined;
    // ("In the video Shekau denies …", "At the meeting Déby said …": a fronted phrase of setting ends at its noun, and
    // the name a verb follows is the subject of the clause)
    if (i === m.from - 1 && SETTINGS.has(tok.norm) && (next?.pos === 'VERB' || next?.pos === 'AUX')) return undefined;
    // "On 18 January the MNLA": a determiner opens the mention's own noun phrase; what governs it is
    // right before the determiner, or nothing.
    if (tok.pos === 'DET') {
      const before = s.tokens[i - 1];
      return before && (before.pos === 'ADP' || before.norm === 'to') && !opensClause(before.norm) ? before.norm : undefined;
    }
  }
  return undefined;
}

// A sentence's mentions are split into actors and places again and again by every rule: once per list
// is enough (the lists are not changed after resolution). The rules ask for the same list many times in a
// row, and for a fresh one (`within(…)`) now and then: the last list and its answer are kept, by identity.
// (A WeakMap kept every list ever asked about: a slower lookup, and a table entry for each fresh list that
// the collector had to walk.)
// (two lists are kept, the last two asked about: a trigger asks in turn about the sentence's mentions and its clause's)
let actorsKey: readonly ResolvedMention[] | undefined, actorsValue: readonly ResolvedMention[] = [];
let actorsKey2: readonly ResolvedMention[] | undefined, actorsValue2: readonly ResolvedMention[] = [];
let placesKey: readonly ResolvedMention[] | undefined, placesValue: readonly ResolvedMention[] = [];
let placesKey2: readonly ResolvedMention[] | undefined, placesValue2: readonly ResolvedMention[] = [];

/** The mentions of actors (not places), in order. */
export const actors = (ms: readonly ResolvedMention[]): readonly ResolvedMention[] => {
  if (ms === actorsKey) return actorsValue;
  if (ms === actorsKey2) return actorsValue2;
  const a: ResolvedMention[] = [];
  for (let i = 0; i < ms.length; i++) if (!isPlaceClass(ms[i]!.cls)) a.push(ms[i]!);
  actorsKey2 = actorsKey; actorsValue2 = actorsValue;
  actorsKey = ms;
  return (actorsValue = a);
};
/** The mentions of places, in order. */
export const places = (ms: readonly ResolvedMention[]): readonly ResolvedMention[] => {
  if (ms === placesKey) return placesValue;
  if (ms === placesKey2) return placesValue2;
  const p: ResolvedMention[] = [];
  for (let i = 0; i < ms.length; i++) if (isPlaceClass(ms[i]!.cls)) p.push(ms[i]!);
  placesKey2 = placesKey; placesValue2 = placesValue;
  placesKey = ms;
  return (placesValue = p);
};

/** Mentions whose tokens lie inside [from, to). */
export const within = (ms: readonly ResolvedMention[], from: number, to: number): ResolvedMention[] => {
  const out: ResolvedMention[] = [];
  for (let i = 0; i < ms.length; i++) if (ms[i]!.from >= from && ms[i]!.to <= to) out.push(ms[i]!);
  return out;
};

/** Distinct by entity, keeping the first mention of each. */
export function distinct(ms: readonly ResolvedMention[]): ResolvedMention[] {
  // (the lists are a clause's few actors: comparing with those kept is cheaper than a set made per call)
  if (ms.length > 16) {
    const seen = new Set<string>();
    return ms.filter((m) => (seen.has(m.entity) ? false : (seen.add(m.entity), true)));
  }
  const out: ResolvedMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const entity = ms[i]!.entity;
    let seen = false;
    for (let j = 0; j < out.length && !seen; j++) seen = out[j]!.entity === entity;
    if (!seen) out.push(ms[i]!);
  }
  return out;
}

const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADV', 'ADP', 'PROPN']);

/** Back over up to two adjectives or capitalised words that end at `at` ("the Chadian Mahamat Saleh Annadif"): where they start. */
export function pastModifiers(t: Sentence['tokens'], at: number): number {
  let g = at;
  while (g > at - 2 && g > 0 && (t[g - 1]!.pos === 'ADJ' || (t[g - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(t[g - 1]!.text)))) g--;
  return g;
}

/**
 * Walks left from token `from` over the words of a noun phrase (tokens tagged `tags`), at most `reach`
 * tokens, and returns where it stops: a comma that opens an apposition ("JNIM, the coalition formed …",
 * "X, an armed group that …"), or the first token that is no part of the phrase.
 */
export function appositionStart(t: Sentence['tokens'], from: number, reach: number, tags: ReadonlySet<string> = NOUN_PHRASE_TAGS): number {
  let i = from;
  // (a hyphen inside a word is part of it: "the al-Qaeda affiliate")
  while (i >= 0 && i > from - reach && t[i]!.text !== ',' && (tags.has(t[i]!.pos) || (t[i]!.text === '-' && t[i - 1]?.end === t[i]!.start && t[i + 1]?.start === t[i]!.end))) i--;
  return i;
}

/** Index of the first token at or after `from` whose lower-case text is `word`. */
export const findToken = (s: Sentence, word: string, from = 0, to = s.tokens.length): number => {
  for (let i = from; i < to; i++) if (s.tokens[i]!.norm === word) return i;
  return -1;
};

/**
 * The mention of `pool` right before the relative word at `r`, past a short name in brackets ("a former spokesman of the
 * Movement for Oneness and Jihad in West Africa (MUJAO) who …"); for "who" after the body that a role in apposition is
 * of, the person the apposition describes ("Adnan Abu Walid al-Sahrawi, a former spokesman of MUJAO who pledged …").
 */
export function nounBeforeRelative(s: Sentence, pool: readonly ResolvedMention[], r: number): ResolvedMention | undefined {
  const t = s.tokens;
  let end = r;
  if (t[r - 1]?.text === ')') {
    let q = r - 2;
    while (q > 0 && q > r - 5 && t[q]!.text !== '(') q--;
    if (t[q]?.text === '(') end = q;
  }
  const right = pool.find((m) => m.to === end);
  if (right && right.cls !== 'Person' && t[r]!.norm === 'who') {
    const of = t[right.from - 1]?.pos === 'DET' ? right.from - 2 : right.from - 1;
    const comma = t[of]?.norm === 'of' ? appositionStart(t, of - 1, 6) : -1;
    const person = t[comma]?.text === ',' ? antecedentBefore(s, pool, comma) : undefined;
    if (person?.cls === 'Person') return person;
  }
  return right;
}

/** "Malian and Russian forces both insisted": every actor joined to the subject by "and". */
export function coordinated(m: ResolvedMention, all: readonly ResolvedMention[], s: Sentence): ResolvedMention[] {
  // ("The two juntas said": every actor the count stands for)
  if (m.counted) return all.filter((o) => o.counted && o.from === m.from && o.to === m.to);
  const out = [m];
  let cur = m;
  for (;;) {
    // (an acronym in brackets is joined through the full name before it: "the Union of Resistance Forces (UFR)")
    if (s.tokens[cur.from - 1]?.text === '(') cur = all.find((o) => o.to === cur.from - 1 && o.entity === cur.entity) ?? cur;
    // "The CSP and the MNLA": "and", perhaps with an article, between the two.
    // (not the object of a verb before it: "The army attacked JNIM and the CSP said …")
    // (past an acronym in brackets: "the Front for Change and Concord in Chad (FACT) and the UFR")
    const t = s.tokens;
    // ("Mali, Burkina Faso, and Niger": a comma before the "and" too; "Mali, Burkina Faso and Niger": once past an "and", a
    // comma alone)
    // ("France, the European countries serving in Barkhane and Takuba, and Canada": past an apposition to the item before)
    let apposed: ResolvedMention | undefined;
    const and = t[cur.from - 1]?.norm === 'and' ? cur.from - 1 : t[cur.from - 1]?.pos === 'DET' && t[cur.from - 2]?.norm === 'and' ? cur.from - 2 : -1;
    if (and > 0 && t[and - 1]?.text === ',') {
      let c = and - 2;
      while (c > 0 && c > and - 16 && t[c]!.text !== ',' && !(t[c]!.pos === 'VERB' && !/(?:ing|ed)$/.test(t[c]!.norm)) && t[c]!.pos !== 'AUX') c--;
      // (an apposition of a common noun's, not a name's: ", the MNLA, and")
      const described = t[c]?.text === ',' && t[c + 1]?.pos === 'DET' && t.slice(c + 2, c + 5).some((x) => x.pos === 'NOUN' && /^[a-z]/.test(x.text));
      apposed = described ? all.find((o) => o.to === c && t[o.from - 1]?.pos !== 'VERB') : undefined;
    }
    const prev = apposed ? [apposed] : all.filter((o) => {
      const and = t[o.to]?.norm === 'and' ? o.to : (t[o.to]?.text === ')' || t[o.to]?.text === ',') && t[o.to + 1]?.norm === 'and' ? o.to + 1
        : t[o.to]?.text === ',' && out.length > 1 ? o.to : -1;
      return and >= 0 && (and === cur.from - 1 || (and === cur.from - 2 && t[and + 1]?.pos === 'DET')) && t[o.from - 1]?.pos !== 'VERB';
    });
    if (!prev.length) break;
    cur = prev[prev.length - 1]!;
    out.unshift(cur);
  }
  return out;
}

/**
 * The noun phrase list starting right after token `at` ("by X and Y", "of the MNLA, Ansar Dine and AQIM"):
 * the first actor within a few tokens, and the actors listed after it.
 */
export function actorList(s: Sentence, ms: readonly ResolvedMention[], at: number, reach = 5, states = false): ResolvedMention[] {
  // (with `states`, countries too: "formed by Mali, Burkina Faso, Niger, Chad and Mauritania")
  // (by their names, not a demonym that says whose: "by Mauritanian General Hanena Ould Sidi")
  const acts = (states ? ms.filter((m) => !isPlaceClass(m.cls) || (m.cls === 'Country' && m.kind === 'name')) : actors(ms)).filter((m) => m.from > at);
  const t = s.tokens;
  let first = acts.find((m) => m.from <= at + reach && !t.slice(at + 1, m.from).some((x) => /^[,;:()]$/.test(x.text)));
  if (!first) return [];
  // ("claimed by Adnan Abu Walid al-Sahrawi's Islamic State in the Greater Sahara": a possessor only says whose the actor is)
  if (/^'s?$/.test(t[first.to]?.norm ?? '')) first = acts.find((m) => m.from === first!.to + 1) ?? first;
  const out = [first];
  // (the list's preposition may be said again before each item: "attacks on the army, on MINUSMA and on French forces")
  const prep = t[at]?.pos === 'ADP' ? t[at]!.norm : '';
  let from = first.to;
  for (const m of acts.filter((x) => x.from > first.from)) {
    // (past an apposition to the item before: "on MINUSMA, the United Nations mission in Mali, and on French forces")
    if (m.from < from) continue;
    const gap = t.slice(from, m.from).map((x) => x.norm);
    // (an acronym in brackets between two items: "the National Movement … (MNLA) and the High Council …")
    // (a group's part stands for it: "Ansar Dine, Al-Mourabitoun and the Saharan emirate of AQIM")
    const part = gap.length <= 7 && gap[gap.length - 1] === 'of' && gap.some((w) => GROUP_PARTS.has(w))
      && t.slice(from, m.from - 1).every((x) => LIST_GAP.has(x.norm) || GROUP_PARTS.has(x.norm) || x.pos === 'ADJ' || x.pos === 'PROPN');
    if (part || (gap.length <= 6 && gap.every((w) => w === prep || LIST_GAP.has(w)))) {
      out.push(m);
      from = apposedTo(t, m.to);
    }
    else break;
  }
  return out;
}

/** What may part two items of a list ("the MNLA, the HCUA and the MAA", "along with", "(MNLA) and"). */
const LIST_GAP = new Set([',', 'and', 'or', 'the', 'along', 'with', 'together', 'particularly', 'especially', 'including', 'islamists', 'groups', 'group', 'from', 'of', '(', ')']);
/** Nouns of a part of a group that stands for it in a list: "the Saharan emirate of AQIM", "the Sahel branch of ISWAP". */
const GROUP_PARTS = new Set(['emirate', 'branch', 'wing', 'faction', 'cell', 'cells', 'unit', 'units', 'katiba', 'arm']);

/** Past the apposition that follows a list item ending at `to` (", the United Nations mission in Mali,"), else `to`. */
function apposedTo(t: Sentence['tokens'], to: number): number {
  if (t[to]?.text !== ',' || t[to + 1]?.pos !== 'DET') return to;
  for (let i = to + 2; i < t.length && i <= to + 10; i++) {
    if (t[i]!.text === ',') return t[i + 1]?.norm === 'and' || t[i + 1]?.norm === 'or' ? i : to;
    if (t[i]!.pos === 'VERB' || t[i]!.pos === 'AUX') return to;
  }
  return to;
}

/**
 * The mentions listed from token `from` on ("Niger, Mali and Chad"): each after the one before with only
 * commas and "and" between (and determiners when `dets`), the first with nothing else before it.
 */
export function listedFrom(t: Sentence['tokens'], candidates: readonly ResolvedMention[], from: number, dets = false): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let at = from;
  for (const m of candidates) {
    if (m.from < at) continue;
    for (let i = at; i < m.from; i++) if (!(t[i]!.text === ',' || t[i]!.norm === 'and' || (dets && t[i]!.pos === 'DET'))) return out;
    out.push(m);
    at = m.to;
  }
  return out;
}

/** Words that open a relative clause. */
export const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose']);
/** Words that open a relative clause set between commas after a name (not "that": ", that …" is as often a second
 * that-clause of a verb of saying). */
export const ASIDE_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom']);

/**
 * The actor a relative pronoun or a speech verb after the comma at `comma` refers to: the mention right
 * before the comma, or — past an apposition (", the speaker of the National Assembly,") — the head of
 * the chain ("Dioncounda Traoré").
 */
export function antecedentBefore(s: Sentence, actorMentions: readonly ResolvedMention[], comma: number): ResolvedMention | undefined {
  const t = s.tokens;
  let end = comma;
  for (let guard = 0; guard < 4; guard++) {
    let prev = end - 1;
    while (prev >= 0 && t[prev]!.text !== ',') prev--;
    // (a verb inside a compound modifier, "the Tuareg-led movement", is no verb of the clause)
    let verb = false;
    // (nor is a participle after the apposition's noun: "The CMA, an alliance dominated by Tuareg fighters, …")
    // (nor one in a relative clause of the apposition's noun: "The CSP, a coalition of former rebel groups that includes the MNLA, …")
    for (let i = prev + 1; i < end && !verb; i++) {
      if (RELATIVES.has(t[i]!.norm) && (t[i - 1]?.pos === 'NOUN' || t[i - 1]?.pos === 'PROPN') && i > prev + 2) break;
      // (nor a word of a name the tagger read as a verb: "the founder of Ansar Dine, who …")
      verb = t[i]!.pos === 'VERB' && t[i - 1]?.text !== '-' && t[i]!.start !== t[i - 1]?.end && !actorMentions.some((m) => i >= m.from && i < m.to)
        // (or "linked to", "affiliated with": "JNIM, the alliance of jihadist groups linked to al-Qaeda, claimed")
        && !(/(ed|en)$/.test(t[i]!.norm) && t[i - 1]?.pos === 'NOUN' && (t[i + 1]?.norm === 'by' || t[i + 1]?.norm === 'to' || t[i + 1]?.norm === 'with'));
    }
    // ("Operation Barkhane, France's counter-terrorism force in the Sahel, whose …": a possessive opens one too)
    const apposition = prev >= 0 && (t[prev + 1]?.pos === 'DET' || /^['’]s$/.test(t[prev + 2]?.text ?? '')) && !verb;
    const head = prev >= 0 ? endingAt(t, actorMentions, prev) : undefined;
    if (apposition && head) { end = prev; continue; }
    return endingAt(t, actorMentions, end) ?? pastParticiplePhrase(t, actorMentions, end);
  }
  return endingAt(t, actorMentions, end);
}

/** The actor whose mention ends at token e, or (a name may close with its acronym in brackets: "the Islamic State in the
 * Greater Sahara (ISGS), which …") right before a closing bracket there. */
function endingAt(t: Sentence['tokens'], actorMentions: readonly ResolvedMention[], e: number): ResolvedMention | undefined {
  return actorMentions.find((x) => x.to === e) ?? (t[e - 1]?.text === ')' ? actorMentions.find((x) => x.to === e - 1) : undefined);
}

/**
 * The actor a participle phrase closing at `end` qualifies: "French special forces stationed near
 * Ouagadougou, who …" (the forces, not the town).
 */
function pastParticiplePhrase(t: Sentence['tokens'], actorMentions: readonly ResolvedMention[], end: number): ResolvedMention | undefined {
  const m = actorMentions.filter((x) => x.to < end && x.to >= end - 8).pop();
  if (!m) return undefined;
  const verb = t[m.to]!;
  if (verb.pos !== 'VERB' || !/(ed|en)$/.test(verb.norm) || t[m.to + 1]?.pos !== 'ADP') return undefined;
  return t.slice(m.to + 1, end).every((x) => x.pos !== 'VERB' && x.text !== ',') ? m : undefined;
}

/** "where Mali meets Niger", "where the frontiers of Niger, Mali and Burkina Faso meet": places meeting, a border. */
export function bordersMeet(s: Sentence, mentions: readonly ResolvedMention[], k: number): boolean {
  const t = s.tokens;
  let w = k - 1;
  while (w >= 0 && w >= k - 12 && t[w]!.norm !== 'where' && t[w]!.pos !== 'VERB') w--;
  if (t[w]?.norm !== 'where') return false;
  const between = mentions.filter((m) => m.from > w && m.to <= k);
  return between.length > 0 && between.every((m) => isPlaceClass(m.cls));
}
