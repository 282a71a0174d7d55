// Seeded, deterministic ForceAtlas2 layout of the display graph, so that the page opens already laid out.

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
  if (iterations > 0 && graph.size > 0) {
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
