import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { UsageError } from '../../src/errors.ts';
import { compactIri, formatResult } from '../../src/query/format.ts';
import type { QueryResult } from '../../src/query/sparql.ts';

const { namedNode, literal, quad } = DataFactory;
const ENT = 'https://w3id.org/sahel-kg/id/entity/';

const rows: QueryResult = {
  type: 'bindings',
  vars: ['actor', 'label', 'confidence'],
  rows: [
    { actor: namedNode(`${ENT}fama`), label: literal('Malian army, "FAMa"'), confidence: literal('0.9', namedNode('http://www.w3.org/2001/XMLSchema#decimal')) },
    { actor: namedNode(`${ENT}csp`), label: literal('CSP', 'en') },
  ],
};

describe('formatResult', () => {
  it('writes a table with compact IRIs, aligned columns and a row count', () => {
    const lines = formatResult(rows, 'table').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^actor\s+label\s+confidence$/);
    expect(lines[2]).toMatch(/^ent:fama\s+Malian army, "FAMa"\s+0\.9$/);
    expect(lines.at(-1)).toBe('(2 rows)');
  });

  it('cuts long table cells with an ellipsis', () => {
    const long: QueryResult = { type: 'bindings', vars: ['t'], rows: [{ t: literal('x'.repeat(200)) }] };
    expect(formatResult(long, 'table', { maxCell: 20 }).split('\n')[2]).toBe(`${'x'.repeat(19)}…`);
  });

  it('writes SPARQL Results JSON with datatypes and languages', () => {
    const json = JSON.parse(formatResult(rows, 'json'));
    expect(json.head.vars).toEqual(['actor', 'label', 'confidence']);
    expect(json.results.bindings[0].confidence).toEqual({ type: 'literal', value: '0.9', datatype: 'http://www.w3.org/2001/XMLSchema#decimal' });
    expect(json.results.bindings[1]).toEqual({
      actor: { type: 'uri', value: `${ENT}csp` },
      label: { type: 'literal', value: 'CSP', 'xml:lang': 'en' },
    });
  });

  it('writes CSV with quoting and CRLF line ends', () => {
    expect(formatResult(rows, 'csv')).toBe(
      `actor,label,confidence\r\n${ENT}fama,"Malian army, ""FAMa""",0.9\r\n${ENT}csp,CSP,\r\n`,
    );
  });

  it('writes TSV with terms in N-Triples syntax', () => {
    expect(formatResult(rows, 'tsv').split('\n')[2]).toBe(`<${ENT}csp>\t"CSP"@en\t`);
  });

  it('writes SPARQL Results XML', () => {
    const xml = formatResult(rows, 'xml');
    expect(xml).toContain('<variable name="actor"/>');
    expect(xml).toContain('<literal datatype="http://www.w3.org/2001/XMLSchema#decimal">0.9</literal>');
  });

  it('writes ASK answers in every format', () => {
    const yes: QueryResult = { type: 'boolean', value: true };
    expect(JSON.parse(formatResult(yes, 'json'))).toEqual({ head: {}, boolean: true });
    expect(formatResult(yes, 'xml')).toContain('<boolean>true</boolean>');
    expect(formatResult(yes, 'table')).toBe('true\n');
  });

  it('writes graphs as Turtle with the project prefixes', () => {
    const graph: QueryResult = { type: 'quads', quads: [quad(namedNode(`${ENT}fama`), namedNode('https://w3id.org/sahel-kg/ontology#opposes'), namedNode(`${ENT}csp`))] };
    expect(formatResult(graph, 'table')).toContain('ent:fama kg:opposes ent:csp');
  });
});

describe('formatResult with a graph format', () => {
  it('refuses to write SELECT rows as Turtle', () => {
    expect(() => formatResult(rows, 'ttl')).toThrow(UsageError);
  });
});

describe('compactIri', () => {
  it('keeps IRIs outside the project namespaces whole', () => {
    expect(compactIri('http://example.org/x')).toBe('<http://example.org/x>');
  });
});
