import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSparqlHandler, negotiate } from '../../src/query/protocol.ts';
import { MINI, MINI_ONTOLOGY } from './support/fixtures.ts';

const KG = 'https://w3id.org/sahel-kg/ontology#';
const SELECT = `SELECT ?a ?b WHERE { ?a <${KG}opposes> ?b } ORDER BY ?a`;
let server: Server;
let close: () => Promise<void>;
let base: string;

beforeAll(async () => {
  const handler = await createSparqlHandler({ files: [MINI, MINI_ONTOLOGY], timeoutMs: 300, maxBodyBytes: 4096 });
  close = handler.close;
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await close();
});

const get = (query: string, accept?: string) =>
  fetch(`${base}?query=${encodeURIComponent(query)}`, { headers: accept ? { accept } : {} });

describe('createSparqlHandler', () => {
  it('answers a GET SELECT with SPARQL Results JSON by default', async () => {
    const res = await get(SELECT);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    expect((await res.json()).results.bindings).toHaveLength(2);
  });

  it('answers an ASK over GET', async () => {
    expect(await (await get(`ASK { ?s <${KG}alliedWith> ?o }`)).json()).toEqual({ head: {}, boolean: true });
  });

  it('answers a POST with a form body', async () => {
    const res = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: SELECT }).toString(),
    });
    expect((await res.json()).head.vars).toEqual(['a', 'b']);
  });

  it('answers a POST with an application/sparql-query body', async () => {
    const res = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: `ASK { ?s ?p ?o }` });
    expect((await res.json()).boolean).toBe(true);
  });

  it('negotiates CSV, TSV and XML from the Accept header', async () => {
    expect((await get(SELECT, 'text/csv')).headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await (await get(SELECT, 'text/tab-separated-values')).text()).toMatch(/^\?a\t\?b\n</);
    expect(await (await get(SELECT, 'application/sparql-results+xml')).text()).toContain('<sparql xmlns');
  });

  it('prefers the Accept type with the highest q', async () => {
    const res = await get(SELECT, 'application/sparql-results+json;q=0.5, text/csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('answers CONSTRUCT as Turtle, or N-Triples when asked', async () => {
    const construct = `CONSTRUCT WHERE { ?a <${KG}opposes> ?b }`;
    const ttl = await get(construct);
    expect(ttl.headers.get('content-type')).toMatch(/^text\/turtle/);
    expect(await ttl.text()).toContain('ent:fama kg:opposes ent:csp');
    expect((await get(construct, 'application/n-triples')).headers.get('content-type')).toMatch(/^application\/n-triples/);
  });

  it('refuses an unacceptable Accept with 406', async () => {
    expect((await get(SELECT, 'image/png')).status).toBe(406);
  });

  it('refuses updates in every form with 403', async () => {
    const insert = `INSERT DATA { <${KG}a> <${KG}b> <${KG}c> }`;
    const viaParam = await fetch(`${base}?update=${encodeURIComponent(insert)}`);
    const viaBody = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: insert });
    const viaForm = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ update: insert }).toString(),
    });
    const asQuery = await get(insert);
    expect([viaParam.status, viaBody.status, viaForm.status, asQuery.status]).toEqual([403, 403, 403, 403]);
  });

  it('answers 400 with the parser message on a bad query', async () => {
    const res = await get('SELECT * WHERE { ?s ');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/1:\d+/);
  });

  it('answers a query that uses the project prefixes without declaring them, and names an unknown prefix', async () => {
    const res = await get('SELECT ?a ?b WHERE { ?a kg:opposes ?b }');
    expect(res.status).toBe(200);
    expect((await res.json()).results.bindings).toHaveLength(2);
    const bad = await get('SELECT ?a WHERE { ?a ex:opposes ?b }');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/unknown prefix "ex:" at 1:22/);
  });

  it('answers 400 when the query parameter is missing', async () => {
    expect((await fetch(base)).status).toBe(400);
  });

  it('answers 413 to a body over the size limit', async () => {
    const res = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: `ASK {} # ${'x'.repeat(5000)}` });
    expect(res.status).toBe(413);
  });

  it('answers 503 when the query outlives the timeout, then serves the next request', async () => {
    const res = await get('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/timed out/);
    expect((await get('ASK { ?s ?p ?o }')).status).toBe(200);
  });

  it('answers a CORS preflight and marks every answer as shareable', async () => {
    const preflight = await fetch(base, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect((await get(SELECT)).headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('negotiate', () => {
  it('takes the first offer for */* and for a missing Accept', () => {
    const offers: [string, 'json' | 'csv'][] = [['application/sparql-results+json', 'json'], ['text/csv', 'csv']];
    expect(negotiate('*/*', offers)?.[1]).toBe('json');
    expect(negotiate(undefined, offers)?.[1]).toBe('json');
  });
});
