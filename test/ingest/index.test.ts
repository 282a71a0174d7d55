import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rejection } from '../support/rejection.ts';
import { InputError } from '../../src/errors.ts';
import { DEFAULT_INGEST_OPTIONS, readDocuments } from '../../src/ingest/index.ts';

const GOOD = 'test/fixtures/ingest/good';
const BAD = 'test/fixtures/ingest/bad';
const tmp = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


describe('DEFAULT_INGEST_OPTIONS', () => {
  it('limits files to 50 MiB', () => {
    expect(DEFAULT_INGEST_OPTIONS.maxBytes).toBe(50 * 1024 * 1024);
  });
});

describe('readDocuments', () => {
  it('reads every article of a folder in a fixed order', async () => {
    const docs = await readDocuments([GOOD]);
    expect(docs.map((d) => d.id)).toEqual([
      'article',
      'anefis-clash',
      'gao-1',
      'corpus-3',
      'menaka-1',
      'quotes',
      'gao-2024-01-05',
    ]);
  });
  it('records the source as the relative path', async () => {
    const docs = await readDocuments([GOOD]);
    expect(docs.find((d) => d.id === 'quotes')!.source).toBe(`${GOOD}/quotes.txt`);
  });
  it('names a corpus line without id after the file and line', async () => {
    const docs = await readDocuments([`${GOOD}/corpus.jsonl`]);
    expect(docs[1]!.id).toBe('corpus-3');
  });
  it('makes colliding ids unique with -2, -3 in input order', async () => {
    writeFileSync(join(tmp, 'dup.jsonl'), '{"id":"x","text":"A."}\n{"id":"x","text":"B."}\n{"id":"x","text":"C."}\n');
    const dups = await readDocuments([join(tmp, 'dup.jsonl')]);
    expect(dups.map((d) => d.id)).toEqual(['x', 'x-2', 'x-3']);
  });
  it('slugs a file name with accents and capitals', async () => {
    writeFileSync(join(tmp, 'Ménaka Attack.txt'), 'The army said.');
    const [doc] = await readDocuments([join(tmp, 'Ménaka Attack.txt')]);
    expect(doc!.id).toBe('menaka-attack');
  });
  it('prefers the article’s own date over options.date', async () => {
    const [doc] = await readDocuments([`${GOOD}/article.md`], { date: '2020-01-01' });
    expect(doc!.date).toBe('2023-10-07');
  });
  it('takes the date of a wire dateline over options.date and the file name, in any format', async () => {
    const text = 'Rebels attack Lere\n\nBAMAKO, Mali, September 18, 2023 — Rebels attacked Léré on Sunday.\n';
    writeFileSync(join(tmp, 'lere-2020-01-01.txt'), text);
    writeFileSync(join(tmp, 'lere.jsonl'), `${JSON.stringify({ id: 'l', text })}\n`);
    const [txt] = await readDocuments([join(tmp, 'lere-2020-01-01.txt')], { date: '2021-02-02' });
    const [line] = await readDocuments([join(tmp, 'lere.jsonl')]);
    expect(txt!.date).toBe('2023-09-18');
    expect(line!.date).toBe('2023-09-18');
  });
  it('falls back, last, to a day a header line names near the top, not to a day an event is told on', async () => {
    writeFileSync(join(tmp, 'obituary.txt'), 'OBITUARIES | Sunday 7 June 2020\n\nAbdelmalek Droukdel, who has been killed at 50, led AQIM.\n');
    writeFileSync(join(tmp, 'bulletin.txt'), 'ACCESS BULLETIN No. 14\n\nIssued in Maiduguri, Friday 16 April 2021. For partners only.\n\nFighters raided Damasak on Saturday.\n');
    writeFileSync(join(tmp, 'entry.txt'), 'Tongo Tongo ambush\n\nThe ambush occurred on 4 October 2017, when militants attacked soldiers.\n');
    const [obituary, bulletin, entry] = await readDocuments([join(tmp, 'obituary.txt'), join(tmp, 'bulletin.txt'), join(tmp, 'entry.txt')]);
    expect([obituary!.date, bulletin!.date, entry!.date]).toEqual(['2020-06-07', '2021-04-16', undefined]);
    // (the caller's date comes first: a header line is a guess)
    const [given] = await readDocuments([join(tmp, 'obituary.txt')], { date: '2020-06-08' });
    expect(given!.date).toBe('2020-06-08');
  });
  it('prefers options.date over a date in the file name', async () => {
    const [doc] = await readDocuments([`${GOOD}/sub/gao-2024-01-05.txt`], { date: '2024-01-07T10:00:00Z' });
    expect(doc!.date).toBe('2024-01-07');
  });
  it('falls back to a date in the file name', async () => {
    const [doc] = await readDocuments([`${GOOD}/sub/gao-2024-01-05.txt`]);
    expect(doc!.date).toBe('2024-01-05');
  });
  it('leaves the date unset when none is known', async () => {
    const [doc] = await readDocuments([`${GOOD}/quotes.txt`]);
    expect(doc!.date).toBeUndefined();
  });
  it('rejects an impossible options.date', async () => {
    expect(await rejection(readDocuments([GOOD], { date: '2023-02-30' }))).toBeInstanceOf(InputError);
  });
  it('reports progress once per file', async () => {
    const seen: [number, number, string][] = [];
    await readDocuments([GOOD], { onProgress: (done, total, file) => seen.push([done, total, file]) });
    expect(seen.map(([d, t]) => `${d}/${t}`)).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(seen[0]![2]).toBe(`${GOOD}/article.html`);
  });
  it('returns nothing when one file of many is bad, and names that file', async () => {
    const err = await rejection(readDocuments([GOOD, `${BAD}/binary.txt`]));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('bad/binary.txt');
  });
  it('rejects a corpus with a broken line, naming file:line', async () => {
    const err = await rejection(readDocuments([`${BAD}/broken.jsonl`]));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('bad/broken.jsonl:2');
  });
  it('rejects a file over maxBytes', async () => {
    expect(await rejection(readDocuments([`${GOOD}/quotes.txt`], { maxBytes: 10 }))).toBeInstanceOf(InputError);
  });
});
