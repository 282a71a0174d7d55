// `kg export`: the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD, or its entity view as GEXF or
// GraphML for Gephi; to standard output, or to a file written atomically.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { KgError, UsageError } from '../errors.ts';
import { EXPORT_FORMATS, exportGraph, readQuads, type ExportFormat } from '../query/export.ts';
import { resolveGraphFiles } from '../query/store.ts';

interface ExportCliOptions {
  format?: string;
  graph?: string[];
  dir: string;
  ontology: boolean;
  out?: string;
  graphIri?: string;
}

/** Writes `text` next to `path` under a temporary name, then renames it: never a half-written file. */
export function writeAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new KgError(`kg export: cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph as ttl, nt, nq, trig, jsonld, or its entity graph as gexf or graphml (Gephi)')
    .option('--format <format>', EXPORT_FORMATS.join('|'))
    .option('-g, --graph <files...>', 'RDF files to export instead of <dir>/graph.ttl')
    .option('--dir <dir>', 'folder written by kg build', 'out')
    .option('--ontology', 'include ontology/*.ttl too', false)
    .option('-o, --out <file>', 'write to this file (default: standard output)')
    .option('--graph-iri <iri>', 'nq, trig, jsonld: put the triples in this named graph')
    .action((o: ExportCliOptions) => {
      if (!o.format) throw new UsageError(`kg export: --format is required (${EXPORT_FORMATS.join(', ')})`);
      if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) {
        throw new UsageError(`kg export: unknown format "${o.format}" (use ${EXPORT_FORMATS.join(', ')})`);
      }
      const files = resolveGraphFiles({ files: o.graph, outDir: o.dir, ontology: o.ontology });
      const text = exportGraph(readQuads(files), o.format as ExportFormat, { graphIri: o.graphIri });
      if (o.out) writeAtomic(o.out, text);
      else process.stdout.write(text);
    });
}
