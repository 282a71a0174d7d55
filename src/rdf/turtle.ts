// Deterministic Turtle: quads sorted (subject, then rdf:type and labels first, then predicate and
// object), written by n3 with the project's prefixes, so the same graph always gives the same bytes.
import { Writer } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { PREFIXES, rdf, rdfs, skos } from '../iris.ts';
import { termWriter, writeQuadTableParts } from './turtle-writer.ts';
import { quadsOf, subjectKey, tabulateQuads, type QuadTable } from './quad-table.ts';

const FIRST = [rdf('type'), rdfs('label'), skos('prefLabel'), skos('altLabel')];
const RANK = new Map(FIRST.map((p, i) => [p, i]));
const predRank = (p: string) => RANK.get(p) ?? FIRST.length;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const cmpTerm = (a: Term, b: Term): number => {
  if (a === b) return 0;
  if (a.termType !== b.termType) return cmp(a.termType, b.termType);
  if (a.termType === 'Literal' && b.termType === 'Literal')
    return cmp(a.value, b.value) || cmp(a.language, b.language) || cmp(a.datatype.value, b.datatype.value);
  return cmp(a.value, b.value);
};

// Subjects are ranked by their keys in code unit order, several characters per pass: each key's next
// characters, packed 7 bits each beside its index into one double, sorted by the built-in typed-array
// sort (no comparator called), then each run of keys that share those characters again, past the
// prefix they all share. Keys differ after a long common prefix (the id namespace) and mostly within
// a few characters of it (hashes, document numbers), so most keys are placed in two or three passes.
/** Below this many keys, a run is sorted by comparing its strings. */
const FEW = 8;
/** A key's code unit as packed: 0 past its end, 2..95 for '!'..'~', 1 and 96 for all below and above (lossy). */
const packedUnit = (c: number) => (c < 0x21 ? 1 : c > 0x7e ? 96 : c - 0x1f);

/** Each key's rank in code unit order (equal keys share one), as the keys' numbers sorted. */
export function rankStrings(keys: readonly string[]): Int32Array {
  const n = keys.length;
  const idBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const sorter: KeySorter = {
    keys, ids: new Int32Array(n), packed: new Float64Array(n), same: new Uint8Array(n), span: 2 ** idBits, width: Math.floor((53 - idBits) / 7),
  };
  for (let i = 0; i < n; i++) sorter.ids[i] = i;
  sortKeyRange(sorter, 0, n, 0);
  const { ids, same } = sorter;
  const rank = new Int32Array(n);
  for (let k = 1, r = 0; k < n; k++) {
    if (same[k] === 0) r = k;
    rank[ids[k]!] = r;
  }
  return rank;
}

/** The keys, their numbers as being sorted, and whether each sorted key equals the one before it. */
interface KeySorter { keys: readonly string[]; ids: Int32Array; packed: Float64Array; same: Uint8Array; span: number; width: number }

/** Sorts `ids[from..to)` by their keys, which agree on their first `depth` code units. */
function sortKeyRange(sorter: KeySorter, from: number, to: number, depth: number): void {
  const { keys, ids, packed, same, span, width } = sorter;
  if (to - from <= FEW) { compareSortKeys(sorter, from, to); return; }
  depth = sharedPrefix(keys, ids, from, to, depth);
  // The packed characters, and the first few values they take: the namespaces after the prefix that
  // every IRI shares, where a split by value replaces the sort.
  const values: number[] = [];
  for (let k = from; k < to; k++) {
    const v = packKey(keys[ids[k]!]!, depth, width);
    packed[k] = v * span + ids[k]!;
    if (values.length <= SPLIT && v !== values[values.length - 1] && !values.includes(v)) values.push(v);
  }
  if (values.length <= SPLIT) splitByValue(sorter, from, to, values);
  else {
    packed.subarray(from, to).sort();
    const unit = 1 / span;
    for (let k = from; k < to; k++) ids[k] = packed[k]! - Math.floor(packed[k]! * unit) * span;
  }
  // Runs of keys whose packed characters are the same: sorted on past them, unless they ended within
  // them (then they are equal) or held a lossy character (then the run is sorted by comparing strings).
  let start = from;
  for (let k = from + 1; k <= to; k++) {
    if (k < to && packed[k]! - ids[k]! === packed[start]! - ids[start]!) continue;
    if (k - start > 1) {
      const key = keys[ids[start]!]!;
      if (hasLossy(key, depth, width)) compareSortKeys(sorter, start, k);
      else if (key.length >= depth + width) sortKeyRange(sorter, start, k, depth + width);
      else same.fill(1, start + 1, k);
    }
    start = k;
  }
}

