// Finds the spans of a sentence that name or describe an actor or a place: gazetteer names and
// acronyms, demonym phrases ("Malian soldiers"), unknown proper names typed by their head word or
// context, generic descriptions ("the junta") and pronouns. Resolution to entities comes after.
import type { EntityClass, MentionKind, Sentence, Token } from '../types.ts';
import { isPlaceClass } from '../types.ts';
import { fold, namesAt, type GazetteerIndex } from '../resolve/index-gazetteer.ts';
import { documentWords, wordCount, wordEpoch, wordsAt } from '../nlp/segment.ts';
import {
  AIRCRAFT, COMPANY_HEADS, COMPASS, DEMONYM_SHAPE, DESCRIPTIONS, ENVOYS, FIRST_HEADS, isTitleAt, FORCE_HEADS, namingAt, GOVERNMENT_HEADS, LANDFORMS, MINISTRIES, NAME_HEADS, NAMED_FACILITIES, NOT_NAMES, PERSON_NOUNS, POSSESSIVES, REGION_NOUNS, SETTLEMENT_NOUNS, SITE_NOUNS, TIED_PREPS, TIED_WORDS, TITLES,
  type DescriptionSense,
} from './lexicon.ts';

/** What a span points at, before resolution. */
export type MentionRef =
  | { type: 'known'; id: string }
  | { type: 'name'; cls: EntityClass; label: string; title?: string; feature?: string; acronym?: string }
  | { type: 'description'; sense: DescriptionSense; country?: string; company?: string }
  | { type: 'country'; id: string }
  | { type: 'pronoun'; latter?: boolean };

export interface MentionCandidate {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Token range in the sentence, end exclusive. */
  from: number;
  to: number;
  kind: MentionKind;
  ref: MentionRef;
  /** Named only as what another is tied to, in a compound modifier ("al-Qaeda-linked militants"): an entity of
   * the article, but no actor, antecedent or party of the phrase it modifies. */
  tie?: boolean;
  /** A description that names its owner ("Ansar Dine fighters", "fighters of JNIM"): the owner's mention. `alias` is the
   * name of the owner it gives: the whole phrase when the owner's name modifies it ("Ansar Dine fighters"), the description
   * itself when it says more than its head noun ("Russian mercenaries from Wagner"), none for a bare noun ("fighters of JNIM"). */
  owned?: { alias?: string };
}

/** Classes a compound modifier ties a group to ("al-Qaeda-linked", "IS-affiliated", "Wagner-aligned"). */
const TIE_CLASSES = new Set<EntityClass>(['ArmedGroup', 'Organization', 'PrivateMilitaryCompany']);
/** Is token `j` the hyphen of a compound that ties to the name before it: "al-Qaeda-linked", "IS-affiliated"? */
const tiedCompound = (toks: Token[], keys: string[], j: number): boolean =>
  (keys[j] === '-' || keys[j] === '–') && TIED_WORDS.has(keys[j + 1] ?? '') && toks[j]!.start === toks[j - 1]!.end;

const EVENT_HEADS = new Set(['battle', 'massacre', 'attack', 'siege', 'ambush', 'offensive', 'war', 'coup', 'crisis', 'insurgency',
  'rebellion', 'uprising', 'conference', 'agreement', 'accord', 'accords', 'summit', 'talks', 'ceasefire', 'raid', 'bombing', 'killings',
  // (documents and plans are no actors: "the Humanitarian Response Plan", "the Algiers Declaration")
  'plan', 'report', 'strategy', 'declaration', 'charter', 'resolution', 'appeal', 'update', 'overview']);
/** Starts with a capital letter, A–Z or an accented Latin capital (À–Ö, Ø–Þ). Runs on every token: no regex. */
const isCap = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde);
};
/** Words between "in" and a wider place: "in the far north-east of", "in northern", "in central". */
const BEARINGS = new Set([...COMPASS, 'the', 'of', '-', 'far', 'extreme', 'central']);
/** The particles of Arabic names, in lower case: "al-Mahdi", "ag Ghaly", "bin Laden". */
const ARABIC_PARTICLES = new Set(['al', 'el', 'ag', 'bin', 'ibn', 'wal', 'ad', 'ash']);
// (French names too, as the region's organisations write them: "Collectif Justice pour Barsalogho")
// ("Kala/Balge Local Government Area": a slash joins two names of one district)
// ("the Socialist Party Without Borders", "Reporters Without Borders")
const CONNECTORS = new Set(['of', 'the', 'for', 'in', 'against', 'without', 'al', 'wal', 'el', 'ad', 'ash', 'ag', 'bin', 'ibn', 'de', 'du', 'des', 'la', 'le', "d'", '-', '/', 'pour', 'et', 'au', 'aux']);
/** Verbs whose "for"/"by" complement is an employer or an operator. */
const EMPLOYING = new Set(['working', 'worked', 'works', 'work', 'employed', 'hired', 'contracted', 'operated', 'owned', 'run', 'managed']);
/** Words in capitals that name no organisation: weapons, diseases, units of trade. */
const NOT_ORGANISATIONS = new Set(['vbied', 'vbieds', 'ieds', 'covid', 'covid-19', 'manpads', 'rpgs', 'uavs', 'apcs', 'suvs', 'ngos', 'news', 'update', 'breaking', 'urgent', 'live', 'alert', 'flash',
  // (a transcript's speaker labels: "PRESENTER: Good evening.", "CORRESPONDENT: …")
  'presenter', 'host', 'anchor', 'correspondent', 'reporter', 'interviewer', 'interviewee', 'journalist', 'moderator',
  'narrator', 'guest', 'caller', 'question', 'answer', 'editor', 'announcer', 'speaker', 'transcript',
  // (a report's section labels, risk levels and verdicts: "Risk level: EXTREME (…)", "LETTERS: …", "VERDICT: TRUE")
  'summary', 'context', 'assessment', 'advice', 'analysis', 'background', 'outlook', 'letters', 'view', 'opinion', 'editorial',
  'features', 'obituaries', 'extreme', 'high', 'medium', 'moderate', 'severe', 'critical', 'elevated', 'true', 'false',
  'misleading', 'unproven', 'verdict', 'note', 'correction', 'exclusive',
  // (a document's own kind and handling: "CABLE SUMMARY", "PRESS RELEASE", "CORRECTED", "Classification: RESTRICTED")
  'cable', 'memo', 'memorandum', 'bulletin', 'briefing', 'dispatch', 'communique', 'release', 'press', 'statement', 'report',
  'corrected', 'updated', 'restricted', 'confidential', 'unclassified', 'classified', 'secret', 'classification', 'reference']);
/** Is the run keys[from..to) written all in capitals, with a word of NOT_ORGANISATIONS: a label ("CABLE SUMMARY"), no name? */
function labelInCapitals(toks: readonly Token[], keys: readonly string[], from: number, to: number): boolean {
  let label = false;
  for (let q = from; q < to; q++) {
    if (!/^[A-Z][A-Z'’.-]+$/.test(toks[q]!.text)) return false;
    if (NOT_ORGANISATIONS.has(keys[q]!)) label = true;
  }
  return label;
}
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'them', 'him']);
/** Nouns that point back at a town named before ("the town"). */
const PLACE_BACK_NOUNS = new Map<string, EntityClass>([
  ['town', 'Settlement'], ['city', 'Settlement'], ['village', 'Settlement'], ['locality', 'Settlement'], ['hamlet', 'Settlement'],
  ['commune', 'Settlement'], ['area', 'Region'], ['region', 'Region'], ['province', 'Region'], ['country', 'Country'],
]);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);
const FRENCH_CONNECTORS = new Set(['pour', 'de', 'du', 'des', 'et', 'au', 'aux']);
const ARTICLES = new Set(['al', 'el', 'ad', 'ag', 'ar', 'as', 'ash', 'an', 'at']);
const DESC_MAX = Math.max(...Object.keys(DESCRIPTIONS).map((d) => d.split(' ').length));
const DESC_FIRST = new Set(Object.keys(DESCRIPTIONS).map((d) => d.split(/[ -]/)[0]!));
/** The last word of a text, after its last space or hyphen. */
const lastWord = (w: string): string => {
  const cut = Math.max(w.lastIndexOf(' '), w.lastIndexOf('-'));
  return cut < 0 ? w : w.slice(cut + 1);
};
const DESC_LAST = new Set(Object.keys(DESCRIPTIONS).map(lastWord));
/**
 * Whether the tokens `i..i+n)` can make a description: the phrase they make (joined by spaces, " - " made
 * "-") ends with the last token, so its last word is that token's (a cue bit of that token, DESC_END). Tested before
 * the phrase is built, which most of the lengths tried fail.
 */
const mayEndDescription = (cues: readonly number[], i: number, n: number): boolean => (cues[i + n - 1]! & DESC_END) !== 0;

/** A sentence being read, with its mentions as they are found: spans never overlap, so each one marks its tokens taken. */
class Spans {
  readonly sentence: Sentence;
  readonly gaz: GazetteerIndex;
  readonly toks: Token[];
  readonly keys: string[];
  /** Per token, the cue bits of its norm; and of the whole sentence (see `cuesOf`). */
  readonly cues: number[] = [];
  readonly any: number;
  readonly taken: boolean[];
  readonly out: MentionCandidate[] = [];
  constructor(sentence: Sentence, gaz: GazetteerIndex) {
    this.sentence = sentence;
    this.gaz = gaz;
    this.toks = sentence.tokens;
    this.keys = sentence.norms;
    this.any = tokenCues(gaz, sentence, this.keys, this.cues);
    this.taken = new Array<boolean>(sentence.tokens.length).fill(false);
  }
  add(from: number, to: number, kind: MentionKind, ref: MentionRef): void {
    const { sentence, taken } = this;
    for (let i = from; i < to; i++) taken[i] = true;
    const start = sentence.tokens[from]!.start;
    const end = sentence.tokens[to - 1]!.end;
    // (`tie` in every candidate, set later on a few: one object shape for the code that reads them)
    this.out.push({ start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start), sentence: sentence.index, from, to, kind, ref, tie: false });
  }
  free(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.taken[i]) return false;
    return true;
  }
}

// What a token's norm can start, one bit each, looked up in a table of the words that have any (see `cueTable`): the
// rules below test a bit of the token, and skip their pass over a sentence none of whose tokens has it.
const GAZ_NAME = 1;
const DEMONYM = 2;
const DESCRIPTION = 4;
const NAME_HEAD = 8;
const PERSON_ROLE = 16;
const PLACE_BACK = 32;
/** "he", "them", "his", "its", "the latter": the words the pronoun rules start at. */
const PRONOUN = 64;
const MINISTRY = 128;
const POSSESSIVE = 256;
const HEAD = 512;
/** A one-word ethnic group of the gazetteer ("Tuareg", "Fulani"), used as a modifier. */
const ETHNIC = 1024;
/** The fold of an acronym of the gazetteer, or of its part before a hyphen ("CSP" of "CSP-PSD"): the tokens an acronym
 * can start at (the norm of a token is the fold of its text). */
const ACRONYM = 2048;
/** A norm whose last word (after its last space or hyphen) is the last word of a description (see `mayEndDescription`). */
const DESC_END = 4096;
/** A gazetteer name of one word (GAZ_NAME words open longer ones too). */
const GAZ_SINGLE = 8192;
/** The second word of a gazetteer name: a GAZ_NAME word opens one only when it is alone or followed by such a word (see
 * `mayOpenName`; most "the" and "in" of a text open none). */
const GAZ_SECOND = 16384;

/**
 * The cue bits of every word that has any, made once per gazetteer: the words of the lexicon's lists and the
 * gazetteer's first name words, demonyms and acronyms. (A table of these few words, made at once, rather than a cache of
 * every norm met, which a large corpus fills with words that have none.)
 */
function cueTable(gaz: GazetteerIndex): ReadonlyMap<string, number> {
  let table = cueTables.get(gaz);
  if (table) return table;
  const acronymStarts = new Set<string>();
  for (const a of gaz.acronyms.keys()) for (let k = a.indexOf('-'); ; k = a.indexOf('-', k + 1)) {
    acronymStarts.add(fold(k < 0 ? a : a.slice(0, k)));
    if (k < 0) break;
  }
  const seconds = secondKeys(gaz);
  const words = new Set([...gaz.names.keys(), ...seconds, ...gaz.demonyms.keys(), ...DESC_FIRST, ...Object.keys(NAME_HEADS), ...PERSON_ROLES,
    ...PLACE_BACK_NOUNS.keys(), ...PRONOUNS, ...PRONOUN_STARTS, 'ministry', "'s", 'head']);
  const built = new Map<string, number>();
  for (const w of words) {
    const bits = cuesOf(gaz, w, seconds);
    if (bits) built.set(w, bits);
  }
  for (const w of acronymStarts) built.set(w, (built.get(w) ?? 0) | ACRONYM);
  cueTables.set(gaz, (table = built));
  return table;
}
const cueTables = new WeakMap<GazetteerIndex, ReadonlyMap<string, number>>();

/** The second words of the gazetteer's names of several words. */
function secondKeys(gaz: GazetteerIndex): Set<string> {
  const seconds = new Set<string>();
  for (const byFirst of gaz.namesByFirst.values()) for (const second of byFirst.bySecond.keys()) seconds.add(second);
  return seconds;
}

/** The cue bits of a norm (but ACRONYM, see `cueTable`). */
function cuesOf(gaz: GazetteerIndex, key: string, seconds: ReadonlySet<string>): number {
  let bits = 0;
  const byFirst = gaz.namesByFirst.get(key);
  if (byFirst) bits |= GAZ_NAME;
  if (byFirst && byFirst.single.length > 0) bits |= GAZ_SINGLE;
  if (seconds.has(key)) bits |= GAZ_SECOND;
  if (gaz.demonyms.has(key)) bits |= DEMONYM;
  if (DESC_FIRST.has(key)) bits |= DESCRIPTION;
  if (NAME_HEADS[key] !== undefined) bits |= NAME_HEAD;
  if (PERSON_ROLES.has(key)) bits |= PERSON_ROLE;
  if (PLACE_BACK_NOUNS.has(key)) bits |= PLACE_BACK;
  if (PRONOUNS.has(key) || PRONOUN_STARTS.has(key)) bits |= PRONOUN;
  if (key === 'ministry') bits |= MINISTRY;
  if (key === "'s") bits |= POSSESSIVE;
  if (key === 'head') bits |= HEAD;
  if ((gaz.names.get(key) ?? []).some((c) => c.keys.length === 1 && gaz.byId.get(c.id)?.cls === 'EthnicGroup')) bits |= ETHNIC;
  return bits;
}
/** Fills `cues` with the cue bits of each token of `keys`; returns the bits of the whole sentence. */
function tokenCues(gaz: GazetteerIndex, sentence: Sentence, keys: readonly string[], cues: number[]): number {
  const table = cueTable(gaz);
  const at = wordsAt(sentence);
  let any = 0;
  if (at >= 0) {
    // (by word, in an array: the table looked up for every token was a fifth of the time of all the rules here)
    const memo = cueMemo(gaz);
    const words = documentWords();
    for (let i = 0; i < keys.length; i++) {
      const w = words[at + i]!;
      let bits = w < memo.length ? memo[w]! : -1;
      if (bits < 0) bits = rememberCues(gaz, w, wordCues(table, keys[i]!));
      cues.push(bits);
      any |= bits;
    }
    return any;
  }
  for (let i = 0; i < keys.length; i++) {
    const bits = wordCues(table, keys[i]!);
    cues.push(bits);
    any |= bits;
  }
  return any;
}
/** The cue bits of a norm: those of the table, and DESC_END. */
const wordCues = (table: ReadonlyMap<string, number>, key: string): number => (table.get(key) ?? 0) | (DESC_LAST.has(lastWord(key)) ? DESC_END : 0);
/** Per gazetteer, the cue bits of each word of segment's table (-1: not looked up yet), for the words' numbering `epoch`. */
const cueMemos = new WeakMap<GazetteerIndex, { epoch: number; bits: Int32Array }>();
function cueMemo(gaz: GazetteerIndex): Int32Array {
  let memo = cueMemos.get(gaz);
  if (!memo || memo.epoch !== wordEpoch()) cueMemos.set(gaz, (memo = { epoch: wordEpoch(), bits: new Int32Array(Math.max(1024, wordCount() * 2)).fill(-1) }));
  return memo.bits;
}
function rememberCues(gaz: GazetteerIndex, word: number, bits: number): number {
  const memo = cueMemos.get(gaz)!;
  if (word >= memo.bits.length) {
    const wider = new Int32Array(Math.max(word + 1, memo.bits.length * 2)).fill(-1);
    wider.set(memo.bits);
    memo.bits = wider;
  }
  memo.bits[word] = bits;
  return bits;
}
/** Words besides PRONOUNS that a pronoun rule starts at. */
const PRONOUN_STARTS = new Set(['his', 'her', 'its', 'their', 'latter']);

