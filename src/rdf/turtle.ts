// Deterministic Turtle: quads sorted (subject, then rdf:type and labels first, then predicate and
// object), written by n3 with the project's prefixes, so the same graph always gives the same bytes.
import { Writer } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { PREFIXES, rdf, rdfs, skos } from '../iris.ts';

const FIRST = [rdf('type'), rdfs('label'), skos('prefLabel'), skos('altLabel')];
const termKey = (t: Term): string =>
  t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `${t.termType === 'BlankNode' ? '_:' : ''}${t.value}`;
const predRank = (p: string) => { const i = FIRST.indexOf(p); return i < 0 ? FIRST.length : i; };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts quads into the canonical order used for writing. */
export function sortQuads(quads: readonly Quad[]): Quad[] {
  // Keys are computed once per quad: building them inside the comparator dominated large builds.
  const keyed = quads.map((q) => ({ q, s: termKey(q.subject), r: predRank(q.predicate.value), p: q.predicate.value, o: termKey(q.object) }));
  keyed.sort((a, b) => cmp(a.s, b.s) || a.r - b.r || cmp(a.p, b.p) || cmp(a.o, b.o));
  return keyed.map((k) => k.q);
}

/** Serialises quads as Turtle with prefixes, in canonical order. */
export function toTurtle(quads: readonly Quad[]): string {
  const writer = new Writer({ prefixes: PREFIXES });
  let out = '';
  writer.addQuads(sortQuads(quads));
  writer.end((err, result) => { if (err) throw err; out = result; });
  return out;
}
