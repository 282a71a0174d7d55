// writeBuiltTurtle: the builder's Turtle, byte for byte what n3's Writer writes, or nothing when the
// quads fall outside the shape it handles (then toTurtle hands them to n3).
import { readFileSync } from 'node:fs';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { PREFIXES, kg, xsd } from '../../src/iris.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';
import { sortQuads, writeRdf } from '../../src/rdf/turtle.ts';
import { writeBuiltTurtle } from '../../src/rdf/turtle-writer.ts';

const { namedNode, literal, quad, blankNode, defaultGraph } = DataFactory;
const S = namedNode('https://example.org/s');
const n3Turtle = (qs: Parameters<typeof writeRdf>[0]) => writeRdf(qs, { prefixes: PREFIXES });

describe('writeBuiltTurtle', () => {
  it('writes the seed graph exactly as n3 does', () => {
    const text = readFileSync(new URL('../../seeds/kidal-2023-11-12.txt', import.meta.url), 'utf8');
    const { quads, turtle } = buildGraph([{ id: 'kidal', source: 'kidal.txt', text, date: '2023-11-12' }], loadGazetteer());
    const sorted = sortQuads(quads);
    expect(writeBuiltTurtle(sorted, PREFIXES)).toBe(n3Turtle(sorted));
    expect(turtle).toBe(n3Turtle(sorted));
  });

  it('escapes literals and IRIs as n3 does: quotes, backslashes, control characters, astral characters', () => {
    const nasty = 'a "quoted" \\ back\tslash\nnew\rline \b\f \u0001 \u001f é 😀 <script>';
    const qs = sortQuads([
      quad(S, namedNode(kg('evidenceText')), literal(nasty)),
      quad(S, namedNode(kg('label')), literal(nasty, 'fr')),
      quad(S, namedNode(kg('odd')), namedNode(`${PREFIXES.ent}with space`)),
      quad(S, namedNode(kg('odd')), namedNode(`${PREFIXES.ent}new\nline`)),
    ]);
    expect(writeBuiltTurtle(qs, PREFIXES)).toBe(n3Turtle(qs));
  });

  it('abbreviates numbers and booleans only when their form allows, as n3 does', () => {
    const qs = sortQuads(['1', '-2', '1.5', '.5', '1.', 'x', '1e3'].flatMap((v) => [
      quad(S, namedNode(kg('i')), literal(v, namedNode(xsd('integer')))),
      quad(S, namedNode(kg('d')), literal(v, namedNode(xsd('decimal')))),
      quad(S, namedNode(kg('f')), literal(v, namedNode(xsd('double')))),
    ]).concat([quad(S, namedNode(kg('b')), literal('true', namedNode(xsd('boolean')))), quad(S, namedNode(kg('b')), literal('yes', namedNode(xsd('boolean'))))]));
    expect(writeBuiltTurtle(qs, PREFIXES)).toBe(n3Turtle(qs));
  });

  it('writes IRIs that leave the namespace of the one before in full, as n3 does', () => {
    const ent = (local: string) => namedNode(`${PREFIXES.ent}${local}`);
    const qs = sortQuads(['a', 'a/b', 'a#b', 'b', 'with space', 'c.', 'é', 'd'].flatMap((local) => [
      quad(ent(local), namedNode(kg('p')), ent(local)),
      quad(ent(local), namedNode(kg('p')), namedNode(kg(local))),
    ]));
    expect(writeBuiltTurtle(qs, PREFIXES)).toBe(n3Turtle(qs));
  });

  it('writes a term shared by many quads the same each time', () => {
    const shared = [literal('a "quoted" text'), literal('7', namedNode(xsd('integer'))), literal('2020-01-02', namedNode(xsd('date'))), namedNode(kg('Thing'))];
    const qs = sortQuads([1, 2, 3].flatMap((i) => shared.map((o) => quad(namedNode(`${PREFIXES.stmt}s${i}`), namedNode(kg('p')), o))));
    expect(writeBuiltTurtle(qs, PREFIXES)).toBe(n3Turtle(qs));
  });

  it('writes an empty graph as its prefixes alone', () => {
    expect(writeBuiltTurtle([], PREFIXES)).toBe(n3Turtle([]));
  });

  it('declines blank nodes, named graphs and IRIs that read as prefixed names', () => {
    expect(writeBuiltTurtle([quad(blankNode('b'), namedNode(kg('p')), literal('x'))], PREFIXES)).toBeUndefined();
    expect(writeBuiltTurtle([quad(S, namedNode(kg('p')), blankNode('b'))], PREFIXES)).toBeUndefined();
    expect(writeBuiltTurtle([quad(S, namedNode(kg('p')), literal('x'), namedNode('https://example.org/g'))], PREFIXES)).toBeUndefined();
    expect(writeBuiltTurtle([quad(namedNode('kg:x'), namedNode(kg('p')), literal('x'), defaultGraph())], PREFIXES)).toBeUndefined();
  });
});
