// Benchmark of the query API on a synthetic graph in the graph model's shape (~1M triples by default):
// load time, then the median latency of each ready-made question. Prints numbers, asserts nothing.
//   node --import tsx bench/query.ts [documents=6500] [runs=5]
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NS } from '../src/iris.ts';
import { RELATIONS } from '../src/types.ts';
import { openGraph, type KnowledgeGraph } from '../src/query/index.ts';

const DOCS = Number(process.argv[2] ?? 6500);
const RUNS = Number(process.argv[3] ?? 5);
const ACTORS = 3000;
const PLACES = 600;
const ACTOR_CLASSES = ['StateForce', 'ArmedGroup', 'PrivateMilitaryCompany', 'Government', 'InternationalOrganization', 'Person'];
const PLACE_CLASSES = ['Country', 'Region', 'Settlement', 'Site'];
const EVENT_CLASSES = ['ArmedClash', 'Attack', 'Airstrike', 'Withdrawal', 'Deployment', 'Capture'];

/** mulberry32: a seeded PRNG, so every run benchmarks the same graph. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iri = (s: string): string => `<${s}>`;
const str = (s: string): string => JSON.stringify(s);
const typed = (v: string | number, dt: string): string => `"${v}"^^<${NS.xsd}${dt}>`;
const K = (l: string): string => iri(NS.kg + l);
const RDF_TYPE = iri(`${NS.rdf}type`);
const LABEL = iri(`${NS.rdfs}label`);
const ALT = iri(`${NS.skos}altLabel`);
const FROM = iri(`${NS.prov}wasDerivedFrom`);
const actor = (i: number): string => iri(`${NS.ent}actor-${i}`);
const place = (i: number): string => iri(`${NS.ent}place-${i}`);
const doc = (d: number): string => iri(`${NS.doc}article-${d}`);

/** Writes the graph as N-Triples, a chunk per document, and returns the number of triples. */
function generate(path: string): number {
  const fd = openSync(path, 'w');
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let triples = 0;
  let lines: string[] = [];
  const t = (s: string, p: string, o: string): void => {
    lines.push(`${s} ${p} ${o} .\n`);
    triples++;
  };
  const flush = (): void => {
    writeSync(fd, lines.join(''));
    lines = [];
  };
  for (let i = 0; i < ACTORS; i++) {
    t(actor(i), RDF_TYPE, K(ACTOR_CLASSES[i % ACTOR_CLASSES.length]!));
    t(actor(i), LABEL, str(`Actor ${i}`));
    t(actor(i), ALT, str(`A${i}`));
    t(actor(i), ALT, str(`the actor number ${i}`));
  }
  for (let i = 0; i < PLACES; i++) {
    t(place(i), RDF_TYPE, K(PLACE_CLASSES[i % PLACE_CLASSES.length]!));
    t(place(i), LABEL, str(`Place ${i}`));
    if (i > 0) t(place(i), K('locatedIn'), place(Math.floor(i / 10)));
    if (i > 1) t(place(i), K('near'), place(i - 1));
  }
  flush();
  for (let d = 0; d < DOCS; d++) {
    const day = `2023-${String(1 + (d % 12)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`;
    t(doc(d), RDF_TYPE, K('Document'));
    t(doc(d), iri(`${NS.dcterms}title`), str(`Article ${d}`));
    t(doc(d), iri(`${NS.dcterms}date`), typed(day, 'date'));
    t(doc(d), K('length'), typed(3000 + d, 'integer'));
    const cast = [0, 1, 2, 3].map(() => Math.floor(rand() * rand() * ACTORS)); // skewed: some actors are everywhere
    for (let m = 0; m < 10; m++) {
      const mention = iri(`${NS.mention}article-${d}.${m * 40}-${m * 40 + 12}`);
      t(cast[m % 4] !== undefined ? actor(cast[m % 4]!) : place(0), K('mention'), mention);
      t(mention, RDF_TYPE, K('Mention'));
      t(mention, K('anchorText'), str(`Actor ${cast[m % 4]}`));
      t(mention, K('start'), typed(m * 40, 'integer'));
      t(mention, K('end'), typed(m * 40 + 12, 'integer'));
      t(mention, K('sentence'), typed(m, 'integer'));
      t(mention, FROM, doc(d));
    }
    const evidence = (node: string, sentence: number, rule: string): void => {
      t(node, K('evidenceText'), str(`Sentence ${sentence} of article ${d}: Actor ${cast[0]} and Actor ${cast[1]} clashed near Place ${d % PLACES}.`));
      t(node, K('start'), typed(sentence * 100, 'integer'));
      t(node, K('end'), typed(sentence * 100 + 90, 'integer'));
      t(node, K('sentence'), typed(sentence, 'integer'));
      t(node, FROM, doc(d));
      t(node, K('rule'), str(rule));
      t(node, K('confidence'), typed('0.8', 'decimal'));
    };
    const claimIri = iri(`${NS.claim}article-${d}`);
    t(claimIri, RDF_TYPE, K('Claim'));
    t(claimIri, K('claimant'), actor(cast[2]!));
    t(claimIri, K('cue'), str('said'));
    t(claimIri, K('claimText'), str(`it had pushed back Actor ${cast[3]}`));
    t(claimIri, K('evidence'), iri(`${NS.stmt}claim-${d}`));
    t(iri(`${NS.stmt}claim-${d}`), RDF_TYPE, K('Evidence'));
    evidence(iri(`${NS.stmt}claim-${d}`), 5, 'claim.said');
    for (let r = 0; r < 3; r++) {
      const predicate = rand() < 0.45 ? 'opposes' : rand() < 0.4 ? 'alliedWith' : pick(RELATIONS);
      const [s, o] = [actor(cast[r]!), actor(cast[r + 1]!)];
      const st = iri(`${NS.stmt}article-${d}-${r}`);
      t(s, K(predicate), o);
      t(st, RDF_TYPE, iri(`${NS.rdf}Statement`));
      t(st, iri(`${NS.rdf}subject`), s);
      t(st, iri(`${NS.rdf}predicate`), K(predicate));
      t(st, iri(`${NS.rdf}object`), o);
      evidence(st, r, `relation.${predicate}`);
      if (r === 2) t(st, K('accordingTo'), claimIri);
    }
    for (let e = 0; e < 2; e++) {
      const ev = iri(`${NS.ev}article-${d}-${e}`);
      const cls = pick(EVENT_CLASSES);
      t(ev, RDF_TYPE, K(cls));
      t(ev, LABEL, str(`${cls} · Place ${d % PLACES} · ${day}`));
      t(ev, K('trigger'), str('clashed'));
      t(ev, K('agent'), actor(cast[e]!));
      t(ev, K('target'), actor(cast[e + 1]!));
      t(ev, K('place'), place((d + e) % PLACES));
      t(ev, K('date'), typed(day, 'date'));
      t(ev, K('evidence'), iri(`${NS.stmt}event-${d}-${e}`));
      t(iri(`${NS.stmt}event-${d}-${e}`), RDF_TYPE, K('Evidence'));
      evidence(iri(`${NS.stmt}event-${d}-${e}`), 3 + e, 'event.clash');
    }
    if (lines.length > 50_000) flush();
  }
  flush();
  closeSync(fd);
  return triples;
}