/** Finds mention candidates in one sentence; spans never overlap, longer and more specific ones win. */
export function findMentions(sentence: Sentence, gaz: GazetteerIndex): MentionCandidate[] {
  const spans = new Spans(sentence, gaz);
  const { any } = spans;
  // (each pass is a function of its own: TurboFan compiles the hot ones apart, and a pass whose cue word the
  // sentence lacks is not run)
  gazetteerNames(spans);
  if (spans.sentence.text.includes('Commission')) blocCommissions(spans);
  if (any & MINISTRY) ministries(spans);
  countryBodies(spans);
  bodiesOfCountries(spans);
  if (any & POSSESSIVE) ownInstitutions(spans);
  if (any & DEMONYM) demonymPhrases(spans);
  if (spans.sentence.text.includes('(')) definedNames(spans);
  unknownNames(spans);
  if (STRUCTURE_WORD.test(spans.sentence.text)) structures(spans);
  if (any & DESCRIPTION) stateGovernments(spans);
  if (any & DESCRIPTION) descriptions(spans);
  if (any & NAME_HEAD) bareHeads(spans);
  if (any & PERSON_ROLE) personRoles(spans);
  if (any & HEAD) headOfState(spans);
  if (any & PLACE_BACK) placesNamedBefore(spans);
  if (any & DEMONYM) loneDemonyms(spans);
  if (any & PRONOUN) pronouns(spans);
  if (SOURCE_WORD.test(spans.sentence.text)) anonymousSources(spans);
  creditsAndOwners(spans);
  return byStart(spans.out);
}

/**
 * 1b. "the African Union Commission", "the ECOWAS Commission": a bloc's executive speaks and acts for it; one mention
 * of the bloc, so that "Commission" is no body of its own and "AU Commission chairman X" heads the AU.
 */
function blocCommissions(spans: Spans): void {
  const { toks, keys, taken, out, gaz } = spans;
  for (let q = 0; q < out.length; q++) {
    const m = out[q]!;
    if (m.ref.type !== 'known' || gaz.byId.get(m.ref.id)?.cls !== 'InternationalOrganization' || keys[m.to] !== 'commission' || taken[m.to] || !isCap(toks[m.to])) continue;
    out.splice(q, 1);
    spans.add(m.from, m.to + 1, m.kind, m.ref);
    q--;
  }
}

/** Sorts a sentence's few mentions by their start, in place (an insertion sort: no call of a comparator per pair). */
function byStart(out: MentionCandidate[]): MentionCandidate[] {
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]!.start > m.start) { out[j + 1] = out[j]!; j--; }
    out[j + 1] = m;
  }
  return out;
}

