import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MINI, MINI_ONTOLOGY } from './support/fixtures.ts';

const DOC = fileURLToPath(new URL('../../docs/query.md', import.meta.url));
const ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url));

/** The first ```ts block of docs/query.md that imports the package. */
function scriptOfDoc(): string {
  const blocks = [...readFileSync(DOC, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.find((b) => b.includes("from 'sahel-kg'"))!;
}

describe('docs/query.md', () => {
  it('has a script that answers who fought whom near Kidal, with evidence, on a built graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-docs-'));
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'ontology'));
    copyFileSync(MINI, join(dir, 'out', 'graph.ttl'));
    copyFileSync(MINI_ONTOLOGY, join(dir, 'ontology', 'kg.ttl'));
    const script = scriptOfDoc();
    expect(script.split('\n').filter(Boolean).length).toBeLessThanOrEqual(5);
    writeFileSync(join(dir, 'script.mts'), script.replace("'sahel-kg'", JSON.stringify(ENTRY)));
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', TSX, 'script.mts'], { cwd: dir }, (err, out, errOut) =>
        err ? reject(new Error(errOut)) : resolve(out),
      ),
    );
    expect(stdout).toContain('2023-11-12 ArmedClash Malian Armed Forces / Permanent Strategic Framework — The Malian army');
    expect(stdout).toContain('Anefis');
  });
});
