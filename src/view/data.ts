// RDF → explorer data: reads the graph in the shape of docs/graph-model.md and returns plain, sorted JSON.

import type { Quad, Term } from '@rdfjs/types';
import type { QuadTable } from '../rdf/quad-table.ts';
import { NS, kg, localName, rdf, rdfs, skos, prov, dcterms, schema } from '../iris.ts';
import {
  ENTITY_CLASSES,
  EVENT_CLASSES,
  RELATIONS,
  SYMMETRIC_RELATIONS,
  type EntityClass,
  type ParticipantRole,
  type RelationType,
} from '../types.ts';
import {
  EXPLORER_DATA_VERSION,
  type EvidenceMark,
  type ExplorerClaim,
  type ExplorerData,
  type ExplorerDocument,
  type ExplorerEntity,
  type ExplorerEvent,
  type ExplorerEvidence,
  type ExplorerRelation,
} from './types.ts';

/** Rank of each entity class IRI in ENTITY_CLASSES, which lists subclasses first. */
const ENTITY_RANK_BY_IRI = new Map<string, number>(ENTITY_CLASSES.map((c, i) => [kg(c), i]));
const EVENT_CLASS_IRIS = new Set<string>(EVENT_CLASSES.map((c) => kg(c)));
const RELATION_BY_IRI = new Map<string, RelationType>(RELATIONS.map((r) => [kg(r), r]));
const ROLE_RANK: Record<ParticipantRole, number> = { agent: 0, target: 1, participant: 2 };

/** Key of a term as a node of the index; triple terms (RDF 1.2) get a structural key. */
function termKey(t: Term): string {
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType === 'Quad') return `<<${termKey(t.subject)} ${termKey(t.predicate)} ${termKey(t.object)}>>`;
  return t.value;
}

/** Short, stable ids for the page and its URL: `fama`, `ev:77c1…`, `claim:9f3e…`, document local names. */
function compactId(key: string): string {
  if (key.startsWith(NS.ent)) return key.slice(NS.ent.length);
  if (key.startsWith(NS.ev)) return `ev:${key.slice(NS.ev.length)}`;
  if (key.startsWith(NS.claim)) return `claim:${key.slice(NS.claim.length)}`;
  if (key.startsWith(NS.doc)) return key.slice(NS.doc.length);
  return key;
}

/**
 * The quads by subject, read in one pass: subjects and predicates numbered in first-seen order, and each
 * subject's predicates and objects in one run of slots, in quad order. A lookup then scans the few
 * integers of one subject instead of hashing strings into a Map per subject.
 */
interface Index extends Terms {
  predicateCount: number;
  /** The slots of subject `s` run from `start[s]` to `start[s + 1]`. */
  start: Int32Array;
  predicateOf: Int32Array;
  objectOf: Term[];
}

/** Subjects and predicates numbered. */
interface Terms {
  /** Subject keys (see `termKey`) by number, and back. */
  keys: string[];
  ids: Map<string, number>;
  /** Predicate IRIs by number, and back. */
  predicateIds: Map<string, number>;
}

/** Each quad's subject and predicate as numbers. */
interface Numbered extends Terms {
  subjectOf: Int32Array;
  predicateOf: Int32Array;
}

// Each loop over a million quads or slots has a function of its own: V8 compiles a hot loop on the
// stack with the code after it, which has not run yet, so that code would throw the compiled loop away.

function numberQuads(quads: readonly Quad[]): Numbered {
  const n = quads.length;
  const keys: string[] = [];
  const ids = new Map<string, number>();
  const predicateIds = new Map<string, number>();
  const subjectOf = new Int32Array(n);
  const predicateOf = new Int32Array(n);
  let lastSubject: Term | undefined, lastPredicate: Term | undefined;
  let s = -1, p = -1;
  for (let i = 0; i < n; i++) {
    const q = quads[i]!;
    // The builder writes a node's quads together and shares its terms: a run is looked up once.
    if (q.subject !== lastSubject) {
      lastSubject = q.subject;
      const k = termKey(q.subject);
      s = ids.get(k) ?? -1;
      if (s < 0) ids.set(k, (s = keys.push(k) - 1));
    }
    if (q.predicate !== lastPredicate) {
      lastPredicate = q.predicate;
      p = predicateIds.get(q.predicate.value) ?? -1;
      if (p < 0) predicateIds.set(q.predicate.value, (p = predicateIds.size));
    }
    subjectOf[i] = s;
    predicateOf[i] = p;
  }
  return { keys, ids, predicateIds, subjectOf, predicateOf };
}