/** 1. Gazetteer names (longest first) and acronyms (exact case). */
function gazetteerNames(spans: Spans): void {
  const { toks, keys, taken, out, cues, gaz } = spans;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const acr = cues[i]! & ACRONYM ? acronymAcrossHyphens(toks, i, gaz) : undefined;
    const cands = cues[i]! & GAZ_NAME && mayOpenName(keys, cues, i) ? namesAt(gaz, keys, i) : undefined;
    let matched = false;
    if (cands) {
      for (const c of cands) {
        // Walk the tokens, skipping hyphens as the keys do.
        let j = i, k = 0;
        while (j < toks.length && k < c.keys.length) {
          if (keys[j] === '-' || keys[j] === '–' || keys[j] === '.') { j++; continue; }
          if (keys[j] !== c.keys[k]) break;
          j++; k++;
        }
        if (k < c.keys.length) continue;
        const cls = c.cls;
        // Names are capitalised, but an Arabic article may open them in lower case: "al-Qaeda", "al Qaeda", "al-Shabaab".
        if (!c.lowerInitial && !isCap(toks[i]) && !/^\d/.test(toks[i]!.text) && !(ARTICLES.has(keys[i]!) && (keys[i + 1] === '-' ? isCap(toks[i + 2]) : isCap(toks[i + 1])))) continue;
        if (!spans.free(i, j)) continue;
        // ("the Ansongo Cercle", "Diffa Department": a town's name before a capitalised region noun names a district the
        // gazetteer does not list, read with the unknown names)
        if (cls === 'Settlement' && REGION_NOUNS.has(keys[j] ?? '') && keys[j] !== 'area' && isCap(toks[j])) continue;
        // ("Doron Baga" is not Baga: a town's name after an unknown capitalised word is part of another name)
        if (i > 0 && toks[i - 1]!.pos === 'PROPN' && isCap(toks[i - 1]) && !taken[i - 1] && !gaz.names.has(keys[i - 1]!) && !gaz.demonyms.has(keys[i - 1]!)
          && !TITLES.has(keys[i - 1]!) && !CALENDAR.has(keys[i - 1]!) && cls === 'Settlement' && toks[i - 1]!.end + 1 === toks[i]!.start) continue;
        // ("the Komadugu Yobe river": a name inside a longer name of a landform is that landform's)
        if (i > 0 && isCap(toks[i - 1]) && toks[i - 1]!.pos === 'PROPN' && LANDFORMS.has(keys[j] ?? '') && !/^[A-Z]/.test(toks[j]!.text)) continue;
        // ("the Chibok Development Association": a town's name opening an organisation's name is that name's)
        if (cls === 'Settlement' && opensOrganisation(toks, keys, j)) continue;
        // ("The boat, the Tombouctou, …": a town's name after "the", not modifying a noun, names something else —
        // a vessel, a hotel; towns take no article)
        if (keys[i - 1] === 'the' && cls === 'Settlement' && !(toks[j]?.pos === 'NOUN' || toks[j]?.pos === 'PROPN' || toks[j]?.text === '-' || /^['’]s$/.test(toks[j]?.text ?? ''))) continue;
        // "French-led forces", "Wagner-style tactics": a name in a compound modifier names something else — unless
        // the compound ties to a group: "al-Qaida-linked militants" name al-Qaida, as what they are tied to (a tie).
        const tie = tiedCompound(toks, keys, j) && TIE_CLASSES.has(cls ?? 'Person');
        if ((keys[j] === '-' || keys[j] === '–') && /^[a-z]/.test(toks[j + 1]?.text ?? '') && toks[j]!.start === toks[j - 1]!.end && !tie) continue;
        // "the Tuareg rebellion", "the UN mission": a longer generic description starting here wins
        // over a name used as its modifier.
        if (descriptionLength(keys, cues, i) > j - i) continue;
        // "Tuareg rebels", "Tuareg and Islamist forces": an ethnic name as a modifier is not a mention of the group.
        if (cls === 'EthnicGroup' && ['NOUN', 'ADJ', 'PROPN', 'CCONJ'].includes(toks[j]?.pos ?? '')) continue;
        // "Malian Army" style: a demonym name swallowed by a longer gazetteer name is fine; a name
        // that is followed by a region noun is a region ("Kidal region"), handled by the gazetteer too.
        spans.add(i, j, 'name', { type: 'known', id: c.id });
        if (tie) out[out.length - 1]!.tie = true;
        matched = true;
        i = j - 1;
        break;
      }
    }
    // "US soldiers", "US special forces team": a country's short name used as a demonym before a force
    // head; "US-based", "US Embassy": a modifier of something else, not a mention of the country.
    // ("a US airstrike": its forces struck, as a demonym's are)
    const demonymUse = acr && gaz.demonyms.has(fold(acr.form)) && (keys.slice(acr.to, acr.to + 3).some((k) => FORCE_HEADS.has(k) || GOVERNMENT_HEADS.has(k))
      || (keys[acr.to] === '-' && /^[a-z]/.test(toks[acr.to + 1]?.text ?? '')) || NAME_HEADS[keys[acr.to] ?? ''] !== undefined || strikeAt(keys, acr.to));
    if (!matched && acr && !demonymUse && descriptionLength(keys, cues, i) <= acr.to - i) {
      const to = toks[i]!.text === acr.form ? i + 1 : acr.to;
      spans.add(i, to, 'acronym', { type: 'known', id: acr.id });
      if (tiedCompound(toks, keys, to) && TIE_CLASSES.has(gaz.byId.get(acr.id)?.cls ?? 'Person')) out[out.length - 1]!.tie = true;
      i = to - 1;
    }
  }
}

/**
 * Can a gazetteer name start at token `i`, whose word opens some? Only when one is that word alone, or when the next
 * word (or a hyphen or a full stop, which `namesAt` skips) can be the second of one: else `namesAt` finds none.
 */
function mayOpenName(keys: readonly string[], cues: readonly number[], i: number): boolean {
  if (cues[i]! & GAZ_SINGLE) return true;
  const next = keys[i + 1];
  return next === '-' || next === '–' || next === '.' || (cues[i + 1]! & GAZ_SECOND) !== 0;
}

/** 2m. Ministries: "the defence ministry", "Niger's Defence Ministry", "the Nigerien ministry of defence". The state they belong to comes from a demonym or a possessive country, else from the article. */
function ministries(spans: Spans): void {
  const { toks, keys, out, gaz } = spans;
  for (let i = 0; i + 1 < toks.length; i++) {
    const word = keys[i + 1] === 'ministry' && MINISTRIES[keys[i]!] !== undefined ? i
      : keys[i] === 'ministry' && keys[i + 1] === 'of' && MINISTRIES[keys[i + 2] ?? ''] !== undefined ? i + 2 : -1;
    if (word < 0) continue;
    // ("the Ministry of Foreign Affairs": the portfolio's second word too)
    const to = word === i ? i + 2 : keys[word] === 'foreign' && keys[word + 1] === 'affairs' ? i + 4 : i + 3;
    let from = i;
    let country: string | undefined;
    if (gaz.demonyms.has(keys[i - 1] ?? '')) { from = i - 1; country = gaz.demonyms.get(keys[i - 1]!); }
    else if (/^['’]s$/.test(toks[i - 1]?.text ?? '')) {
      const owner = out.find((o) => o.to === i - 1 && o.ref.type === 'known' && gaz.byId.get(o.ref.id)?.cls === 'Country');
      if (owner?.ref.type === 'known') country = owner.ref.id;
    }
    if (!spans.free(from, to)) continue;
    spans.add(from, to, 'description', { type: 'description', sense: { cls: 'Government', ministry: MINISTRIES[keys[word]!]! }, ...(country ? { country } : {}) });
    i = to - 1;
  }
}

/** 2b. "the Benin Armed Forces", "the Niger government": a country's name used as a modifier of its force or government names that body (one mention, not the country as well). */
function countryBodies(spans: Spans): void {
  const { toks, keys, out, gaz } = spans;
  for (let q = 0; q < out.length; q++) {
    const m = out[q]!;
    if (m.ref.type !== 'known' || gaz.byId.get(m.ref.id)?.cls !== 'Country' || m.kind !== 'name') continue;
    const h = m.to;
    const head = keys[h];
    if (!head || !(FORCE_HEADS.has(head) || GOVERNMENT_HEADS.has(head)) || toks[h]!.pos === 'VERB') continue;
    let end = h + 1;
    while (end < toks.length && end < h + 3 && FORCE_HEADS.has(keys[end]!) && FORCE_HEADS.has(head)) end++;
    // ("Mali army's", "the Niger government said" are fine; "Niger forces" as a verb phrase is not read here)
    if (!spans.free(h, end)) continue;
    out.splice(q, 1);
    spans.add(m.from, end, 'description', { type: 'description', sense: { cls: FORCE_HEADS.has(head) ? 'StateForce' : 'Government', state: true }, country: m.ref.id });
    q--;
  }
}

/**
 * 2c. "the army of Niger", "the armies of Côte d'Ivoire and Burkina Faso": a force or government "of" a country is
 * that country's (and the second country of a pair has its own), not the article's.
 */
function bodiesOfCountries(spans: Spans): void {
  const { toks, keys, out, gaz } = spans;
  for (let q = 0; q < out.length; q++) {
    const m = out[q]!;
    if (m.ref.type !== 'known' || m.kind !== 'name' || keys[m.from - 1] !== 'of' || gaz.byId.get(m.ref.id)?.cls !== 'Country') continue;
    const h = m.from - 2;
    const head = keys[h] ?? '';
    const force = FORCE_HEADS.has(head);
    if (!(force || GOVERNMENT_HEADS.has(head)) || !/^[a-z]/.test(toks[h]!.text) || toks[h]!.pos !== 'NOUN' || keys[h - 1] !== 'the' || !spans.free(h, h + 1)) continue;
    const sense = { cls: force ? 'StateForce' as const : 'Government' as const, state: true };
    spans.add(h, h + 1, 'description', { type: 'description', sense, country: m.ref.id });
    const other = keys[m.to] === 'and' ? out.find((o) => o.from === m.to + 1 && o.ref.type === 'known' && o.kind === 'name' && gaz.byId.get(o.ref.id)?.cls === 'Country') : undefined;
    // (a plural: each country of the pair has its own)
    if (other?.ref.type === 'known' && /s$/.test(head)) {
      out.splice(out.indexOf(other), 1);
      spans.add(other.from, other.to, 'description', { type: 'description', sense, country: other.ref.id });
    }
  }
}

/** Force words that only qualify the noun after them ("air force", "special forces"), read with it or not at all. */
const MODIFYING_HEADS = new Set(['air', 'special']);

/** 2a. "Mali's military", "Mali's constitutional court": a country's own institutions. */
function ownInstitutions(spans: Spans): void {
  const { sentence, toks, keys, out, gaz } = spans;
  for (let i = 0; i + 2 < toks.length; i++) {
    // (a possessive: "'s" or "’s", tested without a regex on every token)
    const poss = toks[i + 1]!.text;
    if (poss !== "'s" && poss !== '’s') continue;
    // ("Colonel Assimi Goïta's government": a head of state's government is his state's)
    const ruler = out.find((o) => o.to === i + 1 && o.ref.type === 'known' && gaz.byId.get(o.ref.id)?.cls === 'Person' && gaz.byId.get(o.ref.id)?.country);
    if (ruler?.ref.type === 'known' && GOVERNMENT_HEADS.has(keys[i + 2]!) && spans.free(i + 2, i + 3)) {
      spans.add(i + 2, i + 3, 'description', { type: 'description', sense: { cls: 'Government', state: true }, country: gaz.byId.get(ruler.ref.id)!.country! });
      continue;
    }
    const m = out.find((o) => o.to === i + 1 && o.ref.type === 'known' && gaz.byId.get(o.ref.id)?.cls === 'Country');
    if (!m || m.ref.type !== 'known') continue;
    let h = i + 2;
    // ("Guinea's military government": "military" qualifies the government there)
    while (h < toks.length && h < i + 4 && (toks[h]!.pos === 'ADJ' && !FORCE_HEADS.has(keys[h]!) || keys[h] === 'military' && GOVERNMENT_HEADS.has(keys[h + 1] ?? ''))) h++;
    // ("Burkina Faso's armed forces", "Niger's security forces": the head is the last of two force words)
    if (FORCE_HEADS.has(keys[h] ?? '') && FORCE_HEADS.has(keys[h + 1] ?? '')) h++;
    const head = keys[h];
    if (!head || !spans.free(i + 2, h + 1)) continue;
    // ("Ukraine's military intelligence agency": "military" as an adjective of another noun)
    // (but "Burkina Faso's military leader" is the leader of its military)
    if (head === 'military' && toks[h + 1]?.pos === 'NOUN' && !FORCE_HEADS.has(keys[h + 1]!) && !GOVERNMENT_HEADS.has(keys[h + 1]!) && !TITLES.has(keys[h + 1]!)) continue;
    // ("Nigeria's State Security Service": a capitalised head before a capitalised word opens a name; not "Mali's Armed Forces")
    if (head === 'state' && isCap(toks[h]) && isCap(toks[h + 1])) continue;
    // ("Niger's Air Base 201": "air" or "special" names a force only before its noun, "Air Force", "special forces")
    if (MODIFYING_HEADS.has(head)) continue;
    if (FORCE_HEADS.has(head) || GOVERNMENT_HEADS.has(head)) {
      // (one mention, "Cameroon's army", named with its country: that is the name the text gives it)
      out.splice(out.indexOf(m), 1);
      spans.add(m.from, h + 1, 'description', { type: 'description', sense: { cls: FORCE_HEADS.has(head) ? 'StateForce' : 'Government', state: true }, country: m.ref.id });
    } else if (NAME_HEADS[head] && toks[h]!.pos === 'NOUN') {
      const label = sentence.text.slice(m.start - sentence.start, toks[h]!.end - sentence.start);
      spans.add(i + 2, h + 1, 'name', { type: 'name', cls: NAME_HEADS[head]!, label });
    }
  }
}

/** 2. Demonym phrases: "Malian soldiers", "Nigerien and US soldiers", "the Malian government". */
function demonymPhrases(spans: Spans): void {
  const { toks, keys, taken, cues, gaz } = spans;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !(cues[i]! & DEMONYM)) continue;
    const country = gaz.demonyms.get(keys[i]!);
    if (!country || !isCap(toks[i])) continue;
    // Coordinated demonyms share the head: collect "A and B head".
    const group = [i];
    let j = i + 1;
    while (j + 1 < toks.length && (keys[j] === 'and' || keys[j] === ',') && gaz.demonyms.has(keys[j + 1]!) && isCap(toks[j + 1])) {
      group.push(j + 1);
      j += 2;
    }
    // "a French airstrike", "Chadian air strikes", "a US drone strike": a state's strike is its forces' (the noun stays
    // free for the trigger; the state alone when the gazetteer knows no forces of it)
    if (strikeAt(keys, j)) {
      for (const g of group) {
        const c = gaz.demonyms.get(keys[g]!)!;
        if (!spans.free(g, g + 1)) continue;
        if (gaz.forceOf.has(c)) spans.add(g, g + 1, 'description', { type: 'description', sense: { cls: 'StateForce', state: true }, country: c });
        else spans.add(g, g + 1, 'description', { type: 'country', id: c });
      }
      i = j - 1;
      continue;
    }
    // ("control large parts of the Burkinabe countryside", "on Malian territory": the land of the state)
    // ("Operation Barkhane, the French counter-terrorism mission in the Sahel": the state whose mission it is)
    // ("Baga, a Nigerian fishing town on the lake": the state whose town it is)
    const town = (keys[i - 1] === 'a' || keys[i - 1] === 'an') && (SETTLEMENT_NOUNS.has(keys[j] ?? '') || (toks[j]?.pos === 'NOUN' && SETTLEMENT_NOUNS.has(keys[j + 1] ?? '')));
    if (group.length === 1 && (LAND_NOUNS.has(keys[j] ?? '') || missionAt(keys, j) || town) && spans.free(i, i + 1)) {
      spans.add(i, i + 1, 'description', { type: 'country', id: country });
      continue;
    }
    let h = j;
    // ("Nigerian security forces", "Burkinabe defence and security forces": nouns that say what forces)
    while (h < toks.length && h < j + 4 && (['ADJ', 'PROPN', 'NUM'].includes(toks[h]!.pos) || FORCE_KINDS.has(keys[h]!) || (keys[h] === 'and' && FORCE_KINDS.has(keys[h + 1] ?? '')))
      && !FORCE_HEADS.has(keys[h]!) && !gaz.names.has(keys[h]!)) h++;
    const head = keys[h];
    // "Russian mercenaries": the country's private military company, when the gazetteer knows one.
    if (head && COMPANY_HEADS.has(head) && group.length === 1 && gaz.companyOf.has(country) && spans.free(i, h + 1)) {
      spans.add(i, h + 1, 'description', { type: 'description', sense: { cls: 'PrivateMilitaryCompany' }, company: gaz.companyOf.get(country)! });
      i = h;
      continue;
    }
    if (head && (FORCE_HEADS.has(head) || GOVERNMENT_HEADS.has(head))) {
      let end = h + 1;
      while (end < toks.length && FORCE_HEADS.has(keys[end]!) && end < h + 3) end++;
      if (head === 'armed' && keys[h + 1] === 'forces') end = h + 2;
      if (!spans.free(i, end)) {
        // ("Chadian and Nigerien forces", "Nigerien forces" a gazetteer name: the demonyms before it share its head)
        const last = group[group.length - 1]!;
        if (FORCE_HEADS.has(head) && !spans.free(last, end)) for (const g of group) if (g !== last && spans.free(g, g + 1)) {
          spans.add(g, g + 1, 'description', { type: 'description', sense: { cls: 'StateForce', state: true }, country: gaz.demonyms.get(keys[g]!)! });
        }
        continue;
      }
      const cls: EntityClass = FORCE_HEADS.has(head) ? 'StateForce' : 'Government';
      for (const g of group) {
        const c = gaz.demonyms.get(keys[g]!)!;
        const from = g;
        const to = g === group[group.length - 1] ? end : g + 1;
        spans.add(from, to, 'description', { type: 'description', sense: { cls, state: true }, country: c });
      }
      i = end - 1;
    }
  }
}

/** Does a state's mission or operation start at `j`, past a few words that say what it is of ("counter-terrorism mission")? */
function missionAt(keys: readonly string[], j: number): boolean {
  for (let h = j; h < j + 4 && h < keys.length; h++) {
    if (MISSION_NOUNS.has(keys[h]!)) return true;
    if (!/^[a-z-]+$/.test(keys[h]!) || keys[h] === 'the' || keys[h] === 'of') return false;
  }
  return false;
}
/** A state's missions abroad. */
const MISSION_NOUNS = new Set(['mission', 'operation', 'intervention', 'deployment']);

/** Nouns that say what kind of forces a demonym's are ("security forces", "defence and security forces"). */
const FORCE_KINDS = new Set(['security', 'defence', 'defense', 'ground', 'elite', 'regular']);

/** Nouns of a state's land that a demonym before them names the state of. */
const LAND_NOUNS = new Set(['territory', 'countryside', 'soil']);

/** Does a strike from the air or a raid start at `j`: "airstrike(s)", "air strikes", "drone strike", "raid(s)"? */
function strikeAt(keys: readonly string[], j: number): boolean {
  const k = STRIKE_CARRIERS.has(keys[j] ?? '') ? j + 1 : j;
  return STRIKE_NOUNS.has(keys[k] ?? '');
}
const STRIKE_CARRIERS = new Set(['air', 'drone', 'aerial', 'artillery']);
const STRIKE_NOUNS = new Set(['airstrike', 'airstrikes', 'strike', 'strikes', 'raid', 'raids', 'bombardment', 'bombardments', 'shelling', 'bombing', 'bombings']);

/**
 * 2d. A name written in the French way, its first word capitalised and the others not, that an acronym in brackets
 * defines: "the Conseil supérieur de la communication (CSC)", "the Conseil national pour le salut du peuple (CNSP)".
 * The acronym's letters are the initials of its words past the connectors.
 */
function definedNames(spans: Spans): void {
  const { toks, keys, taken } = spans;
  for (let i = 2; i + 2 < toks.length; i++) {
    if (toks[i]!.text !== '(' || toks[i + 2]!.text !== ')' || !/^[A-Z]{2,6}$/.test(toks[i + 1]!.text) || taken[i - 1]) continue;
    const acronym = toks[i + 1]!.text.toLowerCase();
    // (back from the bracket over the name's words, as many as the acronym has letters, and the connectors between)
    let from = i, letters = acronym.length;
    while (from > 0 && letters > 0 && !taken[from - 1] && /^[\p{L}'’-]+$/u.test(toks[from - 1]!.text)) {
      from--;
      if (!DEFINED_CONNECTORS.has(keys[from]!)) letters--;
    }
    if (letters || !isCap(toks[from]) || !startsLower(toks[from + 1]?.text ?? '')) continue;
    const initials = keys.slice(from, i).filter((w) => !DEFINED_CONNECTORS.has(w)).map((w) => w[0]).join('');
    if (initials !== acronym) continue;
    const label = spans.sentence.text.slice(toks[from]!.start - spans.sentence.start, toks[i - 1]!.end - spans.sentence.start);
    let cls: EntityClass = 'Organization';
    for (let q = i - 1; q >= from; q--) if (NAME_HEADS[keys[q]!] || FRENCH_HEADS[keys[q]!]) { cls = (NAME_HEADS[keys[q]!] ?? FRENCH_HEADS[keys[q]!])!; break; }
    spans.add(from, i, 'name', { type: 'name', cls, label });
  }
}
/** The small words of a name that its acronym skips, in English and French. */
const DEFINED_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'pour', 'et', 'au', 'aux', 'à']);
/** French heads of a body's name. */
const FRENCH_HEADS: Readonly<Record<string, EntityClass>> = { conseil: 'Government', comité: 'Government', haute: 'Government', autorité: 'Government',
  agence: 'Organization', parti: 'Organization', rassemblement: 'Organization', front: 'ArmedGroup', mouvement: 'ArmedGroup' };

/** Whether a number and a plural settlement noun ("three villages") stand in the dozen words before the colon at `colon`. */
function countedSettlements(toks: Token[], keys: string[], colon: number): boolean {
  for (let q = colon - 1; q > 0 && q >= colon - 14; q--) if (SETTLEMENT_NOUNS.has(keys[q]!) && /s$/.test(keys[q]!) && toks[q - 1]!.pos === 'NUM') return true;
  return false;
}

/** 3. Unknown proper names: runs of capitalised tokens with name connectors inside. (a sentence on one line with a lower-case letter holds no heading: most sentences, no line to look up) */
/** The kinds of body whose name may end in "of <state>". */
const OF_STATE_HEADS = new Set(['Organization', 'Government']);

/** Plural nouns of people that a sentence may open with before "of" ("Supporters of Goïta's government"). */
const PEOPLE_OF = new Set(['supporters', 'members', 'relatives', 'families', 'leaders', 'representatives', 'delegates', 'fighters', 'soldiers',
  'elements', 'people', 'inhabitants', 'dozens', 'hundreds', 'thousands', 'victims', 'parents', 'friends', 'sons', 'wives', 'opponents']);

