// The README's "Use from a script" example, run as a user would paste it, against a graph built from the seed.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'src/index.ts');
const TSX = join(ROOT, 'node_modules/tsx/dist/loader.mjs');

const run = (args: string[], cwd: string) => new Promise<string>((resolve, reject) =>
  execFile(process.execPath, args, { cwd }, (err, out, errOut) => (err ? reject(new Error(errOut || String(err))) : resolve(out))));

describe('README', () => {
  it('has a script example that builds from text and queries a built graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-readme-'));
    const out = join(dir, 'out');
    await run([join(ROOT, 'bin/kg.js'), 'build', join(ROOT, 'seeds/kidal-2023-11-12.txt'), '--out', out, '-q'], ROOT);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Use from a script'));
    const script = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
    writeFileSync(join(dir, 'script.mts'), script.replace("'sahel-kg'", JSON.stringify(ENTRY)).replace("openGraph('out')", `openGraph(${JSON.stringify(out)})`));
    const stdout = await run(['--import', TSX, join(dir, 'script.mts')], ROOT);
    expect(stdout).toContain("cls: 'ArmedClash'");
    expect(stdout).toContain("date: '2023-11-12'");
    expect(stdout).toMatch(/Permanent Strategic Framework opposes Malian Armed Forces — The Malian army and the Tuareg rebellion clashed/);
  });
});
