import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExplorer, DATA_FILE } from '../../src/view/write.ts';
import { EXPLORER_DATA_VERSION, type ExplorerData } from '../../src/view/types.ts';
import { miniQuads } from './helpers.ts';

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'kg-view-'));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('writeExplorer', () => {
  it('writes the page, its assets and the laid-out data, and nothing else', async () => {
    const out = await tempDir();
    await writeExplorer(out, miniQuads());
    expect((await readdir(out)).sort()).toEqual(['explorer.css', 'explorer.js', DATA_FILE, 'index.html'].sort());
    const data = JSON.parse(await readFile(join(out, DATA_FILE), 'utf8')) as ExplorerData;
    expect(data.version).toBe(EXPLORER_DATA_VERSION);
    expect(data.entities.every((e) => Number.isFinite(e.x) && Number.isFinite(e.y))).toBe(true);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('src="./explorer.js"');
    // A strict CSP works: no inline script or style in the page.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/i);
  });

  it('gives byte-identical files for the same graph', async () => {
    const a = await tempDir();
    const b = await tempDir();
    await writeExplorer(a, miniQuads());
    await writeExplorer(b, miniQuads().reverse());
    for (const f of await readdir(a)) expect(await readFile(join(b, f)), f).toEqual(await readFile(join(a, f)));
  });

  it('overwrites a previous explorer in place', async () => {
    const out = await tempDir();
    await writeExplorer(out, miniQuads());
    await writeExplorer(out, miniQuads().slice(0, 10));
    expect((await readdir(out)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
