// What sigma draws, derived from the display graph and the explorer state: visibility from the filters,
// emphasis from the focus (hovered or selected node or edge). Nothing here changes the graph.

import type { Settings } from 'sigma/settings';
import type { DisplayEdge, DisplayGraph, DisplayNode } from '../view/graph.ts';
import { RELATION_COLORS } from '../types.ts';
import type { ExplorerState } from './state.ts';

const FADED_NODE = '#e3e6ea';
const FADED_EDGE = '#eef0f2';

/** Whether a node passes the filters. */
export function nodeVisible(attrs: DisplayNode, state: ExplorerState): boolean {
  if (attrs.kind === 'event') return state.showEvents;
  if (attrs.kind === 'claim') return state.showClaims;
  return !state.hiddenClasses.has(attrs.cls);
}

/** Predicates of a relation edge that pass the filters, in RELATIONS order. */
export const visiblePredicates = (attrs: DisplayEdge, state: ExplorerState): DisplayEdge['predicates'] =>
  attrs.predicates.filter((p) => !state.hiddenRelations.has(p));

/** Derived once per state change, read by the reducers for every node and edge. */
export interface View {
  state: ExplorerState;
  /** Nodes and edges that stay in colour while the rest fades (null: nothing fades). */
  keepNodes: Set<string> | null;
  keepEdges: Set<string> | null;
  /** Nodes and edges in focus: labelled, on top, never faded. */
  focusNodes: Set<string> | null;
  focusEdges: Set<string> | null;
  /** The node the focus is centred on, drawn highlighted. */
  centre: string | null;
  /** What the fading depends on: when it changes every item must be redrawn, otherwise only the focus. */
  fadeKey: string;
}

export interface ViewOptions {
  /**
   * Fade the rest of the graph on hover too (not only on selection). Fading touches every node and
   * edge, so on big graphs it is kept for deliberate selections, and hover only emphasises.
   */
  fadeOnHover: boolean;
}

interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

export function computeView(graph: DisplayGraph, state: ExplorerState, options: ViewOptions = { fadeOnHover: true }): View {
  const visibleNode = (n: string): boolean => graph.hasNode(n) && nodeVisible(graph.getNodeAttributes(n), state);
  const visibleEdge = (e: string): boolean => {
    const a = graph.getEdgeAttributes(e);
    if (a.kind === 'relation' && visiblePredicates(a, state).length === 0) return false;
    return visibleNode(graph.source(e)) && visibleNode(graph.target(e));
  };
  const nodeFocus = (centre: string | null): Focus | null => {
    if (centre === null || !visibleNode(centre)) return null;
    const f: Focus = { nodes: new Set([centre]), edges: new Set() };
    graph.forEachEdge(centre, (e, _a, s, t) => {
      if (!visibleEdge(e)) return;
      f.edges.add(e);
      f.nodes.add(s === centre ? t : s);
    });
    return f;
  };
  const edgeFocus = (edge: string | null): Focus | null =>
    edge !== null && graph.hasEdge(edge) && visibleEdge(edge) ? { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) } : null;

  const selectedNode = state.selected?.kind === 'node' ? state.selected.id : null;
  const selectedEdge = state.selected?.kind === 'edge' ? state.selected.id : null;
  const hover = nodeFocus(state.hoveredNode) ?? edgeFocus(state.hoveredEdge);
  const selection = nodeFocus(selectedNode) ?? edgeFocus(selectedEdge);
  const centre = [state.hoveredNode, selectedNode].find((n): n is string => n !== null && visibleNode(n)) ?? null;
  const primary = hover ?? selection;
  const keep = options.fadeOnHover ? primary : selection;
  // With hover fading, the hovered neighbourhood replaces the selection's; without, both stay emphasised.
  const focus = options.fadeOnHover || !hover || !selection ? primary : { nodes: new Set([...selection.nodes, ...hover.nodes]), edges: new Set([...selection.edges, ...hover.edges]) };
  const keyOf = (f: Focus | null, id: string | null): string => (f ? `${id}` : '');
  const fadeKey = options.fadeOnHover
    ? keyOf(primary, hover ? (state.hoveredNode ?? `e:${state.hoveredEdge}`) : (selectedNode ?? `e:${selectedEdge}`))
    : keyOf(selection, selectedNode ?? `e:${selectedEdge}`);
  return {
    state,
    keepNodes: keep?.nodes ?? null,
    keepEdges: keep?.edges ?? null,
    focusNodes: focus?.nodes ?? null,
    focusEdges: focus?.edges ?? null,
    centre,
    fadeKey,
  };
}

/** Nodes and edges whose look differs between two views with the same fading: the two focus sets. */
export function focusChanges(prev: View, next: View): { nodes: string[]; edges: string[] } {
  const nodes = new Set([...(prev.focusNodes ?? []), ...(next.focusNodes ?? [])]);
  const edges = new Set([...(prev.focusEdges ?? []), ...(next.focusEdges ?? [])]);
  if (prev.centre) nodes.add(prev.centre);
  if (next.centre) nodes.add(next.centre);
  return { nodes: [...nodes], edges: [...edges] };
}

type NodeReducer = NonNullable<Settings<DisplayNode, DisplayEdge>['nodeReducer']>;
type EdgeReducer = NonNullable<Settings<DisplayNode, DisplayEdge>['edgeReducer']>;

/** Sigma reducers reading the current view through `get`, so one pair serves every state. */
export function makeReducers(graph: DisplayGraph, get: () => View): { nodeReducer: NodeReducer; edgeReducer: EdgeReducer } {
  const nodeReducer: NodeReducer = (node, attrs) => {
    const { state, keepNodes, focusNodes, centre } = get();
    if (!nodeVisible(attrs, state)) return { ...attrs, hidden: true };
    if (focusNodes?.has(node)) return { ...attrs, forceLabel: true, highlighted: node === centre, zIndex: node === centre ? 3 : 2 };
    if (keepNodes && !keepNodes.has(node)) return { ...attrs, color: FADED_NODE, label: null, zIndex: 0 };
    return { ...attrs, zIndex: attrs.kind === 'entity' ? 1 : 0 };
  };
  const edgeReducer: EdgeReducer = (edge, attrs) => {
    const { state, keepEdges, focusEdges } = get();
    const ends = graph.extremities(edge);
    if (!nodeVisible(graph.getNodeAttributes(ends[0]), state) || !nodeVisible(graph.getNodeAttributes(ends[1]), state)) return { hidden: true };
    const type = attrs.directed ? 'arrow' : 'line';
    let color = attrs.color;
    let label: string | null = attrs.text || null;
    if (attrs.kind === 'relation') {
      const preds = visiblePredicates(attrs, state);
      if (preds.length === 0) return { hidden: true };
      color = RELATION_COLORS[preds[0]!];
      label = preds.join(' · ');
    }
    if (focusEdges?.has(edge)) return { size: attrs.size + 1, color, type, label, forceLabel: true, zIndex: 2 };
    if (keepEdges && !keepEdges.has(edge)) return { size: attrs.size, color: FADED_EDGE, type, label: null, zIndex: 0 };
    return { size: attrs.size, color, type, label: null, zIndex: attrs.kind === 'relation' ? 1 : 0 };
  };
  return { nodeReducer, edgeReducer };
}
