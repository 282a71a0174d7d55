// In-document resolution: mention candidates become entities. Gazetteer names resolve to their
// entry; unknown names to a slug of the name; "Long Name (ACR)" and bare surnames join their entity;
// descriptions ("the army", "the separatists") and pronouns to the entity they stand for.
import type { Entity, EntityClass, GazetteerEntry, Mention, Segmented, Sentence, Token } from '../types.ts';
import { isPlaceClass } from '../types.ts';
import type { MentionCandidate } from '../extract/mentions.ts';
import { fold, nameKeys, type GazetteerIndex } from './index-gazetteer.ts';
import { entryHeadings, lineTopics, paragraphStarts } from './topics.ts';
import { governingPreposition } from '../extract/clause.ts';
import { BACK_REFERENCES, BE, ENVOYS, EVENT_TRIGGERS, isTitleAt, NAME_HEADS, POSSESSIVES, RAPPROCHEMENT, REGION_NOUNS, TITLES, type DescriptionSense } from '../extract/lexicon.ts';

/** A mention after resolution, with what fact extraction needs to know about its entity. */
export interface ResolvedMention extends Mention {
  cls: EntityClass;
  from: number;
  to: number;
  /** Named only in a compound modifier that ties another to it ("al-Qaeda-linked"): no actor of the sentence. */
  tie?: boolean;
  /** One of the actors a count stands for ("the two juntas", resolve/counted.ts): a state counted acts as one named. */
  counted?: boolean;
}

export interface DocumentEntities {
  entities: Entity[];
  /** Resolved mentions per sentence, in text order (not ties). */
  bySentence: ResolvedMention[][];
  /** By sentence index, the groups it names only in a tie ("al-Qaeda-linked militants"): entities of the article,
   * for the rule that reads the tie, no party of the rest. */
  ties: ReadonlyMap<number, readonly ResolvedMention[]>;
  /** The country the article is mostly about (gazetteer id), if any. */
  focusCountry?: string;
  /** Per sentence, the actor of the heading that opens its line (topics.ts), if any. */
  topics: (ResolvedMention | undefined)[];
  /** Per sentence, the index of the sentence heading its dated entry (topics.ts), if any. */
  entries: (number | undefined)[];
}

const RELATIVE_WHO = new Set(['who', 'which']);
/** Descriptions of a military government, the one of its state at the article's date: "the junta", "the putschists". */
const JUNTA = /\b(junta|putschists|coup leaders|coup makers|new rulers|military rulers)\b/i;
/** Words that give a second name: "X, alias Y", "X, aka Y", "X, nicknamed Y". */
const ALIAS_WORDS = new Set(['alias', 'aka', 'a.k.a.', 'nicknamed', 'dubbed']);

/** Verbs of leaving or joining a body ("were leaving it", "quit it", "joined it"): what they take is a bloc. */
const BLOC_VERBS = new Set(['leave', 'quit', 'exit', 'rejoin', 'join']);

/** Lower-case ASCII slug for IRIs: "Assimi Goïta" → "assimi-goita". */
// (one pass over the folded name, not four regular expressions: it is made for every name of every article)
export const slug = (s: string): string => {
  const f = fold(s);
  let out = '';
  let gap = false;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    // (apostrophes are dropped, not made gaps: "N'Djamena" -> "ndjamena")
    if (c === 39 || c === 0x2019) continue;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out.length > 0) out += '-';
      gap = false;
      out += f[i];
    } else gap = true;
  }
  return out.slice(0, 80) || 'unnamed';
};

// For groups the gazetteer does not know: what the words of their names say about them.
const ORIENTATION_HINTS: [RegExp, string][] = [
  [/\b(islam|islamic|islamist|jihad|jihadist|mujahid\w*|ansar\w*|katiba|sharia|caliphate|qaeda|qaida|emirate)\b/i, 'jihadist'],
  [/\b(liberation|independence|separatist|rebel\w*|coordination|movement for|front for|azawad|self-defen[cs]e)\b/i, 'separatist'],
];

/** Does one of an entity's names match? (The same as matching them joined by " | ": no pattern here spans a space
 * and a bar; tested one by one, no string is made for every entity a description weighs.) */
function anyName(e: { label: string; altLabels: string[] }, re: RegExp): boolean {
  if (re.test(e.label)) return true;
  for (const a of e.altLabels) if (re.test(a)) return true;
  return false;
}
const MISSION = /mission/i;
/** Words that make a mission the UN's: "UN peacekeepers", "United Nations mission", "peacekeepers", "blue helmets". */
const UN_WORDING = /\b(?:UN\b|U\.N\.|United Nations\b|peacekeep|blue helmets\b)/i;
const GOVERNING = /\b(government|junta|council|committee|authorities|administration|regime|presidency)\b/i;

/** The orientation of an armed group: its gazetteer note, else what its names say. */
function orientation(e: { label: string; altLabels: string[]; feature?: string }): string | undefined {
  if (e.feature) return e.feature;
  for (const [re, f] of ORIENTATION_HINTS) if (anyName(e, re)) return f;
  return undefined;
}

interface Draft extends Entity {
  feature?: string;
  named: number;
  first: number;
  /** The gazetteer's entry of the entity, whose aliases and acronyms start its `altLabels`. */
  entry: GazetteerEntry | undefined;
}

/** The id of a state's force or government that the gazetteer does not list ("benin-armed-forces"). */
export function stateBodyId(state: string, cls: 'StateForce' | 'Government'): string {
  return `${state}-${cls === 'StateForce' ? 'armed-forces' : 'government'}`;
}

// The tokens of a sentence that its candidates cover (see `bareNames`): one buffer for every document.
let coveredBuffer = new Uint8Array(256);

/** The phrase of `options` that the uncovered tokens from `k` spell, word by word (folded), if any. */
function phraseAt<P extends { words: string[] }>(options: readonly P[] | undefined, tokens: Sentence['tokens'], covered: Uint8Array, k: number): P | undefined {
  if (!options) return undefined;
  next: for (const p of options) {
    if (k + p.words.length > tokens.length) continue;
    for (let q = 0; q < p.words.length; q++) if (covered[k + q] === 1 || fold(tokens[k + q]!.text) !== p.words[q]) continue next;
    return p;
  }
  return undefined;
}

/** Resolves one document's mention candidates (all sentences, in order) to entities. */
export function resolveEntities(seg: Segmented, candidates: MentionCandidate[][], gaz: GazetteerIndex): DocumentEntities {
  const r = new Resolution(seg, candidates, gaz);
  const { drafts, resolved, focusCountry, entries } = r;
  // (loops over the candidates as they are when a pass starts: pass 2 adds some)
  // Pass 1: names (gazetteer and unknown), acronym definitions, and ministries (named by their state).
  for (let si = 0; si < candidates.length; si++) for (let ci = 0, cs = candidates[si]!, n = cs.length; ci < n; ci++) r.resolveName(si, ci, cs[ci]!);
  // Pass 2: acronyms defined in the text and bare surnames of persons become mentions too.
  r.bareNames();
  // Pass 3: countries named by a demonym alone.
  for (let si = 0; si < candidates.length; si++) for (let ci = 0, cs = candidates[si]!, n = cs.length; ci < n; ci++) {
    const c = cs[ci]!;
    if (c.ref.type === 'country' && gaz.byId.has(c.ref.id)) r.attach(si, ci, r.fromEntry(c.ref.id, c.start), false);
  }
  // Pass 4: descriptions, after every name is known (a description may come before the name).
  for (let si = 0; si < candidates.length; si++) for (let ci = 0, cs = candidates[si]!, n = cs.length; ci < n; ci++) r.resolveDescription(si, ci, cs[ci]!);
  // Pass 5: pronouns stand for the subject of their sentence, else of the sentence before (or for a briefing's heading).
  const topics = lineTopics(seg.doc.text, seg.sentences, resolved);
  for (let si = 0; si < candidates.length; si++) for (let ci = 0, cs = candidates[si]!, n = cs.length; ci < n; ci++) r.resolvePronoun(si, ci, cs[ci]!, topics);
  // Pass 6: groups named in a tie only.
  for (let si = 0; si < candidates.length; si++) for (let ci = 0, cs = candidates[si]!, n = cs.length; ci < n; ci++) {
    const c = cs[ci]!;
    if (c.tie && c.ref.type === 'known') r.attach(si, ci, r.fromEntry(c.ref.id, c.start), false);
  }

  // An entity exists through mentions that name or describe it (not through pronouns alone).
  const entities: Entity[] = [];
  const kept = new Set<string>();
  for (const d of drafts.values()) {
    if (!d.mentions.some(notPronoun)) continue;
    // (the entity's own fields, in the order a draft holds them, without the draft's bookkeeping: named, first,
    // feature. Spelt out: an object rest copies through the runtime, for every entity of every article.)
    entities.push({ id: d.id, cls: d.cls, label: d.label, known: d.known, altLabels: r.keptAliases(d), mentions: d.mentions, docs: d.docs });
    kept.add(d.id);
  }
  // Per sentence, its mentions of kept entities in text order, the ties apart.
  const bySentence: ResolvedMention[][] = [];
  const ties = new Map<number, ResolvedMention[]>();
  for (let si = 0; si < resolved.length; si++) {
    const row: ResolvedMention[] = [];
    let tied: ResolvedMention[] | undefined;
    for (const m of byStart(resolved[si]!)) {
      if (m.tie) (tied ??= []).push(m);
      else if (kept.has(m.entity)) row.push(m);
    }
    bySentence.push(row);
    if (tied) ties.set(si, tied.filter((m) => kept.has(m.entity)));
  }
  return {
    entities: entities.sort((a, b) => a.id.localeCompare(b.id)),
    bySentence,
    ties,
    ...(focusCountry ? { focusCountry } : {}),
    topics,
    entries,
  };
}

/** One document's resolution in progress: the entities drafted so far, what each candidate resolved to, and what the
 * passes learn on the way (acronyms and aliases the text defines, descriptions bound to a name). Its methods are the
 * passes and their helpers (methods, not closures made for every document: tsx's keepNames names each closure made). */
class Resolution {
  readonly seg: Segmented;
  readonly candidates: MentionCandidate[][];
  readonly gaz: GazetteerIndex;
  readonly docId: string;
  readonly drafts = new Map<string, Draft>();
  /** Per sentence, per candidate: its mention once resolved. */
  readonly resolved: (ResolvedMention | undefined)[][];
  /** Folded names of the drafts so far, so that an unknown name finds its entity without rescanning them all. */
  readonly byName = new Map<string, Draft>();
  /** Full names of the persons of the whole document (a headline may use the short form first): "Abou Zeid" or "Captain
   * Traoré" is "Abdelhamid Abou Zeid" or "Ibrahim Traoré" when he is the only person whose name ends so. */
  readonly fullNames = new Map<string, { id: string; label: string; known: boolean }>();
  /** The country the article is about: descriptions of state bodies without a country are its own. */
  readonly focusCountry: string | undefined;
  /** A state's operation the article names its troops by ("French troops of Operation Barkhane"): from there on, that
   * state's troops described again ("the French military", "French soldiers") are that operation's, unless a branch is named. */
  readonly operations = new Map<string, { si: number; id: string }>();
  /** Acronyms the text defines ("Long Name (ACR)") → the entity they name. */
  readonly acronymOf = new Map<string, string>();
  /** "X, also known as Y": the entity named at "sentence:token". */
  readonly aliasOf = new Map<string, Draft>();
  /** Descriptions bound to a name once ("jihadists, particularly JNIM"), by class, feature and head word. */
  readonly bindings = new Map<string, Draft>();
  /** Per sentence, the index of the sentence heading its dated entry (topics.ts), if any. */
  readonly entries: (number | undefined)[];
  /** Per sentence, the index of the first sentence of its paragraph. */
  readonly paragraphs: number[];
  /** The words the article writes with a capital (see `writes`). */
  written: Set<string> | undefined = undefined;

  constructor(seg: Segmented, candidates: MentionCandidate[][], gaz: GazetteerIndex) {
    this.seg = seg;
    this.candidates = candidates;
    this.gaz = gaz;
    this.docId = seg.doc.id;
    this.resolved = candidates.map((cs) => cs.map(() => undefined));
    for (const cs of candidates) for (const c of cs) {
      if (c.ref.type === 'known' && gaz.byId.get(c.ref.id)?.cls === 'Person') this.fullNames.set(fold(c.text), { id: c.ref.id, label: c.text, known: true });
      else if (c.ref.type === 'name' && c.ref.cls === 'Person') this.fullNames.set(fold(c.ref.label), { id: slug(c.ref.label), label: c.ref.label, known: false });
    }
    this.focusCountry = focus(seg, candidates, gaz);
    for (let si = 0; si < candidates.length; si++) for (const c of candidates[si]!) {
      if (c.kind !== 'description' || c.ref.type !== 'known') continue;
      const e = gaz.byId.get(c.ref.id);
      if (e?.cls === 'StateForce' && e.country && !this.operations.has(e.country) && e.memberOf.includes(gaz.forceOf.get(e.country) ?? '')) this.operations.set(e.country, { si, id: e.id });
    }
    this.entries = entryHeadings(seg.doc.text, seg.sentences);
    this.paragraphs = paragraphStarts(seg.doc.text, seg.sentences);
  }

  /** Notes a name of a draft, unless an earlier draft has it. */
  remember(d: Draft, name: string) {
    const k = fold(name);
    if (!this.byName.has(k)) this.byName.set(k, d);
  }

  /** The draft of entity `id`, made the first time (with the gazetteer's names, when it has the entity). */
  entity(id: string, cls: EntityClass, label: string, known: boolean, at: number): Draft {
    const { gaz, docId, drafts, byName } = this;
    let d = drafts.get(id);
    if (!d) {
      const entry = gaz.byId.get(id);
      // (one shape for every draft: `feature` is there, undefined, when the gazetteer gives none)
      d = { id, cls, label, known, altLabels: entry ? entry.aliases.concat(entry.acronyms) : [], mentions: [], docs: [docId], named: 0, first: at, feature: entry?.orientation, entry };
      drafts.set(id, d);
      // (its label, then the gazetteer's names)
      const names = entry ? foldedNames(entry) : NO_NAMES;
      const own = entry?.label === label;
      if (!own) this.remember(d, label);
      for (let k = own ? 0 : 1; k < names.length; k++) if (!byName.has(names[k]!)) byName.set(names[k]!, d);
    }
    return d;
  }

  /** Resolves candidate `ci` of sentence `si` to a draft; `named` when the candidate names it (no description, no pronoun). */
  attach(si: number, ci: number, d: Draft, named: boolean) {
    const { candidates, docId, resolved } = this;
    const c = candidates[si]![ci]!;
    const m: ResolvedMention = { start: c.start, end: c.end, text: c.text, sentence: c.sentence, doc: docId, kind: c.kind, entity: d.id, cls: d.cls, from: c.from, to: c.to };
    if (c.tie) m.tie = true;
    resolved[si]![ci] = m;
    d.mentions.push(m);
    if (named) d.named++;
    // Pronouns and bare demonyms ("Malian", the "US" of "a US airstrike") point at an entity without being names of it.
    // A description its owner names ("Ansar Dine fighters") is no name of that owner: the whole phrase is.
    const label = c.owned ? c.owned.alias : c.text;
    if (label !== undefined && c.kind !== 'pronoun' && c.ref.type !== 'country' && !(c.kind === 'description' && this.gaz.demonyms.has(fold(c.text)))
      && label !== d.label && !d.altLabels.includes(label)) {
      d.altLabels.push(label);
      if (named) this.remember(d, label);
    }
  }

