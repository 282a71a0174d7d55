// Quads as numbers: each quad's subject, predicate and object as an index into a list of terms, so
// that sorting and writing a million quads compare and look up integers, not strings, and read each
// quad once, in the order it sits in memory. Numbered from the quads (tabulateQuads), or by toQuads
// as it makes the terms (QuadTableBuilder).
import { DataFactory } from 'rdf-data-factory';
import type { Quad, Quad_Object, Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types';

/**
 * The terms of some quads, numbered, and for each quad the number of its subject, predicate and object.
 * A term may hold several numbers (tabulateQuads numbers subjects, predicates and objects apart); two
 * numbers of one IRI as subjects or predicates are written as one.
 */
export interface QuadTable {
  terms: Term[];
  /** Each term's text, where one was made (by the `textOf` given to tabulateQuads, or by whoever numbered it). */
  texts: (string | undefined)[];
  subjectOf: Int32Array;
  predicateOf: Int32Array;
  objectOf: Int32Array;
  /** Whether every subject and predicate is an IRI and every quad in the default graph. */
  named: boolean;
}

/** What a subject is sorted and matched by: its IRI, or `_:` and a blank node's label. */
export const subjectKey = (t: Term): string =>
  t.termType === 'NamedNode' ? t.value
  : t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}`
  : `${t.termType === 'BlankNode' ? '_:' : ''}${t.value}`;

/**
 * Numbers the subjects (by key), predicates (by IRI) and objects (by identity) of quads, and gives
 * each subject and object its `textOf`, if given: made when the term is first met, while it is at hand.
 */
export function tabulateQuads(quads: readonly Quad[], textOf?: (term: Term) => string | undefined): QuadTable {
  const n = quads.length;
  const subjectOf = new Int32Array(n), predicateOf = new Int32Array(n), objectOf = new Int32Array(n);
  const terms: Term[] = [], texts: (string | undefined)[] = [];
  const number = (t: Term, text: string | undefined) => { texts.push(text); return terms.push(t) - 1; };
  const subjectIds = new Map<string, number>(), predicateIds = new Map<string, number>(), objectIds = new Map<Term, number>();
  let lastSubject: Term | undefined, lastPredicate: Term | undefined, lastGraph: Term | undefined;
  let s = -1, p = -1, pi = -1;
  // Predicates in the order first met (`pi`), with their numbers; and the object last seen with each,
  // and its number: a node's type, its run, its document or a shared confidence repeat from one node
  // to the next, and are then not looked up again.
  const predicateNumber: number[] = [], lastObject: (Term | undefined)[] = [], lastObjectId: number[] = [];
  let named = true;
  for (let i = 0; i < n; i++) {
    const q = quads[i]!;
    // Terms come in runs (the builder writes a node's properties together and shares one term per
    // vocabulary IRI), so a term that is the previous quad's is not looked up again.
    const st = q.subject;
    if (st !== lastSubject) {
      lastSubject = st;
      if (st.termType !== 'NamedNode') named = false;
      const k = subjectKey(st);
      s = subjectIds.get(k) ?? -1;
      if (s < 0) subjectIds.set(k, (s = number(st, textOf?.(st))));
    }
    subjectOf[i] = s;
    const pt = q.predicate;
    if (pt !== lastPredicate) {
      lastPredicate = pt;
      if (pt.termType !== 'NamedNode') named = false;
      pi = predicateIds.get(pt.value) ?? -1;
      if (pi < 0) {
        predicateIds.set(pt.value, (pi = predicateNumber.push(number(pt, undefined)) - 1));
        lastObject.push(undefined);
        lastObjectId.push(-1);
      }
      p = predicateNumber[pi]!;
    }
    predicateOf[i] = p;
    const ot = q.object;
    if (ot === lastObject[pi]) objectOf[i] = lastObjectId[pi]!;
    else {
      let o = objectIds.get(ot);
      if (o === undefined) objectIds.set(ot, (o = number(ot, textOf?.(ot))));
      objectOf[i] = o;
      lastObject[pi] = ot;
      lastObjectId[pi] = o;
    }
    const g = q.graph;
    if (g !== lastGraph) {
      lastGraph = g;
      if (g.termType !== 'DefaultGraph') named = false;
    }
  }
  return { terms, texts, subjectOf, predicateOf, objectOf, named };
}

/**
 * Fills a QuadTable while quads are made: whoever makes a term numbers it once, with its text, and
 * adds quads by those numbers (tabulateQuads without its lookups, and nothing kept per term but the
 * term and its text). The quads are named ones in the default graph, by the caller's word.
 */
export class QuadTableBuilder {
  private readonly terms: Term[] = [];
  private readonly texts: (string | undefined)[] = [];
  private size = 0;
  private subjectOf: Int32Array;
  private predicateOf: Int32Array;
  private objectOf: Int32Array;

  /** `expected`: how many quads to make room for at first (the table grows past it if need be). */
  constructor(expected = 1024) {
    const room = Math.max(16, expected);
    this.subjectOf = new Int32Array(room);
    this.predicateOf = new Int32Array(room);
    this.objectOf = new Int32Array(room);
  }

  /** Numbers a term, with its text: the number its quads are added by. */
  number(term: Term, text: string | undefined): number {
    this.texts.push(text);
    return this.terms.push(term) - 1;
  }

  /** Adds a quad, by the numbers of its subject, predicate and object. */
  add(s: number, p: number, o: number): void {
    const i = this.size++;
    if (i === this.subjectOf.length) this.grow();
    this.subjectOf[i] = s;
    this.predicateOf[i] = p;
    this.objectOf[i] = o;
  }

  /** The table of the quads added so far. */
  table(): QuadTable {
    const { terms, texts, size } = this;
    return { terms, texts, subjectOf: this.subjectOf.subarray(0, size), predicateOf: this.predicateOf.subarray(0, size), objectOf: this.objectOf.subarray(0, size), named: true };
  }

  private grow(): void {
    const n = this.subjectOf.length * 2;
    const wider = (a: Int32Array) => { const b = new Int32Array(n); b.set(a); return b; };
    this.subjectOf = wider(this.subjectOf);
    this.predicateOf = wider(this.predicateOf);
    this.objectOf = wider(this.objectOf);
  }
}

const factory = new DataFactory();

/**
 * The quads of a table, in its order, made of its very terms (in the default graph): for whoever
 * wants RDF/JS quads, made only then, as a million quad objects cost a build a second.
 */
export function quadsOf(table: QuadTable): Quad[] {
  const { terms, subjectOf, predicateOf, objectOf } = table;
  const out = new Array<Quad>(subjectOf.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = factory.quad(terms[subjectOf[i]!] as Quad_Subject, terms[predicateOf[i]!] as Quad_Predicate, terms[objectOf[i]!] as Quad_Object);
  }
  return out;
}
