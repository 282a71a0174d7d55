// Sentences and tokens with character offsets and POS tags, from wink-nlp's lite English model.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Document, Segmented, Sentence, Token } from '../types.ts';

/** Lower case without accents, straight apostrophes: the form every rule and lookup compares. */
export const fold = (s: string): string => {
  if (plain(s)) return s.toLowerCase();
  // Accented names (gazetteer labels read again for every article) are normalised once each.
  let f = accented.get(s);
  if (f === undefined) {
    f = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase();
    if (accented.size > 100_000) accented.clear();
    accented.set(s, f);
  }
  return f;
};
/** Printable ASCII but the backtick: nothing to fold but case. (A loop: a regular expression's test cost more than
 * the short names and words fold is called with.) */
const plain = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x60) return false;
  }
  return true;
};
const accented = new Map<string, string>();

/** Longest sentence the rules see, in tokens (news sentences run 20–60). */
export const MAX_TOKENS = 160;

// Loading the model takes ~100 ms; one instance serves every document. Only sentence boundaries and
// POS tags are run: wink's default pipeline also runs NER, negation and sentiment, which no rule reads
// and which cost a third of its time.
let nlp: ReturnType<typeof winkNLP> | undefined;
const engine = () => (nlp ??= winkNLP(model, ['sbd', 'pos']));

// Forms the lite model misreads, with their lemma, one lookup per distinct token: irregular past forms it does not know and
// tags as nouns with themselves as lemma ("army officers overthrew the president"; only forms that cannot be nouns,
// retagged as verbs), and inflections whose lemma it cuts to another word ("staged" -> "stag", "waged" -> "wag", so
// that "JNIM staged an attack" lost its support verb; found by lemmatising every inflection of the lexicon's words).
interface Misread { lemma: string; verb: boolean }
const MISREAD: ReadonlyMap<string, Misread> = new Map(Object.entries({
  overthrew: { lemma: 'overthrow', verb: true }, overtook: { lemma: 'overtake', verb: true },
  outran: { lemma: 'outrun', verb: true }, forsook: { lemma: 'forsake', verb: true },
  retook: { lemma: 'retake', verb: true }, retaken: { lemma: 'retake', verb: true }, outfought: { lemma: 'outfight', verb: true },
  // ("had overrun the base", "the post was overrun": the participle the tagger reads as the noun of "cost overruns")
  overrun: { lemma: 'overrun', verb: true },
  staged: { lemma: 'stage', verb: false }, staging: { lemma: 'stage', verb: false },
  waged: { lemma: 'wage', verb: false }, waging: { lemma: 'wage', verb: false },
}));

// Token values repeat across a corpus: fold each distinct one once. Bounded so that a huge corpus of
// unique tokens cannot grow it without end.
const folded = new Map<string, string>();
const foldCached = (value: string): string => {
  let f = folded.get(value);
  if (f === undefined) {
    f = internalized(fold(value));
    if (folded.size > 200_000) folded.clear();
    folded.set(value, f);
  }
  return f;
};

/**
 * The one copy of `s` that V8 keeps of each property name. Norms are compared with words and looked up in sets and
 * tables by every rule: two such strings are equal only when they are one, and a word used as a key needs no lookup in
 * V8's table of names first (a norm made by toLowerCase is a string of its own otherwise).
 */
// (a property of a dictionary object, which Object.create(null) makes: `{ [s]: 0 }` made a hidden class for every
// word, all kept in one growing list of transitions, 9 MB for 50 000 words)
const internalized = (s: string): string => {
  const holder = Object.create(null) as Record<string, number>;
  holder[s] = 0;
  return Object.keys(holder)[0] ?? s;
};

type WinkDoc = ReturnType<ReturnType<typeof winkNLP>['readDoc']>;
type WinkTokens = ReturnType<WinkDoc['tokens']>;
type ItsFn = Parameters<WinkTokens['out']>[0];
type WinkIts = ReturnType<typeof winkNLP>['its'];

/**
 * What a token is, worked out once per distinct token (wink's id for its value; the lexicon behind an id never
 * changes): its text, fold and misreading, and its lemma for each tag wink gave it (wink's lemma of a token is a
 * function of its id and tag, except in a contraction, which carries its own). Walking wink's lemmas for every
 * token cost more than the rest of our token building.
 */
