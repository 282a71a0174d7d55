// The extraction as RDF/JS quads in the shape of docs/graph-model.md: entities with their labels and
// mentions, relations with one rdf:Statement per supporting sentence, events, claims and provenance.
import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import type { Evidence, Extraction } from '../types.ts';
import { NS, dcterms, kg, prov, rdf, rdfs, schema, skos, xsd } from '../iris.ts';
import { hashId } from '../hash.ts';

const { namedNode, literal, quad } = DataFactory;

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
export const dateLiteral = (v: string) => literal(v, namedNode(xsd(DATE_TYPES.find(([re]) => re.test(v))?.[1] ?? 'string')));
/** Canonical xsd:decimal (oxigraph rewrites non-canonical forms, which would break byte equality). */
const decimal = (n: number) => literal(String(Math.round(n * 1000) / 1000), namedNode(xsd('decimal')));
const int = (n: number) => literal(String(n), namedNode(xsd('integer')));

/** Converts an extraction to quads, without duplicates, in no particular order (the writer sorts). */
export function toQuads(x: Extraction, run: RunInfo): Quad[] {
  const out: Quad[] = [];
  // Every node is written once: entities, relations, events and claims are unique after the merge,
  // and evidence nodes (minted from their content) are checked here. No per-quad dedup is needed.
  const add = (s: Quad_Subject, p: string, o: Quad_Object) => { out.push(quad(s, namedNode(p), o)); };
  const written = new Set<string>();
  const once = (n: Quad_Subject) => (written.has(n.value) ? false : (written.add(n.value), true));
  const ent = (id: string) => namedNode(NS.ent + id);
  const doc = (id: string) => namedNode(NS.doc + id);
  const runNode = namedNode(NS.run + hashId(run.toolVersion, run.gazetteerVersion, ...x.documents.map((d) => `${d.id}:${hashId(d.text)}`)));

  // Evidence properties shared by statements and evidence nodes.
  const evidence = (node: Quad_Subject, e: Evidence) => {
    add(node, kg('evidenceText'), literal(e.text));
    add(node, kg('start'), int(e.start));
    add(node, kg('end'), int(e.end));
    add(node, kg('sentence'), int(e.sentence));
    add(node, prov('wasDerivedFrom'), doc(e.doc));
    add(node, kg('rule'), literal(e.rule));
    add(node, kg('confidence'), decimal(e.confidence));
    add(node, prov('wasGeneratedBy'), runNode);
    if (e.claim) add(node, kg('accordingTo'), namedNode(NS.claim + e.claim));
  };

  for (const d of x.documents) {
    const n = doc(d.id);
    add(n, rdf('type'), namedNode(kg('Document')));
    add(n, rdfs('label'), literal(d.title ?? d.id));
    if (d.title) add(n, dcterms('title'), literal(d.title));
    if (d.date) add(n, dcterms('date'), dateLiteral(d.date));
    if (d.url) add(n, schema('url'), literal(d.url, namedNode(xsd('anyURI'))));
    add(n, kg('sourceFile'), literal(d.source));
    add(n, kg('length'), int(d.text.length));
    add(runNode, prov('used'), n);
  }
  add(runNode, rdf('type'), namedNode(prov('Activity')));
  add(runNode, rdfs('label'), literal(`kg build (sahel-kg ${run.toolVersion})`));
  add(runNode, kg('toolVersion'), literal(run.toolVersion));
  add(runNode, kg('gazetteerVersion'), literal(run.gazetteerVersion));

  for (const e of x.entities) {
    const n = ent(e.id);
    add(n, rdf('type'), namedNode(kg(e.cls)));
    add(n, rdfs('label'), literal(e.label));
    for (const a of new Set(e.altLabels)) if (a !== e.label) add(n, skos('altLabel'), literal(a));
    for (const d of new Set(e.docs)) add(n, prov('wasDerivedFrom'), doc(d));
    for (const m of e.mentions) {
      const docId = m.doc;
      const mn = namedNode(`${NS.mention}${docId}.${m.start}-${m.end}`);
      if (!once(mn)) continue;
      add(n, kg('mention'), mn);
      add(mn, rdf('type'), namedNode(kg('Mention')));
      add(mn, kg('anchorText'), literal(m.text));
      add(mn, kg('start'), int(m.start));
      add(mn, kg('end'), int(m.end));
      add(mn, kg('sentence'), int(m.sentence));
      add(mn, prov('wasDerivedFrom'), doc(docId));
    }
  }

  for (const r of x.relations) {
    const s = ent(r.subject), o = ent(r.object), p = kg(r.predicate);
    add(s, p, o);
    for (const e of r.evidence) {
      const st = namedNode(NS.stmt + hashId(r.subject, r.predicate, r.object, e.doc, e.sentence, e.rule));
      if (!once(st)) continue;
      add(st, rdf('type'), namedNode(rdf('Statement')));
      add(st, rdf('subject'), s);
      add(st, rdf('predicate'), namedNode(p));
      add(st, rdf('object'), o);
      evidence(st, e);
    }
  }

  for (const ev of x.events) {
    const n = namedNode(NS.ev + ev.id);
    add(n, rdf('type'), namedNode(kg(ev.cls)));
    const placeLabel = ev.place ? x.entities.find((e) => e.id === ev.place)?.label : undefined;
    add(n, rdfs('label'), literal([ev.trigger, placeLabel, ev.date].filter(Boolean).join(' · ')));
    add(n, kg('trigger'), literal(ev.trigger));
    for (const p of ev.participants.filter((p, i, all) => all.findIndex((q) => q.entity === p.entity && q.role === p.role) === i)) add(n, kg(p.role), ent(p.entity));
    if (ev.place) add(n, kg('place'), ent(ev.place));
    if (ev.date) add(n, kg('date'), dateLiteral(ev.date));
    for (const e of ev.evidence) {
      const st = namedNode(NS.stmt + hashId(ev.id, e.doc, e.sentence, e.rule));
      if (!once(st)) continue;
      add(n, kg('evidence'), st);
      add(st, rdf('type'), namedNode(kg('Evidence')));
      evidence(st, e);
    }
  }

  for (const c of x.claims) {
    const n = namedNode(NS.claim + c.id);
    add(n, rdf('type'), namedNode(kg('Claim')));
    add(n, kg('claimant'), ent(c.claimant));
    add(n, kg('cue'), literal(c.cue));
    add(n, kg('claimText'), literal(c.text));
    const st = namedNode(NS.stmt + hashId(c.id, 'evidence'));
    add(n, kg('evidence'), st);
    add(st, rdf('type'), namedNode(kg('Evidence')));
    evidence(st, c.evidence);
  }
  return out;
}
