// Throughput of the graph builder on a corpus of a few MB made from the seed and the dev texts: wink-nlp's
// own sentence + POS pass over the same text (the floor), then buildGraph in this process, then the whole
// `kg build` as a user runs it (a fresh process: start-up, reading, building, Turtle and explorer written).
// Prints numbers, asserts nothing.
//   node --import tsx bench/build.ts [megabytes=3]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildGraph } from '../src/build.ts';
import { readDocuments } from '../src/ingest/index.ts';
import { loadGazetteer } from '../src/resolve/gazetteer.ts';
import { corpusLines, sources } from './corpus.ts';

// The V8 flag the `kg` command sets (bin/kg.js), so that the numbers are those of `kg build`.
setFlagsFromString('--no-turbo-inline-array-builtins');

const megabytes = Number(process.argv[2] ?? 3);

const mb = (bytes: number) => bytes / 1024 / 1024;
const time = <T>(f: () => T): [T, number] => { const t = performance.now(); const r = f(); return [r, (performance.now() - t) / 1000]; };

const bases = sources();
const lines = corpusLines(megabytes, bases);
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
const dir = mkdtempSync(join(tmpdir(), 'kg-bench-build-'));
const corpus = join(dir, 'corpus.jsonl');
writeFileSync(corpus, `${lines.join('\n')}\n`);

const t0 = performance.now();
const docs = await readDocuments([corpus]);
const ingestSecs = (performance.now() - t0) / 1000;
const textBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
console.log(`corpus: ${docs.length} articles, ${mb(textBytes).toFixed(2)} MB of text (${mb(bytes).toFixed(2)} MB .jsonl from ${bases.length} source texts); ingest ${ingestSecs.toFixed(2)} s`);

// The floor: wink-nlp reading every article, with sentences and POS tags out — with its default pipeline
// (as a user calls it), and with only the sentence and POS stages (what the builder itself runs).
const nlp = winkNLP(model);
const lean = winkNLP(model, ['sbd', 'pos']);
const pass = (engine: typeof nlp) => () => {
  let n = 0;
  for (const d of docs) {
    const doc = engine.readDoc(d.text);
    n += (doc.tokens().out(engine.its.pos) as string[]).length;
    doc.sentences().out();
  }
  return n;
};
const floor = pass(nlp);
const [winkTokens, winkSecs] = time(floor);
console.log(`wink-nlp floor: ${winkSecs.toFixed(2)} s, ${(mb(textBytes) / winkSecs).toFixed(2)} MB/s, ${Math.round(winkTokens / winkSecs).toLocaleString('en')} tokens/s`);
const [, leanSecs] = time(pass(lean));
console.log(`wink-nlp sentence + POS stages only: ${leanSecs.toFixed(2)} s, ${(mb(textBytes) / leanSecs).toFixed(2)} MB/s`);

const gazetteer = loadGazetteer();
const [built, buildSecs] = time(() => buildGraph(docs, gazetteer));
const triples = built.quads.length;
const x = built.extraction;
console.log(`buildGraph: ${buildSecs.toFixed(2)} s, ${(mb(textBytes) / buildSecs).toFixed(2)} MB/s, ${triples.toLocaleString('en')} triples, `
  + `${Math.round(triples / buildSecs).toLocaleString('en')} triples/s, ${mb(Buffer.byteLength(built.turtle)).toFixed(1)} MB of Turtle`);
console.log(`  ${x.entities.length} entities, ${x.relations.length} relations, ${x.events.length} events, ${x.claims.length} claims`);
console.log(`ratio to the wink floor: ${(buildSecs / winkSecs).toFixed(1)}x, to its sentence + POS stages alone ${(buildSecs / leanSecs).toFixed(1)}x (cold: a fresh process, as \`kg build\` runs)`);

// Both again in the same process: V8 has by now compiled the rules for the shapes they meet (the first
// ~1 MB of a run pays for that), which is what the rest of a big corpus sees.
const [, winkWarm] = time(floor);
const [, buildWarm] = time(() => buildGraph(docs, gazetteer));
console.log(`warm: wink-nlp ${(mb(textBytes) / winkWarm).toFixed(2)} MB/s, buildGraph ${(mb(textBytes) / buildWarm).toFixed(2)} MB/s, ratio ${(buildWarm / winkWarm).toFixed(1)}x`);

// The whole command, as `kg build corpus.jsonl` runs: what the issue's "whole pipeline" target is about.
const kg = fileURLToPath(new URL('../bin/kg.js', import.meta.url));
const started = performance.now();
const run = spawnSync(process.execPath, [kg, 'build', corpus, '--out', join(dir, 'out'), '-q'], { stdio: 'inherit' });
const kgSecs = (performance.now() - started) / 1000;
if (run.status === 0) {
  console.log(`kg build (whole command, fresh process, Turtle and explorer written): ${kgSecs.toFixed(2)} s, ${(mb(textBytes) / kgSecs).toFixed(2)} MB/s, `
    + `${(kgSecs / leanSecs).toFixed(1)}x wink's sentence + POS stages`);
} else {
  console.log(`kg build failed (${run.signal ?? `exit ${run.status}`})`);
  process.exitCode = 1;
}

// Start-up: `kg build` of one sentence, as the command runs (compiled at install when dist/kg matches the
// sources, see bin/compile.js) and from the TypeScript sources through tsx. Median of five fresh processes each.
const tiny = join(dir, 'tiny.txt');
writeFileSync(tiny, 'The Malian army clashed with rebels near Kidal on Sunday.\n');
const startUp = (args: string[]): number => {
  const secs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [...args, 'build', tiny, '--out', join(dir, 'tiny'), '-q'], { stdio: 'inherit' });
    secs.push((performance.now() - t) / 1000);
  }
  return secs.sort((a, b) => a - b)[2]!;
};
const { compiledEntry } = (await import(new URL('../bin/compile.js', import.meta.url).href)) as { compiledEntry: () => string | undefined };
const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
console.log(`start-up (kg build of one sentence, median of 5): kg ${startUp([kg]).toFixed(2)} s (${compiledEntry() ? 'compiled' : 'from source: dist/kg is missing or stale, see npm run compile'}), `
  + `from source through tsx ${startUp(['--import', 'tsx', main]).toFixed(2)} s`);
rmSync(dir, { recursive: true, force: true });
