// Sentences and tokens with character offsets and POS tags, from wink-nlp's lite English model.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Document, Segmented, Sentence, Token } from '../types.ts';

/** Lower case without accents, straight apostrophes: the form every rule and lookup compares. */
export const fold = (s: string): string => {
  if (PLAIN.test(s)) return s.toLowerCase();
  // Accented names (gazetteer labels read again for every article) are normalised once each.
  let f = accented.get(s);
  if (f === undefined) {
    f = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase();
    if (accented.size > 100_000) accented.clear();
    accented.set(s, f);
  }
  return f;
};
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;
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
  staged: { lemma: 'stage', verb: false }, staging: { lemma: 'stage', verb: false },
  waged: { lemma: 'wage', verb: false }, waging: { lemma: 'wage', verb: false },
}));

// Token values repeat across a corpus: fold each distinct one once. Bounded so that a huge corpus of
// unique tokens cannot grow it without end.
const folded = new Map<string, string>();
const foldCached = (value: string): string => {
  let f = folded.get(value);
  if (f === undefined) {
    f = fold(value);
    if (folded.size > 200_000) folded.clear();
    folded.set(value, f);
  }
  return f;
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
// (bounded so that a huge corpus of unique tokens cannot grow it without end)
const known = new Map<number, Known>();

const knownToken = (id: number, tokens: WinkTokens, i: number, its: WinkIts): Known => known.get(id) ?? learnToken(id, tokens, i, its);

// (apart from knownToken, which runs for every token: there, this rarely taken path deoptimised it ~800 times per
// corpus run, "insufficient type feedback", as it met tokens for the first time)
function learnToken(id: number, tokens: WinkTokens, i: number, its: WinkIts): Known {
  const value = tokens.itemAt(i).out(its.value) as string;
  const norm = foldCached(value);
  const blank = value.trim() === '';
  const k: Known = { value, norm, fix: MISREAD.get(norm), blank, lineBreak: blank && value.includes('\n'), tag: undefined, lemma: '', more: undefined };
  if (known.size > 200_000) known.clear();
  known.set(id, k);
  return k;
}

/** wink's lemma of token `i` (id `k`, tag `tag`), in lower case. */
const lemmaOf = (k: Known, tag: string, tokens: WinkTokens, i: number, its: WinkIts): string => {
  if (k.tag === tag) return k.lemma;
  let lemma = k.tag === undefined ? undefined : k.more?.get(tag);
  if (lemma === undefined) {
    lemma = (tokens.itemAt(i).out(its.lemma as ItsFn) as string).toLowerCase();
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

/** Flags of a placed token, for the sentence building: not part of any sentence, or a line break. */
const SKIP = 1, BREAK = 2;

// Scratch arrays of `segment`, kept from one document to the next (allocating typed arrays per document showed in profiles).
let indexOf = new Int32Array(4096);
let flagsOf = new Uint8Array(4096);

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
  if (indexOf.length < ids.length * 2) { indexOf = new Int32Array(ids.length * 2); flagsOf = new Uint8Array(ids.length * 4); }
  const index = indexOf.fill(-1, 0, ids.length);
  const flags = flagsOf;
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
      const name = value.slice(0, owner);
      tokens.push({ text: name, start, end: start + owner, pos, norm: foldCached(name), lemma: name.toLowerCase() });
      flags[tokens.length] = 0;
      tokens.push({ text: value.slice(owner), start: start + owner, end: cursor, pos: 'PART', norm: foldCached(value.slice(owner)), lemma: "'s" });
      continue;
    }
    tokens.push({ text: value, start, end: cursor, pos, norm: k.norm, lemma });
  }

  const sentences: Sentence[] = [];
  const emit = (toks: Token[]) => {
    const start = toks[0]!.start;
    const end = toks[toks.length - 1]!.end;
    // (a loop, not toks.map: map builds a packed array when interpreted and a holey one once inlined by
    // the optimiser, and code that has only seen one kind deoptimises at every read of the other —
    // findMentions was recompiled ~20 times per run for that, 200–400 ms of compiler time each)
    const norms: string[] = [];
    for (const t of toks) norms.push(t.norm);
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens: toks, norms });
  };
  const push = (from: number, to: number) => {
    let toks: Token[] = [];
    for (let i = from; i < to; i++) if ((flags[i]! & SKIP) === 0) toks.push(tokens[i]!);
    // Text with no sentence punctuation (lists, scraped tables) would make one huge "sentence", and the
    // rules are quadratic in sentence length: cut it at a comma, semicolon or colon near every
    // MAX_TOKENS/2 tokens, and hard at MAX_TOKENS.
    while (toks.length > MAX_TOKENS) {
      let cut = -1;
      for (let i = MAX_TOKENS - 1; i >= MAX_TOKENS / 2; i--) if (/^[;:,]$/.test(toks[i]!.text)) { cut = i + 1; break; }
      if (cut < 0) cut = MAX_TOKENS;
      emit(toks.slice(0, cut));
      toks = toks.slice(cut);
    }
    if (toks.length) emit(toks);
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
  return { doc, sentences };
}