/** How many quads each subject has, at index s + 1: summed up, where each subject's slots start. */
function countQuads(subjectOf: Int32Array, subjects: number): Int32Array {
  const counts = new Int32Array(subjects + 1);
  for (let i = 0; i < subjectOf.length; i++) counts[subjectOf[i]! + 1]!++;
  return counts;
}

/** Running sums, in place. */
function accumulate(a: Int32Array): Int32Array {
  for (let i = 1; i < a.length; i++) a[i]! += a[i - 1]!;
  return a;
}

/** Puts each quad's predicate and object in the next free slot of its subject, in quad order. */
function fillSlots(quads: readonly Quad[], numbered: Numbered, start: Int32Array): [Int32Array, Term[]] {
  const n = quads.length;
  const cursor = start.slice(0, numbered.keys.length);
  const predicateOf = new Int32Array(n);
  const objectOf = new Array<Term>(n);
  for (let i = 0; i < n; i++) {
    const slot = cursor[numbered.subjectOf[i]!]!++;
    predicateOf[slot] = numbered.predicateOf[i]!;
    objectOf[slot] = quads[i]!.object;
  }
  return [predicateOf, objectOf];
}

function buildIndex(quads: readonly Quad[]): Index {
  const numbered = numberQuads(quads);
  const { keys, ids, predicateIds } = numbered;
  const start = accumulate(countQuads(numbered.subjectOf, keys.length));
  const [predicateOf, objectOf] = fillSlots(quads, numbered, start);
  return { keys, ids, predicateIds, predicateCount: predicateIds.size, start, predicateOf, objectOf };
}

/**
 * numberQuads of a table's quads: the same numbers (subjects by key and predicates by IRI, in the order
 * first met), looked up once per term number rather than once per run of quads.
 */
function numberTable(table: QuadTable): Numbered {
  const { terms } = table;
  const n = table.subjectOf.length;
  const keys: string[] = [];
  const ids = new Map<string, number>();
  const predicateIds = new Map<string, number>();
  const subjectOf = new Int32Array(n);
  const predicateOf = new Int32Array(n);
  // Each term number's subject and predicate number here, or -1 before it is met.
  const subjectFor = new Int32Array(terms.length).fill(-1), predicateFor = new Int32Array(terms.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const ts = table.subjectOf[i]!, tp = table.predicateOf[i]!;
    let s = subjectFor[ts]!;
    if (s < 0) {
      const k = termKey(terms[ts]!);
      s = ids.get(k) ?? -1;
      if (s < 0) ids.set(k, (s = keys.push(k) - 1));
      subjectFor[ts] = s;
    }
    let p = predicateFor[tp]!;
    if (p < 0) {
      const iri = terms[tp]!.value;
      p = predicateIds.get(iri) ?? -1;
      if (p < 0) predicateIds.set(iri, (p = predicateIds.size));
      predicateFor[tp] = p;
    }
    subjectOf[i] = s;
    predicateOf[i] = p;
  }
  return { keys, ids, predicateIds, subjectOf, predicateOf };
}

/** fillSlots for a table's quads: each object is the term of its number. */
function fillTableSlots(table: QuadTable, numbered: Numbered, start: Int32Array): [Int32Array, Term[]] {
  const { terms } = table;
  const n = table.objectOf.length;
  const cursor = start.slice(0, numbered.keys.length);
  const predicateOf = new Int32Array(n);
  const objectOf = new Array<Term>(n);
  for (let i = 0; i < n; i++) {
    const slot = cursor[numbered.subjectOf[i]!]!++;
    predicateOf[slot] = numbered.predicateOf[i]!;
    objectOf[slot] = terms[table.objectOf[i]!]!;
  }
  return [predicateOf, objectOf];
}

/** buildIndex of a table's quads, without the quads. */
function indexTable(table: QuadTable): Index {
  const numbered = numberTable(table);
  const { keys, ids, predicateIds } = numbered;
  const start = accumulate(countQuads(numbered.subjectOf, keys.length));
  const [predicateOf, objectOf] = fillTableSlots(table, numbered, start);
  return { keys, ids, predicateIds, predicateCount: predicateIds.size, start, predicateOf, objectOf };
}

/** Number of a subject key, or -1 when nothing is said about it. */
const subjectId = (ix: Index, key: string): number => ix.ids.get(key) ?? -1;

/** Number of a predicate IRI, or -1 when no quad uses it. */
const predicateId = (ix: Index, iri: string): number => ix.predicateIds.get(iri) ?? -1;

