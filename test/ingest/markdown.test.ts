import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { parseFrontMatter, parseMarkdown, stripMarkdown } from '../../src/ingest/markdown.ts';
import { readFileSync } from 'node:fs';

const FIXTURE = 'test/fixtures/ingest/good/article.md';
const md = readFileSync(FIXTURE, 'utf8');

describe('parseFrontMatter', () => {
  it('reads key: value lines and drops quotes', () => {
    expect(parseFrontMatter('title: "A: b"\ndate: 2023-11-12')).toEqual({ title: 'A: b', date: '2023-11-12' });
  });
});

describe('stripMarkdown', () => {
  it('drops heading marks but keeps the heading words', () => {
    expect(stripMarkdown('## Clashes in Kidal ##\ntext')).toBe('Clashes in Kidal\ntext');
  });
  it('keeps a link label and drops its URL', () => {
    expect(stripMarkdown('the [CSP](https://x.org/csp "t") said')).toBe('the CSP said');
  });
  it('drops emphasis marks around words', () => {
    expect(stripMarkdown('the **army** and *FAMa* and __CSP__')).toBe('the army and FAMa and CSP');
  });
  it('leaves underscores and asterisks inside words alone', () => {
    expect(stripMarkdown('snake_case_name 2*3*4')).toBe('snake_case_name 2*3*4');
  });
});

describe('parseMarkdown', () => {
  it('reads title, date, url and id from the front matter', () => {
    const [a] = parseMarkdown(md, FIXTURE);
    expect(a).toMatchObject({
      id: 'anefis-clash',
      title: 'Fighting near Anefis',
      date: '2023-10-07',
      url: 'https://example.org/anefis',
    });
  });
  it('removes the front matter from the text', () => {
    const [a] = parseMarkdown(md, FIXTURE);
    expect(a!.text).not.toContain('---');
    expect(a!.text).not.toContain('title:');
    expect(a!.text.startsWith('Fighting near Anefis\n')).toBe(true);
  });
  it('keeps the words of the body', () => {
    const [a] = parseMarkdown(md, FIXTURE);
    expect(a!.text).toContain('The Malian army clashed with the CSP near Anefis.');
  });
  it('reads a file without front matter as body only, titled by its first heading', () => {
    const [a] = parseMarkdown('# Gao\n\nCalm day.\n', 'gao.md');
    expect(a).toMatchObject({ text: 'Gao\n\nCalm day.\n', title: 'Gao' });
  });
  it('rejects an impossible front matter date, naming the file', () => {
    expect(() => parseMarkdown('---\ndate: 2023-02-31\n---\nText.', 'x/bad-date.md')).toThrow(InputError);
    expect(() => parseMarkdown('---\ndate: 2023-02-31\n---\nText.', 'x/bad-date.md')).toThrow(/x\/bad-date\.md/);
  });
  it('rejects a file that is only front matter', () => {
    expect(() => parseMarkdown('---\ntitle: T\n---\n\n', 'only-fm.md')).toThrow(InputError);
  });
});
