// The CLI compiled ahead of time: src/cli/main.ts bundled with esbuild into dist/kg/ (packages left as imports),
// which `kg` runs instead of loading the TypeScript through tsx when it was compiled from the current sources.
// Run by `npm ci` / `npm install` (the "prepare" script) and `npm run compile`; dist/ is never committed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Where the compiled CLI lives: two levels below the package root, as src/cli is, so that the modules'
 * paths relative to their own file (`../../ontology/`, the package root) read the same from there. */
const OUT = join(ROOT, 'dist', 'kg');
const STAMP = 'stamp.json';
/** Files the compiled code loads next to itself (a worker thread runs plain JavaScript, by URL). */
const BESIDE = ['src/query/store-worker.mjs'];

/** Every file under `dir`, sorted. */
function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out.sort();
}

/**
 * A hash of what the compiled CLI is made from: every file of src/, package.json and this script. By content, not
 * date: a checkout that touches files without changing them keeps the build, any edit retires it (a few ms).
 */
export function sourceHash() {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(join(ROOT, 'src')), join(ROOT, 'package.json'), fileURLToPath(import.meta.url)]) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The compiled CLI's entry (a file URL), if it was compiled from the sources as they are now; else undefined. */
export function compiledEntry() {
  try {
    const stamp = JSON.parse(readFileSync(join(OUT, STAMP), 'utf8'));
    return stamp.hash === sourceHash() ? new URL('../dist/kg/main.js', import.meta.url).href : undefined;
  } catch {
    return undefined;
  }
}

/** Compiles the CLI into dist/kg/ (through a temporary folder, so that `kg` never runs half a build). */
export async function compile() {
  const { build } = await import('esbuild');
  const hash = sourceHash();
  const tmp = `${OUT}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await build({
      entryPoints: [join(ROOT, 'src/cli/main.ts')],
      outdir: tmp,
      bundle: true,
      // Commands load their modules on demand (query, serve): each its own chunk, loaded only then.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    for (const file of BESIDE) copyFileSync(join(ROOT, file), join(tmp, file.split('/').pop()));
    writeFileSync(join(tmp, STAMP), `${JSON.stringify({ hash })}\n`);
    rmSync(OUT, { recursive: true, force: true });
    renameSync(tmp, OUT);
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // A failed compile must not fail `npm ci`: `kg` then runs from source.
  await compile().catch((err) => {
    process.stderr.write(`kg/compile: not compiled, kg will run from source (${err instanceof Error ? err.message : String(err)})\n`);
  });
}
