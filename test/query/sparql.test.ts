import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { QueryError } from '../../src/errors.ts';
import { parseResult, queryForm, toValue } from '../../src/query/sparql.ts';

const { namedNode, literal, blankNode } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('queryForm', () => {
  it('finds the form after a prologue with prefixes and comments', () => {
    expect(queryForm('# who?\nPREFIX select: <http://x/ask#>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }')).toBe('construct');
  });

  it('ignores keywords inside strings and IRIs', () => {
    expect(queryForm('PREFIX a: <http://x/INSERT/>\nASK { ?s ?p "DELETE me" }')).toBe('ask');
  });

  it('recognises updates', () => {
    expect(queryForm('PREFIX kg: <http://x#> INSERT DATA { kg:a kg:b kg:c }')).toBe('update');
  });

  it('returns undefined for text with no query keyword', () => {
    expect(queryForm('hello world')).toBeUndefined();
  });
});

describe('toValue', () => {
  it('turns numeric literals into numbers', () => {
    expect(toValue(literal('0.9', namedNode(`${XSD}decimal`)))).toBe(0.9);
    expect(toValue(literal('42', namedNode(`${XSD}integer`)))).toBe(42);
  });

  it('keeps dates and plain strings as strings', () => {
    expect(toValue(literal('2023-11-12', namedNode(`${XSD}date`)))).toBe('2023-11-12');
    expect(toValue(literal('Kidal'))).toBe('Kidal');
  });

  it('gives IRIs as strings and blank nodes with their _: prefix', () => {
    expect(toValue(namedNode('http://x/a'))).toBe('http://x/a');
    expect(toValue(blankNode('b1'))).toBe('_:b1');
  });

  it('turns xsd:boolean into booleans', () => {
    expect(toValue(literal('true', namedNode(`${XSD}boolean`)))).toBe(true);
  });
});

describe('parseResult', () => {
  const json = (body: unknown) => ({ body: JSON.stringify(body), mediaType: 'application/sparql-results+json' });

  it('reads Virtuoso\'s "typed-literal" bindings as typed literals', () => {
    const result = parseResult(
      json({ head: { vars: ['n'] }, results: { bindings: [{ n: { type: 'typed-literal', datatype: `${XSD}integer`, value: '7' } }] } }),
      'select',
    );
    expect(result.type === 'bindings' && toValue(result.rows[0]!.n!)).toBe(7);
  });

  it('reads Virtuoso\'s ASK-as-SELECT answer as a boolean', () => {
    const yes = json({ head: { vars: ['__ASK_RETVAL'] }, results: { bindings: [{ __ASK_RETVAL: { type: 'typed-literal', value: '1' } }] } });
    const no = json({ head: { vars: ['__ASK_RETVAL'] }, results: { bindings: [] } });
    expect(parseResult(yes, 'ask')).toEqual({ type: 'boolean', value: true });
    expect(parseResult(no, 'ask')).toEqual({ type: 'boolean', value: false });
  });

  it('keeps the projection order of the head', () => {
    const result = parseResult(json({ head: { vars: ['b', 'a'] }, results: { bindings: [] } }), 'select');
    expect(result.type === 'bindings' && result.vars).toEqual(['b', 'a']);
  });

  it('parses graph answers into quads', () => {
    const result = parseResult({ body: '<http://x/a> <http://x/p> "v" .\n', mediaType: 'application/n-triples' }, 'construct');
    expect(result.type === 'quads' && result.quads.length).toBe(1);
  });

  it('reports an answer that is not JSON as a QueryError', () => {
    expect(() => parseResult({ body: '<html>', mediaType: 'application/sparql-results+json' }, 'select')).toThrow(QueryError);
  });
});
