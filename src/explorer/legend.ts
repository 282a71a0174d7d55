// The legend, which is also the filter panel: a colour, a checkbox and a count per class and per relation type.

import { CLASS_COLORS, ENTITY_CLASSES, RELATIONS, RELATION_COLORS, type RelationType } from '../types.ts';
import { append, h, humanize, swatch } from './dom.ts';
import type { Model } from './model.ts';
import type { ExplorerState, Store } from './state.ts';

interface Row {
  input: HTMLInputElement;
  checked: (s: ExplorerState) => boolean;
}

function row(id: string, color: string, shape: 'dot' | 'line', name: string, count: number, onChange: (checked: boolean) => void): { el: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'checkbox', id });
  input.checked = true;
  input.addEventListener('change', () => onChange(input.checked));
  const el = h('label', { className: 'legend-row', attrs: { for: id } }, input, swatch(color, shape), h('span', { className: 'legend-name' }, name), h('span', { className: 'count' }, String(count)));
  return { el, input };
}

/** Builds the legend into `container`; returns a function that syncs the checkboxes with a state. */
export function renderLegend(container: HTMLElement, model: Model, store: Store): (state: ExplorerState) => void {
  const rows: Row[] = [];
  const toggle = <T>(set: ReadonlySet<T>, item: T, visible: boolean): Set<T> => {
    const next = new Set(set);
    if (visible) next.delete(item);
    else next.add(item);
    return next;
  };

  const classCounts = new Map<string, number>();
  for (const e of model.data.entities) classCounts.set(e.cls, (classCounts.get(e.cls) ?? 0) + 1);
  const classes = h('section', { className: 'legend-group' }, h('h2', null, 'Entities'));
  for (const cls of ENTITY_CLASSES) {
    const n = classCounts.get(cls);
    if (!n) continue;
    const r = row(`filter-class-${cls}`, CLASS_COLORS[cls], 'dot', humanize(cls), n, (on) => store.set({ hiddenClasses: toggle(store.state.hiddenClasses, cls, on) }));
    rows.push({ input: r.input, checked: (s) => !s.hiddenClasses.has(cls) });
    append(classes, r.el);
  }

  const relCounts = new Map<RelationType, number>();
  for (const r of model.data.relations) relCounts.set(r.predicate, (relCounts.get(r.predicate) ?? 0) + 1);
  const relations = h('section', { className: 'legend-group' }, h('h2', null, 'Relations'));
  for (const p of RELATIONS) {
    const n = relCounts.get(p);
    if (!n) continue;
    const r = row(`filter-rel-${p}`, RELATION_COLORS[p], 'line', p, n, (on) => store.set({ hiddenRelations: toggle(store.state.hiddenRelations, p, on) }));
    rows.push({ input: r.input, checked: (s) => !s.hiddenRelations.has(p) });
    append(relations, r.el);
  }
  if (!relCounts.size) append(relations, h('p', { className: 'muted small' }, 'No relation in this graph.'));

  const more = h('section', { className: 'legend-group' }, h('h2', null, 'Also show'));
  const ev = row('toggle-events', CLASS_COLORS.Event, 'dot', 'Events', model.data.events.length, (on) => store.set({ showEvents: on }));
  rows.push({ input: ev.input, checked: (s) => s.showEvents });
  const cl = row('toggle-claims', CLASS_COLORS.Claim, 'dot', 'Claims', model.data.claims.length, (on) => store.set({ showClaims: on }));
  rows.push({ input: cl.input, checked: (s) => s.showClaims });
  append(more, ev.el, cl.el);

  const help = h(
    'section',
    { className: 'legend-group help' },
    h('h2', null, 'How to'),
    h('p', null, 'Hover a node to see its neighbours; click a node or an edge to read the sentences behind it. Esc clears.'),
  );
  append(container, classes, relations, more, help);
  return (state) => {
    for (const r of rows) r.input.checked = r.checked(state);
  };
}
