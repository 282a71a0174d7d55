// Seeded, deterministic ForceAtlas2 layout of the display graph, so that the page opens already laid out.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { buildDisplayGraph, type DisplayGraph } from './graph.ts';
import type { ExplorerData } from './types.ts';

export interface LayoutOptions {
  /** Seed of the initial positions: the same seed gives the same picture. */
  seed: number;
  /** ForceAtlas2 iterations; `0` keeps the seeded random positions; `auto` fits a time budget (see `autoIterations`). */
  iterations: number | 'auto';
}

export const DEFAULT_LAYOUT: LayoutOptions = { seed: 1, iterations: 'auto' };

/**
 * Above this many nodes, events and claims no longer take part in the force layout: the entities are
 * laid out (linked by their relations and by the events and claims they share), and each event or
 * claim is placed among the entities it links. A corpus of a thousand articles has ~20k events and
 * claims around a few hundred entities; ForceAtlas2 over all of them took 10 s for a picture that is
 * the same at a glance.
 */
export const SATELLITE_THRESHOLD = 5000;

/**
 * Iterations for a graph of that size: 400 for small graphs, fewer as the graph grows so that `kg build`
 * stays within seconds (an iteration costs O(nodes log nodes + edges)); the page's live layout refines further.
 */
export function autoIterations(order: number, size: number): number {
  return Math.max(30, Math.min(400, Math.round(1.5e6 / (order + size + 1))));
}

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutResult {
  graph: DisplayGraph;
  positions: Positions;
}

/** FNV-1a: a 32-bit hash of a string, to derive a PRNG seed per node. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small PRNG, good enough to scatter nodes and fully reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (v: number): number => Math.round(v * 100) / 100 || 0;

/** Computes positions for every node of `data` (entities, events, claims); does not modify `data`. */
export function layout(data: ExplorerData, options: Partial<LayoutOptions> = {}): LayoutResult {
  const opts: LayoutOptions = { ...DEFAULT_LAYOUT, ...options };
  if (opts.iterations !== 'auto' && (!Number.isInteger(opts.iterations) || opts.iterations < 0)) {
    throw new RangeError(`kg/view: layout iterations must be a non-negative integer or 'auto', got ${opts.iterations}`);
  }
  const graph = buildDisplayGraph(data);
  const iterations = opts.iterations === 'auto' ? autoIterations(graph.order, graph.size) : opts.iterations;
  // Initial positions depend only on the seed and the node id, never on Math.random or insertion order.
  const radius = 10 * Math.sqrt(graph.order + 1);
  graph.forEachNode((node, attrs) => {
    const rand = mulberry32(fnv1a(`${opts.seed}:${node}`));
    const angle = 2 * Math.PI * rand();
    const r = radius * Math.sqrt(rand());
    attrs.x = r * Math.cos(angle);
    attrs.y = r * Math.sin(angle);
  });
  if (graph.order > SATELLITE_THRESHOLD && opts.iterations === 'auto') layoutAroundEntities(graph, opts.seed);
  else if (iterations > 0 && graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      settings: forceAtlas2.inferSettings(graph),
      getEdgeWeight: null,
    });
  }
  const positions: Positions = {};
  graph.forEachNode((node, attrs) => {
    attrs.x = round(attrs.x);
    attrs.y = round(attrs.y);
    positions[node] = { x: attrs.x, y: attrs.y };
  });
  return { graph, positions };
}

/**
 * Lays out the entities of a big graph with ForceAtlas2 (linked by relations, and by the events and
 * claims two of them share), then puts every event and claim near the middle of the entities it links,
 * scattered on a disc that grows with the number of nodes sharing that spot. Deterministic for a seed.
 */
