// Plain-text articles: the text exactly as in the file (the reader has already dropped a BOM), so that
// evidence offsets and quotes downstream are offsets and quotes into the original file.
import type { Article } from './meta.ts';

/**
 * Reads a `.txt` article: one article, its text verbatim. A short first line followed by a blank line
 * and with no closing full stop is a headline, and becomes the title (the text is left untouched).
 */
export function parseText(text: string): Article[] {
  const first = /^\s*([^\n]{3,140})\r?\n\s*\r?\n/.exec(text)?.[1]?.trim();
  return [first && !/[.!?:;,"”]$/.test(first) ? { text, title: first } : { text }];
}
