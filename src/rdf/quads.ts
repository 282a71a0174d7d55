// The extraction as RDF/JS quads in the shape of docs/graph-model.md: entities with their labels and
// mentions, relations with one rdf:Statement per supporting sentence, events, claims and provenance.
import { DataFactory } from 'rdf-data-factory';
import type { Literal, NamedNode, Quad } from '@rdfjs/types';
import type { Evidence, Extraction } from '../types.ts';
import { NS, PREFIXES, dcterms, kg, prov, rdf, rdfs, schema, skos, xsd } from '../iris.ts';
import { hashId } from '../hash.ts';
import { QuadTableBuilder, quadsOf, type QuadTable } from './quad-table.ts';
import { iriWriter, termWriter } from './turtle-writer.ts';

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
const literal = (value: string, datatype?: NamedNode) => factory.literal(value, datatype);

/**
 * One term per key, made on first use and shared by every quad that uses it. The last key is checked
 * before the map: a document, a rule or a confidence often repeats from one node to the next.
 */
const memo = <K, T>(make: (key: K) => T) => {
  const terms = new Map<K, T>();
  let lastKey: K | undefined, last: T | undefined;
  return (key: K): T => {
    if (key === lastKey) return last!;
    let t = terms.get(key);
    if (t === undefined) terms.set(key, (t = make(key)));
    lastKey = key;
    return (last = t);
  };
};
/** memo for keys that are mostly small non-negative integers (offsets): an array lookup before the map's. */
const intMemo = (make: (key: number) => number) => {
  const small = new Int32Array(1 << 16).fill(-1), other = memo(make);
  return (key: number): number => {
    if (!(key >= 0 && key < small.length && key === Math.floor(key))) return other(key);
    let t = small[key]!;
    if (t < 0) small[key] = t = make(key);
    return t;
  };
};
/** One term per IRI, shared by every quad that uses it, looked up by its local name. */
const interned = (ns: (local: string) => string) => memo((local: string) => namedNode(ns(local)));
const KG = interned(kg), RDF = interned(rdf), RDFS = interned(rdfs), XSD = interned(xsd), SKOS = interned(skos),
  PROV = interned(prov), SCHEMA = interned(schema), DCTERMS = interned(dcterms);
// The vocabulary of every node, looked up once here rather than once per quad (each call numbers it anew).
const VOCABULARY = {
  type: RDF('type'), label: RDFS('label'), altLabel: SKOS('altLabel'), derivedFrom: PROV('wasDerivedFrom'), generatedBy: PROV('wasGeneratedBy'),
  used: PROV('used'), Activity: PROV('Activity'), title: DCTERMS('title'), date: DCTERMS('date'), url: SCHEMA('url'), Document: KG('Document'),
  sourceFile: KG('sourceFile'), length: KG('length'), toolVersion: KG('toolVersion'), gazetteerVersion: KG('gazetteerVersion'),
  mention: KG('mention'), Mention: KG('Mention'), anchorText: KG('anchorText'), start: KG('start'), end: KG('end'), sentence: KG('sentence'),
  evidenceText: KG('evidenceText'), rule: KG('rule'), confidence: KG('confidence'), accordingTo: KG('accordingTo'), Statement: RDF('Statement'),
  subject: RDF('subject'), predicate: RDF('predicate'), object: RDF('object'), evidence: KG('evidence'), Evidence: KG('Evidence'),
  trigger: KG('trigger'), place: KG('place'), eventDate: KG('date'), Claim: KG('Claim'), claimant: KG('claimant'), cue: KG('cue'),
  claimText: KG('claimText'),
};

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
  return quadsOf(quadTable(x, run));
}

/** Quads of an evidence node or statement made by `evidence` below, at most. */
const EVIDENCE_QUADS = 9;

/**
 * At most how many quads tabulatedQuads makes of an extraction (fewer when mentions or statements
 * repeat): room for them all at first, so that a million quads and their numbers are not copied
 * again and again as their arrays grow.
 */