function unknownNames(spans: Spans): void {
  const { sentence, toks, keys, taken, out, cues, gaz } = spans;
  const mayHaveHeading = !hasLowerCase(sentence.text) || sentence.text.includes('\n');
  for (let i = 0; i < toks.length; i++) {
    // ("al-Sahrawi", "el-Hadj": an Arabic article in lower case may open a name)
    if (taken[i]) continue;
    const article = keys[i + 1] === '-' && ARTICLES.has(keys[i]!) && isCap(toks[i + 2]) && toks[i + 1]!.start === toks[i]!.end;
    if ((!isCap(toks[i]) && !article) || toks[i]!.pos === 'PUNCT') continue;
    // ("SECURITY CONTEXT", "HIGHLIGHTS": a line in capitals is a report's heading, not a name)
    if (mayHaveHeading && inHeading(sentence, toks[i]!)) continue;
    // ("Regionally, France and …": an adverb opening a sentence)
    if (i === 0 && toks[i]!.pos === 'ADV' && keys[1] === ',') continue;
    // ("Residents of Teguey said …", "Officials of Tiani's CNSP …": a plural common noun opening the sentence before "of" is
    // capitalised only by its place, not a name's first word)
    if (i === 0 && keys[1] === 'of' && (PERSON_NOUNS.has(keys[0]!.replace(/e?s$/, '')) || PEOPLE_OF.has(keys[0]!))) continue;
    let j = article ? i + 2 : i;
    let last = j;
    while (j < toks.length && !taken[j]) {
      const t = toks[j]!;
      // ("Nganzai LGAs": the district noun after a name types it, it is not part of it)
      if (j > i && (keys[j] === 'lga' || keys[j] === 'lgas')) break;
      if (isCap(t) && t.pos !== 'PUNCT' && !(j > i && cues[j]! & DEMONYM && !isCap(toks[j + 1]))) { last = j; j++; continue; }
      // ("Pau in January", "Zimtenga in Bam province": "in" before a month or a place begins a phrase, not a name's words)
      // ("Foduma Kolomdi in Gubio LGA", "Goni Usmanti in Nganzai Local Government Area", "Gwoza in Borno State")
      if (keys[j] === 'in' && (CALENDAR.has(keys[j + 1] ?? '') || REGION_NOUNS.has(keys[j + 2] ?? '') || DISTRICT_WORDS.has(keys[j + 2] ?? '') || j === i + 1)) break;
      // ("Algeria's Ministry of National Defence - Tuesday 1 April": a dash before a day ends a heading's name)
      if ((keys[j] === '-' || keys[j] === '–' || keys[j] === '—') && CALENDAR.has(keys[j + 1] ?? '')) break;
      // ("the Government Secondary School in Mamudo", "the College of Agriculture in Gujba": a facility's town is where
      // it stands, not a word of its name)
      if (keys[j] === 'in' && FACILITY_HEADS.has(runHead(keys, i, last))) break;
      if (CONNECTORS.has(keys[j]!) && j + 1 < toks.length && (isCap(toks[j + 1]) || CONNECTORS.has(keys[j + 1]!))) { j++; continue; }
      // ("Front for Change and Concord", "Movement for Justice and Equality": "and" inside an organisation's complement)
      // ("the Nigerien Party for Democracy and Socialism": the head may follow a demonym)
      // ("the Collective Against Impunity and the Stigmatisation of Communities": "and the" too)
      const andNext = keys[j + 1] === 'the' ? j + 2 : j + 1;
      if (keys[j] === 'and' && isCap(toks[andNext]) && !taken[andNext] && headWithComplement(keys, i, j)) { j++; continue; }
      if (t.text === "'" || t.text === '’') { j++; continue; }
      break;
    }
    // ("the Front for Change and Concord in Chad (FACT)": a place after "in" and before the acronym is the name's)
    if (keys[last + 1] === 'in' && NAME_HEADS[keys[i]!]) {
      const q = out.findIndex((o) => o.from === last + 2 && o.ref.type === 'known' && gaz.byId.get(o.ref.id)?.cls === 'Country');
      const p = out[q];
      if (p && toks[p.to]?.text === '(' && /^[A-Z]{2,}$/.test(toks[p.to + 1]?.text ?? '') && toks[p.to + 2]?.text === ')') {
        out.splice(q, 1);
        for (let k = p.from; k < p.to; k++) taken[k] = false;
        last = p.to - 1;
      }
    }
    // ("the Collectif Justice pour Barsalogho": a French name, its head first, ends in the known place it is for)
    const headAt = keys[i] === 'the' ? i + 1 : i;
    if (FRENCH_CONNECTORS.has(keys[last + 1] ?? '') && keys[last + 1] !== 'et' && NAME_HEADS[keys[headAt]!] && last > headAt) {
      const q = out.findIndex((o) => o.from === last + 2 && o.ref.type === 'known' && isPlaceClass(gaz.byId.get(o.ref.id)?.cls ?? 'Person'));
      const p = out[q];
      if (p && !isCap(toks[p.to])) {
        out.splice(q, 1);
        for (let k = p.from; k < p.to; k++) taken[k] = false;
        last = p.to - 1;
      }
    }
    // ("the Christian Association of Nigeria", "the High Islamic Council of Mali": a body's name may end in the state it is of)
    if (keys[last + 1] === 'of' && last > headAt && OF_STATE_HEADS.has(NAME_HEADS[keys[last]!] ?? '')) {
      const q = out.findIndex((o) => o.from === last + 2 && o.ref.type === 'known' && gaz.byId.get(o.ref.id)?.cls === 'Country');
      const p = out[q];
      if (p && !isCap(toks[p.to])) {
        out.splice(q, 1);
        for (let k = p.from; k < p.to; k++) taken[k] = false;
        last = p.to - 1;
      }
    }
    // ("Air Base 201", "Camp 3": a site's number is part of its name)
    const numbered = SITE_NOUNS.has(keys[last]!) && isCap(toks[last]) && /^\d{1,4}$/.test(toks[last + 1]?.text ?? '') && !taken[last + 1];
    if (numbered) last++;
    // ("the Radisson Blu hotel", "the Cappuccino cafe", "the Tiguentourine gas plant": a named facility whose head
    // is written in lower case is one site, head included)
    // (and a landform: "the Mandara mountains", "the Sambisa forest", "the Bohoma peninsula")
    const facility = !isCap(toks[last + 1]) && (NAMED_FACILITIES.has(keys[last + 1] ?? '') || LANDFORMS.has(keys[last + 1] ?? '')) ? last + 1
      : toks[last + 1]?.pos === 'NOUN' && startsLower(toks[last + 1]!.text) && NAMED_FACILITIES.has(keys[last + 2] ?? '') ? last + 2 : -1;
    // (only after a plain name: "Operation Panga in the Foulsaré forest" is an operation, then a forest)
    const named = facility > 0 && plainName(keys, i, last) && !taken[facility] && (!gaz.names.has(keys[last]!) || LANDFORMS.has(keys[facility]!));
    if (named) last = facility;
    let from = i;
    // Leading function words and titles are not part of the name.
    let title: string | undefined;
    let role = false;
    // "Army Chief of Staff General Oumar Diarra": a title phrase with its complement, then the name.
    const ofTitle = titleOfAt(keys, i, last);
    if (ofTitle >= 0) {
      let q = last;
      while (q > i && !TITLES.has(keys[q]!)) q--;
      const rest = toks.slice(q + 1, last + 1);
      if (q > i + ofTitle && rest.length >= 2 && rest.length <= 4 && rest.every((x) => x.pos === 'PROPN' && isCap(x))) {
        title = sentence.text.slice(toks[i]!.start - sentence.start, toks[q]!.end - sentence.start);
        from = q + 1;
      } else if (q === i + ofTitle && last - (q + 2) >= 2 && last - (q + 2) <= 3 && isCap(toks[q + 2])
        && toks.slice(q + 3, last + 1).every((x) => x.pos === 'PROPN' && isCap(x))) {
        // "Secretary of State Antony Blinken": a one-word complement, then the name.
        title = sentence.text.slice(toks[i]!.start - sentence.start, toks[q + 2]!.end - sentence.start);
        from = q + 3;
      }
    }
    // The head of a name is the word before its first "of"/"for"/"in" ("Ministry of Defence"), else its last.
    const ofAt = headCut(keys, i, last);
    const headWord = ofAt > 0 ? keys[i + ofAt - 1]! : keys[last]!;
    // ("African Parks, a South African-based conservation group": a name an apposition calls an organisation keeps its demonym)
    const headed = NAME_HEADS[headWord] !== undefined || NAME_HEADS[keys[last]!] !== undefined || apposedOrganisation(toks, keys, last + 1);
    // ("A Transitional Military Council led by …": an organisation's name keeps its descriptive words and
    // titles; only leading function words go)
    const organisation = last - i >= 2 && headed && !REGION_NOUNS.has(keys[last]!);
    while (from <= last && (notOfName(toks, keys, cues, from, last, organisation, headed) || keys[from] === '-')) {
      if (titleWordAt(keys, from, last)) title = (title ? `${title} ` : '') + toks[from]!.text;
      // "Chief of Staff", "Minister of Defence": a title with its complement is a role, not a name.
      if (TITLES.has(keys[from]!) && keys[from + 1] === 'of' && from < last) role = true;
      from++;
    }
    if (role) { i = Math.max(i, last); continue; }
    const to = last + 1;
    i = Math.max(i, last);
    if (from >= to) continue;
    if (onlyFunctionWords(keys, from, to)) continue;
    // ("CABLE SUMMARY - …", "PRESS RELEASE: …", "Classification: RESTRICTED": a document's label in capitals, no name)
    if (labelInCapitals(toks, keys, from, to)) continue;
    const label = sentence.text.slice(toks[from]!.start - sentence.start, toks[to - 1]!.end - sentence.start);
    // "United Nations peacekeepers": a name that opens a longer description is left to the description.
    if (descriptionLength(keys, cues, from) > to - from) continue;
    // "Al-Qaeda-linked militants": a name inside a compound modifier names something else.
    if ((keys[to] === '-' || keys[to] === '–') && startsLower(toks[to + 1]?.text ?? '') && toks[to]!.start === toks[to - 1]!.end) continue;
    // A quoted name ("the code name “Naylor Road”") is a name of something, not a new actor or place.
    if (OPENING_QUOTES.has(toks[from - 1]?.text ?? '') && CLOSING_QUOTES.has(toks[to]?.text ?? '')) continue;
    const cls = numbered || named ? 'Site' : typeName(toks, keys, from, to, title, gaz);
    if (!cls) continue;
    const ref: MentionRef = { type: 'name', cls, label };
    if (title) ref.title = title;
    // (and the kind of the armed men an apposition says it is made of: "a coalition of Chadian rebels" are rebels)
    const feature = featureBefore(keys, from) ?? (cls === 'ArmedGroup' ? DESCRIPTIONS[armedApposition(toks, keys, to) ?? '']?.feature : undefined);
    if (feature) ref.feature = feature;
    spans.add(from, to, 'name', ref);
  }
}

/** Lower-case nouns of a structure that a town's name before them names: "Gao airport", "the Sévaré bridge". */
const STRUCTURES = new Set(['airport', 'airbase', 'bridge', 'dam']);
const STRUCTURE_WORD = /\b(?:airport|airbase|bridge|dam)\b/;

/**
 * 3q. "French special forces seized Gao airport": a town's name before a lower-case noun of a structure names that
 * structure, a site of its own (the town is not what was seized; an unknown name before one is read by `unknownNames`).
 * Not camps and bases, which writers name after the town they stand for ("the Inates camp").
 */
function structures(spans: Spans): void {
  const { toks, keys, out, taken, gaz } = spans;
  for (let h = 1; h < toks.length; h++) {
    if (!STRUCTURES.has(keys[h]!) || !/^[a-z]/.test(toks[h]!.text) || taken[h]) continue;
    const town = out.findIndex((m) => m.to === h && m.kind === 'name' && m.ref.type === 'known' && gaz.byId.get(m.ref.id)?.cls === 'Settlement');
    if (town < 0) continue;
    const from = out[town]!.from;
    out.splice(town, 1);
    const start = toks[from]!.start - spans.sentence.start;
    spans.add(from, h + 1, 'name', { type: 'name', cls: 'Site', label: spans.sentence.text.slice(start, toks[h]!.end - spans.sentence.start) });
  }
}

/**
 * 3r. "the Borno State government", "Bauchi State authorities", "the Yobe state government": a federal state's own
 * government, one node whatever its head word (not the country's: "the government" alone is read by `descriptions`).
 */
function stateGovernments(spans: Spans): void {
  const { toks, keys, gaz, out } = spans;
  for (let q = 0; q < out.length; q++) {
    const m = out[q]!;
    const region = m.ref.type === 'known' ? (gaz.byId.get(m.ref.id)?.cls === 'Region' ? gaz.byId.get(m.ref.id)!.label : undefined)
      : m.ref.type === 'name' && m.ref.cls === 'Region' ? m.ref.label : undefined;
    if (!region || m.kind !== 'name') continue;
    const h = keys[m.to] === 'state' && !isCap(toks[m.to]) ? m.to + 1 : m.to;
    if ((keys[h] !== 'government' && keys[h] !== 'authorities') || !spans.free(m.to, h + 1)) continue;
    out.splice(q, 1);
    spans.add(m.from, h + 1, 'name', { type: 'name', cls: 'Government', label: `Government of ${region}` });
    q--;
  }
}

/** Heads of the names of buildings and institutions that stand in a town. */
const FACILITY_HEADS = new Set(['school', 'college', 'academy', 'university', 'hospital', 'clinic', 'hotel', 'mosque', 'church', 'market', 'prison',
  'camp', 'barracks', 'stadium', 'airport', 'seminary', 'polytechnic']);
/** The head of the name run keys[i..last]: the word before its first "of"/"for", else its last word. */
function runHead(keys: readonly string[], i: number, last: number): string {
  for (let q = i + 1; q <= last; q++) if (keys[q] === 'of' || keys[q] === 'for') return keys[q - 1]!;
  return keys[last]!;
}

/** Whose term of office a "presidency" is. */
const TERM_HOLDERS = new Set(['his', 'her', 'its', 'their', 'whose']);

/** 4. Generic descriptions: "the army", "the separatists", "the UN mission" (longest first). */
function descriptions(spans: Spans): void {
  const { toks, keys, taken, cues } = spans;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !(cues[i]! & DESCRIPTION)) continue;
    for (let n = Math.min(DESC_MAX, toks.length - i); n >= 1; n--) {
      if (!mayEndDescription(cues, i, n)) continue;
      const phrase = phraseAt(keys, i, n);
      const sense = DESCRIPTIONS[phrase];
      if (!sense || !spans.free(i, i + n)) continue;
      // "a military presence", "military instructors": an adjective, not the military.
      if (n === 1 && phrase === 'military' && toks[i + 1]?.pos === 'NOUN') continue;
      // ("Jere local government area" is a district, "local government elections" no body)
      if (phrase === 'government' && keys[i - 1] === 'local') continue;
      // ("Two forces are active around Tinzaouaten": forces counted are several bodies, not a state's)
      if (phrase === 'forces' && toks[i - 1]?.pos === 'NUM') continue;
      // ("many units have been pulled out": a state's units; "guard units", "JNIM units" are another body's)
      if (phrase === 'units' && toks[i - 1] !== undefined && toks[i - 1]!.pos !== 'DET' && toks[i - 1]!.pos !== 'ADJ') continue;
      // ("Malian officers said", "Officers say": a force's; "human rights officers", "police officers" are another body's)
      if (phrase === 'officers' && toks[i - 1] !== undefined && toks[i - 1]!.pos === 'NOUN') continue;
      // ("his presidency", "the rotating presidency of the G5 Sahel": a term of office, no body)
      if (phrase === 'presidency' && (keys[i + 1] === 'of' || TERM_HOLDERS.has(keys[i - 1]!) || keys[i - 1] === 'rotating')) continue;
      // A description used as a modifier of a proper name ("army" in "the Army of X") is not one.
      if (isCap(toks[i + n]) && toks[i + n]!.pos === 'PROPN' && !/^[A-Z]{2,}$/.test(toks[i + n]!.text)) continue;
      // ("the Christian aid organisation JEMED": a civil body's descriptor before its name, short or not)
      if (sense.cls === 'Organization' && isCap(toks[i + n])) continue;
      // "the Tuareg rebellion": an ethnic name before the description belongs to its words.
      const from = i > 0 && !taken[i - 1] && cues[i - 1]! & ETHNIC ? i - 1 : i;
      // ("ISWAP … claimed the attacks, saying its fighters had killed dozens": inside a sentence, a group's own men
      // stand for it as "it" would; opening one, "Its fighters" is read with the sentence before, below)
      // ("AQIM, whose units operate from hideouts in northern Mali": the men of the name "whose" follows)
      if (i > 1 && (keys[i - 1] === 'its' || keys[i - 1] === 'their' || (keys[i - 1] === 'whose' && keys[i - 2] === ',')) && sense.generic && (sense.cls === 'ArmedGroup' || sense.cls === 'StateForce')) spans.add(i, i + n, 'pronoun', { type: 'pronoun' });
      else spans.add(from, i + n, 'description', { type: 'description', sense });
      i += n - 1;
      break;
    }
  }
}

