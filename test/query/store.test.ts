import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { LocalEngine, resolveGraphFiles } from '../../src/query/store.ts';
import { MINI, MINI_ONTOLOGY } from './support/fixtures.ts';

describe('resolveGraphFiles', () => {
  it('tells the user to run kg build when the built graph is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kg-query-'));
    expect(() => resolveGraphFiles({ outDir: empty })).toThrow(InputError);
    expect(() => resolveGraphFiles({ outDir: empty })).toThrow(/run `kg build` first/);
  });

  it('adds the top-level Turtle files of the ontology folder, not the gazetteer below it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
    mkdirSync(join(dir, 'gazetteer'));
    writeFileSync(join(dir, 'kg.ttl'), '');
    writeFileSync(join(dir, 'gazetteer', 'actors.ttl'), '');
    expect(resolveGraphFiles({ files: [MINI], ontology: dir })).toEqual([MINI, join(dir, 'kg.ttl')]);
  });

  it('rejects a file with an unknown extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
    writeFileSync(join(dir, 'graph.txt'), '');
    expect(() => resolveGraphFiles({ files: [join(dir, 'graph.txt')], ontology: false })).toThrow(InputError);
  });
});

describe('LocalEngine', () => {
  it('loads every file and counts their triples', async () => {
    const engine = new LocalEngine([MINI, MINI_ONTOLOGY]);
    await engine.open();
    expect(engine.size).toBeGreaterThan(200);
    await engine.close();
  });

  it('names the file that does not parse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
    const bad = join(dir, 'bad.ttl');
    writeFileSync(bad, '<http://x/a> <http://x/p> .\n');
    const engine = new LocalEngine([MINI, bad]);
    await expect(engine.open()).rejects.toThrow(InputError);
    await expect(engine.open()).rejects.toThrow(bad);
    await engine.close();
  });
});
