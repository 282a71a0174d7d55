// Lookups over the explorer data, built once when the page loads.

import type { ParticipantRole } from '../types.ts';
import type {
  ExplorerClaim,
  ExplorerData,
  ExplorerDocument,
  ExplorerEntity,
  ExplorerEvent,
  ExplorerRelation,
} from '../view/types.ts';

export interface Model {
  data: ExplorerData;
  entities: Map<string, ExplorerEntity>;
  events: Map<string, ExplorerEvent>;
  claims: Map<string, ExplorerClaim>;
  documents: Map<string, ExplorerDocument>;
  relations: Map<string, ExplorerRelation>;
  relationsOf: Map<string, ExplorerRelation[]>;
  eventsOf: Map<string, { event: ExplorerEvent; role: ParticipantRole | 'place' }[]>;
  claimsBy: Map<string, ExplorerClaim[]>;
  claimsAbout: Map<string, ExplorerClaim[]>;
  /** Facts (relations and events) reported according to each claim. */
  factsOf: Map<string, { relations: ExplorerRelation[]; events: ExplorerEvent[] }>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildModel(data: ExplorerData): Model {
  const m: Model = {
    data,
    entities: new Map(data.entities.map((e) => [e.id, e])),
    events: new Map(data.events.map((e) => [e.id, e])),
    claims: new Map(data.claims.map((c) => [c.id, c])),
    documents: new Map(data.documents.map((d) => [d.id, d])),
    relations: new Map(data.relations.map((r) => [r.id, r])),
    relationsOf: new Map(),
    eventsOf: new Map(),
    claimsBy: new Map(),
    claimsAbout: new Map(),
    factsOf: new Map(),
  };
  const facts = (claim: string): { relations: ExplorerRelation[]; events: ExplorerEvent[] } => {
    let f = m.factsOf.get(claim);
    if (!f) m.factsOf.set(claim, (f = { relations: [], events: [] }));
    return f;
  };
  for (const r of data.relations) {
    push(m.relationsOf, r.source, r);
    if (r.target !== r.source) push(m.relationsOf, r.target, r);
    for (const c of new Set(r.evidence.map((e) => e.claim).filter((c): c is string => c !== undefined))) facts(c).relations.push(r);
  }
  for (const ev of data.events) {
    for (const p of ev.participants) push(m.eventsOf, p.entity, { event: ev, role: p.role });
    if (ev.place && !ev.participants.some((p) => p.entity === ev.place)) push(m.eventsOf, ev.place, { event: ev, role: 'place' });
    for (const c of new Set(ev.evidence.map((e) => e.claim).filter((c): c is string => c !== undefined))) facts(c).events.push(ev);
  }
  for (const c of data.claims) {
    if (c.claimant) push(m.claimsBy, c.claimant, c);
    for (const a of c.about) push(m.claimsAbout, a, c);
  }
  return m;
}

/** Label of an entity id, or the id itself when the graph does not describe it. */
export const labelOf = (m: Model, id: string | undefined): string => (id === undefined ? '' : (m.entities.get(id)?.label ?? id));
