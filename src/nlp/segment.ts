// Sentences and tokens with character offsets and POS tags, from wink-nlp's lite English model.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Document, Segmented, Sentence, Token } from '../types.ts';

/** Lower case without accents, straight apostrophes: the form every rule and lookup compares. */
export const fold = (s: string): string =>
  PLAIN.test(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase();
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

/** Longest sentence the rules see, in tokens (news sentences run 20–60). */
export const MAX_TOKENS = 160;

// Loading the model takes ~100 ms; one instance serves every document.
let nlp: ReturnType<typeof winkNLP> | undefined;
const engine = () => (nlp ??= winkNLP(model));

/**
 * Splits a document into sentences of tokens. Offsets index the document's text, so that
 * `doc.text.slice(token.start, token.end) === token.text` always holds. A blank line always ends a
 * sentence (headings and paragraphs without final punctuation stay apart).
 */
export function segment(doc: Document): Segmented {
  const wink = engine();
  const its = wink.its;
  const parsed = wink.readDoc(doc.text);
  const values = parsed.tokens().out(its.value) as string[];
  const spaces = parsed.tokens().out(its.precedingSpaces) as string[];
  const tags = parsed.tokens().out(its.pos) as string[];
  const lemmas = parsed.tokens().out(its.lemma as Parameters<ReturnType<typeof parsed.tokens>['out']>[0]) as string[];

  // Offsets from the lossless token + preceding-space stream; fall back to searching when wink
  // normalised a character (it keeps the original for every input we have seen, but never trust it).
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = cursor + spaces[i]!.length;
    if (doc.text.slice(start, start + value.length) !== value) {
      const found = doc.text.indexOf(value, cursor);
      if (found < 0) continue;
      start = found;
    }
    cursor = start + value.length;
    tokens.push({ text: value, start, end: cursor, pos: tags[i]!, norm: fold(value), lemma: lemmas[i]!.toLowerCase() });
  }

  const bounds: [number, number][] = [];
  let first = 0;
  parsed.sentences().each((s: { tokens(): { length(): number } }) => {
    const n = s.tokens().length();
    bounds.push([first, first + n]);
    first += n;
  });

  const sentences: Sentence[] = [];
  const emit = (toks: Token[]) => {
    const start = toks[0]!.start;
    const end = toks[toks.length - 1]!.end;
    sentences.push({ index: sentences.length, start, end, text: doc.text.slice(start, end), tokens: toks });
  };
  const push = (from: number, to: number) => {
    let toks = tokens.slice(from, to).filter((t) => t.pos !== 'SPACE' && t.text.trim() !== '');
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
    const gap = doc.text.slice(i > 0 ? tokens[i - 1]!.end : 0, t.start);
    return /\n/.test(gap) || (t.text.trim() === '' && /\n/.test(t.text));
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
