import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraph, type KnowledgeGraph } from '../../src/query/index.ts';
import { NAMED_QUESTIONS, resolveEntities } from '../../src/query/named.ts';
import { ENT, MINI_SOURCE } from './support/fixtures.ts';

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await openGraph(MINI_SOURCE);
});
afterAll(() => graph.close());

describe('whoOpposesWhom', () => {
  it('names both sides with the evidence sentence and its document', async () => {
    const rows = await graph.whoOpposesWhom();
    expect(rows.find((r) => r.subjectLabel === 'Malian Armed Forces')).toMatchObject({
      objectLabel: 'Permanent Strategic Framework',
      predicate: 'opposes',
      evidence: 'The Malian army and the Tuareg rebellion clashed again on Sunday near Kidal.',
      document: 'https://w3id.org/sahel-kg/id/document/kidal-2023-11-12',
      documentTitle: 'Malian army advances on Kidal',
      start: 0,
      end: 76,
      confidence: 0.9,
    });
  });

  it('tells a fact known from a claim by its claim and claimant', async () => {
    const rows = await graph.whoOpposesWhom();
    expect(rows.find((r) => r.objectLabel === 'Wagner Group')).toMatchObject({
      accordingTo: 'https://w3id.org/sahel-kg/id/claim/csp-trapped-wagner',
      claimant: `${ENT}csp`,
    });
  });
});

describe('alliances', () => {
  it('links the junta to Wagner and Wagner to the army, each with evidence', async () => {
    const rows = await graph.alliances();
    expect(rows.map((r) => [r.subjectLabel, r.objectLabel, r.evidence !== undefined])).toEqual([
      ['Transitional Government of Mali', 'Wagner Group', true],
      ['Wagner Group', 'Malian Armed Forces', true],
    ]);
  });
});

describe('relations', () => {
  it('lists a relation triple that no statement describes, without evidence', async () => {
    const rows = await graph.relations('near');
    expect(rows.map((r) => [r.subjectLabel, r.objectLabel, r.evidence])).toEqual([['Anefis', 'Kidal', undefined]]);
  });
});

describe('eventsOf', () => {
  it('lists the events of an actor named by an alias, with participants and evidence', async () => {
    const rows = await graph.eventsOf('FAMa');
    expect(rows.map((r) => r.eventClass)).toEqual(['Airstrike', 'ArmedClash']);
    expect(rows[1]).toMatchObject({
      date: '2023-11-12',
      placeLabel: 'Kidal',
      agents: ['Malian Armed Forces', 'Permanent Strategic Framework'],
      evidence: 'The Malian army and the Tuareg rebellion clashed again on Sunday near Kidal.',
    });
  });

  it('keeps only the events inside the time window', async () => {
    const rows = await graph.eventsOf('ent:fama', { from: '2023-11-01', to: '2023-11-30' });
    expect(rows.map((r) => r.event)).toEqual(['https://w3id.org/sahel-kg/id/event/kidal-clash']);
  });

  it('keeps an event dated by month when the window overlaps the month', async () => {
    const rows = await graph.eventsOf('fama', { from: '2023-10-15', to: '2023-10-20' });
    expect(rows.map((r) => r.date)).toEqual(['2023-10']);
  });

  it('returns nothing for an unknown actor', async () => {
    expect(await graph.eventsOf('Nobody At All')).toEqual([]);
  });
});

describe('events', () => {
  it('finds events at a place and at the places inside or next to it', async () => {
    const rows = await graph.events({ place: 'Kidal' });
    expect(rows.map((r) => r.placeLabel).sort()).toEqual(['Anefis', 'Kidal']);
  });
});

describe('claimsBy', () => {
  it('gives the claims of one claimant with cue, text and sentence', async () => {
    const rows = await graph.claimsBy('CSP');
    expect(rows).toEqual([
      expect.objectContaining({
        claimantLabel: 'Permanent Strategic Framework',
        cue: 'said',
        text: 'it had trapped Wagner mercenaries near Anefis',
        evidence: 'The CSP said it had trapped Wagner mercenaries near Anefis.',
        facts: 1,
      }),
    ]);
  });

  it('gives every claim when no claimant is named', async () => {
    expect((await graph.claimsBy()).length).toBe(2);
  });
});

describe('resolveEntities', () => {
  it('finds an entity by any of its labels, case-insensitively', async () => {
    expect(await resolveEntities(graph, 'malian army')).toEqual([`${ENT}fama`]);
  });
});

describe('NAMED_QUESTIONS', () => {
  it('avoid unbounded property paths except in the documented actors question', async () => {
    for (const [name, q] of Object.entries(NAMED_QUESTIONS)) {
      const text = await q.sparql(graph, name === 'events' ? { actor: 'fama' } : name === 'claims' ? { claimant: 'csp' } : {});
      const unbounded = /[\w>)]\s*[+*]\s*[\w<?(:]/.test(text.replace(/COUNT\(\*\)|SELECT \*/g, ''));
      expect([name, unbounded]).toEqual([name, name === 'actors']);
    }
  });
});
