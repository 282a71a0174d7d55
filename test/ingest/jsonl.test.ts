import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { parseJsonl } from '../../src/ingest/jsonl.ts';

const FIXTURE = 'test/fixtures/ingest/good/corpus.jsonl';
const corpus = parseJsonl(readFileSync(FIXTURE, 'utf8'), FIXTURE);

const errorOf = (text: string, source = 'c.jsonl'): Error => {
  try {
    parseJsonl(text, source);
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
};

describe('parseJsonl', () => {
  it('reads one article per non-blank line', () => {
    expect(corpus.map((a) => a.text)).toEqual([
      'Jihadists attacked Gao.',
      'FAMa troops entered Anefis.',
      'The army said it repelled an attack in Menaka.',
    ]);
  });
  it('keeps id, title, date and url', () => {
    expect(corpus[0]).toMatchObject({ id: 'gao-1', title: 'Gao', date: '2023-11-01', url: 'https://example.org/gao' });
  });
  it('records the 1-based line of each article', () => {
    expect(corpus.map((a) => a.line)).toEqual([1, 3, 4]);
  });
  it('leaves the id unset on a line without one', () => {
    expect(corpus[1]!.id).toBeUndefined();
  });
  it('rejects a line that is not JSON, naming file:line', () => {
    const err = errorOf('{"text":"ok"}\n{"text": "broken\n');
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('c.jsonl:2');
  });
  it('rejects a line without a text string, naming file:line', () => {
    const err = errorOf('{"id":"a"}\n');
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('c.jsonl:1');
  });
  it('rejects a line that is not an object', () => {
    expect(errorOf('["text"]')).toBeInstanceOf(InputError);
  });
  it('rejects an impossible date, naming file:line', () => {
    const err = errorOf('\n{"text":"x","date":"2023-04-31"}');
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain('c.jsonl:2');
  });
});
