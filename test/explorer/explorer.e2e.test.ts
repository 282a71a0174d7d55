// End to end: a real `kg build` of the seed article, served by `kg serve`'s server, driven in headless Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../src/view/server.ts';
import type { ExplorerData } from '../../src/view/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, 'seeds', 'kidal-2023-11-12.txt');
const SCREENSHOT = join(ROOT, 'docs', 'screenshot.png');
const run = promisify(execFile);

/** An article whose text is full of markup that would run if it were ever parsed as HTML. */
const MARKUP_ARTICLE = `Fighters of the <script>window.__kgPwned = 'script'; alert('script')</script> brigade attacked the Malian army near Kidal on Monday, the CSP said.

<img src=x onerror="window.__kgPwned = 'img'; alert('img')"> The Malian army said it repelled the attack near Kidal and that Wagner mercenaries <b onmouseover="alert('b')">supported</b> it.

The CSP claimed that <svg onload="window.__kgPwned = 'svg'"></svg> it controls Kidal.
`;

async function kgBuild(out: string, inputs: string[]): Promise<void> {
  await run(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'build', ...inputs, '--out', out, '--quiet'], { cwd: ROOT });
}

async function serve(out: string): Promise<{ server: Server; url: string }> {
  const server = await startServer({ outDir: out, port: 0 });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

let tmp: string;
let context: BrowserContext;
const servers: Server[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kg-e2e-'));
  context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 860 },
    // No --disable-gpu / --disable-software-rasterizer: sigma needs WebGL, which SwiftShader provides.
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Runs before the page's own scripts: records CSP violations and dialogs the page might open.
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterAll(async () => {
  await context?.close();
  for (const s of servers) await new Promise((ok) => s.close(ok));
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state !== undefined, null, { timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.dataset.state), errors.join('\n')).toBe('ready');
  return page;
}

/** Pixels of the graph stage (from a real screenshot) close to `color`, or not white when no colour is given. */
async function countPixels(page: Page, color?: string): Promise<number> {
  const png = await page.locator('#stage').screenshot();
  return page.evaluate(
    async ({ b64, color }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      const target = color ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) : null;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) {
        const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
        if (target ? Math.abs(r - target[0]!) + Math.abs(g - target[1]!) + Math.abs(b - target[2]!) < 24 : r + g + b < 3 * 245) n++;
      }
      return n;
    },
    { b64: png.toString('base64'), color },
  );
}

