import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { htmlToArticle, parseHtml } from '../../src/ingest/html.ts';

const FIXTURE = 'test/fixtures/ingest/good/article.html';
const page = htmlToArticle(readFileSync(FIXTURE, 'utf8'));

describe('htmlToArticle', () => {
  it('drops script, style, noscript and template content', () => {
    for (const s of ['alert', 'document.write', 'injected', 'color: red', 'Enable JavaScript', 'hidden template']) {
      expect(page.text).not.toContain(s);
    }
  });
  it('drops tags and attributes such as onerror', () => {
    expect(page.text).not.toMatch(/<img|onerror|<b>|<p>/);
  });
  it('decodes entities', () => {
    expect(page.text).toContain('The army — backed by Wagner «mercenaries» — moved towards Kidal.');
    expect(page.text).toContain('on Tuesday <not a tag>.');
  });
  it('separates block elements with a blank line', () => {
    expect(page.text.split('\n\n')[0]).toBe('Clashes & withdrawal');
  });
  it('collapses whitespace inside a block', () => {
    expect(page.text).not.toMatch(/ {2}|\n {0,}moved/);
  });
  it('turns <br> into a line break inside the paragraph', () => {
    expect(page.text).toContain('MINUSMA left the camp\non Tuesday');
  });
  it('leaves svg content out of the text and the title', () => {
    expect(page.text).not.toContain('svg text');
    expect(page.title).toBe('Clashes & withdrawal in Kidal');
  });
  it('reads the date from article:published_time', () => {
    expect(page.date).toBe('2023-11-14');
  });
  it('reads the date from <time datetime> when there is no meta date', () => {
    expect(htmlToArticle('<p>On <time datetime="2023-11-12">Sunday</time></p>').date).toBe('2023-11-12');
  });
  it('reads the date from <meta name="date">', () => {
    expect(htmlToArticle('<meta name="date" content="2023-11-10"><p>x</p>').date).toBe('2023-11-10');
  });
  it('reads the canonical URL', () => {
    expect(page.url).toBe('https://example.org/kidal');
  });
});

describe('parseHtml', () => {
  it('rejects a page with no text outside its markup, naming the file', () => {
    const html = readFileSync('test/fixtures/ingest/bad/scripts-only.html', 'utf8');
    expect(() => parseHtml(html, 'bad/scripts-only.html')).toThrow(InputError);
    expect(() => parseHtml(html, 'bad/scripts-only.html')).toThrow(/bad\/scripts-only\.html/);
  });
});
