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
 * the same at a glance. (From a thousand: a corpus of ~80 articles, ~1,900 nodes, took 3-4 s over all of them, every
 * pair of nodes repelling each other below Barnes-Hut's 2,000.)
 */
export const SATELLITE_THRESHOLD = 1000;

/** The order above which `forceAtlas2.inferSettings` approximates the repulsion with Barnes-Hut. */
const BARNES_HUT_ORDER = 2000;

/**
 * Iterations for a graph of that size: 400 for small graphs, fewer as the graph grows so that `kg build`
 * stays within seconds; the page's live layout refines further. An iteration costs O(nodes log nodes +
 * edges) with Barnes-Hut, which `forceAtlas2.inferSettings` turns on above 2000 nodes; below, it computes
 * the repulsion of every pair of nodes, a pair costing about a hundredth of a node or an edge.
 */
export function autoIterations(order: number, size: number): number {
  const pairs = order > BARNES_HUT_ORDER ? 0 : (order * (order - 1)) / 2;
  return Math.max(30, Math.min(400, Math.round(1.5e6 / (order + size + pairs / 100 + 1))));
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

/** The nodes of the data in one list, in the order the coordinates follow: entities, events, claims. */
const nodesOf = (data: ExplorerData): { id: string }[] => [...data.entities, ...data.events, ...data.claims];

/** Coordinates of the nodes of some data, in `nodesOf` order, rounded to hundredths. */
interface Coordinates {
  x: Float64Array;
  y: Float64Array;
}

/** Lays out the display graph of `data`: positions for every node (entities, events, claims), also set on the graph. */
export function layout(data: ExplorerData, options: Partial<LayoutOptions> = {}): LayoutResult {
  const graph = buildDisplayGraph(data);
  const { x, y } = coordinates(data, options, graph);
  const positions: Positions = {};
  nodesOf(data).forEach(({ id }, i) => {
    positions[id] = { x: x[i]!, y: y[i]! };
    graph.mergeNodeAttributes(id, positions[id]);
  });
  return { graph, positions };
}

/**
 * `data` with every node at its place: what `withPositions(data, layout(data, options).positions)` gives,
 * without the display graph and the table of positions, which a big graph does not need.
 */
export function laidOut(data: ExplorerData, options: Partial<LayoutOptions> = {}): ExplorerData {
  const { x, y } = coordinates(data, options);
  // Node i of a list that starts at `offset` in the coordinates.
  const at =
    (offset: number) =>
    <T extends { x?: number; y?: number }>(n: T, i: number): T => ({ ...n, x: x[offset + i]!, y: y[offset + i]! });
  const events = data.entities.length, claims = events + data.events.length;
  return { ...data, entities: data.entities.map(at(0)), events: data.events.map(at(events)), claims: data.claims.map(at(claims)) };
}

/** Coordinates of every node: ForceAtlas2 over the display graph, or the entities' skeleton for a big graph. */
function coordinates(data: ExplorerData, options: Partial<LayoutOptions>, displayGraph?: DisplayGraph): Coordinates {
  const opts: LayoutOptions = { ...DEFAULT_LAYOUT, ...options };
  if (opts.iterations !== 'auto' && (!Number.isInteger(opts.iterations) || opts.iterations < 0)) {
    throw new RangeError(`kg/view: layout iterations must be a non-negative integer or 'auto', got ${opts.iterations}`);
  }
  const order = data.entities.length + data.events.length + data.claims.length;
  if (order > SATELLITE_THRESHOLD && opts.iterations === 'auto') return layoutAroundEntities(data, opts.seed);
  const graph = displayGraph ?? buildDisplayGraph(data);
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
  if (iterations > 0 && graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      settings: forceAtlas2.inferSettings(graph),
      getEdgeWeight: null,
    });
  }
  const x = new Float64Array(order), y = new Float64Array(order);
  nodesOf(data).forEach(({ id }, i) => {
    const a = graph.getNodeAttributes(id);
    x[i] = round(a.x);
    y[i] = round(a.y);
  });
  return { x, y };
}

