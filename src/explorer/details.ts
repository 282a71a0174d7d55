// The details panel: what the graph says about the selected node or edge, and the sentences behind it.
// Everything from articles goes through text nodes (dom.ts), never through innerHTML.

import { CLASS_COLORS, RELATIONS, RELATION_COLORS, type EntityClass } from '../types.ts';
import type { DisplayGraph } from '../view/graph.ts';
import type { ExplorerClaim, ExplorerEvent, ExplorerEvidence, ExplorerRelation } from '../view/types.ts';
import { append, h, humanize, swatch } from './dom.ts';
import { labelOf, type Model } from './model.ts';
import type { Selection } from './state.ts';

export interface DetailsActions {
  selectNode(id: string): void;
  close(): void;
}

/** How many evidence sentences are shown before a "show more" button. */
const EVIDENCE_SHOWN = 3;

const classColor = (cls: string): string => CLASS_COLORS[cls as EntityClass] ?? CLASS_COLORS.Event;

/** Renders the panel for `selection` into `panel` (emptied first); hides it when nothing is selected. */
export function renderDetails(panel: HTMLElement, model: Model, graph: DisplayGraph, selection: Selection, actions: DetailsActions): void {
  panel.replaceChildren();
  const content = selection ? detailsContent(model, graph, selection, actions) : null;
  panel.hidden = content === null;
  document.body.classList.toggle('with-details', content !== null);
  if (!content) return;
  const close = h('button', { className: 'close', type: 'button', title: 'Close (Esc)', attrs: { 'aria-label': 'Close details' }, onClick: () => actions.close() }, '×');
  append(panel, close, content);
  panel.scrollTop = 0;
}

function detailsContent(model: Model, graph: DisplayGraph, selection: NonNullable<Selection>, actions: DetailsActions): HTMLElement | null {
  if (selection.kind === 'edge') {
    if (!graph.hasEdge(selection.id)) return null;
    const attrs = graph.getEdgeAttributes(selection.id);
    const [s, t] = graph.extremities(selection.id);
    const rels = attrs.relations.map((id) => model.relations.get(id)).filter((r): r is ExplorerRelation => r !== undefined);
    return h(
      'div',
      { className: 'details-body' },
      chip(attrs.kind === 'relation' ? 'Relation' : 'Link', '#8a8f98'),
      h('h2', null, nodeLabel(model, graph, s), ' — ', nodeLabel(model, graph, t)),
      rels.length
        ? section(`Relations (${rels.length})`, ...rels.map((r) => relationItem(model, r, null, actions)))
        : h('p', { className: 'muted' }, attrs.text ? `${nodeLabel(model, graph, s)} → ${attrs.text} → ${nodeLabel(model, graph, t)}` : ''),
    );
  }
  const id = selection.id;
  const entity = model.entities.get(id);
  if (entity) return entityDetails(model, id, actions);
  const event = model.events.get(id);
  if (event) return h('div', { className: 'details-body' }, chip(`Event · ${event.cls}`, CLASS_COLORS.Event), h('h2', null, event.label), eventBody(model, event, null, actions));
  const claim = model.claims.get(id);
  if (claim) return claimDetails(model, claim, actions);
  return null;
}

