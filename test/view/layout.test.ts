import { describe, expect, it } from 'vitest';
import { graphDataFromQuads } from '../../src/view/data.ts';
import { buildDisplayGraph } from '../../src/view/graph.ts';
import { SATELLITE_THRESHOLD, layout, mulberry32, withPositions } from '../../src/view/layout.ts';
import type { ExplorerData } from '../../src/view/types.ts';
import { miniQuads } from './helpers.ts';

const data = graphDataFromQuads(miniQuads());

describe('layout', () => {
  it('gives every node (entities, events, claims) finite coordinates', () => {
    const { positions } = layout(data);
    const ids = [...data.entities, ...data.events, ...data.claims].map((n) => n.id).sort();
    expect(Object.keys(positions).sort()).toEqual(ids);
    for (const p of Object.values(positions)) {
      expect(Number.isFinite(p.x)).toBe(true);
      expect(Number.isFinite(p.y)).toBe(true);
    }
  });

  it('is deterministic for a seed', () => {
    expect(layout(data, { seed: 7, iterations: 200 }).positions).toEqual(layout(data, { seed: 7, iterations: 200 }).positions);
  });

  it('changes with the seed', () => {
    expect(layout(data, { seed: 1 }).positions).not.toEqual(layout(data, { seed: 2 }).positions);
  });

  it('does not depend on Math.random', () => {
    const random = Math.random;
    Math.random = () => {
      throw new Error('Math.random called');
    };
    try {
      expect(() => layout(data)).not.toThrow();
    } finally {
      Math.random = random;
    }
  });

  it('pulls related nodes together', () => {
    const { positions } = layout(data, { iterations: 500 });
    const d = (a: string, b: string) => Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    // Kidal is related to the Kidal region; Anéfis to nothing.
    expect(d('kidal', 'kidal-region')).toBeLessThan(d('anefis', 'kidal-region'));
  });

  it('rejects a negative number of iterations', () => {
    expect(() => layout(data, { iterations: -1 })).toThrow(RangeError);
  });

  it('handles an empty graph', () => {
    expect(layout({ ...data, entities: [], relations: [], events: [], claims: [] }).positions).toEqual({});
  });
});

describe('layout of a big graph', () => {
  // Forty entities in two camps, and more events than the threshold, each between two entities of one camp.
  const big = (): ExplorerData => {
    const entities = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, iri: `e${i}`, label: `E${i}`, altLabels: [], cls: 'ArmedGroup' as const, degree: 1, docs: [] }));
    const events = Array.from({ length: SATELLITE_THRESHOLD + 100 }, (_, i) => {
      const camp = i % 2, a = (i * 7) % 20, b = (i * 13 + 1) % 20;
      return { id: `v${i}`, iri: `v${i}`, cls: 'ArmedClash', label: `v${i}`, evidence: [],
        participants: [{ entity: `e${camp * 20 + a}`, role: 'agent' as const }, { entity: `e${camp * 20 + b}`, role: 'target' as const }] };
    });
    return { ...data, entities, relations: [], events, claims: [] };
  };

  it('places every event among the entities it links, and is deterministic', () => {
    const d = big();
    const { positions } = layout(d);
    expect(Object.keys(positions)).toHaveLength(40 + SATELLITE_THRESHOLD + 100);
    const dist = (a: string, b: string) => Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    // An event sits by the middle of its two participants: nearer to it than entities are to one another on average.
    const ents = d.entities.map((e) => e.id);
    let sum = 0, n = 0;
    for (const a of ents) for (const b of ents) if (a < b) { sum += dist(a, b); n++; }
    for (const ev of d.events.slice(0, 200)) {
      const [a, b] = ev.participants.map((p) => positions[p.entity]!);
      const mid = { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
      expect(Math.hypot(positions[ev.id]!.x - mid.x, positions[ev.id]!.y - mid.y)).toBeLessThan(sum / n);
    }
    expect(layout(big()).positions).toEqual(positions);
  });

  it('keeps entities that share their neighbours together, beside those neighbours', () => {
    // Two hubs, each with a crowd of followers seen with it alone, and events that tie the hubs.
    const d = big();
    const follower = (hub: string, i: number) => ({ id: `${hub}-f${i}`, iri: '', label: '', altLabels: [], cls: 'Person' as const, degree: 1, docs: [] });
    const entities = [...d.entities, ...Array.from({ length: 60 }, (_, i) => follower(i < 30 ? 'e0' : 'e20', i))];
    const relations = entities.slice(40).map((f) => ({ id: `${f.id}|memberOf|x`, source: f.id, target: f.id.startsWith('e0-') ? 'e0' : 'e20', predicate: 'memberOf' as const, symmetric: false, evidence: [] }));
    const { positions } = layout({ ...d, entities, relations });
    const dist = (a: string, b: string) => Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    const followers = entities.slice(40).map((f) => f.id);
    for (const f of followers) {
      const [own, other] = f.startsWith('e0-') ? ['e0', 'e20'] : ['e20', 'e0'];
      expect(dist(f, own)).toBeLessThan(dist(f, other));
    }
    // Spread out, not stacked on one spot.
    expect(new Set(followers.map((f) => `${positions[f]!.x},${positions[f]!.y}`)).size).toBe(followers.length);
  });
});

describe('withPositions', () => {
  it('copies positions onto the nodes without touching the input', () => {
    const { positions } = layout(data);
    const placed = withPositions(data, positions);
    expect(placed.entities[0]!.x).toBe(positions[placed.entities[0]!.id]!.x);
    expect(data.entities[0]!.x).toBeUndefined();
  });
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('buildDisplayGraph', () => {
  const graph = buildDisplayGraph(data);

  it('merges parallel relations between two entities into one edge with every predicate', () => {
    const edges = [...new Set([...graph.edges('fama', 'kidal'), ...graph.edges('kidal', 'fama')])];
    expect(edges).toHaveLength(1);
    expect(graph.getEdgeAttribute(edges[0]!, 'predicates')).toEqual(['captured', 'near']);
  });

  it('draws an arrow only when every directed relation of the pair goes the same way', () => {
    const e = graph.edge('mali-junta', 'wagner')!;
    expect(graph.getEdgeAttribute(e, 'directed')).toBe(true);
    const opposes = graph.edge('csp', 'fama') ?? graph.edge('fama', 'csp')!;
    expect(graph.getEdgeAttribute(opposes, 'directed')).toBe(false);
  });

  it('links events to participants and place, and claims to claimant and subjects', () => {
    expect(graph.neighbors('ev:e1').sort()).toEqual(['csp', 'fama', 'kidal-region']);
    expect(graph.hasEdge('csp', 'claim:c1')).toBe(true);
    expect(graph.getNodeAttribute('claim:c1', 'label')).toMatch(/^CSP claims: “it had trapped/);
  });

  it('sizes entity nodes by degree', () => {
    expect(graph.getNodeAttribute('fama', 'size')).toBeGreaterThan(graph.getNodeAttribute('anefis', 'size'));
  });
});

describe('autoIterations', () => {
  it('spends many iterations on small graphs and fewer on big ones', async () => {
    const { autoIterations } = await import('../../src/view/layout.ts');
    expect(autoIterations(50, 100)).toBe(400);
    expect(autoIterations(5000, 20000)).toBeLessThan(100);
    expect(autoIterations(1e6, 4e6)).toBe(30);
  });

  it('counts the repulsion of every pair of nodes when Barnes-Hut is off', async () => {
    const { autoIterations } = await import('../../src/view/layout.ts');
    expect(autoIterations(1900, 4000)).toBeLessThan(100);
  });
});
