// A lookup structure over the gazetteer: token-sequence keys for names, exact forms for acronyms,
// demonyms to countries, and each country's own forces and government.
import { fold, segment } from '../nlp/segment.ts';
import type { EntityClass, Gazetteer, GazetteerEntry, Token } from '../types.ts';

/** Folds a token for matching: lower case, no accents, straight apostrophes. */
export { fold };

/** Token keys of a name (their norms, the fold of their texts), hyphens dropped so "Al-Qaeda" and "Al Qaeda" meet. */
// (the norms, not texts folded again: segment makes them the strings V8 keeps once, which the tables' lookups compare
// by their address)
export const nameKeys = (tokens: readonly { norm: string }[]): string[] =>
  tokens.map((t) => t.norm).filter((k) => k !== '-' && k !== '–' && k !== '.');

/** A gazetteer name as token keys, for matching against a sentence's norms. */
export interface NameCandidate {
  keys: string[];
  id: string;
  lowerInitial: boolean;
  /** The class of entry `id` (read for every name a sentence's words spell). */
  cls: EntityClass;
}

/** The names that open with one token, split by their second token (see `namesAt`). */
export interface NamesByFirst {
  /** The one-token names only: what a first token followed by no known second token can be. */
  single: NameCandidate[];
  /** Second folded token → the names that can start with the two (the one-token names too), in `names` order. */
  bySecond: Map<string, NameCandidate[]>;
}

export interface GazetteerIndex {
  gazetteer: Gazetteer;
  byId: Map<string, GazetteerEntry>;
  /** First folded token → candidate names (token keys, longest first). */
  names: Map<string, NameCandidate[]>;
  /** `names` again, by first and second token: a sentence's token opens few of the names its first token does. */
  namesByFirst: Map<string, NamesByFirst>;
  acronyms: Map<string, string>;
  /** Folded demonym → country id. */
  demonyms: Map<string, string>;
  forceOf: Map<string, string>;
  governmentOf: Map<string, string>;
  /** A country's private military company, when it has exactly one ("Russian mercenaries"). */
  companyOf: Map<string, string>;
  /** Name keys (joined by spaces) shared by several entries → their ids: "Sahel region" is the wider Sahel or Burkina Faso's region. */
  homonyms: Map<string, string[]>;
  /** The first words of the homonyms' keys (up to a space): a name that starts otherwise is none. */
  homonymStarts: Set<string>;
  /** Folded surname → gazetteer person ids, for "Goïta" after (or without) "Assimi Goïta". */
  surnames: Map<string, string[]>;
  /** Country id → its state forces (the army and its branches), in gazetteer order. */
  stateForces: Map<string, GazetteerEntry[]>;
  /** Country id → its dated juntas (orientation junta, with a founding date), in gazetteer order. */
  juntas: Map<string, GazetteerEntry[]>;
  maxNameLength: number;
}

