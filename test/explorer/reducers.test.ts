import { describe, expect, it } from 'vitest';
import { computeView, focusChanges, makeReducers, nodeVisible } from '../../src/explorer/reducers.ts';
import { INITIAL_STATE, type ExplorerState } from '../../src/explorer/state.ts';
import { graphDataFromQuads } from '../../src/view/data.ts';
import { buildDisplayGraph } from '../../src/view/graph.ts';
import { miniQuads } from '../view/helpers.ts';

const graph = buildDisplayGraph(graphDataFromQuads(miniQuads()));
const state = (patch: Partial<ExplorerState>): ExplorerState => ({ ...INITIAL_STATE, ...patch });

describe('computeView', () => {
  it('focuses a hovered node and its visible neighbours', () => {
    const v = computeView(graph, state({ hoveredNode: 'wagner' }));
    expect([...v.focusNodes!].sort()).toEqual(['claim:c1', 'csp', 'mali-junta', 'wagner']);
    expect(v.keepNodes).toBe(v.focusNodes);
    expect(v.centre).toBe('wagner');
  });

  it('leaves hidden neighbours out of the focus', () => {
    const v = computeView(graph, state({ hoveredNode: 'wagner', showClaims: false, hiddenClasses: new Set(['Government']) }));
    expect([...v.focusNodes!].sort()).toEqual(['csp', 'wagner']);
  });

  it('on big graphs, fades only for the selection and emphasises the hover', () => {
    const v = computeView(graph, state({ hoveredNode: 'kidal', selected: { kind: 'node', id: 'wagner' } }), { fadeOnHover: false });
    expect(v.keepNodes!.has('kidal')).toBe(false);
    expect(v.focusNodes!.has('kidal')).toBe(true);
    expect(v.focusNodes!.has('wagner')).toBe(true);
    const unhovered = computeView(graph, state({ selected: { kind: 'node', id: 'wagner' } }), { fadeOnHover: false });
    expect(unhovered.fadeKey).toBe(v.fadeKey);
    expect(focusChanges(v, unhovered).nodes).toEqual(expect.arrayContaining(['kidal', 'minusma']));
  });
});

describe('makeReducers', () => {
  it('hides filtered nodes and edges, fades the rest around a focus, and labels focused edges', () => {
    let view = computeView(graph, state({ hiddenClasses: new Set(['Settlement']) }));
    const { nodeReducer, edgeReducer } = makeReducers(graph, () => view);
    expect(nodeReducer('kidal', graph.getNodeAttributes('kidal')).hidden).toBe(true);
    expect(edgeReducer(graph.edge('fama', 'kidal')!, graph.getEdgeAttributes(graph.edge('fama', 'kidal')!)).hidden).toBe(true);
    view = computeView(graph, state({ hoveredNode: 'wagner' }));
    expect(nodeReducer('kidal', graph.getNodeAttributes('kidal')).label).toBeNull();
    const e = graph.edge('mali-junta', 'wagner')!;
    expect(edgeReducer(e, graph.getEdgeAttributes(e))).toMatchObject({ label: 'supports', type: 'arrow', forceLabel: true });
  });

  it('hides a relation edge when all its relation types are filtered out', () => {
    const e = graph.edge('fama', 'kidal')!;
    const view = computeView(graph, state({ hiddenRelations: new Set(['near']) }));
    const { edgeReducer } = makeReducers(graph, () => view);
    expect(edgeReducer(e, graph.getEdgeAttributes(e)).hidden).toBeFalsy();
    const both = computeView(graph, state({ hiddenRelations: new Set(['near', 'captured']) }));
    expect(makeReducers(graph, () => both).edgeReducer(e, graph.getEdgeAttributes(e)).hidden).toBe(true);
  });

  it('reads events and claims toggles', () => {
    expect(nodeVisible(graph.getNodeAttributes('ev:e1'), state({ showEvents: false }))).toBe(false);
    expect(nodeVisible(graph.getNodeAttributes('claim:c1'), state({ showEvents: false }))).toBe(true);
  });
});