/** The objects of `s` by predicate `p`, in quad order. */
function objectsOf(ix: Index, s: number, p: number): Term[] {
  const out: Term[] = [];
  if (s < 0 || p < 0) return out;
  for (let i = ix.start[s]!, end = ix.start[s + 1]!; i < end; i++) if (ix.predicateOf[i] === p) out.push(ix.objectOf[i]!);
  return out;
}

/** The values of `s` by predicate `p`, sorted. */
function valuesOf(ix: Index, s: number, p: number): string[] {
  const out: string[] = [];
  if (s < 0 || p < 0) return out;
  for (let i = ix.start[s]!, end = ix.start[s + 1]!; i < end; i++) if (ix.predicateOf[i] === p) out.push(ix.objectOf[i]!.value);
  return out.length > 1 ? out.sort(cmp) : out;
}

/** The first object of `s` by predicate `p`, in quad order. */
function objectOf(ix: Index, s: number, p: number): Term | undefined {
  if (s < 0 || p < 0) return undefined;
  for (let i = ix.start[s]!, end = ix.start[s + 1]!; i < end; i++) if (ix.predicateOf[i] === p) return ix.objectOf[i];
  return undefined;
}

/**
 * Reads a few predicates of a subject in one pass over its slots: for each, the smallest value (what a
 * property gives whatever the quad order) and the first object in quad order.
 */
class Fields {
  readonly min: (string | undefined)[];
  readonly first: (Term | undefined)[];
  private readonly field: Int8Array;

  constructor(
    private readonly ix: Index,
    iris: readonly string[],
  ) {
    this.min = iris.map(() => undefined);
    this.first = iris.map(() => undefined);
    this.field = new Int8Array(ix.predicateCount).fill(-1);
    iris.forEach((iri, f) => {
      const p = predicateId(ix, iri);
      if (p >= 0) this.field[p] = f;
    });
  }

  read(s: number): this {
    this.min.fill(undefined);
    this.first.fill(undefined);
    if (s < 0) return this;
    const { start, predicateOf, objectOf } = this.ix;
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      const f = this.field[predicateOf[i]!]!;
      if (f < 0) continue;
      const o = objectOf[i]!;
      const had = this.min[f];
      if (had === undefined) {
        this.first[f] = o;
        this.min[f] = o.value;
      } else if (o.value < had) this.min[f] = o.value;
    }
    return this;
  }
}

/** Whether `text.slice(a, b)` (a ≥ 0) is `word`, without making the slice: a sentence has many mentions. */
function sliceIs(text: string, a: number, b: number, word: string): boolean {
  const from = Math.min(a, text.length);
  return word.length === Math.max(Math.min(b, text.length) - from, 0) && text.startsWith(word, from);
}