/**
 * Lays out the entities of a big graph with ForceAtlas2 (linked by relations, and by the events and
 * claims two of them share), then puts every event and claim near the middle of the entities it links,
 * scattered on a disc that grows with the number of nodes sharing that spot. Deterministic for a seed.
 */
function layoutAroundEntities(data: ExplorerData, seed: number): Coordinates {
  const ids = data.entities.map((e) => e.id);
  const [skeleton, anchors] = skeletonOf(data, ids);
  const n = ids.length;
  const x = new Float64Array(n + anchors.length), y = new Float64Array(n + anchors.length);
  layoutSkeleton(ids, skeleton, seed, x, y);
  placeSatellites([...data.events, ...data.claims], anchors, seed, n, x, y);
  return { x: roundAll(x), y: roundAll(y) };
}

/**
 * The entities' skeleton (each entity's neighbours, by index in `ids`: related entities, and entities
 * an event or claim links, up to four of them tied together), and the entities each event, then each
 * claim, links, in id order.
 */
function skeletonOf(data: ExplorerData, ids: readonly string[]): [Set<number>[], number[][]] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const rank = new Int32Array(ids.length);
  ids.map((_, i) => i).sort((a, b) => cmp(ids[a]!, ids[b]!)).forEach((e, k) => (rank[e] = k));
  const skeleton = ids.map(() => new Set<number>());
  const tie = (a: number, b: number): void => {
    if (a === b) return;
    skeleton[a]!.add(b);
    skeleton[b]!.add(a);
  };
  for (const r of data.relations) {
    const a = index.get(r.source), b = index.get(r.target);
    if (a !== undefined && b !== undefined) tie(a, b);
  }
  const anchors: number[][] = [];
  let ents: number[] = [];
  const link = (id: string | undefined): void => {
    const e = id === undefined ? undefined : index.get(id);
    if (e !== undefined && !ents.includes(e)) ents.push(e);
  };
  const anchor = (): void => {
    ents.sort((a, b) => rank[a]! - rank[b]!);
    anchors.push(ents);
    for (let i = 0; i < ents.length && i < 4; i++) for (let j = i + 1; j < ents.length && j < 4; j++) tie(ents[i]!, ents[j]!);
    ents = [];
  };
  for (const ev of data.events) {
    for (const p of ev.participants) link(p.entity);
    link(ev.place);
    anchor();
  }
  for (const c of data.claims) {
    link(c.claimant);
    for (const a of c.about) link(a);
    anchor();
  }
  return [skeleton, anchors];
}

/**
 * Places each event or claim (after the `n` entities in `x`, `y`) at the middle of the entities it links,
 * on a disc a fraction of the entities' mean spacing wide, growing with the number of nodes sharing the
 * spot; those that link none ring the picture, just outside the entities.
 */
function placeSatellites(nodes: readonly { id: string }[], anchors: number[][], seed: number, n: number, x: Float64Array, y: Float64Array): void {
  const [cx, cy, reach, area] = bounds(x.subarray(0, n), y.subarray(0, n));
  const spacing = n ? Math.sqrt(area / n) : 10;
  const keys = anchors.map((a) => a.join(','));
  const crowd = new Map<string, number>();
  for (const k of keys) crowd.set(k, (crowd.get(k) ?? 0) + 1);
  anchors.forEach((ents, k) => {
    const rand = mulberry32(fnv1a(`${seed}:${nodes[k]!.id}`));
    const angle = 2 * Math.PI * rand();
    let px: number, py: number;
    if (!ents.length) {
      const r = reach * (1.1 + 0.3 * rand());
      px = cx + r * Math.cos(angle);
      py = cy + r * Math.sin(angle);
    } else {
      let sx = 0, sy = 0;
      for (const e of ents) {
        sx += x[e]!;
        sy += y[e]!;
      }
      const r = spacing * 0.15 * Math.sqrt(crowd.get(keys[k]!)!) * Math.sqrt(rand());
      px = sx / ents.length + r * Math.cos(angle);
      py = sy / ents.length + r * Math.sin(angle);
    }
    x[n + k] = px;
    y[n + k] = py;
  });
}