function nodeLabel(model: Model, graph: DisplayGraph, id: string): string {
  return model.entities.get(id)?.label ?? (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
}

function chip(text: string, color: string): HTMLElement {
  return h('p', { className: 'chip' }, swatch(color), text);
}

function section(title: string, ...items: (Node | null)[]): HTMLElement {
  return h('section', { className: 'group' }, h('h3', null, title), ...items);
}

function entityLink(model: Model, id: string | undefined, actions: DetailsActions, current: string | null = null): Node {
  if (id === undefined) return document.createTextNode('someone');
  const label = labelOf(model, id);
  if (id === current || !model.entities.has(id)) return h('strong', null, label);
  return h('button', { className: 'link', type: 'button', title: `Show ${label}`, onClick: () => actions.selectNode(id) }, label);
}

function entityDetails(model: Model, id: string, actions: DetailsActions): HTMLElement {
  const e = model.entities.get(id)!;
  const body = h('div', { className: 'details-body' }, chip(humanize(e.cls), classColor(e.cls)), h('h2', null, e.label));
  if (e.altLabels.length) append(body, h('p', { className: 'aliases' }, h('span', { className: 'muted' }, 'Also called: '), e.altLabels.join(' · ')));
  if (e.docs.length) append(body, h('p', { className: 'muted small' }, `In ${e.docs.length} article${e.docs.length > 1 ? 's' : ''}: `, ...joinNodes(e.docs.map((d) => docRef(model, d)))));

  const rels = model.relationsOf.get(id) ?? [];
  if (rels.length) {
    const groups = RELATIONS.map((p) => ({ p, list: rels.filter((r) => r.predicate === p) })).filter((g) => g.list.length);
    const sec = section(`Relations (${rels.length})`);
    for (const g of groups) {
      g.list.sort((a, b) => labelOf(model, other(a, id)).localeCompare(labelOf(model, other(b, id))));
      append(sec, h('h4', { className: 'predicate' }, swatch(RELATION_COLORS[g.p], 'line'), `${g.p} (${g.list.length})`), ...g.list.map((r) => relationItem(model, r, id, actions)));
    }
    append(body, sec);
  }

  const events = model.eventsOf.get(id) ?? [];
  if (events.length) {
    const sorted = [...events].sort((a, b) => (a.event.date ?? '').localeCompare(b.event.date ?? '') || a.event.label.localeCompare(b.event.label));
    append(
      body,
      section(
        `Events (${events.length})`,
        ...sorted.map(({ event, role }) =>
          h(
            'div',
            { className: 'item' },
            h('p', { className: 'item-head' }, h('button', { className: 'link', type: 'button', onClick: () => actions.selectNode(event.id) }, event.label), h('span', { className: 'muted' }, ` · as ${role}`)),
            eventBody(model, event, id, actions),
          ),
        ),
      ),
    );
  }

  const by = model.claimsBy.get(id) ?? [];
  if (by.length) append(body, section(`Claims made (${by.length})`, ...by.map((c) => claimItem(model, c, id, actions))));
  const about = model.claimsAbout.get(id) ?? [];
  if (about.length) append(body, section(`Claims about it (${about.length})`, ...about.map((c) => claimItem(model, c, id, actions))));
  if (!rels.length && !events.length && !by.length && !about.length) append(body, h('p', { className: 'muted' }, 'No relation, event or claim found for this entity.'));
  return body;
}

const other = (r: ExplorerRelation, id: string): string => (r.source === id ? r.target : r.source);

/** "FAMa opposes CSP" with the evidence below it. */
function relationItem(model: Model, r: ExplorerRelation, current: string | null, actions: DetailsActions): HTMLElement {
  // Symmetric relations read best from the selected entity's side.
  const [s, t] = r.symmetric && current === r.target ? [r.target, r.source] : [r.source, r.target];
  return h(
    'div',
    { className: 'item' },
    h('p', { className: 'item-head' }, entityLink(model, s, actions, current), ' ', h('em', { className: 'pred' }, r.predicate), ' ', entityLink(model, t, actions, current)),
    evidenceList(model, r.evidence, { subject: r.source, object: r.target }),
  );
}

function eventBody(model: Model, ev: ExplorerEvent, current: string | null, actions: DetailsActions): DocumentFragment {
  const frag = document.createDocumentFragment();
  const facts: (Node | string)[] = [];
  if (ev.date) facts.push(h('span', { className: 'fact' }, h('span', { className: 'muted' }, 'date '), h('time', null, ev.date)));
  if (ev.place) facts.push(h('span', { className: 'fact' }, h('span', { className: 'muted' }, 'place '), entityLink(model, ev.place, actions, current)));
  if (ev.trigger) facts.push(h('span', { className: 'fact' }, h('span', { className: 'muted' }, 'trigger '), `“${ev.trigger}”`));
  if (facts.length) append(frag, h('p', { className: 'facts' }, ...facts));
  if (ev.participants.length) {
    append(
      frag,
      h('p', { className: 'facts' }, h('span', { className: 'muted' }, 'participants: '), ...joinNodes(ev.participants.map((p) => h('span', null, entityLink(model, p.entity, actions, current), h('span', { className: 'muted' }, ` (${p.role})`))))),
    );
  }
  append(frag, evidenceList(model, ev.evidence, { focus: current ?? undefined }));
  return frag;
}

function claimSentence(model: Model, c: ExplorerClaim, actions: DetailsActions, current: string | null): HTMLElement {
  return h('p', { className: 'claim' }, entityLink(model, c.claimant, actions, current), ' claims: ', h('q', null, c.text), c.cue ? h('span', { className: 'muted' }, ` (${c.cue})`) : null);
}

function claimItem(model: Model, c: ExplorerClaim, current: string, actions: DetailsActions): HTMLElement {
  return h(
    'div',
    { className: 'item' },
    claimSentence(model, c, actions, current),
    evidenceList(model, c.evidence, { subject: c.claimant, focus: current }),
    h('p', { className: 'small' }, h('button', { className: 'link', type: 'button', onClick: () => actions.selectNode(c.id) }, 'Open this claim')),
  );
}

function claimDetails(model: Model, c: ExplorerClaim, actions: DetailsActions): HTMLElement {
  const body = h('div', { className: 'details-body' }, chip('Claim', CLASS_COLORS.Claim), h('h2', null, `${labelOf(model, c.claimant) || 'Someone'} claims`), claimSentence(model, c, actions, null));
  append(body, section('Said in', evidenceList(model, c.evidence, { subject: c.claimant })));
  const facts = model.factsOf.get(c.id);
  if (facts && (facts.relations.length || facts.events.length)) {
    append(
      body,
      section(
        'Facts known only from this claim',
        ...facts.relations.map((r) => h('p', { className: 'item-head' }, entityLink(model, r.source, actions), ' ', h('em', { className: 'pred' }, r.predicate), ' ', entityLink(model, r.target, actions))),
        ...facts.events.map((e) => h('p', { className: 'item-head' }, h('button', { className: 'link', type: 'button', onClick: () => actions.selectNode(e.id) }, e.label))),
      ),
    );
  }
  if (c.about.length) append(body, section('About', h('p', null, ...joinNodes(c.about.map((a) => entityLink(model, a, actions))))));
  return body;
}

function docRef(model: Model, id: string): Node {
  const d = model.documents.get(id);
  const title = d?.title ?? d?.source ?? id;
  const url = d?.url && safeUrl(d.url);
  if (url) {
    const a = h('a', { attrs: { rel: 'noopener noreferrer', target: '_blank' }, title: d?.source ?? id }, title);
    a.href = url;
    return a;
  }
  return h('cite', { title: d?.source ?? id }, title);
}

/** Only http(s) links leave the page: a `javascript:` URL in a corpus must not become clickable. */
function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function joinNodes(nodes: (Node | string)[], sep = ', '): (Node | string)[] {
  return nodes.flatMap((n, i) => (i ? [sep, n] : [n]));
}

interface MarkRoles {
  subject?: string | undefined;
  object?: string | undefined;
  focus?: string | undefined;
}

/** The evidence sentences, a few at first; the rest behind a button. */
function evidenceList(model: Model, evidence: ExplorerEvidence[], roles: MarkRoles): HTMLElement {
  const list = h('div', { className: 'evidence-list' });
  if (!evidence.length) {
    append(list, h('p', { className: 'muted small' }, 'No evidence sentence recorded.'));
    return list;
  }
  append(list, ...evidence.slice(0, EVIDENCE_SHOWN).map((e) => evidenceItem(model, e, roles)));
  if (evidence.length > EVIDENCE_SHOWN) {
    const more = h('button', { className: 'link small', type: 'button' }, `Show ${evidence.length - EVIDENCE_SHOWN} more sentence${evidence.length - EVIDENCE_SHOWN > 1 ? 's' : ''}`);
    more.addEventListener('click', () => {
      more.replaceWith(...evidence.slice(EVIDENCE_SHOWN).map((e) => evidenceItem(model, e, roles)));
    });
    append(list, more);
  }
  return list;
}

function evidenceItem(model: Model, e: ExplorerEvidence, roles: MarkRoles): HTMLElement {
  const quote = h('blockquote', null);
  let at = 0;
  for (const [start, end, entity] of e.marks) {
    if (start < at || end > e.text.length) continue;
    append(quote, e.text.slice(at, start));
    const cls = entity === roles.subject ? 'm-subject' : entity === roles.object ? 'm-object' : entity === roles.focus ? 'm-focus' : 'm-other';
    append(quote, h('mark', { className: cls, title: labelOf(model, entity) }, e.text.slice(start, end)));
    at = end;
  }
  append(quote, e.text.slice(at));
  const meta: (Node | string)[] = [docRef(model, e.doc)];
  if (e.confidence !== undefined) meta.push(h('span', { title: 'Confidence of the extraction rule' }, `confidence ${e.confidence.toFixed(2)}`));
  if (e.rule) meta.push(h('code', { title: 'Rule that produced this fact' }, e.rule));
  const caption = h('figcaption', null, ...joinNodes(meta, ' · '));
  if (e.claim) {
    const c = model.claims.get(e.claim);
    append(caption, h('span', { className: 'according' }, ` · according to ${labelOf(model, e.claimant ?? c?.claimant) || 'a claim'}`));
  }
  return h('figure', { className: e.claim ? 'evidence claimed' : 'evidence' }, quote, caption);
}
