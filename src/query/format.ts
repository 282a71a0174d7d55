// Result writers: a table for people, SPARQL 1.1 Results JSON / CSV / TSV / XML for tools, and
// Turtle or N-Triples (n3's Writer, with the project prefixes) for CONSTRUCT and DESCRIBE.
import { writeRdf } from '../rdf/turtle.ts';
import type { Quad, Term } from '@rdfjs/types';
import { UsageError } from '../errors.ts';
import { PREFIXES } from '../iris.ts';
import type { QueryResult, TermRow } from './sparql.ts';

export const RESULT_FORMATS = ['table', 'json', 'csv', 'tsv', 'xml', 'ttl', 'nt'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

/** The media type each format is served with by the SPARQL Protocol endpoint. */
export const MEDIA_TYPES: Record<ResultFormat, string> = {
  table: 'text/plain',
  json: 'application/sparql-results+json',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  xml: 'application/sparql-results+xml',
  ttl: 'text/turtle',
  nt: 'application/n-triples',
};

export interface TableOptions {
  /** Longest cell, in characters, before it is cut with "…". Default 80. */
  maxCell: number;
}
export const DEFAULT_TABLE: TableOptions = { maxCell: 80 };

/**
 * A query result in `format`. Graph results asked for as a bindings format (or as a table) come out
 * as Turtle; a boolean is `true`/`false` in CSV, TSV and the table; bindings as Turtle are refused.
 */
export function formatResult(result: QueryResult, format: ResultFormat, table: Partial<TableOptions> = {}): string {
  if (result.type === 'quads') return writeQuads(result.quads, format === 'nt' ? 'nt' : 'ttl');
  if (result.type === 'boolean') {
    if (format === 'json') return `${JSON.stringify({ head: {}, boolean: result.value })}\n`;
    if (format === 'xml') {
      return `<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/><boolean>${result.value}</boolean></sparql>\n`;
    }
    return `${result.value}\n`;
  }
  switch (format) {
    case 'json':
      return toJson(result.vars, result.rows);
    case 'csv':
      return toCsv(result.vars, result.rows);
    case 'tsv':
      return toTsv(result.vars, result.rows);
    case 'xml':
      return toXml(result.vars, result.rows);
    case 'ttl':
    case 'nt':
      throw new UsageError(`kg/query: --format ${format} is for CONSTRUCT and DESCRIBE; a SELECT gives table, json, csv, tsv or xml`);
    default:
      return toTable(result.vars, result.rows, { ...DEFAULT_TABLE, ...table });
  }
}

/** Quads as Turtle (with the project prefixes) or N-Triples. */
export function writeQuads(quads: Quad[], format: 'ttl' | 'nt'): string {
  return writeRdf(quads, format === 'nt' ? { format: 'N-Triples' } : { prefixes: PREFIXES });
}

/* ------------------------------------------------------------------ SPARQL 1.1 Query Results formats */

function jsonTerm(t: Term): Record<string, unknown> {
  switch (t.termType) {
    case 'NamedNode':
      return { type: 'uri', value: t.value };
    case 'BlankNode':
      return { type: 'bnode', value: t.value };
    case 'Literal':
      if (t.language) return { type: 'literal', value: t.value, 'xml:lang': t.language };
      if (t.datatype.value === XSD_STRING) return { type: 'literal', value: t.value };
      return { type: 'literal', value: t.value, datatype: t.datatype.value };
    case 'Quad':
      return {
        type: 'triple',
        value: { subject: jsonTerm(t.subject), predicate: jsonTerm(t.predicate), object: jsonTerm(t.object) },
      };
    default:
      return { type: 'literal', value: t.value };
  }
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

function toJson(vars: string[], rows: TermRow[]): string {
  const bindings = rows.map((row) => {
    const b: Record<string, unknown> = {};
    for (const v of vars) if (row[v]) b[v] = jsonTerm(row[v]!);
    return b;
  });
  return `${JSON.stringify({ head: { vars }, results: { bindings } })}\n`;
}

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** SPARQL 1.1 CSV: plain values (IRIs, lexical forms, `_:b`), RFC 4180 quoting, CRLF line ends. */
function toCsv(vars: string[], rows: TermRow[]): string {
  const lines = [vars.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(
      vars
        .map((v) => {
          const t = row[v];
          if (!t) return '';
          return csvCell(t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
        })
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const escapeLiteral = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');

/** A term in N-Triples syntax, as SPARQL TSV wants it. */
export function ntTerm(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal': {
      const lexical = `"${escapeLiteral(t.value)}"`;
      if (t.language) return `${lexical}@${t.language}`;
      if (t.datatype.value === XSD_STRING) return lexical;
      return `${lexical}^^<${t.datatype.value}>`;
    }
    case 'Quad':
      return `<<( ${ntTerm(t.subject)} ${ntTerm(t.predicate)} ${ntTerm(t.object)} )>>`;
    default:
      return t.value;
  }
}

function toTsv(vars: string[], rows: TermRow[]): string {
  const lines = [vars.map((v) => `?${v}`).join('\t')];
  for (const row of rows) lines.push(vars.map((v) => (row[v] ? ntTerm(row[v]!) : '')).join('\t'));
  return `${lines.join('\n')}\n`;
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function xmlTerm(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<uri>${xmlEscape(t.value)}</uri>`;
    case 'BlankNode':
      return `<bnode>${xmlEscape(t.value)}</bnode>`;
    case 'Literal':
      if (t.language) return `<literal xml:lang="${xmlEscape(t.language)}">${xmlEscape(t.value)}</literal>`;
      if (t.datatype.value === XSD_STRING) return `<literal>${xmlEscape(t.value)}</literal>`;
      return `<literal datatype="${xmlEscape(t.datatype.value)}">${xmlEscape(t.value)}</literal>`;
    default:
      return `<literal>${xmlEscape(t.value)}</literal>`;
  }
}

function toXml(vars: string[], rows: TermRow[]): string {
  const head = vars.map((v) => `<variable name="${xmlEscape(v)}"/>`).join('');
  const results = rows
    .map((row) => {
      const bindings = vars
        .filter((v) => row[v])
        .map((v) => `<binding name="${xmlEscape(v)}">${xmlTerm(row[v]!)}</binding>`)
        .join('');
      return `<result>${bindings}</result>`;
    })
    .join('\n');
  return (
    '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n' +
    `<head>${head}</head>\n<results>\n${results}${results ? '\n' : ''}</results>\n</sparql>\n`
  );
}

/* ------------------------------------------------------------------ the table */

const PREFIX_ENTRIES = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);

/** An IRI shortened with the project prefixes (`ent:fama`), or kept whole in angle brackets. */
export function compactIri(iri: string): string {
  for (const [prefix, ns] of PREFIX_ENTRIES) {
    if (iri.startsWith(ns) && /^[\w.-]*$/.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return `<${iri}>`;
}

function tableCell(t: Term | undefined, maxCell: number): string {
  if (!t) return '';
  let s: string;
  if (t.termType === 'NamedNode') s = compactIri(t.value);
  else if (t.termType === 'BlankNode') s = `_:${t.value}`;
  else s = t.value.replace(/\s+/g, ' ');
  return s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s;
}

/** Aligned columns with a header rule and a row count: what `kg query` prints by default. */
function toTable(vars: string[], rows: TermRow[], options: TableOptions): string {
  const cells = rows.map((row) => vars.map((v) => tableCell(row[v], options.maxCell)));
  const widths = vars.map((v, i) => Math.max(v.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]): string => values.map((s, i) => s.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(vars), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)];
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
  return `${out.join('\n')}\n`;
}
