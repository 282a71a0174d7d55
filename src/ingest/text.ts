// Plain-text articles: the text exactly as in the file (the reader has already dropped a BOM), so that
// evidence offsets and quotes downstream are offsets and quotes into the original file.
import type { Article } from './meta.ts';

/** Reads a `.txt` article: one article, its text verbatim. */
export function parseText(text: string): Article[] {
  return [{ text }];
}