/** 4b. "the ministry", "the court", "the group": a bare head noun may name an organisation named earlier in full; resolution links it to that one or drops it. */
function bareHeads(spans: Spans): void {
  const { toks, keys, taken, cues } = spans;
  for (let i = 1; i < toks.length; i++) {
    // ("That group is led by …", "this movement": a demonstrative points back as "the" does)
    // (the tagger reads a sentence's first "That" as a pronoun)
    // ("The new coalition was led by …": past a word that only says it is the one just told of)
    const d = BACK_ADJECTIVES.has(keys[i - 1]!) && i > 1 && BODY_HEADS.has(keys[i]!) ? i - 1 : i;
    const determiner = keys[d - 1] === 'the' || ((keys[d - 1] === 'that' || keys[d - 1] === 'this') && (toks[d - 1]!.pos === 'DET' || d === 1));
    if (!(cues[i]! & NAME_HEAD) || taken[i] || !determiner || toks[i]!.pos !== 'NOUN' || !/^[a-z]/.test(toks[i]!.text)) continue;
    const cls = NAME_HEADS[keys[i]!];
    if (!cls || NO_BARE_HEADS.has(keys[i]!)) continue;
    if (keys[i + 1] === 'of' || toks[i + 1]?.pos === 'NOUN') continue;
    spans.add(i, i + 1, 'description', { type: 'name', cls, label: keys[i]! });
  }
}

/** Adjectives between "the" and a bare head that point back to the body just told of ("the new coalition", "the same group"). */
const BACK_ADJECTIVES = new Set(['new', 'same']);
/** The bare heads such an adjective may come before: bodies, not places ("the same province" is a place named before). */
const BODY_HEADS = new Set(['coalition', 'alliance', 'group', 'movement', 'organisation', 'organization']);

/** Nouns of the people a report quotes without naming them. */
const SOURCE_HEADS = new Set(['source', 'sources', 'official', 'officials', 'resident', 'residents', 'witness', 'witnesses', 'analyst', 'analysts',
  'diplomat', 'diplomats', 'survivor', 'survivors', 'villager', 'villagers', 'relatives', 'doctor', 'doctors', 'medics', 'workers',
  'groups', 'organisations', 'organizations', 'agencies']);
const SOURCE_WORD = /\b(?:sources?|officials?|residents?|witness(?:es)?|analysts?|diplomats?|survivors?|villagers?|relatives|doctors?|medics|workers|groups|organi[sz]ations|agencies)\b/i;
/** Plural bodies a report quotes without naming them, only with a word of what they do: "Rights groups said", "human
 * rights organisations had accused …", "aid agencies warned" — one organisation of this article per kind. */
const BODY_SOURCES = new Set(['groups', 'organisations', 'organizations', 'agencies']);
const BODY_SOURCE_WORDS = new Set(['rights', 'humanitarian', 'aid', 'relief', 'conservation', 'environmental', 'advocacy']);
/** Source nouns that say too little alone to be a source of their own. */
const BARE_SOURCES = new Set(['source', 'sources', 'official', 'officials', 'workers']);
/** Verbs (lemmas) of speech whose subject a source is: "a security source said", "residents told AFP". */
const SOURCE_SPEECH = new Set(['say', 'tell', 'add', 'report', 'confirm', 'explain', 'describe', 'recount', 'estimate', 'claim', 'deny', 'accuse', 'note', 'warn', 'believe']);

/**
 * 4g. "a security source in Tahoua said", "Residents told AFP", "according to local officials": people a report quotes
 * without naming them are its sources, each kind one person (or group) of this article — read only where they speak,
 * so that a claim keeps who made it. A body named in the phrase speaks instead ("UN officials said": the UN).
 */
function anonymousSources(spans: Spans): void {
  const { toks, keys, taken } = spans;
  for (let h = 0; h < toks.length; h++) {
    // (the tagger reads a capitalised word opening a sentence as a name: "Residents said …", "Security analysts said …")
    if (!SOURCE_HEADS.has(keys[h]!) || taken[h] || !(toks[h]!.pos === 'NOUN' || (toks[h]!.pos === 'PROPN' && h === 0))) continue;
    // (its modifiers: "security", "local", "Nigerien", "humanitarian", "aid"; a name among them is a body's: left to it)
    // ("A Nigerien security source": a demonym says whose country the source is from)
    let from = h;
    while (from > 0 && !taken[from - 1] && (toks[from - 1]!.pos === 'ADJ' || (toks[from - 1]!.pos === 'NOUN' && startsLower(toks[from - 1]!.text))
      || spans.gaz.demonyms.has(keys[from - 1]!) || (from - 1 === 0 && (toks[0]!.pos === 'PROPN' || toks[0]!.pos === 'NOUN')))) from--;
    if (from > 0 && taken[from - 1] && toks[from - 1]!.pos !== 'DET') continue;
    // ("the same security source" is the one quoted before)
    if (keys[from] === 'same' && from < h) from++;
    // ("officials said", "sources said": whose, the article leaves to the reader — a state's, most often — no source of its own;
    // "the source" is the one quoted before, left to resolution)
    const before = from === h && keys[h] === 'source' && keys[h - 1] === 'the';
    if (from === h && BARE_SOURCES.has(keys[h]!) && !before) continue;
    const body = BODY_SOURCES.has(keys[h]!);
    if (body && !keys.slice(from, h).some((w) => BODY_SOURCE_WORDS.has(w))) continue;
    const according = keys[from - 1] === 'to' && keys[from - 2] === 'according'
      || (toks[from - 1]?.pos === 'DET' || toks[from - 1]?.pos === 'NUM') && keys[from - 2] === 'to' && keys[from - 3] === 'according';
    // ("The refugees were not harmed, said a local official in Tassara": a verb of speech before it, after the words it says)
    const verb = toks[from - 1]?.pos === 'DET' ? from - 2 : from - 1;
    // (the speaker ends the sentence: "…, said most residents had fled" makes the residents what is said)
    const inverted = SOURCE_SPEECH.has(toks[verb]?.lemma ?? '') && (toks[verb]!.pos === 'VERB' || keys[verb] === 'said') && (keys[verb - 1] === ',' || CLOSING_QUOTES.has(toks[verb - 1]?.text ?? ''))
      && !verbBeforeComma(toks, h + 1);
    if (!according && !inverted && !speaksAfter(toks, keys, h + 1)) continue;
    spans.add(from, h + 1, 'description', { type: 'description', sense: { cls: body ? 'Organization' : 'Person', source: true } });
  }
}

/** Is there a verb from `j` on, before any comma ("…, said the source, who asked not to be named": none before it)? */
function verbBeforeComma(toks: readonly Token[], j: number): boolean {
  for (let i = j; i < toks.length && toks[i]!.text !== ','; i++) if (toks[i]!.pos === 'VERB' || toks[i]!.pos === 'AUX') return true;
  return false;
}

/** Does a verb of speech follow at `j`, past a phrase that only says where the speaker is ("in Tahoua", "at the hospital")? */
function speaksAfter(toks: readonly Token[], keys: readonly string[], j: number): boolean {
  // (or whose they are: "Residents of Teguey said", "relatives of the victims told AFP")
  if (keys[j] === 'in' || keys[j] === 'at' || keys[j] === 'near' || keys[j] === 'from' || keys[j] === 'of') {
    j++;
    const stop = j + 5;
    while (j < toks.length && j < stop && (toks[j]!.pos === 'PROPN' || toks[j]!.pos === 'DET' || toks[j]!.pos === 'ADJ' || (toks[j]!.pos === 'NOUN' && startsLower(toks[j]!.text)))) j++;
  }
  // ("A military source in Damaturu, who asked not to be named …, said": past a relative clause set off by commas)
  if (keys[j] === ',' && keys[j + 1] === 'who') {
    let close = j + 2;
    while (close < toks.length && close < j + 30 && keys[close] !== ',') close++;
    j = close + 1;
  }
  // ("residents have said", "officials later told Reuters")
  while (j < toks.length && (toks[j]!.pos === 'AUX' || toks[j]!.pos === 'ADV')) j++;
  return SOURCE_SPEECH.has(toks[j]?.lemma ?? '') && (toks[j]!.pos === 'VERB' || toks[j]!.norm === 'said');
}

/** Words that qualify a role after "the": "the prime minister", "the defence minister". */
const ROLE_QUALIFIERS = new Set(['prime', 'foreign', 'defence', 'defense', 'interior', 'justice', 'security', 'finance', 'communication', 'communications']);

