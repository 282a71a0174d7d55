import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.ts';
import { CONTENT_SECURITY_POLICY, resolveStaticPath, startServer } from '../../src/view/server.ts';
import { MINI_TTL } from './helpers.ts';

/** A raw GET (fetch would normalise `..` away before sending it). */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('startServer', () => {
  let out: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'kg-serve-'));
    await copyFile(MINI_TTL, join(out, 'graph.ttl'));
    // No explorer in `out` yet: the server writes it from graph.ttl.
    server = await startServer({ outDir: out, port: 0, ontology: false });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((ok) => server?.close(ok));
    await rm(out, { recursive: true, force: true });
  });

  it('serves the page with a strict Content-Security-Policy and nosniff', async () => {
    const res = await get(port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain('<div class="search"');
  });

  it('serves the assets and the data with their MIME types', async () => {
    expect((await get(port, '/explorer.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get(port, '/explorer.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get(port, '/graph-data.json')).headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await get(port, '/graph.ttl')).headers['content-type']).toBe('text/turtle; charset=utf-8');
  });

  it('refuses paths outside the folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%5cpackage.json', '/.hidden', '/a%00b']) {
      expect((await get(port, path)).status, path).toBe(404);
    }
  });

  it('refuses methods other than GET and HEAD on files', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/index.html`, { method: 'POST' });
    expect(res.status).toBe(405);
  });

  it('refuses foreign Host headers on loopback (DNS rebinding)', async () => {
    expect((await get(port, '/', { Host: 'evil.example:80' })).status).toBe(421);
  });

  it('answers SPARQL at /sparql', async () => {
    const q = encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/sahel-kg/ontology#StateForce> }');
    const res = await fetch(`http://127.0.0.1:${port}/sparql?query=${q}`, { headers: { Accept: 'application/sparql-results+json' } });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { results: { bindings: { n: { value: string } }[] } };
    expect(json.results.bindings[0]!.n.value).toBe('1');
  });

  it('tells the user to run kg build when the graph is missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'kg-serve-empty-'));
    try {
      await expect(startServer({ outDir: empty, port: 0, sparql: false })).rejects.toBeInstanceOf(InputError);
      await expect(startServer({ outDir: empty, port: 0, sparql: false })).rejects.toThrow(/kg build/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('resolveStaticPath', () => {
  it('maps paths inside the root and rejects the rest', () => {
    expect(resolveStaticPath('/srv/out', '/index.html')).toBe('/srv/out/index.html');
    expect(resolveStaticPath('/srv/out', '/')).toBe('/srv/out');
    expect(resolveStaticPath('/srv/out', '/a/../../etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/out', '/%E0%A4%A')).toBeNull();
  });
});

describe('kg serve (command line)', () => {
  it('exits with a one-line message when the graph was not built', async () => {
    const { execFile } = await import('node:child_process');
    const empty = await mkdtemp(join(tmpdir(), 'kg-serve-cli-'));
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((ok) => {
        execFile(process.execPath, [join(MINI_TTL.pathname, '../../../../bin/kg.js'), 'serve', '--out', empty, '--port', '0'], (err, _out, stderr) =>
          ok({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }),
        );
      });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/graph\.ttl not found; run `kg build` first/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
