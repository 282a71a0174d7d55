// The extraction as RDF/JS quads in the shape of docs/graph-model.md: entities with their labels and
// mentions, relations with one rdf:Statement per supporting sentence, events, claims and provenance.
import { DataFactory } from 'rdf-data-factory';
import type { NamedNode, Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import type { Evidence, Extraction } from '../types.ts';
import { NS, dcterms, kg, prov, rdf, rdfs, schema, skos, xsd } from '../iris.ts';
import { hashId } from '../hash.ts';

// rdf-data-factory's terms keep their value, language and datatype as plain fields; n3's literals
// re-derive them from an id string on every read, which made sorting and writing a million quads
// spend a third of its time collecting garbage.
const factory = new DataFactory();
const namedNode = (iri: string) => factory.namedNode(iri);
/**
 * A node's IRI as one flat string. V8 keeps `ns + local` (or a template) as a rope of its pieces, and
 * every later read walks it: hashing, sorting and writing a hundred thousand such IRIs took 2-3x longer.
 */
const iri = (ns: string, local: string) => [ns, local].join('');
const named = (ns: string, local: string) => namedNode(iri(ns, local));
const literal = (value: string, datatype?: NamedNode) => factory.literal(value, datatype);
const quad = (s: Quad_Subject, p: NamedNode, o: Quad_Object) => factory.quad(s, p, o);

/** One term per key, made on first use and shared by every quad that uses it. */
const memo = <K, T>(make: (key: K) => T) => {
  const terms = new Map<K, T>();
  return (key: K): T => {
    let t = terms.get(key);
    if (t === undefined) terms.set(key, (t = make(key)));
    return t;
  };
};
/** One term per IRI, shared by every quad that uses it, looked up by its local name. */
const interned = (ns: (local: string) => string) => memo((local: string) => namedNode(ns(local)));
const KG = interned(kg), RDF = interned(rdf), RDFS = interned(rdfs), XSD = interned(xsd), SKOS = interned(skos),
  PROV = interned(prov), SCHEMA = interned(schema), DCTERMS = interned(dcterms);
// The vocabulary of every node, looked up once here rather than once per quad.
const TYPE = RDF('type'), LABEL = RDFS('label'), ALT_LABEL = SKOS('altLabel'), DERIVED_FROM = PROV('wasDerivedFrom'),
  GENERATED_BY = PROV('wasGeneratedBy'), MENTION = KG('mention'), MENTION_CLASS = KG('Mention'), ANCHOR_TEXT = KG('anchorText'),
  START = KG('start'), END = KG('end'), SENTENCE = KG('sentence'), EVIDENCE_TEXT = KG('evidenceText'), RULE = KG('rule'),
  CONFIDENCE = KG('confidence'), ACCORDING_TO = KG('accordingTo'), STATEMENT = RDF('Statement'), SUBJECT = RDF('subject'),
  PREDICATE = RDF('predicate'), OBJECT = RDF('object'), EVIDENCE = KG('evidence'), EVIDENCE_CLASS = KG('Evidence'),
  TRIGGER = KG('trigger'), PLACE = KG('place'), DATE = KG('date'), CLAIM = KG('Claim'), CLAIMANT = KG('claimant'), CUE = KG('cue'),
  CLAIM_TEXT = KG('claimText');

export interface RunInfo {
  toolVersion: string;
  gazetteerVersion: string;
}

const DATE_TYPES: [RegExp, string][] = [
  [/^\d{4}-\d{2}-\d{2}$/, 'date'],
  [/^\d{4}-\d{2}$/, 'gYearMonth'],
  [/^\d{4}$/, 'gYear'],
  [/^--\d{2}-\d{2}$/, 'gMonthDay'],
];
/** A date literal typed by its grain: xsd:date, xsd:gYearMonth, xsd:gYear or xsd:gMonthDay. */
export const dateLiteral = (v: string) => literal(v, XSD(DATE_TYPES.find(([re]) => re.test(v))?.[1] ?? 'string'));
/** Canonical xsd:decimal (oxigraph rewrites non-canonical forms, which would break byte equality). */
const decimal = (n: number) => literal(String(Math.round(n * 1000) / 1000), XSD('decimal'));
const int = (n: number) => literal(String(n), XSD('integer'));

/** Converts an extraction to quads, without duplicates, in no particular order (the writer sorts). */
export function toQuads(x: Extraction, run: RunInfo): Quad[] {
  const out: Quad[] = [];
  // Every node is written once: entities, relations, events and claims are unique after the merge,
  // and evidence nodes (minted from their content) are checked here. No per-quad dedup is needed.
  const add = (s: Quad_Subject, p: NamedNode, o: Quad_Object) => { out.push(quad(s, p, o)); };
  // Nodes are remembered by their local name (short keys hash faster), before their term is made.
  const once = (written: Set<string>, local: string) => (written.has(local) ? false : (written.add(local), true));
  const mentions = new Set<string>(), statements = new Set<string>();
  // Entities and documents are the objects of many quads: one term each (per call, not kept after it).
  const ent = interned((id) => iri(NS.ent, id));
  const doc = interned((id) => iri(NS.doc, id));
  // Offsets, confidences, rules and sentence texts repeat across mentions and evidence nodes: one
  // literal each, which cuts what the million quads keep alive by a third (and what the collector copies).
  const ints = memo(int), decimals = memo(decimal), texts = memo((v: string) => literal(v));
  const runNode = namedNode(NS.run + hashId(run.toolVersion, run.gazetteerVersion, ...x.documents.map((d) => `${d.id}:${hashId(d.text)}`)));

  // Evidence properties shared by statements and evidence nodes.
  const evidence = (node: Quad_Subject, e: Evidence) => {
    add(node, EVIDENCE_TEXT, texts(e.text));
    add(node, START, ints(e.start));
    add(node, END, ints(e.end));
    add(node, SENTENCE, ints(e.sentence));
    add(node, DERIVED_FROM, doc(e.doc));
    add(node, RULE, texts(e.rule));
    add(node, CONFIDENCE, decimals(e.confidence));
    add(node, GENERATED_BY, runNode);
    if (e.claim) add(node, ACCORDING_TO, named(NS.claim, e.claim));
  };

  for (const d of x.documents) {
    const n = doc(d.id);
    add(n, RDF('type'), KG('Document'));
    add(n, RDFS('label'), literal(d.title ?? d.id));
    if (d.title) add(n, DCTERMS('title'), literal(d.title));
    if (d.date) add(n, DCTERMS('date'), dateLiteral(d.date));
    if (d.url) add(n, SCHEMA('url'), literal(d.url, XSD('anyURI')));
    add(n, KG('sourceFile'), literal(d.source));
    add(n, KG('length'), int(d.text.length));
    add(runNode, PROV('used'), n);
  }
  add(runNode, RDF('type'), PROV('Activity'));
  add(runNode, RDFS('label'), literal(`kg build (sahel-kg ${run.toolVersion})`));
  add(runNode, KG('toolVersion'), literal(run.toolVersion));
  add(runNode, KG('gazetteerVersion'), literal(run.gazetteerVersion));

  for (const e of x.entities) {
    const n = ent(e.id);
    add(n, TYPE, KG(e.cls));
    add(n, LABEL, literal(e.label));
    for (const a of new Set(e.altLabels)) if (a !== e.label) add(n, ALT_LABEL, literal(a));
    for (const d of new Set(e.docs)) add(n, DERIVED_FROM, doc(d));
    for (const m of e.mentions) {
      const docId = m.doc;
      const local = [docId, '.', m.start, '-', m.end].join('');
      if (!once(mentions, local)) continue;
      const mn = named(NS.mention, local);
      add(n, MENTION, mn);
      add(mn, TYPE, MENTION_CLASS);
      add(mn, ANCHOR_TEXT, texts(m.text));
      add(mn, START, ints(m.start));
      add(mn, END, ints(m.end));
      add(mn, SENTENCE, ints(m.sentence));
      add(mn, DERIVED_FROM, doc(docId));
    }
  }

  for (const r of x.relations) {
    const s = ent(r.subject), o = ent(r.object), p = KG(r.predicate);
    add(s, p, o);
    for (const e of r.evidence) {
      const id = hashId(r.subject, r.predicate, r.object, e.doc, e.sentence, e.rule);
      if (!once(statements, id)) continue;
      const st = named(NS.stmt, id);
      add(st, TYPE, STATEMENT);
      add(st, SUBJECT, s);
      add(st, PREDICATE, p);
      add(st, OBJECT, o);
      evidence(st, e);
    }
  }

  const labels = new Map(x.entities.map((e) => [e.id, e.label]));
  for (const ev of x.events) {
    const n = named(NS.ev, ev.id);
    add(n, TYPE, KG(ev.cls));
    const placeLabel = ev.place ? labels.get(ev.place) : undefined;
    add(n, LABEL, literal([ev.trigger, placeLabel, ev.date].filter(Boolean).join(' · ')));
    add(n, TRIGGER, literal(ev.trigger));
    for (const p of ev.participants.filter((p, i, all) => all.findIndex((q) => q.entity === p.entity && q.role === p.role) === i)) add(n, KG(p.role), ent(p.entity));
    if (ev.place) add(n, PLACE, ent(ev.place));
    if (ev.date) add(n, DATE, dateLiteral(ev.date));
    for (const e of ev.evidence) {
      const id = hashId(ev.id, e.doc, e.sentence, e.rule);
      if (!once(statements, id)) continue;
      const st = named(NS.stmt, id);
      add(n, EVIDENCE, st);
      add(st, TYPE, EVIDENCE_CLASS);
      evidence(st, e);
    }
  }

  for (const c of x.claims) {
    const n = named(NS.claim, c.id);
    add(n, TYPE, CLAIM);
    add(n, CLAIMANT, ent(c.claimant));
    add(n, CUE, literal(c.cue));
    add(n, CLAIM_TEXT, literal(c.text));
    const st = named(NS.stmt, hashId(c.id, 'evidence'));
    add(n, EVIDENCE, st);
    add(st, TYPE, EVIDENCE_CLASS);
    evidence(st, c.evidence);
  }
  return out;
}
