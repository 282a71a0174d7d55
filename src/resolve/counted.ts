// Counted descriptions: "the two governments", "both armies", "the three countries" stand for that many actors of
// their kind named just before — each is a mention of the phrase, so that each speaks, acts or is acted on
// ("Mali and Niger quit the G5 Sahel. The two juntas said …": two claims, one per state).
import type { EntityClass, Sentence } from '../types.ts';
import { coordinated } from '../extract/clause.ts';
import { COUNTED_NOUNS } from '../extract/lexicon.ts';
import type { ResolvedMention } from './entities.ts';

const COUNTS: ReadonlyMap<string, number> = new Map([['two', 2], ['three', 3], ['four', 4], ['both', 2]]);
/** What may come before the count: "the two", "all three", "these two"; "both" stands alone. */
const COUNT_DETERMINERS = new Set(['the', 'all', 'these', 'those']);
/** How far back the actors counted may have been named: this sentence and the two before. */
const REACH = 2;

/**
 * Adds to each sentence's mentions (`bySentence`, in text order) one mention per actor a counted description that opens a
 * clause stands for — as many actors of its kind as it counts, named just before (`lastNamed` says which) — and, after
 * such a count opening a sentence, one per actor for each plural pronoun that follows it. The phrase must be no mention
 * already ("the two groups" of a gazetteer name is that name).
 */
