// Shared fixtures of the view tests: the hand-written graph in the shape of docs/graph-model.md.
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';

export const MINI_TTL = new URL('./fixtures/mini.ttl', import.meta.url);

export function miniQuads(): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(readFileSync(MINI_TTL, 'utf8'));
}
