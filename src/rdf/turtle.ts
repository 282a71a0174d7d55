// Deterministic Turtle: quads sorted (subject, then rdf:type and labels first, then predicate and
// object), written by n3 with the project's prefixes, so the same graph always gives the same bytes.
import { Writer } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { PREFIXES, rdf, rdfs, skos } from '../iris.ts';
import { writeBuiltTurtle } from './turtle-writer.ts';

const FIRST = [rdf('type'), rdfs('label'), skos('prefLabel'), skos('altLabel')];
const termKey = (t: Term): string =>
  t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `${t.termType === 'BlankNode' ? '_:' : ''}${t.value}`;
const RANK = new Map(FIRST.map((p, i) => [p, i]));
const predRank = (p: string) => RANK.get(p) ?? FIRST.length;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const cmpTerm = (a: Term, b: Term): number => {
  if (a.termType !== b.termType) return cmp(a.termType, b.termType);
  if (a.termType === 'Literal' && b.termType === 'Literal')
    return cmp(a.value, b.value) || cmp(a.language, b.language) || cmp(a.datatype.value, b.datatype.value);
  return cmp(a.value, b.value);
};

/** Sorts quads into the canonical order used for writing. */
export function sortQuads(quads: readonly Quad[]): Quad[] {
  // Group by subject first, then sort each small group: far fewer string comparisons than one big sort.
  const groups = new Map<string, Quad[]>();
  // Quads come in runs of one subject (toQuads writes a node's properties together): look the group up
  // once per run, not once per quad.
  let last: Term | undefined;
  let group: Quad[] = [];
  for (const q of quads) {
    if (q.subject !== last) {
      last = q.subject;
      const k = termKey(q.subject);
      const g = groups.get(k);
      if (g) group = g;
      else groups.set(k, (group = []));
    }
    group.push(q);
  }
  const out: Quad[] = [];
  for (const k of [...groups.keys()].sort(cmp)) {
    // Compare fields in place: building a key string per quad (with long evidence literals) was the cost.
    const group = groups.get(k)!;
    group.sort((a, b) => (a.predicate.value === b.predicate.value ? 0 : predRank(a.predicate.value) - predRank(b.predicate.value)
      || cmp(a.predicate.value, b.predicate.value)) || cmpTerm(a.object, b.object));
    for (const q of group) out.push(q);
  }
  return out;
}

/** Serialises quads with n3 in any syntax it writes (Turtle by default), synchronously. */
export function writeRdf(quads: readonly Quad[], options: ConstructorParameters<typeof Writer>[0] = { prefixes: PREFIXES }): string {
  const writer = new Writer(options as never);
  let out = '';
  writer.addQuads(quads as Quad[] as never);
  writer.end((err, result) => { if (err) throw err; out = result; });
  return out;
}

/** Serialises quads as Turtle with prefixes, in canonical order. */
export function toTurtle(quads: readonly Quad[]): string {
  const sorted = sortQuads(quads);
  return writeBuiltTurtle(sorted, PREFIXES) ?? writeRdf(sorted);
}