  /** The draft of a gazetteer entry. */
  fromEntry(id: string, at: number) {
    const { gaz } = this;
    const e = gaz.byId.get(id)!;
    return this.entity(e.id, e.cls, e.label, true, at);
  }

  metonymGovernment(si: number, c: MentionCandidate): string | undefined {
    const { seg, gaz } = this;
    const e = c.ref.type === 'known' ? gaz.byId.get(c.ref.id) : undefined;
    // ("France said", "Bamako insists"; not "the defence ministry in Paris said": the ministry speaks)
    const state = e?.capitalOf ?? (e?.cls === 'Country' && c.kind === 'name' ? e.id : undefined);
    if (!state) return undefined;
    const t = seg.sentences[si]!.tokens;
    // ("Bamako's decision", "wary of Niamey's rapprochement with Russia": a capital's policy is its government's,
    // whatever governs the phrase)
    if (e?.capitalOf && /^['’]s$/.test(t[c.to]?.text ?? '')) {
      let h = c.to + 1;
      while (t[h]?.pos === 'ADJ') h++;
      return POLICY_NOUNS.has(t[h]?.norm ?? '') ? gaz.governmentOf.get(state) : undefined;
    }
    // ("recalled their ambassadors from Bamako": the capital envoys are recalled from is its state's government)
    if (e?.capitalOf && t[c.from - 1]?.norm === 'from' && ENVOYS.has(t[c.from - 2]?.norm ?? '')) return gaz.governmentOf.get(state) ?? stateBodyId(state, 'Government');
    // ("the junta drew closer to Moscow", "Niamey broke with Paris": a capital a state turns to or breaks with is its
    // state's government)
    // ("accuses Cotonou of hosting French troops": a capital accused, warned or condemned is its government too)
    if (e?.capitalOf && (TURNED_TO.has(`${t[c.from - 2]?.norm ?? ''} ${t[c.from - 1]?.norm ?? ''}`) || (t[c.from - 1]?.pos === 'VERB' && ACCUSING.has(t[c.from - 1]!.lemma)))) {
      return gaz.governmentOf.get(state) ?? stateBodyId(state, 'Government');
    }
    if (governingPreposition(seg.sentences[si]!, c)) return undefined;
    let k = c.to;
    // ("Nouakchott and Algiers recalled their ambassadors": past a second capital that acts with it)
    if (e?.capitalOf && t[k]?.norm === 'and' && isUpper(t[k + 1]?.text ?? '') && gaz.names.get(fold(t[k + 1]!.text))?.some((n) => gaz.byId.get(n.id)?.capitalOf)) k += 2;
    // ("Paris and its European partners accuse …": past the partners it speaks with)
    if (t[k]?.norm === 'and' && (t[k + 1]?.norm === 'its' || t[k + 1]?.norm === 'their')) {
      let h = k + 2;
      while (h < k + 5 && (t[h]?.pos === 'ADJ' || t[h]?.pos === 'PROPN')) h++;
      if (t[h]?.pos === 'NOUN') k = h + 1;
    }
    while (t[k]?.pos === 'ADV' || t[k]?.pos === 'AUX') k++;
    const verb = t[k];
    // ("Bamako suspended all troop rotations", "Niamey ordered the ambassador to leave": a capital acting as a state)
    if (!verb || verb.pos !== 'VERB' || !(SPEAKING.has(verb.lemma) || (e?.capitalOf && STATE_ACTS.has(verb.lemma)))) return undefined;
    // (a state the gazetteer lists no government for speaks through one made for the article: "Côte d'Ivoire said",
    // "Washington cut its aid")
    return gaz.governmentOf.get(state) ?? stateBodyId(state, 'Government');
  }

  /** "France intervened", "Chad sent troops", "Niger launched an offensive": a country acting in arms is its armed forces. */
  metonymForce(si: number, c: MentionCandidate): string | undefined {
    const { seg, gaz } = this;
    const e = c.ref.type === 'known' ? gaz.byId.get(c.ref.id) : undefined;
    if (e?.cls !== 'Country' || c.kind !== 'name') return undefined;
    const t = seg.sentences[si]!.tokens;
    if (/^'s?$/.test(t[c.to]?.norm ?? '')) return undefined;
    let k = c.to;
    while (t[k]?.pos === 'ADV' || t[k]?.pos === 'AUX') k++;
    const verb = t[k];
    if (!verb || verb.pos !== 'VERB') return undefined;
    const armed = ARMED_VERBS.has(verb.lemma)
      || (ARMED_SUPPORT.has(verb.lemma) && t.slice(k + 1, k + 5).some((x) => ARMED_NOUNS.has(x.norm)));
    // (a state the gazetteer lists no force for acts through one made for the article: "Benin deployed troops")
    return armed ? gaz.forceOf.get(e.id) ?? stateBodyId(e.id, 'StateForce') : undefined;
  }

  /** The name right after a singular description, between commas or before the sentence's end ("its peacekeeping
   * mission, MINUSMA, which"), not one of a list ("the mission, ECOWAS and the AU"). */
  apposedName(si: number, c: MentionCandidate): ResolvedMention | undefined {
    const t = this.seg.sentences[si]!.tokens;
    if (t[c.to]?.text !== ',' || t[c.from - 1]?.text === ',' || /s$/.test(t[c.to - 1]!.norm)) return undefined;
    const m = (this.resolved[si] ?? []).find((o) => o && o.from === c.to + 1 && o.kind !== 'pronoun' && o.kind !== 'description');
    const after = m ? t[m.to]?.text : undefined;
    return m && (after === undefined || after === ',' || after === '.' || after === ';') && t[m.to + 1]?.norm !== 'and' ? m : undefined;
  }

  /** A body named first by a name of its own, then with its head noun: "Amotekun", then "the Amotekun Corps" (drafts not
   * of the gazetteer, neither persons nor places). */
  sameBody(label: string): Draft | undefined {
    const words = fold(label).split(' ');
    const d = words.length > 1 && NAME_HEADS[words[words.length - 1]!] ? this.byName.get(words.slice(0, -1).join(' ')) : undefined;
    return d && !d.known && d.cls !== 'Person' && !isPlaceClass(d.cls) ? d : undefined;
  }

  /** "Abou Zeid" after "Abdelhamid Abou Zeid": the one person of the document whose full name ends so. */
  endOfName(label: string, at: number): Draft | undefined {
    const { fullNames } = this;
    const tail = ` ${fold(label)}`;
    // (one word typed as a person has a title, "Captain Traoré", or an apposition, "Traoré, an artillery officer";
    // bare ones are read in pass 2)
    const ids = new Set([...fullNames].filter(([name]) => name.endsWith(tail)).map(([, v]) => v.id));
    if (ids.size !== 1) return undefined;
    const full = [...fullNames.values()].find((v) => ids.has(v.id))!;
    return full.known ? this.fromEntry(full.id, at) : this.entity(full.id, 'Person', full.label, false, at);
  }

  /** A name several entries share is the one of the article's country ("the Sahel region" in a Burkina Faso article). */
  ownHomonym(si: number, c: MentionCandidate, id: string): string {
    const { seg, gaz, focusCountry } = this;
    if (!focusCountry || !gaz.homonyms.size) return id;
    const ids = homonymsOf(gaz, seg.sentences[si]!.tokens, c.from, c.to);
    if (!ids) return id;
    return ids.find((x) => x !== focusCountry && countryOf(x, gaz) === focusCountry) ?? id;
  }

  /** "Long Name (ACR)", "Long Name, or ACR," or "Long Name, the ACR,": the acronym names the same entity from now on. */
  noteAcronym(si: number, c: MentionCandidate, d: Draft) {
    const { seg, gaz, acronymOf } = this;
    const t = seg.sentences[si]!.tokens;
    const open = t[c.to];
    const acr = t[c.to + 1];
    // (also ", known as COMANAV", ", known by its French acronym FAMa")
    const knownAs = open?.text === ',' && acr?.norm === 'known' ? t.findIndex((x, i) => i > c.to + 1 && i <= c.to + 8 && /^[A-Z][A-Za-z]{1,7}$/.test(x.text) && /[A-Z].*[A-Z]/.test(x.text)
      && t.slice(c.to + 2, i).every((y) => ['as', 'by', 'its', 'their', 'the', 'acronym', 'initials', 'abbreviation'].includes(y.norm) || y.pos === 'ADJ' || y.pos === 'PROPN' && !/[A-Z].*[A-Z]/.test(y.text))) : -1;
    // (and ", the ACR,")
    const apposed = open?.text === ',' && acr?.norm === 'the' && /^[A-Z]{2,}$/.test(t[c.to + 2]?.text ?? '') && t[c.to + 3]?.text === ',';
    if (!open || !acr || !(open.text === '(' && t[c.to + 2]?.text === ')' || open.text === ',' && acr.text === 'or' || knownAs > 0 || apposed)) return;
    const form = knownAs > 0 ? t[knownAs]!.text : open.text === '(' ? acr.text : t[c.to + 2]?.text;
    if (form && /^[A-Z][A-Za-z]{1,7}$/.test(form) && /[A-Z].*[A-Z]/.test(form) && !gaz.acronyms.has(form)
      // (a place's name may end a body's: "the High Islamic Council of Mali (HCIM)" — HCIM is not Mali's)
      && (!isPlaceClass(d.cls) || initialsFit(form, c.text))) acronymOf.set(form, d.id);
  }

  /** "X, also known as Y", "X (alias Y)", "X, who is better known as Y": Y, at sentence:token, is X's other name. */
  noteAlias(si: number, c: MentionCandidate, d: Draft) {
    const { seg, gaz, aliasOf } = this;
    const t = seg.sentences[si]!.tokens;
    let k = c.to;
    if (t[k]?.text === ',' || t[k]?.text === '(') k++;
    // (past a description in apposition: "Al-Mahdi, a Malian in his early forties who is also known as Abu Turab")
    if (t[k - 1]?.text === ',' && t[k]?.pos === 'DET') {
      let q = k;
      while (q < k + 10 && q < t.length && t[q]!.text !== ',' && t[q]!.pos !== 'VERB' && (t[q]!.pos !== 'PROPN' || gaz.demonyms.has(t[q]!.norm)) && !RELATIVE_WHO.has(t[q]!.norm)) q++;
      if (RELATIVE_WHO.has(t[q]?.norm ?? '')) k = q;
    }
    if (RELATIVE_WHO.has(t[k]?.norm ?? '') && BE.has(t[k + 1]?.norm ?? '')) k += 2;
    if (t[k]?.norm === 'also' || t[k]?.norm === 'better') k++;
    if (t[k]?.norm === 'known' && t[k + 1]?.norm === 'as') k += 2;
    else if (ALIAS_WORDS.has(t[k]?.norm ?? '')) k++;
    else return;
    if (k > c.to + 1) aliasOf.set(`${si}:${k}`, d);
  }

  /** A state's force named by its demonym ("the French military") after its operation was: that operation. */
  operationFor(si: number, c: MentionCandidate, id: string): string | undefined {
    const { gaz, operations } = this;
    const state = gaz.byId.get(id)?.country;
    const operation = state && gaz.forceOf.get(state) === id ? operations.get(state) : undefined;
    return operation && operation.si <= si && gaz.demonyms.get(fold(c.text.split(/\s+/)[0]!)) === state ? operation.id : undefined;
  }

  /** Pass 1: a name (of the gazetteer or not), an acronym defined, a ministry (named by its state). */
  resolveName(si: number, ci: number, c: MentionCandidate): void {
    const { seg, gaz, drafts, resolved, byName, focusCountry, acronymOf, aliasOf } = this;
    const at = c.start;
    // (a group named in a tie, "al-Qaeda-linked militants", is resolved last: it is no antecedent, no owner, no one's name)
    if (c.tie) return;
    if (c.ref.type === 'known') {
      // "Bamako insists", "Paris rejected": a capital that speaks is its country's government.
      const speaking = this.metonymGovernment(si, c) ?? this.metonymForce(si, c);
      const d = speaking === undefined ? this.fromEntry(this.operationFor(si, c, c.ref.id) ?? this.ownHomonym(si, c, c.ref.id), at)
        // (a capital's state: "Copenhagen insisted" is Denmark's government, as "Denmark insisted" is)
        : gaz.byId.has(speaking) ? this.fromEntry(speaking, at)
        : this.stateBody(gaz.byId.get(c.ref.id)?.capitalOf ?? c.ref.id, speaking === stateBodyId(c.ref.id, 'StateForce') ? 'StateForce' : 'Government', at);
      this.attach(si, ci, d, true);
      this.noteAcronym(si, c, d);
      this.noteAlias(si, c, d);
    }
    else if (c.ref.type === 'description' && c.ref.sense.ministry) {
      // "the defence ministry": that ministry of the state named with it, else of the article's country.
      const state = c.ref.country ?? focusCountry;
      if (!state) return;
      const name = gaz.byId.get(state)?.label ?? state;
      this.attach(si, ci, this.entity(`${state}-ministry-of-${slug(c.ref.sense.ministry)}`, 'Government', `Ministry of ${c.ref.sense.ministry} of ${name}`, false, at), true);
    }
    else if (c.ref.type === 'name') {
      const ref = c.ref;
      // ("Al-Mahdi, who is also known as Abu Turab": a second name of the one named before)
      const first = aliasOf.get(`${si}:${c.from}`);
      if (first) { this.attach(si, ci, first, true); return; }
      // Bare surnames of a person already named ("Goïta" after "Assimi Goïta") are handled in pass 2.
      // "the Court" after "the International Criminal Court": a bare head word names the last entity it ends.
      if (!ref.label.includes(' ') && NAME_HEADS[fold(ref.label)]) {
        const head = fold(ref.label);
        // ("JNIM … he had been kidnapped by the group": the last group named, in this sentence or the two before;
        // other heads, "the Court", by the words of a name)
        const kinds = GROUP_ANAPHORS.get(head);
        // ("Task Force Takuba … The force took its name from …": "the force" by the name the body goes by, not by any of its
        // other names — "Barkhane force" is one of Operation Barkhane's, and "the force" of a sentence after it is another)
        let antecedent = kinds ? undefined : head === 'force' ? this.mostNamedWith(si, c.start, head)
          : [...drafts.values()].reverse().find((d) => hasWord(d.label, head) || d.altLabels.some((a) => hasWord(a, head)));
        // ("… merged to form JNIM under the leadership of X, the founder of Ansar Dine. The new group pledged …": "the new"
        // one is the group last told to be formed, not the last named)
        if (kinds && seg.sentences[si]!.tokens[c.from - 1]?.norm === 'new') antecedent = this.lastFormed(si, c.start, kinds);
        for (let back = si; !antecedent && kinds && back >= 0 && back >= si - 2; back--) {
          // (not a name used as a modifier: "the Sahel's main al Qaeda affiliate" names JNIM, not al-Qaeda)
          const bt = seg.sentences[back]!.tokens;
          const last = (resolved[back] ?? []).filter((m): m is ResolvedMention => !!m && kinds.has(m.cls) && m.kind !== 'pronoun' && (back < si || m.start < c.start)
            && !PART_HEADS.has(bt[m.to]?.norm ?? '') && !(/^['’]s$/.test(bt[m.to]?.text ?? '') && PART_HEADS.has(bt[m.to + 1]?.norm ?? ''))
            // (nor a name that only modifies another, "the bombing of UN House")
            && !(bt[m.to] && bt[m.to]!.pos !== 'PUNCT' && isUpper(bt[m.to]!.text))
            // (nor the parent a branch is "of": "ISSP, the regional branch of the Islamic State group, claimed …. The group is active")
            && !partOfBefore(bt, m.from))
            // (an armed group of the sentence before a body that is not one: "… sent to the Mauritanian news agency Al
            // Akhbar. The group, led by Belmokhtar, …" is Al-Mourabitoun, its subject)
            .sort((a, b) => Number(ARMED_KINDS.has(b.cls)) - Number(ARMED_KINDS.has(a.cls)) || b.start - a.start)[0];
          if (last) antecedent = drafts.get(last.entity);
        }
        // ("the Platform", "the Coordination": the one gazetteer entry with a name opening with that word)
        if (!antecedent && /^[A-Z]/.test(c.text) && seg.sentences[si]!.tokens[c.from - 1]?.norm === 'the') {
          const ids = new Set((gaz.names.get(head) ?? []).filter((n) => n.keys.length > 1 && gaz.byId.get(n.id)?.cls === ref.cls).map((n) => n.id));
          if (ids.size === 1) antecedent = this.fromEntry([...ids][0]!, at);
        }
        if (antecedent) this.attach(si, ci, antecedent, false);
        return;
      }
      // ("the Nigerien Party for Democracy and Socialism (PNDS-Tarayya)": a bracketed short name is the name's before it)
      const tt = seg.sentences[si]!.tokens;
      // ("the Union of Resistance Forces, the UFR, a coalition …": so is one set beside it between commas)
      const apposed = tt[c.from - 1]?.norm === 'the' && tt[c.from - 2]?.text === ',' && tt[c.to]?.text === ',' && c.to === c.from + 1;
      if (((tt[c.from - 1]?.text === '(' && tt[c.to]?.text === ')') || apposed) && /^[A-Z]{2,}/.test(c.text)) {
        let owner = resolved[si]!.find((m) => m?.to === c.from - (apposed ? 2 : 1));
        // ("the High Islamic Council of Mali (HCIM)": past the place that ends the name, to the body it is of)
        if (owner && isPlaceClass(owner.cls) && tt[owner.from - 1]?.norm === 'of') {
          const body = resolved[si]!.find((m) => m?.to === owner!.from - 1);
          if (body && initialsFit(c.text, seg.sentences[si]!.text.slice(tt[body.from]!.start - seg.sentences[si]!.start, tt[owner.to - 1]!.end - seg.sentences[si]!.start))) owner = body;
        }
        if (owner && !isPlaceClass(owner.cls) && owner.cls !== 'Person') { this.attach(si, ci, drafts.get(owner.entity)!, true); acronymOf.set(c.text, owner.entity); return; }
      }
      // ("the Malian Navigation Company, known as COMANAV, … COMANAV said": a short name defined before)
      const defined = acronymOf.get(c.text);
      if (defined && drafts.has(defined)) { this.attach(si, ci, drafts.get(defined)!, true); return; }
      // ("the National Committee for the Restoration of Democracy and the State (CNRDRE)": a name the gazetteer does not
      // list, with one of its short names in brackets after it, is that entry's other name — one node, not two)
      if (tt[c.to]?.text === '(' && tt[c.to + 2]?.text === ')') {
        const short = this.candidates[si]!.find((o) => o.from === c.to + 1 && o.to === c.to + 2 && o.ref.type === 'known');
        const e = short?.ref.type === 'known' && !gaz.homonyms.has(fold(short.text)) ? gaz.byId.get(short.ref.id) : undefined;
        if (e && !isPlaceClass(e.cls) && e.cls !== 'Person' && (e.cls === ref.cls || initialsFit(short!.text, ref.label))) {
          this.attach(si, ci, this.fromEntry(e.id, at), true);
          return;
        }
      }
      const id = slug(ref.label);
      // "Abou Zeid" after "Abdelhamid Abou Zeid": the end of a person's full name is that person.
      const existing = drafts.get(id) ?? byName.get(fold(ref.label)) ?? (ref.cls === 'Person' ? this.endOfName(ref.label, at) : this.sameBody(ref.label));
      const d = existing ?? this.entity(id, ref.cls, ref.label, false, at);
      if (ref.feature && !d.feature) d.feature = ref.feature;
      if (ref.title && d.cls === 'Person') d.altLabels.push(`${ref.title} ${ref.label}`);
      this.attach(si, ci, d, true);
      this.noteAcronym(si, c, d);
      this.noteAlias(si, c, d);
    }
  }

  /** The body of `kinds` last told to be formed ("merged to form JNIM", "created the CSP", "the coalition was founded"), in
   * sentence `si` before `start` or in the two before it. */
  /**
   * The body whose name holds the word `head` that "the force" at `start` of sentence `si` names: the last so named in this
   * sentence or the one before ("… members of the Multinational Joint Task Force. The force has its headquarters …"), else
   * the one named most often so far (the last so named, of two named as often) — "the force" of an article on Task Force
   * Takuba is Takuba, not the joint force it once worked beside.
   */
  mostNamedWith(si: number, start: number, head: string): Draft | undefined {
    const { resolved, drafts } = this;
    for (let back = si; back >= 0 && back >= si - 1; back--) {
      const ms = resolved[back] ?? [];
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i];
        if (!m || m.kind === 'pronoun' || m.kind === 'description' || (back === si && m.start >= start)) continue;
        const d = drafts.get(m.entity);
        if (d && hasWord(d.label, head)) return d;
      }
    }
    const counts = new Map<Draft, number>();
    for (let back = 0; back <= si; back++) {
      for (const m of resolved[back] ?? []) {
        if (!m || m.kind === 'pronoun' || m.kind === 'description' || (back === si && m.start >= start)) continue;
        const d = drafts.get(m.entity);
        if (!d || !hasWord(d.label, head)) continue;
        // (deleted and set again, so that the map's order is that of the last mention)
        const n = (counts.get(d) ?? 0) + 1;
        counts.delete(d);
        counts.set(d, n);
      }
    }
    let best: Draft | undefined, most = 0;
    for (const [d, n] of counts) if (n >= most) { best = d; most = n; }
    return best;
  }

  lastFormed(si: number, start: number, kinds: ReadonlySet<string>): Draft | undefined {
    const { seg, resolved, drafts } = this;
    for (let back = si; back >= 0 && back >= si - 2; back--) {
      const t = seg.sentences[back]!.tokens;
      const formed = (resolved[back] ?? []).filter((m): m is ResolvedMention => !!m && kinds.has(m.cls) && m.kind !== 'pronoun' && (back < si || m.start < start)
        && (FORMING.has(t[m.from - 1]?.lemma ?? '') || (t[m.from - 1]?.pos === 'DET' && FORMING.has(t[m.from - 2]?.lemma ?? ''))
          || (BE.has(t[m.to]?.norm ?? '') && FORMING.has(t[m.to + 1]?.lemma ?? ''))));
      if (formed.length) return drafts.get(formed[formed.length - 1]!.entity);
    }
    return undefined;
  }

  /** Pass 2: acronyms defined in the text and bare surnames of persons become mentions too. */
  bareNames(): void {
    const { seg, candidates, gaz, drafts, resolved, byName, acronymOf } = this;
    // (a person's last word, and first word when the gazetteer does not know him, each once)
    const personKeys = new Map<string, Draft[]>();
    for (const d of drafts.values()) {
      if (d.cls !== 'Person') continue;
      const words = fold(d.label).split(/\s+/);
      const last = words[words.length - 1]!;
      listOf(personKeys, last).push(d);
      if (words.length > 1 && !d.known && words[0] !== last) listOf(personKeys, words[0]!).push(d);
    }
    // ("African Parks, a … conservation group … In a statement, African Parks mourned …": a name of several words that a
    // cue typed once is that body wherever it is written again, though its first word alone is a demonym)
    const phrases = new Map<string, { words: string[]; draft: Draft }[]>();
    // ("a morality brigade known as the Hesbah … Al-Mahdi, who ran the Hesbah": a one-word name typed once is that body again)
    const single = new Map<string, Draft>();
    for (const d of drafts.values()) {
      if (d.known || d.cls === 'Person' || isPlaceClass(d.cls)) continue;
      const words = fold(d.label).split(/\s+/);
      if (words.length === 1 && words[0]!.length >= 4 && /^[A-Z][a-z]/.test(d.label)) single.set(words[0]!, d);
      if (words.length < 2 || words.length > 5) continue;
      phrases.set(words[0]!, [...(phrases.get(words[0]!) ?? []), { words, draft: d }]);
    }
    // (loops, not forEach: this one visits every token; one buffer of covered tokens for all the sentences)
    let longest = 0;
    for (const s of seg.sentences) if (s.tokens.length > longest) longest = s.tokens.length;
    if (coveredBuffer.length < longest) coveredBuffer = new Uint8Array(longest * 2);
    const covered = coveredBuffer;
    for (let si = 0; si < seg.sentences.length; si++) {
      const s = seg.sentences[si]!;
      const cs = candidates[si]!;
      covered.fill(0, 0, s.tokens.length);
      for (const c of cs) if (c.ref.type !== 'country') for (let k = c.from; k < c.to; k++) covered[k] = 1;
      for (let k = 0; k < s.tokens.length; k++) {
        const tok = s.tokens[k]!;
        if (covered[k] === 1 || !capitalInitial(tok.text)) continue;
        const phrase = phrases.size ? phraseAt(phrases.get(fold(tok.text)), s.tokens, covered, k) : undefined;
        if (phrase) {
          const end = s.tokens[k + phrase.words.length - 1]!.end;
          cs.push({ start: tok.start, end, text: s.text.slice(tok.start - s.start, end - s.start), sentence: si, from: k, to: k + phrase.words.length, kind: 'name',
            ref: { type: 'known', id: phrase.draft.id }, tie: false });
          resolved[si]!.push(undefined);
          this.attach(si, cs.length - 1, phrase.draft, true);
          k += phrase.words.length - 1;
          continue;
        }
        let target: Draft | undefined;
        const acrId = acronymOf.get(tok.text);
        const unknownPlace = !acrId && tok.pos === 'PROPN' ? byName.get(tok.norm) : undefined;
        if (acrId) target = drafts.get(acrId);
        else if (tok.pos === 'PROPN' && single.has(tok.norm) && k > 0) target = single.get(tok.norm);
        // "the town of Kelbo … withdrew from Kelbo": a name found once by its cue is a name everywhere.
        else if (unknownPlace && !unknownPlace.known && isPlaceClass(unknownPlace.cls)) target = unknownPlace;
        // ("The Deby family has ruled Chad": a surname that names a family or an era names no one person)
        else if (tok.pos === 'PROPN' && !KIN_GROUPS.has(s.tokens[k + 1]?.norm ?? '')) {
          const key = tok.norm;
          const local = personKeys.get(key) ?? [];
          if (local.length === 1) target = local[0];
          // ("Chad's president, Idriss Deby, … Deby was killed in April … His son, General Mahamat Idriss Deby, …": of two
          // persons with that name, the only one named before it)
          else if (local.length > 1) {
            const before = local.filter((d) => d.first < tok.start);
            if (before.length === 1) target = before[0];
            // ("President Mahamat Idriss Deby … Idriss Deby Itno … Deby won the election": of several named before, the one
            // whose name, as this article writes it, ends with the word)
            else if (before.length > 1) {
              const ending = before.filter((d) => this.namedEndingWith(d.id, key, tok.start));
              if (ending.length === 1) target = ending[0];
            }
          } else {
            const ids = gaz.surnames.get(key);
            if (ids?.length === 1 && !gaz.acronyms.has(tok.text)) target = this.fromEntry(ids[0]!, tok.start);
          }
        }
        if (!target) continue;
        cs.push({ start: tok.start, end: tok.end, text: tok.text, sentence: si, from: k, to: k + 1, kind: acrId ? 'acronym' : 'name', ref: { type: 'known', id: target.id }, tie: false });
        resolved[si]!.push(undefined);
        this.attach(si, cs.length - 1, target, true);
      }
    }
  }

  /** Has the article named person `id` before `at` with a name of two words or more whose last word folds to `key`? */
  namedEndingWith(id: string, key: string, at: number): boolean {
    for (const ms of this.resolved) for (const m of ms) {
      if (!m || m.entity !== id || m.kind !== 'name' || m.start >= at) continue;
      const words = fold(m.text).split(/\s+/);
      if (words.length > 1 && words[words.length - 1] === key) return true;
    }
    return false;
  }

  /** The state named in the heading of the dated entry (a paragraph opening "15 March – …") sentence `si` is in. */
  entryCountry(si: number): string | undefined {
    const { gaz, resolved, entries } = this;
    const first = entries[si];
    if (first === undefined) return undefined;
    for (const m of resolved[first] ?? []) {
      if (!m || !isPlaceClass(m.cls)) continue;
      const state = m.cls === 'Country' ? m.entity : countryOf(m.entity, gaz);
      if (state) return state;
    }
    return undefined;
  }

  /**
   * The state a paragraph opens on ("In Mali, witnesses said soldiers …", "Meanwhile in neighbouring Niger, the junta …"): a
   * roundup's paragraph about one state, whose unowned "soldiers" and "government" are that state's.
   */
  sceneCountry(si: number): string | undefined {
    const first = this.paragraphs[si]!;
    const t = this.seg.sentences[first]!.tokens;
    let i = 0;
    if (SCENE_SHIFTS.has(t[i]?.norm ?? '')) i++;
    if (t[i]?.text === ',') i++;
    if (t[i]?.norm !== 'in') return undefined;
    i++;
    if (t[i]?.pos === 'ADJ') i++;
    const m = (this.resolved[first] ?? []).find((x) => x?.from === i && x.kind === 'name');
    return m?.cls === 'Country' && t[m.to]?.text === ',' ? m.entity : undefined;
  }

  /** A state's own force or government the gazetteer does not list: "Armed Forces of Benin", one node per state. */
  stateBody(state: string, cls: EntityClass, at: number): Draft {
    const { gaz } = this;
    const name = gaz.byId.get(state)?.label ?? state;
    const id = stateBodyId(state, cls === 'StateForce' ? 'StateForce' : 'Government');
    return this.entity(id, cls, cls === 'StateForce' ? `Armed Forces of ${name}` : `Government of ${name}`, false, at);
  }

  /** The state of a force or government made for the article ("cameroon-armed-forces"). */
  stateOfBody(id: string): string | undefined {
    const { gaz } = this;
    const state = id.replace(/-(armed-forces|government)$/, '');
    return state !== id && gaz.byId.get(state)?.cls === 'Country' ? state : undefined;
  }

  /** Pass 4: a description, once every name is known (a description may come before the name). */
  resolveDescription(si: number, ci: number, c: MentionCandidate): void {
    const { seg, gaz, docId, drafts, resolved, focusCountry, operations, bindings } = this;
    const cs = this.candidates[si]!;
    if (c.ref.type !== 'description') return;
    const { sense } = c.ref;
    let { country } = c.ref;
    // ("Burkina Faso, ruled since a coup in January by a junta led by X": an indefinite junta is the state's named before)
    if (!country && sense.state && seg.sentences[si]!.tokens[c.from - 1]?.norm === 'a') {
      const named = (resolved[si] ?? []).filter((m): m is ResolvedMention => !!m && m.start < c.start && m.cls === 'Country' && m.kind === 'name').pop();
      if (named) country = named.entity;
    }
    // ("Chad, whose troops fought alongside French forces in Mali": the state "whose" follows)
    if (!country && sense.state && seg.sentences[si]!.tokens[c.from - 1]?.norm === 'whose' && seg.sentences[si]!.tokens[c.from - 2]?.text === ',') {
      const state = (resolved[si] ?? []).find((m): m is ResolvedMention => !!m && m.to === c.from - 2 && m.cls === 'Country' && m.kind === 'name');
      if (state) country = state.entity;
    }
    // ("the junta in Niger", "the military government in Bamako": the state named after "in")
    if (!country && sense.state && seg.sentences[si]!.tokens[c.to]?.norm === 'in') {
      const after = cs.find((o) => o.from === c.to + 1 && o.ref.type === 'known');
      const e = after?.ref.type === 'known' ? gaz.byId.get(after.ref.id) : undefined;
      country = e?.cls === 'Country' ? e.id : e?.capitalOf;
    }
    // ("the transitional government of General Assimi Goïta", "the government of President Patrice Talon": the state of
    // the leader named after "of", when the gazetteer knows it)
    if (!country && sense.state && sense.cls === 'Government' && seg.sentences[si]!.tokens[c.to]?.norm === 'of') {
      const ruler = cs.find((o) => o.from > c.to && o.from <= c.to + 4 && o.ref.type === 'known' && gaz.byId.get(o.ref.id)?.cls === 'Person');
      const state = ruler?.ref.type === 'known' ? gaz.byId.get(ruler.ref.id)?.country : undefined;
      const { tokens, norms } = seg.sentences[si]!;
      let titled = !!state;
      for (let q = c.to + 1; titled && q < ruler!.from; q++) titled = tokens[q]!.pos === 'DET' || isTitleAt(norms, q);
      if (titled) country = state;
    }
    // ("The French minister of the armed forces, Florence Parly": the state a demonym before the title names — all its
    // forces, not an operation the article names them by)
    let ofTitle = false;
    if (!country && sense.state) {
      const { tokens, norms } = seg.sentences[si]!;
      const of = tokens[c.from - 1]?.pos === 'DET' ? c.from - 2 : c.from - 1;
      const demonym = norms[of] === 'of' && isTitleAt(norms, of - 1) ? cs.find((o) => o.to === of - 1 && o.ref.type === 'country') : undefined;
      if (demonym?.ref.type === 'country') { country = demonym.ref.id; ofTitle = true; }
    }
    let d: Draft | undefined;
    const s = seg.sentences[si]!;
    // ("a security source said", "Residents said": one source of this article per kind, named by what the article calls it)
    if (sense.source) {
      // ("“…,” said the source": the source quoted last, if the article has quoted one)
      if (c.text.toLowerCase() === 'source') {
        let last: Draft | undefined, at = -1;
        for (const d of drafts.values()) {
          if (!isAnonymousSource(d.id) || d.cls !== 'Person') continue;
          for (const m of d.mentions) if (m.start < c.start && m.start > at) { at = m.start; last = d; }
        }
        if (last) this.attach(si, ci, last, false);
        return;
      }
      // (without the capital a sentence's first word takes, "Residents said" → "residents", but a demonym's: "Nigerien …")
      const first = s.tokens[c.from]!;
      const label = c.from === 0 && !gaz.demonyms.has(first.norm) ? c.text.charAt(0).toLowerCase() + c.text.slice(1) : c.text;
      this.attach(si, ci, this.entity(`${slug(docId)}${SOURCE}${slug(fold(label))}`, sense.cls, label, false, c.start), false);
      return;
    }
    if (sense.ministry) return; // resolved in pass 1
    // "the spokesman said": the last person named with that title, in this sentence or the five before.
    if (sense.role) {
      for (let back = si; back >= 0 && back >= si - 5; back--) {
        // (the title before the name, "government spokesman X", or in apposition after it, "X, the army's spokesman,")
        const bt = seg.sentences[back]!.tokens;
        const last = (resolved[back] ?? []).filter((m): m is ResolvedMention => !!m && m.cls === 'Person' && m.kind !== 'pronoun' && (back < si || m.start < c.start) && titled(bt, m, sense.role!))
          .sort((a, b) => b.start - a.start)[0];
        if (last) { this.attach(si, ci, drafts.get(last.entity)!, false); break; }
      }
      return;
    }
    // "the town", "the area": the last town (region) named in this sentence or the three before.
    if (sense.place) {
      // ("ordered French forces to leave the country": the country is the article's, when it has one)
      // (unless the sentence named a state before it: "Cameroon's army said … at Kolofata, in the country's Far North")
      if (sense.cls === 'Country') {
        // (not a possessive one: "ordered France's Barkhane force out of the country" is Mali's country)
        const st = seg.sentences[si]!.tokens;
        const named = (resolved[si] ?? []).filter((m): m is ResolvedMention => !!m && m.start < c.start && m.kind !== 'pronoun' && !(m.cls === 'Country' && /^['’]s$/.test(st[m.to]?.text ?? '')))
          // (a state acting through its force, "France opened an intervention", is no state named as such)
          .map((m) => (m.cls === 'Country' ? m.entity : (m.cls === 'StateForce' || m.cls === 'Government') && /['’]s\b/.test(m.text) ? countryOf(m.entity, gaz) ?? this.stateOfBody(m.entity) : undefined))
          .filter((x): x is string => !!x).pop();
        const state = named ?? focusCountry;
        if (state && gaz.byId.has(state)) { this.attach(si, ci, this.fromEntry(state, c.start), false); return; }
      }
      // (in the sentences before, the place the story is about more than one named in passing: "… overran Timbuktu,
      // as the army collapsed after a coup in Bamako. Within weeks X had pushed the MNLA out of the city" is Timbuktu)
      // (nor one named in passing in a relative clause before it: "Residents who have reached Maiduguri say that the
      // insurgents now hold most of the town" is the town the story is about)
      // ("the same province": a region named with that noun first, "Yagha Province", over "the Sahel" named since; not
      // "the area", which is any stretch of land)
      const noun = sense.cls === 'Region' ? lastWord(c.text.toLowerCase()) : '';
      const named = noun !== '' && REGION_NOUNS.has(noun) && noun !== 'area' && resolved.slice(Math.max(0, si - 3), si + 1).some((ms) => (ms ?? []).some((m) => !!m && m.cls === 'Region' && m.kind !== 'pronoun' && m.start < c.start && hasWord(m.text, noun)));
      for (let back = si; back >= 0 && back >= si - 3; back--) {
        const last = (resolved[back] ?? []).filter((m): m is ResolvedMention => !!m && m.cls === sense.cls && m.kind !== 'pronoun' && (back < si || (m.start < c.start && !inPassing(s, m))) && (!named || hasWord(m.text, noun)))
          .sort((a, b) => (back < si ? drafts.get(b.entity)!.mentions.length - drafts.get(a.entity)!.mentions.length : 0) || b.start - a.start)[0];
        if (last) { this.attach(si, ci, drafts.get(last.entity)!, false); break; }
      }
      return;
    }
    // "Chad's President Idriss Déby said his soldiers …", "the junta said its forces …", "JNIM, al-Qaeda's
    // branch, said its fighters …": what a possessive owns belongs to the nearest actor before it, a name
    // used as a possessive modifier ("al-Qaeda's") only when there is no other: forces to its state,
    // fighters to the group.
    const possessed = POSSESSIVES.has(s.tokens[c.from - 1]?.norm ?? '');
    // (an actor before a place: "signed in Algiers, the Platform agreed to withdraw its forces" are the Platform's)
    // ("ISWAP, the regional affiliate of the Islamic State group, claimed …, saying its fighters …": a name no
    // preposition governs before one that is the object of "of")
    // ("The army said several attackers had been killed and a few of its soldiers wounded": "its" is never a plural's)
    const its = s.tokens[c.from - 1]?.norm === 'its';
    let owners = possessed ? (resolved[si] ?? []).filter((m): m is ResolvedMention => !!m && m.start < c.start && m.cls !== 'Person' && !(its && pluralDescription(m)))
      .sort((a, b) => Number(possessive(s, a)) - Number(possessive(s, b)) || Number(isPlaceClass(a.cls) && a.cls !== 'Country') - Number(isPlaceClass(b.cls) && b.cls !== 'Country')
        || Number(governingPreposition(s, a) === 'of') - Number(governingPreposition(s, b) === 'of') || b.start - a.start) : [];
    // "Dan Na Ambassagou was formed … Its fighters …", "… a stronghold of Islamic State Sahel Province. Its
    // fighters …": at the start of a sentence, the subject of the sentence before, else its last actor.
    if (possessed && !owners.length && si > 0) {
      const prevS = seg.sentences[si - 1]!;
      // ("Chad, he said, is the ally that pays the highest price …. Its soldiers serve in Mali": a country that is the
      // subject owns them too)
      const prev = (resolved[si - 1] ?? []).filter((m): m is ResolvedMention => !!m && (!isPlaceClass(m.cls) || m.cls === 'Country') && m.cls !== 'Person').sort((a, b) => a.start - b.start);
      const subject = prev.find((m) => !governingPreposition(prevS, m));
      owners = subject ? [subject] : prev.filter((m) => m.cls !== 'Country').reverse();
    }
    // ("the police", "Borno's police": the state's police force when the gazetteer has one, never its army)
    if (sense.cls === 'StateForce' && POLICE.test(c.text)) {
      // (not "police posts", a modifier; nor a mission's strength, "12,000 troops and police")
      const st = s.tokens;
      // (nor another body's police: "the Islamic police", "the “Islamic” police", "religious police")
      const before = st[c.from - 1];
      if ((st[c.to]?.pos === 'NOUN' && !TITLES.has(st[c.to]!.norm)) || (before?.norm === 'and' && st[c.from - 3]?.pos === 'NUM')
        || (before && (before.pos === 'ADJ' || /^[“”"»]$/.test(before.text) || (before.pos === 'PROPN' && !(resolved[si] ?? []).some((m) => m && m.to === c.from && isPlaceClass(m.cls)))))) return;
      const state = country ?? owners.map((m) => (m.cls === 'Country' ? m.entity : countryOf(m.entity, gaz))).find(Boolean) ?? focusCountry;
      const id = state ? branchOf(gaz, state, c.text) : undefined;
      if (id) this.attach(si, ci, this.fromEntry(id, c.start), false);
      return;
    }
    // ("the army revived a unit when its generals decided …": an army's generals are its officers, no government)
    if (possessed && sense.cls === 'Government' && owners[0]?.cls === 'StateForce') return;
    // ("the mission said its troops had killed …": the troops of a mission, a company or a group are its own, not a state's)
    if (possessed && sense.state && sense.cls === 'StateForce' && owners[0] && NON_STATE_OWNERS.has(owners[0].cls) && !possessive(s, owners[0]) && !governingPreposition(s, owners[0])) {
      this.attach(si, ci, drafts.get(owners[0].entity)!, false);
      return;
    }
    if (!country && sense.state) {
      for (const m of owners) {
        const owner = m.cls === 'Country' ? m.entity : countryOf(m.entity, gaz);
        if (owner) { country = owner; break; }
      }
      // ("1 March – Dikwa, Borno State (Nigeria). … The army repelled the militants": a tracker's entry is about the
      // state its heading names, whatever the article is mostly about)
      country ??= this.entryCountry(si) ?? this.sceneCountry(si);
    } else if (!sense.state) {
      // ("the withdrawal of its peacekeeping mission, MINUSMA, which …": a name set beside the description between commas
      // is what it describes, not the owner)
      const apposed = this.apposedName(si, c);
      const owner = apposed ? undefined : owners.find((m) => !isPlaceClass(m.cls) && compatible(sense.cls, m.cls));
      // ("The Kossi Community Mediators' Network said that its volunteers …": a body's own volunteers are no militia of the article)
      if (possessed && !owner && !apposed && sense.feature === 'militia' && owners.some((m) => !isPlaceClass(m.cls))) return;
      if (apposed && compatible(sense.cls, apposed.cls)) d = drafts.get(apposed.entity);
      else if (owner) d = drafts.get(owner.entity);
    }
    // "rebels from the MNLA", "mercenaries from the private Russian group Wagner", "jihadists of JNIM".
    // "jihadists, particularly JNIM": an apposition that names them.
    let nextRes: ResolvedMention | undefined;
    for (let oi = 0; oi < cs.length && !nextRes; oi++) {
      const o = cs[oi]!;
      if (oi !== ci && o.from >= c.to && o.from <= c.to + 6 && resolved[si]![oi] && namesAfter(s.tokens, c.to, o.from)) nextRes = resolved[si]![oi];
    }
    if (!d && nextRes && compatible(sense.cls, nextRes.cls)) d = drafts.get(nextRes.entity);
    // ("… proclaimed a junta, the National Council for Democracy (CND) …. The junta dissolved …": the junta a name was set
    // beside, earlier in the article or here, is the article's junta, not the state's government)
    if (!d && !country && sense.state && JUNTA.test(c.text)) d = this.namedJunta(si, c.start);
    // ("Niger has been ruled since July 2023 by a junta led by General Tiani. The junta expelled French forces, formed the AES
    // with Mali and Burkina Faso, …": "the junta" is the one just told of, not that of another state its sentence names)
    if (!d && !country && !possessed && sense.state && sense.cls === 'Government' && JUNTA.test(c.text)) d = this.recentJunta(si, c.start);
    // A description bound to a name once ("jihadists, particularly JNIM") keeps that name in the article.
    const head = lastWord(c.text.toLowerCase());
    if (d && !sense.state) bindings.set(`${sense.cls}|${sense.feature ?? ''}|${head}`, d);
    else if (!d && !country && bindings.size) d = bindings.get(`${sense.cls}|${sense.feature ?? ''}|${head}`);
    if (!d && c.ref.company) d = this.fromEntry(c.ref.company, c.start);
    // ("Chad's transitional president … took power after his father was killed while visiting troops fighting rebels": troops
    // no one owns, in a sentence about one state named as an owner and no other, are that state's, not the article's)
    if (!d && !country && sense.state && sense.cls === 'StateForce' && !possessed && focusCountry) {
      const st = s.tokens;
      const here = (resolved[si] ?? []).filter((m): m is ResolvedMention => !!m && m.kind !== 'pronoun' && (m.cls === 'Country' || m.cls === 'StateForce' || m.cls === 'Government'));
      const owner = here.find((m) => m.cls === 'Country' && m.kind === 'name' && m.start < c.start && /^['’]s$/.test(st[m.to]?.text ?? ''));
      if (owner && owner.entity !== focusCountry && here.every((m) => m === owner || m.entity === owner.entity || m.start > c.start)) country = owner.entity;
    }
    // ("Soldiers overthrow President Mamadou Tandja in Niamey" in an article mostly about France: soldiers who make a coup are
    // those of the state it is made in, the one state the sentence's places lie in)
    if (!d && !country && sense.state && sense.cls === 'StateForce' && !possessed && focusCountry && s.tokens.some((x) => EVENT_TRIGGERS[x.lemma] === 'Coup')) {
      const states = new Set((resolved[si] ?? []).filter((m): m is ResolvedMention => !!m && isPlaceClass(m.cls) && m.kind === 'name').map((m) => (m.cls === 'Country' ? m.entity : countryOf(m.entity, gaz))));
      const [only] = states;
      if (states.size === 1 && only && only !== focusCountry && gaz.byId.get(only)?.cls === 'Country') country = only;
    }
    const operation = country && sense.cls === 'StateForce' && !ofTitle ? operations.get(country) : undefined;
    if (!d && operation && operation.si <= si && !branchOf(gaz, country!, c.text)) d = this.fromEntry(operation.id, c.start);
    if (!d && country) {
      const junta = sense.cls === 'Government' && JUNTA.test(c.text) ? juntaAt(gaz, country, seg.doc.date) : undefined;
      const id = sense.cls === 'StateForce' ? branchOf(gaz, country, c.text) ?? gaz.forceOf.get(country) : junta ?? gaz.governmentOf.get(country);
      d = id ? this.fromEntry(id, c.start) : this.stateBody(country, sense.cls, c.start);
    }
    // ("… ambushed a convoy of the Nigerien army near Tillia, killing 12 soldiers": soldiers no state owns are those of
    // the one state force their own sentence named before them, whatever state the article is mostly about)
    // (not soldiers whose owner follows, "joined by soldiers from Niger and Chad"; nor "the army", the article's own:
    // "pushed out French troops and brought in Wagner mercenaries to fight alongside the army")
    if (!d && !country && !possessed && sense.cls === 'StateForce' && !OWNER_AFTER.has(s.tokens[c.to]?.norm ?? '') && !definite(s.tokens, c)) {
      const named = (resolved[si] ?? []).filter((m): m is ResolvedMention => !!m && m.start < c.start && m.cls === 'StateForce' && m.kind !== 'pronoun');
      // (a state's: a multinational force, "the G5 Sahel joint force", is made of several states' soldiers)
      // (nor a branch: "Burkinabe gendarmes and soldiers" are two)
      const state = named[0] && named.every((m) => m.entity === named[0]!.entity) && !partOfForce(gaz, named[0].entity) ? countryOf(named[0].entity, gaz) ?? this.stateOfBody(named[0].entity) : undefined;
      if (state) d = drafts.get(named[0]!.entity);
    }
    // ("The last French troops leave Niger after the junta demands their departure", in an article mostly about France: a
    // junta is that of a state that has had one, named in its sentence, not the article's own state that never had one)
    if (!d && sense.state && sense.cls === 'Government' && focusCountry && JUNTA.test(c.text) && !gaz.juntas.get(focusCountry)?.length) {
      const ruled = (resolved[si] ?? []).find((m): m is ResolvedMention => !!m && m.cls === 'Country' && !!gaz.juntas.get(m.entity)?.length);
      const id = ruled ? juntaAt(gaz, ruled.entity, seg.doc.date) ?? gaz.governmentOf.get(ruled.entity) : undefined;
      if (ruled) d = id ? this.fromEntry(id, c.start) : this.stateBody(ruled.entity, 'Government', c.start);
    }
    // "the army", "the junta" are first the article's own country's (when the gazetteer has them).
    if (!d && sense.state && focusCountry) {
      const branch = sense.cls === 'StateForce' ? branchOf(gaz, focusCountry, c.text) : undefined;
      const id = sense.cls === 'StateForce' ? branch ?? gaz.forceOf.get(focusCountry) : sense.cls === 'Government' ? gaz.governmentOf.get(focusCountry) : undefined;
      // ("the gendarmes" are the country's gendarmerie even when its army is named)
      // (and "the soldiers" are its army, not a branch the article named: "Burkinabe gendarmes and soldiers")
      let own: Draft | undefined;
      if (!branch) for (const e of drafts.values()) {
        if (e.cls === sense.cls && e.named > 0 && countryOf(e.id, gaz) === focusCountry && governing(sense, e) && !(e.cls === 'StateForce' && partOfForce(gaz, e.id))) own = mostNamed(own, e);
      }
      if (own) d = own;
      else {
        // "the junta" of a 2012 Malian article is the 2012 junta: the gazetteer's one of that country and time.
        const junta = JUNTA.test(c.text) ? juntaAt(gaz, focusCountry, seg.doc.date) : undefined;
        if (junta) d = this.fromEntry(junta, c.start);
        else if (id) d = this.fromEntry(id, c.start);
        // ("the army" of a Beninese article, when the gazetteer lists no Beninese army: Benin's all the same)
        else if ((sense.cls === 'StateForce' || sense.cls === 'Government') && gaz.byId.get(focusCountry)?.cls === 'Country') d = this.stateBody(focusCountry, sense.cls, c.start);
      }
    }
    // A civil body described, not named again: "the association of giraffe guides" is another one; "X, a local civil
    // society group," is X (an indefinite description only says what the name before it is).
    if (!d && sense.cls === 'Organization') {
      if (s.tokens[c.to]?.norm === 'of') return;
      let a = c.from - 1;
      while (a > 0 && (s.tokens[a]!.pos === 'ADJ' || s.tokens[a]!.pos === 'NOUN')) a--;
      if (s.tokens[a]?.norm === 'a' || s.tokens[a]?.norm === 'an') {
        const named = s.tokens[a - 1]?.text === ',' ? (resolved[si] ?? []).find((m) => m?.to === a - 1 && m.cls === 'Organization' && m.kind !== 'description') : undefined;
        if (named) this.attach(si, ci, drafts.get(named.entity)!, false);
        return;
      }
    }
    // ("ruled by armed Islamist groups", "jihadist groups operate here": groups in the plural are several, not
    // the one group the article names most — they are the article's unnamed fighters of that kind; but "an alliance
    // of former rebel groups", "a merger of several jihadist groups" say what something is made of)
    if (!d && !sense.generic && !severalGroups(s, c)) {
      const kind: Draft[] = [];
      // ("United Nations peacekeepers", "the UN mission", "blue helmets": a mission of the UN, not the EU's training mission)
      const un = sense.feature === 'mission' && UN_WORDING.test(c.text);
      for (const e of drafts.values()) {
        if (e.cls === sense.cls && e.named > 0 && governing(sense, e)
          && (!sense.feature || sense.feature === 'bloc' || orientation(e) === sense.feature || (sense.feature === 'mission' && anyName(e, MISSION)))
          && (!un || gaz.byId.get(e.id)?.memberOf.includes('un') || /\bUnited Nations\b|\bUN\b/.test(e.label))) kind.push(e);
      }
      for (const e of kind) d = mostNamed(d, e);
      let rival: Draft | undefined;
      for (const e of kind) if (e !== d && !kin(d!, e)) rival = mostNamed(rival, e);
      // ("Islamist fighters seized the town" in an article naming Ansar Dine four times, AQIM three and MUJAO once: any of
      // them, or all; the unnamed fighters stay an actor of their own, below) — unless one group is named at least
      // twice as often as any other of its kind but its parent or branches ("ISSP" and "the Islamic State")
      // (plural fighters only: "the jihadist group" is one group, the article's)
      const noun = lastWord(c.text.toLowerCase());
      if (d && rival && sense.cls === 'ArmedGroup' && d.named < 2 * rival.named && (/s$/.test(noun) || noun.endsWith('men'))) d = undefined;
    }
    if (!d && sense.state && focusCountry) {
      const id = sense.cls === 'StateForce' ? gaz.forceOf.get(focusCountry) : sense.cls === 'Government' ? gaz.governmentOf.get(focusCountry) : undefined;
      if (id) d = this.fromEntry(id, c.start);
    }
    // ("Boko Haram attacked Kolofata, but soldiers repelled the attackers", "an assault by Boko Haram …, killing 27 of the
    // attackers": the attackers just told of are the named group that attacked)
    if (!d && sense.generic && ATTACKER_NOUNS.has(head) && definite(s.tokens, c)) d = this.lastAttacker(si, c.start);
    // "Militants attacked a convoy", "gunmen killed 20 villagers", and no group of the kind named in the
    // article: the unnamed fighters are one actor of this article, a node of its own (nothing ties them to
    // another article's unnamed fighters).
    // (a plural noun of fighters only: "a rebellion", "a jihadist group" name no one)
    if (!d && sense.cls === 'ArmedGroup' && !sense.state && (/s$/.test(head) || head.endsWith('men'))) {
      const kind = sense.feature === 'jihadist' ? 'jihadists' : sense.feature === 'separatist' ? 'rebels' : sense.feature === 'bandit' ? 'bandits'
        // ("the assailants" of an article that names an armed group are most likely that group's: left unresolved)
        : sense.generic && UNNAMED_ATTACKERS.has(head) ? 'gunmen' : undefined;
      if (kind) d = this.entity(`${slug(docId)}${UNNAMED}${kind}`, 'ArmedGroup', `unidentified ${kind}`, false, c.start);
    }
    if (d) this.attach(si, ci, d, false);
  }

  /** The government a name set beside "a junta" names ("a junta, the National Council for Democracy"), named at or before
   * offset `before` in sentence `si` or the sentences before; undefined if the article names none so. */
  /** The junta a mention told of last, in this sentence before `before` or the two sentences before it. */
  recentJunta(si: number, before: number): Draft | undefined {
    const { gaz, resolved, drafts } = this;
    for (let back = si; back >= 0 && back >= si - 2; back--) {
      let last: ResolvedMention | undefined;
      for (const m of resolved[back] ?? []) {
        if (!m || m.cls !== 'Government' || (back === si && m.start >= before) || (last && last.start > m.start)) continue;
        if (JUNTA.test(m.text) || gaz.byId.get(m.entity)?.orientation === 'junta') last = m;
      }
      if (last) return drafts.get(last.entity);
    }
    return undefined;
  }

  namedJunta(si: number, before: number): Draft | undefined {
    const { seg, candidates, resolved, drafts } = this;
    for (let back = si; back >= 0; back--) {
      const t = seg.sentences[back]!.tokens;
      const cs = candidates[back]!;
      for (let k = 0; k < cs.length; k++) {
        const c = cs[k]!;
        if (c.start > before || c.ref.type !== 'description' || !JUNTA.test(c.text) || t[c.to]?.text !== ',') continue;
        const at = t[c.to + 1]?.norm === 'the' ? c.to + 2 : c.to + 1;
        const m = (resolved[back] ?? []).find((o) => o && o.from === at && o.cls === 'Government' && (o.kind === 'name' || o.kind === 'acronym'));
        if (m) return drafts.get(m.entity);
      }
    }
    return undefined;
  }

  /** The armed group named as the doer of an attack in sentence `si` before offset `before`, or in the sentence before:
   * the subject of "attacked", "stormed", "raided" or the by-phrase of "an attack by". Undefined if none, or several. */
  lastAttacker(si: number, before: number): Draft | undefined {
    const { seg, resolved, drafts } = this;
    const found = new Set<string>();
    for (let back = si; back >= Math.max(0, si - 1) && !found.size; back--) {
      const t = seg.sentences[back]!.tokens;
      for (const m of resolved[back] ?? NO_MENTIONS) {
        if (!m || m.cls !== 'ArmedGroup' || (m.kind !== 'name' && m.kind !== 'acronym') || (back === si && m.start >= before)) continue;
        let v = m.to;
        while (t[v]?.pos === 'AUX' || t[v]?.pos === 'ADV') v++;
        const subject = t[v]?.pos === 'VERB' && ATTACK_LEMMAS.has(t[v]!.lemma);
        const by = t[m.from - 1]?.norm === 'by' && ATTACK_LEMMAS.has(t[m.from - 2]?.lemma ?? '');
        if (subject || by) found.add(m.entity);
      }
    }
    return found.size === 1 ? drafts.get([...found][0]!) : undefined;
  }

  /** The person last named as a subject two or three sentences before sentence `si`, if that subject is one. */
  lastPerson(si: number): ResolvedMention | undefined {
    const { seg, resolved } = this;
    for (let back = si - 2; back >= Math.max(0, si - 3); back--) {
      const ms = byStart(resolved[back] ?? NO_MENTIONS);
      const head = ms.find((m) => !isPlaceClass(m.cls) && !OBLIQUE.has(governingPreposition(seg.sentences[back]!, m) ?? ''));
      if (head) return head.cls === 'Person' ? head : undefined;
    }
    return undefined;
  }

  /** Whether sentence `si` opens with the pronoun `text` ("he", "she") left standing for no entity. */
  unresolvedOpener(si: number, text: string): boolean {
    const cs = this.candidates[si];
    if (!cs) return false;
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k]!;
      if (c.from === 0 && c.ref.type === 'pronoun' && c.text.toLowerCase() === text.toLowerCase()) return !this.resolved[si]?.[k];
    }
    return false;
  }

  /** Pass 5: a pronoun stands for the subject of its sentence, else of the sentence before; on a briefing's line
   * under a heading ("- Katiba Macina. Led by …. It controls …"), a sentence's first "It" for the heading's actor (`topics`). */
  /** The subject of the verb right before an object pronoun ("it", "them"), when nothing parts them. */
  ownSubject(si: number, c: MentionCandidate): ResolvedMention | undefined {
    const t = this.seg.sentences[si]!.tokens;
    const v = c.from - 1;
    const word = c.text.toLowerCase();
    if ((word !== 'it' && word !== 'them' && word !== 'him' && word !== 'her') || t[v]?.pos !== 'VERB') return undefined;
    let subject: ResolvedMention | undefined;
    for (const m of this.resolved[si] ?? []) if (m && m.to <= v && (!subject || m.to > subject.to)) subject = m;
    if (!subject) return undefined;
    // (through a relative clause the subject opens, whatever governs it: "according to Florence Parly, who described him as …")
    if (t[subject.to]?.text === ',' && (t[subject.to + 1]?.norm === 'who' || t[subject.to + 1]?.norm === 'which') && subject.to + 2 === v) return subject;
    if (governingPreposition(this.seg.sentences[si]!, subject)) return undefined;
    for (let k = subject.to; k < v; k++) if (t[k]!.text === ',' || CLAUSE_OPENERS.has(t[k]!.norm)) return undefined;
    return subject;
  }

  resolvePronoun(si: number, ci: number, c: MentionCandidate, topics: readonly (ResolvedMention | undefined)[]): void {
    const { seg, drafts, resolved } = this;
    if (c.ref.type !== 'pronoun') return;
    // (the pronoun in lower case, for the tests below: what /^(…)$/i tells of it, with no pattern run for each)
    // ("its fighters", "their men": a group's own men stand for it as its possessive would)
    const lead = seg.sentences[si]!.tokens[c.from - 1]?.norm;
    const word = (lead === 'its' || lead === 'their') && !/^(?:its|their)$/i.test(c.text) ? lead : c.text.toLowerCase();
    const topic = topics[si];
    if (topic && c.from === 0 && TOPIC_PRONOUNS.has(word)) { this.attach(si, ci, drafts.get(topic.entity)!, false); return; }
    // ("It has also ordered out the American soldiers …, and it has turned to Russia": a subject pronoun of a clause joined
    // by ", and" is the one that opened the sentence, not the last actor named)
    const toks = seg.sentences[si]!.tokens;
    if (toks[c.from - 1]?.norm === 'and' && toks[c.from - 2]?.text === ',' && (toks[c.from + 1]?.pos === 'VERB' || toks[c.from + 1]?.pos === 'AUX')) {
      const opener = (resolved[si] ?? []).find((m) => m?.from === 0 && m.kind === 'pronoun' && m.text.toLowerCase() === word);
      if (opener) { this.attach(si, ci, drafts.get(opener.entity)!, false); return; }
    }
    // ("The army fought the MNLA, whose fighters had seized Kidal": a group's men after "whose" are the name before the comma)
    if (toks[c.from - 1]?.norm === 'whose' && toks[c.from - 2]?.text === ',') {
      const owner = byStart(resolved[si] ?? NO_MENTIONS, c.start).filter((m) => m.to === c.from - 2 && m.kind !== 'pronoun' && !isPlaceClass(m.cls) && m.cls !== 'Person').pop();
      if (owner) { this.attach(si, ci, drafts.get(owner.entity)!, false); return; }
    }
    // ("Chadian units, he said, had pursued the insurgents": a "he" that speaks in a parenthesis is a person — the one
    // named in this sentence before it, else the one the sentence before named — not the group the sentence is about)
    if ((word === 'he' || word === 'she') && toks[c.from - 1]?.text === ',' && SPEECH.has(toks[c.to]?.lemma ?? '') && toks[c.to + 1]?.text === ',') {
      const person = byStart(resolved[si] ?? NO_MENTIONS, c.start).filter((m) => m.cls === 'Person' && m.kind !== 'pronoun').pop()
        ?? byStart(resolved[si - 1] ?? NO_MENTIONS).find((m) => m.cls === 'Person' && m.kind !== 'pronoun');
      if (person) { this.attach(si, ci, drafts.get(person.entity)!, false); return; }
    }
    // ("… Hitting the UN tells the world the group wants to be seen alongside AQIM,” he said": the "he" a quote closes on is a
    // person — the last one named, in this sentence or the three before — not the body the quote spoke of)
    if ((word === 'he' || word === 'she') && QUOTE_CLOSERS.has(toks[c.from - 1]?.text === ',' ? toks[c.from - 2]?.text ?? '' : toks[c.from - 1]?.text ?? '') && SPEECH.has(toks[c.to]?.lemma ?? '')) {
      let quoted: ResolvedMention | undefined;
      for (let back = si; back >= Math.max(0, si - 3) && !quoted; back--) quoted = byStart(resolved[back] ?? NO_MENTIONS, back === si ? c.start : undefined).filter((m) => m.cls === 'Person').pop();
      if (quoted) { this.attach(si, ci, drafts.get(quoted.entity)!, false); return; }
    }
    if (c.ref.latter) {
      // "the latter": the last actor named before it.
      const before = [...(resolved[si] ?? []), ...(resolved[si - 1] ?? [])].filter((m): m is ResolvedMention => !!m && m.start < c.start && !isPlaceClass(m.cls))
        .sort((a, b) => b.start - a.start);
      if (before[0]) this.attach(si, ci, drafts.get(before[0].entity)!, false);
      return;
    }
    // "they"/"them"/"it" stand for groups, not for one person. ("he"/"she" may stand for a group too: news
    // translated from French keeps the gender of "l'armée" and "le CSP".)
    const plural = PLURAL_PRONOUNS.has(word);
    // ("Both movements took part in the peace process, and in 2018 they had fought ISGS": a sentence whose subject is a pair
    // no one mention names leaves its "they" to that pair, not to an actor named before)
    if (plural && pairOpens(toks) && !(resolved[si] ?? []).some((m) => m && m.from <= 2)) return;
    // ("ambushed his convoy": a possessive read as a target stands for a person)
    const personal = word === 'his' || word === 'her';
    const itself = word === 'it' || word === 'its';
    const gendered = word === 'he' || word === 'she';
    // (in the order of the text: candidates come in the order the mention rules found them)
    // ("Two weeks after French and Malian troops had retaken Gao, MUJAO carried out … and its fighters infiltrated …": not
    // the actors of a clause a subordinator opens before the main one)
    const fronted = frontedClauseEnd(seg.sentences[si]!.tokens);
    // ("The U.N. refugee agency, UNHCR, condemned … and said it …": not a name that only modifies the noun a name is
    // apposed to — that name is the subject)
    // ("Like Barkhane, it worked alongside the Malian army": not the one a fronted comparison likens it to)
    const before = byStart(resolved[si] ?? NO_MENTIONS, c.start).filter((m) => (fronted < 0 || c.from < fronted || m.from > fronted) && !modifiesApposed(toks, resolved[si] ?? NO_MENTIONS, m)
      && !(m.from === 1 && LIKENING.has(toks[0]!.norm)));
    // ("It is fighting Boko Haram on its border": "its" is the country that is the subject)
    // ("… a spokesman for MUJAO when it held the city of Gao": in a clause a subordinator opens, the nearest actor)
    // (a plural "they" keeps the subject: "The rebels and the Islamists fought … when they seized Kidal")
    const subordinate = SUBORDINATORS.has(seg.sentences[si]!.tokens[c.from - 1]?.norm ?? '') && (word === 'it' || gendered);
    // ("… ambushed the convoy of the Emir, Idrissa Timta, as he travelled, and killed him": an object is the
    // nearest person, not the subject)
    // ("The government ordered it dissolved": the object of a verb is not that verb's own subject)
    const own = this.ownSubject(si, c);
    // (else the person a pronoun before stood for: "he was killed by French troops, according to Florence Parly, who described him as …")
    const object = word === 'him' || word === 'her' ? before.filter((m) => m.kind !== 'pronoun' && m.cls === 'Person' && m.entity !== own?.entity).pop()
      ?? (own ? before.filter((m) => m.cls === 'Person' && m.entity !== own.entity).pop() : undefined) : undefined;
    // ("support the army and the VDP, the civilian auxiliaries who fight alongside it": the partner of a relative clause's
    // subject is another than that subject — the last actor named before it)
    if (word === 'it' && (toks[c.from - 1]?.norm === 'alongside' || toks[c.from - 1]?.norm === 'with')) {
      const rel = toks.findLastIndex((x, i) => i < c.from && (x.norm === 'who' || x.norm === 'which' || x.norm === 'that'));
      const subject = rel > 0 ? before.filter((m) => m.kind !== 'pronoun' && m.to <= rel).pop() : undefined;
      const partner = subject ? before.filter((m) => m.kind !== 'pronoun' && m.cls !== 'Person' && !isPlaceClass(m.cls) && m.to <= subject.from && m.entity !== subject.entity).pop() : undefined;
      if (partner) { this.attach(si, ci, drafts.get(partner.entity)!, false); return; }
    }
    // ("… announced that they were leaving it", "decided to quit it": what a state leaves or joins is the bloc named last before)
    const bloc = word === 'it' && BLOC_VERBS.has(toks[c.from - 1]?.lemma ?? '') && toks[c.from - 1]!.pos === 'VERB'
      ? before.filter((m) => m.kind !== 'pronoun' && (m.cls === 'InternationalOrganization' || m.cls === 'Organization')).pop() : undefined;
    const here = bloc ?? (itself && before[0]?.cls === 'Country' && before[0].from === 0 ? before[0]
      : object ?? (subordinate ? before.filter((m) => m.kind !== 'pronoun' && fitsPronoun(m, plural, personal, itself)).pop()
      // ("Boko Haram's leader, Abubakar Shekau, appeared in a video in which he declared …": a "he" is a person first)
      : (gendered ? before.find((m) => m.kind !== 'pronoun' && m.cls === 'Person' && m !== own) : undefined)
        ?? before.find((m) => m.kind !== 'pronoun' && fitsPronoun(m, plural, personal, itself) && m !== own)));
    // The subject of the sentence before: its first actor that no preposition governs.
    const prevS = seg.sentences[si - 1];
    const prevMs = byStart(resolved[si - 1] ?? NO_MENTIONS);
    // (a second conjunct shares its first's preposition: "strikes on Ansar Dine and MUJAO positions")
    // ("When the army cancelled elections, Algeria slid into civil war …. He joined the GIA": the actor of a clause a
    // subordinator opens before the main one is not the subject a pronoun picks up)
    // ("Since then the junta of Captain Traoré, now …, has recruited": no verb before the comma, no clause)
    const opener = prevS ? frontedClauseEnd(prevS.tokens) : -1;
    // (nor a possessive that only says whose a noun is: "no single figure did more to plant al-Qaeda's flag")
    // ("Niger … hosts French forces. It is also fighting Boko Haram": "it" may be a country that was the subject)
    const first = prevMs.find((m) => !obliqueIn(prevS!, prevMs, m));
    // ("Boko Haram leader Abubakar Shekau claims …. “…,” he says": "he" is the person the title names, not the group
    // that modifies it)
    const titledPerson = gendered ? prevMs.find((m) => m.cls === 'Person' && m.kind !== 'pronoun' && !obliqueIn(prevS!, prevMs, m)
      && prevMs.some((o) => o.to < m.from && o.to >= m.from - 3 && !isPlaceClass(o.cls) && o.cls !== 'Person' && TITLES.has(prevS!.tokens[o.to]?.norm ?? ''))) : undefined;
    // (with no actor as the subject before, "he"/"she" is the person last named as a subject, a few sentences back:
    // a profile tells one life — "Droukdel was born in Meftah …. When the army …, Algeria slid …. He joined …")
    // ("A tea seller, Modu, said …. He did not go out until the soldiers came. “…,” he said": a "he" that opened the
    // sentence before and stood for no one the article names goes on standing for that one, not for an actor after it)
    const untracked = gendered && this.unresolvedOpener(si - 1, c.text);
    let prev = untracked ? undefined : prevS ? (first && first.cls === 'Country' && first.kind === 'name' && itself && prevS.tokens[first.to]?.norm !== "'s" ? first
      : titledPerson ?? prevMs.find((m) => fitsPronoun(m, plural, personal, itself) && !obliqueIn(prevS, prevMs, m) && !(opener > 0 && m.to <= opener) && !/^['’]s?$/.test(prevS.tokens[m.to]?.text ?? ''))
        ?? (gendered ? this.lastPerson(si) : undefined)) : undefined;
    // ("… the minister said that …. The government would keep the committees informed. He then defended the partner": a
    // "he" after a body that was the subject is the person who was one just before, when there is one)
    // ("Chadian units, he said, had pursued the insurgents. He then accused …": or the person the sentence before had speak)
    if (gendered && prev && prev.cls !== 'Person') prev = this.lastPerson(si) ?? prevMs.find((m) => m.cls === 'Person') ?? prev;
    // ("Members discussed the remarks by Ghana's President Nana Akufo-Addo. He claimed that …": with no one else to
    // stand for, "he" is the one person the sentence before named, whatever the preposition before him)
    if (gendered && !prev && !here && !untracked) {
      const people = prevMs.filter((m) => m.cls === 'Person' && m.kind !== 'pronoun');
      if (people.length && people.every((m) => m.entity === people[0]!.entity)) prev = people[0];
    }
    // "… the ministry said in a statement. It said the army had …": a pronoun that speaks is the speaker before.
    const t = seg.sentences[si]!.tokens;
    let speaker: ResolvedMention | undefined;
    if (!here && prevS && SPEECH.has(t[c.to]?.lemma ?? '')) {
      const pt = prevS.tokens;
      const at = pt.findIndex((x) => SPEECH.has(x.lemma) && x.pos === 'VERB');
      // ("the government spokesman, Colonel Abdoulaye Maïga, announced …": the name closing before the verb's comma)
      if (at >= 0) speaker = prevMs.find((m) => (m.to === at || m.from === at + 1 || (m.to === at - 1 && pt[at - 1]!.text === ',')) && fitsPronoun(m, plural, personal, itself) && m.kind !== 'pronoun');
    }
    // ("… where Tuareg rebels and an al Qaeda affiliate both said they had routed …", "the army said it had
    // killed …": the subject of a reported clause right after the speech verb is the speaker)
    // (a group's fighters stand where its possessive does: "ISWAP boasted that its fighters had seized …")
    const at = word !== c.text.toLowerCase() ? c.from - 1 : c.from;
    const v = t[at - 1]?.norm === 'that' ? at - 2 : at - 1;
    // (a subject: "described him as …" has no clause of its own)
    if ((SPEECH.has(t[v]?.lemma ?? '') || (t[v + 1]?.norm === 'that' && THAT_SPEECH.has(t[v]?.lemma ?? ''))) && t[v]!.pos === 'VERB' && word !== 'him' && word !== 'her' && word !== 'them') {
      let open = v - 1;
      while (open >= 0 && !CLAUSE_OPENERS.has(t[open]!.norm)) open--;
      const own = before.filter((m) => m.from > open && m.to <= v && m.kind !== 'pronoun' && fitsPronoun(m, plural, personal, itself) && !governingPreposition(seg.sentences[si]!, m));
      // (the nearest speaker, and back over a coordination to its first member: "rebels and an al Qaeda affiliate")
      let cur = own[own.length - 1];
      for (let guard = 0; cur && guard < 3; guard++) {
        const at = t[cur.from - 1]?.norm === 'and' ? cur.from - 1 : t[cur.from - 2]?.norm === 'and' && t[cur.from - 1]!.pos === 'DET' ? cur.from - 2 : -1;
        const first = at > 0 ? own.find((m) => m.to === at) : undefined;
        if (!first) break;
        cur = first;
      }
      if (cur) speaker = cur;
    }
    const target = (speaker && !subordinate ? speaker : undefined) ?? here ?? speaker ?? prev;
    if (target) this.attach(si, ci, drafts.get(target.entity)!, false);
  }

  /** Does the article write `w` with a capital? (The set of such words is made the first time an alias needs it.) */
  writes(w: string): boolean {
    const { seg } = this;
    if (!this.written) {
      this.written = new Set<string>();
      for (const st of seg.sentences) for (const tok of st.tokens) if (isUpper(tok.text)) this.written.add(tok.text);
    }
    return this.written.has(w);
  }

  /** The alternative labels an entity keeps: not its label; a name the gazetteer gives to several entries only
   * when the article used it for this one; not a gazetteer alias the article writes but never for this entity
   * ("the Tombouctou", a boat, is not Timbuktu). */
  // (no set of its labels or of its mentions' texts made: an entity has few of each)
  keptAliases(e: Draft): string[] {
    const { seg, gaz } = this;
    const labels = e.altLabels;
    const facts = e.entry ? aliasFacts(gaz, e.entry) : NO_FACTS;
    const out: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      const a = labels[i]!;
      if (a === e.label) continue;
      // (the first labels are the entry's names, weighed once for every article; the others, texts of the article, are
      // none of its aliases: those came first)
      const fact = facts[i];
      // (a doubtful name is kept when a mention says it: the entry's few are doubtful, the article's texts said)
      const dropped = fact ? (fact.homonym || (fact.alias && this.writes(fact.first) && seg.doc.text.includes(a))) && !saidAs(e, a)
        : !saidAs(e, a) && isHomonym(gaz, a);
      if (dropped || labels.indexOf(a) !== i) continue;
      out.push(a);
    }
    return sortStrings(out);
  }

}

const notPronoun = (m: Mention): boolean => m.kind !== 'pronoun';
/** What closes a quotation: "…,” he said". */
const QUOTE_CLOSERS = new Set(['”', '"', '»', '’']);
/** Is mention `m` of sentence `s` named in passing, in a relative clause ("Residents who have reached Maiduguri")? */
const inPassing = (s: Sentence, m: ResolvedMention): boolean => {
  for (let k = Math.max(0, m.from - 4); k < m.from; k++) if (s.tokens[k]!.norm === 'who') return true;
  return false;
};
/** Is description `c` of sentence `s` groups in the plural that are not what something is made of ("jihadist groups
 * operate here", not "an alliance of former rebel groups")? */
function severalGroups(s: Sentence, c: MentionCandidate): boolean {
  if (!/groups$/i.test(c.text)) return false;
  let o = c.from - 1;
  while (o > 0 && GROUP_MODIFIERS.has(s.tokens[o]!.pos)) o--;
  return s.tokens[o]?.norm !== 'of';
}
const GROUP_MODIFIERS = new Set(['ADJ', 'DET', 'ADV', 'NUM', 'PROPN']);
const NO_MENTIONS: readonly (ResolvedMention | undefined)[] = [];
/** The pronouns that open a briefing's line for the heading's actor; and those that stand for groups (not a person). */
/** Words that open a roundup's move to another state: "Meanwhile in Niger, …", "Elsewhere, in Chad, …". */
const SCENE_SHIFTS = new Set(['meanwhile', 'elsewhere']);
const TOPIC_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'he', 'his']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'it', 'its', 'their']);


/** The mentions resolved of a sentence's candidates (those that start before `before`), in text order (a stable
 * insertion sort of the few there are). */
function byStart(row: readonly (ResolvedMention | undefined)[], before = Infinity): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const m of row) {
    if (!m || m.start >= before) continue;
    let j = out.length - 1;
    while (j >= 0 && out[j]!.start > m.start) { out[j + 1] = out[j]!; j--; }
    out[j + 1] = m;
  }
  return out;
}

/** Sorts distinct strings by their UTF-16 code units, in place (what `sort()` does; an insertion sort for the few
 * names of an entity). */
function sortStrings(out: string[]): string[] {
  for (let i = 1; i < out.length; i++) {
    const a = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]! > a) { out[j + 1] = out[j]!; j--; }
    out[j + 1] = a;
  }
  return out;
}

/** Is one of an entity's mentions written `text`? */
function saidAs(e: Entity, text: string): boolean {
  for (const m of e.mentions) if (m.text === text) return true;
  return false;
}

/** The first word of a name: up to its first space or hyphen (what `name.split(/[\s-]/)[0]` gives, with no array made). */
const firstWord = (name: string): string => {
  const cut = name.search(/[\s-]/);
  return cut < 0 ? name : name.slice(0, cut);
};

// An entry's label, aliases and acronyms folded, in that order, made once per entry (every article that names it remembers them).
const foldedOf = new WeakMap<object, string[]>();
function foldedNames(entry: GazetteerEntry): readonly string[] {
  let names = foldedOf.get(entry);
  if (!names) foldedOf.set(entry, (names = [entry.label, ...entry.aliases, ...entry.acronyms].map(fold)));
  return names;
}
const NO_NAMES: readonly string[] = [];

/** What `keptAliases` asks of a name an entry gives its drafts: does the gazetteer give it to several entries, is it one
 * of the entry's aliases (not an acronym), and its first word. */
interface AliasFact { homonym: boolean; alias: boolean; first: string }
// Per entry, the facts of its aliases and acronyms, in that order (as its drafts' altLabels start), made once per entry:
// an article asks about each name of each entry it names.
const aliasFactsOf = new WeakMap<object, readonly AliasFact[]>();
function aliasFacts(gaz: GazetteerIndex, entry: GazetteerEntry): readonly AliasFact[] {
  let facts = aliasFactsOf.get(entry);
  if (!facts) {
    const aliases = new Set(entry.aliases);
    facts = entry.aliases.concat(entry.acronyms).map((a) => ({ homonym: isHomonym(gaz, a), alias: aliases.has(a), first: firstWord(a) }));
    aliasFactsOf.set(entry, facts);
  }
  return facts;
}
const NO_FACTS: readonly AliasFact[] = [];

/** The entries that share the name tokens[from, to) spell (its name keys joined by spaces), if several do. */
function homonymsOf(gaz: GazetteerIndex, tokens: readonly Token[], from: number, to: number): string[] | undefined {
  // (most names share no first word with a homonym: tested before the key is made)
  let k = from;
  while (k < to && (tokens[k]!.norm === '-' || tokens[k]!.norm === '–' || tokens[k]!.norm === '.')) k++;
  if (k === to) return gaz.homonyms.get('');
  const first = tokens[k]!.norm;
  const space = first.indexOf(' ');
  if (!gaz.homonymStarts.has(space < 0 ? first : first.slice(0, space))) return undefined;
  return gaz.homonyms.get(nameKeys(tokens.slice(from, to)).join(' '));
}

// Every article checks each alias of each gazetteer entry it names: remember the answer per alias.
const homonymOf = new WeakMap<GazetteerIndex, Map<string, boolean>>();
function isHomonym(gaz: GazetteerIndex, name: string): boolean {
  if (!gaz.homonyms.size) return false;
  let known = homonymOf.get(gaz);
  if (!known) homonymOf.set(gaz, (known = new Map()));
  let is = known.get(name);
  if (is === undefined) {
    is = gaz.homonyms.has(fold(name).split(/\s+/).join(' '));
    if (known.size < 100_000) known.set(name, is);
  }
  return is;
}

/** Whether a description opens with (or follows) "the", "this", "that", "these", "those". */
function definite(t: readonly Token[], c: MentionCandidate): boolean {
  return DEFINITE.has(t[c.from]!.norm) || DEFINITE.has(t[c.from - 1]?.norm ?? '');
}
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** What names the owner of soldiers after them: "soldiers from Niger", "troops of the ECOWAS standby force". */
const OWNER_AFTER = new Set(['from', 'of']);
/** Prepositions that make a mention no subject. */
// ("Besides France, Estonia and Denmark, the force received …", "Like Barkhane, it worked …": a fronted comparison or
// addition names no subject)
const OBLIQUE = new Set(['to', 'by', 'with', 'for', 'from', 'of', 'in', 'on', 'against', 'towards', 'besides', 'like', 'unlike', 'beside', 'alongside']);

// Tests of pass 4 and 5 on one mention, as functions of the module rather than closures made per mention.

/** Is mention `m` a possessive modifier ("al-Qaeda's")? */
const possessive = (s: Sentence, m: ResolvedMention): boolean => /^['’]s$/.test(s.tokens[m.to]?.text ?? '');
/** Can mention `m` be what a pronoun stands for ("they" no person, "his" a person)? */
const fitsPronoun = (m: ResolvedMention, plural: boolean, personal: boolean, singular = false): boolean =>
  !isPlaceClass(m.cls) && !(plural && m.cls === 'Person') && (!personal || m.cls === 'Person') && !(singular && pluralDescription(m));
/** A description in the plural ("the assailants", "gunmen"), which "it" cannot stand for. */
const pluralDescription = (m: ResolvedMention): boolean => m.kind === 'description' && /(?:[^s']s|men)$/i.test(m.text);
/** Does a preposition govern mention `m` of sentence `s` (whose mentions are `ms`), itself or as a second conjunct
 * ("strikes on Ansar Dine and MUJAO positions")? */
function obliqueIn(s: Sentence, ms: readonly ResolvedMention[], m: ResolvedMention): boolean {
  // (the items of a list share its first's preposition: "Besides France, Estonia, the Czech Republic and Denmark")
  const at = s.tokens[m.from - 1]?.pos === 'DET' ? m.from - 2 : m.from - 1;
  // (not one its verb follows: "…, the force received …", "…, and Hungary had promised …" is a clause's subject)
  // (nor a description set beside the name before: "MINUSMA, the United Nations peacekeeping mission")
  const joint = (s.tokens[at]?.norm === 'and' || s.tokens[at]?.norm === 'or' || (s.tokens[at]?.text === ',' && m.kind !== 'description'))
    && s.tokens[m.to]?.pos !== 'VERB' && s.tokens[m.to]?.pos !== 'AUX';
  return OBLIQUE.has(governingPreposition(s, m) ?? '') || (joint && ms.some((o) => o.to === at && o !== m && obliqueIn(s, ms, o)));
}
/** Is the person mention `m` of tokens `bt` titled `role`: "government spokesman X", "X, the army's spokesman,", "the
 * President of the Republic, Ibrahim Boubacar Keïta," (a title phrase set off by a comma)? */
function titled(bt: readonly Token[], m: ResolvedMention, role: string): boolean {
  return bt.slice(Math.max(0, m.from - (bt[m.from - 1]?.text === ',' ? 6 : 3)), m.from).some((x) => x.norm === role)
    || (bt[m.to]?.text === ',' && bt.slice(m.to + 1, m.to + 7).some((x) => x.norm === role));
}
/** Tokens a clause starts after, for the speaker of a speech verb. */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'where', 'which', 'who', 'that', 'when', 'while', '-', '—', '–', 'but']);
/** Bodies whose "troops" are their own: a mission, a military company, an armed group. */
const NON_STATE_OWNERS = new Set<string>(['InternationalOrganization', 'PrivateMilitaryCompany', 'ArmedGroup']);

/**
 * The comma that closes a subordinate clause opening the sentence ("When the army cancelled elections, …", "Two weeks after
 * French troops had retaken Gao, …"), or -1: the subordinator comes first, or after a phrase of time, and the clause has a verb.
 */
function frontedClauseEnd(t: readonly Token[]): number {
  let i = 0;
  while (i < 4 && i < t.length && !SUBORDINATORS.has(t[i]!.norm) && (t[i]!.pos === 'NUM' || t[i]!.pos === 'NOUN' || t[i]!.pos === 'ADJ' || t[i]!.pos === 'ADV' || t[i]!.pos === 'DET')) i++;
  if (!SUBORDINATORS.has(t[i]?.norm ?? '')) return -1;
  const comma = t.findIndex((x, q) => q > i && x.text === ',');
  return comma > 0 && t.slice(i + 1, comma).some((x) => x.pos === 'VERB' || x.pos === 'AUX') ? comma : -1;
}
/** Words that open a subordinate clause, whose pronoun subject is most often the nearest actor before it. */
const SUBORDINATORS = new Set(['when', 'while', 'as', 'after', 'before', 'because', 'until', 'since', 'where', 'once', 'whereas']);
/** Verbs of speech whose subject is a speaker ("the ministry said"), for a pronoun that speaks next. */
const SPEECH = new Set(['say', 'tell', 'add', 'announce', 'state', 'report', 'claim', 'confirm']);
/** Verbs whose that-clause's subject pronoun is the speaker ("ISWAP boasted that its fighters had seized …"): speech, and more. */
const THAT_SPEECH = new Set([...SPEECH, 'boast', 'insist', 'deny', 'admit', 'acknowledge', 'declare', 'assert', 'warn', 'vow', 'explain']);
/** Nouns after a name that make it a modifier of another group ("an al Qaeda affiliate", "al-Qaeda's branch"). */
/** Is the mention at `from` the parent of a part named right before it ("the regional branch of the Islamic State group")? */
function partOfBefore(t: readonly Token[], from: number): boolean {
  const of = t[from - 1]?.pos === 'DET' ? from - 2 : from - 1;
  return t[of]?.norm === 'of' && PART_HEADS.has(t[of - 1]?.norm ?? '');
}
const PART_HEADS = new Set(['affiliate', 'affiliates', 'branch', 'wing', 'franchise', 'offshoot', 'arm', 'subsidiary', 'ally', 'allies', 'splinter', 'faction']);
/** Nouns for those who carried out an attack, which a definite article ties to the group the text says attacked. */
const ATTACKER_NOUNS = new Set(['attackers', 'assailants', 'bandits']);
/** Verbs and nouns of an attack whose doer "the attackers" names again. */
const ATTACK_LEMMAS = new Set(['attack', 'assault', 'raid', 'storm', 'ambush', 'overrun']);
/** Generic words for attackers that name no group ("gunmen", "armed men", "assailants"). */
const UNNAMED_ATTACKERS = new Set(['gunmen', 'men', 'attackers', 'assailants', 'kidnappers', 'abductors', 'captors']);
/** Armed bodies, which "the group" names before any other body of the same sentence. */
const ARMED_KINDS = new Set<string>(['ArmedGroup', 'PrivateMilitaryCompany']);
/** Every kind of body an "organisation" may be. */
const ANY_BODY: ReadonlySet<string> = new Set(['ArmedGroup', 'Organization', 'InternationalOrganization']);
/** "the group", "the movement": the classes of what such a bare head noun refers back to. */
/** A name that modifies the noun of a phrase a name is apposed to: "U.N." in "The U.N. refugee agency, UNHCR, …". */
function modifiesApposed(t: readonly Token[], ms: readonly (ResolvedMention | undefined)[], m: ResolvedMention): boolean {
  let q = m.to;
  while (q < t.length && q < m.to + 3 && t[q]!.pos === 'NOUN' && /^[a-z]/.test(t[q]!.text)) q++;
  return q > m.to && t[q]?.text === ',' && ms.some((o) => o !== undefined && o.from === q + 1 && o.kind !== 'pronoun' && !isPlaceClass(o.cls) && t[o.to]?.text === ',');
}

/** Prepositions of a comparison put before a sentence's subject ("Like Barkhane, it …"). */
const LIKENING = new Set(['like', 'unlike']);
/** Verbs that bring a body into being: "merged to form X", "X was founded". */
const FORMING: ReadonlySet<string> = new Set(['form', 'create', 'found', 'establish', 'launch']);
const GROUP_ANAPHORS = new Map<string, ReadonlySet<string>>([
  ['group', new Set(['ArmedGroup', 'Organization', 'PrivateMilitaryCompany'])], ['movement', new Set(['ArmedGroup'])], ['coalition', new Set(['ArmedGroup'])],
  // ("the Alliance of Sahel States … the alliance": a bloc of states too)
  ['alliance', new Set(['ArmedGroup', 'InternationalOrganization'])],
  // ("Mauritania was a founding member of the G5 Sahel. Mali left the organisation in 2022")
  ['organisation', ANY_BODY], ['organization', ANY_BODY],
  // ("SEMAFO said … the company said it had suspended operations": a firm, or a military company)
  ['company', new Set(['Organization', 'PrivateMilitaryCompany'])],
  // ("Nigeria's State Security Service … the agency declared Nur wanted": a service of the state, or a civil one)
  ['agency', new Set(['Organization', 'Government', 'StateForce', 'InternationalOrganization'])],
]);
/** Verbs whose subject, when a country, acts through its armed forces; and nouns that make a support verb one. */
const ARMED_VERBS = new Set(['intervene', 'deploy', 'bomb', 'strike', 'shell', 'invade', 'airlift', 'redeploy']);
const ARMED_SUPPORT = new Set(['launch', 'open', 'begin', 'start', 'conduct', 'send', 'carry', 'mount', 'step', 'dispatch']);
const ARMED_NOUNS = new Set(['intervention', 'operation', 'offensive', 'strikes', 'airstrikes', 'air', 'raids', 'troops', 'soldiers', 'forces',
  'counteroffensive', 'counter-offensive', 'assault', 'bombing', 'campaign', 'military', 'warplanes', 'jets', 'helicopters', 'paratroopers', 'commandos']);
const APPOSITION_CUES = new Set(['particularly', 'especially', 'notably', 'mainly', 'including', 'namely', 'chiefly']);

/** Verbs whose subject, when a capital city, stands for its government. */
/** The mark of an article's own node for a source it quotes without a name ("x-source-security-source"). */
const SOURCE = '-source-';
/** The mark of an article's own node for the unnamed attackers it tells of ("x-unidentified-gunmen"). */
const UNNAMED = '-unidentified-';

/**
 * Whether an acronym can stand for a name: most of its capitals are initials of the name's words, in any
 * order (French acronyms of English names: "Operational Coordination Mechanism (MOC)"). "Mali (HCIM)" cannot.
 */
export function initialsFit(acronym: string, name: string): boolean {
  const initials = new Set(fold(name).split(/[\s'-]+/).filter(Boolean).map((w) => w[0]!));
  const capitals = [...acronym].filter((ch) => ch >= 'A' && ch <= 'Z');
  return capitals.length > 0 && capitals.filter((ch) => initials.has(ch.toLowerCase())).length * 3 >= capitals.length * 2;
}
/** Whether an entity id is an article's unnamed attackers (made in pass 4, one node per article and kind). */
export const isUnnamedActor = (id: string): boolean => id.includes(UNNAMED);
/** Is this an article's source quoted without a name ("a security source")? Such a source only speaks: it makes claims, no facts. */
export const isAnonymousSource = (id: string): boolean => id.includes(SOURCE);

/** What a state does through its capital's name: "Bamako suspended …", "Niamey revoked …". */
const STATE_ACTS = new Set(['suspend', 'expel', 'order', 'sign', 'revoke', 'recall', 'sever', 'ban', 'impose', 'threaten', 'decide', 'withdraw',
  'quit', 'leave', 'ask', 'request', 'close', 'summon', 'break', 'end', 'terminate', 'denounce', 'blame', 'criticise', 'criticize', 'retaliate',
  'cancel', 'renounce', 'notify', 'approve', 'agree', 'seek', 'urge', 'turn', 'describe', 'call', 'hire', 'invite', 'reject', 'send', 'deploy',
  'restrict', 'tighten', 'demand', 'want', 'choose', 'opt', 'move', 'pull', 'hand', 'grant', 'offer', 'support', 'back', 'sanction', 'freeze', 'cut',
  // ("Paris ruled out any talks with Ag Ghaly")
  'rule',
  // ("Cotonou reopened its side of the border", "Niamey refused to reopen it")
  'reopen', 'block', 'bar', 'refuse', 'accuse']);
/** Nouns after a surname that make it a family's or an era's name: "the Deby family", "the Compaoré era". */
const KIN_GROUPS = new Set(['family', 'families', 'clan', 'dynasty', 'era', 'years', 'regime', 'household', 'brothers', 'sons']);
/** Verbs whose object, a capital, is its state's government ("accuses Cotonou of …"). */
const ACCUSING = new Set(['accuse', 'blame', 'warn', 'condemn', 'criticise', 'criticize', 'threaten', 'sanction', 'denounce', 'urge', 'summon']);
/**
 * The two words before a capital that make it a state a government turns to or breaks with ("closer to Moscow"). Not "ties
 * with": "Bamako's ties with Algiers soured" is read by the rules of ties, with the capitals as places.
 */
const TURNED_TO: ReadonlySet<string> = new Set([...[...RAPPROCHEMENT].map((p) => p.split(' ').slice(-2).join(' ')), 'turning to', 'broke with', 'break with',
  'breaking with', 'rapprochement with', 'partnership with', 'alliance with', 'pact with']);
/** What a capital's possessive names when it stands for its state: "Bamako's decision to leave". */
const POLICY_NOUNS = new Set(['decision', 'rapprochement', 'relations', 'ties', 'withdrawal', 'departure', 'demand', 'request', 'refusal', 'announcement',
  'move', 'position', 'stance', 'policy', 'statement', 'accusation', 'response', 'ally', 'allies', 'partners', 'partnership', 'cooperation',
  'rulers', 'junta', 'government', 'authorities', 'leaders', 'pivot', 'turn', 'break', 'exit', 'choice', 'plan', 'plans', 'request', 'call', 'pressure']);
const SPEAKING = new Set(['say', 'insist', 'reject', 'deny', 'accuse', 'announce', 'condemn', 'claim', 'warn', 'demand', 'refuse', 'declare', 'confirm', 'respond', 'welcome', 'call', 'urge']);

/**
 * "the junta", "the government" stand for a governing body, not for one of its courts or ministries:
 * a junta by its gazetteer orientation, any other by the words of its names.
 */
function governing(sense: DescriptionSense, e: { label: string; altLabels: string[]; feature?: string }): boolean {
  return !sense.state || sense.cls !== 'Government' || e.feature === 'junta'
    || anyName(e, GOVERNING);
}

/** Can a description of class `want` stand for an entity of class `have`? */
function compatible(want: EntityClass, have: EntityClass): boolean {
  if (want === have) return true;
  const armed: EntityClass[] = ['ArmedGroup', 'PrivateMilitaryCompany', 'StateForce'];
  return armed.includes(want) && armed.includes(have);
}

/** Of two drafts, the one named more often, else the one named first (the first a stable sort on those puts first). */
/** Does the sentence open with a pair or a few of something ("Both movements", "The two groups", "All three armies")? */
function pairOpens(t: readonly Token[]): boolean {
  const k = t[0]?.norm === 'both' ? 1 : (t[0]?.norm === 'the' || t[0]?.norm === 'all') && BACK_REFERENCES.has(t[1]?.norm ?? '') ? 2 : -1;
  return k > 0 && t[k]?.pos === 'NOUN' && /s$/.test(t[k]!.norm);
}

/** Is one of two groups the gazetteer's member (branch, affiliate) of the other? */
function kin(a: Draft, b: Draft): boolean {
  return !!a.entry?.memberOf.includes(b.id) || !!b.entry?.memberOf.includes(a.id);
}

function mostNamed(best: Draft | undefined, e: Draft): Draft {
  return !best || e.named > best.named || (e.named === best.named && e.first < best.first) ? e : best;
}

/** Is a gazetteer force part of another state force (a branch or an operation of an army)? */
function partOfForce(gaz: GazetteerIndex, id: string): boolean {
  return gaz.byId.get(id)?.memberOf.some((p) => gaz.byId.get(p)?.cls === 'StateForce') ?? false;
}

/** Does the name at token `to` complete a description ending at `from`: "rebels from the MNLA", "jihadists of JNIM",
 * "jihadists, particularly JNIM"? */
function namesAfter(tokens: readonly Token[], from: number, to: number): boolean {
  // ("the West African bloc ECOWAS": a name right after the description is what it describes)
  if (to === from) return /^[A-Z]/.test(tokens[to]?.text ?? '');
  if (to < from) return false;
  const first = tokens[from]!.text.toLowerCase();
  if (first === 'from' || first === 'of') {
    for (let k = from + 1; k < to; k++) if (CLAUSE_PUNCTUATION.test(tokens[k]!.text)) return false;
    return true;
  }
  // (not a part the owner has: "Cameroon's army, including its Rapid Intervention Battalion")
  return first === ',' && to - from >= 2 && to - from <= 3 && APPOSITION_CUES.has(tokens[from + 1]!.text.toLowerCase()) && !POSSESSIVES.has(tokens[to - 1]!.norm);
}
const CLAUSE_PUNCTUATION = /^[,;:.]$/;

/** The last word of a text, after its last white space (what `text.split(/\s+/).pop()` gives, with no array made). */
function lastWord(text: string): string {
  let k = text.length - 1;
  while (k >= 0 && !isSpace(text.charCodeAt(k))) k--;
  return k < 0 ? text : text.slice(k + 1);
}
/** Is `word` one of the words of `name` folded (what `fold(name).split(/\s+/).includes(word)` tells, with no array made)? */
function hasWord(name: string, word: string): boolean {
  if (word === '') return fold(name).split(/\s+/).includes(word);
  const f = fold(name);
  for (let at = f.indexOf(word); at >= 0; at = f.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || isSpace(f.charCodeAt(at - 1))) && (end === f.length || isSpace(f.charCodeAt(end)))) return !hasSpace(word);
  }
  return false;
}
const hasSpace = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) if (isSpace(w.charCodeAt(i))) return true;
  return false;
};
/** The white space of a regular expression's `\s`. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The country the article is about: the one its places and demonyms point at most. */
function focus(seg: Segmented, candidates: MentionCandidate[][], gaz: GazetteerIndex): string | undefined {
  const score = new Map<string, number>();
  // A wire dateline ("OUAGADOUGOU, Jan 16, 2016 —") says where the story is: it weighs as much as three mentions.
  const opening = candidates[0]?.[0];
  if (opening && opening.from === 0 && opening.ref.type === 'known' && seg.sentences[0]?.tokens[1]?.text === ',') {
    const e = gaz.byId.get(opening.ref.id);
    if (e && isPlaceClass(e.cls)) bump(score, e.cls === 'Country' ? e.id : countryOf(e.id, gaz), 3);
  }
  for (const cs of candidates) for (const c of cs) {
    if (c.ref.type === 'country') bump(score, c.ref.id, 1);
    // ("Burkina Faso's army", "the Benin Armed Forces" name the country as well as its force: they count for both)
    else if (c.ref.type === 'description' && c.ref.country) bump(score, c.ref.country, gaz.demonyms.has(seg.sentences[c.sentence]!.tokens[c.from]!.norm) || seg.sentences[c.sentence]!.tokens[c.from]!.pos === 'DET' ? 2 : 4);
    else if (c.ref.type === 'known') {
      const e = gaz.byId.get(c.ref.id);
      if (!e) continue;
      if (e.cls === 'Country') bump(score, e.id, 2);
      // (a foreign president quoted does not make the article about his country)
      else if (e.cls !== 'Person') bump(score, e.country ?? countryOf(e.id, gaz), 1);
    }
  }
  // (the first of them sorted by score, then by id: found in one pass, with no array made and sorted)
  let best: string | undefined, most = 0;
  for (const [id, n] of score) if (best === undefined || n > most || (n === most && id.localeCompare(best) < 0)) { best = id; most = n; }
  return best;
}

/** The list of `key` in `lists`, made empty the first time. */
function listOf<T>(lists: Map<string, T[]>, key: string): T[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}

/** Adds `w` to the score of `id`, if any. (A function of the module: tsx names every closure made.) */
function bump(score: Map<string, number>, id: string | undefined, w: number): void {
  if (id) score.set(id, (score.get(id) ?? 0) + w);
}

function countryOf(id: string, gaz: GazetteerIndex): string | undefined {
  let e = gaz.byId.get(id);
  for (let i = 0; e && i < 4; i++) {
    if (e.cls === 'Country') return e.id;
    if (e.country) return e.country;
    e = e.locatedIn ? gaz.byId.get(e.locatedIn) : undefined;
  }
  return undefined;
}

/** The junta of a country in power on a date, when the gazetteer dates one (schema:foundingDate/dissolutionDate). */
function juntaAt(gaz: GazetteerIndex, country: string, date: string | undefined): string | undefined {
  if (!date) return undefined;
  for (const e of gaz.juntas.get(country) ?? NONE) if (e.from! <= date && (e.until === undefined || date.slice(0, e.until.length) <= e.until)) return e.id;
  return undefined;
}
const NONE: readonly GazetteerEntry[] = [];

/** Branches of a state's forces that descriptions name by a word of theirs: "the gendarmes", "the presidential guard". */
const POLICE = /\bpolice/i;
const BRANCHES: readonly (readonly [RegExp, RegExp])[] = [
  [/\bgendarm(e|es|erie)\b/i, /\bgendarmerie\b/i],
  [/\bpresidential guard\b/i, /\bpresidential (guard|security)\b/i],
  [/\bpolice(men)?\b/i, /\bpolice\b/i],
];

/** How the gazetteer names the branch a description names, if it names one. */
function branchNamed(text: string): RegExp | undefined {
  for (const [inText, inName] of BRANCHES) if (inText.test(text)) return inName;
  return undefined;
}

/** The gazetteer's force of that branch in the country, when the description names a branch and the gazetteer has it. */
function branchOf(gaz: GazetteerIndex, country: string, text: string): string | undefined {
  const named = branchNamed(text);
  if (!named) return undefined;
  for (const e of gaz.stateForces.get(country) ?? NONE) if (named.test(e.label) || e.aliases.some((n) => named.test(n))) return e.id;
  return undefined;
}

/** Starts with A–Z or À–Ý (what /^[A-ZÀ-Ý]/ tests, without a regex). */
function capitalInitial(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xdd);
}

/** Starts with a capital letter (A–Z or an accented Latin capital). */
function isUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
