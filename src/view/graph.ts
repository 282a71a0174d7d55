// Explorer data → graphology graph: the one display graph that the CLI lays out and the page draws.
// Parallel relations between two entities are merged into one edge that carries all of them.

import Graph from 'graphology';
import { CLASS_COLORS, RELATIONS, RELATION_COLORS, type RelationType } from '../types.ts';
import type { ExplorerClaim, ExplorerData, NodeKind } from './types.ts';

export interface DisplayNode {
  kind: NodeKind;
  label: string;
  /** Entity class, or `Event` / `Claim`. */
  cls: string;
  color: string;
  size: number;
  x: number;
  y: number;
}

export type DisplayEdgeKind = 'relation' | 'role' | 'claimant' | 'about';

export interface DisplayEdge {
  kind: DisplayEdgeKind;
  /** Relation ids (`ExplorerRelation.id`) merged into this edge, in RELATIONS order. */
  relations: string[];
  /** Their predicates, in the same order. */
  predicates: RelationType[];
  /** Label of non-relation edges (agent, target, place, claims, about). */
  text: string;
  /** Whether the edge has one direction (drawn with an arrow). */
  directed: boolean;
  size: number;
  color: string;
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

export const EVENT_NODE_SIZE = 3.5;
export const CLAIM_NODE_SIZE = 3.5;
export const ROLE_EDGE_COLOR = '#c9ccd1';

/** Node size from its degree: grows with the square root so that hubs stand out without swallowing the view. */
export const entitySize = (degree: number): number => Math.min(22, 4 + 2.4 * Math.sqrt(degree));

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Builds the display graph: entities, events and claims as nodes; merged relations, roles and claim links as edges. */
export function buildDisplayGraph(data: ExplorerData): DisplayGraph {
  const graph: DisplayGraph = new Graph<DisplayNode, DisplayEdge>({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const e of data.entities) {
    graph.addNode(e.id, {
      kind: 'entity',
      label: displayLabel(e.label, e.altLabels),
      cls: e.cls,
      color: CLASS_COLORS[e.cls] ?? '#888888',
      size: entitySize(e.degree),
      x: e.x ?? 0,
      y: e.y ?? 0,
    });
  }
  for (const ev of data.events) {
    graph.addNode(ev.id, { kind: 'event', label: ev.label, cls: 'Event', color: CLASS_COLORS.Event, size: EVENT_NODE_SIZE, x: ev.x ?? 0, y: ev.y ?? 0 });
  }
  // Claim nodes name their claimant briefly: `CSP claims: …`.
  const labels = new Map(data.entities.map((e) => [e.id, displayLabel(e.label, e.altLabels, 16)]));
  for (const c of data.claims) {
    graph.addNode(c.id, { kind: 'claim', label: claimLabel(c, labels), cls: 'Claim', color: CLASS_COLORS.Claim, size: CLAIM_NODE_SIZE, x: c.x ?? 0, y: c.y ?? 0 });
  }

  // Relations: one edge per pair of entities, carrying every relation between them.
  const rank = (p: RelationType): number => RELATIONS.indexOf(p);
  const byPair = new Map<string, typeof data.relations>();
  for (const r of data.relations) {
    if (r.source === r.target || !graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    const k = pairKey(r.source, r.target);
    const list = byPair.get(k);
    if (list) list.push(r);
    else byPair.set(k, [r]);
  }
  for (const rels of byPair.values()) {
    rels.sort((a, b) => rank(a.predicate) - rank(b.predicate) || (a.id < b.id ? -1 : 1));
    const directed = rels.filter((r) => !r.symmetric);
    const head = directed[0] ?? rels[0]!;
    const oneWay = directed.length > 0 && directed.every((r) => r.source === head.source);
    const evidence = rels.reduce((n, r) => n + r.evidence.length, 0);
    graph.addDirectedEdgeWithKey(`r:${pairKey(head.source, head.target).replace('\u0000', '|')}`, head.source, head.target, {
      kind: 'relation',
      relations: rels.map((r) => r.id),
      predicates: rels.map((r) => r.predicate),
      text: '',
      directed: oneWay,
      size: Math.min(5, 1.2 + 0.6 * Math.log2(1 + evidence)),
      color: RELATION_COLORS[head.predicate],
    });
  }

  const link = (key: string, source: string, target: string, kind: DisplayEdgeKind, text: string): void => {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(key) || graph.hasEdge(source, target)) return;
    graph.addDirectedEdgeWithKey(key, source, target, { kind, relations: [], predicates: [], text, directed: false, size: 0.8, color: ROLE_EDGE_COLOR });
  };
  for (const ev of data.events) {
    for (const p of ev.participants) link(`e:${ev.id}|${p.entity}`, ev.id, p.entity, 'role', p.role);
    if (ev.place) link(`e:${ev.id}|${ev.place}`, ev.id, ev.place, 'role', 'place');
  }
  for (const c of data.claims) {
    if (c.claimant) link(`c:${c.id}|${c.claimant}`, c.claimant, c.id, 'claimant', 'claims');
    for (const a of c.about) link(`c:${c.id}|${a}`, c.id, a, 'about', 'about');
  }
  return graph;
}

const MAX_LABEL = 30;
const ACRONYM = /^[A-Z][A-Za-z0-9-]{1,9}$/;

/** Canvas label of an entity: its name, or its acronym when the name is long (MINUSMA), or the name cut short. */
export function displayLabel(label: string, altLabels: readonly string[], max = MAX_LABEL): string {
  if (label.length <= max) return label;
  return acronymOf(altLabels) ?? `${label.slice(0, max - 1).trimEnd()}…`;
}

/** The shortest alias that looks like an acronym (CSP rather than CSP-PSD), if any. */
function acronymOf(altLabels: readonly string[]): string | undefined {
  return altLabels.filter((a) => ACRONYM.test(a) && (a.match(/[A-Z]/g)?.length ?? 0) >= 2).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}

/** Short label of a claim node: `CSP claims: “…”`, cut to a readable length. */
export function claimLabel(c: ExplorerClaim, labels: ReadonlyMap<string, string>): string {
  const who = c.claimant ? (labels.get(c.claimant) ?? c.claimant) : 'Someone';
  const text = c.text.length > 48 ? `${c.text.slice(0, 47).trimEnd()}…` : c.text;
  return `${who} claims: “${text}”`;
}
