// `kg query`: SPARQL 1.1 over the built graph (or given files, or a remote endpoint), printed as a
// table for people or as SPARQL Results JSON/CSV/TSV/XML, Turtle or N-Triples for tools.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError, UsageError } from '../errors.ts';
import type { GraphSource } from '../query/index.ts';
import { formatResult, RESULT_FORMATS, type ResultFormat } from '../query/format.ts';
import { checkParams, NAMED_QUESTIONS, namedQuestion } from '../query/named.ts';

export interface QueryCliOptions {
  file?: string;
  graph?: string[];
  out: string;
  ontology: boolean;
  format: string;
  timeout?: string;
  named?: string;
  param: string[];
  endpoint?: string;
  graphIri?: string;
  user?: string;
  password?: string;
  showQuery?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `k=v` pairs to a record; a pair without `=` is a usage error. */
export function parseParams(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`kg query: --param wants KEY=VALUE, not "${pair}"`);
    params[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return params;
}

export function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) throw new UsageError(`kg: --timeout wants milliseconds, not "${value}"`);
  return ms;
}

/** The graph a command reads: an endpoint, or files/out folder plus the ontology. */
export function graphSource(o: Pick<QueryCliOptions, 'graph' | 'out' | 'ontology' | 'endpoint' | 'graphIri' | 'user' | 'password'>): GraphSource {
  if (o.user !== undefined && o.password === undefined) throw new UsageError('kg: --user needs --password');
  const credentials = o.user !== undefined ? { user: o.user, password: o.password! } : undefined;
  if (o.endpoint) return { endpoint: o.endpoint, graphIri: o.graphIri, credentials };
  return { files: o.graph, outDir: o.out, ontology: o.ontology };
}

async function runQuery(text: string | undefined, o: QueryCliOptions): Promise<void> {
  if (!(RESULT_FORMATS as readonly string[]).includes(o.format)) {
    throw new UsageError(`kg query: unknown format "${o.format}" (use ${RESULT_FORMATS.join(', ')})`);
  }
  const given = [text !== undefined, o.file !== undefined, o.named !== undefined].filter(Boolean).length;
  if (given !== 1) throw new UsageError('kg query: give exactly one of QUERY, --file Q.rq or --named NAME');
  const params = parseParams(o.param);
  if (o.named !== undefined) checkParams(o.named, params);
  else if (o.param.length > 0) throw new UsageError('kg query: --param goes with --named');
  let sparql = text;
  if (o.file !== undefined) {
    try {
      sparql = readFileSync(o.file, 'utf8');
    } catch {
      throw new InputError(`kg query: cannot read the query file ${o.file}`);
    }
  }
  // Loaded here, not at start-up: `kg build` and the others have no use for the query engines.
  const { openGraph } = await import('../query/index.ts');
  const graph = await openGraph({ ...graphSource(o), timeoutMs: parseTimeout(o.timeout) });
  try {
    if (o.named !== undefined) sparql = await namedQuestion(o.named).sparql(graph, params);
    if (o.showQuery) {
      process.stdout.write(`${sparql}\n`);
      return;
    }
    const result = await graph.query(sparql!);
    process.stdout.write(formatResult(result, o.format as ResultFormat));
  } finally {
    await graph.close();
  }
}

export function registerQuery(program: Command): void {
  const named = Object.entries(NAMED_QUESTIONS)
    .map(([name, q]) => `  ${name.padEnd(10)}${q.description}${Object.keys(q.params).length ? ` (${Object.keys(q.params).map((k) => `--param ${k}=…`).join(' ')})` : ''}`)
    .join('\n');
  program
    .command('query')
    .description('run a SPARQL 1.1 query over the built graph (out/graph.ttl plus ontology/*.ttl)')
    .argument('[query]', 'the SPARQL query text')
    .option('-f, --file <file>', 'read the query from a file')
    .option('-g, --graph <files...>', 'RDF files to query instead of <out>/graph.ttl (put QUERY before this option)')
    .option('-o, --out <dir>', 'folder written by kg build', 'out')
    .option('--no-ontology', 'do not load ontology/*.ttl')
    .option('--format <format>', `output: ${RESULT_FORMATS.join('|')}`, 'table')
    .option('--timeout <ms>', 'give up after this many milliseconds')
    .option('--named <name>', `a ready-made question: ${Object.keys(NAMED_QUESTIONS).join(', ')}`)
    .option('--param <key=value>', 'a parameter of --named (repeatable)', collect, [])
    .option('--show-query', 'print the SPARQL that --named would run, and stop')
    .option('--endpoint <url>', 'query a remote SPARQL endpoint instead of the local graph')
    .option('--graph-iri <iri>', 'with --endpoint: the graph to query (default-graph-uri)')
    .option('--user <user>', 'with --endpoint: user name')
    .option('--password <password>', 'with --endpoint: password')
    .addHelpText('after', `\nNamed questions:\n${named}\n\nExamples:\n  kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'\n  kg query --named opposes --format csv\n  kg query --named events --param actor=FAMa --param from=2023-11`)
    .action((query: string | undefined, options: QueryCliOptions) => runQuery(query, options));
}
