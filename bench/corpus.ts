// The benchmark corpus: a few MB of articles made from the seed and the dev texts, each distinct from every other
// (paragraphs rotated, a dated dispatch line of its own, a publication date that moves one day per article).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEV = join(ROOT, '../shared/eval/dev/texts');

export interface BenchArticle { id: string; date: string; text: string }

/** The source texts: the seeds, and the dev texts when the shared folder is there. */
export function sources(): string[] {
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'seeds', f));
  const dev = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort().map((f) => join(DEV, f)) : [];
  return [...seeds, ...dev].map((f) => readFileSync(f, 'utf8'));
}

/** Article `i` of the corpus made from `bases`. */
export function article(i: number, bases: string[]): BenchArticle {
  const paragraphs = bases[i % bases.length]!.split(/\n\s*\n/).filter((p) => p.trim());
  const turn = Math.floor(i / bases.length) % paragraphs.length;
  const rotated = [...paragraphs.slice(turn), ...paragraphs.slice(0, turn)];
  const date = new Date(Date.UTC(2012, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return { id: `bench-${String(i).padStart(5, '0')}`, date, text: `Dispatch ${i} from the Sahel desk.\n\n${rotated.join('\n\n')}\n` };
}

/** The corpus as .jsonl lines, about `megabytes` of them. */
export function corpusLines(megabytes: number, bases = sources()): string[] {
  const lines: string[] = [];
  for (let i = 0, bytes = 0; bytes < megabytes * 1024 * 1024; i++) {
    const line = JSON.stringify(article(i, bases));
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return lines;
}
