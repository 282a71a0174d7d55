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

/**
 * Numbers the distinct keys of some terms, in first-seen order: `ids[i]` is the number of the i-th
 * term, `keys[n]` the key of number n. Terms come in runs (toQuads writes a node's properties
 * together, and shares one term per vocabulary IRI), so a term equal to the previous one is not looked up.
 */
const numberTerms = (terms: (i: number) => Term, n: number, key: (t: Term) => string) => {
  const ids = new Int32Array(n);
  const index = new Map<string, number>();
  const keys: string[] = [];
  let last: Term | undefined;
  let id = -1;
  for (let i = 0; i < n; i++) {
    const t = terms(i);
    if (t !== last) {
      last = t;
      const k = key(t);
      id = index.get(k) ?? -1;
      if (id < 0) index.set(k, (id = keys.push(k) - 1));
    }
    ids[i] = id;
  }
  return { ids, keys, index };
};

/**
 * The rank of each numbered key once the keys are sorted by `compare`, or without it in code unit
 * order: the built-in comparison, several times faster than a comparator on a hundred thousand subjects.
 */
const rankKeys = ({ keys, index }: { keys: string[]; index: Map<string, number> }, compare?: (a: string, b: string) => number): Int32Array => {
  const rank = new Int32Array(keys.length);
  [...keys].sort(compare).forEach((k, r) => (rank[index.get(k)!] = r));
  return rank;
};

/** Sorts quads into the canonical order used for writing. */
export function sortQuads(quads: readonly Quad[]): Quad[] {
  const n = quads.length;
  // Subjects and predicates become numbers, sorted once each: the million quads are then ordered by
  // comparing integers, and strings are compared only between objects of one subject and predicate.
  const subjects = numberTerms((i) => quads[i]!.subject, n, termKey);
  const predicates = numberTerms((i) => quads[i]!.predicate, n, (t) => t.value);
  const subjectRank = rankKeys(subjects);
  const predicateRank = rankKeys(predicates, (a, b) => predRank(a) - predRank(b) || cmp(a, b));
  // A counting sort by subject (stable, so each subject's quads keep their input order)...
  const starts = new Int32Array(subjects.keys.length + 1);
  for (let i = 0; i < n; i++) starts[subjectRank[subjects.ids[i]!]! + 1]++;
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1]!;
  const order = new Int32Array(n);
  const next = starts.slice();
  for (let i = 0; i < n; i++) order[next[subjectRank[subjects.ids[i]!]!]!++] = i;
  // ...then each subject's few quads by predicate and object.
  const compare = (a: number, b: number) =>
    predicateRank[predicates.ids[a]!]! - predicateRank[predicates.ids[b]!]! || cmpTerm(quads[a]!.object, quads[b]!.object);
  for (let r = 0; r + 1 < starts.length; r++) sortRange(order, starts[r]!, starts[r + 1]!, compare);
  const out = new Array<Quad>(n);
  for (let i = 0; i < n; i++) out[i] = quads[order[i]!]!;
  return out;
}

/**
 * Sorts `a[from..to)` in place, stably. Most subjects hold a handful of quads, where an insertion sort
 * beats the call into the built-in sort; the few large ones (a run's documents, a country's mentions) use it.
 */
function sortRange(a: Int32Array, from: number, to: number, compare: (x: number, y: number) => number): void {
  if (to - from > 16) { a.subarray(from, to).sort(compare); return; }
  for (let i = from + 1; i < to; i++) {
    const x = a[i]!;
    let j = i;
    for (; j > from && compare(x, a[j - 1]!) < 0; j--) a[j] = a[j - 1]!;
    a[j] = x;
  }
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