function layoutAroundEntities(graph: DisplayGraph, seed: number): void {
  const skeleton = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node, a) => { if (a.kind === 'entity') skeleton.addNode(node, { x: a.x, y: a.y }); });
  const tie = (a: string, b: string) => { if (a !== b && !skeleton.hasEdge(a, b)) skeleton.addEdge(a, b); };
  graph.forEachEdge((_e, _a, source, target) => { if (skeleton.hasNode(source) && skeleton.hasNode(target)) tie(source, target); });
  const anchors = new Map<string, string[]>();
  graph.forEachNode((node, a) => {
    if (a.kind === 'entity') return;
    const ents = graph.neighbors(node).filter((n) => skeleton.hasNode(n)).sort();
    anchors.set(node, ents);
    for (let i = 0; i < ents.length && i < 4; i++) for (let j = i + 1; j < ents.length && j < 4; j++) tie(ents[i]!, ents[j]!);
  });
  if (skeleton.size > 0) {
    forceAtlas2.assign(skeleton, {
      iterations: autoIterations(skeleton.order, skeleton.size),
      settings: forceAtlas2.inferSettings(skeleton),
      getEdgeWeight: null,
    });
  }
  skeleton.forEachNode((node, a) => graph.mergeNodeAttributes(node, { x: a.x as number, y: a.y as number }));
  // The disc of one satellite: a fraction of the mean spacing of the entities, growing with the crowd.
  const spacing = skeleton.order ? Math.sqrt(extent(skeleton) / skeleton.order) : 10;
  const crowd = new Map<string, number>();
  for (const ents of anchors.values()) { const k = ents.join('|'); crowd.set(k, (crowd.get(k) ?? 0) + 1); }
  // Events and claims tied to no entity ring the picture, just outside the entities.
  const [cx, cy, reach] = circle(skeleton);
  for (const [node, ents] of anchors) {
    if (!ents.length) {
      const rand = mulberry32(fnv1a(`${seed}:${node}`));
      const angle = 2 * Math.PI * rand();
      const r = reach * (1.1 + 0.3 * rand());
      graph.mergeNodeAttributes(node, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
      continue;
    }
    let x = 0, y = 0;
    for (const e of ents) { x += skeleton.getNodeAttribute(e, 'x') as number; y += skeleton.getNodeAttribute(e, 'y') as number; }
    const rand = mulberry32(fnv1a(`${seed}:${node}`));
    const angle = 2 * Math.PI * rand();
    const r = spacing * 0.15 * Math.sqrt(crowd.get(ents.join('|'))!) * Math.sqrt(rand());
    graph.mergeNodeAttributes(node, { x: x / ents.length + r * Math.cos(angle), y: y / ents.length + r * Math.sin(angle) });
  }
}

/** Centre and radius of the circle around a graph's positions (from its bounding box). */
function circle(g: Graph): [number, number, number] {
  if (!g.order) return [0, 0, 10];
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  g.forEachNode((_n, a) => {
    x0 = Math.min(x0, a.x as number); x1 = Math.max(x1, a.x as number);
    y0 = Math.min(y0, a.y as number); y1 = Math.max(y1, a.y as number);
  });
  return [(x0 + x1) / 2, (y0 + y1) / 2, Math.max(10, Math.hypot(x1 - x0, y1 - y0) / 2)];
}

/** Area of the bounding box of a graph's positions. */
function extent(g: Graph): number {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  g.forEachNode((_n, a) => {
    x0 = Math.min(x0, a.x as number); x1 = Math.max(x1, a.x as number);
    y0 = Math.min(y0, a.y as number); y1 = Math.max(y1, a.y as number);
  });
  return Math.max(1, (x1 - x0) * (y1 - y0));
}

/** Returns a copy of `data` whose nodes carry the given positions (the "apply" half of `layout`). */
export function withPositions(data: ExplorerData, positions: Positions): ExplorerData {
  const place = <T extends { id: string; x?: number; y?: number }>(n: T): T => {
    const p = positions[n.id];
    return p ? { ...n, x: p.x, y: p.y } : n;
  };
  return {
    ...data,
    entities: data.entities.map(place),
    events: data.events.map(place),
    claims: data.claims.map(place),
  };
}
