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
const ENTITY_CLASS_BY_IRI = new Map<string, EntityClass>(ENTITY_CLASSES.map((c) => [kg(c), c]));
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

type Index = Map<string, Map<string, Term[]>>;

function buildIndex(quads: Iterable<Quad>): Index {
  const index: Index = new Map();
  for (const q of quads) {
    const s = termKey(q.subject);
    let props = index.get(s);
    if (!props) index.set(s, (props = new Map()));
    const list = props.get(q.predicate.value);
    if (list) list.push(q.object);
    else props.set(q.predicate.value, [q.object]);
  }
  return index;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(cmp);

/** Reads the graph quads into the explorer's plain data. Pure: same quads (in any order) → same value. */
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

export function graphDataFromQuads(quads: Iterable<Quad>): ExplorerData {
  const index = buildIndex(quads);
  const objs = (s: string, p: string): Term[] => index.get(s)?.get(p) ?? [];
  const values = (s: string, p: string): string[] => objs(s, p).map((t) => t.value).sort(cmp);
  const first = (s: string, p: string): string | undefined => values(s, p)[0];
  const num = (s: string, p: string): number | undefined => {
    const v = first(s, p);
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  };
  const types = (s: string): string[] => values(s, RDF_TYPE);

  /* ---------------------------------------------------------------- classify subjects */
  const claimKeys = new Set<string>();
  const eventKeys = new Set<string>();
  const entityClass = new Map<string, EntityClass>();
  const docKeys = new Set<string>();
  for (const [s, props] of index) {
    const ts = (props.get(RDF_TYPE) ?? []).map((t) => t.value);
    if (ts.includes(I.kg_Claim) || props.has(I.kg_claimant) || props.has(I.kg_claimText)) {
      claimKeys.add(s);
      continue;
    }
    if (ts.some((t) => EVENT_CLASS_IRIS.has(t)) || props.has(I.kg_trigger)) {
      eventKeys.add(s);
      continue;
    }
    if (ts.includes(I.kg_Document)) docKeys.add(s);
    // The most specific known class wins: ENTITY_CLASSES lists subclasses before `Place`.
    const known = ts.map((t) => ENTITY_CLASS_BY_IRI.get(t)).filter((c): c is EntityClass => c !== undefined);
    if (known.length) {
      known.sort((a, b) => ENTITY_CLASSES.indexOf(a) - ENTITY_CLASSES.indexOf(b));
      entityClass.set(s, known[0]!);
    } else if (props.has(I.kg_mention) && !ts.includes(I.kg_Mention)) {
      entityClass.set(s, 'Organization');
    }
  }
  // Relation ends are entities even when the graph forgot their type.
  for (const [s, props] of index) {
    for (const [p, os] of props) {
      if (!RELATION_BY_IRI.has(p)) continue;
      for (const o of os) {
        for (const k of [s, termKey(o)]) {
          if (!entityClass.has(k) && !eventKeys.has(k) && !claimKeys.has(k) && !k.startsWith('<<'))
            entityClass.set(k, 'Organization');
        }
      }
    }
  }

  /* ---------------------------------------------------------------- documents */
  for (const [, props] of index) for (const o of props.get(I.prov_wasDerivedFrom) ?? []) docKeys.add(termKey(o));
  const documents: ExplorerDocument[] = [...docKeys]
    .map((k) => {
      const d: ExplorerDocument = { id: compactId(k), iri: k };
      const title = first(k, I.dcterms_title) ?? first(k, I.rdfs_label);
      const source = first(k, I.kg_sourceFile);
      const date = first(k, I.dcterms_date);
      const url = first(k, I.schema_url) ?? first(k, I.dcterms_source);
      if (title !== undefined) d.title = title;
      if (source !== undefined) d.source = source;
      if (date !== undefined) d.date = date;
      if (url !== undefined) d.url = url;
      return d;
    })
    .sort((a, b) => cmp(a.id, b.id));
  const docId = (s: string): string | undefined => {
    const d = objs(s, I.prov_wasDerivedFrom)[0];
    return d ? compactId(termKey(d)) : undefined;
  };

  /* ---------------------------------------------------------------- mentions, by document */
  interface Span {
    start: number;
    end: number;
    entity: string;
    text?: string;
  }
  const mentionsByDoc = new Map<string, Span[]>();
  for (const e of entityClass.keys()) {
    for (const m of objs(e, I.kg_mention)) {
      const mk = termKey(m);
      const start = num(mk, I.kg_start);
      const end = num(mk, I.kg_end);
      const doc = docId(mk) ?? (docKeys.size === 1 ? compactId([...docKeys][0]!) : undefined);
      if (start === undefined || end === undefined || doc === undefined) continue;
      const span: Span = { start, end, entity: compactId(e) };
      const text = first(mk, I.kg_anchorText);
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
  const claimantOf = new Map<string, string>();
  for (const c of claimKeys) {
    const who = objs(c, I.kg_claimant)[0] ?? objs(c, I.prov_wasAttributedTo)[0];
    if (who) claimantOf.set(compactId(c), compactId(termKey(who)));
  }

  const readEvidence = (s: string): ExplorerEvidence | undefined => {
    const text = first(s, I.kg_evidenceText);
    const start = num(s, I.kg_start);
    const end = num(s, I.kg_end);
    const doc = docId(s);
    if (text === undefined || doc === undefined) return undefined;
    const ev: ExplorerEvidence = {
      text,
      doc,
      start: start ?? 0,
      end: end ?? (start ?? 0) + text.length,
      marks: [],
    };
    const sentence = num(s, I.kg_sentence);
    const rule = first(s, I.kg_rule);
    const confidence = num(s, I.kg_confidence);
    const claim = objs(s, I.kg_accordingTo)[0];
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
  const evidenceKey = (e: ExplorerEvidence): string => `${e.doc}\u0000${e.start}\u0000${e.end}\u0000${e.rule ?? ''}\u0000${e.claim ?? ''}`;
  const sortEvidence = (list: ExplorerEvidence[]): ExplorerEvidence[] => {
    const seen = new Map<string, ExplorerEvidence>();
    for (const e of list) if (!seen.has(evidenceKey(e))) seen.set(evidenceKey(e), e);
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
  for (const [s, props] of index) {
    if (!entityClass.has(s)) continue;
    for (const [p, os] of props) {
      const predicate = RELATION_BY_IRI.get(p);
      if (!predicate) continue;
      for (const o of os) {
        const ok = termKey(o);
        if (!entityClass.has(ok)) continue;
        const id = relationKey(compactId(s), predicate, compactId(ok));
        if (relations.has(id)) continue;
        const [source, , target] = id.split('|') as [string, string, string];
        relations.set(id, { id, source, target, predicate, symmetric: SYMMETRIC_RELATIONS.has(predicate), evidence: [] });
      }
    }
  }
  for (const [s, props] of index) {
    let subj: Term | undefined = props.get(I.rdf_subject)?.[0];
    let pred: Term | undefined = props.get(I.rdf_predicate)?.[0];
    let obj: Term | undefined = props.get(I.rdf_object)?.[0];
    const reified = props.get(I.rdf_reifies)?.[0];
    if (reified?.termType === 'Quad') [subj, pred, obj] = [reified.subject, reified.predicate, reified.object];
    if (!subj || !pred || !obj) continue;
    const predicate = RELATION_BY_IRI.get(pred.value);
    if (!predicate) continue;
    const rel = relations.get(relationKey(compactId(termKey(subj)), predicate, compactId(termKey(obj))));
    const ev = rel && readEvidence(s);
    if (rel && ev) rel.evidence.push(ev);
  }

  /* ---------------------------------------------------------------- events */
  const events: ExplorerEvent[] = [...eventKeys].map((k) => {
    const typeIri = types(k).find((t) => EVENT_CLASS_IRIS.has(t) && t !== I.kg_Event) ?? types(k).find((t) => t.startsWith(NS.kg));
    const byEntity = new Map<string, ParticipantRole>();
    for (const [p, role] of ROLE_BY_IRI) {
      for (const o of objs(k, p)) {
        const id = compactId(termKey(o));
        const had = byEntity.get(id);
        if (had === undefined || ROLE_RANK[role] < ROLE_RANK[had]) byEntity.set(id, role);
      }
    }
    const ev: ExplorerEvent = {
      id: compactId(k),
      iri: k,
      cls: typeIri ? localName(typeIri) : 'Event',
      label: first(k, I.rdfs_label) ?? first(k, I.kg_trigger) ?? localName(k),
      participants: [...byEntity]
        .map(([entity, role]) => ({ entity, role }))
        .sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || cmp(a.entity, b.entity)),
      evidence: sortEvidence(
        objs(k, I.kg_evidence)
          .map((t) => readEvidence(termKey(t)))
          .filter((e): e is ExplorerEvidence => e !== undefined),
      ),
    };
    const trigger = first(k, I.kg_trigger);
    const date = first(k, I.kg_date);
    const place = objs(k, I.kg_place)[0];
    if (trigger !== undefined) ev.trigger = trigger;
    if (date !== undefined) ev.date = date;
    if (place) ev.place = compactId(termKey(place));
    return ev;
  });

  /* ---------------------------------------------------------------- claims */
  const claims: ExplorerClaim[] = [...claimKeys].map((k) => {
    const id = compactId(k);
    const evidence = sortEvidence(
      objs(k, I.kg_evidence)
        .map((t) => readEvidence(termKey(t)))
        .filter((e): e is ExplorerEvidence => e !== undefined),
    );
    const c: ExplorerClaim = {
      id,
      iri: k,
      text: first(k, I.kg_claimText) ?? evidence[0]?.text ?? '',
      about: [],
      evidence,
    };
    const claimant = claimantOf.get(id);
    const cue = first(k, I.kg_cue);
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

  const entities: ExplorerEntity[] = [...entityClass].map(([k, cls]) => {
    const id = compactId(k);
    const labels = values(k, I.rdfs_label);
    const pref = values(k, I.skos_prefLabel);
    const anchors = objs(k, I.kg_mention)
      .map((m) => first(termKey(m), I.kg_anchorText))
      .filter((t): t is string => t !== undefined)
      .sort(cmp);
    const label = labels[0] ?? pref[0] ?? anchors[0] ?? localName(k);
    const alt = uniqSorted([...labels.slice(1), ...pref, ...values(k, I.skos_altLabel)]).filter((a) => a !== label);
    return {
      id,
      iri: k,
      label,
      altLabels: alt,
      cls,
      degree: neighbours.get(id)?.size ?? 0,
      docs: uniqSorted(objs(k, I.prov_wasDerivedFrom).map((t) => compactId(termKey(t)))),
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