/** A finite number from a literal's value, if it is one. */
function toNumber(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(cmp);

/** Order of evidence: by document, offsets, rule and claim; evidence equal on all five is one sentence read twice. */
const byPlace = (a: ExplorerEvidence, b: ExplorerEvidence): number =>
  cmp(a.doc, b.doc) || a.start - b.start || a.end - b.end || cmp(a.rule ?? '', b.rule ?? '') || cmp(a.claim ?? '', b.claim ?? '');

/** Sorts evidence and keeps the first of each set of equal ones (the sort is stable, so they end up side by side). */
function sortEvidence(list: ExplorerEvidence[]): ExplorerEvidence[] {
  if (list.length < 2) return list;
  list.sort(byPlace);
  return list.filter((e, i) => i === 0 || byPlace(list[i - 1]!, e) !== 0);
}

/** Sorts nodes by id, comparing ids gathered in one list rather than read from nodes of many shapes. */
function sortById<T extends { id: string }>(list: T[]): T[] {
  const ids = list.map((x) => x.id);
  return Array.from(ids.keys())
    .sort((a, b) => cmp(ids[a]!, ids[b]!))
    .map((i) => list[i]!);
}

/** The IRIs the reader looks up, built once: lookups by a freshly concatenated string re-hash it every time. */
const I = {
  dcterms_date: dcterms('date'),
  dcterms_source: dcterms('source'),
  dcterms_title: dcterms('title'),
  kg_Claim: kg('Claim'),
  kg_Document: kg('Document'),
  kg_Event: kg('Event'),
  kg_Mention: kg('Mention'),
  kg_accordingTo: kg('accordingTo'),
  kg_agent: kg('agent'),
  kg_anchorText: kg('anchorText'),
  kg_claimText: kg('claimText'),
  kg_claimant: kg('claimant'),
  kg_confidence: kg('confidence'),
  kg_cue: kg('cue'),
  kg_date: kg('date'),
  kg_end: kg('end'),
  kg_evidence: kg('evidence'),
  kg_evidenceText: kg('evidenceText'),
  kg_mention: kg('mention'),
  kg_participant: kg('participant'),
  kg_place: kg('place'),
  kg_rule: kg('rule'),
  kg_sentence: kg('sentence'),
  kg_sourceFile: kg('sourceFile'),
  kg_start: kg('start'),
  kg_target: kg('target'),
  kg_trigger: kg('trigger'),
  prov_wasAttributedTo: prov('wasAttributedTo'),
  prov_wasDerivedFrom: prov('wasDerivedFrom'),
  rdf_object: rdf('object'),
  rdf_predicate: rdf('predicate'),
  rdf_reifies: rdf('reifies'),
  rdf_subject: rdf('subject'),
  rdf_type: rdf('type'),
  rdfs_label: rdfs('label'),
  schema_url: schema('url'),
  skos_altLabel: skos('altLabel'),
  skos_prefLabel: skos('prefLabel'),
} as const;

/**
 * A graph being read: its index, the number of each predicate the reader looks up (-1 when no quad uses
 * it), the relation type of each predicate number, and the compact ids made so far.
 */
class Reading {
  readonly p: Record<keyof typeof I, number>;
  readonly relationOf: (RelationType | undefined)[] = [];
  private readonly compactIds = new Map<string, string>();

  constructor(readonly ix: Index) {
    this.p = Object.fromEntries(Object.entries(I).map(([name, iri]) => [name, predicateId(ix, iri)])) as Record<keyof typeof I, number>;
    for (const [iri, p] of ix.predicateIds) this.relationOf[p] = RELATION_BY_IRI.get(iri);
  }

  /** Subject number of a term, or -1. */
  sid(t: Term): number {
    return subjectId(this.ix, termKey(t));
  }

  /** Compact id of a term: a few hundred entities and documents are named by a hundred thousand nodes. */
  idOf(t: Term): string {
    const k = termKey(t);
    let id = this.compactIds.get(k);
    if (id === undefined) this.compactIds.set(k, (id = compactId(k)));
    return id;
  }
}

/** The subjects by kind, and the lists later stages walk instead of every subject. */
interface Kinds {
  claims: number[];
  events: number[];
  /** Claims and events by subject number, so that relation ends can be told apart from them. */
  isClaimOrEvent: Uint8Array;
  /** Entities by key, with their most specific class. */
  entityClass: Map<string, EntityClass>;
  /** Documents by key: the typed ones, then those nodes are derived from. */
  docKeys: Set<string>;
  /** Subjects of some relation, and statements (or reifiers) that may describe one. */
  relating: number[];
  statements: number[];
}

/** Sorts the subjects into claims, events, entities and documents. */
function classify(r: Reading): Kinds {
  const [kinds, sources] = classifySubjects(r);
  for (const k of sources) kinds.docKeys.add(k);
  markRelationEnds(r, kinds);
  return kinds;
}

/** Each subject's kind by its types and properties, in one pass over every subject's slots; and the documents nodes derive from. */
function classifySubjects(r: Reading): [Kinds, Set<string>] {
  const { keys, start, predicateOf, objectOf } = r.ix;
  const { p } = r;
  const kinds: Kinds = {
    claims: [],
    events: [],
    isClaimOrEvent: new Uint8Array(keys.length),
    entityClass: new Map(),
    docKeys: new Set(),
    relating: [],
    statements: [],
  };
  const sources = new Set<string>();
  let lastSource: Term | undefined;
  for (let s = 0; s < keys.length; s++) {
    let claim = false, event = false, doc = false, mention = false, hasMention = false, relates = false, states = false;
    // The most specific known class wins: ENTITY_CLASSES lists subclasses before `Place`.
    let rank: number = ENTITY_CLASSES.length;
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      const q = predicateOf[i]!;
      if (q === p.rdf_type) {
        const t = objectOf[i]!.value;
        if (t === I.kg_Claim) claim = true;
        if (EVENT_CLASS_IRIS.has(t)) event = true;
        if (t === I.kg_Document) doc = true;
        if (t === I.kg_Mention) mention = true;
        const rank2 = ENTITY_RANK_BY_IRI.get(t);
        if (rank2 !== undefined && rank2 < rank) rank = rank2;
      } else if (q === p.prov_wasDerivedFrom) {
        // Nodes of one document follow one another and share its term: add it once per run.
        if (objectOf[i] === lastSource) continue;
        lastSource = objectOf[i]!;
        sources.add(termKey(lastSource));
      } else if (q === p.kg_claimant || q === p.kg_claimText) claim = true;
      else if (q === p.kg_trigger) event = true;
      else if (q === p.kg_mention) hasMention = true;
      else if (q === p.rdf_subject || q === p.rdf_reifies) states = true;
      else if (r.relationOf[q] !== undefined) relates = true;
    }
    if (relates) kinds.relating.push(s);
    if (states) kinds.statements.push(s);
    if (claim || event) {
      (claim ? kinds.claims : kinds.events).push(s);
      kinds.isClaimOrEvent[s] = 1;
      continue;
    }
    if (doc) kinds.docKeys.add(keys[s]!);
    if (rank < ENTITY_CLASSES.length) kinds.entityClass.set(keys[s]!, ENTITY_CLASSES[rank] as EntityClass);
    else if (hasMention && !mention) kinds.entityClass.set(keys[s]!, 'Organization');
  }
  return [kinds, sources];
}