/** 4d. "the spokesman said", "the minister added": a person named before with that title. */
function personRoles(spans: Spans): void {
  const { toks, keys, taken, cues } = spans;
  for (let i = 1; i < toks.length; i++) {
    // ("the prime minister said", "the defence minister added": over the portfolio that qualifies the role)
    const from = keys[i - 1] === 'the' ? i - 1 : ROLE_QUALIFIERS.has(keys[i - 1]!) && keys[i - 2] === 'the' && !taken[i - 1] ? i - 2 : -1;
    if (!(cues[i]! & PERSON_ROLE) || taken[i] || from < 0 || toks[i]!.pos !== 'NOUN') continue;
    if (keys[i + 1] === 'of' || keys[i + 1] === 'for' || isCap(toks[i + 1]) || toks[i + 1]?.pos === 'NOUN' || /^['’]s$/.test(toks[i + 1]?.text ?? '')) continue;
    spans.add(from, i + 1, 'description', { type: 'description', sense: { cls: 'Person', role: keys[i]! } });
  }
}

/** ("the head of state promised …": the president) */
function headOfState(spans: Spans): void {
  const { toks, keys } = spans;
  for (let i = 1; i + 2 < toks.length; i++) {
    if (keys[i - 1] === 'the' && keys[i] === 'head' && keys[i + 1] === 'of' && keys[i + 2] === 'state' && spans.free(i - 1, i + 3) && !isCap(toks[i + 3])) {
      spans.add(i - 1, i + 3, 'description', { type: 'description', sense: { cls: 'Person', role: 'president' } });
    }
  }
}

/** 4c. "the town", "the besieged city", "the area": a place named before. Read like a pronoun (no new name of the place). */
function placesNamedBefore(spans: Spans): void {
  const { toks, keys, taken, cues } = spans;
  for (let i = 1; i < toks.length; i++) {
    if (!(cues[i]! & PLACE_BACK) || taken[i] || toks[i]!.pos !== 'NOUN') continue;
    let d = i - 1;
    while (d > 0 && toks[d]!.pos === 'ADJ') d--;
    if (keys[d] !== 'the' || !spans.free(d, i + 1)) continue;
    // "the town of Kidal", "the town Kidal": the name follows; "the town's mayor" is fine.
    if (keys[i + 1] === 'of' || isCap(toks[i + 1])) continue;
    spans.add(i, i + 1, 'pronoun', { type: 'description', sense: { cls: PLACE_BACK_NOUNS.get(keys[i]!)!, place: true } });
  }
}

/** 5. Demonyms left alone name their country ("the Malian locality of Boulikessi"). */
function loneDemonyms(spans: Spans): void {
  const { toks, keys, taken, cues, gaz } = spans;
  for (let i = 0; i < toks.length; i++) {
    if (!(cues[i]! & DEMONYM) || taken[i] || !isCap(toks[i])) continue;
    const country = gaz.demonyms.get(keys[i]!);
    if (!country) continue;
    // Only where the country plays a part: "the Malian locality of X", "French Defense Minister Y", "Malian president".
    const next = keys.slice(i + 1, i + 4);
    // ("the Cameroonian border town of Bodo": a town noun after a modifier, before its name)
    const serves = SETTLEMENT_NOUNS.has(next[0] ?? '') || (SETTLEMENT_NOUNS.has(next[1] ?? '') && next[2] === 'of' && toks[i + 1]?.pos === 'NOUN')
      || next.some((w) => TITLES.has(w) && !['former', 'interim', 'transitional'].includes(w))
      // ("near the Malian border", "30 kilometres from the Nigerian frontier": the border is that country's)
      || next[0] === 'border' || next[0] === 'frontier'
      // ("expelled three French diplomats": whose envoys they are; one envoy, "the French envoy, Luc Hallade", is named after)
      || (ENVOYS.has(next[0] ?? '') && next[0]!.endsWith('s'));
    if (serves) spans.add(i, i + 1, 'description', { type: 'country', id: country });
  }
}

/** 6. Pronouns, for claimants and subjects ("she said", "he reported", "it had trapped"), and "the latter". */
function pronouns(spans: Spans): void {
  const { toks, keys, taken, cues } = spans;
  for (let i = 1; i < toks.length; i++) {
    if (!taken[i] && keys[i] === 'latter' && keys[i - 1] === 'the') spans.add(i - 1, i + 1, 'pronoun', { type: 'pronoun', latter: true });
  }
  for (let i = 0; i < toks.length; i++) {
    if (!(cues[i]! & PRONOUN)) continue;
    if (!taken[i] && PRONOUNS.has(keys[i]!) && toks[i]!.pos === 'PRON') spans.add(i, i + 1, 'pronoun', { type: 'pronoun' });
    // ("ambushed his convoy", "overran his hideout": what is his stands for him as a target)
    else if (!taken[i] && (keys[i] === 'his' || keys[i] === 'her') && PERSONAL_TARGETS.has(keys[i + 1] ?? '')) spans.add(i, i + 1, 'pronoun', { type: 'pronoun' });
    // ("since his coup of September 2022": whose coup it was made it)
    else if (!taken[i] && POSSESSIVES.has(keys[i]!) && SEIZURES.has(keys[i + 1] ?? '')) spans.add(i, i + 1, 'pronoun', { type: 'pronoun' });
    // ("its convoy had come under fire", "attacked their positions": a body's convoy or positions stand for it as a target)
    else if (!taken[i] && (keys[i] === 'its' || keys[i] === 'their') && UNIT_TARGETS.has(keys[i + 1] ?? '')) spans.add(i, i + 1, 'pronoun', { type: 'pronoun' });
    // ("ISWAP boasted that its men had seized the base": a body's men act for it, as "its fighters" do)
    // (…and its aircraft: "the Nigerian Air Force said its jets struck ISWAP positions")
    else if (!taken[i] && i > 0 && (keys[i] === 'its' || keys[i] === 'their') && (keys[i + 1] === 'men' || AIRCRAFT.has(keys[i + 1] ?? '')) && !taken[i + 1]) spans.add(i + 1, i + 2, 'pronoun', { type: 'pronoun' });
    // ("Its hurried departure last month from a base at Ber": whose departure opens the sentence acts in it)
    else if (!taken[i] && i === 0 && (keys[i] === 'its' || keys[i] === 'their') && (OWN_ACTS.has(keys[i + 1] ?? '') || (toks[i + 1]?.pos === 'ADJ' && OWN_ACTS.has(keys[i + 2] ?? '')))) spans.add(i, i + 1, 'pronoun', { type: 'pronoun' });
  }
}

/** After the passes: a dateline's agency is no mention, and a description a named actor completes is that actor. */
function creditsAndOwners(spans: Spans): void {
  const { sentence, toks, keys, out, gaz } = spans;
  const credit = sentence.index === 0 ? out.findIndex((m) => m.from < 14 && toks[m.from - 1]?.text === '(' && toks[m.to]?.text === ')' && DASHES.has(toks[m.to + 1]?.text ?? '')) : -1;
  if (credit >= 0) out.splice(credit, 1);
  // A description that a named actor completes is that actor: "the last soldiers of France's Barkhane force"
  // are Barkhane, "fighters of JNIM" are JNIM. (Not "fighters linked to al Qaeda": those are an affiliate.)
  for (const m of out) {
    // ("UFDD rebels", "FACT rebels": a name no head word typed, before fighters of a group, is that armed group)
    const modifier = m.ref.type === 'description' && m.ref.sense.cls === 'ArmedGroup' && !m.ref.sense.state
      ? out.find((o) => o.to === m.from && (o.kind === 'name' || o.kind === 'acronym')) : undefined;
    if (modifier?.ref.type === 'name' && modifier.ref.cls === 'Organization') modifier.ref = { ...modifier.ref, cls: 'ArmedGroup' };
    const owner = ownerOf(m, out, keys, gaz);
    if (owner) {
      m.ref = owner.ref;
      // (a description of more than its head noun names the owner well enough: "Russian mercenaries from Wagner")
      m.owned = owner.to === m.from ? { alias: spans.sentence.text.slice(owner.start - spans.sentence.start, m.end - spans.sentence.start) }
        : m.to - m.from > 1 ? { alias: m.text } : {};
    }
    // "armed groups affiliated with al Qaeda": tied to a group, a description shares its leaning (it is
    // one of that group's affiliates the article names, not the pro-government militia named last).
    else if (m.ref.type === 'description' && !m.ref.sense.feature && TIED.has(keys[m.to] ?? '') && TIED_PREPS.has(keys[m.to + 1] ?? '')) {
      const at = keys[m.to + 2] === 'the' ? m.to + 3 : m.to + 2;
      const tie = out.find((o) => o.from === at && o.ref.type === 'known');
      const feature = tie?.ref.type === 'known' ? gaz.byId.get(tie.ref.id)?.orientation : undefined;
      if (feature) m.ref = { ...m.ref, sense: { ...m.ref.sense, feature } };
    }
  }
}

/** Head nouns that name no organisation named before when bare ("the army", "the press"). */
const NO_BARE_HEADS = new Set(['forces', 'army', 'operation', 'international', 'news', 'press', 'office', 'network', 'party', 'platform', 'community', 'command', 'guard']);

/** Words after a description that tie it to a group named next ("affiliated with", "loyal to"). */
const TIED = new Set(['affiliated', 'linked', 'allied', 'tied']);
/** Who a force description can belong to: a force, a group, a company, a mission. */
const FORCE_OWNERS = new Set<EntityClass>(['StateForce', 'ArmedGroup', 'PrivateMilitaryCompany', 'InternationalOrganization']);

/** The named force or group a force description belongs to ("soldiers of X", "X fighters"), if any. */
function ownerOf(m: MentionCandidate, all: readonly MentionCandidate[], keys: readonly string[], gaz: GazetteerIndex): MentionCandidate | undefined {
  // (a force or a group: "the spokesman of the army" is a person, "the army of Mali" is Mali's army)
  if (m.ref.type !== 'description' || m.ref.sense.role || m.ref.sense.place || !FORCE_OWNERS.has(m.ref.sense.cls)) return undefined;
  // ("JNIM fighters", "Wagner mercenaries": a group's name as the modifier; not "UN peacekeepers", who are
  // the UN's mission, found by the description itself)
  const modifier = all.find((o) => o.to === m.from && (o.kind === 'name' || o.kind === 'acronym'));
  const modifierCls = classOf(modifier, gaz);
  if (modifier && modifierCls && modifierCls !== 'InternationalOrganization' && FORCE_OWNERS.has(modifierCls)) return modifier;
  let at = m.to;
  // ("fighters loyal to the Islamic State group" are its fighters; "affiliated with" names a relation, see above)
  // ("Russian military instructors from the Africa Corps", "fighters from JNIM": "from" a force or a group too)
  if (keys[at] === 'of' || keys[at] === 'from') at++;
  else if (keys[at] === 'loyal' && keys[at + 1] === 'to') at += 2;
  else return undefined;
  if (keys[at] === 'the') at++;
  let owner = namedAt(all, at);
  // ("fighters of the al-Qaeda-linked JNIM" are JNIM's: the tie is a modifier of the name after it)
  if (owner?.tie) owner = namedAt(all, owner.to + 2);
  // ("soldiers of France's Barkhane force", "fighters of the Islamic State's West Africa Province": through a possessive)
  if (owner && /^['’]s$/.test(keys[owner.to] ?? '')) owner = namedAt(all, owner.to + 1);
  const cls = classOf(owner, gaz);
  return cls && FORCE_OWNERS.has(cls) ? owner : undefined;
}
/** The name or acronym that starts at token `from`, if any. */
const namedAt = (all: readonly MentionCandidate[], from: number): MentionCandidate | undefined =>
  all.find((o) => o.from === from && (o.kind === 'name' || o.kind === 'acronym'));
/** The class of what a name or acronym names, when known. */
const classOf = (o: MentionCandidate | undefined, gaz: GazetteerIndex): EntityClass | undefined =>
  o?.ref.type === 'known' ? gaz.byId.get(o.ref.id)?.cls : o?.ref.type === 'name' ? o.ref.cls : undefined;

const DASHES = new Set(['-', '–', '—', '--']);

/** The phrase tokens `keys[i..i+n)` make, as DESCRIPTIONS writes them: joined by spaces, " - " made "-". */
function phraseAt(keys: readonly string[], i: number, n: number): string {
  let phrase = keys[i]!;
  for (let k = i + 1; k < i + n; k++) phrase += ` ${keys[k]!}`;
  return phrase.includes(' - ') ? phrase.replace(/ - /g, '-') : phrase;
}

/** Length in tokens of the longest description phrase starting at token i (0 if none). */
function descriptionLength(keys: string[], cues: readonly number[], i: number): number {
  if (!DESC_FIRST.has(keys[i]!)) return 0;
  for (let n = Math.min(DESC_MAX, keys.length - i); n >= 1; n--) if (mayEndDescription(cues, i, n) && DESCRIPTIONS[phraseAt(keys, i, n)]) return n;
  return 0;
}

/** Acronyms written with hyphens split by the tokenizer ("CSP-PSD"). */
function acronymAcrossHyphens(toks: Token[], i: number, gaz: GazetteerIndex): { id: string; to: number; form: string } | undefined {
  let form = toks[i]!.text;
  let best: { id: string; to: number; form: string } | undefined;
  const direct = gaz.acronyms.get(form);
  if (direct) best = { id: direct, to: i + 1, form };
  for (let j = i + 1; j + 1 < toks.length && j < i + 5; j += 2) {
    if (toks[j]!.text !== '-' || toks[j]!.start !== toks[j - 1]!.end) break;
    form += `-${toks[j + 1]!.text}`;
    const id = gaz.acronyms.get(form);
    if (id) best = { id, to: j + 2, form };
  }
  return best;
}

/** Adverbs before the words that give a name ("also known as", "locally called"). */
const NAMING_ADVERBS = new Set(['also', 'better', 'locally', 'commonly', 'widely', 'popularly', 'simply', 'now', 'formerly', 'officially']);
/** The lower-case noun that a name right after it is given to ("a security network, known as Amotekun"), if any. */
function namedNoun(toks: Token[], keys: string[], from: number): string | undefined {
  const at = namingAt(keys, from);
  if (at < 0) return undefined;
  const verb = keys[at] !== 'known';
  let q = at - 1;
  if (NAMING_ADVERBS.has(keys[q] ?? '')) q--;
  const comma = keys[q] === ',';
  if (comma) q--;
  const t = toks[q];
  if (!t || t.pos !== 'NOUN' || !startsLower(t.text)) return undefined;
  // ("the constitutional court named Goïta president", "the group named al-Barnawi as its head": "named" and "called" are
  // the verb of the noun before them unless an indefinite noun or a comma sets them as its participle, "a village called X")
  if (verb && !comma && !(keys[q - 1] === 'a' || keys[q - 1] === 'an' || toks[q - 1]?.pos === 'ADJ' && (keys[q - 2] === 'a' || keys[q - 2] === 'an'))) return undefined;
  // (not the complement of another noun: "a JNIM commander in the region known as Talha Abu Hind" names the commander)
  let p = q - 1;
  while (p > q - 4 && (toks[p]?.pos === 'DET' || toks[p]?.pos === 'ADJ')) p--;
  return toks[p]?.pos === 'ADP' && (toks[p - 1]?.pos === 'NOUN' || toks[p - 1]?.pos === 'PROPN') ? undefined : keys[q];
}

/** A roman numeral of one to four letters ("i", "x", "iv"), in lower case. */
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$/;

/** Types an unknown name by its head word, a title before it, or the place noun that introduces it. */
function typeName(toks: Token[], keys: string[], from: number, to: number, title: string | undefined, gaz: GazetteerIndex): EntityClass | undefined {
  const nameWords = keys.slice(from, to);
  // Head: the last capitalised word before the first "of"/"for"/"in" ("Ministry of Defense"), else the last one.
  const cut = headCut(nameWords, 0, nameWords.length - 1);
  // ("Trial Chamber X", "Pre-Trial Chamber I": a roman numeral that numbers the head is not it)
  const numbered = nameWords.length > 1 && ROMAN.test(nameWords[nameWords.length - 1]!) ? 1 : 0;
  const head = cut > 0 ? nameWords[cut - 1]! : nameWords[nameWords.length - 1 - numbered]!;
  const last = nameWords[nameWords.length - 1 - numbered]!;
  // "French Minister of the Armed Forces", "Chief of Staff": a title, the person comes separately.
  if (TITLES.has(head) && !NAME_HEADS[head]) return undefined;
  // "Battle of Takoubat", "Moura massacre": the name of an event, not of an actor or place.
  if (EVENT_HEADS.has(head) || EVENT_HEADS.has(last)) return undefined;
  // ("the Union of Resistance Forces, the UFR, a coalition of Chadian rebels": an apposition of armed men says what
  // a body of any head is)
  if (armedApposition(toks, keys, to)) return 'ArmedGroup';
  // ("a regional security network, known as Amotekun", "a militia called Yan Sa Kai", "a village named Kadisau": the
  // noun a name is given to says what it names)
  const given = namedNoun(toks, keys, from);
  if (given) {
    // ("its first operation, named Haw Bi": the name of an event, like "Operation Mirador")
    if (given === 'operation' || EVENT_HEADS.has(given)) return undefined;
    if (SETTLEMENT_NOUNS.has(given)) return 'Settlement';
    if (REGION_NOUNS.has(given)) return 'Region';
    if (PERSON_NOUNS.has(given)) return 'Person';
    if (NAME_HEADS[given]) return NAME_HEADS[given];
  }
  // ("the Centre for Democracy and Development": a centre with a complement is a body, not a building)
  if ((head === 'centre' || head === 'center') && cut > 0) return 'Organization';
  if (NAME_HEADS[head]) return NAME_HEADS[head];
  // French names put their head first: "Collectif Justice pour …", "Mouvement pour le salut …".
  if (NAME_HEADS[nameWords[0]!] && nameWords.some((w) => FRENCH_CONNECTORS.has(w))) return NAME_HEADS[nameWords[0]!];
  // (a name that campaigns "against" something is a civil body, whatever its head: "Coalition Against …")
  if (NAME_HEADS[nameWords[0]!] && nameWords[1] === 'against') return 'Organization';
  if (NAME_HEADS[last] && last !== 'international') return NAME_HEADS[last];
  if (FIRST_HEADS[nameWords[0]!] && nameWords.length > 1) return FIRST_HEADS[nameWords[0]!];
  // ("Jere local government area", "Kukawa LGA": Nigeria's districts)
  if (keys[to] === 'lga' || keys[to] === 'lgas' || keys[to] === 'local' && keys[to + 1] === 'government' && (keys[to + 2] === 'area' || keys[to + 2] === 'areas')) return 'Region';
  // ("Bam province", "Soum Province": the region noun after a name types it, capitalised or not)
  // ("the Dutsen Tanshi area of Bauchi": an area of a place named after it is a place too)
  if (REGION_NOUNS.has(keys[to] ?? '') && (isCap(toks[to]) || keys[to] !== 'area' || (keys[to + 1] === 'of' && isCap(toks[to + 2])))) return 'Region';
  if (REGION_NOUNS.has(last)) return 'Region';
  // ("Borno state", "Yobe and Adamawa states", "the capital of Borno state": a federal state)
  if ((keys[to] === 'state' || keys[to] === 'states') && to - from <= 2 && !isCap(toks[to])) return 'Region';
  // ("Kano State", "Rivers State": a federal state named with its head)
  if (last === 'state' && nameWords.length === 2) return 'Region';
  // "Operation Mirador", "Operation Wrath of Bohoma": a named operation the gazetteer does not know is an
  // event's name, not an actor's (no class: its words are left to the other rules).
  // ("Operation Flush, a joint task force of soldiers and police": unless an apposition says it is a force)
  if (nameWords[0] === 'operation' && nameWords.length > 1) return appositiveNoun(toks, keys, to, FORCE_APPOSITIONS) ? 'StateForce' : undefined;
  if (title) return 'Person';
  // ("its media outlet, al-Zallaqa": a body's own outlet, its noun set before the name, a comma between — only with an
  // owner, "its", "their" or a possessive: "the national broadcaster, Radiodiffusion Télévision du Burkina" is left to the
  // other rules)
  if (keys[from - 1] === ',' && MEDIA_NOUNS.has(keys[from - 2] ?? '') && startsLower(toks[from - 2]!.text)
    && keys.slice(Math.max(0, from - 5), from - 2).some((k) => k === 'its' || k === 'their' || k === "'s")) return 'Organization';
  const before = keys[from - 1];
  // "the French daily Libération", "the aid organisation JEMED", "the conservation group African Parks",
  // "the rebel group X": the common noun right before an unknown name says what it names.
  if (before && ORG_DESCRIPTORS.has(before) && (toks[from - 1]!.pos === 'NOUN' || toks[from - 1]!.pos === 'ADJ')) {
    if (before !== 'group' && before !== 'groups') return 'Organization';
    const kind = keys[from - 2];
    if (kind && ARMED_KINDS.has(kind)) return 'ArmedGroup';
    if (kind && /^[a-z]/.test(toks[from - 2]!.text) && !['the', 'a', 'an', 'this', 'that'].includes(kind)) return 'Organization';
  }
  // ("led an armed rebellion, the SCUD, in the mid-2000s": a name set beside a rebellion or an armed body is that body's)
  if (before === 'the' && keys[from - 2] === ',' && (REBELLIONS.has(keys[from - 3] ?? '') || (ARMED_BODIES.has(keys[from - 3] ?? '') && ARMED_KINDS.has(keys[from - 4] ?? '')))) return 'ArmedGroup';
  // ("Succès Masra's party, the Transformers": a party an owner has, named in apposition)
  if ((before === 'the' ? keys[from - 2] : before) === ',' && keys[from - (before === 'the' ? 3 : 2)] === 'party'
    && /^['’]s$|^(?:its|his|her|their)$/.test(keys[from - (before === 'the' ? 4 : 3)] ?? '')) return 'Organization';
  // ("the Islamic State's Amaq news agency", "the Sahara Reporters website": or the noun written in lower case after it)
  if (!isCap(toks[to]) && (ORG_AFTER.has(keys[to] ?? '') || (keys[to] === 'news' && ORG_AFTER.has(keys[to + 1] ?? '')))) return 'Organization';
  // ("African Parks, a South African-based conservation group", "Somair, a mining company": or the apposition after it)
  if (apposedOrganisation(toks, keys, to)) return 'Organization';
  const before2 = keys[from - 2];
  if (before === 'of' && before2 && SETTLEMENT_NOUNS.has(before2)) return 'Settlement';
  if (before === 'of' && before2 && REGION_NOUNS.has(before2)) return 'Region';
  // ("an army base on the island of Bohoma", "the forest of Wagadou")
  if (before === 'of' && before2 && LANDFORMS.has(before2) && keys[from - 3] === 'the') return 'Site';
  // ("a department whose main town is Mokolo", "its capital is Maroua": a town named as one)
  if ((before === 'is' || before === 'was') && before2 && SETTLEMENT_NOUNS.has(before2) && to === from + 1) return 'Settlement';
  // ("the market of Nagraogo", "the camp of Inates": a site "of" a name is in that locality)
  // ("the towns of Gajiram, Monguno and Kukawa", "the camps of Aklaz and Awakassa": each name the list gives)
  // ("attacked army positions in seven towns: Kayes, Nioro du Sahel, Diboli, …": or a colon after the plural noun)
  if (before === 'and' || before === ',' || before === ':') {
    let q = from - 1;
    while (q > from - 16 && q > 1 && (keys[q] === 'and' || keys[q] === ',' || isCap(toks[q]) || (FRENCH_CONNECTORS.has(keys[q]!) && isCap(toks[q + 1])))) q--;
    const noun = keys[q - 1] ?? '';
    if ((keys[q] === 'of' || keys[q] === ':') && isCap(toks[q + 1]) && /s$/.test(noun) && (SETTLEMENT_NOUNS.has(noun) || SITE_NOUNS.has(noun.slice(0, -1))) && to - from <= 2) return 'Settlement';
    // ("attacked three villages in the cercle of Bankass, in the Mopti region: Diallassagou, Dianweli and Deguessagou": the
    // colon lists the villages counted before it)
    if (keys[q] === ':' && isCap(toks[q + 1]) && to - from <= 2 && countedSettlements(toks, keys, q)) return 'Settlement';
  }
  // ("struck Intazayene, Bakorat, Wistane and a number of smaller hamlets": names listed with other villages are villages)
  if (to - from <= 2 && toks[from]!.pos === 'PROPN' && listedWithSettlements(toks, keys, to)) return 'Settlement';
  // ("the nomad camps of Aklaz and Awakassa": plural too)
  if (before === 'of' && before2 && (SITE_NOUNS.has(before2) || SITE_NOUNS.has(before2.slice(0, -1))) && to - from <= 2) return 'Settlement';
  if (before && SETTLEMENT_NOUNS.has(before)) return 'Settlement';
  // ("Koshobe, a farming settlement near …", "Silgadji, a village in Soum province": the apposition says what it is)
  const apposed = appositiveNoun(toks, keys, to);
  if (apposed && SETTLEMENT_NOUNS.has(apposed)) return 'Settlement';
  if (apposed && REGION_NOUNS.has(apposed) && apposed !== 'area') return 'Region';
  // ("Sidi, a retired warrant officer", "Aminetou, a researcher in Nouakchott": a first name a person's noun describes)
  if (apposed && PERSON_NOUNS.has(apposed) && to - from <= 2 && toks[from]!.pos === 'PROPN') return 'Person';
  // ("Karamga, an island in Lake Chad", "Wagadou, a forest north-west of Diabaly": or an apposition calls it one)
  if (appositiveNoun(toks, keys, to, LANDFORMS)) return 'Site';
  // ("their withdrawal from Kamboinsin, their base near Ouagadougou": a body's own site in apposition)
  if (keys[to] === ',' && (keys[to + 1] === 'its' || keys[to + 1] === 'their') && (SITE_NOUNS.has(keys[to + 2] ?? '') || (toks[to + 2]?.pos === 'ADJ' && SITE_NOUNS.has(keys[to + 3] ?? '')))) return 'Site';
  // "the Bohoma peninsula", "the Koudou waterfall": a name before a landform noun names that place.
  if (LANDFORMS.has(keys[to] ?? '') && !isCap(toks[to])) return 'Site';
  // "the Indelimane post", "the Inates camp": an unknown name before a site noun is the locality the site is in.
  // ("the Boungou gold mine", "the Kati military camp": over one modifier of the site noun)
  // ("Macron met the hostages at Villacoublay air base": a name before "air base" names the base itself)
  if (keys[to] === 'air' && keys[to + 1] === 'base' && !isCap(toks[to]) && to - from <= 3) return 'Site';
  const siteAt = SITE_NOUNS.has(keys[to] ?? '') ? to : startsLower(toks[to]?.text ?? '') && SITE_NOUNS.has(keys[to + 1] ?? '') ? to + 1 : -1;
  if (siteAt >= 0 && to - from === 1) return keys[from - 1] === 'the' && toks[from]!.pos === 'PROPN' ? 'Settlement' : undefined;
  // "Dogofry, Ségou" / "Tongo Tongo, Niger": a name followed by a known place is a place in it.
  // (not a person a state's title follows: "Issa Tchiroma Bakary, Cameroon's communication minister")
  const following = keys[to] === ',' && isCap(toks[to + 1]) ? gaz.names.get(keys[to + 1] ?? '') : undefined;
  if (following && !statesTitle(keys, to + 2)) {
    const next = following.map((c) => gaz.byId.get(c.id)!);
    if (next.some((e) => ['Country', 'Region', 'Settlement'].includes(e.cls))) return 'Settlement';
  }
  // ("Kankara, Katsina State", "Tegina, Rafi district": or a region the gazetteer does not know, named by its noun)
  if (keys[to] === ',' && isCap(toks[to + 1]) && to - from <= 3) {
    for (let q = to + 2; q <= to + 3 && q < toks.length; q++) {
      if (!isCap(toks[q]) && !REGION_NOUNS.has(keys[q]!)) break;
      if ((REGION_NOUNS.has(keys[q]!) || (keys[q] === 'state' && isCap(toks[q]))) && keys[q] !== 'area' && !isCap(toks[q + 1])) return 'Settlement';
    }
  }
  // ("COURT REPORT | The Hague, Wednesday 24 August 2016", "KANO, March 3, 2015": the place a dateline puts before its day)
  if (keys[to] === ',' && datelineDay(toks, keys, to + 1) && (sentence0(toks, from) || toks[from - 1]?.text === '|' || keys[from - 1] === 'the' && toks[from - 2]?.text === '|')) return 'Settlement';
  // ("Lemgheity, in northern Mauritania", "Ras el-Ma, in the Timbuktu region": a name set in a known place is a
  // place — one word, or words a particle or a hyphen joins; two plain words may be a person's name)
  // (a proper noun, not an inflected word, and set off by a comma when it opens the sentence: not "Officials in
  // Mali", "Born in Gao", "Back in Bamako")
  // (words joined by a particle after a place's preposition only: "near Ras el-Ma", not "co-founder Ahmed al-Tilemsi in
  // northern Mali"; nor the end of a longer name: "the Agreement for Peace and Reconciliation in Mali")
  // ("were killed in Tchoma Bangou and Zaroumdareye": a name listed after a town the gazetteer knows, both after a place's
  // preposition, is a town too)
  if ((before === 'and' || before === ',') && to - from === 1 && toks[from]!.pos === 'PROPN' && toks[from]!.lemma === keys[from]) {
    const listed = knownTownEndingAt(keys, gaz, from - 2);
    if (listed > 0 && PLACE_PREPOSITIONS.has(keys[listed - 1]!) && keys[listed - 1] !== 'of') return 'Settlement';
  }
  const placed = before !== undefined && PLACE_PREPOSITIONS.has(before);
  if ((to - from === 1 || (placed && nameWords.some((w) => w === '-' || ARABIC_PARTICLES.has(w)))) && toks[from]!.pos === 'PROPN' && toks[to - 1]!.pos === 'PROPN'
    && toks[from]!.lemma === keys[from] && (from > 0 || keys[to] === ',') && !((before === 'and' || before === 'of' || before === 'for') && isCap(toks[from - 2]) && !listedAfterPlacePreposition(toks, keys, from - 2))) {
    let q = to;
    if (keys[q] === ',') q++;
    // (not whom one meets or receives there: "the president met Macron in Paris")
    if (keys[q] === 'in' && !(q === to && MEETING_VERBS.has(toks[from - 1]?.lemma ?? ''))) {
      q++;
      while (q < to + 9 && BEARINGS.has(keys[q] ?? '')) q++;
      const wider = isCap(toks[q]) ? gaz.names.get(keys[q]!) : undefined;
      if (wider?.some((c) => ['Country', 'Region', 'Settlement'].includes(gaz.byId.get(c.id)!.cls))) return 'Settlement';
    }
  }
  // ("near Adab-Dab": words a hyphen joins are one)
  if (before && NEAR_WORDS.has(before) && to - from - nameWords.filter((w) => w === '-').length <= 2) return 'Settlement';
  // ("an assault on Fotokol", "attacks on Gajiram and Monguno": what an attack is "on", when no head says otherwise)
  if (before === 'on' && ASSAULT_NOUNS.has(keys[from - 2] ?? '') && to - from <= 2) return 'Settlement';
  // "the so-called Point Triple, where the borders … meet": a relative "where" follows a place.
  if (keys[to] === ',' && keys[to + 1] === 'where') return 'Settlement';
  // "a geologist working for Progress Minerals", "a mine operated by Avocet Mining": an employer or an operator.
  if ((before === 'for' || before === 'by') && EMPLOYING.has(keys[from - 2] ?? '')) return 'Organization';
  // "SEMAFO said", "operated by SEMAFO": a word of four capitals or more that no rule knows is an
  // organisation's short name (not a weapon's or a trade's: "VBIED", "COVID").
  if (to - from === 1 && /^[A-Z][A-Z0-9]{3,}$/.test(toks[from]!.text) && !NOT_ORGANISATIONS.has(nameWords[0]!)) return 'Organization';
  // Two to four name-like words with no head: a person ("Doundou Chefou", "Wassim Nasr") — unless they
  // modify a common noun ("Super Puma helicopters", "Telegram channel"): then they name a thing.
  // (counted without the particles inside Arabic names: "Ahmad al-Faqi al-Mahdi" has three words, "Al-Mahdi" two)
  const plain = nameWords.filter((w, q) => w !== '-' && w !== "'" && (q === 0 || !ARABIC_PARTICLES.has(w)));
  const modifier = toks[to]?.pos === 'NOUN' && startsLower(toks[to]!.text);
  // ("Asha-Rose Migiro": a capitalised word a hyphen joins is a name's, whatever the tagger read it as)
  const hyphened = (q: number) => (toks[q - 1]?.text === '-' && toks[q - 1]!.end === toks[q]!.start) || (toks[q + 1]?.text === '-' && toks[q]!.end === toks[q + 1]!.start);
  if (!modifier && plain.length >= 2 && plain.length <= 4 && toks.slice(from, to).every((t, q) => t.pos === 'PROPN' || t.text === '-' || CONNECTORS.has(t.text.toLowerCase()) || (isCap(t) && hyphened(from + q))))
    return 'Person';
  return undefined;
}

/** Words before a name that set it in a place ("near Ras el-Ma"); and those that make a short name a town ("in Gao"). */
/** Are the capitalised words up to `end` the first of a list after a place's preposition: "killed in Tchoma Bangou and …"? */
function listedAfterPlacePreposition(toks: readonly Token[], keys: readonly string[], end: number): boolean {
  let q = end;
  while (q > end - 3 && q > 0 && isCap(toks[q])) q--;
  return q < end && LIST_PLACE_PREPOSITIONS.has(keys[q]!);
}
/** Verbs whose object is a person met: "met Macron in Paris". */
const MEETING_VERBS = new Set(['meet', 'receive', 'host', 'welcome', 'thank', 'call', 'phone', 'brief', 'tell', 'congratulate']);
const LIST_PLACE_PREPOSITIONS = new Set(['in', 'near', 'at', 'around', 'outside']);
/** Where a town the gazetteer knows, named by the words up to `end`, starts (-1 when none ends there). */
function knownTownEndingAt(keys: readonly string[], gaz: GazetteerIndex, end: number): number {
  for (let from = Math.max(0, end - 2); from <= end; from++) {
    const named = gaz.names.get(keys[from] ?? '');
    if (named?.some((c) => c.cls === 'Settlement' && c.keys.length === end - from + 1 && c.keys.every((k, i) => k === keys[from + i]))) return from;
  }
  return -1;
}
const PLACE_PREPOSITIONS = new Set(['near', 'at', 'in', 'from', 'to', 'around', 'outside', 'of']);
const NEAR_WORDS = new Set(['in', 'near', 'outside', 'around', 'towards', 'toward', 'at', 'neighbouring', 'neighboring', 'nearby']);
/** The quotes around a quoted name (“Naylor Road”). */
const OPENING_QUOTES = new Set(['“', '"', '«', '‘', "'"]);
const CLOSING_QUOTES = new Set(['”', '"', '»', '’', "'"]);
/** Starts with a–z (what /^[a-z]/ tests, without a regex). */
const startsLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
};
/** Has a lower-case letter (what /\p{Ll}/u tests; most sentences have one of a–z in their first words). */
const hasLowerCase = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return /\p{Ll}/u.test(text);
};

/** Whether the capitalised words from `j` end in an organisation's head ("… Development Association"). */
function opensOrganisation(toks: Token[], keys: string[], j: number): boolean {
  let k = j;
  while (k < toks.length && k < j + 4 && isCap(toks[k]) && toks[k]!.pos !== 'PUNCT') k++;
  const head = NAME_HEADS[keys[k - 1] ?? ''];
  return k > j && (head === 'Organization' || head === 'ArmedGroup');
}

/** Whether a token stands on a line written all in capitals (a heading), which names nothing the gazetteer does not know. */
function inHeading(sentence: Sentence, t: Token): boolean {
  const at = t.start - sentence.start;
  const from = sentence.text.lastIndexOf('\n', at) + 1;
  const nl = sentence.text.indexOf('\n', at);
  const line = sentence.text.slice(from, nl < 0 ? undefined : nl);
  return line.length > 3 && !/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}/u.test(line);
}

/** Does a dateline's day start at token `q`: "Wednesday 24 August 2016", "March 3, 2015", "24 August"? */
function datelineDay(toks: Token[], keys: string[], q: number): boolean {
  if (WEEKDAYS.has(keys[q] ?? '')) q += keys[q + 1] === ',' ? 2 : 1;
  return (/^\d{1,2}$/.test(toks[q]?.text ?? '') && MONTHS.has(keys[q + 1] ?? '')) || (MONTHS.has(keys[q] ?? '') && /^\d{1,2}$/.test(toks[q + 1]?.text ?? ''));
}
/** Is token `from` the first of its sentence, past an article ("The Hague")? */
const sentence0 = (toks: Token[], from: number): boolean => from === 0 || (from === 1 && toks[0]!.pos === 'DET');

/**
 * The head noun of an indefinite apposition right after a name ("X, a small fishing village"), if any: one of the place
 * and person nouns, or of the nouns `heads` holds (", a joint task force …").
 */
function appositiveNoun(toks: Token[], keys: string[], to: number, heads: ReadonlySet<string> = APPOSED_HEADS): string | undefined {
  // ("Nodin and Soro, two villages in Thiou department": a number before a plural)
  if (keys[to] === 'and' && isCap(toks[to + 1])) {
    let end = to + 1;
    while (end < toks.length && isCap(toks[end])) end++;
    const plural = toks[end + 1]?.pos === 'NUM' ? appositiveNoun(toks, keys, end, heads) : undefined;
    return plural && /s$/.test(plural) ? plural : undefined;
  }
  // ("Kerawa is a market town in …": or a copula)
  if ((keys[to] !== ',' && keys[to] !== 'is' && keys[to] !== 'was') || (keys[to + 1] !== 'a' && keys[to + 1] !== 'an' && keys[to + 1] !== 'the' && toks[to + 1]?.pos !== 'NUM')) return undefined;
  for (let k = to + 2; k < Math.min(toks.length, to + 7); k++) {
    const t = toks[k]!;
    // ("Gamboru, the Nigerian border town opposite": a demonym among the modifiers)
    if (DEMONYM_SHAPE.test(t.text)) continue;
    // ("Mafa, a farming and trading community in …": modifiers joined by "and")
    if (keys[k] === 'and' && k > to + 2) continue;
    if (!/^[a-z]/.test(t.text) || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'VERB')) return undefined;
    // (a community set in a place is a locality: "a trading community in Tarmuwa"; "a herding community" is a people)
    if (keys[k] === 'community' && heads === APPOSED_HEADS) return keys[k + 1] === 'in' || keys[k + 1] === 'near' ? 'locality' : undefined;
    if (heads.has(keys[k]!)) return keys[k];
  }
  return undefined;
}
const APPOSED_HEADS: ReadonlySet<string> = new Set([...SETTLEMENT_NOUNS, ...REGION_NOUNS, ...PERSON_NOUNS]);

/**
 * Is the name ending at `to` set beside an organisation's noun ("…, a South African-based conservation group", "…, a
 * French mining company", "…, an aid charity")? Its modifiers may be capitalised or hyphenated; a "group" is a civil
 * one only after a plain noun or adjective that is no armed kind ("a rights group", not "a jihadist group").
 */
/** Nouns of an armed body by themselves ("a rebellion, the SCUD"), and those that are one with an armed adjective ("an armed group, the X"). */
const REBELLIONS = new Set(['rebellion', 'insurgency', 'militia']);
const ARMED_BODIES = new Set(['group', 'movement', 'faction', 'coalition', 'alliance']);

/** Nouns of a body made of others ("a coalition of …"), and the civil members that make it a civil body. */
const GROUPINGS = new Set(['coalition', 'alliance', 'platform', 'umbrella', 'collective', 'federation', 'grouping', 'network']);
const CIVIL_MEMBERS = new Set(['parties', 'associations', 'unions', 'organisations', 'organizations', 'society', 'trade', 'ngos', 'youth', 'women']);

function apposedOrganisation(toks: Token[], keys: string[], to: number): boolean {
  if (keys[to] !== ',' || (keys[to + 1] !== 'a' && keys[to + 1] !== 'an')) return false;
  for (let k = to + 2; k < Math.min(toks.length, to + 9); k++) {
    const t = toks[k]!;
    if (t.text === '-' && toks[k - 1]!.end === t.start) continue;
    if (t.pos === 'PUNCT' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'PRON') return false;
    // ("Wakit Tama, a coalition of opposition parties and civil society groups": a body of civil members is a civil one)
    if (GROUPINGS.has(keys[k]!) && keys[k + 1] === 'of') return keys.slice(k + 2, k + 7).some((w) => CIVIL_MEMBERS.has(w)) && !keys.slice(k + 2, k + 7).some((w) => ARMED_KINDS.has(w));
    if (!startsLower(t.text) || !ORG_DESCRIPTORS.has(keys[k]!)) continue;
    if (keys[k] !== 'group' && keys[k] !== 'network' && keys[k] !== 'party') return true;
    return k > to + 2 && startsLower(toks[k - 1]!.text) && !ARMED_KINDS.has(keys[k - 1]!);
  }
  return false;
}

/**
 * The armed men of a body the name ending at `to` is set beside ("…, a coalition of Chadian rebels", "…, the UFR, an
 * alliance of armed groups"), if it is: over a short name in between; the apposition's head is a body, its complement armed men.
 */
function armedApposition(toks: Token[], keys: string[], to: number): string | undefined {
  let at = to;
  if (keys[at] === ',' && (keys[at + 1] === 'the' || keys[at + 1] === 'or') && /^[A-Z]{2,}$/.test(toks[at + 2]?.text ?? '') && keys[at + 3] === ',') at += 3;
  if (keys[at] !== ',' || (keys[at + 1] !== 'a' && keys[at + 1] !== 'an')) return undefined;
  let k = at + 2;
  while (k < at + 5 && toks[k]?.pos === 'ADJ') k++;
  if (!BODIES.has(keys[k] ?? '') || keys[k + 1] !== 'of') return undefined;
  for (let q = k + 2; q < k + 6 && q < toks.length; q++) {
    if (ARMED_MEN.has(keys[q]!)) return keys[q];
    if (toks[q]!.pos === 'PUNCT') return undefined;
  }
  return undefined;
}
const BODIES = new Set(['coalition', 'alliance', 'federation', 'union', 'grouping', 'umbrella', 'front', 'group', 'movement', 'network']);
const ARMED_MEN = new Set(['rebels', 'fighters', 'militants', 'jihadists', 'insurgents', 'militias', 'gunmen', 'combatants', 'mercenaries', 'groups']);
/** Nouns of an apposition that say a name is a force's: "Operation Flush, a joint task force …". */
const FORCE_APPOSITIONS = new Set(['force', 'unit', 'contingent', 'battalion', 'brigade', 'squad', 'garrison']);

/** Does a state's possessive at `at` open a title ("Cameroon's communication minister", "Niger's ambassador")? */
function statesTitle(keys: readonly string[], at: number): boolean {
  if (keys[at] !== "'s") return false;
  for (let q = at + 1; q <= at + 4 && q < keys.length && keys[q] !== ','; q++) if (TITLES.has(keys[q]!) || PERSON_NOUNS.has(keys[q]!)) return true;
  return false;
}

/** Words that NOT_NAMES strips from the start of a run but that belong inside an organisation's name. */
const NAME_WORDS = new Set(['islamist', 'jihadist', 'separatist', 'rebel', 'islamic', 'special', 'forces', 'army', 'military', 'government',
  'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'greater', 'upper', 'lower', 'first', 'second', 'third']);

/** Titles by which a person named before is referred to again: "the spokesman said". */
/** Facilities named by a proper name before a common head ("the Splendid hotel"): unlike a "camp", never the town's name. */
const PERSON_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'commander', 'prosecutor', 'governor', 'mayor', 'ambassador', 'envoy',
  // (a person's own calling, read again: "a French Catholic priest, Georges Vandenbeusch, … The priest was freed")
  'priest', 'pilot', 'journalist', 'reporter', 'engineer', 'teacher', 'doctor', 'nurse', 'missionary', 'nun', 'imam', 'preacher', 'cleric']);

/** Words after a district's name ("Gubio LGA", "Nganzai Local Government Area", "Borno State"). */
const DISTRICT_WORDS = new Set(['lga', 'lgas', 'local', 'state']);

/** Acts named as a group's own ("its departure", "their withdrawal"): the owner is their agent. */
const OWN_ACTS = new Set(['departure', 'withdrawal', 'pullout', 'exit', 'retreat', 'arrival', 'offensive', 'deployment']);

/** What belongs to a person and is attacked as him: "his convoy", "her motorcade". */
const PERSONAL_TARGETS = new Set(['convoy', 'motorcade', 'hideout', 'residence', 'bodyguards', 'escort', 'entourage', 'body']);

/** Seizures of power, which their possessor made: "his coup", "their putsch". */
const SEIZURES = new Set(['coup', 'putsch', 'takeover', 'seizure']);
/** What belongs to a force and is attacked as it: "its convoy", "their positions". */
const UNIT_TARGETS = new Set(['convoy', 'convoys', 'patrol', 'patrols', 'positions']);

/** Nouns of an assault on a place ("an attack on X"). */
const ASSAULT_NOUNS = new Set(['attack', 'attacks', 'assault', 'assaults', 'raid', 'raids', 'offensive', 'strike', 'strikes', 'airstrike', 'airstrikes', 'advance']);


/** Common nouns that introduce the name of an organisation: "the French daily X", "the aid organisation X". */
const ORG_DESCRIPTORS = new Set(['daily', 'weekly', 'newspaper', 'magazine', 'broadcaster', 'agency', 'organisation', 'organization',
  'ngo', 'charity', 'group', 'groups', 'company', 'firm', 'network', 'outlet', 'website', 'channel', 'association', 'foundation', 'party',
  'subsidiary', 'contractor', 'conglomerate']);
/** Nouns of an outlet that speaks for a body ("its media outlet, al-Zallaqa", "the group's news agency, Amaq"). */
const MEDIA_NOUNS = new Set(['outlet', 'agency', 'website', 'channel', 'newspaper', 'broadcaster']);
/** Common nouns after a name that say it is an organisation's: "the Amaq news agency", "the Daily Trust newspaper". */
const ORG_AFTER = new Set(['agency', 'newspaper', 'daily', 'weekly', 'broadcaster', 'channel', 'website', 'outlet', 'charity', 'ngo', 'firm', 'company']);
/** "the rebel group X", "the armed group X": a group of fighters, not an organisation. */
const ARMED_KINDS = new Set(['armed', 'rebel', 'jihadist', 'islamist', 'militant', 'separatist', 'extremist', 'terrorist', 'insurgent', 'self-defence', 'self-defense', 'vigilante', 'ethnic']);

/** "Islamist Macina Liberation Front": the orientation word just before a group's name. */
function featureBefore(keys: string[], from: number): string | undefined {
  const w = keys.slice(Math.max(0, from - 2), from);
  if (w.some((k) => /^(islamist|jihadist|terrorist)s?$/.test(k))) return 'jihadist';
  if (w.some((k) => /^(separatist|rebel|independence)s?$/.test(k))) return 'separatist';
  return undefined;
}

// The words of a run of capitalised tokens, keys[i..last] (the unknown names of findMentions), read with loops:
// they run for every such run of every sentence.

/** Does a head word with its complement come before token `j` ("Front for Change and …", "Movement for Justice and …")? */
function headWithComplement(keys: readonly string[], i: number, j: number): boolean {
  for (let q = i + 1; q < j; q++) if ((keys[q] === 'for' || keys[q] === 'of' || keys[q] === 'against') && NAME_HEADS[keys[q - 1]!] !== undefined) return true;
  return false;
}
/** A run with no connector but hyphens ("Operation Panga in the Foulsaré" has one). */
function plainName(keys: readonly string[], i: number, last: number): boolean {
  for (let q = i; q <= last; q++) if (CONNECTORS.has(keys[q]!) && keys[q] !== '-') return false;
  return true;
}
/** Offset in the run of its first title followed by "of" ("Chief of Staff"), or -1. */
function titleOfAt(keys: readonly string[], i: number, last: number): number {
  for (let q = i; q <= last; q++) if (TITLES.has(keys[q]!) && keys[q + 1] === 'of') return q - i;
  return -1;
}
const HEAD_CUTS = new Set(['without', 'of', 'for', 'in', 'pour', 'de', 'du', 'des']);
/** Offset in the run of its first "of"/"for"/"in" after its first word, or -1. */
function headCut(keys: readonly string[], i: number, last: number): number {
  for (let q = i + 1; q <= last; q++) if (HEAD_CUTS.has(keys[q]!)) return q - i;
  return -1;
}
/** Is token `q` a title word? ("Security Minister X", "Communication Minister X": the portfolio is part of the title) */
function titleWordAt(keys: readonly string[], q: number, last: number): boolean {
  return isTitleAt(keys, q) || (keys[q + 1] === 'minister' && q < last);
}
/** Is token `q`, at the start of a run, a word left out of the name: a function word, a title, an ethnic name or a
 * demonym (an organisation's name, `organisation`, keeps all but function words)? */
function notOfName(toks: readonly Token[], keys: readonly string[], cues: readonly number[], q: number, last: number, organisation: boolean, headed: boolean): boolean {
  return organisation ? NOT_NAMES.has(keys[q]!) && !NAME_WORDS.has(keys[q]!)
    : NOT_NAMES.has(keys[q]!) || titleWordAt(keys, q, last) || (cues[q]! & ETHNIC) !== 0 || (cues[q]! & DEMONYM) !== 0 && !headed
      // ("Israeli Prime Minister Benjamin Netanyahu": a demonym the gazetteer does not know, before a title)
      || (DEMONYM_SHAPE.test(toks[q]!.text) && q < last && titleWordAt(keys, q + 1, last))
      // ("its West African province", "North African jihadists": the adjective of a part of a continent)
      || (q > 0 && COMPASS.includes(keys[q - 1]!) && /^[A-Z][a-z]+an$/.test(toks[q]!.text));
}
/** Are the run's words keys[from..to) all function words or connectors (hyphens aside)? */
function onlyFunctionWords(keys: readonly string[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (keys[q] !== '-' && !NOT_NAMES.has(keys[q]!) && !CONNECTORS.has(keys[q]!)) return false;
  return true;
}


/** Words that count the other items of a list: "and a number of smaller hamlets", "and several other villages". */
const OTHERS = new Set(['a', 'number', 'of', 'several', 'other', 'some', 'many', 'few', 'dozens', 'scores', 'nearby', 'surrounding', 'neighbouring', 'neighboring', 'smaller']);

/** Does the list the name ending at `to` is in end with "and" and villages in the plural ("…, Wistane and a number of smaller hamlets")? */
function listedWithSettlements(toks: readonly Token[], keys: readonly string[], to: number): boolean {
  let q = to;
  // (past the names listed after it, each one or two capitalised words)
  for (let guard = 0; keys[q] === ',' && isCap(toks[q + 1]) && guard < 8; guard++) {
    q += 2;
    if (isCap(toks[q])) q++;
  }
  if (keys[q] === ',') q++;
  if (keys[q] !== 'and' && keys[q] !== 'or') return false;
  q++;
  for (let guard = 0; guard < 5 && (OTHERS.has(keys[q] ?? '') || toks[q]?.pos === 'ADJ' || toks[q]?.pos === 'NUM'); guard++) q++;
  const noun = keys[q] ?? '';
  return noun.endsWith('s') && SETTLEMENT_NOUNS.has(noun);
}
