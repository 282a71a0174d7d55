// `kg build` through bin/kg.js: outputs, determinism, --date, and one-line errors for unreadable input.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/articles');
const TMP = mkdtempSync(path.join(tmpdir(), 'kg-cli-build-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Run { code: number; stdout: string; stderr: string }
/** Runs `kg build …` from the project root; never throws. */
async function kgBuild(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/kg.js', 'build', ...args], { cwd: ROOT, env: { ...process.env, KG_DEBUG: '' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout, stderr: e.stderr };
  }
}
const outDir = (name: string) => path.join(TMP, name);

/** Bad inputs, written at run time so that no binary file lives in the repository. */
const BAD: Record<string, string | Buffer> = {
  'empty.txt': '',
  'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]),
  'latin1.txt': Buffer.from('Les soldats ont quitt\xe9 M\xe9naka \xe0 l\'aube.', 'latin1'),
};
for (const [name, data] of Object.entries(BAD)) writeFileSync(path.join(TMP, name), data);

// A corpus of 20 short articles, to see progress reported in a log (stderr is a pipe here).
const manyLines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `m${i}`, date: '2023-11-12', text: `The Malian army clashed with the CSP near Kidal on Sunday (report ${i}).` }));
writeFileSync(path.join(TMP, 'many.jsonl'), `${manyLines.join('\n')}\n`);

// The builds run concurrently: each spawns node and tsx, which takes seconds.
const runs = {
  many: kgBuild(path.join(TMP, 'many.jsonl'), '--out', outDir('many')),
  seedA: kgBuild('seeds/kidal-2023-11-12.txt', '--out', outDir('seed-a'), '-q'),
  seedB: kgBuild('seeds/kidal-2023-11-12.txt', '--out', outDir('seed-b'), '-q'),
  corpus: kgBuild(path.join(FIXTURES, 'two-articles.jsonl'), '--out', outDir('corpus'), '-q'),
  dated: kgBuild(path.join(FIXTURES, 'menaka-raid.txt'), '--date', '2024-03-04', '--out', outDir('dated'), '-q'),
  missing: kgBuild(path.join(TMP, 'no-such-article.txt'), '--out', outDir('missing')),
  empty: kgBuild(path.join(TMP, 'empty.txt'), '--out', outDir('empty')),
  binary: kgBuild(path.join(TMP, 'binary.txt'), '--out', outDir('binary')),
  latin1: kgBuild(path.join(TMP, 'latin1.txt'), '--out', outDir('latin1')),
};

describe('kg build', () => {
  it('reports progress in a log, one line per tenth of a corpus', async () => {
    const r = await runs.many;
    expect(r.code).toBe(0);
    const progress = r.stderr.split('\n').filter((l) => /^kg build: \d+\/20 articles/.test(l));
    expect(progress).toHaveLength(10);
    expect(progress[progress.length - 1]).toContain('20/20');
  });

  it('writes graph.ttl and the explorer page', async () => {
    const r = await runs.seedA;
    expect(r.code).toBe(0);
    expect(existsSync(path.join(outDir('seed-a'), 'graph.ttl'))).toBe(true);
    expect(existsSync(path.join(outDir('seed-a'), 'index.html'))).toBe(true);
  });

  it('writes byte-identical graph.ttl for two builds of the same input', async () => {
    await Promise.all([runs.seedA, runs.seedB]);
    const a = readFileSync(path.join(outDir('seed-a'), 'graph.ttl'));
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(readFileSync(path.join(outDir('seed-b'), 'graph.ttl')))).toBe(true);
  });

  it('builds a .jsonl corpus of two articles', async () => {
    const r = await runs.corpus;
    expect(r.code).toBe(0);
    const ttl = readFileSync(path.join(outDir('corpus'), 'graph.ttl'), 'utf8');
    expect(ttl).toContain('doc:djibo-2022 a kg:Document');
    expect(ttl).toContain('doc:konna-2013 a kg:Document');
  });

  it('anchors weekdays on --date for an article that carries no date', async () => {
    expect((await runs.dated).code).toBe(0);
    const ttl = readFileSync(path.join(outDir('dated'), 'graph.ttl'), 'utf8');
    expect(ttl).toContain('"2024-03-01"^^xsd:date'); // "on Friday" before Monday 4 March 2024
  });

  for (const [name, what] of [['missing', 'a missing file'], ['empty', 'an empty file'], ['binary', 'a binary file'], ['latin1', 'a non-UTF-8 file']] as const) {
    it(`fails on ${what} with a one-line message naming it and writes no graph`, async () => {
      const r = await runs[name];
      expect(r.code).not.toBe(0);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(name === 'missing' ? 'no-such-article.txt' : `${name}.txt`);
      expect(r.stderr).not.toMatch(/^\s*at /m);
      expect(existsSync(path.join(outDir(name), 'graph.ttl'))).toBe(false);
    });
  }
});
