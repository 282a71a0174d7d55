// RDF → explorer data: reads the graph in the shape of docs/graph-model.md and returns plain, sorted JSON.

import type { Quad, Term } from '@rdfjs/types';
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

const RDF_TYPE = rdf('type');
/** Rank of each entity class IRI in ENTITY_CLASSES, which lists subclasses first. */
const ENTITY_RANK_BY_IRI = new Map<string, number>(ENTITY_CLASSES.map((c, i) => [kg(c), i]));
const EVENT_CLASS_IRIS = new Set<string>(EVENT_CLASSES.map((c) => kg(c)));
const RELATION_BY_IRI = new Map<string, RelationType>(RELATIONS.map((r) => [kg(r), r]));
const ROLE_BY_IRI = new Map<string, ParticipantRole>([
  [kg('agent'), 'agent'],
  [kg('target'), 'target'],
  [kg('participant'), 'participant'],
]);
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
interface Index {
  /** Subject keys (see `termKey`) by number, and back. */
  keys: string[];
  ids: Map<string, number>;
  /** Predicate IRIs by number, and back. */
  predicateIds: Map<string, number>;
  predicateCount: number;
  /** The slots of subject `s` run from `start[s]` to `start[s + 1]`. */
  start: Int32Array;
  predicateOf: Int32Array;
  objectOf: Term[];
}

function buildIndex(quads: readonly Quad[]): Index {
  const n = quads.length;
  const keys: string[] = [];
  const ids = new Map<string, number>();
  const predicateIds = new Map<string, number>();
  const subjectOfQuad = new Int32Array(n);
  const predicateOfQuad = new Int32Array(n);
  const counts: number[] = [];
  let lastSubject: Term | undefined, lastPredicate: Term | undefined;
  let s = -1, p = -1;
  for (let i = 0; i < n; i++) {
    const q = quads[i]!;
    // The builder writes a node's quads together and shares its terms: a run is looked up once.
    if (q.subject !== lastSubject) {
      lastSubject = q.subject;
      const k = termKey(q.subject);
      s = ids.get(k) ?? -1;
      if (s < 0) {
        ids.set(k, (s = keys.push(k) - 1));
        counts.push(0);
      }
    }
    if (q.predicate !== lastPredicate) {
      lastPredicate = q.predicate;
      p = predicateIds.get(q.predicate.value) ?? -1;
      if (p < 0) predicateIds.set(q.predicate.value, (p = predicateIds.size));
    }
    subjectOfQuad[i] = s;
    predicateOfQuad[i] = p;
    counts[s]!++;
  }
  const start = new Int32Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) start[i + 1] = start[i]! + counts[i]!;
  const cursor = start.slice(0, keys.length);
  const predicateOf = new Int32Array(n);
  const objectOf = new Array<Term>(n);
  for (let i = 0; i < n; i++) {
    const slot = cursor[subjectOfQuad[i]!]!++;
    predicateOf[slot] = predicateOfQuad[i]!;
    objectOf[slot] = quads[i]!.object;
  }
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

/** A finite number from a literal's value, if it is one. */
function toNumber(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(cmp);

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
  kg_place: kg('place'),
  kg_rule: kg('rule'),
  kg_sentence: kg('sentence'),
  kg_sourceFile: kg('sourceFile'),
  kg_start: kg('start'),
  kg_trigger: kg('trigger'),
  prov_wasAttributedTo: prov('wasAttributedTo'),
  prov_wasDerivedFrom: prov('wasDerivedFrom'),
  rdf_object: rdf('object'),
  rdf_predicate: rdf('predicate'),
  rdf_reifies: rdf('reifies'),
  rdf_subject: rdf('subject'),
  rdfs_label: rdfs('label'),
  schema_url: schema('url'),
  skos_altLabel: skos('altLabel'),
  skos_prefLabel: skos('prefLabel'),
} as const;