const maxQuads = (x: Extraction): number => {
  let n = x.documents.length * 8 + 4 + x.claims.length * (6 + EVIDENCE_QUADS);
  for (const e of x.entities) n += 2 + e.altLabels.length + e.docs.length + e.mentions.length * 7;
  for (const r of x.relations) n += 1 + r.evidence.length * (4 + EVIDENCE_QUADS);
  for (const ev of x.events) n += 5 + ev.participants.length + ev.evidence.length * (2 + EVIDENCE_QUADS);
  return n;
};

/** toQuads, and the same quads numbered for toTurtle (see quadTable). */
export function tabulatedQuads(x: Extraction, run: RunInfo): { quads: Quad[]; table: QuadTable } {
  const table = quadTable(x, run);
  return { quads: quadsOf(table), table };
}

/** A term's number in the table being filled (rdf/quad-table.ts), typed by the term it stands for. */
type Ref<T extends NamedNode | Literal> = number & { readonly term?: T };

/**
 * The quads of toQuads, in its order, as numbers (rdf/quad-table.ts) for toTurtle and the explorer:
 * each term is numbered and written to Turtle text (with PREFIXES) where it is made, once, so the
 * writer need not find the terms of a million quads again.
 */
export function quadTable(x: Extraction, run: RunInfo): QuadTable {
  const room = maxQuads(x);
  const table = new QuadTableBuilder(room);
  // Every node is written once: entities, relations, events and claims are unique after the merge,
  // and evidence nodes (minted from their content) are checked here. No per-quad dedup is needed.
  // A node's properties are added in the order the writer sorts them into (rdf:type and labels, then
  // by predicate IRI), where the sort finds them in place.
  const add = (s: Ref<NamedNode>, p: Ref<NamedNode>, o: Ref<NamedNode | Literal>) => table.add(s, p, o);
  const writeTerm = termWriter(PREFIXES), writeIri = iriWriter(PREFIXES);
  const term = <T extends NamedNode | Literal>(t: T): Ref<T> => table.number(t, writeTerm(t));
  // The nodes of one namespace, by local name.
  const nodes = (ns: string) => {
    const write = writeIri(ns);
    return (local: string): Ref<NamedNode> => table.number(namedNode(iri(ns, local)), write(local));
  };
  const mentionNode = nodes(NS.mention), statementNode = nodes(NS.stmt), eventNode = nodes(NS.ev);
  const lit = (value: string, datatype?: NamedNode) => term(literal(value, datatype));
  const vocab = memo((t: NamedNode) => term(t));
  const v = Object.fromEntries(Object.entries(VOCABULARY).map(([k, t]) => [k, vocab(t)])) as { [K in keyof typeof VOCABULARY]: Ref<NamedNode> };
  // Nodes are remembered by their local name (short keys hash faster), before their term is made; with
  // one lookup, not two (the set grows if the name was not in it).
  const once = (written: Set<string>, local: string) => {
    const size = written.size;
    return written.add(local).size > size;
  };
  const mentions = new Set<string>(), statements = new Set<string>();
  // Entities, documents and claims are the objects of many quads: one term each (per call, not kept after it).
  const ent = memo(nodes(NS.ent)), doc = memo(nodes(NS.doc)), claim = memo(nodes(NS.claim));
  // Offsets, confidences, rules, sentence texts and dates repeat across nodes: one literal each, which
  // cuts what the million quads keep alive by a third (and what the collector copies).
  const ints = intMemo((n) => term(int(n))), decimals = memo((n: number) => term(decimal(n)));
  const texts = memo((s: string) => lit(s)), dates = memo((d: string) => term(dateLiteral(d)));
  const runNode = nodes(NS.run)(hashId(run.toolVersion, run.gazetteerVersion, ...x.documents.map((d) => `${d.id}:${hashId(d.text)}`)));

  // Evidence properties shared by statements and evidence nodes.
  const evidence = (n: Ref<NamedNode>, e: Evidence) => {
    add(n, v.derivedFrom, doc(e.doc));
    add(n, v.generatedBy, runNode);
    if (e.claim) add(n, v.accordingTo, claim(e.claim));
    add(n, v.confidence, decimals(e.confidence));
    add(n, v.end, ints(e.end));
    add(n, v.evidenceText, texts(e.text));
    add(n, v.rule, texts(e.rule));
    add(n, v.sentence, ints(e.sentence));
    add(n, v.start, ints(e.start));
  };

  for (const d of x.documents) {
    const n = doc(d.id);
    add(n, v.type, v.Document);
    add(n, v.label, lit(d.title ?? d.id));
    if (d.date) add(n, v.date, dates(d.date));
    if (d.title) add(n, v.title, lit(d.title));
    if (d.url) add(n, v.url, lit(d.url, XSD('anyURI')));
    add(n, v.length, ints(d.text.length));
    add(n, v.sourceFile, lit(d.source));
  }
  add(runNode, v.type, v.Activity);
  add(runNode, v.label, lit(`kg build (sahel-kg ${run.toolVersion})`));
  for (const d of x.documents) add(runNode, v.used, doc(d.id));
  add(runNode, v.gazetteerVersion, lit(run.gazetteerVersion));
  add(runNode, v.toolVersion, lit(run.toolVersion));

  for (const e of x.entities) {
    const n = ent(e.id);
    add(n, v.type, vocab(KG(e.cls)));
    add(n, v.label, lit(e.label));
    for (const a of new Set(e.altLabels)) if (a !== e.label) add(n, v.altLabel, lit(a));
    for (const d of new Set(e.docs)) add(n, v.derivedFrom, doc(d));
    for (const m of e.mentions) {
      const docId = m.doc;
      const local = [docId, '.', m.start, '-', m.end].join('');
      if (!once(mentions, local)) continue;
      const mn = mentionNode(local);
      add(n, v.mention, mn);
      add(mn, v.type, v.Mention);
      add(mn, v.derivedFrom, doc(docId));
      add(mn, v.anchorText, texts(m.text));
      add(mn, v.end, ints(m.end));
      add(mn, v.sentence, ints(m.sentence));
      add(mn, v.start, ints(m.start));
    }
  }

  for (const r of x.relations) {
    const s = ent(r.subject), o = ent(r.object), p = vocab(KG(r.predicate));
    add(s, p, o);
    for (const e of r.evidence) {
      const id = hashId(r.subject, r.predicate, r.object, e.doc, e.sentence, e.rule);
      if (!once(statements, id)) continue;
      const st = statementNode(id);
      add(st, v.type, v.Statement);
      add(st, v.object, o);
      add(st, v.predicate, p);
      add(st, v.subject, s);
      evidence(st, e);
    }
  }

  const labels = new Map(x.entities.map((e) => [e.id, e.label]));
  for (const ev of x.events) {
    const n = eventNode(ev.id);
    add(n, v.type, vocab(KG(ev.cls)));
    const placeLabel = ev.place ? labels.get(ev.place) : undefined;
    add(n, v.label, lit([ev.trigger, placeLabel, ev.date].filter(Boolean).join(' · ')));
    for (const p of ev.participants.filter((p, i, all) => all.findIndex((q) => q.entity === p.entity && q.role === p.role) === i)) add(n, vocab(KG(p.role)), ent(p.entity));
    if (ev.date) add(n, v.eventDate, dates(ev.date));
    if (ev.place) add(n, v.place, ent(ev.place));
    add(n, v.trigger, lit(ev.trigger));
    for (const e of ev.evidence) {
      const id = hashId(ev.id, e.doc, e.sentence, e.rule);
      if (!once(statements, id)) continue;
      const st = statementNode(id);
      add(n, v.evidence, st);
      add(st, v.type, v.Evidence);
      evidence(st, e);
    }
  }

  for (const c of x.claims) {
    const n = claim(c.id);
    add(n, v.type, v.Claim);
    add(n, v.claimText, lit(c.text));
    add(n, v.claimant, ent(c.claimant));
    add(n, v.cue, lit(c.cue));
    const st = statementNode(hashId(c.id, 'evidence'));
    add(n, v.evidence, st);
    add(st, v.type, v.Evidence);
    evidence(st, c.evidence);
  }
  return table.table();
}
