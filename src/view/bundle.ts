// The explorer page's static bundle: built from src/explorer with vite on first use, then cached under
// node_modules/.cache/sahel-kg/ by a hash of its sources, so a fresh `npm ci` needs no build step.

import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { access, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the package (two levels above this file). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXPLORER_SOURCE = join(PACKAGE_ROOT, 'src', 'explorer');

/** Files of the bundle, in the order they are copied (index.html last, so a reader never sees it before its assets). */
export const BUNDLE_FILES = ['explorer.js', 'explorer.css', 'index.html'] as const;

/** Packages whose version changes the bundle. */
const BUNDLED_PACKAGES = ['vite', 'sigma', 'graphology', 'graphology-layout-forceatlas2'];

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'dist' && entry.name !== 'node_modules') out.push(...(await listFiles(path)));
    } else out.push(path);
  }
  return out;
}

/** Hash of everything the bundle is made from: the page's sources, the shared modules and the bundled packages' versions. */
export async function bundleHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...(await listFiles(EXPLORER_SOURCE)),
    ...(await listFiles(join(PACKAGE_ROOT, 'src', 'view'))),
    join(PACKAGE_ROOT, 'src', 'types.ts'),
    join(PACKAGE_ROOT, 'src', 'iris.ts'),
  ].sort();
  for (const f of files) {
    hash.update(relative(PACKAGE_ROOT, f)).update('\0').update(await readFile(f)).update('\0');
  }
  for (const pkg of BUNDLED_PACKAGES) {
    const manifest = join(PACKAGE_ROOT, 'node_modules', pkg, 'package.json');
    const version = existsSync(manifest) ? (JSON.parse(await readFile(manifest, 'utf8')) as { version?: string }).version : 'missing';
    hash.update(`${pkg}@${version}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Builds the page into `outDir` with vite (imported lazily: only `kg build` on a cold cache needs it). */
export async function buildBundle(outDir: string): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('kg/view: the explorer page is not built and vite is not installed; run `npm install` (with dev dependencies)');
  }
  const { explorerViteConfig } = await import('../explorer/vite.config.ts');
  // The page's folder from this module's place (the config's own would be its compiled copy's, in dist/kg).
  await vite.build({ ...explorerViteConfig(outDir), root: EXPLORER_SOURCE, configFile: false, logLevel: 'silent' });
  for (const f of BUNDLE_FILES) {
    if (!existsSync(join(outDir, f))) throw new Error(`kg/view: the explorer build did not produce ${f}`);
  }
}

/** A writable cache folder: node_modules/.cache/sahel-kg, or the system's temporary folder on read-only installs. */
async function cacheRootDir(): Promise<string> {
  const preferred = join(PACKAGE_ROOT, 'node_modules', '.cache', 'sahel-kg');
  try {
    await mkdir(preferred, { recursive: true });
    await access(preferred, constants.W_OK);
    return preferred;
  } catch {
    const fallback = join(tmpdir(), 'sahel-kg-cache');
    await mkdir(fallback, { recursive: true });
    return fallback;
  }
}

/** Directory holding the built page for the current sources, building it on first use. */
export async function explorerBundle(cacheRoot?: string): Promise<string> {
  const dir = join(cacheRoot ?? (await cacheRootDir()), `explorer-${await bundleHash()}`);
  if (BUNDLE_FILES.every((f) => existsSync(join(dir, f)))) return dir;
  await mkdir(dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  try {
    await buildBundle(tmp);
    if (BUNDLE_FILES.every((f) => existsSync(join(dir, f)))) {
      await rm(tmp, { recursive: true, force: true });
      return dir;
    }
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    // Another process may have finished the same build first.
    if (BUNDLE_FILES.every((f) => existsSync(join(dir, f)))) return dir;
    throw err;
  }
  return dir;
}
