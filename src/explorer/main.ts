// Entry of the explorer page: loads graph-data.json, draws it with sigma, and wires the controls to one state.

import Sigma from 'sigma';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { buildDisplayGraph, type DisplayEdge, type DisplayGraph, type DisplayNode } from '../view/graph.ts';
import { EXPLORER_DATA_VERSION, type ExplorerData } from '../view/types.ts';
import { CLASS_COLORS, type EntityClass } from '../types.ts';
import { byId, h, humanize, swatch } from './dom.ts';
import { renderDetails } from './details.ts';
import { download, viewToPng } from './export.ts';
import { renderLegend } from './legend.ts';
import { buildModel, type Model } from './model.ts';
import { computeView, focusChanges, makeReducers, nodeVisible, type View } from './reducers.ts';
import { buildSearchIndex, searchEntities, type SearchHit } from './search.ts';
import { INITIAL_STATE, Store, stateFromHash, stateToHash, type ExplorerState } from './state.ts';

/** Handle for scripts, tests and the benchmark: read-only views of what the page holds. */
export interface ExplorerHandle {
  renderer: Sigma<DisplayNode, DisplayEdge>;
  graph: DisplayGraph;
  model: Model;
  store: Store;
  timings: Record<string, number>;
  selectNode(id: string): void;
  exportPng(): Promise<Blob>;
}

declare global {
  interface Window {
    kgExplorer?: ExplorerHandle;
  }
}

const DATA_URL = 'graph-data.json';
const timings: Record<string, number> = {};
const mark = (name: string): void => {
  timings[name] = Math.round(performance.now());
};

async function loadData(): Promise<ExplorerData> {
  const res = await fetch(DATA_URL, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`could not load ${DATA_URL} (HTTP ${res.status}); run \`kg build\` and open the page through \`kg serve\``);
  const data = (await res.json()) as ExplorerData;
  if (data?.version !== EXPLORER_DATA_VERSION) throw new Error(`${DATA_URL} has version ${String(data?.version)}, this page reads version ${EXPLORER_DATA_VERSION}; rebuild with \`kg build\``);
  return data;
}

