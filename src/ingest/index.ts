// The ingest stage: article files and folders in, `Document[]` out, with stable ids, sources and dates.
// Every problem with the input is an `InputError` naming the file; nothing is returned on error.
import { basename, extname } from 'node:path';
import { InputError } from '../errors.ts';
import type { Document } from '../types.ts';
import { listInputFiles, readTextFile } from './files.ts';
import { parseHtml } from './html.ts';
import { parseJsonl } from './jsonl.ts';
import { parseMarkdown } from './markdown.ts';
import { type Article, dateFromFileName, datelineDate, headerDate, normalizeDate, safeId, slugify, uniqueIds } from './meta.ts';
import { parseText } from './text.ts';

export interface IngestOptions {
  /** Publication date for articles that carry none (YYYY-MM-DD or an ISO date-time). */
  date?: string;
  /** Files larger than this are refused before being read. */
  maxBytes: number;
  /** Called after each file is read, e.g. to draw a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = { maxBytes: 50 * 1024 * 1024 };

/** The readers by file extension (lower-case); folders are searched for exactly these. */
export const FORMATS: Readonly<Record<string, (text: string, source: string) => Article[]>> = {
  '.txt': parseText,
  '.md': parseMarkdown,
  '.html': parseHtml,
  '.htm': parseHtml,
  '.jsonl': parseJsonl,
};

/**
 * Reads articles from files and folders. Ids come from the corpus or the file name and are made
 * unique in input order; the date comes from the article's metadata, else `options.date`, else a
 * `YYYY-MM-DD` in the file name.
 */
export async function readDocuments(inputs: string[], options: Partial<IngestOptions> = {}): Promise<Document[]> {
  const given = Object.entries(options).filter(([, v]) => v !== undefined); // `{ date: undefined }` keeps defaults
  const opts: IngestOptions = { ...DEFAULT_INGEST_OPTIONS, ...Object.fromEntries(given) };
  let fallbackDate: string | undefined;
  if (opts.date !== undefined) {
    fallbackDate = normalizeDate(opts.date);
    if (!fallbackDate) throw new InputError(`kg/ingest: --date ${opts.date} is not a valid day (expected YYYY-MM-DD)`);
  }
  if (!(opts.maxBytes > 0)) throw new InputError(`kg/ingest: maxBytes must be a positive number, got ${opts.maxBytes}`);

  const files = await listInputFiles(inputs, Object.keys(FORMATS));
  const drafts: Document[] = [];
  for (const [i, file] of files.entries()) {
    const text = await readTextFile(file, opts.maxBytes);
    const ext = extname(file.path).toLowerCase();
    const name = basename(file.path, extname(file.path));
    const fileSlug = slugify(name);
    const nameDate = dateFromFileName(name);
    for (const article of FORMATS[ext]!(text, file.source)) {
      const id =
        article.id !== undefined ? safeId(article.id) : article.line ? `${fileSlug}-${article.line}` : fileSlug;
      const draft: Document = { id, text: article.text, source: file.source };
      if (article.title !== undefined) draft.title = article.title;
      // Metadata first, then the article's own dateline, then what the caller gave, then the file name, then a day
      // a header line names.
      const date = article.date ?? datelineDate(article.text) ?? fallbackDate ?? nameDate ?? headerDate(article.text);
      if (date !== undefined) draft.date = date;
      if (article.url !== undefined) draft.url = article.url;
      drafts.push(draft);
    }
    opts.onProgress?.(i + 1, files.length, file.source);
  }
  const ids = uniqueIds(drafts.map((d) => d.id));
  return drafts.map((d, i) => ({ ...d, id: ids[i]! }));
}