export function addCountedMentions(sentences: readonly Sentence[], bySentence: ResolvedMention[][]): void {
  for (const s of sentences) {
    const t = s.tokens;
    let added: ResolvedMention[] | undefined;
    for (let k = 0; k + 1 < t.length; k++) {
      const n = COUNTS.get(t[k]!.norm);
      if (n === undefined) continue;
      const both = t[k]!.norm === 'both';
      if (!both && !COUNT_DETERMINERS.has(t[k - 1]?.norm ?? '')) continue;
      // (past the words that qualify the noun: "the two West African juntas", "the two rival groups")
      let h = k + 1;
      while (h < k + 4 && !COUNTED_NOUNS.has(t[h]?.norm ?? '') && (t[h]?.pos === 'ADJ' || t[h]?.pos === 'PROPN')) h++;
      const kinds = COUNTED_NOUNS.get(t[h]?.norm ?? '');
      // ("both sides of the border" is a place; "the two sides of the conflict", the same phrase, is no count of actors)
      if (!kinds || t[h + 1]?.norm === 'of') continue;
      const from = both ? k : k - 1, to = h + 1;
      // (as a subject only: "the two juntas said", "…, and the three countries announced"; an object's count is read
      // too loosely — "a force set up … to fight both groups" — to name who was acted on)
      const before = t[from - 1];
      if (before && before.pos !== 'PUNCT' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ' && before.pos !== 'ADV' && before.norm !== 'that') continue;
      const row = bySentence[s.index]!;
      if (row.some((m) => m.from < to && m.to > from)) continue;
      const counted = lastNamed(sentences, bySentence, s.index, t[from]!.start, kinds, n);
      if (!counted) continue;
      const text = s.text.slice(t[from]!.start - s.start, t[h]!.end - s.start);
      for (const m of counted) {
        // (of the kind of the mention counted: a state named stays a state that acts, where a description of a country is a place)
        (added ??= []).push({ start: t[from]!.start, end: t[h]!.end, text, sentence: s.index, doc: m.doc, kind: m.kind, entity: m.entity, cls: m.cls, from, to, counted: true });
      }
    }
    // (in text order, the counted ones in the order they were named)
    if (added) bySentence[s.index] = [...bySentence[s.index]!, ...added].sort((a, b) => a.start - b.start);
  }
  // "Both movements signed the deal, and in 2018 they had fought ISGS", "The two juntas said …. They accused France …":
  // a plural pronoun after a count that opens its sentence, in that sentence or opening the next, is what it counts.
  for (const s of sentences) {
    const opener = bySentence[s.index]!.filter((m) => m.counted && m.from <= 1);
    if (!opener.length) continue;
    standFor(s, bySentence, opener, opener[0]!.to);
    const next = sentences[s.index + 1];
    if (next && PLURAL_PRONOUNS.has(next.tokens[0]?.norm ?? '')) standFor(next, bySentence, opener, 0, 1);
  }
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);

/** Makes the plural pronouns of sentence `s` in tokens [from, to) mentions of `group` (in place of what they were resolved to). */
function standFor(s: Sentence, bySentence: ResolvedMention[][], group: readonly ResolvedMention[], from: number, to = s.tokens.length): void {
  const t = s.tokens;
  let row = bySentence[s.index]!;
  for (let k = from; k < to; k++) {
    if (!PLURAL_PRONOUNS.has(t[k]!.norm)) continue;
    // (a name or a description that covers the word is no pronoun: "their" of "their own alliance")
    if (row.some((m) => m.from <= k && m.to > k && m.kind !== 'pronoun')) continue;
    row = row.filter((m) => !(m.from <= k && m.to > k));
    for (const g of group) row.push({ start: t[k]!.start, end: t[k]!.end, text: t[k]!.text, sentence: s.index, doc: g.doc, kind: g.kind, entity: g.entity, cls: g.cls, from: k, to: k + 1, counted: true });
  }
  bySentence[s.index] = row.sort((a, b) => a.start - b.start);
}

/**
 * The `n` actors of one of the kinds (tried in turn) named before offset `before`, in the order named: the last group
 * counted so before or the last list of `n` of them ("Mali and Niger"), of any of the kinds; else the last `n` named
 * of one kind; undefined if fewer.
 */
function lastNamed(sentences: readonly Sentence[], bySentence: readonly ResolvedMention[][], si: number, before: number, kinds: readonly (readonly EntityClass[])[], n: number): ResolvedMention[] | undefined {
  const fits = (m: ResolvedMention, classes: readonly EntityClass[]) => m.start < before && m.kind !== 'pronoun' && !m.tie && classes.includes(m.cls)
    // (a country by its name: "Malian" only says whose)
    && (m.cls !== 'Country' || m.kind === 'name');
  // ("Mali and Niger quit the bloc. The two juntas said …. The two governments also accused France": the same two;
  // "The military governments of Mali and Burkina Faso warned …. The two juntas said": the states listed)
  for (const classes of kinds) {
    for (let i = si; i >= Math.max(0, si - REACH); i--) {
      const row = bySentence[sentences[i]!.index]!;
      for (let j = row.length - 1; j >= 0; j--) {
        const m = row[j]!;
        if (!fits(m, classes)) continue;
        const group = m.counted ? row.filter((o) => o.counted && o.from === m.from && o.to === m.to) : coordinated(m, row, sentences[i]!);
        if (group.length === n && group.every((o) => fits(o, classes))) return group;
      }
    }
  }
  // ("Niger's junta … accuses Cotonou …. Burkina Faso, led by …, has grown distant from its neighbour. Both countries
  // have left ECOWAS": the subjects of the sentences before, a state's possessive opening one)
  for (const classes of kinds) {
    const found: ResolvedMention[] = [];
    for (let i = si; i >= Math.max(0, si - REACH) && found.length < n; i--) {
      const m = bySentence[sentences[i]!.index]![0];
      if (m && m.from === 0 && fits(m, classes) && !found.some((f) => f.entity === m.entity)) found.push(m);
    }
    if (found.length === n) return found.reverse();
  }
  for (const classes of kinds) {
    const found: ResolvedMention[] = [];
    for (let i = si; i >= Math.max(0, si - REACH) && found.length < n; i--) {
      const s = sentences[i]!;
      const row = bySentence[s.index]!;
      for (let j = row.length - 1; j >= 0 && found.length < n; j--) {
        const m = row[j]!;
        // (not a name that only says whose something is: "the Sahel branch of al-Qaeda", "JNIM fighters", "ISWAP's leader")
        const next = s.tokens[m.to];
        if (!fits(m, classes) || s.tokens[m.from - 1]?.norm === 'of' || (next && ((next.pos === 'NOUN' && /^[a-z]/.test(next.text)) || /^['’]s?$/.test(next.text)))) continue;
        if (!found.some((f) => f.entity === m.entity)) found.push(m);
      }
    }
    if (found.length === n) return found.reverse();
  }
  return undefined;
}
