// Markdown articles: `---` front matter (title, date, url, id) read as metadata and removed; in the body
// only markup around the words goes (heading marks, emphasis marks, link and image URLs); the words,
// their punctuation and the line structure stay exactly as written.
import { InputError } from '../errors.ts';
import { type Article, normalizeDate } from './meta.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Reads the `key: value` lines of a front matter block (one level, quotes around values dropped). */
export function parseFrontMatter(block: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) continue;
    const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
    if (value) fields[m[1]!.toLowerCase()] = value;
  }
  return fields;
}

/** Drops Markdown markup that is not words: `#` heading marks, emphasis marks, link and image URLs. */
export function stripMarkdown(body: string): string {
  return body
    .replace(/^ {0,3}#{1,6}(?:[ \t]+|(?=\r?$))(.*?)(?:[ \t]+#+)?[ \t]*(?=\r?$)/gm, '$1')
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)/g, '$1')
    .replace(/(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])/g, '$1')
    .replace(/(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)/g, '$1');
}

/** Reads a `.md` article: metadata from the front matter, the first `# heading` as a fallback title. */
export function parseMarkdown(text: string, source: string): Article[] {
  const fm = FRONT_MATTER.exec(text);
  const fields = fm ? parseFrontMatter(fm[1] ?? '') : {};
  const raw = fm ? text.slice(fm[0].length) : text;
  const body = stripMarkdown(raw).replace(/^(?:[ \t]*\r?\n)+/, '');
  if (body.trim() === '') throw new InputError(`kg/ingest: ${source} has no text after its front matter`);

  let date: string | undefined;
  if (fields.date !== undefined) {
    date = normalizeDate(fields.date);
    if (!date) throw new InputError(`kg/ingest: ${source} has an invalid date in its front matter: ${fields.date}`);
  }
  const heading = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*\r?$/m.exec(raw)?.[1];
  const title = fields.title ?? (heading ? stripMarkdown(heading) : undefined);
  return [{ text: body, id: fields.id, title, date, url: fields.url }];
}
