import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KgError, QueryError } from '../../src/errors.ts';
import { openGraph, type KnowledgeGraph } from '../../src/query/index.ts';
import { pushGraph } from '../../src/query/remote.ts';
import { MINI, MINI_ONTOLOGY, MINI_SOURCE } from './support/fixtures.ts';
import { hasVirtuoso, startVirtuoso, type Virtuoso } from './support/virtuoso.ts';

// Against a real triple store. Skipped where virtuoso-t is not installed, except in CI, where
// .ci/run installs it and its absence is a failure.
const available = hasVirtuoso();
const GRAPH = 'https://w3id.org/sahel-kg/test/mini';
const KG_BIN = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));

function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KG_BIN, ...args], (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe.skipIf(!available && !process.env.CI)('a remote Virtuoso store', () => {
  let virtuoso: Virtuoso;
  let local: KnowledgeGraph;
  let remote: KnowledgeGraph;

  beforeAll(async () => {
    if (!available) throw new Error('virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)');
    virtuoso = await startVirtuoso();
    await pushGraph({
      endpoint: virtuoso.graphStore,
      files: [MINI, MINI_ONTOLOGY],
      graphIri: GRAPH,
      credentials: { user: virtuoso.user, password: virtuoso.password },
    });
    local = await openGraph(MINI_SOURCE);
    remote = await openGraph({ endpoint: virtuoso.sparql, graphIri: GRAPH });
  }, 120_000);

  afterAll(async () => {
    await local?.close();
    await remote?.close();
    await virtuoso?.stop();
  });

  it('holds every pushed triple', () => {
    expect(remote.size).toBe(local.size);
  });

  it('answers who opposes whom as the embedded engine does', async () => {
    expect(await remote.whoOpposesWhom()).toEqual(await local.whoOpposesWhom());
  });

  it('answers alliances as the embedded engine does', async () => {
    expect(await remote.alliances()).toEqual(await local.alliances());
  });

  it('answers relations with and without statements as the embedded engine does', async () => {
    expect(await remote.relations('controls', 'locatedIn', 'near')).toEqual(await local.relations('controls', 'locatedIn', 'near'));
  });

  it('answers the events of an actor in a window as the embedded engine does', async () => {
    const window = { from: '2023-10', to: '2023-11-30' };
    expect(await remote.eventsOf('FAMa', window)).toEqual(await local.eventsOf('FAMa', window));
  });

  it('answers events near a place as the embedded engine does', async () => {
    expect(await remote.events({ place: 'Kidal' })).toEqual(await local.events({ place: 'Kidal' }));
  });

  it('answers claims by claimant as the embedded engine does', async () => {
    expect(await remote.claimsBy('CSP')).toEqual(await local.claimsBy('CSP'));
    expect(await remote.claimsBy()).toEqual(await local.claimsBy());
  });

  it('answers ASK with a boolean', async () => {
    expect(await remote.ask('ASK { ?s <https://w3id.org/sahel-kg/ontology#opposes> ?o }')).toBe(true);
    expect(await remote.ask('ASK { ?s <https://w3id.org/sahel-kg/ontology#nothing> ?o }')).toBe(false);
  });

  it('answers CONSTRUCT with quads', async () => {
    const q = 'CONSTRUCT WHERE { ?a <https://w3id.org/sahel-kg/ontology#alliedWith> ?b }';
    expect((await remote.construct(q)).length).toBe(2);
  });

  it('reports a syntax error as a QueryError', async () => {
    await expect(remote.query('SELECT * WHERE { ?s ')).rejects.toThrow(QueryError);
  });

  it('replaces the graph on a second push, in several chunks', async () => {
    const report = await pushGraph({
      endpoint: virtuoso.graphStore,
      files: [MINI, MINI_ONTOLOGY],
      graphIri: GRAPH,
      credentials: { user: virtuoso.user, password: virtuoso.password },
      chunkTriples: 40,
    });
    expect(report.requests).toBeGreaterThan(1);
    const again = await openGraph({ endpoint: virtuoso.sparql, graphIri: GRAPH });
    expect(again.size).toBe(local.size);
  });

  it('pushes with kg push and queries with kg query --endpoint', async () => {
    const graph = 'https://w3id.org/sahel-kg/test/cli';
    const push = await kg(['push', '--endpoint', virtuoso.graphStore, '--graph', MINI, MINI_ONTOLOGY, '--no-ontology',
      '--graph-iri', graph, '--user', virtuoso.user, '--password', virtuoso.password]);
    expect(push.stderr).toMatch(/kg push: \d+ triples/);
    const query = await kg(['query', '--named', 'allies', '--endpoint', virtuoso.sparql, '--graph-iri', graph, '--format', 'csv']);
    expect(query.stdout).toContain('The junta has relied on Wagner since 2021.');
  });

  it('fails to push without credentials', async () => {
    await expect(pushGraph({ endpoint: virtuoso.graphStore, files: [MINI], graphIri: GRAPH })).rejects.toThrow(KgError);
  });
});