/** Builds the lookup once per run; names are tokenised with the same tokenizer as the articles. */
export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  const byId = new Map(gazetteer.entries.map((e) => [e.id, e]));
  const names: GazetteerIndex['names'] = new Map();
  const acronyms = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const forceOf = new Map<string, string>();
  const governmentOf = new Map<string, string>();
  const companyOf = new Map<string, string>();
  const companies = new Map<string, string[]>();
  const surnames = new Map<string, string[]>();
  const stateForces = new Map<string, GazetteerEntry[]>();
  const juntas = new Map<string, GazetteerEntry[]>();
  let maxNameLength = 1;

  // Tokenise every name in one pass: one wink document, one name per line.
  const all: { name: string; id: string; cls: EntityClass }[] = [];
  for (const e of gazetteer.entries) for (const name of new Set([e.label, ...e.aliases])) all.push({ name, id: e.id, cls: e.cls });
  const text = all.map((a) => a.name).join('\n\n');
  const seg = segment({ id: 'gazetteer', source: 'gazetteer', text });
  let cursor = 0;
  const lineStarts = all.map((a) => { const s = cursor; cursor += a.name.length + 2; return s; });
  let k = 0;
  const perName: Token[][] = all.map(() => []);
  for (const s of seg.sentences) for (const t of s.tokens) {
    while (k + 1 < lineStarts.length && t.start >= lineStarts[k + 1]!) k++;
    perName[k]!.push(t);
  }
  all.forEach((a, i) => {
    const keys = nameKeys(perName[i]!);
    if (!keys.length) return;
    const list = names.get(keys[0]!) ?? names.set(keys[0]!, []).get(keys[0]!)!;
    if (!list.some((x) => x.id === a.id && x.keys.join(' ') === keys.join(' ')))
      list.push({ keys, id: a.id, lowerInitial: a.name[0] === a.name[0]!.toLowerCase(), cls: a.cls });
    maxNameLength = Math.max(maxNameLength, keys.length);
  });
  for (const list of names.values()) list.sort((a, b) => b.keys.length - a.keys.length || a.id.localeCompare(b.id));
  const namesByFirst = new Map<string, NamesByFirst>();
  for (const [first, list] of names) namesByFirst.set(first, splitBySecond(list));
  const homonyms = new Map<string, string[]>();
  for (const list of names.values()) for (const x of list) {
    const key = x.keys.join(' ');
    const ids = homonyms.get(key) ?? homonyms.set(key, []).get(key)!;
    if (!ids.includes(x.id)) ids.push(x.id);
  }
  // (an acronym two entries share is a homonym too: "CNSP" is Mali's 2020 junta and Niger's 2023 one)
  for (const e of gazetteer.entries) for (const a of e.acronyms) {
    const ids = homonyms.get(fold(a)) ?? homonyms.set(fold(a), []).get(fold(a))!;
    if (!ids.includes(e.id)) ids.push(e.id);
  }
  for (const [key, ids] of homonyms) if (ids.length < 2) homonyms.delete(key);
  const homonymStarts = new Set([...homonyms.keys()].map((key) => key.split(' ')[0]!));

  for (const e of gazetteer.entries) {
    for (const a of e.acronyms) acronyms.set(a, e.id);
    for (const d of e.demonyms) demonyms.set(fold(d), e.id);
    if (e.country && e.cls === 'StateForce' && !forceOf.has(e.country) && !e.memberOf.length) forceOf.set(e.country, e.id);
    // A country's government is the entry named as such, not one of its juntas or ministries.
    if (e.country && e.cls === 'Government' && (!governmentOf.has(e.country) || /^government\b/i.test(e.label)))
      if (!/\b(ministry|department|court|council|committee)\b/i.test(e.label) || !governmentOf.has(e.country)) governmentOf.set(e.country, e.id);
    if (e.country && e.cls === 'StateForce') listOf(stateForces, e.country).push(e);
    if (e.country && e.orientation === 'junta' && e.from !== undefined) listOf(juntas, e.country).push(e);
    if (e.cls === 'PrivateMilitaryCompany' && e.country) companies.set(e.country, [...(companies.get(e.country) ?? []), e.id]);
    if (e.cls === 'Person') {
      const parts = e.label.split(/\s+/);
      if (parts.length > 1) {
        const last = fold(parts[parts.length - 1]!);
        surnames.set(last, [...(surnames.get(last) ?? []), e.id]);
      }
    }
  }
  // Prefer the entry that has no parent (the army, not one of its operations) for each country.
  for (const e of gazetteer.entries) {
    if (e.country && e.cls === 'StateForce' && !forceOf.has(e.country)) forceOf.set(e.country, e.id);
  }
  for (const [country, ids] of companies) if (ids.length === 1) companyOf.set(country, ids[0]!);
  return { gazetteer, byId, names, namesByFirst, acronyms, demonyms, forceOf, governmentOf, companyOf, homonyms, homonymStarts, surnames,
    stateForces, juntas, maxNameLength };
}

/** The list of `key` in `lists`, made empty the first time. */
function listOf<T>(lists: Map<string, T[]>, key: string): T[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}

/** The names of one first token by their second token, each sublist in the order of `list`. */
function splitBySecond(list: readonly NameCandidate[]): NamesByFirst {
  const single = list.filter((c) => c.keys.length === 1);
  const bySecond = new Map<string, NameCandidate[]>();
  for (const c of list) if (c.keys.length > 1) bySecond.set(c.keys[1]!, []);
  for (const [second, sub] of bySecond) for (const c of list) if (c.keys.length === 1 || c.keys[1] === second) sub.push(c);
  return { single, bySecond };
}

/**
 * The gazetteer names that may start at token `i` of a sentence (its norms), longest first: those whose first two
 * keys are the tokens there, hyphens and full stops skipped as the keys drop them, and the one-token names.
 */
export function namesAt(gaz: GazetteerIndex, keys: readonly string[], i: number): readonly NameCandidate[] | undefined {
  const byFirst = gaz.namesByFirst.get(keys[i]!);
  if (!byFirst) return undefined;
  let j = i + 1;
  while (j < keys.length && (keys[j] === '-' || keys[j] === '–' || keys[j] === '.')) j++;
  return (j < keys.length ? byFirst.bySecond.get(keys[j]!) : undefined) ?? byFirst.single;
}
