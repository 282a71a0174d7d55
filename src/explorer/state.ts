// The explorer's one state object (hover, selection, filters, search), and its mirror in the URL hash.
// Graph data never lives here: the reducers read this state and the graph, and derive what to draw.

import { RELATIONS, type RelationType } from '../types.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface ExplorerState {
  hoveredNode: string | null;
  hoveredEdge: string | null;
  selected: Selection;
  /** Entity classes hidden by the legend's checkboxes. */
  hiddenClasses: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<RelationType>;
  showEvents: boolean;
  showClaims: boolean;
  /** Text of the search box. */
  search: string;
  layoutRunning: boolean;
}

export const INITIAL_STATE: ExplorerState = {
  hoveredNode: null,
  hoveredEdge: null,
  selected: null,
  hiddenClasses: new Set(),
  hiddenRelations: new Set(),
  showEvents: true,
  showClaims: true,
  search: '',
  layoutRunning: false,
};

const splitList = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

/** The shareable part of the state as a URL hash (`#node=fama&hide=Country&rel=near&events=0&q=kidal`), keys in a fixed order. */
export function stateToHash(state: ExplorerState): string {
  const p = new URLSearchParams();
  if (state.selected?.kind === 'node') p.set('node', state.selected.id);
  if (state.selected?.kind === 'edge') p.set('edge', state.selected.id);
  if (state.hiddenClasses.size) p.set('hide', [...state.hiddenClasses].sort().join(','));
  if (state.hiddenRelations.size) p.set('rel', [...state.hiddenRelations].sort().join(','));
  if (!state.showEvents) p.set('events', '0');
  if (!state.showClaims) p.set('claims', '0');
  if (state.search) p.set('q', state.search);
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Reads a hash written by `stateToHash` over `base`; unknown values are ignored, transient fields kept from `base`. */
export function stateFromHash(hash: string, base: ExplorerState = INITIAL_STATE): ExplorerState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const node = p.get('node');
  const edge = p.get('edge');
  const relations = new Set<string>(RELATIONS);
  return {
    ...base,
    selected: node ? { kind: 'node', id: node } : edge ? { kind: 'edge', id: edge } : null,
    hiddenClasses: new Set(splitList(p.get('hide'))),
    hiddenRelations: new Set(splitList(p.get('rel')).filter((r): r is RelationType => relations.has(r))),
    showEvents: p.get('events') !== '0',
    showClaims: p.get('claims') !== '0',
    search: p.get('q') ?? '',
  };
}

/** A minimal store: `set` merges a patch, then every listener gets the new and the previous state. */
export class Store {
  #state: ExplorerState;
  #listeners: ((state: ExplorerState, prev: ExplorerState) => void)[] = [];

  constructor(initial: ExplorerState) {
    this.#state = initial;
  }

  get state(): ExplorerState {
    return this.#state;
  }

  set(patch: Partial<ExplorerState>): void {
    const prev = this.#state;
    const next = { ...prev, ...patch };
    if ((Object.keys(patch) as (keyof ExplorerState)[]).every((k) => prev[k] === next[k])) return;
    this.#state = next;
    for (const l of this.#listeners) l(next, prev);
  }

  subscribe(listener: (state: ExplorerState, prev: ExplorerState) => void): void {
    this.#listeners.push(listener);
  }
}
