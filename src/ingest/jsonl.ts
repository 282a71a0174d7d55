// JSON Lines corpora: one article per line (`text` required; `id`, `title`, `date`, `url` optional).
// Blank lines are skipped; any other bad line stops the run with an error naming `file:line`.
import { InputError } from '../errors.ts';
import { type Article, normalizeDate } from './meta.ts';

const FIELDS = ['id', 'title', 'date', 'url'] as const;

/** Reads a `.jsonl` corpus into one article per non-blank line, each carrying its 1-based line number. */
export function parseJsonl(text: string, source: string): Article[] {
  const articles: Article[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}:${i + 1}`;
    const bad = (problem: string): never => {
      throw new InputError(`kg/ingest: ${where} ${problem}`);
    };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      bad(`is not valid JSON (${(err as Error).message.split('\n')[0]})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) bad('is not a JSON object');
    const record = value as Record<string, unknown>;
    if (typeof record.text !== 'string') bad('has no "text" string');
    const article: Article = { text: record.text as string, line: i + 1 };
    if (article.text.trim() === '') bad('has an empty "text"');
    for (const key of FIELDS) {
      const field = record[key];
      if (field === undefined || field === null || field === '') continue; // empty means absent
      if (key === 'id' && typeof field === 'number' && Number.isFinite(field)) article.id = String(field);
      else if (typeof field === 'string') article[key] = field;
      else bad(`has a "${key}" that is not a string`);
    }
    if (article.date !== undefined) {
      const day = normalizeDate(article.date);
      if (!day) bad(`has an invalid "date": ${article.date}`);
      article.date = day;
    }
    articles.push(article);
  });
  return articles;
}
