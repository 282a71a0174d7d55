// Quads as numbers: each quad's subject, predicate and object as an index into lists of distinct
// terms, so that sorting and writing a million quads compare and look up integers, not strings,
// and read each quad once, in the order it sits in memory.
import type { Quad, Term } from '@rdfjs/types';

/** The distinct terms of some quads, and for each quad the number of its subject, predicate and object. */
export interface QuadTable {
  /** Distinct subjects by key (IRI, or `_:` and a blank node's label), in first-seen order. */
  subjects: Term[];
  subjectKeys: string[];
  subjectIds: Map<string, number>;
  subjectOf: Int32Array;
  /** Distinct predicates by IRI, in first-seen order. */
  predicates: Term[];
  predicateOf: Int32Array;
  /** Distinct object terms by identity (equal terms made apart count twice), in first-seen order. */
  objects: Term[];
  objectOf: Int32Array;
  /** Each subject's and object's text, made by the `textOf` given, if one was. */
  subjectText: (string | undefined)[];
  objectText: (string | undefined)[];
  /** Whether every subject and predicate is an IRI and every quad in the default graph. */
  named: boolean;
}

/** What a subject is sorted and matched by: its IRI, or `_:` and a blank node's label. */
const subjectKey = (t: Term): string =>
  t.termType === 'NamedNode' ? t.value
  : t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}`
  : `${t.termType === 'BlankNode' ? '_:' : ''}${t.value}`;

/**
 * Numbers the subjects, predicates and objects of quads, and gives each distinct subject and object
 * its `textOf`, if given: made when the term is first met, it is read while it is at hand.
 */
export function tabulateQuads(quads: readonly Quad[], textOf?: (term: Term) => string | undefined): QuadTable {
  const n = quads.length;
  const subjectOf = new Int32Array(n), predicateOf = new Int32Array(n), objectOf = new Int32Array(n);
  const subjects: Term[] = [], subjectKeys: string[] = [], predicates: Term[] = [], objects: Term[] = [];
  const subjectText: (string | undefined)[] = [], objectText: (string | undefined)[] = [];
  const subjectIds = new Map<string, number>(), predicateIds = new Map<string, number>(), objectIds = new Map<Term, number>();
  let lastSubject: Term | undefined, lastPredicate: Term | undefined, lastGraph: Term | undefined;
  let s = -1, p = -1;
  // The object last seen with each predicate, and its number: a node's type, its run, its document
  // or a shared confidence repeat from one node to the next, and are then not looked up again.
  const lastObject: (Term | undefined)[] = [], lastObjectId: number[] = [];
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
      if (s < 0) {
        s = subjects.push(st) - 1;
        subjectKeys.push(k);
        if (textOf) subjectText.push(textOf(st));
        subjectIds.set(k, s);
      }
    }
    subjectOf[i] = s;
    const pt = q.predicate;
    if (pt !== lastPredicate) {
      lastPredicate = pt;
      if (pt.termType !== 'NamedNode') named = false;
      p = predicateIds.get(pt.value) ?? -1;
      if (p < 0) {
        predicateIds.set(pt.value, (p = predicates.push(pt) - 1));
        lastObject.push(undefined);
        lastObjectId.push(-1);
      }
    }
    predicateOf[i] = p;
    const ot = q.object;
    if (ot === lastObject[p]) objectOf[i] = lastObjectId[p]!;
    else {
      let o = objectIds.get(ot);
      if (o === undefined) {
        objectIds.set(ot, (o = objects.push(ot) - 1));
        if (textOf) objectText.push(textOf(ot));
      }
      objectOf[i] = o;
      lastObject[p] = ot;
      lastObjectId[p] = o;
    }
    const g = q.graph;
    if (g !== lastGraph) {
      lastGraph = g;
      if (g.termType !== 'DefaultGraph') named = false;
    }
  }
  return { subjects, subjectKeys, subjectIds, subjectOf, predicates, predicateOf, objects, objectOf, subjectText, objectText, named };
}