/** Relation ends are entities even when the graph forgot their type. */
function markRelationEnds(r: Reading, { relating, entityClass, isClaimOrEvent }: Kinds): void {
  const { keys, start, predicateOf, objectOf } = r.ix;
  const mark = (k: string): void => {
    if (entityClass.has(k) || k.startsWith('<<')) return;
    const s = subjectId(r.ix, k);
    if (s < 0 || !isClaimOrEvent[s]) entityClass.set(k, 'Organization');
  };
  for (const s of relating) {
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      if (r.relationOf[predicateOf[i]!] === undefined) continue;
      mark(keys[s]!);
      mark(termKey(objectOf[i]!));
    }
  }
}

function readDocuments(r: Reading, docKeys: Set<string>): ExplorerDocument[] {
  const fields = new Fields(r.ix, [I.dcterms_title, I.rdfs_label, I.kg_sourceFile, I.dcterms_date, I.schema_url, I.dcterms_source]);
  return [...docKeys]
    .map((k) => {
      const [title, label, source, date, url, dcSource] = fields.read(subjectId(r.ix, k)).min;
      const d: ExplorerDocument = { id: compactId(k), iri: k };
      if ((title ?? label) !== undefined) d.title = title ?? label;
      if (source !== undefined) d.source = source;
      if (date !== undefined) d.date = date;
      if ((url ?? dcSource) !== undefined) d.url = url ?? dcSource;
      return d;
    })
    .sort((a, b) => cmp(a.id, b.id));
}

interface Span {
  start: number;
  end: number;
  entity: string;
  text?: string;
}

/** The entities' mentions by document; `onlyDoc` holds those that name none. */
function mentionsByDocument(r: Reading, entityClass: Map<string, EntityClass>, onlyDoc: string | undefined): Map<string, Span[]> {
  const byDoc = new Map<string, Span[]>();
  const fields = new Fields(r.ix, [I.kg_start, I.kg_end, I.kg_anchorText, I.prov_wasDerivedFrom]);
  for (const e of entityClass.keys()) {
    const entity = compactId(e);
    for (const m of objectsOf(r.ix, subjectId(r.ix, e), r.p.kg_mention)) {
      const f = fields.read(r.sid(m));
      const start = toNumber(f.min[0]);
      const end = toNumber(f.min[1]);
      const doc = f.first[3] ? r.idOf(f.first[3]) : onlyDoc;
      if (start === undefined || end === undefined || doc === undefined) continue;
      const span: Span = { start, end, entity };
      const text = f.min[2];
      if (text !== undefined) span.text = text;
      const list = byDoc.get(doc);
      if (list) list.push(span);
      else byDoc.set(doc, [span]);
    }
  }
  return byDoc;
}

/** Sorts each document's mentions by offset, longest first. */
function sortMentions(byDoc: Map<string, Span[]>): Map<string, Span[]> {
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start || b.end - a.end || cmp(a.entity, b.entity));
  return byDoc;
}