interface Known {
  value: string;
  norm: string;
  fix: Misread | undefined;
  /** Only whitespace: no token of a sentence. */
  blank: boolean;
  /** Only whitespace, with a line break: ends a sentence. */
  lineBreak: boolean;
  /** The first tag asked about and its lemma (in lower case); `more` holds the other tags'. */
  tag: string | undefined;
  lemma: string;
  more: Map<string, string> | undefined;
}
// By wink's id, 1 + the index in `known` of what the token is, 0 when not yet worked out. (A typed array indexed by id:
// a Map looked up for every token was a fifth of segment's own time.) Bounded so that a huge corpus of unique tokens
// cannot grow it without end.
let slotOf = new Int32Array(1 << 16);
const known: Known[] = [];

const knownToken = (id: number, tokens: WinkTokens, i: number, its: WinkIts): Known => {
  const slot = id < slotOf.length ? slotOf[id]! : 0;
  return slot !== 0 ? known[slot - 1]! : learnToken(id, tokens, i, its);
};

// (apart from knownToken, which runs for every token: there, this rarely taken path deoptimised it ~800 times per
// corpus run, "insufficient type feedback", as it met tokens for the first time)
function learnToken(id: number, tokens: WinkTokens, i: number, its: WinkIts): Known {
  const value = internalized(tokens.itemAt(i).out(its.value) as string);
  const norm = foldCached(value);
  const blank = value.trim() === '';
  const k: Known = { value, norm, fix: MISREAD.get(norm), blank, lineBreak: blank && value.includes('\n'), tag: undefined, lemma: '', more: undefined };
  if (known.length > 200_000) { known.length = 0; slotOf.fill(0); epoch++; }
  if (id >= slotOf.length) {
    const wider = new Int32Array(Math.max(id + 1, slotOf.length * 2));
    wider.set(slotOf);
    slotOf = wider;
  }
  known.push(k);
  slotOf[id] = known.length;
  return k;
}

/**
 * The words of the tokens of the last document segmented, sentence after sentence: a number per distinct token text,
 * below `wordCount()`, so that a rule that looks up every token's norm can keep its answers in an array by word, and
 * look up each word once. `wordsAt(s)` tells where sentence `s`'s start, -1 when `s` is no sentence of that document.
 * The numbers are given anew when the table of words is emptied (past 200 000 words): `wordEpoch()` tells when.
 */
export const documentWords = (): Int32Array => docWords;
export const wordsAt = (s: Sentence): number => (lastNorms[s.index] === s.norms ? wordsFrom[s.index]! : -1);
export const wordCount = (): number => known.length + 1;
export const wordEpoch = (): number => epoch;
let docWords = new Int32Array(4096);
// (the sentences are known by their norms: no need to hold the sentences themselves, with their tokens, until the
// next document)
const lastNorms: (readonly string[])[] = [];
const wordsFrom: number[] = [];
let epoch = 0;

/** wink's lemma of token `i` (id `k`, tag `tag`), in lower case. */
const lemmaOf = (k: Known, tag: string, tokens: WinkTokens, i: number, its: WinkIts): string => {
  if (k.tag === tag) return k.lemma;
  let lemma = k.tag === undefined ? undefined : k.more?.get(tag);
  if (lemma === undefined) {
    lemma = internalized((tokens.itemAt(i).out(its.lemma as ItsFn) as string).toLowerCase());
    if (k.tag === undefined) { k.tag = tag; k.lemma = lemma; } else (k.more ??= new Map()).set(tag, lemma);
  }
  return lemma;
};

/** Where the possessive "'s" of a capitalised name read as one token begins ("Mali's"), or -1. */
function possessiveAt(value: string): number {
  const n = value.length;
  if (n < 4 || (value.charCodeAt(n - 1) !== 115 /* s */ && value.charCodeAt(n - 1) !== 83 /* S */)) return -1;
  const q = value.charCodeAt(n - 2);
  if (q !== 39 /* ' */ && q !== 8217 /* ’ */) return -1;
  const first = value.charCodeAt(0);
  return first >= 65 && first <= 90 ? n - 2 : -1;
}

/** The word number of a token split off by `segment` (wink gave it no id of its own), by its text. */
function partSlot(value: string): number {
  if (partsEpoch !== epoch) { parts.clear(); partsEpoch = epoch; }
  let slot = parts.get(value);
  if (slot === undefined) {
    const norm = foldCached(value);
    known.push({ value, norm, fix: MISREAD.get(norm), blank: false, lineBreak: false, tag: undefined, lemma: '', more: undefined });
    parts.set(value, (slot = known.length));
  }
  return slot;
}
const parts = new Map<string, number>();
let partsEpoch = 0;

