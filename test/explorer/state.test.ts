import { describe, expect, it, vi } from 'vitest';
import { INITIAL_STATE, Store, stateFromHash, stateToHash, type ExplorerState } from '../../src/explorer/state.ts';

describe('stateToHash / stateFromHash', () => {
  it('round-trips the shareable state', () => {
    const state: ExplorerState = {
      ...INITIAL_STATE,
      selected: { kind: 'node', id: 'claim:9f3e' },
      hiddenClasses: new Set(['Region', 'Country']),
      hiddenRelations: new Set(['near']),
      showEvents: false,
      search: 'Anéfis & co',
    };
    const hash = stateToHash(state);
    expect(hash).toBe('#node=claim%3A9f3e&hide=Country%2CRegion&rel=near&events=0&q=An%C3%A9fis+%26+co');
    expect(stateToHash(stateFromHash(hash))).toBe(hash);
    expect(stateFromHash(hash).search).toBe('Anéfis & co');
  });

  it('leaves the hash empty for the initial state', () => {
    expect(stateToHash(INITIAL_STATE)).toBe('');
  });

  it('ignores unknown relation types and keeps transient fields', () => {
    const s = stateFromHash('#rel=near,bogus&edge=r:a|b', { ...INITIAL_STATE, hoveredNode: 'x' });
    expect([...s.hiddenRelations]).toEqual(['near']);
    expect(s.selected).toEqual({ kind: 'edge', id: 'r:a|b' });
    expect(s.hoveredNode).toBe('x');
  });
});

describe('Store', () => {
  it('notifies listeners with the new and previous state, only on change', () => {
    const store = new Store(INITIAL_STATE);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ search: '' });
    expect(listener).not.toHaveBeenCalled();
    store.set({ search: 'kidal' });
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ search: 'kidal' }), INITIAL_STATE);
  });
});