async function main(): Promise<void> {
  mark('start');
  const data = await loadData();
  mark('dataLoaded');
  const model = buildModel(data);
  const graph = buildDisplayGraph(data);
  mark('graphBuilt');

  const stage = byId('stage');
  const status = byId('status');
  const store = new Store(stateFromHash(location.hash, INITIAL_STATE));
  const big = graph.order + graph.size > 8000;
  const viewOptions = { fadeOnHover: !big };
  let view: View = computeView(graph, store.state, viewOptions);
  const { nodeReducer, edgeReducer } = makeReducers(graph, () => view);

  status.remove();
  const renderer = new Sigma<DisplayNode, DisplayEdge>(graph, stage, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: 'line',
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2328' },
    edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#4b5563' },
    // Small graphs show every label; big ones keep one per grid cell so they never turn to mush.
    labelDensity: graph.order < 300 ? 1 : 0.25,
    labelGridCellSize: graph.order < 300 ? 40 : 90,
    labelRenderedSizeThreshold: 4,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 70,
  });
  mark('sigmaCreated');
  const camera = renderer.getCamera();
  new ResizeObserver(() => renderer.scheduleRender()).observe(stage);

  /* ------------------------------------------------------------ selection and camera */
  const focusCamera = (id: string, animate = true): void => {
    const d = renderer.getNodeDisplayData(id);
    if (!d) return;
    const target = { x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.55) };
    if (animate) void camera.animate(target, { duration: 600, easing: 'quadraticInOut' });
    else camera.setState(target);
  };
  /** Selects a node, showing it first if a filter hides it, and moves the camera to it. */
  const selectNode = (id: string): void => {
    if (!graph.hasNode(id)) return;
    const attrs = graph.getNodeAttributes(id);
    const patch: Partial<ExplorerState> = { selected: { kind: 'node', id } };
    if (!nodeVisible(attrs, store.state)) {
      if (attrs.kind === 'event') patch.showEvents = true;
      else if (attrs.kind === 'claim') patch.showClaims = true;
      else patch.hiddenClasses = new Set([...store.state.hiddenClasses].filter((c) => c !== attrs.cls));
    }
    store.set(patch);
    focusCamera(id);
  };
  const clearAll = (): void => {
    searchInput.value = '';
    closeSuggestions();
    store.set({ selected: null, hoveredNode: null, hoveredEdge: null, search: '' });
  };

  /* ------------------------------------------------------------ render on every state change */
  const details = byId('details');
  const detailsActions = { selectNode, close: () => store.set({ selected: null }) };
  const syncLegend = renderLegend(byId('legend'), model, store);
  const layoutButton = byId<HTMLButtonElement>('layout');
  const writeHash = (s: ExplorerState): void => {
    const hash = stateToHash(s);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  };
  const render = (s: ExplorerState, prev: ExplorerState | null): void => {
    const before = view;
    view = computeView(graph, s, viewOptions);
    const filtersChanged = !prev || s.hiddenClasses !== prev.hiddenClasses || s.hiddenRelations !== prev.hiddenRelations || s.showEvents !== prev.showEvents || s.showClaims !== prev.showClaims;
    // The panel first: opening it narrows the stage, and sigma measures the stage when it renders.
    if (!prev || s.selected !== prev.selected) renderDetails(details, model, graph, s.selected, detailsActions);
    // Redraw as little as the change needs: everything when filters or fading change, else only the focus.
    if (filtersChanged) renderer.refresh();
    else if (view.fadeKey !== before.fadeKey) renderer.refresh({ skipIndexation: true });
    else if (view.focusNodes !== before.focusNodes || view.focusEdges !== before.focusEdges) renderer.refresh({ partialGraph: focusChanges(before, view), skipIndexation: true });
    if (filtersChanged) syncLegend(s);
    layoutButton.textContent = s.layoutRunning ? 'Stop layout' : 'Start layout';
    layoutButton.setAttribute('aria-pressed', String(s.layoutRunning));
    writeHash(s);
  };
  store.subscribe(render);

  /* ------------------------------------------------------------ sigma events */
  renderer.on('enterNode', ({ node }) => store.set({ hoveredNode: node }));
  renderer.on('leaveNode', () => store.set({ hoveredNode: null }));
  renderer.on('enterEdge', ({ edge }) => store.set({ hoveredEdge: edge }));
  renderer.on('leaveEdge', () => store.set({ hoveredEdge: null }));
  renderer.on('clickNode', ({ node }) => store.set({ selected: { kind: 'node', id: node } }));
  renderer.on('clickEdge', ({ edge }) => store.set({ selected: { kind: 'edge', id: edge } }));
  renderer.on('clickStage', () => store.set({ selected: null }));

  /* ------------------------------------------------------------ search with autocomplete */
  const searchInput = byId<HTMLInputElement>('search');
  const suggestions = byId<HTMLUListElement>('suggestions');
  const index = buildSearchIndex(data.entities);
  let hits: SearchHit[] = [];
  let active = -1;
  const closeSuggestions = (): void => {
    suggestions.hidden = true;
    suggestions.replaceChildren();
    searchInput.setAttribute('aria-expanded', 'false');
    searchInput.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (hit: SearchHit): void => {
    searchInput.value = hit.label;
    closeSuggestions();
    store.set({ search: hit.label });
    selectNode(hit.id);
  };
  const showSuggestions = (): void => {
    hits = searchEntities(index, searchInput.value, 10);
    suggestions.replaceChildren();
    active = hits.length ? 0 : -1;
    if (!searchInput.value.trim()) return closeSuggestions();
    if (!hits.length) suggestions.append(h('li', { className: 'empty' }, 'No entity by that name'));
    hits.forEach((hit, i) => {
      const hidden = !nodeVisible(graph.getNodeAttributes(hit.id), store.state);
      const li = h(
        'li',
        { role: 'option', id: `suggestion-${i}`, attrs: { 'aria-selected': String(i === active) } },
        swatch(CLASS_COLORS[hit.cls as EntityClass] ?? '#888'),
        h('span', { className: 'sugg-label' }, hit.label),
        hit.alias ? h('span', { className: 'sugg-alias' }, `“${hit.alias}”`) : null,
        h('span', { className: 'sugg-class' }, hidden ? `${humanize(hit.cls)} · hidden` : humanize(hit.cls)),
      );
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(hit);
      });
      suggestions.append(li);
    });
    suggestions.hidden = false;
    searchInput.setAttribute('aria-expanded', 'true');
    if (active >= 0) searchInput.setAttribute('aria-activedescendant', `suggestion-${active}`);
  };
  const moveActive = (delta: number): void => {
    if (!hits.length) return;
    active = (active + delta + hits.length) % hits.length;
    suggestions.querySelectorAll('li[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    searchInput.setAttribute('aria-activedescendant', `suggestion-${active}`);
  };
  searchInput.value = store.state.search;
  searchInput.addEventListener('input', () => {
    store.set({ search: searchInput.value });
    showSuggestions();
  });
  searchInput.addEventListener('focus', () => {
    if (searchInput.value.trim()) showSuggestions();
  });
  searchInput.addEventListener('blur', () => closeSuggestions());
  searchInput.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') moveActive(1);
    else if (ev.key === 'ArrowUp') moveActive(-1);
    else if (ev.key === 'Enter') {
      if (suggestions.hidden) showSuggestions();
      const hit = hits[Math.max(active, 0)];
      if (hit) pick(hit);
    } else if (ev.key === 'Escape') {
      clearAll();
      searchInput.blur();
    } else return;
    ev.preventDefault();
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && ev.target !== searchInput) clearAll();
    else if (ev.key === '/' && document.activeElement !== searchInput) {
      ev.preventDefault();
      searchInput.focus();
    }
  });

  /* ------------------------------------------------------------ toolbar */
  let fa2: FA2Layout<DisplayNode, DisplayEdge> | null = null;
  layoutButton.addEventListener('click', () => {
    fa2 ??= new FA2Layout<DisplayNode, DisplayEdge>(graph, { settings: forceAtlas2.inferSettings(graph), getEdgeWeight: null });
    if (fa2.isRunning()) fa2.stop();
    else fa2.start();
    store.set({ layoutRunning: fa2.isRunning() });
  });
  byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 300 }));
  byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 300 }));
  byId('zoom-fit').addEventListener('click', () => void camera.animatedReset({ duration: 400 }));
  const exportPng = (): Promise<Blob> => viewToPng(renderer);
  byId('export').addEventListener('click', () => {
    exportPng().then(
      (blob) => download(blob, 'knowledge-graph.png'),
      (err: unknown) => console.error(err),
    );
  });

  /* ------------------------------------------------------------ shared links */
  window.addEventListener('hashchange', () => {
    const next = stateFromHash(location.hash, store.state);
    if (stateToHash(next) === stateToHash(store.state)) return;
    searchInput.value = next.search;
    store.set(next);
    if (next.selected?.kind === 'node') focusCamera(next.selected.id);
  });

  render(store.state, null);
  if (store.state.selected?.kind === 'node') focusCamera(store.state.selected.id, false);
  window.kgExplorer = { renderer, graph, model, store, timings, selectNode, exportPng };
  requestAnimationFrame(() => {
    mark('firstFrame');
    document.documentElement.dataset.state = 'ready';
  });
}

main().catch((err: unknown) => {
  const status = document.getElementById('status') ?? document.body.appendChild(document.createElement('p'));
  status.className = 'status error';
  status.textContent = `The explorer could not start: ${err instanceof Error ? err.message : String(err)}`;
  document.documentElement.dataset.state = 'error';
});