/** Tags that may follow a verb's present form and not a plural noun's: its object or complement. */
const AFTER_VERB = new Set(['NOUN', 'PROPN', 'DET', 'ADP', 'NUM', 'ADJ', 'PRON', 'ADV']);

/**
 * The present verb of a relative clause that the tagger reads as a plural noun after "which" read as a determiner:
 * "The CSP, which controls Kidal", "the MNJTF, which groups troops from Nigeria" — after a comma, "which" opens a
 * clause, and a word in -s followed by an object is its verb.
 */
function relativeVerbs(tokens: Token[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || tokens[i - 1]!.norm !== 'which' || tokens[i - 1]!.pos !== 'DET' || tokens[i - 2]!.text !== ',') continue;
    const n = t.norm;
    if (n.length > 3 && n.charCodeAt(n.length - 1) === 115 /* s */ && n.charCodeAt(n.length - 2) !== 115 && AFTER_VERB.has(tokens[i + 1]!.pos)) t.pos = 'VERB';
  }
}

/**
 * A participle that hedges the noun it opens, which the tagger reads as the sentence's verb: "Suspected jihadists
 * ambushed a convoy", "alleged Boko Haram fighters" — before a noun or a name, at a sentence's start or after a
 * determiner, a preposition, a conjunction or a punctuation mark, it qualifies that noun.
 */
function hedgingAdjectives(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!HEDGING_PARTICIPLES.has(t.norm) || t.pos === 'ADJ') continue;
    const before = tokens[i - 1];
    const next = tokens[i + 1]!.pos;
    if ((!before || before.pos === 'DET' || before.pos === 'PUNCT' || before.pos === 'ADP' || before.pos === 'CCONJ') && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ')) t.pos = 'ADJ';
  }
}
const HEDGING_PARTICIPLES = new Set(['suspected', 'alleged', 'presumed', 'purported']);

/**
 * A participle that is also a noun, which the tagger reads as the noun right after "had" ("it had shot down a
 * helicopter", "the unrest had spread to Niger"): after a form of "have" as auxiliary and before its object or particle,
 * it is the verb.
 */
function perfectParticiples(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const lemma = PARTICIPLE_NOUNS.get(t.norm);
    if (lemma === undefined || t.pos === 'VERB' || tokens[i - 1]!.pos !== 'AUX' || tokens[i - 1]!.lemma !== 'have') continue;
    const next = tokens[i + 1]!.pos;
    if (next === 'DET' || next === 'ADP' || next === 'PRON' || next === 'PROPN' || next === 'NUM') { t.pos = 'VERB'; t.lemma = lemma; }
  }
}
/**
 * Past forms the tagger reads as a noun or an adjective right after their subject ("Gunmen abducted 30 people", "Jihadists
 * blockaded the town", "Troops neutralised 20 terrorists"): not after a determiner, an adjective, a number or a possessive
 * (where "the abducted girls" is an adjective) and before their object, they are the verb.
 */
function pastVerbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const lemma = PAST_MISREADS.get(t.norm);
    if (lemma === undefined || t.pos === 'VERB') continue;
    const before = tokens[i - 1]!;
    if (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM' || before.pos === 'PART' || POSSESSIVE_WORDS.has(before.norm)) continue;
    const next = tokens[i + 1]!.pos;
    if (next === 'DET' || next === 'PROPN' || next === 'NUM' || next === 'ADJ' || next === 'PRON' || next === 'NOUN' || next === 'ADV') { t.pos = 'VERB'; t.lemma = lemma; }
  }
}
/** Past forms the lite model reads as nouns or adjectives after their subject (found by tagging "The gunmen <past> 30
 * people." for every trigger of the lexicon), with their verb's lemma. */
const PAST_MISREADS: ReadonlyMap<string, string> = new Map([['abducted', 'abduct'], ['blockaded', 'blockade'], ['encircled', 'encircle'],
  ['neutralised', 'neutralise'], ['neutralized', 'neutralize']]);
const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Past participles that are nouns too ("a shot", "the spread"), with their verb's lemma. */
const PARTICIPLE_NOUNS: ReadonlyMap<string, string> = new Map([['shot', 'shoot'], ['spread', 'spread'], ['mined', 'mine']]);

/**
 * A gerund the tagger reads as a noun after a preposition ("after expelling French troops", "by killing 12 soldiers"):
 * followed right away by its object — an article, a name, a number, an adjective or a pronoun — it is a verb.
 */
