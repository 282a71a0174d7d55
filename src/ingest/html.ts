// HTML articles: the text only. Markup and attributes are dropped, script/style/noscript/template (and
// svg, math, iframe, object) content never reaches the text, block elements become paragraphs separated by a
// blank line, `<br>` a line break inside one, entities are decoded, other whitespace collapses to one space.
import { Parser } from 'htmlparser2';
import { InputError } from '../errors.ts';
import { type Article, normalizeDate } from './meta.ts';

/** Elements whose content is code or foreign markup, never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

/** Elements that start and end a paragraph of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Metadata sources for the date, most specific first. */
const DATE_META = ['article:published_time', 'date', 'dc.date', 'dcterms.date', 'pubdate'];

/** Extracts the text and metadata of an HTML page (pure; never returns markup). */
export function htmlToArticle(html: string): Article {
  const paragraphs: string[] = [];
  const metas = new Map<string, string>();
  let lines: string[] = []; // finished lines of the current paragraph (split by <br>)
  let current = '';
  const skipped: string[] = []; // open SKIPPED elements, innermost last
  let inTitle = false;
  let title = '';
  let timeDate: string | undefined;
  let canonical: string | undefined;

  const breakLine = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const flush = (): void => {
    breakLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title' && !title && skipped.length === 0) inTitle = true; // not an <svg> title
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content !== undefined && !metas.has(key)) metas.set(key, attrs.content);
        }
        if (name === 'link' && attrs.rel?.toLowerCase() === 'canonical' && attrs.href) canonical ??= attrs.href;
        if (name === 'time' && attrs.datetime && !timeDate) timeDate = normalizeDate(attrs.datetime);
        if (SKIPPED.has(name)) skipped.push(name);
        else if (skipped.length === 0 && name === 'br') breakLine();
        else if (skipped.length === 0 && BLOCKS.has(name)) flush();
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipped.length === 0) current += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) {
          const open = skipped.lastIndexOf(name);
          if (open >= 0) skipped.splice(open, 1);
        } else if (skipped.length === 0 && BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const metaDate = DATE_META.map((k) => metas.get(k))
    .filter((v): v is string => v !== undefined)
    .map(normalizeDate)
    .find((d) => d !== undefined);
  const cleanTitle = (title || metas.get('og:title') || '').replace(/\s+/g, ' ').trim();
  return {
    text: paragraphs.join('\n\n'),
    title: cleanTitle || undefined,
    date: metaDate ?? timeDate,
    url: canonical ?? metas.get('og:url') ?? undefined,
  };
}

/** Reads an `.html`/`.htm` article; a page without any text is an input error. */
export function parseHtml(html: string, source: string): Article[] {
  const article = htmlToArticle(html);
  if (!article.text) throw new InputError(`kg/ingest: ${source} has no text outside its markup`);
  return [article];
}
