// Benchmark of the explorer on a generated graph (5,000 entities, 20,000 relations, one evidence sentence each):
// the CLI side (RDF → data, ForceAtlas2 layout, writing the page) and load-to-first-render in headless Chromium.
// Run: node --import tsx bench/explorer.ts [entities] [relations]. Prints numbers, asserts nothing.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { chromium } from 'playwright-core';
import { NS } from '../src/iris.ts';
import { ENTITY_CLASSES, RELATIONS } from '../src/types.ts';
import { graphDataFromQuads } from '../src/view/data.ts';
import { autoIterations, layout, mulberry32, withPositions } from '../src/view/layout.ts';
import { explorerBundle } from '../src/view/bundle.ts';
import { startServer } from '../src/view/server.ts';
import { writeExplorer } from '../src/view/write.ts';

const { namedNode, literal, quad } = DataFactory;
const N = Number(process.argv[2] ?? 5000);
const E = Number(process.argv[3] ?? 20000);

/** A graph in the shape of docs/graph-model.md: typed, labelled entities; relations with one statement each. */
function generate(n: number, m: number): Quad[] {
  const rand = mulberry32(2023);
  const kg = (l: string) => namedNode(NS.kg + l);
  const a = namedNode(`${NS.rdf}type`);
  const doc = namedNode(`${NS.doc}bench`);
  const int = namedNode(`${NS.xsd}integer`);
  const ent = (i: number) => namedNode(`${NS.ent}e${i}`);
  const quads: Quad[] = [quad(doc, a, kg('Document')), quad(doc, namedNode(`${NS.dcterms}title`), literal('Generated corpus'))];
  for (let i = 0; i < n; i++) {
    quads.push(quad(ent(i), a, kg(ENTITY_CLASSES[i % ENTITY_CLASSES.length]!)));
    quads.push(quad(ent(i), namedNode(`${NS.rdfs}label`), literal(`Entity ${i} of the Sahel`)));
    quads.push(quad(ent(i), namedNode(`${NS.skos}altLabel`), literal(`E${i}`)));
  }
  for (let j = 0; j < m; j++) {
    // Preferential attachment of a sort: low ids are hubs, as real actors are.
    const s = Math.floor(n * rand() ** 2);
    let o = Math.floor(n * rand());
    if (o === s) o = (o + 1) % n;
    const p = kg(RELATIONS[j % RELATIONS.length]!);
    const st = namedNode(`${NS.stmt}b${j}`);
    const text = `Entity ${s} of the Sahel and Entity ${o} of the Sahel were reported together in sentence ${j}.`;
    quads.push(
      quad(ent(s), p, ent(o)),
      quad(st, a, namedNode(`${NS.rdf}Statement`)),
      quad(st, namedNode(`${NS.rdf}subject`), ent(s)),
      quad(st, namedNode(`${NS.rdf}predicate`), p),
      quad(st, namedNode(`${NS.rdf}object`), ent(o)),
      quad(st, kg('evidenceText'), literal(text)),
      quad(st, kg('start'), literal(String(j * 120), int)),
      quad(st, kg('end'), literal(String(j * 120 + text.length), int)),
      quad(st, namedNode(`${NS.prov}wasDerivedFrom`), doc),
      quad(st, kg('rule'), literal('bench')),
      quad(st, kg('confidence'), literal('0.5', namedNode(`${NS.xsd}decimal`))),
    );
  }
  return quads;
}

const ms = (t: number) => `${Math.round(performance.now() - t)} ms`;
const out = process.env.BENCH_OUT ?? (await mkdtemp(join(tmpdir(), 'kg-bench-explorer-')));
try {
  let t = performance.now();
  const quads = generate(N, E);
  console.log(`generated ${N} entities, ${E} relations: ${quads.length} quads (${ms(t)})`);

  t = performance.now();
  const data = graphDataFromQuads(quads);
  console.log(`graphDataFromQuads: ${ms(t)}`);
  t = performance.now();
  const { graph, positions } = layout(data);
  console.log(`layout (ForceAtlas2, ${graph.order} nodes, ${graph.size} edges, ${autoIterations(graph.order, graph.size)} iterations): ${ms(t)}`);
  t = performance.now();
  JSON.stringify(withPositions(data, positions));
  console.log(`serialise data: ${ms(t)}`);
  t = performance.now();
  await explorerBundle();
  console.log(`page bundle (cached after the first build): ${ms(t)}`);
  t = performance.now();
  await writeExplorer(out, quads);
  console.log(`writeExplorer total: ${ms(t)}; graph-data.json ${((await stat(join(out, 'graph-data.json'))).size / 1e6).toFixed(1)} MB`);
  await writeFile(join(out, 'graph.ttl'), '');

  const server = await startServer({ outDir: out, port: 0, sparql: false });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const context = await chromium.launchPersistentContext(join(out, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (let run = 1; run <= 3; run++) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.state !== undefined, null, { timeout: 120_000 });
      const tm = await page.evaluate(() => window.kgExplorer!.timings);
      console.log(
        `chromium run ${run}: first frame at ${tm.firstFrame} ms after navigation (data loaded ${tm.dataLoaded}, graph built ${tm.graphBuilt}, sigma ready ${tm.sigmaCreated})`,
      );
      if (run === 3) {
        // Hover: one state change, reducers over every node and edge, one render.
        const hover = await page.evaluate(() => {
          const k = window.kgExplorer!;
          const nodes = k.graph.nodes().slice(0, 20);
          const t0 = performance.now();
          for (const n of nodes) k.store.set({ hoveredNode: n });
          k.store.set({ hoveredNode: null });
          return (performance.now() - t0) / (nodes.length + 1);
        });
        console.log(`hover/unhover (reducers + render, synchronous): ${hover.toFixed(1)} ms per change`);
        const filter = await page.evaluate(() => {
          const k = window.kgExplorer!;
          const t0 = performance.now();
          k.store.set({ hiddenClasses: new Set(['Country']) });
          k.store.set({ hiddenClasses: new Set() });
          return (performance.now() - t0) / 2;
        });
        console.log(`filter a class (full refresh): ${filter.toFixed(1)} ms per change`);
        // A string, not a function: tsx's helpers (__name) do not exist in the page.
        const fps = (await page.evaluate(`new Promise((ok) => {
          const k = window.kgExplorer;
          let frames = 0;
          const t0 = performance.now();
          const tick = () => {
            frames++;
            if (performance.now() - t0 < 2000) requestAnimationFrame(tick);
            else ok((frames * 1000) / (performance.now() - t0));
          };
          k.renderer.getCamera().animate({ ratio: 0.2 }, { duration: 2000 });
          requestAnimationFrame(tick);
        })`)) as number;
        const parts = await page.evaluate(() => {
          const k = window.kgExplorer!;
          let t0 = performance.now();
          for (let i = 0; i < 5; i++) k.renderer.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
          const render = (performance.now() - t0) / 5;
          t0 = performance.now();
          for (let i = 0; i < 5; i++) k.renderer.refresh({ skipIndexation: true });
          const refresh = (performance.now() - t0) / 5;
          return { render, refresh };
        });
        console.log(`of which: render alone ${parts.render.toFixed(1)} ms, refresh (reducers + render) ${parts.refresh.toFixed(1)} ms`);
        console.log(`camera animation: ${fps.toFixed(0)} frames/s (software WebGL, SwiftShader)`);
      }
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
  }
} finally {
  if (!process.env.BENCH_OUT) await rm(out, { recursive: true, force: true });
}