function gerunds(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !GERUND_PREPOSITIONS.has(tokens[i - 1]!.norm) || t.norm.length < 6 || !t.norm.endsWith('ing')) continue;
    const next = tokens[i + 1]!.pos;
    if (next === 'DET' || next === 'PROPN' || next === 'NUM' || next === 'ADJ' || next === 'PRON') t.pos = 'VERB';
  }
}
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'by', 'without', 'since', 'upon', 'while', 'when']);

/**
 * A present verb the tagger reads as a plural noun after its subject: "after the junta demands their departure", "the
 * group claims the attack" — a singular noun opened by an article, then the word in -s, then an article or a possessive
 * that opens its object.
 */
function presentVerbs(tokens: Token[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const n = t.norm;
    if (t.pos !== 'NOUN' || n.length < 5 || n.charCodeAt(n.length - 1) !== 115 /* s */ || n.charCodeAt(n.length - 2) === 115) continue;
    const subject = tokens[i - 1]!;
    if (subject.pos !== 'NOUN' || subject.norm.endsWith('s') || tokens[i - 2]!.pos !== 'DET' || !OBJECT_OPENERS.has(tokens[i + 1]!.norm)) continue;
    t.pos = 'VERB';
    if (t.lemma === n) t.lemma = n.slice(0, -1);
  }
}
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/** Flags of a placed token, for the sentence building: not part of any sentence, or a line break. */
const SKIP = 1, BREAK = 2;

// Scratch arrays of `segment`, kept from one document to the next (allocating typed arrays per document showed in profiles).
let indexOf = new Int32Array(4096);
let flagsOf = new Uint8Array(4096);
let wordOf = new Int32Array(4096);
/** The positions in `tokens` of a sentence's tokens, before any cut (see `push`). */
const kept: number[] = [];

/** Does `text` hold `value` at `at`? (text.startsWith, by char codes: startsWith was the costliest line of the token loop) */
const holdsAt = (text: string, value: string, at: number): boolean => {
  if (at + value.length > text.length) return value.length === 0;
  for (let j = 0; j < value.length; j++) if (text.charCodeAt(at + j) !== value.charCodeAt(j)) return false;
  return true;
};

/**
 * Splits a document into sentences of tokens. Offsets index the document's text, so that
 * `doc.text.slice(token.start, token.end) === token.text` always holds. A blank line always ends a
 * sentence (headings and paragraphs without final punctuation stay apart).
 */