/** Reads the graph quads into the explorer's plain data. Pure: same quads (in any order) → same value. */
export function graphDataFromQuads(quads: Iterable<Quad>): ExplorerData {
  const ix = buildIndex(Array.isArray(quads) ? quads : [...quads]);
  const { keys, start, predicateOf, objectOf: slotObject } = ix;
  const P = (iri: string): number => predicateId(ix, iri);
  const sid = (t: Term): number => subjectId(ix, termKey(t));

  /* ---------------------------------------------------------------- classify subjects */
  const pType = P(RDF_TYPE);
  const pClaimant = P(I.kg_claimant);
  const pClaimText = P(I.kg_claimText);
  const pTrigger = P(I.kg_trigger);
  const pMention = P(I.kg_mention);
  const claimIds: number[] = [];
  const eventIds: number[] = [];
  /** Claims and events by subject number, so that relation ends can be told apart from them. */
  const isClaimOrEvent = new Uint8Array(keys.length);
  const entityClass = new Map<string, EntityClass>();
  const docKeys = new Set<string>();
  for (let s = 0; s < keys.length; s++) {
    let claim = false, event = false, doc = false, mention = false, hasMention = false;
    // The most specific known class wins: ENTITY_CLASSES lists subclasses before `Place`.
    let rank: number = ENTITY_CLASSES.length;
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      const p = predicateOf[i]!;
      if (p === pType) {
        const t = slotObject[i]!.value;
        if (t === I.kg_Claim) claim = true;
        if (EVENT_CLASS_IRIS.has(t)) event = true;
        if (t === I.kg_Document) doc = true;
        if (t === I.kg_Mention) mention = true;
        const r = ENTITY_RANK_BY_IRI.get(t);
        if (r !== undefined && r < rank) rank = r;
      } else if (p === pClaimant || p === pClaimText) claim = true;
      else if (p === pTrigger) event = true;
      else if (p === pMention) hasMention = true;
    }
    if (claim) {
      claimIds.push(s);
      isClaimOrEvent[s] = 1;
      continue;
    }
    if (event) {
      eventIds.push(s);
      isClaimOrEvent[s] = 1;
      continue;
    }
    if (doc) docKeys.add(keys[s]!);
    if (rank < ENTITY_CLASSES.length) entityClass.set(keys[s]!, ENTITY_CLASSES[rank] as EntityClass);
    else if (hasMention && !mention) entityClass.set(keys[s]!, 'Organization');
  }
  /** Relation type by predicate number. */
  const relationOf: (RelationType | undefined)[] = [];
  for (const [iri, p] of ix.predicateIds) relationOf[p] = RELATION_BY_IRI.get(iri);
  // Relation ends are entities even when the graph forgot their type.
  const markEntity = (k: string): void => {
    if (entityClass.has(k) || k.startsWith('<<')) return;
    const s = subjectId(ix, k);
    if (s < 0 || !isClaimOrEvent[s]) entityClass.set(k, 'Organization');
  };
  for (let s = 0; s < keys.length; s++) {
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      if (relationOf[predicateOf[i]!] === undefined) continue;
      markEntity(keys[s]!);
      markEntity(termKey(slotObject[i]!));
    }
  }

  /* ---------------------------------------------------------------- documents */
  const pDerivedFrom = P(I.prov_wasDerivedFrom);
  for (let i = 0; i < slotObject.length; i++) if (predicateOf[i] === pDerivedFrom) docKeys.add(termKey(slotObject[i]!));
  const docFields = new Fields(ix, [I.dcterms_title, I.rdfs_label, I.kg_sourceFile, I.dcterms_date, I.schema_url, I.dcterms_source]);
  const documents: ExplorerDocument[] = [...docKeys]
    .map((k) => {
      const [title, label, source, date, url, dcSource] = docFields.read(subjectId(ix, k)).min;
      const d: ExplorerDocument = { id: compactId(k), iri: k };
      if ((title ?? label) !== undefined) d.title = title ?? label;
      if (source !== undefined) d.source = source;
      if (date !== undefined) d.date = date;
      if ((url ?? dcSource) !== undefined) d.url = url ?? dcSource;
      return d;
    })
    .sort((a, b) => cmp(a.id, b.id));
  const onlyDoc = docKeys.size === 1 ? compactId([...docKeys][0]!) : undefined;
  const docIds = new Map<string, string>();
  /** Document id of a `prov:wasDerivedFrom` object; a few documents are named by a million nodes. */
  const docIdOf = (t: Term | undefined): string | undefined => {
    if (!t) return undefined;
    const k = termKey(t);
    let id = docIds.get(k);
    if (id === undefined) docIds.set(k, (id = compactId(k)));
    return id;
  };

  /* ---------------------------------------------------------------- mentions, by document */
  interface Span {
    start: number;
    end: number;
    entity: string;
    text?: string;
  }
  const mentionsByDoc = new Map<string, Span[]>();
  const mentionFields = new Fields(ix, [I.kg_start, I.kg_end, I.kg_anchorText, I.prov_wasDerivedFrom]);
  for (const e of entityClass.keys()) {
    const entity = compactId(e);
    for (const m of objectsOf(ix, subjectId(ix, e), pMention)) {
      const f = mentionFields.read(sid(m));
      const start = toNumber(f.min[0]);
      const end = toNumber(f.min[1]);
      const doc = docIdOf(f.first[3]) ?? onlyDoc;
      if (start === undefined || end === undefined || doc === undefined) continue;
      const span: Span = { start, end, entity };
      const text = f.min[2];
      if (text !== undefined) span.text = text;
      const list = mentionsByDoc.get(doc);
      if (list) list.push(span);
      else mentionsByDoc.set(doc, [span]);
    }
  }
  for (const list of mentionsByDoc.values()) list.sort((a, b) => a.start - b.start || b.end - a.end || cmp(a.entity, b.entity));

  /** Mentions falling inside a sentence, relative to its start; overlaps resolved longest-first. */
  const marksFor = (doc: string, start: number, end: number, text: string): EvidenceMark[] => {
    const list = mentionsByDoc.get(doc);
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
      if (m.text !== undefined && text.slice(a, b) !== m.text) continue;
      marks.push([a, b, m.entity]);
      cursor = b;
    }
    return marks;
  };

  /* ---------------------------------------------------------------- claims' claimants (needed by evidence) */
  const pAttributedTo = P(I.prov_wasAttributedTo);
  const claimantOf = new Map<string, string>();
  for (const c of claimIds) {
    const who = objectOf(ix, c, pClaimant) ?? objectOf(ix, c, pAttributedTo);
    if (who) claimantOf.set(compactId(keys[c]!), compactId(termKey(who)));
  }

  const evidenceFields = new Fields(ix, [
    I.kg_evidenceText,
    I.kg_start,
    I.kg_end,
    I.prov_wasDerivedFrom,
    I.kg_sentence,
    I.kg_rule,
    I.kg_confidence,
    I.kg_accordingTo,
  ]);
  const readEvidence = (s: number): ExplorerEvidence | undefined => {
    const { min, first } = evidenceFields.read(s);
    const text = min[0];
    const start = toNumber(min[1]);
    const end = toNumber(min[2]);
    const doc = docIdOf(first[3]);
    if (text === undefined || doc === undefined) return undefined;
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
      ev.claim = compactId(termKey(claim));
      const who = claimantOf.get(ev.claim);
      if (who !== undefined) ev.claimant = who;
    }
    if (start !== undefined) ev.marks = marksFor(doc, ev.start, ev.end, text);
    return ev;
  };
  /** The evidence nodes a node points to with `kg:evidence`, read. */
  const pEvidence = P(I.kg_evidence);
  const evidenceOf = (s: number): ExplorerEvidence[] => {
    const list: ExplorerEvidence[] = [];
    for (const t of objectsOf(ix, s, pEvidence)) {
      const e = readEvidence(sid(t));
      if (e) list.push(e);
    }
    return sortEvidence(list);
  };
  const evidenceKey = (e: ExplorerEvidence): string => `${e.doc}\u0000${e.start}\u0000${e.end}\u0000${e.rule ?? ''}\u0000${e.claim ?? ''}`;
  const sortEvidence = (list: ExplorerEvidence[]): ExplorerEvidence[] => {
    if (list.length < 2) return list;
    const seen = new Map<string, ExplorerEvidence>();
    for (const e of list) {
      const k = evidenceKey(e);
      if (!seen.has(k)) seen.set(k, e);
    }
    return [...seen.values()].sort(
      (a, b) => cmp(a.doc, b.doc) || a.start - b.start || a.end - b.end || cmp(a.rule ?? '', b.rule ?? '') || cmp(a.claim ?? '', b.claim ?? ''),
    );
  };

  /* ---------------------------------------------------------------- relations and their statements */
  const relations = new Map<string, ExplorerRelation>();
  const relationKey = (s: string, p: RelationType, o: string): string => {
    if (SYMMETRIC_RELATIONS.has(p) && o < s) [s, o] = [o, s];
    return `${s}|${p}|${o}`;
  };
  for (const k of entityClass.keys()) {
    const s = subjectId(ix, k);
    if (s < 0) continue;
    for (let i = start[s]!, end = start[s + 1]!; i < end; i++) {
      const predicate = relationOf[predicateOf[i]!];
      if (!predicate) continue;
      const ok = termKey(slotObject[i]!);
      if (!entityClass.has(ok)) continue;
      const id = relationKey(compactId(k), predicate, compactId(ok));
      if (relations.has(id)) continue;
      const [source, , target] = id.split('|') as [string, string, string];
      relations.set(id, { id, source, target, predicate, symmetric: SYMMETRIC_RELATIONS.has(predicate), evidence: [] });
    }
  }
  const statementFields = new Fields(ix, [I.rdf_subject, I.rdf_predicate, I.rdf_object, I.rdf_reifies]);
  for (let s = 0; s < keys.length; s++) {
    let [subj, pred, obj, reified] = statementFields.read(s).first;
    if (reified?.termType === 'Quad') [subj, pred, obj] = [reified.subject, reified.predicate, reified.object];
    if (!subj || !pred || !obj) continue;
    const predicate = RELATION_BY_IRI.get(pred.value);
    if (!predicate) continue;
    const rel = relations.get(relationKey(compactId(termKey(subj)), predicate, compactId(termKey(obj))));
    const ev = rel && readEvidence(s);
    if (rel && ev) rel.evidence.push(ev);
  }

  /* ---------------------------------------------------------------- events */
  const roles = [...ROLE_BY_IRI].map(([iri, role]) => [P(iri), role] as const);
  const eventFields = new Fields(ix, [I.rdfs_label, I.kg_trigger, I.kg_date, I.kg_place]);
  const events: ExplorerEvent[] = eventIds.map((s) => {
    const k = keys[s]!;
    const types = valuesOf(ix, s, pType);
    const typeIri = types.find((t) => EVENT_CLASS_IRIS.has(t) && t !== I.kg_Event) ?? types.find((t) => t.startsWith(NS.kg));
    const byEntity = new Map<string, ParticipantRole>();
    for (const [p, role] of roles) {
      for (const o of objectsOf(ix, s, p)) {
        const id = compactId(termKey(o));
        const had = byEntity.get(id);
        if (had === undefined || ROLE_RANK[role] < ROLE_RANK[had]) byEntity.set(id, role);
      }
    }
    const [label, trigger, date] = eventFields.read(s).min;
    const place = eventFields.first[3];
    const ev: ExplorerEvent = {
      id: compactId(k),
      iri: k,
      cls: typeIri ? localName(typeIri) : 'Event',
      label: label ?? trigger ?? localName(k),
      participants: [...byEntity]
        .map(([entity, role]) => ({ entity, role }))
        .sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || cmp(a.entity, b.entity)),
      evidence: evidenceOf(s),
    };
    if (trigger !== undefined) ev.trigger = trigger;
    if (date !== undefined) ev.date = date;
    if (place) ev.place = compactId(termKey(place));
    return ev;
  });

  /* ---------------------------------------------------------------- claims */
  const claimFields = new Fields(ix, [I.kg_claimText, I.kg_cue]);
  const claims: ExplorerClaim[] = claimIds.map((s) => {
    const k = keys[s]!;
    const id = compactId(k);
    const evidence = evidenceOf(s);
    const [text, cue] = claimFields.read(s).min;
    const c: ExplorerClaim = {
      id,
      iri: k,
      text: text ?? evidence[0]?.text ?? '',
      about: [],
      evidence,
    };
    const claimant = claimantOf.get(id);
    if (claimant !== undefined) c.claimant = claimant;
    if (cue !== undefined) c.cue = cue;
    return c;
  });

  /* ---------------------------------------------------------------- entities */
  const entityIds = new Set([...entityClass.keys()].map(compactId));
  const about = new Map<string, Set<string>>();
  const addAbout = (claim: string | undefined, entity: string): void => {
    if (claim === undefined || !entityIds.has(entity)) return;
    let set = about.get(claim);
    if (!set) about.set(claim, (set = new Set()));
    set.add(entity);
  };
  const relationList = [...relations.values()];
  for (const r of relationList) {
    r.evidence = sortEvidence(r.evidence);
    for (const e of r.evidence) {
      addAbout(e.claim, r.source);
      addAbout(e.claim, r.target);
    }
  }
  for (const ev of events) for (const e of ev.evidence) for (const p of ev.participants) addAbout(e.claim, p.entity);
  for (const c of claims) {
    for (const e of c.evidence) for (const [, , entity] of e.marks) addAbout(c.id, entity);
    c.about = uniqSorted(about.get(c.id) ?? []).filter((x) => x !== c.claimant);
  }

  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const r of relationList) {
    link(r.source, r.target);
    link(r.target, r.source);
  }

  const pPrefLabel = P(I.skos_prefLabel);
  const pLabel = P(I.rdfs_label);
  const pAltLabel = P(I.skos_altLabel);
  const anchorFields = new Fields(ix, [I.kg_anchorText]);
  /** The smallest anchor text of an entity's mentions: its label when the graph gives it none. */
  const firstAnchor = (s: number): string | undefined => {
    let best: string | undefined;
    for (const m of objectsOf(ix, s, pMention)) {
      const a = anchorFields.read(sid(m)).min[0];
      if (a !== undefined && (best === undefined || a < best)) best = a;
    }
    return best;
  };
  const entities: ExplorerEntity[] = [...entityClass].map(([k, cls]) => {
    const s = subjectId(ix, k);
    const id = compactId(k);
    const labels = valuesOf(ix, s, pLabel);
    const pref = valuesOf(ix, s, pPrefLabel);
    const label = labels[0] ?? pref[0] ?? firstAnchor(s) ?? localName(k);
    const alt = uniqSorted([...labels.slice(1), ...pref, ...valuesOf(ix, s, pAltLabel)]).filter((a) => a !== label);
    return {
      id,
      iri: k,
      label,
      altLabels: alt,
      cls,
      degree: neighbours.get(id)?.size ?? 0,
      docs: uniqSorted(objectsOf(ix, s, pDerivedFrom).map((t) => docIdOf(t)!)),
    };
  });

  const byId = <T extends { id: string }>(a: T, b: T): number => cmp(a.id, b.id);
  return {
    version: EXPLORER_DATA_VERSION,
    entities: entities.sort(byId),
    relations: relationList.sort(byId),
    events: events.sort(byId),
    claims: claims.sort(byId),
    documents,
  };
}
