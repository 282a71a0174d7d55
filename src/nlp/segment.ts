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

// Forms the lite model misreads, with their lemma, one lookup per token: irregular past forms it does not know and
// tags as nouns with themselves as lemma ("army officers overthrew the president"; only forms that cannot be nouns,
// retagged as verbs), and inflections whose lemma it cuts to another word ("staged" -> "stag", "waged" -> "wag", so
// that "JNIM staged an attack" lost its support verb; found by lemmatising every inflection of the lexicon's words).
interface Misread { lemma: string; verb: boolean }
const MISREAD: Readonly<Record<string, Misread>> = Object.assign(Object.create(null), {
  overthrew: { lemma: 'overthrow', verb: true }, overtook: { lemma: 'overtake', verb: true },
  outran: { lemma: 'outrun', verb: true }, forsook: { lemma: 'forsake', verb: true },
  retook: { lemma: 'retake', verb: true }, retaken: { lemma: 'retake', verb: true }, outfought: { lemma: 'outfight', verb: true },
  staged: { lemma: 'stage', verb: false }, staging: { lemma: 'stage', verb: false },
  waged: { lemma: 'wage', verb: false }, waging: { lemma: 'wage', verb: false },
});

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
  const values = parsed.tokens().out(its.value) as string[];
  const spaces = parsed.tokens().out(its.precedingSpaces) as string[];
  const tags = parsed.tokens().out(its.pos) as string[];
  const lemmas = parsed.tokens().out(its.lemma as Parameters<ReturnType<typeof parsed.tokens>['out']>[0]) as string[];

  // Offsets from the lossless token + preceding-space stream; fall back to searching when wink
  // normalised a character (it keeps the original for every input we have seen, but never trust it).
  // `index[i]` is the position in `tokens` of wink's token i, -1 when it could not be placed.
  const tokens: Token[] = [];
  const index = new Int32Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = cursor + spaces[i]!.length;
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, cursor);
      if (found < 0) continue;
      start = found;
    }
    cursor = start + value.length;
    index[i] = tokens.length;
    const norm = foldCached(value);
    const fix = MISREAD[norm];
    tokens.push({ text: value, start, end: cursor, pos: fix?.verb ? 'VERB' : tags[i]!, norm, lemma: fix?.lemma ?? lemmas[i]!.toLowerCase() });
  }

  // wink's sentences, as ranges of `tokens`.
  const bounds: [number, number][] = [];
  let first = 0;
  parsed.sentences().each((s: { tokens(): { length(): number } }) => {
    const n = s.tokens().length();
    let from = first, to = first + n;
    while (from < to && index[from]! < 0) from++;
    while (to > from && index[to - 1]! < 0) to--;
    if (from < to) bounds.push([index[from]!, index[to - 1]! + 1]);
    first += n;
  });

  const sentences: Sentence[] = [];
  const emit = (toks: Token[]) => {
    const start = toks[0]!.start;
    const end = toks[toks.length - 1]!.end;
    // (a loop, not toks.map: map builds a packed array when interpreted and a holey one once inlined by
    // the optimiser, and code that has only seen one kind deoptimises at every read of the other —
    // findMentions was recompiled ~20 times per run for that, 200–400 ms of compiler time each)
    const norms: string[] = [];
    for (const t of toks) norms.push(t.norm);
    sentences.push({ index: sentences.length, start, end, text: doc.text.slice(start, end), tokens: toks, norms });
  };
  const push = (from: number, to: number) => {
    let toks: Token[] = [];
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.pos !== 'SPACE' && t.text.trim() !== '') toks.push(t);
    }
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
    const t = tokens[i]!;
    for (let c = i > 0 ? tokens[i - 1]!.end : 0; c < t.start; c++) if (text.charCodeAt(c) === 10) return true;
    return t.text.includes('\n') && t.text.trim() === '';
  };
  for (const [from, to] of bounds) {
    let a = from;
    for (let i = from; i < to; i++) {
      if (i > a && breaksBefore(i)) {
        push(a, i);
        a = i;
      }
    }
    push(a, to);
  }
  return { doc, sentences };
}
