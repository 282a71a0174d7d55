// `kg build [INPUT…] [--out DIR]`: read articles, extract, write out/graph.ttl and the explorer.
import path from 'node:path';
import type { Command } from 'commander';
import { readDocuments } from '../ingest/index.ts';
import { loadGazetteer } from '../resolve/gazetteer.ts';
import { buildTabulatedGraph } from '../build.ts';
import { writeFilesAtomic } from '../io/atomic.ts';
import { graphDataFromTable } from '../view/data.ts';
import { writeExplorerData } from '../view/write.ts';

/** Text in parts as UTF-8, without joining the parts first: a big graph's Turtle is tens of megabytes. */
function utf8(parts: readonly string[]): Buffer {
  let size = 0;
  for (const part of parts) size += Buffer.byteLength(part);
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const part of parts) at += bytes.write(part, at);
  return bytes;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the knowledge graph of articles (files or folders; default seeds/) into DIR (default out/)')
    .argument('[inputs...]', '.txt, .md, .html or .jsonl files, or folders of them', ['seeds'])
    .option('-o, --out <dir>', 'output directory', 'out')
    .option('--date <YYYY-MM-DD>', 'publication date for articles that carry none (anchors "Sunday", "last week")')
    .option('-q, --quiet', 'no progress output')
    .action(async (inputs: string[], opts: { out: string; date?: string; quiet?: boolean }) => {
      const started = performance.now();
      const tty = process.stderr.isTTY === true;
      const docs = await readDocuments(inputs, { ...(opts.date ? { date: opts.date } : {}) });
      const gazetteer = loadGazetteer();
      let last = 0;
      const built = buildTabulatedGraph(docs, gazetteer, {
        onProgress: (done, total) => {
          if (opts.quiet || total < 2) return;
          const now = performance.now();
          if (tty && (now - last > 200 || done === total)) {
            last = now;
            process.stderr.write(`\rkg build: ${done}/${total} articles`);
            if (done === total) process.stderr.write('\n');
          } else if (!tty && total >= 20 && (done === total || Math.floor((done * 10) / total) > Math.floor(((done - 1) * 10) / total))) {
            // Logs and pipes get a line every tenth of the corpus.
            process.stderr.write(`kg build: ${done}/${total} articles (${Math.round((done * 100) / total)}%)\n`);
          }
        },
      });
      await writeFilesAtomic(opts.out, { 'graph.ttl': utf8(built.turtleParts) });
      // From the quads' numbers: the quads themselves are never made.
      await writeExplorerData(opts.out, graphDataFromTable(built.table));
      const x = built.extraction;
      const secs = ((performance.now() - started) / 1000).toFixed(1);
      if (!opts.quiet) {
        process.stderr.write(`kg build: ${docs.length} article(s) → ${x.entities.length} entities, ${x.relations.length} relations, `
          + `${x.events.length} events, ${x.claims.length} claims; ${built.table.subjectOf.length} triples in ${path.join(opts.out, 'graph.ttl')} (${secs}s)\n`);
      }
    });
}