/** Mentions falling inside a sentence, relative to its start; overlaps resolved longest-first. */
function marksFor(list: Span[] | undefined, start: number, end: number, text: string): EvidenceMark[] {
  if (!list) return [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const marks: EvidenceMark[] = [];
  let cursor = 0;
  for (let i = lo; i < list.length && list[i]!.start < end; i++) {
    const m = list[i]!;
    if (m.end > end) continue;
    const a = m.start - start;
    const b = m.end - start;
    if (a < cursor) continue;
    // Offsets that do not land on the anchor text would highlight the wrong words: skip them.
    if (m.text !== undefined && !sliceIs(text, a, b, m.text)) continue;
    marks.push([a, b, m.entity]);
    cursor = b;
  }
  return marks;
}

/** Claimant of each claim, by claim id. */
function claimantsOf(r: Reading, claims: number[]): Map<string, string> {
  const claimantOf = new Map<string, string>();
  for (const c of claims) {
    const who = objectOf(r.ix, c, r.p.kg_claimant) ?? objectOf(r.ix, c, r.p.prov_wasAttributedTo);
    if (who) claimantOf.set(compactId(r.ix.keys[c]!), r.idOf(who));
  }
  return claimantOf;
}

/** Reads evidence nodes: the sentence, where it is, how it was found, and the mentions it holds. */
class EvidenceReader {
  private readonly fields: Fields;

  constructor(
    private readonly r: Reading,
    private readonly mentions: Map<string, Span[]>,
    private readonly claimantOf: Map<string, string>,
  ) {
    this.fields = new Fields(r.ix, [
      I.kg_evidenceText,
      I.kg_start,
      I.kg_end,
      I.prov_wasDerivedFrom,
      I.kg_sentence,
      I.kg_rule,
      I.kg_confidence,
      I.kg_accordingTo,
    ]);
  }

  /** The evidence node `s`, if it has a sentence and a document. */
  read(s: number): ExplorerEvidence | undefined {
    const { min, first } = this.fields.read(s);
    const text = min[0];
    const start = toNumber(min[1]);
    const end = toNumber(min[2]);
    if (text === undefined || first[3] === undefined) return undefined;
    const doc = this.r.idOf(first[3]);
    const ev: ExplorerEvidence = {
      text,
      doc,
      start: start ?? 0,
      end: end ?? (start ?? 0) + text.length,
      marks: [],
    };
    const sentence = toNumber(min[4]);
    const rule = min[5];
    const confidence = toNumber(min[6]);
    const claim = first[7];
    if (sentence !== undefined) ev.sentence = sentence;
    if (rule !== undefined) ev.rule = rule;
    if (confidence !== undefined) ev.confidence = confidence;
    if (claim) {
      ev.claim = this.r.idOf(claim);
      const who = this.claimantOf.get(ev.claim);
      if (who !== undefined) ev.claimant = who;
    }
    if (start !== undefined) ev.marks = marksFor(this.mentions.get(doc), ev.start, ev.end, text);
    return ev;
  }

  /** The evidence nodes `s` points to with `kg:evidence`, read and sorted. */
  of(s: number): ExplorerEvidence[] {
    const list: ExplorerEvidence[] = [];
    const { start, predicateOf, objectOf } = this.r.ix;
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      if (predicateOf[i] !== this.r.p.kg_evidence) continue;
      const e = this.read(this.r.sid(objectOf[i]!));
      if (e) list.push(e);
    }
    return sortEvidence(list);
  }
}

/** Id of a relation; symmetric relations are stored once, with sorted ends. */
function relationKey(s: string, p: RelationType, o: string): string {
  if (SYMMETRIC_RELATIONS.has(p) && o < s) [s, o] = [o, s];
  return `${s}|${p}|${o}`;
}

/** The relations between entities, by id. */
function relationsBetweenEntities(r: Reading, entityClass: Map<string, EntityClass>): Map<string, ExplorerRelation> {
  const { start, predicateOf, objectOf } = r.ix;
  const relations = new Map<string, ExplorerRelation>();
  for (const k of entityClass.keys()) {
    const s = subjectId(r.ix, k);
    if (s < 0) continue;
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      const predicate = r.relationOf[predicateOf[i]!];
      if (!predicate) continue;
      const ok = termKey(objectOf[i]!);
      if (!entityClass.has(ok)) continue;
      const id = relationKey(compactId(k), predicate, compactId(ok));
      if (relations.has(id)) continue;
      const [source, , target] = id.split('|') as [string, string, string];
      relations.set(id, { id, source, target, predicate, symmetric: SYMMETRIC_RELATIONS.has(predicate), evidence: [] });
    }
  }
  return relations;
}

