// SPARQL results as data: the form of a query, SPARQL Results JSON to RDF/JS terms (n3's DataFactory;
// Virtuoso's old "typed-literal" too), graphs to quads, and terms to plain JavaScript values.
import { DataFactory, Parser } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { QueryError } from '../errors.ts';
import { NS } from '../iris.ts';
import type { QueryForm, RawResult } from './store.ts';

const { namedNode, blankNode, literal, quad } = DataFactory;

/** Update operations; the endpoint and the API refuse them (the graph is read-only). */
const UPDATE_KEYWORDS = ['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'COPY', 'MOVE', 'ADD', 'WITH'];

/**
 * The form of a SPARQL request (`select`, `ask`, `construct`, `describe`, or `update`), from its first
 * keyword after the prologue, ignoring comments, IRIs and strings; undefined when none is found (the
 * engine then reports the syntax error).
 */
export function queryForm(text: string): QueryForm | 'update' | undefined {
  const stripped = withoutLiterals(text);
  const match = /(?:^|[\s{}()])(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![\w:-])/i.exec(
    stripped,
  );
  if (!match) return undefined;
  const keyword = match[1]!.toUpperCase();
  return UPDATE_KEYWORDS.includes(keyword) ? 'update' : (keyword.toLowerCase() as QueryForm);
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/** The query's text with its strings, IRIs and comments blanked out (same length, same lines): keywords and prefixes are read in code only. */
function withoutLiterals(text: string): string {
  return text
    .replace(/'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, blank)
    .replace(/<[^<>"{}|^`\\\s]*>/g, blank)
    .replace(/#[^\n]*/g, blank);
}

/** A prefixed name's prefix where it is used: not after a variable sign, a word character or another name's colon. */
const PREFIX_USE = /(?<![\w?$:.\-])([A-Za-z][\w.-]*)?:(?=[\w%\\-]|[\s;,.)}\]]|$)/g;
const PREFIX_DECLARATION = /\bPREFIX\s+([A-Za-z][\w.-]*)?:/gi;

/**
 * The query with a PREFIX line for every project prefix (kg:, ent:, rdfs:, skos:, prov:… see NS) that it uses
 * without declaring, so `SELECT ?e WHERE { ?e a kg:Settlement }` runs as written; its own declarations win.
 * A prefix neither declared nor the project's is refused with its position. The declarations go on one first line:
 * an engine's "at line:column" is then one line further than the user's.
 */
export function withProjectPrefixes(text: string): { query: string; addedLines: number } {
  const code = withoutLiterals(text);
  const declared = new Set<string>();
  for (const m of code.matchAll(PREFIX_DECLARATION)) declared.add(m[1] ?? '');
  const missing = new Set<string>();
  for (const m of code.matchAll(PREFIX_USE)) {
    const prefix = m[1] ?? '';
    if (declared.has(prefix)) continue;
    if (!Object.hasOwn(NS, prefix)) {
      // (the engine would say "Prefix not found" among a list of expected characters)
      const before = text.slice(0, m.index).split('\n');
      throw new QueryError(`kg/query: unknown prefix "${prefix}:" at ${before.length}:${before.at(-1)!.length + 1}: declare it `
        + `(PREFIX ${prefix}: <…>); the project prefixes need none: ${Object.keys(NS).join(', ')}`);
    }
    missing.add(prefix);
  }
  if (!missing.size) return { query: text, addedLines: 0 };
  const lines = [...missing].sort().map((p) => `PREFIX ${p}: <${NS[p as keyof typeof NS]}>`);
  return { query: `${lines.join(' ')}\n${text}`, addedLines: 1 };
}

/** An engine's error message with its "line:column" positions counted in the user's text again. */
export function shiftedPositions(message: string, addedLines: number): string {
  if (!addedLines) return message;
  return message.replace(/\b(at|line) (\d+):(\d+)/g, (all, word: string, line: string, column: string) =>
    Number(line) > addedLines ? `${word} ${Number(line) - addedLines}:${column}` : all);
}

/* ------------------------------------------------------------------ results */

/** A row of a SELECT: variable name → RDF/JS term; unbound variables are absent. */
export type TermRow = Record<string, Term>;

/** The answer to any query: bindings (SELECT), a boolean (ASK) or quads (CONSTRUCT, DESCRIBE). */
export type QueryResult =
  | { type: 'bindings'; vars: string[]; rows: TermRow[] }
  | { type: 'boolean'; value: boolean }
  | { type: 'quads'; quads: Quad[] };

interface JsonTerm {
  type: 'uri' | 'bnode' | 'literal' | 'typed-literal' | 'triple';
  value: string | { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
  datatype?: string;
  'xml:lang'?: string;
}

interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
}

/** One term of SPARQL Results JSON as an n3 term. */
export function termFromJson(t: JsonTerm): Term {
  switch (t.type) {
    case 'uri':
      return namedNode(t.value as string);
    case 'bnode':
      return blankNode(t.value as string);
    case 'literal':
    case 'typed-literal': // Virtuoso 7 still writes the SPARQL 1.0 draft's type
      if (t['xml:lang']) return literal(t.value as string, t['xml:lang']);
      return literal(t.value as string, t.datatype ? namedNode(t.datatype) : undefined);
    case 'triple': {
      const v = t.value as { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
      return quad(termFromJson(v.subject) as never, termFromJson(v.predicate) as never, termFromJson(v.object) as never);
    }
    default:
      throw new QueryError(`kg/query: unknown term type "${String((t as { type: unknown }).type)}" in results`);
  }
}

/** Parses an engine's raw answer into a `QueryResult`. `form` settles Virtuoso's ASK-as-SELECT answers. */
export function parseResult(raw: RawResult, form: QueryForm | undefined): QueryResult {
  if (/json/.test(raw.mediaType)) {
    let json: JsonResults;
    try {
      json = JSON.parse(raw.body) as JsonResults;
    } catch {
      throw new QueryError(`kg/query: the endpoint answered with invalid JSON: ${raw.body.slice(0, 120)}`);
    }
    if (typeof json.boolean === 'boolean') return { type: 'boolean', value: json.boolean };
    const vars = json.head?.vars ?? [];
    const bindings = json.results?.bindings ?? [];
    if (form === 'ask' && vars.length === 1 && vars[0] === '__ASK_RETVAL') {
      // Virtuoso answers ASK in JSON as a one-column SELECT: no row (false) or the integer 1 (true).
      const value = bindings[0]?.['__ASK_RETVAL']?.value;
      return { type: 'boolean', value: value !== undefined && value !== '0' && value !== 'false' };
    }
    const rows = bindings.map((b) => {
      const row: TermRow = {};
      for (const [name, t] of Object.entries(b)) row[name] = termFromJson(t);
      return row;
    });
    return { type: 'bindings', vars, rows };
  }
  const format = /n-triples|text\/plain/.test(raw.mediaType)
    ? 'N-Triples'
    : /n-quads/.test(raw.mediaType)
      ? 'N-Quads'
      : /trig/.test(raw.mediaType)
        ? 'TriG'
        : 'Turtle';
  try {
    return { type: 'quads', quads: new Parser({ format }).parse(raw.body) };
  } catch (err) {
    throw new QueryError(`kg/query: cannot read the ${raw.mediaType} answer: ${(err as Error).message}`);
  }
}

/* ------------------------------------------------------------------ plain values */

/** A term as a plain value: IRIs and strings as string, numbers as number, xsd:boolean as boolean. */
export type Value = string | number | boolean;

/** Rows of plain values, as `select()` returns them; unbound variables are absent (undefined). */
export type ValueRow = Record<string, Value | undefined>;

const NUMERIC = new Set(
  [
    'integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte', 'nonNegativeInteger',
    'positiveInteger', 'negativeInteger', 'nonPositiveInteger', 'unsignedInt', 'unsignedLong',
    'unsignedShort', 'unsignedByte',
  ].map((local) => NS.xsd + local),
);

/**
 * A term as a plain value: an IRI's string, a blank node as `_:label`, numeric literals as numbers,
 * xsd:boolean as a boolean, every other literal (dates too) as its lexical form.
 */
export function toValue(term: Term): Value {
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType !== 'Literal') return term.value;
  const datatype = term.datatype.value;
  if (NUMERIC.has(datatype)) {
    const n = Number(term.value);
    return Number.isNaN(n) && term.value !== 'NaN' ? term.value : n;
  }
  if (datatype === NS.xsd + 'boolean') return term.value === 'true' || term.value === '1';
  return term.value;
}

export function toValueRow(row: TermRow): ValueRow {
  const out: ValueRow = {};
  for (const [name, term] of Object.entries(row)) out[name] = toValue(term);
  return out;
}

/** A string as a SPARQL string literal (JSON's escapes are SPARQL's). */
export const sparqlString = (s: string): string => JSON.stringify(s);

/** An IRI as a SPARQL IRI reference; rejects characters that cannot appear in one. */
export function sparqlIri(iri: string): string {
  if (/[<>"{}|^`\\\s]/.test(iri)) throw new QueryError(`kg/query: not an IRI: ${iri}`);
  return `<${iri}>`;
}

/** The PREFIX lines of the project namespaces, for queries the tool writes. */
export const PROLOGUE = Object.entries(NS)
  .map(([prefix, ns]) => `PREFIX ${prefix}: <${ns}>`)
  .join('\n');