export function segment(doc: Document): Segmented {
  const wink = engine();
  const its = wink.its;
  const text = doc.text;
  const parsed = wink.readDoc(text);
  const col = parsed.tokens();
  const ids = col.out(its.uniqueId) as number[];
  const spaces = col.out(its.precedingSpaces) as string[];
  const tags = col.out(its.pos) as string[];
  const contracted = col.out(its.contractionFlag) as boolean[];

  // Offsets from the lossless token + preceding-space stream; fall back to searching when wink
  // normalised a character (it keeps the original for every input we have seen, but never trust it).
  // `index[i]` is the position in `tokens` of wink's token i, -1 when it could not be placed.
  const tokens: Token[] = [];
  // (a token may split in two: room for twice as many)
  if (indexOf.length < ids.length * 2) { indexOf = new Int32Array(ids.length * 2); flagsOf = new Uint8Array(ids.length * 4); wordOf = new Int32Array(ids.length * 4); }
  const index = indexOf.fill(-1, 0, ids.length);
  const flags = flagsOf;
  const word = wordOf;
  const epochAtStart = epoch;
  let cursor = 0;
  for (let i = 0; i < ids.length; i++) {
    const k = knownToken(ids[i]!, col, i, its);
    const value = k.value;
    let start = cursor + spaces[i]!.length;
    if (!holdsAt(text, value, start)) {
      const found = text.indexOf(value, cursor);
      if (found < 0) continue;
      start = found;
    }
    cursor = start + value.length;
    const tag = tags[i]!;
    const fix = k.fix;
    const lemma = fix !== undefined ? fix.lemma
      : contracted[i] ? (col.itemAt(i).out(its.lemma as ItsFn) as string).toLowerCase() : lemmaOf(k, tag, col, i, its);
    const pos = fix?.verb ? 'VERB' : tag;
    flags[tokens.length] = (pos === 'SPACE' || k.blank ? SKIP : 0) | (k.lineBreak ? BREAK : 0);
    index[i] = tokens.length;
    // wink keeps "Mali's" whole once it has met it so (before a full stop, say) and splits it everywhere after: split it
    // always, so that an article's tokens do not depend on the articles read before it.
    const owner = possessiveAt(value);
    if (owner > 0) {
      const name = value.slice(0, owner), mark = value.slice(owner);
      word[tokens.length] = partSlot(name);
      tokens.push({ text: name, start, end: start + owner, pos, norm: foldCached(name), lemma: name.toLowerCase() });
      flags[tokens.length] = 0;
      word[tokens.length] = partSlot(mark);
      tokens.push({ text: mark, start: start + owner, end: cursor, pos: 'PART', norm: foldCached(mark), lemma: "'s" });
      continue;
    }
    word[tokens.length] = slotOf[ids[i]!]!;
    tokens.push({ text: value, start, end: cursor, pos, norm: k.norm, lemma });
  }

  relativeVerbs(tokens);
  hedgingAdjectives(tokens);
  perfectParticiples(tokens);
  pastVerbs(tokens);
  gerunds(tokens);
  presentVerbs(tokens);

  const sentences: Sentence[] = [];
  // (the words of the document's sentences, in `docWords`; none when the table of words was emptied while this
  // document was read: its first tokens' numbers are gone)
  const numbered = epoch === epochAtStart;
  if (docWords.length < tokens.length) docWords = new Int32Array(tokens.length * 2);
  let words = 0;
  wordsFrom.length = 0;
  // (closures, though tsx names each closure it makes, ~25 ms a corpus run for these three: made functions of the module,
  // they left to chance V8's choice of the allocations it makes in the old generation at once, and most runs then
  // promoted 60% more in young-generation collections; seen with --trace-gc-nvp)
  // A sentence of the tokens at positions at[from..to).
  const emit = (at: readonly number[], from: number, to: number) => {
    // (a loop, not toks.map: map builds a packed array when interpreted and a holey one once inlined by
    // the optimiser, and code that has only seen one kind deoptimises at every read of the other —
    // findMentions was recompiled ~20 times per run for that, 200–400 ms of compiler time each)
    const toks: Token[] = [];
    const norms: string[] = [];
    wordsFrom.push(words);
    for (let q = from; q < to; q++) {
      const t = tokens[at[q]!]!;
      toks.push(t);
      norms.push(t.norm);
      docWords[words++] = word[at[q]!]!;
    }
    const start = toks[0]!.start;
    const end = toks[toks.length - 1]!.end;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens: toks, norms });
  };
  const push = (from: number, to: number) => {
    kept.length = 0;
    for (let i = from; i < to; i++) if ((flags[i]! & SKIP) === 0) kept.push(i);
    // Text with no sentence punctuation (lists, scraped tables) would make one huge "sentence", and the
    // rules are quadratic in sentence length: cut it at a comma, semicolon or colon near every
    // MAX_TOKENS/2 tokens, and hard at MAX_TOKENS.
    let a = 0;
    while (kept.length - a > MAX_TOKENS) {
      let cut = -1;
      for (let i = MAX_TOKENS - 1; i >= MAX_TOKENS / 2; i--) if (/^[;:,]$/.test(tokens[kept[a + i]!]!.text)) { cut = i + 1; break; }
      if (cut < 0) cut = MAX_TOKENS;
      emit(kept, a, a + cut);
      a += cut;
    }
    if (kept.length > a) emit(kept, a, kept.length);
  };
  // wink keeps line breaks as tokens of their own (or in the spacing before the next token): any token
  // that is only whitespace with a line break, or a gap holding one, ends the sentence there.
  const breaksBefore = (i: number) => {
    if ((flags[i]! & BREAK) !== 0) return true;
    const end = tokens[i]!.start;
    for (let c = i > 0 ? tokens[i - 1]!.end : 0; c < end; c++) if (text.charCodeAt(c) === 10) return true;
    return false;
  };
  // wink's sentences (first and last token), as ranges of `tokens`.
  const spans = parsed.sentences().out(its.span) as number[][];
  for (const span of spans) {
    let from = span[0]!, to = span[1]! + 1;
    while (from < to && index[from]! < 0) from++;
    while (to > from && index[to - 1]! < 0) to--;
    if (from >= to) continue;
    const last = index[to - 1]! + 1;
    let a = index[from]!;
    for (let i = a + 1; i < last; i++) {
      if (breaksBefore(i)) {
        push(a, i);
        a = i;
      }
    }
    push(a, last);
  }
  lastNorms.length = 0;
  if (numbered) for (const st of sentences) lastNorms.push(st.norms);
  return { doc, sentences };
}
