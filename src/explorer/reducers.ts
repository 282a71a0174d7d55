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
  /** Nodes and edges in focus (null when nothing is hovered or selected). */
  focusNodes: Set<string> | null;
  focusEdges: Set<string> | null;
  /** The node the focus is centred on, drawn highlighted. */
  centre: string | null;
}

export function computeView(graph: DisplayGraph, state: ExplorerState): View {
  const visibleNode = (n: string): boolean => graph.hasNode(n) && nodeVisible(graph.getNodeAttributes(n), state);
  const visibleEdge = (e: string): boolean => {
    const a = graph.getEdgeAttributes(e);
    if (a.kind === 'relation' && visiblePredicates(a, state).length === 0) return false;
    return visibleNode(graph.source(e)) && visibleNode(graph.target(e));
  };
  const selectedNode = state.selected?.kind === 'node' ? state.selected.id : null;
  const selectedEdge = state.selected?.kind === 'edge' ? state.selected.id : null;
  const centre = [state.hoveredNode, selectedNode].find((n): n is string => n !== null && visibleNode(n)) ?? null;
  if (centre !== null) {
    const focusNodes = new Set([centre]);
    const focusEdges = new Set<string>();
    graph.forEachEdge(centre, (e, _a, s, t) => {
      if (!visibleEdge(e)) return;
      focusEdges.add(e);
      focusNodes.add(s === centre ? t : s);
    });
    return { state, focusNodes, focusEdges, centre };
  }
  const edge = [state.hoveredEdge, selectedEdge].find((e): e is string => e !== null && graph.hasEdge(e) && visibleEdge(e)) ?? null;
  if (edge !== null) return { state, focusNodes: new Set(graph.extremities(edge)), focusEdges: new Set([edge]), centre: null };
  return { state, focusNodes: null, focusEdges: null, centre: null };
}

type NodeReducer = NonNullable<Settings<DisplayNode, DisplayEdge>['nodeReducer']>;
type EdgeReducer = NonNullable<Settings<DisplayNode, DisplayEdge>['edgeReducer']>;

/** Sigma reducers reading the current view through `get`, so one pair serves every state. */
export function makeReducers(graph: DisplayGraph, get: () => View): { nodeReducer: NodeReducer; edgeReducer: EdgeReducer } {
  const nodeReducer: NodeReducer = (node, attrs) => {
    const { state, focusNodes, centre } = get();
    if (!nodeVisible(attrs, state)) return { ...attrs, hidden: true };
    if (!focusNodes) return { ...attrs, zIndex: attrs.kind === 'entity' ? 1 : 0 };
    if (focusNodes.has(node)) return { ...attrs, forceLabel: true, highlighted: node === centre, zIndex: node === centre ? 3 : 2 };
    return { ...attrs, color: FADED_NODE, label: null, zIndex: 0 };
  };
  const edgeReducer: EdgeReducer = (edge, attrs) => {
    const { state, focusEdges } = get();
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
    if (!focusEdges) return { size: attrs.size, color, type, label: null, zIndex: attrs.kind === 'relation' ? 1 : 0 };
    if (focusEdges.has(edge)) return { size: attrs.size + 1, color, type, label, forceLabel: true, zIndex: 2 };
    return { size: attrs.size, color: FADED_EDGE, type, label: null, zIndex: 0 };
  };
  return { nodeReducer, edgeReducer };
}