/** Rounds every coordinate to hundredths, in place. */
function roundAll(v: Float64Array): Float64Array {
  for (let i = 0; i < v.length; i++) v[i] = round(v[i]!);
  return v;
}

/**
 * ForceAtlas2 over the entity skeleton, with each set of entities that have the same neighbours (the
 * hundred people seen only with one armed group and its region) as one node as heavy as all of them: FA2
 * costs the square of the node count, and twins end up side by side anyway. Each set is then spread on
 * the disc where its members' mutual repulsion balances their pull (see `twinRadius`).
 */
function layoutSkeleton(ids: readonly string[], skeleton: readonly Set<number>[], seed: number, x: Float64Array, y: Float64Array): void {
  const n = ids.length;
  // Twins: same neighbour set, at least one neighbour (isolated entities are not alike, only alone).
  const groupOf = new Int32Array(n);
  const members: number[][] = [];
  const byNeighbours = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = skeleton[i]!.size ? [...skeleton[i]!].sort((a, b) => a - b).join(',') : `:${i}`;
    let g = byNeighbours.get(key);
    if (g === undefined) {
      byNeighbours.set(key, (g = members.length));
      members.push([]);
    }
    groupOf[i] = g;
    members[g]!.push(i);
  }
  const quotient = new Graph<{ x: number; y: number }, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const radius = 10 * Math.sqrt(n + 1);
  members.forEach((m, g) => {
    const rand = mulberry32(fnv1a(`${seed}:${ids[m[0]!]!}`));
    const angle = 2 * Math.PI * rand();
    const r = radius * Math.sqrt(rand());
    quotient.addNode(g, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  for (let i = 0; i < n; i++) {
    for (const j of skeleton[i]!) {
      if (j < i) continue;
      const key = quotient.edge(groupOf[i]!, groupOf[j]!);
      if (key === undefined) quotient.addEdge(groupOf[i]!, groupOf[j]!, { weight: 1 });
      else quotient.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + 1);
    }
  }
  const settings = forceAtlas2.inferSettings(quotient);
  if (quotient.size > 0) {
    forceAtlas2.assign(quotient, { iterations: autoIterations(quotient.order, quotient.size), settings, getEdgeWeight: 'weight' });
  }
  const turn = Math.PI * (3 - Math.sqrt(5));
  members.forEach((m, g) => {
    const { x: gx, y: gy } = quotient.getNodeAttributes(g);
    const r0 = m.length > 1 ? twinRadius(m.length, skeleton[m[0]!]!.size, settings) : 0;
    const start = 2 * Math.PI * mulberry32(fnv1a(`${seed}:${ids[m[0]!]!}`))();
    // A sunflower: evenly filled disc, in id order.
    m.forEach((i, k) => {
      const r = r0 * Math.sqrt((k + 0.5) / m.length);
      x[i] = gx + r * Math.cos(start + k * turn);
      y[i] = gy + r * Math.sin(start + k * turn);
    });
  });
}

/**
 * Radius of the disc where `count` twins of `degree` neighbours settle under ForceAtlas2: the repulsion
 * of a uniform disc of them (k·m²·count·r/R² on a member at radius r, m = degree + 1 its mass) balances
 * the linear pull of its `degree` edges and the strong gravity (degree + gravity·m)·r.
 */
function twinRadius(count: number, degree: number, settings: { scalingRatio?: number; gravity?: number }): number {
  const m = degree + 1;
  return m * Math.sqrt(((settings.scalingRatio ?? 10) * count) / (degree + (settings.gravity ?? 0.05) * m));
}

/** Centre, reach (half the diagonal, at least 10) and area (at least 1) of the bounding box of some positions. */
function bounds(x: Float64Array, y: Float64Array): [number, number, number, number] {
  if (!x.length) return [0, 0, 10, 1];
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < x.length; i++) {
    x0 = Math.min(x0, x[i]!); x1 = Math.max(x1, x[i]!);
    y0 = Math.min(y0, y[i]!); y1 = Math.max(y1, y[i]!);
  }
  return [(x0 + x1) / 2, (y0 + y1) / 2, Math.max(10, Math.hypot(x1 - x0, y1 - y0) / 2), Math.max(1, (x1 - x0) * (y1 - y0))];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