/** Adds to each relation the evidence of the statements (or reifiers) that describe it. */
function addStatements(r: Reading, statements: number[], relations: Map<string, ExplorerRelation>, evidence: EvidenceReader): void {
  const fields = new Fields(r.ix, [I.rdf_subject, I.rdf_predicate, I.rdf_object, I.rdf_reifies]);
  for (const s of statements) {
    const f = fields.read(s).first;
    let subj = f[0], pred = f[1], obj = f[2];
    const reified = f[3];
    if (reified?.termType === 'Quad') [subj, pred, obj] = [reified.subject, reified.predicate, reified.object];
    if (!subj || !pred || !obj) continue;
    const predicate = RELATION_BY_IRI.get(pred.value);
    if (!predicate) continue;
    const rel = relations.get(relationKey(r.idOf(subj), predicate, r.idOf(obj)));
    const ev = rel && evidence.read(s);
    if (rel && ev) rel.evidence.push(ev);
  }
}

/** The relations between entities, with the evidence of the statements that describe them. */
function readRelations(r: Reading, kinds: Kinds, evidence: EvidenceReader): ExplorerRelation[] {
  const relations = relationsBetweenEntities(r, kinds.entityClass);
  addStatements(r, kinds.statements, relations, evidence);
  const list = [...relations.values()];
  for (const rel of list) rel.evidence = sortEvidence(rel.evidence);
  return list;
}

function readEvents(r: Reading, events: number[], evidence: EvidenceReader): ExplorerEvent[] {
  const { keys, start, predicateOf, objectOf } = r.ix;
  const { p } = r;
  /** Role of each predicate number, if it is one. */
  const roleOf: (ParticipantRole | undefined)[] = [];
  if (p.kg_agent >= 0) roleOf[p.kg_agent] = 'agent';
  if (p.kg_target >= 0) roleOf[p.kg_target] = 'target';
  if (p.kg_participant >= 0) roleOf[p.kg_participant] = 'participant';
  const fields = new Fields(r.ix, [I.rdfs_label, I.kg_trigger, I.kg_date, I.kg_place]);
  const classNames = new Map<string, string>();
  /** Local name of an event class IRI; a few classes name twenty thousand events. */
  const className = (iri: string): string => {
    let name = classNames.get(iri);
    if (name === undefined) classNames.set(iri, (name = localName(iri)));
    return name;
  };
  return events.map((s) => {
    const k = keys[s]!;
    // Its class: the first (in IRI order) event class other than kg:Event, else the first kg: type.
    let eventClass: string | undefined, kgClass: string | undefined;
    // Its participants: each entity once, in its strongest role.
    const participants: ExplorerEvent['participants'] = [];
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      const q = predicateOf[i]!;
      if (q === p.rdf_type) {
        const t = objectOf[i]!.value;
        if (EVENT_CLASS_IRIS.has(t) && t !== I.kg_Event && (eventClass === undefined || t < eventClass)) eventClass = t;
        if (t.startsWith(NS.kg) && (kgClass === undefined || t < kgClass)) kgClass = t;
        continue;
      }
      const role = roleOf[q];
      if (role === undefined) continue;
      const entity = r.idOf(objectOf[i]!);
      const had = participants.find((x) => x.entity === entity);
      if (!had) participants.push({ entity, role });
      else if (ROLE_RANK[role] < ROLE_RANK[had.role]) had.role = role;
    }
    const typeIri = eventClass ?? kgClass;
    const { min, first } = fields.read(s);
    const [label, trigger, date] = min;
    const place = first[3];
    const ev: ExplorerEvent = {
      id: compactId(k),
      iri: k,
      cls: typeIri ? className(typeIri) : 'Event',
      label: label ?? trigger ?? localName(k),
      participants: participants.sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || cmp(a.entity, b.entity)),
      evidence: evidence.of(s),
    };
    if (trigger !== undefined) ev.trigger = trigger;
    if (date !== undefined) ev.date = date;
    if (place) ev.place = r.idOf(place);
    return ev;
  });
}

function readClaims(r: Reading, claims: number[], evidence: EvidenceReader, claimantOf: Map<string, string>): ExplorerClaim[] {
  const fields = new Fields(r.ix, [I.kg_claimText, I.kg_cue]);
  return claims.map((s) => {
    const k = r.ix.keys[s]!;
    const id = compactId(k);
    const found = evidence.of(s);
    const [text, cue] = fields.read(s).min;
    const c: ExplorerClaim = { id, iri: k, text: text ?? found[0]?.text ?? '', about: [], evidence: found };
    const claimant = claimantOf.get(id);
    if (claimant !== undefined) c.claimant = claimant;
    if (cue !== undefined) c.cue = cue;
    return c;
  });
}

