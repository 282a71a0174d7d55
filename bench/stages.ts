// Where a build's time goes: the bench corpus (bench/corpus.ts) through each stage of `kg build` in turn (buildGraph,
// then the explorer's data, laid out, as JSON), in one fresh process (cold, as `kg build` runs), after wink-nlp's own
// sentence + POS pass over the same text. Prints wall and CPU seconds per stage; CPU counts the compiler and collector
// threads too. Prints numbers, asserts nothing.
//   node --import tsx bench/stages.ts [megabytes=3]
import { setFlagsFromString } from 'node:v8';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractDocument } from '../src/extract/index.ts';
import { segment } from '../src/nlp/segment.ts';
import { quadTable } from '../src/rdf/quads.ts';
import { turtlePartsOf } from '../src/rdf/turtle.ts';
import { loadGazetteer } from '../src/resolve/gazetteer.ts';
import { indexGazetteer } from '../src/resolve/index-gazetteer.ts';
import { mergeExtractions } from '../src/resolve/merge.ts';
import { VERSION } from '../src/version.ts';
import { graphDataFromTable } from '../src/view/data.ts';
import { explorerDataJson } from '../src/view/write.ts';
import { corpusLines } from './corpus.ts';

// The V8 flag the `kg` command sets (bin/kg.js), so that the numbers are those of `kg build`.
setFlagsFromString('--no-turbo-inline-array-builtins');

const megabytes = Number(process.argv[2] ?? 3);
const docs = corpusLines(megabytes).map((l) => ({ ...(JSON.parse(l) as { id: string; date: string; text: string }), source: 'bench' }));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const rows: [string, number, number][] = [];
const stage = <T>(name: string, f: () => T): T => {
  const c = cpu(), w = performance.now();
  const r = f();
  rows.push([name, (performance.now() - w) / 1000, cpu() - c]);
  return r;
};

const lean = winkNLP(model, ['sbd', 'pos']);
stage('wink sentence + POS', () => { for (const d of docs) { const doc = lean.readDoc(d.text); doc.tokens().out(lean.its.pos); doc.sentences().out(); } });
const gazetteer = loadGazetteer();
const index = stage('gazetteer index', () => indexGazetteer(gazetteer));
// (segment alone first: what extract spends before any rule runs, wink's pass and our tokens)
stage('segment alone', () => { for (const d of docs) segment(d); });
const parts = stage('extract', () => docs.map((d) => extractDocument(d, index)));
const extraction = stage('merge', () => mergeExtractions(parts));
// As `kg build` runs them: the quads numbered as they are made, the Turtle written from those numbers, in parts,
// and the explorer's data read from them (no quad objects made).
const table = stage('quads', () => quadTable(extraction, { toolVersion: VERSION, gazetteerVersion: gazetteer.version }));
stage('turtle', () => turtlePartsOf(table));
const data = stage('explorer data', () => graphDataFromTable(table));
stage('layout + JSON', () => explorerDataJson(data));

const floor = rows[0]![1];
for (const [name, wall, c] of rows) console.log(`${name.padEnd(20)} wall ${wall.toFixed(2).padStart(6)} s   cpu ${c.toFixed(2).padStart(6)} s`);
// buildGraph's stages (from the gazetteer index to the Turtle), without the explorer's two.
const wall = (name: string) => rows.find((r) => r[0] === name)![1];
const ours = ['gazetteer index', 'extract', 'merge', 'quads', 'turtle'].reduce((n, name) => n + wall(name), 0);
console.log(`build stages together: ${ours.toFixed(2)} s wall = ${(ours / floor).toFixed(1)}x wink's sentence + POS pass (the target is 3x)`);
// What the build would take if every rule ran in no time: segmenting, the gazetteer's index and the RDF of the
// evidence model. (segment ran second, on a warm wink: in extract, cold, it costs a little more.)
const ruleless = ['gazetteer index', 'segment alone', 'merge', 'quads', 'turtle'].reduce((n, name) => n + wall(name), 0);
console.log(`the same with no rule: ${ruleless.toFixed(2)} s = ${(ruleless / floor).toFixed(1)}x; the rules (extract - segment) ${(wall('extract') - wall('segment alone')).toFixed(2)} s`);