/** At most this many values of the packed characters are split by value rather than sorted. */
const SPLIT = 16;

/** Orders `ids[from..to)` by their packed characters, which take the few `values`: a counting sort. */
function splitByValue(sorter: KeySorter, from: number, to: number, values: number[]): void {
  const { ids, packed, span } = sorter;
  values.sort((a, b) => a - b);
  const bucket = new Int32Array(to - from), starts = new Int32Array(values.length + 1);
  for (let k = from; k < to; k++) starts[(bucket[k - from] = values.indexOf((packed[k]! - ids[k]!) / span)) + 1]++;
  for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1]!;
  const moved = ids.slice(from, to);
  for (let j = 0; j < moved.length; j++) {
    const at = from + starts[bucket[j]!]!++;
    ids[at] = moved[j]!;
    packed[at] = values[bucket[j]!]! * span + moved[j]!;
  }
}

/** `width` code units of a key from `depth`, as base-128 digits; a lossy unit ends the digits. */
function packKey(key: string, depth: number, width: number): number {
  let v = 0, j = 0;
  for (; j < width && depth + j < key.length; j++) {
    const u = packedUnit(key.charCodeAt(depth + j));
    v = v * 128 + u;
    if (u === 1 || u === 96) { j++; break; }
  }
  for (; j < width; j++) v *= 128;
  return v;
}

const hasLossy = (key: string, depth: number, width: number): boolean => {
  for (let j = depth; j < depth + width && j < key.length; j++) {
    const u = packedUnit(key.charCodeAt(j));
    if (u === 1 || u === 96) return true;
  }
  return false;
};

/** How many code units the keys of `ids[from..to)` share, knowing they share `depth`. */
function sharedPrefix(keys: readonly string[], ids: Int32Array, from: number, to: number, depth: number): number {
  const first = keys[ids[from]!]!;
  let shared = first.length;
  for (let k = from + 1; k < to && shared > depth; k++) {
    const key = keys[ids[k]!]!;
    let j = depth;
    while (j < shared && key.charCodeAt(j) === first.charCodeAt(j)) j++;
    shared = j;
  }
  return shared;
}

/** Sorts `ids[from..to)` by comparing their keys (few, or holding characters the packing loses), and marks equal ones. */
function compareSortKeys(sorter: KeySorter, from: number, to: number): void {
  const { keys, ids, same } = sorter;
  if (to - from > FEW) ids.subarray(from, to).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  else {
    for (let i = from + 1; i < to; i++) {
      const x = ids[i]!, key = keys[x]!;
      let j = i;
      for (; j > from && keys[ids[j - 1]!]! > key; j--) ids[j] = ids[j - 1]!;
      ids[j] = x;
    }
  }
  for (let k = from + 1; k < to; k++) same[k] = keys[ids[k]!] === keys[ids[k - 1]!] ? 1 : 0;
}

/**
 * The canonical order of numbered quads, as their indices: by subject, then rdf:type and labels
 * first, then predicate and object. Subjects and predicates are sorted once each; the million quads
 * are then ordered by integers, and terms are compared only between objects of one subject and predicate.
 */
