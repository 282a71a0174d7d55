// `kg push`: load the graph (and the ontology) into a triple store over the SPARQL 1.1 Graph Store
// HTTP Protocol, in chunks; then `kg query --endpoint` queries it through the same API.
import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import { DEFAULT_GRAPH_IRI, DEFAULT_PUSH, pushGraph } from '../query/remote.ts';
import { resolveGraphFiles } from '../query/store.ts';
import { parseTimeout } from './query.ts';

interface PushCliOptions {
  endpoint: string;
  graph?: string[];
  out: string;
  ontology: boolean;
  graphIri: string;
  user?: string;
  password?: string;
  chunk: string;
  append?: boolean;
  timeout?: string;
}

export function registerPush(program: Command): void {
  program
    .command('push')
    .description('load the graph into a triple store over the SPARQL 1.1 Graph Store Protocol')
    .requiredOption('--endpoint <url>', 'Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth')
    .option('-g, --graph <files...>', 'RDF files to push instead of <out>/graph.ttl')
    .option('-o, --out <dir>', 'folder written by kg build', 'out')
    .option('--no-ontology', 'do not push ontology/*.ttl')
    .option('--graph-iri <iri>', 'the named graph to replace', DEFAULT_GRAPH_IRI)
    .option('--user <user>', 'user name (HTTP Basic or Digest, as the store asks)')
    .option('--password <password>', 'password')
    .option('--chunk <triples>', 'triples per request', String(DEFAULT_PUSH.chunkTriples))
    .option('--append', 'add to the graph instead of replacing it')
    .option('--timeout <ms>', 'per request', String(DEFAULT_PUSH.timeoutMs))
    .action(async (o: PushCliOptions) => {
      if (o.user !== undefined && o.password === undefined) throw new UsageError('kg push: --user needs --password');
      const chunkTriples = Number(o.chunk);
      if (!Number.isInteger(chunkTriples) || chunkTriples <= 0) throw new UsageError(`kg push: --chunk wants a positive integer, not "${o.chunk}"`);
      const files = resolveGraphFiles({ files: o.graph, outDir: o.out, ontology: o.ontology });
      const report = await pushGraph({
        endpoint: o.endpoint,
        files,
        graphIri: o.graphIri,
        credentials: o.user !== undefined ? { user: o.user, password: o.password! } : undefined,
        chunkTriples,
        append: Boolean(o.append),
        timeoutMs: parseTimeout(o.timeout),
      });
      process.stderr.write(
        `kg push: ${report.triples} triples into <${o.graphIri}> in ${report.requests} request(s), ${(report.ms / 1000).toFixed(1)} s\n`,
      );
    });
}