describe('explorer on the seed graph', () => {
  let url: string;
  let data: ExplorerData;

  beforeAll(async () => {
    const out = join(tmp, 'seed');
    await kgBuild(out, [SEED]);
    data = JSON.parse(await readFile(join(out, 'graph-data.json'), 'utf8')) as ExplorerData;
    const s = await serve(out);
    servers.push(s.server);
    url = s.url;
  });

  it('opens already laid out, with a drawn graph and no CSP violation', async () => {
    const page = await open(url);
    expect(await countPixels(page)).toBeGreaterThan(2000);
    // Positions come from the data file: the page does not move nodes on load.
    const fama = data.entities.find((e) => e.id === 'fama')!;
    expect(await page.evaluate(() => window.kgExplorer!.graph.getNodeAttributes('fama'))).toMatchObject({ x: fama.x, y: fama.y });
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    await page.close();
  });

  it('finds Wagner by typing, and shows the sentence that says who called it in', async () => {
    const page = await open(url);
    await page.click('#search');
    await page.keyboard.type('Wagner', { delay: 40 });
    const first = page.locator('#suggestions li[role=option]').first();
    await expect.poll(() => first.textContent()).toContain('Wagner Group');
    await page.keyboard.press('Enter');
    const details = page.locator('#details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator('h2').first().textContent()).toBe('Wagner Group');
    const sentences = await details.locator('blockquote').allTextContents();
    expect(sentences.some((s) => s.includes('called to the rescue in 2021 by the ruling junta'))).toBe(true);
    // Mentions are highlighted inside the sentence.
    expect(await details.locator('blockquote mark').count()).toBeGreaterThan(0);
    expect(await details.locator('figcaption').first().textContent()).toMatch(/confidence \d\.\d\d/);
    // The selection is in the URL, so the view can be shared.
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('node=wagner-group');
    await page.waitForTimeout(800); // camera animation
    await mkdir(join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    // Esc clears the selection.
    await page.keyboard.press('Escape');
    await expect.poll(() => details.isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('searches without accents and by alias', async () => {
    const page = await open(url);
    await page.fill('#search', 'anefis');
    await expect.poll(() => page.locator('#suggestions li[role=option]').first().textContent()).toContain('Anéfis');
    await page.fill('#search', 'FAMa');
    await expect.poll(() => page.locator('#suggestions li[role=option]').first().textContent()).toContain('Malian Armed Forces');
    await page.close();
  });

  it('hides a class with its checkbox, and its nodes go', async () => {
    const page = await open(url);
    const settlements = data.entities.filter((e) => e.cls === 'Settlement').map((e) => e.id);
    expect(settlements.length).toBeGreaterThan(0);
    const green = '#58a55c'; // CLASS_COLORS.Settlement
    expect(await countPixels(page, green)).toBeGreaterThan(20);
    await page.uncheck('#filter-class-Settlement');
    const hidden = await page.evaluate((ids) => ids.map((id) => window.kgExplorer!.renderer.getNodeDisplayData(id)?.hidden), settlements);
    expect(hidden.every(Boolean)).toBe(true);
    expect(await countPixels(page, green)).toBeLessThan(5);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('hide=Settlement');
    // The data is untouched: the nodes come back.
    await page.check('#filter-class-Settlement');
    expect(await countPixels(page, green)).toBeGreaterThan(20);
    expect(await page.evaluate(() => window.kgExplorer!.graph.order)).toBe(data.entities.length + data.events.length + data.claims.length);
    await page.close();
  });

  it('toggles events and claims', async () => {
    const page = await open(url);
    const ev = data.events[0]!.id;
    const cl = data.claims[0]!.id;
    const isHidden = (id: string) => page.evaluate((n) => window.kgExplorer!.renderer.getNodeDisplayData(n)?.hidden, id);
    expect(await isHidden(ev)).toBe(false);
    await page.uncheck('#toggle-events');
    expect(await isHidden(ev)).toBe(true);
    expect(await isHidden(cl)).toBe(false);
    await page.uncheck('#toggle-claims');
    expect(await isHidden(cl)).toBe(true);
    await page.close();
  });

  it('restores a shared view from the URL', async () => {
    const page = await open(`${url}#node=csp&hide=Country&events=0`);
    expect(await page.locator('#details h2').first().textContent()).toBe('Permanent Strategic Framework');
    expect(await page.isChecked('#filter-class-Country')).toBe(false);
    expect(await page.isChecked('#toggle-events')).toBe(false);
    // Claims are shown as claims, with their claimant.
    expect(await page.locator('#details .claim').first().textContent()).toMatch(/^Permanent Strategic Framework claims: /);
    await page.close();
  });

  it('shows the evidence of a clicked relation edge, and its label on focus', async () => {
    const page = await open(url);
    const edge = await page.evaluate(() => window.kgExplorer!.graph.findEdge((_e, a) => a.kind === 'relation')!);
    await page.evaluate((e) => window.kgExplorer!.store.set({ selected: { kind: 'edge', id: e } }), edge);
    expect(await page.locator('#details .chip').first().textContent()).toContain('Relation');
    expect(await page.locator('#details blockquote').count()).toBeGreaterThan(0);
    expect(await page.evaluate((e) => window.kgExplorer!.renderer.getEdgeDisplayData(e)?.label, edge)).toBeTruthy();
    await page.close();
  });

  it('zooms, runs the layout in its worker, and exports a PNG', async () => {
    const page = await open(url);
    const ratio = () => page.evaluate(() => window.kgExplorer!.renderer.getCamera().ratio);
    const before = await ratio();
    await page.click('#zoom-in');
    await expect.poll(ratio).toBeLessThan(before);
    await page.click('#zoom-fit');
    await expect.poll(ratio).toBeCloseTo(1, 2);

    const pos = () => page.evaluate(() => window.kgExplorer!.graph.getNodeAttributes('fama').x);
    const x0 = await pos();
    await page.click('#layout');
    expect(await page.textContent('#layout')).toBe('Stop layout');
    await expect.poll(pos, { timeout: 10_000 }).not.toBe(x0);
    await page.click('#layout');
    expect(await page.textContent('#layout')).toBe('Start layout');

    const download = page.waitForEvent('download');
    await page.click('#export');
    const file = await (await download).path();
    const bytes = await readFile(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    await page.close();
  });
});

describe('explorer on articles full of markup', () => {
  it('loads a build with <script> and onerror= in its articles without running any of it', async () => {
    const articles = join(tmp, 'articles');
    await mkdir(articles, { recursive: true });
    await writeFile(join(articles, 'markup-2023-11-13.txt'), MARKUP_ARTICLE);
    const out = join(tmp, 'markup');
    await kgBuild(out, [SEED, articles]);
    const { server, url } = await serve(out);
    servers.push(server);

    const res = await fetch(url);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');

    const data = JSON.parse(await readFile(join(out, 'graph-data.json'), 'utf8')) as ExplorerData;
    const hostile = (t: string) => /<script|onerror=|onload=/.test(t);
    // Open the details of every node whose evidence carries markup.
    const targets = [...data.entities, ...data.events, ...data.claims]
      .filter((n) => {
        if ('evidence' in n) return n.evidence.some((e) => hostile(e.text));
        return data.relations.some((r) => (r.source === n.id || r.target === n.id) && r.evidence.some((e) => hostile(e.text)));
      })
      .map((n) => n.id);
    expect(targets.length).toBeGreaterThan(0);

    const page = await open(url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    let shown = 0;
    for (const id of targets) {
      await page.evaluate((n) => window.kgExplorer!.selectNode(n), id);
      const texts = await page.locator('#details').allTextContents();
      if (texts.some(hostile)) shown++;
      await page.hover('#details');
    }
    expect(shown).toBeGreaterThan(0);
    await page.fill('#search', '<script>');
    await page.fill('#search', '<img src=x onerror=alert(1)>');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __kgPwned?: string }).__kgPwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('#details script, #details img, #details svg, #details [onerror], #details [onload]').length)).toBe(0);
    await page.close();
  });

  it('renders labels made of markup as text (hand-written graph)', async () => {
    const out = join(tmp, 'fixture');
    await mkdir(out, { recursive: true });
    await copyFile(fileURLToPath(new URL('../view/fixtures/mini.ttl', import.meta.url)), join(out, 'graph.ttl'));
    const { server, url } = await serve(out); // writes the explorer from graph.ttl
    servers.push(server);
    const page = await open(url);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.click('#search');
    await page.keyboard.type('script', { delay: 20 });
    await expect.poll(() => page.locator('#suggestions li[role=option]').first().textContent()).toContain('<script>alert(1)</script>');
    await page.keyboard.press('Enter');
    expect(await page.locator('#details h2').first().textContent()).toBe('<script>alert(1)</script>');
    expect(await page.locator('#details .aliases').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#details cite').first().textContent()).toBe('<script>alert(1)</script> title');
    expect(await page.evaluate(() => document.querySelectorAll('img, #details script').length)).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
