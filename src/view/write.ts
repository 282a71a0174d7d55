// Writes the explorer into an output folder: the static page (from the cached bundle) and its laid-out data.

import type { Quad } from '@rdfjs/types';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_FILES, explorerBundle } from './bundle.ts';
import { graphDataFromQuads } from './data.ts';
import { laidOut, type LayoutOptions } from './layout.ts';
import type { ExplorerData } from './types.ts';

/** Name of the data file the page fetches, next to index.html. */
export const DATA_FILE = 'graph-data.json';

/** The data file's text: compact JSON, stable key order, so the same graph gives the same bytes. */
export function explorerDataJson(data: ExplorerData, options: Partial<LayoutOptions> = {}): string {
  return `${JSON.stringify(laidOut(data, options))}\n`;
}

/** Writes `path` through a temporary file and a rename, so readers never see half a file. */
async function atomically(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await write(tmp);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Writes the explorer page and `graph-data.json` (with positions) for the graph `quads` into `outDir`. */
export async function writeExplorer(outDir: string, quads: Quad[]): Promise<void> {
  await writeExplorerData(outDir, graphDataFromQuads(quads));
}

/** Writes the explorer page and `graph-data.json` (with positions) for the explorer data `data` into `outDir`. */
export async function writeExplorerData(outDir: string, data: ExplorerData): Promise<void> {
  const json = explorerDataJson(data);
  const bundle = await explorerBundle();
  await mkdir(outDir, { recursive: true });
  await atomically(join(outDir, DATA_FILE), (tmp) => writeFile(tmp, json));
  for (const f of BUNDLE_FILES) await atomically(join(outDir, f), (tmp) => copyFile(join(bundle, f), tmp));
}