/**
 * Sets what each claim is about: the ends of the relations and the participants of the events known
 * according to it, and the entities its sentences mention, its claimant aside.
 */
function setAbout(entityIds: Set<string>, relations: ExplorerRelation[], events: ExplorerEvent[], claims: ExplorerClaim[]): void {
  const about = new Map<string, Set<string>>();
  const add = (claim: string | undefined, entity: string): void => {
    if (claim === undefined || !entityIds.has(entity)) return;
    let set = about.get(claim);
    if (!set) about.set(claim, (set = new Set()));
    set.add(entity);
  };
  for (const rel of relations) {
    for (const e of rel.evidence) {
      add(e.claim, rel.source);
      add(e.claim, rel.target);
    }
  }
  for (const ev of events) for (const e of ev.evidence) for (const p of ev.participants) add(e.claim, p.entity);
  for (const c of claims) {
    for (const e of c.evidence) for (const [, , entity] of e.marks) add(c.id, entity);
    c.about = uniqSorted(about.get(c.id) ?? []).filter((x) => x !== c.claimant);
  }
}

/** Number of distinct entities each entity is related to. */
function degrees(relations: ExplorerRelation[]): Map<string, number> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const rel of relations) {
    link(rel.source, rel.target);
    link(rel.target, rel.source);
  }
  return new Map([...neighbours].map(([id, set]) => [id, set.size]));
}

function readEntities(r: Reading, entityClass: Map<string, EntityClass>, degree: Map<string, number>): ExplorerEntity[] {
  const { ix, p } = r;
  const anchorFields = new Fields(ix, [I.kg_anchorText]);
  /** The smallest anchor text of an entity's mentions: its label when the graph gives it none. */
  const firstAnchor = (s: number): string | undefined => {
    let best: string | undefined;
    for (const m of objectsOf(ix, s, p.kg_mention)) {
      const a = anchorFields.read(r.sid(m)).min[0];
      if (a !== undefined && (best === undefined || a < best)) best = a;
    }
    return best;
  };
  return [...entityClass].map(([k, cls]) => {
    const s = subjectId(ix, k);
    const id = compactId(k);
    const labels = valuesOf(ix, s, p.rdfs_label);
    const pref = valuesOf(ix, s, p.skos_prefLabel);
    const label = labels[0] ?? pref[0] ?? firstAnchor(s) ?? localName(k);
    const altLabels = uniqSorted([...labels.slice(1), ...pref, ...valuesOf(ix, s, p.skos_altLabel)]).filter((a) => a !== label);
    const docs = uniqSorted(objectsOf(ix, s, p.prov_wasDerivedFrom).map((t) => r.idOf(t)));
    return { id, iri: k, label, altLabels, cls, degree: degree.get(id) ?? 0, docs };
  });
}

/** Reads the graph quads into the explorer's plain data. Pure: same quads (in any order) → same value. */
export function graphDataFromQuads(quads: Iterable<Quad>): ExplorerData {
  return readGraph(buildIndex(Array.isArray(quads) ? quads : [...quads]));
}

/** graphDataFromQuads of the quads of a table (rdf/quad-table.ts), without making them. */
export function graphDataFromTable(table: QuadTable): ExplorerData {
  return readGraph(indexTable(table));
}

/** The explorer's data of an indexed graph. */
function readGraph(ix: Index): ExplorerData {
  const r = new Reading(ix);
  const kinds = classify(r);
  const documents = readDocuments(r, kinds.docKeys);
  const onlyDoc = kinds.docKeys.size === 1 ? compactId([...kinds.docKeys][0]!) : undefined;
  const claimantOf = claimantsOf(r, kinds.claims);
  const evidence = new EvidenceReader(r, sortMentions(mentionsByDocument(r, kinds.entityClass, onlyDoc)), claimantOf);
  const relations = readRelations(r, kinds, evidence);
  const events = readEvents(r, kinds.events, evidence);
  const claims = readClaims(r, kinds.claims, evidence, claimantOf);
  setAbout(new Set([...kinds.entityClass.keys()].map(compactId)), relations, events, claims);
  const entities = readEntities(r, kinds.entityClass, degrees(relations));
  return {
    version: EXPLORER_DATA_VERSION,
    entities: sortById(entities),
    relations: sortById(relations),
    events: sortById(events),
    claims: sortById(claims),
    documents,
  };
}
