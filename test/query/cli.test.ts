import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { MINI, MINI_ONTOLOGY } from './support/fixtures.ts';

const KG_BIN = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));
const GRAPH = ['--graph', MINI, MINI_ONTOLOGY, '--no-ontology'];

function kg(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KG_BIN, ...args], { cwd, maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('kg query', () => {
  it('prints a table with a row count by default', async () => {
    const r = await kg(['query', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', ...GRAPH]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^n\n─+\n\d+\n\(1 row\)\n$/);
  });

  it('prints SPARQL Results JSON with --format json', async () => {
    const r = await kg(['query', 'ASK { ?s ?p ?o }', '--format', 'json', ...GRAPH]);
    expect(JSON.parse(r.stdout)).toEqual({ head: {}, boolean: true });
  });

  it('reads the query from --file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-cli-')), 'q.rq');
    writeFileSync(file, 'SELECT ?l WHERE { <https://w3id.org/sahel-kg/id/entity/csp> <http://www.w3.org/2000/01/rdf-schema#label> ?l }');
    const r = await kg(['query', '--file', file, '--format', 'csv', ...GRAPH]);
    expect(r.stdout).toBe('l\r\nPermanent Strategic Framework\r\n');
  });

  it('answers a named question with its evidence', async () => {
    const r = await kg(['query', '--named', 'allies', '--format', 'tsv', ...GRAPH]);
    expect(r.stdout).toContain('"The junta has relied on Wagner since 2021."');
  });

  it('passes parameters to a named question', async () => {
    const r = await kg(['query', '--named', 'events', '--param', 'actor=FAMa', '--param', 'from=2023-11', '--format', 'csv', ...GRAPH]);
    expect(r.stdout.trim().split('\r\n')).toHaveLength(2);
  });

  it('reports a syntax error on one line with its position, no stack, and exit code 3', async () => {
    const r = await kg(['query', 'SELECT * WHERE { ?s ?p', ...GRAPH]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kg[:/][^\n]*1:\d+[^\n]*\n$/);
  });

  it('tells the user to run kg build when there is no graph', async () => {
    const r = await kg(['query', 'ASK {}'], mkdtempSync(join(tmpdir(), 'kg-cli-')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/run `kg build` first/);
  });

  it('stops a query at --timeout', async () => {
    const r = await kg(['query', 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }', '--timeout', '300', ...GRAPH]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/timed out after 300 ms/);
  });

  it('refuses an unknown named question with the list of known ones', async () => {
    const r = await kg(['query', '--named', 'nope', ...GRAPH]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/opposes/);
  });
});

describe('kg export', () => {
  it('writes the file atomically with --out, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const r = await kg(['export', '--format', 'nt', '--graph', MINI, '--out', join(dir, 'graph.nt')]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['graph.nt']);
    const back = new Parser({ format: 'N-Triples' }).parse(readFileSync(join(dir, 'graph.nt'), 'utf8'));
    expect(back.length).toBe(new Parser().parse(readFileSync(MINI, 'utf8')).length);
  });

  it('writes to standard output without --out', async () => {
    const r = await kg(['export', '--format', 'gexf', '--graph', MINI]);
    expect(r.stdout).toMatch(/^<\?xml[\s\S]*<gexf/);
  });

  it('refuses an unknown format', async () => {
    const r = await kg(['export', '--format', 'docx', '--graph', MINI]);
    expect(r.code).toBe(64);
  });
});
