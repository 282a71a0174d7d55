import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/ingest/index.ts';
import { parseText } from '../../src/ingest/text.ts';

const FIXTURE = 'test/fixtures/ingest/good/quotes.txt';

describe('parseText', () => {
  it('returns the text unchanged', () => {
    const text = 'He said: “no” <b>\\n\\\r\n & more';
    expect(parseText(text)).toEqual([{ text }]);
  });
});

describe('readDocuments on .txt', () => {
  it('keeps quotes, angle brackets and backslashes verbatim', async () => {
    const [doc] = await readDocuments([FIXTURE]);
    expect(doc!.text).toBe(readFileSync(FIXTURE, 'utf8'));
    expect(doc!.text).toContain('“We took <Kidal> back”');
    expect(doc!.text).toContain('C:\\Users\\kidal\\n');
  });
  it('keeps CRLF line ends', async () => {
    const [doc] = await readDocuments(['test/fixtures/ingest/good/sub/gao-2024-01-05.txt']);
    expect(doc!.text).toBe('Gao was calm on Friday.\r\nMarkets reopened.\r\n');
  });
  it('reads the seed article as exactly the bytes of the file decoded', async () => {
    const path = 'seeds/kidal-2023-11-12.txt';
    const [doc] = await readDocuments([path]);
    expect(doc!.text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)));
    expect(doc).toMatchObject({ id: 'kidal-2023-11-12', source: path, date: '2023-11-12' });
  });

  it('takes a short first line before a blank line as the headline, leaving the text as it is', () => {
    const text = 'Army retakes Ber from the rebels\n\nThe Malian army said on Sunday it had retaken Ber.';
    expect(parseText(text)).toEqual([{ text, title: 'Army retakes Ber from the rebels' }]);
  });

  it('takes no title when the first paragraph is a sentence', () => {
    expect(parseText('The army retook Ber.\n\nMore fighting followed.')[0]!.title).toBeUndefined();
  });
});