export function canonicalOrder(table: QuadTable): Int32Array {
  const { terms, subjectOf, predicateOf, objectOf } = table;
  const n = subjectOf.length;
  // The runs of quads with one subject (a node's properties are made together), and the subjects
  // and predicates in the order first met.
  const runs: number[] = [], subjects: number[] = [], predicates: number[] = [];
  const seen = new Uint8Array(terms.length);
  for (let i = 0; i < n; i++) {
    const s = subjectOf[i]!, p = predicateOf[i]!;
    if (i === 0 || s !== subjectOf[i - 1]) {
      runs.push(i);
      if ((seen[s]! & 1) === 0) { seen[s]! |= 1; subjects.push(s); }
    }
    if ((seen[p]! & 2) === 0) { seen[p]! |= 2; predicates.push(p); }
  }
  runs.push(n);
  // Each subject's and predicate's rank, by number; numbers of one key share a rank, and their quads sort together.
  const subjectRank = new Int32Array(terms.length), predicateRank = new Int32Array(terms.length);
  const ranks = rankStrings(subjects.map((x) => subjectKey(terms[x]!)));
  for (let i = 0; i < subjects.length; i++) subjectRank[subjects[i]!] = ranks[i]!;
  const byPredicate = predicates.map((x) => terms[x]!.value).sort((x, y) => predRank(x) - predRank(y) || cmp(x, y));
  for (const x of predicates) predicateRank[x] = byPredicate.indexOf(terms[x]!.value);
  // A counting sort of the runs by subject, stable (each subject's quads keep their input order)...
  const starts = new Int32Array(subjects.length + 1);
  for (let r = 0; r + 1 < runs.length; r++) starts[subjectRank[subjectOf[runs[r]!]!]! + 1] += runs[r + 1]! - runs[r]!;
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1]!;
  const order = new Int32Array(n);
  const next = starts.slice();
  for (let r = 0; r + 1 < runs.length; r++) {
    const rank = subjectRank[subjectOf[runs[r]!]!]!;
    let at = next[rank]!;
    for (let i = runs[r]!; i < runs[r + 1]!; i++) order[at++] = i;
    next[rank] = at;
  }
  // ...then each subject's few quads by predicate and object, unless they came so.
  const compare = (a: number, b: number) =>
    predicateRank[predicateOf[a]!]! - predicateRank[predicateOf[b]!]! || cmpTerm(terms[objectOf[a]!]!, terms[objectOf[b]!]!);
  for (let r = 0; r + 1 < starts.length; r++) {
    const from = starts[r]!, to = starts[r + 1]!;
    let k = from + 1;
    while (k < to) {
      const a = order[k - 1]!, b = order[k]!;
      const d = predicateRank[predicateOf[a]!]! - predicateRank[predicateOf[b]!]!;
      if (d > 0 || (d === 0 && cmpTerm(terms[objectOf[a]!]!, terms[objectOf[b]!]!) > 0)) break;
      k++;
    }
    if (k < to) sortRange(order, from, to, compare);
  }
  return order;
}

/** Sorts quads into the canonical order used for writing. */
export function sortQuads(quads: readonly Quad[]): Quad[] {
  const order = canonicalOrder(tabulateQuads(quads));
  const out = new Array<Quad>(order.length);
  for (let i = 0; i < order.length; i++) out[i] = quads[order[i]!]!;
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

/**
 * Serialises quads as Turtle with prefixes, in canonical order. `table` is these quads numbered with
 * their texts for PREFIXES (as rdf/quads.ts tabulatedQuads makes it), when the caller has it.
 */
export function toTurtle(quads: readonly Quad[], table: QuadTable = tabulateQuads(quads, termWriter(PREFIXES))): string {
  return turtleOf(table, quads);
}

/**
 * toTurtle of the quads of a table alone (as rdf/quads.ts quadTable makes it); `quads`, if given,
 * are those quads, else they are made from the table in the rare case n3 has to write them.
 */
export function turtleOf(table: QuadTable, quads?: readonly Quad[]): string {
  return turtlePartsOf(table, quads).join('');
}

/** turtleOf in parts, which joined make its text (see writeQuadTableParts). */
export function turtlePartsOf(table: QuadTable, quads?: readonly Quad[]): string[] {
  const order = canonicalOrder(table);
  const written = writeQuadTableParts(table, order, PREFIXES);
  if (written !== undefined) return written;
  const all = quads ?? quadsOf(table);
  return [writeRdf(Array.from(order, (i) => all[i]!))];
}
