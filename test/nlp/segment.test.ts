// segment: sentences and tokens whose offsets index the document text, on invented snippets,
// the seed article and the six dev texts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, segment } from '../../src/nlp/segment.ts';
import type { Document } from '../../src/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEV = path.resolve(ROOT, '../shared/eval/dev/texts');
const doc = (text: string): Document => ({ id: 't', text, source: 't.txt' });

const SEED = readFileSync(path.join(ROOT, 'seeds/kidal-2023-11-12.txt'), 'utf8');
const DEV_TEXTS = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(path.join(DEV, f), 'utf8')] as const) : [];
const ODD = 'Soldiers\u00a0entered Anéfis on Tuesday. The CSP—the rebels’ alliance—said: «we hold Ber» 😀 at 10:30 a.m. (GMT)…  '
  + 'Tabs\there. U.S. forces left. e-mail: a@b.org, #tag, $5.5m, 3–4 km.';

/** Every token and sentence is the slice of the document its offsets say. */
function offsetsHold(text: string): void {
  const seg = segment(doc(text));
  expect(seg.sentences.length).toBeGreaterThan(0);
  for (const s of seg.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
}

describe('segment', () => {
  it('splits an article into sentences numbered in order', () => {
    const seg = segment(doc('Burkinabe soldiers clashed with JNIM fighters near Djibo on Tuesday. The army said it had lost six men.'));
    expect(seg.sentences.map((s) => s.text)).toEqual([
      'Burkinabe soldiers clashed with JNIM fighters near Djibo on Tuesday.',
      'The army said it had lost six men.',
    ]);
    expect(seg.sentences.map((s) => s.index)).toEqual([0, 1]);
  });

  it('splits a name\'s possessive the same way whatever was read before ("in Mali\'s." first, then "Mali\'s Kidal region")', () => {
    const texts = (text: string) => segment(doc(text)).sentences.flatMap((x) => x.tokens.map((t) => t.text));
    expect(texts("The fighting was in Mali's.")).toEqual(['The', 'fighting', 'was', 'in', 'Mali', "'s", '.']);
    expect(texts("Fighters attacked in Mali's Kidal region.")).toEqual(['Fighters', 'attacked', 'in', 'Mali', "'s", 'Kidal', 'region', '.']);
  });

  it('tags tokens with a universal POS, a lower-case norm and a lemma', () => {
    const [s] = segment(doc('The MNLA seized Menaka.')).sentences;
    const seized = s!.tokens.find((t) => t.text === 'seized')!;
    expect(seized).toMatchObject({ pos: 'VERB', norm: 'seized', lemma: 'seize' });
    expect(s!.tokens.find((t) => t.text === 'Menaka')!.pos).toBe('PROPN');
  });

  it('tags as a verb the present form the tagger reads as a plural noun after ", which" ("The CSP, which controls Kidal")', () => {
    const tag = (text: string, word: string) => segment(doc(text)).sentences[0]!.tokens.find((t) => t.text === word)!.pos;
    expect(tag('The CSP, which controls Kidal, said it would resist.', 'controls')).toBe('VERB');
    expect(tag('The MNJTF, which groups troops from Nigeria and Chad, launched an offensive.', 'groups')).toBe('VERB');
    // (a determiner "which" before a plural noun and its verb stays as it was)
    expect(tag('It is unclear which groups were involved.', 'groups')).toBe('NOUN');
  });

  it('tags a hedging participle before a noun as an adjective ("Suspected jihadists ambushed …"), not as the verb', () => {
    const tags = (text: string, word: string) => segment(doc(text)).sentences.map((s) => s.tokens.find((t) => t.text === word)?.pos).filter(Boolean);
    expect(tags('Suspected jihadists ambushed a convoy. Two alleged Boko Haram fighters were held.', 'Suspected')).toEqual(['ADJ']);
    expect(tags('A convoy was hit. Suspected jihadists ambushed it.', 'Suspected')).toEqual(['ADJ']);
    // (a verb it stays, with an object or a subject of its own)
    expect(tags('Police suspected the driver.', 'suspected')).toEqual(['VERB']);
  });

  it('tags as the verb a participle that is also a noun right after "had" ("it had shot down a helicopter")', () => {
    const token = (text: string, word: string) => segment(doc(text)).sentences[0]!.tokens.find((t) => t.text === word)!;
    expect(token('The CSP said it had shot down a Malian army helicopter.', 'shot')).toMatchObject({ pos: 'VERB', lemma: 'shoot' });
    expect(token('The unrest had spread to Niger.', 'spread').pos).toBe('VERB');
    // (a noun after "had" as the verb of possession stays one)
    expect(token('The group had troops in Gao.', 'troops').pos).toBe('NOUN');
  });

  it('tags as a verb a gerund the tagger reads as a noun after a preposition, before its object ("after expelling French troops")', () => {
    const token = (text: string, word: string) => segment(doc(text)).sentences[0]!.tokens.find((t) => t.text === word)!;
    expect(token('Mali turned to Russia after expelling French troops in 2022.', 'expelling').pos).toBe('VERB');
    // (a noun it stays after an article: "after a meeting in Bamako")
    expect(token('Talks resumed after a meeting in Bamako.', 'meeting').pos).toBe('NOUN');
  });

  it('tags as a verb a present form the tagger reads as a plural noun after its subject, before its object ("the junta demands their departure")', () => {
    const token = (text: string, word: string) => segment(doc(text)).sentences[0]!.tokens.find((t) => t.text === word)!;
    expect(token('French troops left Niger after the junta demands their departure.', 'demands')).toMatchObject({ pos: 'VERB', lemma: 'demand' });
    // (a plural noun it stays after a plural, or before a verb: "the army's demands were met")
    expect(token("The junta's demands were met.", 'demands').pos).toBe('NOUN');
  });

  it('tags "overrun" as a verb ("had overrun the base", "was overrun"), which the tagger reads as a noun', () => {
    const tag = (text: string) => segment(doc(text)).sentences[0]!.tokens.find((t) => t.text === 'overrun')!;
    expect(tag('ISWAP fighters had overrun the base in Monguno.')).toMatchObject({ pos: 'VERB', lemma: 'overrun' });
    expect(tag('The post was overrun by jihadists.').pos).toBe('VERB');
  });

  it('keeps token offsets exact with accents, dashes, emoji, guillemets and non-breaking spaces', () => {
    offsetsHold(ODD);
  });

  it('keeps token offsets exact on the seed article', () => {
    offsetsHold(SEED);
  });

  it.skipIf(!DEV_TEXTS.length)('keeps token offsets exact on every dev text', () => {
    for (const [, text] of DEV_TEXTS) offsetsHold(text);
  });

  it('drops no visible character of the seed article', () => {
    const covered = new Array<boolean>(SEED.length).fill(false);
    for (const s of segment(doc(SEED)).sentences) for (const t of s.tokens) for (let i = t.start; i < t.end; i++) covered[i] = true;
    const lost = [...SEED].filter((c, i) => !covered[i] && /\S/.test(c));
    expect(lost).toEqual([]);
  });

  it('ends a sentence at a blank line (a heading without a full stop stays apart)', () => {
    const seg = segment(doc('Fighting in Ber\n\nThe army said it held the town.'));
    expect(seg.sentences.map((s) => s.text)).toEqual(['Fighting in Ber', 'The army said it held the town.']);
  });

  it('ends a sentence at a blank line written with CRLF line endings', () => {
    const seg = segment(doc('Fighting in Ber\r\n\r\nThe army said it held the town.'));
    expect(seg.sentences.map((s) => s.text)).toEqual(['Fighting in Ber', 'The army said it held the town.']);
  });

  it('ends a sentence at two blank lines', () => {
    const seg = segment(doc('Fighting in Ber\n\n\nThe army said it held the town.'));
    expect(seg.sentences).toHaveLength(2);
  });

  it('returns no sentence for blank text', () => {
    expect(segment(doc('  \n\n \t')).sentences).toEqual([]);
  });

  it('cuts a run-on text with no full stop into sentences of at most MAX_TOKENS tokens, offsets exact', () => {
    const text = 'the army attacked the rebels near Kidal, and '.repeat(200);
    const seg = segment(doc(text));
    expect(seg.sentences.length).toBeGreaterThan(1);
    for (const s of seg.sentences) {
      expect(s.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