async function time<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await f();
  return [performance.now() - t0, value];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
const file = process.env.KG_BENCH_KEEP ?? join(dir, 'graph.nt'); // KG_BENCH_KEEP=path keeps the generated graph
const ontology = fileURLToPath(new URL('../test/fixtures/graph/ontology.ttl', import.meta.url));
try {
  const [genMs, triples] = await time(async () => generate(file));
  console.log(`generated ${triples.toLocaleString('en')} triples (${DOCS} documents, ${(statSync(file).size / 1e6).toFixed(0)} MB N-Triples) in ${(genMs / 1000).toFixed(1)} s`);
  const [openMs, graph] = await time(() => openGraph({ files: [file, ontology], ontology: false }));
  console.log(`load: ${(openMs / 1000).toFixed(2)} s (${graph.size.toLocaleString('en')} quads in oxigraph, in a worker thread)`);
  const questions: [string, (g: KnowledgeGraph) => Promise<unknown[]>][] = [
    ['COUNT(*)', (g) => g.select('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')],
    ['whoOpposesWhom()', (g) => g.whoOpposesWhom()],
    ['alliances()', (g) => g.alliances()],
    ["eventsOf('Actor 7')", (g) => g.eventsOf('Actor 7')],
    ["eventsOf('Actor 7', 2023-03..2023-05)", (g) => g.eventsOf('Actor 7', { from: '2023-03', to: '2023-05' })],
    ["events({ place: 'Place 3' })", (g) => g.events({ place: 'Place 3' })],
    ["claimsBy('Actor 11')", (g) => g.claimsBy('Actor 11')],
    ['claimsBy()', (g) => g.claimsBy()],
    ['actors() (subClassOf*)', (g) => g.actors()],
  ];
  console.log(`\nquestion latency, median of ${RUNS} runs (first run in brackets)`);
  for (const [name, ask] of questions) {
    const samples: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const [ms, result] = await time(() => ask(graph));
      samples.push(ms);
      rows = result.length;
    }
    console.log(`  ${name.padEnd(40)} ${median(samples).toFixed(0).padStart(6)} ms  [${samples[0]!.toFixed(0)} ms]  ${rows} rows`);
  }
  await graph.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
